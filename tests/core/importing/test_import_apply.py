"""Imports against real databases: matched, created, updated, recorded as a batch, undone."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from sqlmodel import SQLModel, select

from coalitiondesk.core.errors import InvalidInput
from coalitiondesk.core.importing import (
    Action,
    ImportKind,
    ImportPlan,
    OnMatch,
    OnPossible,
    SourceTable,
    apply_import,
    initial_mapping,
    kind_for,
    list_imports,
    prepare_import,
    read_file,
    read_pasted,
    run_to_end,
    undo_import,
    write_error_report,
)
from coalitiondesk.core.importing.apply import ImportResult
from coalitiondesk.core.importing.mapping import remembered_mapping
from coalitiondesk.core.journal.undo import UndoRefused, undo
from coalitiondesk.core.models import (
    Affiliation,
    Contact,
    ImportBatch,
    ImportChange,
    Letter,
    Organization,
    Signature,
    SignatureStatus,
)
from coalitiondesk.core.records import contacts, letters, organizations, tags
from coalitiondesk.core.storage.db import Database

IMPORT = Path(__file__).resolve().parents[2] / "data" / "import"
DEMO_LETTER = "Letter to Kim Jong-il"
Count = Callable[[type[SQLModel]], int]


def plan_for(database: Database, table: SourceTable, kind: ImportKind | None = None,
             **options: object) -> ImportPlan:
    chosen = kind or kind_for(table)
    with database.session() as session:
        mapping = initial_mapping(session=session, table=table, kind=chosen)
    return run_to_end(prepare_import(database=database, table=table, kind=chosen,
                                     mapping=mapping, **options))  # type: ignore[arg-type]


def apply(database: Database, plan: ImportPlan, letter: str | None = None) -> ImportResult:
    return run_to_end(apply_import(database=database, plan=plan, letter_title=letter))


def seed_list() -> SourceTable:
    return read_pasted((IMPORT / "seed_signatories_pasted.txt").read_text(encoding="utf-8"))


def snapshot(database: Database) -> list[tuple[object, ...]]:
    with database.session() as session:
        # Undo leaves updated_at at the time of the undo: the record did change then.
        columns = [name for name in Organization.model_fields if name != "updated_at"]
        return [tuple(getattr(org, name) for name in columns)
                for org in session.exec(select(Organization).order_by(Organization.id))]


def test_seed_list_matches_the_demo_and_creates_nothing(demo_database: Database,
                                                        count: Count) -> None:
    before = snapshot(demo_database)
    plan = plan_for(demo_database, seed_list())
    assert plan.summary() == "created 0, updated 0, unchanged 32, skipped 0, errors 0"
    result = apply(demo_database, plan, letter=DEMO_LETTER)
    assert result.summary == plan.summary()
    assert result.letter_added == 0 and not result.letter_created
    assert snapshot(demo_database) == before
    assert count(Signature) == 32
    assert count(ImportBatch) == 1


def test_seed_list_into_an_empty_database_then_again(database: Database, count: Count) -> None:
    first = apply(database, plan_for(database, seed_list()), letter="Open letter")
    assert first.summary == "created 32, updated 0, unchanged 0, skipped 0, errors 0"
    assert first.letter_created and first.letter_added == 32
    with database.session() as session:
        fidh = organizations.find_organization(session=session, name="FIDH")
        assert fidh is not None and fidh.country_code is None
        assert fidh.name == "International Federation for Human Rights"
        comjan = organizations.find_organization(session=session, name="COMJAN")
        assert comjan is not None and comjan.country_code == "JP"
        letter = letters.letter_by_title(session=session, title="Open letter")
        assert letter.id is not None
        lines = letters.signatory_lines(session=session, letter_id=letter.id)
    seed = (IMPORT.parent / "seed_signatories.txt").read_text(encoding="utf-8").splitlines()
    # In file order, and printed back as the seed printed them (short forms: ROK, USA).
    assert lines == [line.replace("Korea)(Japan)", "Korea) (Japan)") for line in seed]

    again = apply(database, plan_for(database, seed_list()), letter="Open letter")
    assert again.summary == "created 0, updated 0, unchanged 32, skipped 0, errors 0"
    assert count(Organization) == 32 and count(Signature) == 32


def test_csv_rows_become_records_with_their_values(demo_database: Database) -> None:
    plan = plan_for(demo_database, read_file(IMPORT / "organizations_utf8.csv"))
    by_row = {row.number: row for row in plan.rows}
    assert by_row[2].action is Action.create
    assert by_row[5].action is Action.unchanged  # "Han Voice" with NBSPs is the demo's
    assert by_row[6].action is Action.update and by_row[6].changes == {
        "email": "info@freedomhouse.example"}
    assert by_row[7].problems == ["missing name"]
    assert by_row[8].problems == ["invalid email: not-an-address"]
    assert by_row[9].problems == ["unknown country: Atlantis"]
    assert plan.summary() == "created 3, updated 1, unchanged 1, skipped 0, errors 3"
    apply(demo_database, plan)
    with demo_database.session() as session:
        nkhr = organizations.find_organization(session=session, name="NKHR")
        assert nkhr is not None
        assert (nkhr.country_code, nkhr.postcode, nkhr.phone, nkhr.joined_on) == (
            "KR", "03170", "+82 2-723-1672", date(2011, 9, 8))
        assert nkhr.id is not None
        assert tags.organization_tags(session=session, organization_id=nkhr.id) == [
            "founding member", "Seoul"]
        japanese = organizations.find_organization(session=session, name="北朝鮮難民救援基金")
        assert japanese is not None and japanese.postcode == "100-0001"


def test_workbook_features_reach_the_records(demo_database: Database) -> None:
    plan = plan_for(demo_database, read_file(IMPORT / "partner_members.xlsx"))
    by_name = {row.draft.values.get("name"): row for row in plan.rows}
    assert by_name["Withdrawn Partner"].draft.notes == ["hidden in the workbook"]
    assert by_name["Human Rights Watch"].action is Action.update  # notes added
    assert by_name["Life Funds for North Korean Refugees"].draft.values["country_code"] == "JP"
    assert by_name["Burma Partnership"].changes["joined_on"] == date(2011, 9, 8)
    dates = plan_for(demo_database, read_file(IMPORT / "dates_1904.xlsx"))
    assert [row.draft.values["joined_on"] for row in dates.rows] == [date(2011, 9, 8)] * 2


def test_undo_removes_what_was_created_and_restores_old_values(demo_database: Database,
                                                               count: Count) -> None:
    before = snapshot(demo_database)
    organizations_before = count(Organization)
    with demo_database.session() as session:
        freedom = organizations.find_organization(session=session, name="Freedom House")
        assert freedom is not None and freedom.id is not None
        freedom_tags = tags.organization_tags(session=session, organization_id=freedom.id)
    workbook = apply(demo_database, plan_for(demo_database,
                                             read_file(IMPORT / "partner_members.xlsx")),
                     letter="Partners")
    csv_import = apply(demo_database, plan_for(demo_database,
                                               read_file(IMPORT / "organizations_utf8.csv")))
    assert count(Organization) > organizations_before
    undone = undo_import(database=demo_database, batch_id=csv_import.batch_id)
    # NKHR came with the workbook, so the csv updated it rather than creating it.
    assert undone.deleted == 2 and undone.restored == 2
    undo_import(database=demo_database, batch_id=workbook.batch_id)
    assert snapshot(demo_database) == before
    # The journal holds what imports did now; no copy of the values in import_change.
    assert count(Letter) == 1 and count(ImportChange) == 0
    with demo_database.session() as session:
        assert tags.organization_tags(session=session, organization_id=freedom.id) == (
            freedom_tags)
        assert list_imports(session=session) == []
    with pytest.raises(InvalidInput, match="already undone"):
        undo_import(database=demo_database, batch_id=workbook.batch_id)


def test_undo_never_throws_away_an_edit_made_after_the_import(demo_database: Database) -> None:
    result = apply(demo_database, plan_for(demo_database,
                                           read_file(IMPORT / "organizations_utf8.csv")))
    with demo_database.operation("form", "Edit Freedom House") as operation:
        freedom = organizations.find_organization(session=operation.session,
                                                  name="Freedom House")
        assert freedom is not None and freedom.id is not None
        organizations.update_organization(session=operation.session,
                                          organization_id=freedom.id,
                                          email="press@freedomhouse.example")
    before = snapshot(demo_database)
    with pytest.raises(UndoRefused, match="Edit Freedom House"):
        undo_import(database=demo_database, batch_id=result.batch_id)
    assert snapshot(demo_database) == before
    with demo_database.session() as session:
        kept = organizations.get_organization(session=session, organization_id=freedom.id)
        assert kept.email == "press@freedomhouse.example"
    # Once the later edit is undone, the import can be.
    undo(demo_database)
    undo_import(database=demo_database, batch_id=result.batch_id)


def test_letter_signatures_in_file_order_and_undone_with_the_import(demo_database: Database
                                                                    ) -> None:
    with demo_database.transaction() as session:
        letter = letters.create_letter(session=session, title="Appeal")
        kontras = organizations.find_organization(session=session, name="Kontras")
        assert letter.id is not None and kontras is not None and kontras.id is not None
        letters.add_signature(session=session, letter_id=letter.id,
                              organization_id=kontras.id, status=SignatureStatus.invited)
    table = read_pasted("• No Fence (Japan)\n• Kontras (Indonesia)\n• Brand New Group (Nepal)")
    result = apply(demo_database, plan_for(demo_database, table), letter="appeal")
    assert result.summary == "created 1, updated 0, unchanged 2, skipped 0, errors 0"
    with demo_database.session() as session:
        rows = letters.signatories(session=session, letter_id=letter.id)
        assert [(row.organization.name, row.signature.status) for row in rows] == [
            ("Kontras", SignatureStatus.signed), ("No Fence", SignatureStatus.signed),
            ("Brand New Group", SignatureStatus.signed)]
    undo_import(database=demo_database, batch_id=result.batch_id)
    with demo_database.session() as session:
        rows = letters.signatories(session=session, letter_id=letter.id)
        assert [(row.organization.name, row.signature.status) for row in rows] == [
            ("Kontras", SignatureStatus.invited)]


def test_possible_duplicates_wait_for_the_user(demo_database: Database, count: Count) -> None:
    table = read_pasted("Human Rights Wach (USA)\nFreedom Hause\nKontras (Japan)\n")
    plan = plan_for(demo_database, table)
    assert [row.action for row in plan.rows] == [Action.skip] * 3
    assert all(row.undecided for row in plan.rows)
    assert plan.candidates(0)[0].label == "Human Rights Watch"
    assert "different country" in plan.rows[2].reason
    plan.decide(0, Action.update, plan.candidates(0)[0].record_id)
    plan.decide(1, Action.create)
    # The stored name stays: the partner's typo becomes another name of the record.
    assert plan.rows[0].changes == {"country_code": "US"}
    assert plan.rows[0].new_alias == "Human Rights Wach"
    plan.decide(0, Action.update, plan.candidates(0)[0].record_id, rename=True)
    assert plan.rows[0].changes == {"country_code": "US", "name": "Human Rights Wach"}
    assert plan.rows[0].new_alias == "Human Rights Watch"
    plan.decide(0, Action.skip)
    organizations_before = count(Organization)
    result = apply(demo_database, plan)
    assert result.summary == "created 1, updated 0, unchanged 0, skipped 2, errors 0"
    assert count(Organization) == organizations_before + 1
    created = plan_for(demo_database, table, on_possible=OnPossible.create)
    assert created.rows[0].action is Action.create


def test_keeping_existing_records(demo_database: Database) -> None:
    plan = plan_for(demo_database, read_file(IMPORT / "organizations_utf8.csv"),
                    on_match=OnMatch.keep)
    freedom = next(row for row in plan.rows if row.draft.values.get("name") == "Freedom House")
    assert freedom.action is Action.skip and freedom.reason == "kept the stored record"


def test_repeated_rows_in_one_file_are_imported_once(database: Database, count: Count) -> None:
    plan = plan_for(database, read_pasted("Kontras (Indonesia)\nNo Fence (Japan)\n"
                                          "kontras (Indonesia)\n"))
    assert plan.rows[2].action is Action.skip and plan.rows[2].reason == "same as row 1"
    apply(database, plan)
    assert count(Organization) == 2


def test_a_plan_made_before_another_import_is_matched_again_when_applied(
        database: Database, count: Count) -> None:
    # Two imports of the same file planned at once each meant to create every row; the
    # second is matched again inside its write transaction and finds the first's records.
    table = read_pasted("Kontras (Indonesia)\nNo Fence (Japan)\nBrand New Group (Nepal)\n")
    first, second = plan_for(database, table), plan_for(database, table)
    kept = plan_for(database, table, on_match=OnMatch.keep)
    assert apply(database, first).summary.startswith("created 3,")
    assert apply(database, second).summary == (
        "created 0, updated 0, unchanged 3, skipped 0, errors 0")
    assert [row.match.reason for row in second.rows] == ["same name"] * 3
    assert apply(database, kept).summary == (
        "created 0, updated 0, unchanged 0, skipped 3, errors 0")
    assert count(Organization) == 3


def test_matching_again_keeps_the_users_choice_to_create_beside_a_record(
        database: Database, count: Count) -> None:
    with database.transaction() as session:
        organizations.create_organization(session=session, name="Human Rights Watch",
                                          country_code="US")
    plan = plan_for(database, read_pasted("Human Rights Watch (USA)\n"))
    assert plan.rows[0].action is Action.unchanged
    plan.decide(0, Action.create)  # another organization of the same name
    # Something else changed meanwhile, so the plan is matched again.
    with database.transaction() as session:
        organizations.create_organization(session=session, name="Unrelated Group")
    assert apply(database, plan).summary.startswith("created 1,")
    assert count(Organization) == 3


def test_contacts_with_affiliations_and_native_names(demo_database: Database,
                                                     count: Count) -> None:
    table = read_file(IMPORT / "contacts_cp949.csv")
    assert kind_for(table) is ImportKind.contacts
    plan = plan_for(demo_database, table)
    # Ha Tae Kyung is in the demo; the others are new, one with a new organization.
    assert [row.action for row in plan.rows] == [Action.update, Action.create, Action.create]
    assert plan.rows[1].new_organizations == ["북한인권시민연합"]
    organizations_before, affiliations_before = count(Organization), count(Affiliation)
    result = apply(demo_database, plan, letter="Korean mailing")
    assert result.letter_added == 3
    assert count(Organization) == organizations_before + 1
    with demo_database.session() as session:
        kim = session.exec(select(Contact).where(Contact.email == "jhkim@example.kr")).one()
        assert (kim.native_name, kim.position, kim.postcode, kim.address_country_code) == (
            "김지훈", "활동가", "03170", "KR")
        assert kim.id is not None
        [affiliation] = contacts.affiliations_of(session=session, contact_id=kim.id)
        assert affiliation.organization.name == "북한인권시민연합"
    undo_import(database=demo_database, batch_id=result.batch_id)
    assert count(Organization) == organizations_before
    with demo_database.session() as session:
        ha = session.exec(select(Contact).where(Contact.native_name == "하태경")).one()
        assert ha.email is None
        assert ha.id is not None
        assert [row.organization.name for row in contacts.affiliations_of(
            session=session, contact_id=ha.id)] == ["Open Radio for North Korea"]
    assert count(Affiliation) == affiliations_before


def test_contacts_match_by_email_and_an_unknown_country_is_an_error(database: Database) -> None:
    apply(database, plan_for(database, read_file(IMPORT / "contacts_utf16.txt")))
    again = plan_for(database, read_file(IMPORT / "contacts_utf16.txt"))
    assert again.summary() == "created 0, updated 0, unchanged 3, skipped 0, errors 0"
    japanese = plan_for(database, read_file(IMPORT / "contacts_cp932.csv"))
    assert japanese.rows[1].problems == ["unknown country: 日本じゃない"]
    assert japanese.rows[0].match.reason == "same e-mail address"


def test_mapping_is_remembered_after_an_import(database: Database) -> None:
    table = read_file(IMPORT / "organizations_cp1252.csv")
    plan = plan_for(database, table)
    plan.mapping[2] = None  # the user chose not to import "City"
    plan.rows  # noqa: B018 - the plan stays valid; only the remembered mapping changes
    apply(database, plan)
    with database.session() as session:
        assert remembered_mapping(session=session, kind=ImportKind.organizations,
                                  headers=table.headers) == [
            "name", "country_code", None, "postcode", "email"]


def test_error_report_lists_rows_and_reasons(demo_database: Database, tmp_path: Path) -> None:
    plan = plan_for(demo_database, read_file(IMPORT / "organizations_utf8.csv"))
    report = tmp_path / "report.xlsx"
    assert write_error_report(plan, report) == 3
    sheet = openpyxl.load_workbook(report).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("Row", "Why it is not imported", "Organisation")
    assert [(row[0], row[1]) for row in rows[1:]] == [
        (7, "missing name"), (8, "invalid email: not-an-address"),
        (9, "unknown country: Atlantis")]
    assert rows[2][2] == "Bad Email Network"


def test_a_cancelled_import_leaves_nothing(demo_database: Database, count: Count) -> None:
    plan = plan_for(demo_database, read_file(IMPORT / "organizations_utf8.csv"))
    before = (count(Organization), count(ImportBatch))
    steps = apply_import(database=demo_database, plan=plan)
    for _ in range(2):
        next(steps)
    steps.close()  # what the wizard's cancel button does
    assert (count(Organization), count(ImportBatch)) == before


def test_an_import_into_a_database_with_records_is_preceded_by_a_backup(
    demo_database: Database,
) -> None:
    from coalitiondesk.core.storage.backup import Reason, list_backups

    assert demo_database.path is not None
    before = list_backups(demo_database.path)
    apply(demo_database, plan_for(demo_database, seed_list()))
    made = [b for b in list_backups(demo_database.path) if b not in before]
    assert [b.reason for b in made] == [Reason.before_import]


def test_an_import_into_an_empty_database_needs_no_backup(database: Database) -> None:
    from coalitiondesk.core.storage.backup import list_backups

    assert database.path is not None
    apply(database, plan_for(database, seed_list()))
    assert list_backups(database.path) == []
