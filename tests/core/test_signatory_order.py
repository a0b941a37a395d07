"""Organizations added to a letter go into the letter's order: at the end of a list in an
order of its own, at their alphabetical place in a list kept alphabetical (pasted lists
included)."""

from __future__ import annotations

from sqlmodel import Session

from coalitiondesk.core.importing import (
    apply_import,
    initial_mapping,
    kind_for,
    prepare_import,
    read_pasted,
    run_to_end,
)
from coalitiondesk.core.models import SignatureStatus
from coalitiondesk.core.records import letters, organizations
from coalitiondesk.core.storage.db import Database


def _id(session: Session, name: str) -> int:
    found = organizations.find_organization(session=session, name=name)
    assert found is not None and found.id is not None
    return found.id


def _order(database: Database, letter_id: int) -> list[str]:
    with database.session() as session:
        return [row.organization.name
                for row in letters.signatories(session=session, letter_id=letter_id)]


def _letter_with(database: Database, names: list[str]) -> int:
    with database.transaction() as session:
        letter = letters.create_letter(session=session, title="Appeal")
        assert letter.id is not None
        for name in names:
            letters.add_signature(session=session, letter_id=letter.id,
                                  organization_id=_id(session, name),
                                  status=SignatureStatus.signed)
        return letter.id


def _paste(database: Database, text: str) -> None:
    table = read_pasted(text)
    kind = kind_for(table)
    with database.session() as session:
        mapping = initial_mapping(session=session, table=table, kind=kind)
    plan = run_to_end(prepare_import(database=database, table=table, kind=kind,
                                     mapping=mapping))
    run_to_end(apply_import(database=database, plan=plan, letter_title="Appeal"))


def test_a_sorted_list_takes_pasted_signatories_at_their_alphabetical_place(
        demo_database: Database) -> None:
    letter_id = _letter_with(demo_database, ["Kontras", "Amnesty International"])
    letters.sort_signatories(demo_database, letter_id=letter_id)
    assert _order(demo_database, letter_id) == ["Amnesty International", "Kontras"]
    _paste(demo_database, "• No Fence (Japan)\n• Conectas (Brazil)")
    assert _order(demo_database, letter_id) == [
        "Amnesty International", "Conectas", "Kontras", "No Fence"]
    with demo_database.session() as session:
        letters.add_signature(session=session, letter_id=letter_id,
                              organization_id=_id(session, "Freedom House"))
        assert [row.organization.name for row in letters.signatories(
            session=session, letter_id=letter_id)][2] == "Freedom House"


def test_a_list_in_its_own_order_takes_them_at_the_end_and_moving_one_ends_sorting(
        demo_database: Database) -> None:
    letter_id = _letter_with(demo_database, ["Kontras", "Amnesty International"])
    _paste(demo_database, "• No Fence (Japan)\n• Conectas (Brazil)")
    assert _order(demo_database, letter_id) == [
        "Kontras", "Amnesty International", "No Fence", "Conectas"]
    letters.sort_signatories(demo_database, letter_id=letter_id)
    with demo_database.session() as session:
        rows = letters.signatories(session=session, letter_id=letter_id)
    ids = [row.signature.id for row in rows if row.signature.id is not None]
    letters.reorder_signatories(demo_database, letter_id=letter_id,
                                signature_ids=[ids[-1], *ids[:-1]])
    _paste(demo_database, "• Freedom House (USA)")
    assert _order(demo_database, letter_id) == [
        "No Fence", "Amnesty International", "Conectas", "Kontras", "Freedom House"]
