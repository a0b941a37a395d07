"""A contacts "Full" export's "Name as written" is made from the name's parts (given,
family, their order, the native name), so importing the export keeps everything in it
and names no column as not imported; a cell saying something else than its row's name
(a partner's correction) is still named, never dropped unsaid (issue 14)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook

from coalitiondesk.core.exporting import ExportKind
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
from coalitiondesk.core.importing.mapping import unmapped_columns
from coalitiondesk.core.importing.readers import build_table
from coalitiondesk.core.records import edits
from coalitiondesk.core.storage.db import Database, open_database


@pytest.fixture
def fresh(tmp_path: Path, new_database_file: Path) -> Iterator[Database]:
    path = tmp_path / "fresh.sqlite3"
    shutil.copyfile(new_database_file, path)
    opened = open_database(path)
    try:
        yield opened
    finally:
        opened.close()


def _rows(path: Path) -> dict[object, dict[str, object]]:
    sheet = load_workbook(path, read_only=True).worksheets[0]
    rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    headers = [str(header) for header in rows[0]]
    assert headers[-1] == "ID"
    return {row[-1]: dict(zip(headers, row, strict=True)) for row in rows[1:]}


def test_a_full_contacts_export_comes_back_with_nothing_left_out(
        demo_database: Database, fresh: Database, tmp_path: Path) -> None:
    # Beside the demo's: a name in its native script alone, and one written family first.
    edits.save_record(demo_database, kind="contact", name="하태경",
                      values={"native_name": "하태경"})
    edits.save_record(demo_database, kind="contact", name="Nagy", values={
        "given_name": "Katalin", "family_name": "Nagy", "family_name_first": True})

    def full(database: Database, name: str) -> Path:
        return run_export(database=database, request=ExportRequest(
            kind=ExportKind.contacts, target=tmp_path / name, profile="Full",
            include_restricted=True)).target

    sent = full(demo_database, "sent.xlsx")
    sent_rows = _rows(sent)
    assert {cells["Name as written"] for cells in sent_rows.values()} >= {
        "하태경", "Nagy Katalin", "Christopher Green"}
    table = read_file(sent)
    with fresh.session() as session:
        mapping = initial_mapping(session=session, table=table, kind=ImportKind.contacts)
    plan = run_to_end(prepare_import(database=fresh, table=table, kind=ImportKind.contacts,
                                     mapping=mapping))
    assert plan.not_imported_columns() == []
    assert [row.action for row in plan.rows] == [Action.create] * len(sent_rows)
    run_to_end(apply_import(database=fresh, plan=plan))

    back = _rows(full(fresh, "back.xlsx"))
    assert back.keys() == sent_rows.keys()
    for record, cells in sent_rows.items():
        for header, value in cells.items():
            if header not in {"Created (UTC)", "Updated (UTC)"}:
                assert back[record][header] == value, (record, header, value)


def test_a_name_as_written_that_says_more_is_named_as_not_imported(
        database: Database) -> None:
    headers = ["Given name", "Family name", "Country", "Name as written"]
    table = build_table([
        headers,
        ["Tae Kyung", "Ha", "South Korea", "Ha  Tae Kyung"],   # family first in Korea
        ["Christopher", "Green", "Netherlands", "Christopher Green"],
        ["Takuya", "Yokota", "Japan", "Takuya Yokota"],         # another order than Japan's
        ["Phil", "Robertson", "Thailand", "Phil Robertson (HRW)"],  # a partner's addition
    ], name="contacts.csv")
    with database.session() as session:
        mapping = initial_mapping(session=session, table=table, kind=ImportKind.contacts)
    assert mapping[3] is None
    assert [(column.header, column.values) for column in unmapped_columns(table, mapping)] == [
        ("Name as written", 2)]
