"""An export with its labels in Korean or Japanese (kinds, membership statuses,
sensitivity) comes back whole: the import reads each label the export writes, in every
language, from the export's own catalogue, whatever the interface's language. A
workbook exported so, imported into a new database and exported again the same way,
is the same cell by cell (issue 14)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path

import pytest
from openpyxl import load_workbook

from coalitiondesk.core.exporting import ExportKind
from coalitiondesk.core.exporting.labels import ExportLanguage, labels_of, value_label
from coalitiondesk.core.exporting.profiles import partner_profile
from coalitiondesk.core.exporting.run import ExportRequest, run_export
from coalitiondesk.core.importing import (
    Action,
    ImportKind,
    apply_import,
    initial_mapping,
    prepare_import,
    read_file,
    run_to_end,
)
from coalitiondesk.core.importing.drafts import membership_status
from coalitiondesk.core.importing.values import to_enum
from coalitiondesk.core.models import MembershipStatus, OrganizationKind, Sensitivity
from coalitiondesk.core.records import edits
from coalitiondesk.core.storage.db import Database, open_database

LABELLED = [OrganizationKind, MembershipStatus, Sensitivity]


@pytest.mark.parametrize("choices", LABELLED, ids=lambda choices: choices.__name__)
def test_every_label_the_export_writes_reads_back(choices: type[StrEnum]) -> None:
    for language in ExportLanguage:
        for member in choices:
            label = value_label(choices, member, language)
            assert label is not None
            assert to_enum(label, choices, what="x") is member, label
            assert to_enum(f" {label.upper()} ", choices, what="x") is member, label
    assert set(labels_of(choices).values()) == {member.value for member in choices}


def test_the_status_given_for_new_organizations_may_be_a_label() -> None:
    assert membership_status("비회원") is MembershipStatus.non_member
    assert membership_status("加盟候補") is MembershipStatus.prospect


@pytest.fixture
def fresh(tmp_path: Path, new_database_file: Path) -> Iterator[Database]:
    path = tmp_path / "fresh.sqlite3"
    shutil.copyfile(new_database_file, path)
    opened = open_database(path)
    try:
        yield opened
    finally:
        opened.close()


def _every_choice(database: Database) -> None:
    """An organization of every kind and every membership status, and a restricted
    contact, beside the demo's."""
    kinds, statuses = list(OrganizationKind), list(MembershipStatus)
    for number in range(max(len(kinds), len(statuses))):
        name = f"Coalition member {number}"
        edits.save_record(database, kind="organization", name=name, values={
            "name": name, "kind": kinds[number % len(kinds)],
            "membership_status": statuses[number % len(statuses)]})
    edits.save_record(database, kind="contact", name="Source", values={
        "given_name": "Min-jun", "family_name": "Park", "sensitivity": Sensitivity.restricted})


def _rows(path: Path) -> dict[object, dict[str, object]]:
    sheet = load_workbook(path, read_only=True).worksheets[0]
    rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    headers = [str(header) for header in rows[0]]
    assert headers[-1] == "ID"
    return {row[-1]: dict(zip(headers, row, strict=True)) for row in rows[1:]}


def _request(kind: ExportKind, target: Path, language: ExportLanguage) -> ExportRequest:
    # The partner list's columns, and the contacts' sensitivity, which it leaves out.
    keys = tuple(key for key in partner_profile(kind).keys if key != "id")
    if kind is ExportKind.contacts:
        keys += ("sensitivity",)
    return ExportRequest(kind=kind, target=target, columns=keys, language=language,
                         include_restricted=True)


@pytest.mark.parametrize("language", [ExportLanguage.ko, ExportLanguage.ja], ids=str)
@pytest.mark.parametrize("kind", [ExportKind.organizations, ExportKind.contacts],
                         ids=lambda kind: kind.value)
def test_an_export_labelled_in_korean_or_japanese_comes_back_cell_by_cell(
        demo_database: Database, fresh: Database, tmp_path: Path, kind: ExportKind,
        language: ExportLanguage) -> None:
    _every_choice(demo_database)
    sent = run_export(database=demo_database,
                      request=_request(kind, tmp_path / "sent.xlsx", language)).target
    sent_rows = _rows(sent)
    labelled = {"Kind", "Membership status"} if kind is ExportKind.organizations else {
        "Sensitivity"}
    written = {cells[header] for cells in sent_rows.values() for header in labelled}
    # Every label in the export's language ("NGO" is the same in all three).
    assert len(written) >= 2
    assert all(isinstance(label, str) and (label == "NGO" or not label.isascii())
               for label in written), written

    table = read_file(sent)
    with fresh.session() as session:
        mapping = initial_mapping(session=session, table=table, kind=ImportKind(kind.value))
    plan = run_to_end(prepare_import(database=fresh, table=table,
                                     kind=ImportKind(kind.value), mapping=mapping,
                                     new_status=MembershipStatus.member))
    assert [row.action for row in plan.rows] == [Action.create] * len(sent_rows), [
        [str(problem) for problem in row.draft.problems] for row in plan.rows]
    assert plan.not_imported_columns() == []
    run_to_end(apply_import(database=fresh, plan=plan))

    back = run_export(database=fresh,
                      request=_request(kind, tmp_path / "back.xlsx", language)).target
    assert _rows(back) == sent_rows
