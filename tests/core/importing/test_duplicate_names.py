"""Updating a record from a row with another spelling keeps the stored name and adds the
row's as an alias, which later imports recognise; two rows for one record are shown
together and the second waits for the user (issue 14)."""

from __future__ import annotations

from sqlmodel import select

from coalitiondesk.core.importing import (
    Action,
    ImportKind,
    OnPossible,
    apply_import,
    guess_mapping,
    prepare_import,
    read_pasted,
    run_to_end,
    undo_import,
)
from coalitiondesk.core.importing.dedupe import MatchKind
from coalitiondesk.core.importing.plan import ImportPlan
from coalitiondesk.core.importing.readers import SourceTable, build_table
from coalitiondesk.core.models import MembershipStatus, Organization, OrganizationAlias
from coalitiondesk.core.storage.db import Database


def plan_for(database: Database, table: SourceTable, **options: object) -> ImportPlan:
    kind = ImportKind.organizations
    return run_to_end(prepare_import(database=database, table=table, kind=kind,
                                     mapping=guess_mapping(table, kind),
                                     new_status=MembershipStatus.member,
                                     **options))  # type: ignore[arg-type]


def names(database: Database) -> tuple[list[str], list[str]]:
    with database.session() as session:
        return (sorted(org.name for org in session.exec(select(Organization))),
                sorted(alias.name for alias in session.exec(select(OrganizationAlias))))


def test_the_stored_name_stays_and_the_partners_spelling_is_an_alias(
        database: Database) -> None:
    run_to_end(apply_import(database=database, plan=plan_for(
        database, read_pasted("Human Rights Watch (USA)\n"))))
    plan = plan_for(database, read_pasted("Human Right Watch\n"))
    assert plan.rows[0].undecided and plan.rows[0].action is Action.skip
    plan.decide(0, Action.update, plan.candidates(0)[0].record_id)
    assert plan.rows[0].action is Action.update and plan.rows[0].changes == {}
    result = run_to_end(apply_import(database=database, plan=plan))
    assert names(database) == (["Human Rights Watch"], ["Human Right Watch"])

    # The alias is a name now: the same typo next time is the same record, not a guess.
    again = plan_for(database, read_pasted("Human Right Watch\n"))
    assert again.rows[0].match.kind is MatchKind.same
    assert again.rows[0].action is Action.unchanged

    undo_import(database=database, batch_id=result.batch_id)
    assert names(database) == (["Human Rights Watch"], [])


def test_the_files_spelling_only_when_chosen_and_the_old_name_is_kept(
        database: Database) -> None:
    run_to_end(apply_import(database=database, plan=plan_for(
        database, read_pasted("Human Rights Wach (USA)\n"))))
    plan = plan_for(database, read_pasted("Human Rights Watch (USA)\n"))
    plan.decide(0, Action.update, plan.candidates(0)[0].record_id, rename=True)
    run_to_end(apply_import(database=database, plan=plan))
    assert names(database) == (["Human Rights Watch"], ["Human Rights Wach"])


def test_two_rows_for_one_record_the_second_waits(database: Database) -> None:
    table = build_table([["Name", "Acronym", "Country"],
                         ["Human Rights Watch", "HRW", "United States"]], name="first.csv")
    run_to_end(apply_import(database=database, plan=plan_for(database, table)))
    table = build_table([["Name", "Country", "Notes"],
                         ["Human Rights Watch", "United States", "from the name"],
                         ["HRW", "United States", "from the acronym"],
                         ["Forum-Asia", "Thailand", ""]], name="second.csv")
    plan = plan_for(database, table)
    first, second, third = plan.rows
    assert first.action is Action.update and second.action is Action.skip
    assert second.same_record_as == first.number and second.undecided
    assert second.reason == f"updates the same record as row {first.number}"
    assert plan.shared_records() == {0: [second.number], 1: [first.number]}
    assert third.action is Action.create and not third.undecided


def test_the_command_lines_update_of_close_names_never_updates_one_record_twice(
        database: Database) -> None:
    run_to_end(apply_import(database=database, plan=plan_for(
        database, read_pasted("Human Rights Watch (USA)\n"))))
    plan = plan_for(database, read_pasted("Human Right Watch\nHuman Rights Wach\n"),
                    on_possible=OnPossible.update)
    assert [row.action for row in plan.rows] == [Action.update, Action.skip]
    assert plan.rows[1].same_record_as == plan.rows[0].number
    run_to_end(apply_import(database=database, plan=plan))
    assert names(database) == (["Human Rights Watch"], ["Human Right Watch"])


def test_a_contacts_new_organization_close_to_a_stored_one_is_noted(
        database: Database) -> None:
    run_to_end(apply_import(database=database, plan=plan_for(
        database, read_pasted("Human Rights Watch (USA)\n"))))
    table = build_table([["Name", "Organization"], ["Anna Typo", "Human Right Watch"],
                         ["Ben Other", "Human Rights Watch (USA)"]], name="contacts.csv")
    kind = ImportKind.contacts
    plan = run_to_end(prepare_import(database=database, table=table, kind=kind,
                                     mapping=guess_mapping(table, kind),
                                     new_status=MembershipStatus.member))
    typo, other = plan.rows
    assert typo.new_organizations == ["Human Right Watch"]
    assert ("the organization Human Right Watch is not stored; a close one is: "
            "Human Rights Watch (US)") in typo.draft.notes
    assert other.new_organizations == [] and len(other.organization_ids) == 1
