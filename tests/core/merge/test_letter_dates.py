"""A letter's date: written in the letter's language, and the day it was first sent
when no date was given."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from merge_support import paragraphs

from coalitiondesk.core.merge.dispatch import record_as_sent
from coalitiondesk.core.merge.plan import format_letter_date, prepare_merge
from coalitiondesk.core.merge.recipients import add_recipients
from coalitiondesk.core.records import letters
from coalitiondesk.core.storage.db import Database

Maker = Callable[..., int]
LAUNCH = date(2011, 9, 8)


def test_the_date_in_the_letter_s_language() -> None:
    assert format_letter_date(LAUNCH, "en") == "8 September 2011"
    assert format_letter_date(LAUNCH, "en-US") == "8 September 2011"
    assert format_letter_date(LAUNCH, "ko") == "2011년 9월 8일"
    assert format_letter_date(LAUNCH, "ja") == "2011年9月8日"
    assert format_letter_date(LAUNCH, "not a language") == "8 September 2011"


def test_letter_date_and_today_fields_follow_the_letter_s_language(
        database: Database, make_letter: Maker, make_contact: Maker) -> None:
    letter = make_letter(body="{{ letter_date }}\n\n{{ today }}", closing="",
                         letter_date=LAUNCH, language="ko")
    someone = make_contact(given_name="Min-ji", street="Sejong-daero 110", city="Seoul",
                           region="Seoul", postcode="04524", address_country_code="KR")
    with database.transaction() as session:
        add_recipients(session=session, letter_id=letter, contact_ids=[someone])
    with database.session() as session:
        [document] = prepare_merge(session=session, letter_id=letter,
                                   today=date(2026, 12, 6)).documents
    assert paragraphs(document.body_html) == ["2011년 9월 8일", "2026년 12월 6일"]


def test_an_undated_letter_takes_the_day_it_is_first_recorded_as_sent(
        database: Database, make_letter: Maker, make_contact: Maker) -> None:
    letter = make_letter(body="{{ letter_date }}")
    first, second = (make_contact(given_name=name, city="Oslo") for name in ("A", "B"))
    with database.transaction() as session:
        add_recipients(session=session, letter_id=letter, contact_ids=[first, second])
        ids = [recipient.id for recipient in letters.recipients(session=session,
                                                                letter_id=letter)]
    record_as_sent(database, letter_id=letter, recipient_ids=ids[:1], on=LAUNCH,
                   channel="post")
    record_as_sent(database, letter_id=letter, recipient_ids=ids[1:],
                   on=date(2011, 9, 20), channel="post")
    with database.session() as session:
        assert letters.get_letter(session=session, letter_id=letter).letter_date == LAUNCH


def test_the_demo_letter_has_its_date_line(demo_database: Database) -> None:
    with demo_database.session() as session:
        letter = letters.letter_by_title(session=session, title="Letter to Kim Jong-il")
        assert letter.id is not None
        [document] = prepare_merge(session=session, letter_id=letter.id,
                                   today=date(2026, 12, 6), include_incomplete=True).documents
    assert letter.letter_date == LAUNCH
    assert paragraphs(document.body_html)[1] == "8 September 2011"
