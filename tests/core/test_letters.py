"""Letters, their signatories (and how each is written on the list) and their recipients."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from sqlmodel import SQLModel

from coalitiondesk.core.errors import InvalidInput, NotFound
from coalitiondesk.core.models import (
    Country,
    Letter,
    LetterKind,
    LetterStatus,
    Organization,
    Recipient,
    Signature,
    SignatureStatus,
)
from coalitiondesk.core.records import contacts, letters, organizations
from coalitiondesk.core.records.letters import SignatoryRow
from coalitiondesk.core.storage.db import Database

Count = Callable[[type[SQLModel]], int]


def create_letter(database: Database, title: str = "Letter to Kim Jong-il", **values: Any) -> int:
    with database.transaction() as session:
        letter = letters.create_letter(session=session, title=title, **values)
        assert letter.id is not None
        return letter.id


def create_organization(database: Database, name: str, **values: Any) -> int:
    with database.transaction() as session:
        organization = organizations.create_organization(session=session, name=name, **values)
        assert organization.id is not None
        return organization.id


def sign(database: Database, letter_id: int, organization_id: int, **values: Any) -> Signature:
    with database.transaction() as session:
        return letters.add_signature(
            session=session, letter_id=letter_id, organization_id=organization_id, **values
        )


def lines(database: Database, letter_id: int) -> list[str]:
    with database.session() as session:
        return letters.signatory_lines(session=session, letter_id=letter_id)


# --- letters --------------------------------------------------------------------


def test_created_letter_reads_back_from_a_new_session(database: Database) -> None:
    letter_id = create_letter(
        database, kind=LetterKind.open_letter, status="sent", letter_date=date(2011, 9, 8),
        body="{{ salutation }}\n\nWe represent...", notes="Released after the Tokyo conference",
    )
    with database.session() as session:
        letter = letters.get_letter(session=session, letter_id=letter_id)
    assert letter.title == "Letter to Kim Jong-il"
    assert letter.kind == LetterKind.open_letter
    assert letter.status == LetterStatus.sent
    assert letter.letter_date == date(2011, 9, 8)
    assert letter.body.startswith("{{ salutation }}")
    assert letter.closing == "Yours sincerely,"
    assert letter.notes == "Released after the Tokyo conference"


def test_title_is_trimmed_and_found_ignoring_case(database: Database) -> None:
    letter_id = create_letter(database, title="  Call for a Commission of Inquiry  ")
    with database.session() as session:
        letter = letters.letter_by_title(session=session, title="call for a commission of inquiry")
        assert letter.id == letter_id
        assert letter.title == "Call for a Commission of Inquiry"
        assert letters.find_letter(session=session, title="Call") is None
        with pytest.raises(NotFound, match="No letter titled 'Call'"):
            letters.letter_by_title(session=session, title="Call")


def test_letter_titles_with_non_ascii_capitals_are_found_and_kept_apart(
    database: Database,
) -> None:
    letter_id = create_letter(database, title="Открытое письмо")
    with database.session() as session:
        assert letters.letter_by_title(session=session, title="Открытое письмо").id == letter_id
    with pytest.raises(InvalidInput, match="There is already a letter titled"):
        create_letter(database, title="Открытое письмо")
    with pytest.raises(InvalidInput, match="There is already a letter titled"):
        create_letter(database, title="Открытое ПИСЬМО")


@pytest.mark.parametrize(
    "title", ["Letter to Kim Jong-il", "LETTER TO KIM JONG-IL", " letter to kim jong-il "]
)
def test_duplicate_title_is_refused(database: Database, count: Count, title: str) -> None:
    create_letter(database)
    with pytest.raises(InvalidInput, match="There is already a letter titled"):
        create_letter(database, title=title)
    assert count(Letter) == 1


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"title": ""}, "A letter needs a title"),
        ({"title": "   "}, "A letter needs a title"),
        ({"title": "Appeal", "status": "posted"}, "status"),
        ({"title": "Appeal", "kind": "postcard"}, "kind"),
        ({"title": "Appeal", "letter_date": "not a date"}, "letter date"),
        ({"title": "Appeal", "signatories": []}, "Unknown field: signatories"),
        ({}, "title"),
    ],
)
def test_invalid_letter_is_refused(
    database: Database, count: Count, values: dict[str, Any], message: str
) -> None:
    with pytest.raises(InvalidInput, match=message), database.transaction() as session:
        letters.create_letter(session=session, **values)
    assert count(Letter) == 0


def test_update_letter(database: Database) -> None:
    letter_id = create_letter(database)
    with database.transaction() as session:
        letters.update_letter(
            session=session, letter_id=letter_id, status=LetterStatus.collecting,
            closing="Sincerely,",
        )
    with database.session() as session:
        letter = letters.get_letter(session=session, letter_id=letter_id)
    assert letter.status == LetterStatus.collecting
    assert letter.closing == "Sincerely,"
    assert letter.title == "Letter to Kim Jong-il"


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"title": ""}, "A letter needs a title"),
        ({"title": "  "}, "A letter needs a title"),
        ({"title": "Second letter"}, "There is already a letter titled 'Second letter'"),
        ({"title": "SECOND LETTER"}, "There is already a letter titled 'SECOND LETTER'"),
        ({"status": "posted"}, "status"),
        ({"signed_on": "2011-09-08"}, "Unknown field: signed_on"),
    ],
)
def test_invalid_letter_update_is_refused(
    database: Database, changes: dict[str, Any], message: str
) -> None:
    letter_id = create_letter(database)
    create_letter(database, title="Second letter")
    with pytest.raises(InvalidInput, match=message), database.transaction() as session:
        letters.update_letter(session=session, letter_id=letter_id, **changes)
    with database.session() as session:
        letter = letters.get_letter(session=session, letter_id=letter_id)
    assert letter.title == "Letter to Kim Jong-il"
    assert letter.status == LetterStatus.draft


def test_letter_may_keep_its_own_title_with_other_case(database: Database) -> None:
    letter_id = create_letter(database)
    with database.transaction() as session:
        letters.update_letter(session=session, letter_id=letter_id, title="Letter to Kim Jong-Il")
    with database.session() as session:
        assert letters.get_letter(session=session, letter_id=letter_id).title == (
            "Letter to Kim Jong-Il"
        )


def test_list_letters_newest_first_undated_last(database: Database) -> None:
    create_letter(database, title="Undated draft")
    create_letter(database, title="Launch letter", letter_date=date(2011, 9, 8))
    create_letter(database, title="COI follow-up", letter_date=date(2013, 3, 21))
    with database.session() as session:
        titles = [letter.title for letter in letters.list_letters(session=session)]
    assert titles == ["COI follow-up", "Launch letter", "Undated draft"]


def test_delete_letter_removes_its_signatures_and_recipients(
    database: Database, count: Count
) -> None:
    letter_id = create_letter(database)
    organization_id = create_organization(database, "Amnesty International")
    sign(database, letter_id, organization_id)
    with database.transaction() as session:
        letters.add_recipient(session=session, letter_id=letter_id, organization_id=organization_id)
    with database.transaction() as session:
        letters.delete_letter(session=session, letter_id=letter_id)
    assert count(Letter) == 0
    assert count(Signature) == 0
    assert count(Recipient) == 0
    assert count(Organization) == 1


# --- signatures -----------------------------------------------------------------


def test_add_signature_appends_positions(database: Database) -> None:
    letter_id = create_letter(database)
    first = create_organization(database, "Zeta Network")
    second = create_organization(database, "Alpha Group")
    third = create_organization(database, "Mid Society")
    assert sign(database, letter_id, first).position == 1
    assert sign(database, letter_id, second).position == 2
    assert sign(database, letter_id, third).position == 3
    # Positions follow the letter, not the database: another letter starts at 1 again.
    other = create_letter(database, title="Other letter")
    assert sign(database, other, third).position == 1


def test_add_signature_defaults_to_signed(database: Database) -> None:
    letter_id = create_letter(database)
    organization_id = create_organization(database, "Kontras")
    signature = sign(database, letter_id, organization_id, status_date=date(2011, 9, 8))
    assert signature.status == SignatureStatus.signed
    assert signature.status_date == date(2011, 9, 8)


def test_same_organization_twice_is_refused(database: Database, count: Count) -> None:
    letter_id = create_letter(database)
    organization_id = create_organization(database, "Kontras")
    sign(database, letter_id, organization_id)
    with pytest.raises(InvalidInput, match="already on the letter's list"):
        sign(database, letter_id, organization_id, status=SignatureStatus.invited)
    assert count(Signature) == 1


def test_signature_needs_existing_letter_and_organization(
    database: Database, count: Count
) -> None:
    letter_id = create_letter(database)
    organization_id = create_organization(database, "Kontras")
    with pytest.raises(NotFound, match="letter"):
        sign(database, 99, organization_id)
    with pytest.raises(NotFound, match="organization"):
        sign(database, letter_id, 99)
    assert count(Signature) == 0


def test_unknown_signature_status_is_refused(database: Database, count: Count) -> None:
    letter_id = create_letter(database)
    organization_id = create_organization(database, "Kontras")
    with pytest.raises(InvalidInput, match="maybe"):
        sign(database, letter_id, organization_id, status="maybe")
    assert count(Signature) == 0


def test_set_signature_status(database: Database) -> None:
    letter_id = create_letter(database)
    organization_id = create_organization(database, "Kontras")
    signature = sign(database, letter_id, organization_id, status=SignatureStatus.invited)
    assert signature.id is not None
    with database.transaction() as session:
        letters.set_signature_status(
            session=session, signature_id=signature.id, status=SignatureStatus.withdrawn,
            status_date=date(2011, 9, 10),
        )
    with database.session() as session:
        [row] = letters.signatories(session=session, letter_id=letter_id)
    assert row.signature.status == SignatureStatus.withdrawn
    assert row.signature.status_date == date(2011, 9, 10)
    with pytest.raises(InvalidInput, match="maybe"), database.transaction() as session:
        letters.set_signature_status(
            session=session, signature_id=signature.id, status="maybe", status_date=None
        )
    with pytest.raises(NotFound), database.transaction() as session:
        letters.set_signature_status(
            session=session, signature_id=999, status=SignatureStatus.signed, status_date=None
        )


def test_signatories_order_position_first_then_sort_name(database: Database) -> None:
    letter_id = create_letter(database)
    placed_second = create_organization(database, "Aardvark Alliance")
    placed_first = create_organization(database, "Zulu Watch")
    unplaced_b = create_organization(database, "beta Rights")
    unplaced_a = create_organization(database, "COMJAN", sort_name="Alpha sort key")
    sign(database, letter_id, placed_second, position=2)
    sign(database, letter_id, placed_first, position=1)
    with database.transaction() as session:
        # Signatures without a place in the list come last, alphabetically.
        for organization_id in (unplaced_b, unplaced_a):
            session.add(Signature(letter_id=letter_id, organization_id=organization_id))
    with database.session() as session:
        rows = letters.signatories(session=session, letter_id=letter_id)
    assert [row.organization.name for row in rows] == [
        "Zulu Watch", "Aardvark Alliance", "COMJAN", "beta Rights",
    ]


def test_signatories_by_status_and_signatory_lines_only_signed(database: Database) -> None:
    letter_id = create_letter(database)
    signed = create_organization(database, "Free NK Gulag", country_code="KR")
    invited = create_organization(database, "Freedom House", country_code="US")
    declined = create_organization(database, "Human Rights Watch")
    sign(database, letter_id, signed)
    sign(database, letter_id, invited, status=SignatureStatus.invited)
    sign(database, letter_id, declined, status=SignatureStatus.declined)
    with database.session() as session:
        everyone = letters.signatories(session=session, letter_id=letter_id)
        only_invited = letters.signatories(
            session=session, letter_id=letter_id, status=SignatureStatus.invited
        )
    assert len(everyone) == 3
    assert [row.organization.name for row in only_invited] == ["Freedom House"]
    assert lines(database, letter_id) == ["Free NK Gulag (ROK)"]


# --- signatory lines ------------------------------------------------------------


def row(database: Database, name: str, **values: Any) -> SignatoryRow:
    """A signatory row for an organization created with `values`, read back from the database."""
    letter_id = create_letter(database, title=f"Letter signed by {name}")
    sign(database, letter_id, create_organization(database, name, **values))
    with database.session() as session:
        [found] = letters.signatories(session=session, letter_id=letter_id)
    return found


def test_national_organization_is_signed_with_its_country_short_form(database: Database) -> None:
    found = row(database, "Free North Korea Radio", country_code="KR")
    assert found.country is not None and found.country.short_form == "ROK"
    assert letters.signatory_line(found) == "Free North Korea Radio (ROK)"
    assert letters.signatory_line(row(database, "Conectas", country_code="BR")) == (
        "Conectas (Brazil)"
    )
    assert letters.signatory_line(row(database, "Jubilee Campaign", country_code="US")) == (
        "Jubilee Campaign (USA)"
    )


def test_international_organization_is_signed_with_its_bare_name(database: Database) -> None:
    found = row(database, "Amnesty International")
    assert found.country is None
    assert letters.signatory_line(found) == "Amnesty International"


def test_show_country_on_signature_false_gives_the_bare_name(database: Database) -> None:
    found = row(database, "Asian Human Rights & Humanity Association of Japan",
                country_code="JP", show_country_on_signature=False)
    assert letters.signatory_line(found) == "Asian Human Rights & Humanity Association of Japan"


def test_signatory_name_overrides_the_name(database: Database) -> None:
    national = row(database, "Liberty in North Korea", acronym="LiNK", country_code="US",
                   signatory_name="Liberty in North Korea – LiNK")
    assert letters.signatory_line(national) == "Liberty in North Korea – LiNK (USA)"
    international = row(database, "International Federation for Human Rights",
                        signatory_name="International Federation for Human Rights (FIDH)")
    assert letters.signatory_line(international) == (
        "International Federation for Human Rights (FIDH)"
    )


def test_edited_short_form_is_used_on_lines_signed_after_the_edit(database: Database) -> None:
    letter_id = create_letter(database)
    sign(database, letter_id, create_organization(database, "No Fence", country_code="JP"))
    with database.transaction() as session:
        country = session.get(Country, "JP")
        assert country is not None
        country.short_form = "Nippon"
        session.add(country)
    sign(database, letter_id, create_organization(database, "Now Fence", country_code="JP"))
    # A signature keeps the line it was signed as (tests/core/test_signed_lines.py).
    assert lines(database, letter_id) == ["No Fence (Japan)", "Now Fence (Nippon)"]


# --- recipients -----------------------------------------------------------------


def test_add_recipient_contact_or_organization(database: Database) -> None:
    letter_id = create_letter(database)
    organization_id = create_organization(database, "World Food Programme")
    with database.transaction() as session:
        kim = contacts.create_contact(session=session, given_name="Jong-il", family_name="Kim")
        assert kim.id is not None
        letters.add_recipient(session=session, letter_id=letter_id, contact_id=kim.id)
        letters.add_recipient(session=session, letter_id=letter_id, organization_id=organization_id)
    with database.session() as session:
        found = letters.recipients(session=session, letter_id=letter_id)
    assert [(r.contact_id, r.organization_id) for r in found] == [
        (kim.id, None), (None, organization_id),
    ]


@pytest.mark.parametrize("which", ["neither", "both"])
def test_recipient_needs_exactly_one_of_contact_or_organization(
    database: Database, count: Count, which: str
) -> None:
    letter_id = create_letter(database)
    organization_id = create_organization(database, "ICRC")
    with database.transaction() as session:
        contact = contacts.create_contact(session=session, family_name="Kim")
    ids: dict[str, Any] = (
        {} if which == "neither" else {"contact_id": contact.id, "organization_id": organization_id}
    )
    with pytest.raises(InvalidInput, match="either a contact or an organization"), \
            database.transaction() as session:
        letters.add_recipient(session=session, letter_id=letter_id, **ids)
    assert count(Recipient) == 0


def test_recipient_needs_existing_records(database: Database, count: Count) -> None:
    letter_id = create_letter(database)
    for ids, missing in (
        ({"letter_id": 99, "organization_id": 1}, "letter"),
        ({"letter_id": letter_id, "contact_id": 99}, "contact"),
        ({"letter_id": letter_id, "organization_id": 99}, "organization"),
    ):
        with pytest.raises(NotFound, match=missing), database.transaction() as session:
            letters.add_recipient(session=session, **ids)
    assert count(Recipient) == 0


def test_remove_signature_and_recipient_leave_the_rest(database: Database, count: Count) -> None:
    letter_id = create_letter(database)
    kontras = create_organization(database, "Kontras", country_code="ID")
    conectas = create_organization(database, "Conectas", country_code="BR")
    first = sign(database, letter_id, kontras)
    sign(database, letter_id, conectas)
    with database.transaction() as session:
        recipient = letters.add_recipient(
            session=session, letter_id=letter_id, organization_id=kontras
        )
        recipient_id = recipient.id
    with database.transaction() as session:
        assert first.id is not None and recipient_id is not None
        letters.remove_signature(session=session, signature_id=first.id)
        letters.remove_recipient(session=session, recipient_id=recipient_id)
    assert lines(database, letter_id) == ["Conectas (Brazil)"]
    assert count(Recipient) == 0
    assert count(Organization) == 2
    with pytest.raises(NotFound), database.transaction() as session:
        letters.remove_recipient(session=session, recipient_id=recipient_id)


def test_reorder_signatures_sets_the_letter_s_order(database: Database) -> None:
    letter_id = create_letter(database)
    kontras = sign(database, letter_id, create_organization(database, "Kontras",
                                                            country_code="ID"))
    conectas = sign(database, letter_id, create_organization(database, "Conectas",
                                                             country_code="BR"))
    assert lines(database, letter_id) == ["Kontras (Indonesia)", "Conectas (Brazil)"]
    assert kontras.id is not None and conectas.id is not None
    with database.transaction() as session:
        letters.reorder_signatures(session=session, letter_id=letter_id,
                                   signature_ids=[conectas.id, kontras.id])
    assert lines(database, letter_id) == ["Conectas (Brazil)", "Kontras (Indonesia)"]
    with pytest.raises(InvalidInput, match="once"), database.transaction() as session:
        letters.reorder_signatures(session=session, letter_id=letter_id,
                                   signature_ids=[kontras.id])
    assert lines(database, letter_id) == ["Conectas (Brazil)", "Kontras (Indonesia)"]


def test_sort_signatures_orders_by_sort_name(database: Database) -> None:
    letter_id = create_letter(database)
    for name, values in (("Kontras", {}), ("COMJAN", {"sort_name": "Investigation Commission"}),
                         ("Amnesty International", {})):
        sign(database, letter_id, create_organization(database, name, **values))
    with database.transaction() as session:
        letters.sort_signatures(session=session, letter_id=letter_id)
    assert lines(database, letter_id) == ["Amnesty International", "COMJAN", "Kontras"]


def test_a_letter_allows_restricted_recipients_only_when_told(database: Database) -> None:
    letter_id = create_letter(database)
    with database.transaction() as session:
        assert not letters.get_letter(session=session, letter_id=letter_id).allow_restricted
        letters.update_letter(session=session, letter_id=letter_id, allow_restricted=True)
    with database.session() as session:
        assert letters.get_letter(session=session, letter_id=letter_id).allow_restricted


def test_letter_summaries_count_signed_organizations_and_recipients(
    demo_database: Database,
) -> None:
    with demo_database.transaction() as session:
        letter = letters.letter_by_title(session=session, title="Letter to Kim Jong-il")
        assert letter.id is not None
        first = letters.signatories(session=session, letter_id=letter.id)[0]
        letters.set_signature_status(session=session, signature_id=first.signature.id or 0,
                             status=SignatureStatus.declined, status_date=None)
        letters.create_letter(session=session, title="Draft with nobody on it")
    with demo_database.session() as session:
        summaries = {s.letter.title: (s.signed, s.recipients)
                     for s in letters.letter_summaries(session=session)}
    assert summaries == {"Letter to Kim Jong-il": (31, 1), "Draft with nobody on it": (0, 0)}
