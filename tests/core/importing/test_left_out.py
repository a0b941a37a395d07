"""What an import plan leaves out is listed: columns with values it does not import, and
the status organizations get when the file gives none (issue 14)."""

from __future__ import annotations

from sqlmodel import select

from coalitiondesk.core.importing import (
    ImportKind,
    apply_import,
    guess_mapping,
    prepare_import,
    run_to_end,
)
from coalitiondesk.core.importing.mapping import UnmappedColumn
from coalitiondesk.core.importing.readers import build_table
from coalitiondesk.core.models import MembershipStatus, Organization
from coalitiondesk.core.storage.db import Database


def test_unmapped_columns_with_values_are_listed_with_their_counts(database: Database) -> None:
    table = build_table([["Organization", "Favourite colour", "Empty", "Membership"],
                         ["One", "blue", None, "member"], ["Two", "red", " ", ""],
                         ["Three", None, None, ""]], name="test")
    kind = ImportKind.organizations
    plan = run_to_end(prepare_import(database=database, table=table, kind=kind,
                                     mapping=guess_mapping(table, kind),
                                     new_status=MembershipStatus.prospect))
    assert plan.not_imported_columns() == [UnmappedColumn(1, "Favourite colour", 2)]
    assert plan.organizations_without_status() == 2
    assert plan.status_for_new_organizations() is MembershipStatus.prospect
    run_to_end(apply_import(database=database, plan=plan))
    with database.session() as session:
        stored = {org.name: org.membership_status for org in session.exec(select(Organization))}
    assert stored == {"One": MembershipStatus.member, "Two": MembershipStatus.prospect,
                      "Three": MembershipStatus.prospect}


def test_organizations_a_contact_list_creates_get_the_chosen_status(
        database: Database) -> None:
    table = build_table([["First name", "Last name", "Organization"],
                         ["Phil", "Robertson", "New Watch"]], name="test")
    kind = ImportKind.contacts
    plan = run_to_end(prepare_import(database=database, table=table, kind=kind,
                                     mapping=guess_mapping(table, kind),
                                     new_status=MembershipStatus.observer))
    assert plan.organizations_without_status() == 1
    run_to_end(apply_import(database=database, plan=plan))
    with database.session() as session:
        created = session.exec(select(Organization)).one()
    assert created.membership_status == MembershipStatus.observer


def test_a_country_name_beside_its_code_is_read_twice_and_must_agree(
        database: Database) -> None:
    # Our own export writes both, and its times of change, which no import reads back.
    table = build_table([["Name", "Country", "Country code", "Created (UTC)"],
                         ["Agreeing", "South Korea", "KR", "2024-01-01 10:00"],
                         ["Disagreeing", "Japan", "KR", "2024-01-01 10:00"],
                         ["Code only", "", "JP", ""]], name="test")
    kind = ImportKind.organizations
    mapping = guess_mapping(table, kind)
    assert mapping == ["name", "country_code", "country_code", None]
    plan = run_to_end(prepare_import(database=database, table=table, kind=kind,
                                     mapping=mapping))
    assert plan.not_imported_columns() == []
    assert plan.rows[0].draft.values["country_code"] == "KR"
    assert plan.rows[1].problems == ["two countries: JP and KR"]
    assert plan.rows[2].draft.values["country_code"] == "JP"
