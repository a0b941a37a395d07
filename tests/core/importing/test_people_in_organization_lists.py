"""People among an organization list's rows: found by the file's own flags, read with the
contacts' mapping, their name taken from the organizations' name column (issue 14)."""

from __future__ import annotations

from coalitiondesk.core.importing import ImportKind, guess_mapping, prepare_import, run_to_end
from coalitiondesk.core.importing.mapping import UnmappedColumn
from coalitiondesk.core.importing.mixed import people_in, people_mapping, people_table
from coalitiondesk.core.importing.readers import build_table
from coalitiondesk.core.models import MembershipStatus
from coalitiondesk.core.storage.db import Database


def test_a_person_in_the_organisation_column_goes_in_by_that_name() -> None:
    table = build_table([
        ["Organisation", "Contact Type", "Related Company", "Email"],
        ["Forum-Asia", "Organization", "", "info@forum-asia.example"],
        ["Kim Ji-hoon", "Individual", "Forum-Asia", "kim@forum-asia.example"],
        ["Ana Lopez", "individual", "", ""],
    ], name="civicrm.csv")
    mapping = guess_mapping(table, ImportKind.organizations)
    people = people_in(table, ImportKind.organizations, mapping)
    assert people is not None
    assert people.positions == (1, 2)
    assert people.flag_columns == (1,) and people.company_column == 2
    contacts = people_table(table, people)
    assert [row.number for row in contacts.rows] == [3, 4]
    assert people_mapping(table, people, guess_mapping(contacts, ImportKind.contacts),
                          mapping) == ["person_name", None, "organization", "email"]


def test_a_list_with_no_flags_has_no_people() -> None:
    table = build_table([["Name", "Country"], ["Ha Tae Kyung", "Korea"]], name="list.csv")
    kind = ImportKind.organizations
    assert people_in(table, kind, guess_mapping(table, kind)) is None


def test_what_only_organizations_have_is_named_for_the_people_rows(
        database: Database) -> None:
    table = build_table([
        ["Name", "Acronym", "Is a Company", "Related Company", "Email"],
        ["Forum-Asia", "FA", "yes", "", "info@forum-asia.example"],
        ["Kim Ji-hoon", "KJH", "no", "Forum-Asia", "kim@forum-asia.example"],
        ["Park Min", "", "no", "Other Group", ""],
    ], name="mixed.csv")
    kind = ImportKind.organizations
    plan = run_to_end(prepare_import(database=database, table=table, kind=kind,
                                     mapping=guess_mapping(table, kind),
                                     new_status=MembershipStatus.member))
    assert plan.not_imported_columns() == [UnmappedColumn(3, "Related Company", 2)]
    plan.set_people_as_contacts(True)
    # The acronym of a person is not imported; the company column now is.
    assert plan.not_imported_columns() == [UnmappedColumn(1, "Acronym", 1)]
