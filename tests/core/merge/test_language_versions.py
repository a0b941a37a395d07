"""A letter in several languages: each recipient gets the version of their language,
with the date and salutation in its conventions; the dispatch records which."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from merge_support import paragraphs
from sqlmodel import select

from coalitiondesk.core.errors import InvalidInput
from coalitiondesk.core.journal.undo import undo
from coalitiondesk.core.merge import versions
from coalitiondesk.core.merge.dispatch import record_as_sent
from coalitiondesk.core.merge.plan import prepare_merge
from coalitiondesk.core.merge.recipients import add_recipients, recipient_states
from coalitiondesk.core.merge.templates import TemplateError
from coalitiondesk.core.models import Dispatch
from coalitiondesk.core.records.letters import get_letter
from coalitiondesk.core.storage.db import Database

Maker = Callable[..., int]
LAUNCH = date(2011, 9, 8)
ENGLISH = "{{ salutation }}\n\n{{ letter_date }}: we write to you."
KOREAN = "{{ salutation }}\n\n{{ letter_date }}: 귀하께 서한을 드립니다."


def test_the_version_is_the_preferred_language_else_the_country_s_else_the_letter_s(
) -> None:
    available = ["en", "ko", "ja"]
    choose = versions.choose_language
    assert choose(available=available, main="en", preferred="ko-KR") == "ko"
    assert choose(available=available, main="en", preferred=None, country_code="JP") == "ja"
    assert choose(available=available, main="en", preferred="fr", country_code="KR") == "ko"
    assert choose(available=available, main="en", preferred="de", country_code="DE") == "en"
    assert choose(available=["ko", "en"], main="ko", country_code="US") == "en"


def test_each_recipient_gets_their_language_version_and_the_dispatch_says_which(
        database: Database, make_letter: Maker, make_contact: Maker) -> None:
    letter = make_letter(body=ENGLISH, closing="Yours sincerely,", letter_date=LAUNCH,
                         language="en")
    versions.save_version(database, letter_id=letter, language="ko", body=KOREAN)
    korean = make_contact(given_name="Tae-kyung", family_name="Ha", native_name="하태경",
                          position="대표", preferred_language="ko", honorific="Mr",
                          street="Sejong-daero 110", city="Seoul", region="Seoul",
                          postcode="04524", address_country_code="KR")
    english = make_contact(given_name="Phil", family_name="Robertson", honorific="Mr",
                           street="350 Fifth Avenue", city="New York", region="NY",
                           postcode="10118", address_country_code="US")
    with database.transaction() as session:
        add_recipients(session=session, letter_id=letter, contact_ids=[korean, english])
    with database.session() as session:
        job = prepare_merge(session=session, letter_id=letter, today=date(2026, 12, 6))
        states = recipient_states(session=session, letter_id=letter)
    first, second = job.documents
    assert (first.language, second.language) == ("ko", "en")
    assert paragraphs(first.body_html) == ["하태경 대표님께",
                                           "2011년 9월 8일: 귀하께 서한을 드립니다."]
    # The closing is the English letter's; the Korean text ends with its own words.
    assert paragraphs(second.body_html) == ["Dear Mr Robertson,",
                                            "8 September 2011: we write to you.",
                                            "Yours sincerely,"]
    assert [state.language for state in states] == ["ko", "en"]
    assert job.language_counts() == {"en": 1, "ko": 1}

    record_as_sent(database, letter_id=letter, recipient_ids=list(job.languages()),
                   on=LAUNCH, channel="post", languages=job.languages())
    with database.session() as session:
        sent = {row.recipient_id: row.language for row in session.exec(select(Dispatch))}
    assert sent == job.languages()


def test_a_version_is_journaled_undone_and_checked(
        database: Database, make_letter: Maker) -> None:
    letter = make_letter(body=ENGLISH)
    saved = versions.save_version(database, letter_id=letter, language="ko", body=KOREAN)
    assert saved.languages == ("en", "ko")
    undo(database)
    assert list(versions.versions_of(database, letter_id=letter)) == ["en"]
    with pytest.raises(InvalidInput, match="nickname"):
        versions.save_version(database, letter_id=letter, language="ja",
                              body="{{ nickname }}")
    with pytest.raises(InvalidInput, match="not a language code"):
        versions.save_version(database, letter_id=letter, language="korean!", body=KOREAN)
    assert list(versions.versions_of(database, letter_id=letter)) == ["en"]


def test_a_broken_version_stops_the_merge_naming_its_language(
        database: Database, make_letter: Maker, make_contact: Maker) -> None:
    letter = make_letter(body=ENGLISH, language="en")
    with database.transaction() as session:  # as a version stored before checks would be
        get_letter(session=session, letter_id=letter).language_versions = (
            '{"ja": "{{ nickname }}"}')
    someone = make_contact(given_name="A", city="Oslo", street="Karl Johans gate 1",
                           postcode="0154", address_country_code="NO")
    with database.transaction() as session:
        add_recipients(session=session, letter_id=letter, contact_ids=[someone])
    with database.session() as session, pytest.raises(TemplateError) as raised:
        prepare_merge(session=session, letter_id=letter, today=LAUNCH)
    assert str(raised.value).startswith("In the Japanese version: ")
    assert "nickname" in str(raised.value)
