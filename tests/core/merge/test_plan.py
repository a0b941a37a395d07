"""prepare_merge: the demo letter for Kim Jong-il as the seed prints it, and others."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from merge_support import DATA, paragraphs
from sqlmodel import select

from coalitiondesk.core.demo import demo_uuid
from coalitiondesk.core.merge.documents import MergeJob, SkipReason
from coalitiondesk.core.merge.plan import (
    format_letter_date,
    merge_steps,
    prepare_merge,
    sample_values,
)
from coalitiondesk.core.merge.recipients import add_recipients
from coalitiondesk.core.merge.templates import TemplateError
from coalitiondesk.core.models import Contact, Recipient
from coalitiondesk.core.records import contacts, letters
from coalitiondesk.core.storage.db import Database
from coalitiondesk.core.storage.settings import SettingKey, set_setting

TODAY = date(2026, 11, 29)


def seed_letter() -> list[str]:
    """The seed letter from the addressee block to "Yours sincerely," in paragraphs."""
    text = (DATA / "merge" / "seed_letter.txt").read_text(encoding="utf-8")
    return [part.strip("\n") for part in text.split("\n\n") if part.strip()]


def seed_signatories() -> list[str]:
    lines = (DATA / "seed_signatories.txt").read_text(encoding="utf-8").splitlines()
    # The seed lost the space between COMJAN's two brackets; the application
    # writes the country as on every other line (see tests/core/test_demo.py).
    return [line.replace("North Korea)(Japan)", "North Korea) (Japan)") for line in lines if line]


def merge(database: Database, letter_id: int, *, include_incomplete: bool = True) -> MergeJob:
    """The merge with incomplete addresses printed too: these tests are about what is
    printed; which addresses need checking is tested on its own."""
    with database.session() as session:
        return prepare_merge(session=session, letter_id=letter_id, today=TODAY,
                             include_incomplete=include_incomplete)


def contact_id(database: Database, key: str) -> int:
    with database.session() as session:
        found = session.exec(select(Contact.id).where(Contact.uuid == demo_uuid("contact", key)))
        value = found.one()
    assert value is not None
    return value


def test_the_demo_letter_for_kim_jong_il_is_the_seed_letter(
        demo_database: Database, demo_letter_id: int) -> None:
    job = merge(demo_database, demo_letter_id)
    assert job.title == "Letter to Kim Jong-il"
    assert job.skipped == ()
    [document] = job.documents
    seed = seed_letter()
    assert list(document.address_lines) == seed[0].split("\n")
    assert document.body_has_address
    printed = paragraphs(document.body_html)
    assert printed[0] == seed[0]
    # The demo letter has a date line the seed did not print.
    assert printed.pop(1) == "8 September 2011"
    assert printed[1] == "Dear Chairman Kim Jong-il,"
    # Address block, salutation, body paragraphs and the closing: the seed's, word for word.
    assert printed[:len(seed)] == seed
    assert printed[len(seed) - 1] == "Yours sincerely,"
    assert printed[len(seed)].split("\n") == seed_signatories()
    assert len(printed) == len(seed) + 1
    assert document.fields["full_name"] == "Kim Jong-il"
    assert document.fields["signatory_count"] == "32"
    assert document.fields["letter_date"] == "8 September 2011"
    assert document.postal_lines[-2:] == ("PYONGYANG", "DEMOCRATIC PEOPLE’S REPUBLIC OF KOREA")
    assert job.sender_lines == (
        "International Coalition to Stop Crimes against Humanity in North Korea (ICNK)",)


def test_the_country_line_follows_the_coalition_s_own_country(
        demo_database: Database, demo_letter_id: int) -> None:
    with demo_database.transaction() as session:
        set_setting(session=session, key=SettingKey.coalition_country, value="KP")
    [document] = merge(demo_database, demo_letter_id).documents
    assert document.address_lines[-1] == "Pyongyang"


def _mail_ha(database: Database, letter_id: int, **address: str) -> int:
    ha = contact_id(database, "Ha Tae Kyung")
    with database.transaction() as session:
        contacts.update_contact(session=session, contact_id=ha, **address)
        add_recipients(session=session, letter_id=letter_id, contact_ids=[ha])
    return ha


def test_salutation_from_honorific_and_family_name_when_the_family_name_comes_first(
        demo_database: Database, demo_letter_id: int) -> None:
    _mail_ha(demo_database, demo_letter_id, street="Yeouido-dong 1", city="Seoul",
             postcode="07233")
    job = merge(demo_database, demo_letter_id)
    ha = job.documents[1]
    assert ha.name == "Ha Tae Kyung"
    assert paragraphs(ha.body_html)[1:3] == ["8 September 2011", "Dear Mr Ha,"]
    assert list(ha.address_lines) == [
        "Ha Tae Kyung", "Open Radio for North Korea", "Yeouido-dong 1", "Seoul", "07233",
        "Republic of Korea"]


def test_native_script_address_for_mail_within_korea(
        demo_database: Database, demo_letter_id: int) -> None:
    with demo_database.transaction() as session:
        set_setting(session=session, key=SettingKey.coalition_address,
                    value="Seoul\nRepublic of Korea")
    _mail_ha(demo_database, demo_letter_id, native_address="서울특별시 영등포구 의사당대로 1",
             postcode="07233")
    job = merge(demo_database, demo_letter_id)
    kim, ha = job.documents
    assert list(ha.address_lines) == [
        "서울특별시 영등포구 의사당대로 1", "Open Radio for North Korea", "하태경", "07233"]
    assert ha.fields["native_name"] == "하태경"
    # Stored: read back from the database, not made up by the merge.
    with demo_database.session() as session:
        stored = contacts.get_contact(session=session,
                                      contact_id=contact_id(demo_database, "Ha Tae Kyung"))
        assert stored.native_address == "서울특별시 영등포구 의사당대로 1"
    # Kim has no address in Hangul: the seed's Latin block, country line included.
    assert kim.address_lines[0] == "Kim Jong-il"
    assert kim.address_lines[-1] == "Democratic People’s Republic of Korea"


def test_the_fallback_salutation_comes_from_the_settings(
        database: Database, make_letter: Callable[..., int],
        make_contact: Callable[..., int]) -> None:
    letter = make_letter(body="{{ salutation }}\n\nText.", closing="")
    someone = make_contact(given_name="Alex", city="Oslo", address_country_code="NO")
    with database.transaction() as session:
        add_recipients(session=session, letter_id=letter, contact_ids=[someone])
    assert paragraphs(merge(database, letter).documents[0].body_html)[0] == "Dear Sir or Madam,"
    with database.transaction() as session:
        set_setting(session=session, key=SettingKey.salutation_fallback, value="Dear friends,")
    assert paragraphs(merge(database, letter).documents[0].body_html) == [
        "Dear friends,", "Text."]


def test_an_unknown_field_stops_the_merge_before_anything_is_made(
        demo_database: Database, demo_letter_id: int) -> None:
    with demo_database.transaction() as session:
        letter = letters.get_letter(session=session, letter_id=demo_letter_id)
        letters.update_letter(session=session, letter_id=demo_letter_id,
                              body=letter.body.replace("{{ salutation }}", "{{ salutaton }}"))
    with pytest.raises(TemplateError, match="salutaton"):
        merge(demo_database, demo_letter_id)
    with demo_database.session() as session:
        assert all(recipient.dispatched_on == date(2011, 9, 8)
                   for recipient in session.exec(select(Recipient)))


def test_skipped_recipients_and_why(
        database: Database, make_letter: Callable[..., int],
        make_contact: Callable[..., int]) -> None:
    letter = make_letter(body="{{ salutation }}")
    oslo = {"street": "Storgata 1", "city": "Oslo", "postcode": "0155",
            "address_country_code": "NO"}
    ok = make_contact(given_name="Ok", **oslo)
    no_mail = make_contact(given_name="NoMail", do_not_mail=True, **oslo)
    secret = make_contact(given_name="Secret", sensitivity="restricted", **oslo)
    nowhere = make_contact(given_name="Nowhere", address_country_code="NO")
    town_only = make_contact(given_name="Phil", family_name="Robertson", city="New York")
    with database.transaction() as session:
        add_recipients(session=session, letter_id=letter,
                       contact_ids=[ok, no_mail, secret, nowhere, town_only])
    job = merge(database, letter, include_incomplete=False)
    assert [document.name for document in job.documents] == ["Ok"]
    assert [(skip.name, skip.reason, skip.missing) for skip in job.skipped] == [
        ("NoMail", SkipReason.do_not_mail, ()), ("Secret", SkipReason.restricted, ()),
        ("Nowhere", SkipReason.no_postal_address, ()),
        ("Phil Robertson", SkipReason.incomplete_address, ("street", "country"))]
    with database.transaction() as session:
        letters.update_letter(session=session, letter_id=letter, allow_restricted=True)
    assert [document.name for document in merge(
        database, letter, include_incomplete=False).documents] == ["Ok", "Secret"]
    included = merge(database, letter, include_incomplete=True)
    assert [document.name for document in included.documents] == [
        "Ok", "Secret", "Phil Robertson"]
    assert [(skip.name, skip.missing) for skip in included.incomplete_included] == [
        ("Phil Robertson", ("street", "country"))]


def test_the_body_may_place_the_signatory_block_itself(
        demo_database: Database, demo_letter_id: int) -> None:
    with demo_database.transaction() as session:
        letters.update_letter(
            session=session, letter_id=demo_letter_id, closing="With respect,",
            body="{{ salutation }}\n\nSigned by {{ signatory_count }} organizations from "
                 "{{ country_count }} countries:\n\n{{ signatory_block }}\n\n{{ closing }}")
    [document] = merge(demo_database, demo_letter_id).documents
    printed = paragraphs(document.body_html)
    assert printed[:2] == ["Dear Chairman Kim Jong-il,",
                           "Signed by 32 organizations from 9 countries:"]
    assert printed[2].split("\n") == seed_signatories()
    assert printed[3:] == ["With respect,"]
    assert not document.body_has_address


def test_sample_values_fill_every_field(demo_database: Database, demo_letter_id: int) -> None:
    from coalitiondesk.core.merge.fields import FIELD_KEYS

    with demo_database.session() as session:
        values = sample_values(session=session, letter_id=demo_letter_id, today=TODAY)
    assert set(values) == FIELD_KEYS
    assert values["signatory_count"] == 32


def test_letter_date_is_written_out() -> None:
    assert format_letter_date(date(2011, 9, 8)) == "8 September 2011"


def test_merge_steps_report_progress_and_end_with_the_job(
        database: Database, make_letter: Callable[..., int],
        make_contact: Callable[..., int]) -> None:
    letter = make_letter(body="{{ full_name }}")
    people = [make_contact(given_name=f"P{number}", city="Oslo") for number in range(60)]
    with database.transaction() as session:
        add_recipients(session=session, letter_id=letter, contact_ids=people)
    with database.session() as session:
        steps = merge_steps(session=session, letter_id=letter, today=TODAY,
                            include_incomplete=True)
        reported = []
        while True:
            try:
                reported.append(next(steps))
            except StopIteration as finished:
                job = finished.value
                break
    assert [(step.done, step.total) for step in reported] == [(0, 60), (50, 60), (60, 60)]
    assert len(job.documents) == 60
