"""The search box finds a record by its aliases: the partner's spelling an import kept,
a merged duplicate's name; on SQLite and on a PostgreSQL server alike (issue 14)."""

from __future__ import annotations

import pytest
from sqlmodel import select

from coalitiondesk.core.importing import (
    Action,
    ImportKind,
    apply_import,
    guess_mapping,
    prepare_import,
    read_pasted,
    run_to_end,
    undo_import,
)
from coalitiondesk.core.importing.plan import ImportPlan
from coalitiondesk.core.importing.readers import SourceTable, build_table
from coalitiondesk.core.journal.undo import undo
from coalitiondesk.core.models import Contact, MembershipStatus, Organization
from coalitiondesk.core.records import contacts, organizations
from coalitiondesk.core.records.contacts import ContactFilter
from coalitiondesk.core.records.merging import merge_records
from coalitiondesk.core.records.organizations import OrganizationFilter
from coalitiondesk.core.storage.db import Database


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)])
def either(request: pytest.FixtureRequest, database: Database) -> Database:
    """The test's database as a local file, then on the throwaway server."""
    if request.param == "sqlite":
        return database
    server: Database = request.getfixturevalue("pg_database")
    return server


def plan_for(database: Database, table: SourceTable) -> ImportPlan:
    kind = ImportKind.organizations
    return run_to_end(prepare_import(database=database, table=table, kind=kind,
                                     mapping=guess_mapping(table, kind),
                                     new_status=MembershipStatus.member))


def found_organizations(database: Database, text: str) -> list[str]:
    with database.session() as session:
        filters = OrganizationFilter(search=text)
        rows = organizations.list_organizations(session=session, filters=filters)
        assert organizations.count_organizations(session=session, filters=filters) == len(rows)
        return [row.name for row in rows]


def found_contacts(database: Database, text: str) -> list[str]:
    with database.session() as session:
        rows = contacts.list_contacts(session=session, filters=ContactFilter(search=text))
        return sorted(row.family_name or "" for row in rows)


def test_an_imported_alias_is_found_until_its_import_is_undone(either: Database) -> None:
    run_to_end(apply_import(database=either, plan=plan_for(
        either, read_pasted("Human Rights Watch (USA)\n"))))
    plan = plan_for(either, read_pasted("Observatoire des droits humains\n"))
    assert plan.rows[0].action is Action.create
    run_to_end(apply_import(database=either, plan=plan))
    plan = plan_for(either, read_pasted("Human Right Watch\n"))
    plan.decide(0, Action.update, plan.candidates(0)[0].record_id)
    result = run_to_end(apply_import(database=either, plan=plan))

    # Only the alias holds "right watch" (the stored name says "rights watch").
    assert found_organizations(either, "right watch") == ["Human Rights Watch"]
    assert found_organizations(either, "RIGHTS WATCH") == ["Human Rights Watch"]
    assert found_organizations(either, "t w") == ["Human Rights Watch"]  # short: scanned
    assert found_organizations(either, "droits") == ["Observatoire des droits humains"]

    # A contacts file naming the organization by its alias links to it.
    people = build_table([["Given name", "Family name", "Organization"],
                          ["Phil", "Robertson", "human right watch"]], name="people.csv")
    joined = run_to_end(prepare_import(database=either, table=people, kind=ImportKind.contacts,
                                       mapping=guess_mapping(people, ImportKind.contacts)))
    assert joined.rows[0].new_organizations == []
    assert len(joined.rows[0].organization_ids) == 1
    with either.session() as session:
        assert session.get(Organization, joined.rows[0].organization_ids[0]).name == (
            "Human Rights Watch")

    undo_import(database=either, batch_id=result.batch_id)
    assert found_organizations(either, "right watch") == []
    assert found_organizations(either, "rights watch") == ["Human Rights Watch"]


def test_a_merged_persons_name_is_found_and_leaves_with_the_record(either: Database) -> None:
    with either.transaction() as session:
        kept = contacts.create_contact(session=session, given_name="Tae Kyung", family_name="Ha",
                                       family_name_first=True)
        other = contacts.create_contact(session=session, given_name="Taekyung",
                                        family_name="Hah", family_name_first=True)
        assert kept.id is not None and other.id is not None
        kept_id, other_id = kept.id, other.id
    merge_records(either, kind="contact", keep_id=kept_id, other_id=other_id)
    assert found_contacts(either, "taekyung hah") == ["Ha"]

    undo(either)  # the merge: the other record back, its name its own again
    assert found_contacts(either, "taekyung hah") == ["Hah"]
    merge_records(either, kind="contact", keep_id=kept_id, other_id=other_id)

    with either.operation("delete", "Delete Ha") as operation:
        contacts.delete_contact(session=operation.session, contact_id=kept_id)
    assert found_contacts(either, "taekyung hah") == []
    assert found_contacts(either, "ha") == []
    with either.session() as session:
        assert session.exec(select(Contact)).all() == []
