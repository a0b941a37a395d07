"""A custom field's round trip: defined, set, exported in the Full profile and when chosen
by key, the workbook read back into the same field, and the removal undone."""

from __future__ import annotations

from pathlib import Path

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
from coalitiondesk.core.journal import undo
from coalitiondesk.core.models import Contact
from coalitiondesk.core.records import custom_fields, edits
from coalitiondesk.core.storage.db import Database


def _sheet(path: Path) -> list[list[object]]:
    sheet = load_workbook(path, read_only=True).worksheets[0]
    return [list(row) for row in sheet.iter_rows(values_only=True)]


def test_an_own_field_goes_out_in_its_column_and_comes_back_into_it(
        database: Database, tmp_path: Path) -> None:
    region = custom_fields.add_field(database, record_kind="contact", label="Home region")
    assert region.id is not None
    kim = edits.save_record(database, kind="contact", name="Kim", values={
        "given_name": "Ji-hoon", "family_name": "Kim", "email": "kim@example.org",
        "custom_values": custom_fields.encode_values({region.id: "함경북도"})}).record_id

    full = run_export(database=database, request=ExportRequest(
        kind=ExportKind.contacts, target=tmp_path / "full.xlsx", profile="Full"))
    rows = _sheet(full.target)
    assert "Home region" in rows[0]
    assert rows[1][rows[0].index("Home region")] == "함경북도"
    # Private: the Partner list leaves it out.
    partner = run_export(database=database, request=ExportRequest(
        kind=ExportKind.contacts, target=tmp_path / "partner.xlsx"))
    assert "Home region" not in _sheet(partner.target)[0]
    chosen = run_export(database=database, request=ExportRequest(
        kind=ExportKind.contacts, target=tmp_path / "chosen.xlsx",
        columns=("family_name", f"custom_{region.id}")))
    header, row = _sheet(chosen.target)
    assert dict(zip(header, row, strict=True)) | {"ID": None} == {
        "ID": None, "Family name": "Kim", "Home region": "함경북도"}

    # The partner corrects the value; the workbook comes back into the same field.
    book = load_workbook(full.target)
    sheet = book.worksheets[0]
    header = [cell.value for cell in sheet[1]]
    sheet.cell(row=2, column=header.index("Home region") + 1, value="양강도")
    book.save(tmp_path / "corrected.xlsx")
    table = read_file(tmp_path / "corrected.xlsx")
    with database.session() as session:
        mapping = initial_mapping(session=session, table=table, kind=ImportKind.contacts)
    assert mapping[table.headers.index("Home region")] == f"custom_{region.id}"
    plan = run_to_end(prepare_import(database=database, table=table, kind=ImportKind.contacts,
                                     mapping=mapping))
    assert [row.action for row in plan.rows] == [Action.update]
    run_to_end(apply_import(database=database, plan=plan))

    def stored() -> dict[int, object]:
        with database.session() as session:
            contact = session.get(Contact, kim)
            assert contact is not None
            return custom_fields.read_values(contact.custom_values)

    assert stored() == {region.id: "양강도"}
    custom_fields.remove_field(database, field_id=region.id)
    assert stored() == {}
    undo.undo(database)
    assert stored() == {region.id: "양강도"}
