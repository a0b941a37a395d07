"""Formula injection: no record value becomes a formula in a partner's spreadsheet."""

from __future__ import annotations

import zipfile
from datetime import datetime
from pathlib import Path

import pytest
from exporting_support import FORMULA_ELEMENT, csv_rows, payloads, sheet_xml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from coalitiondesk.core.exporting import ExportKind, ExportRequest, run_export
from coalitiondesk.core.exporting.about import About
from coalitiondesk.core.exporting.columns import Column, ValueType
from coalitiondesk.core.exporting.escaping import (
    cell_text,
    csv_text,
    csv_unescape,
    needs_text_cell,
    starts_like_formula,
    xlsx_text,
)
from coalitiondesk.core.exporting.redaction import LeftOut
from coalitiondesk.core.exporting.xlsx import XlsxWriter
from coalitiondesk.core.models import Contact, Organization
from coalitiondesk.core.storage.db import Database

PAYLOADS = payloads()


@pytest.fixture
def hostile(database: Database) -> Database:
    """Every payload as an organization's name and notes and a contact's position.

    Stored as they are, past the rules that tidy spaces, as another program or an
    older version could have left them: the export must be safe whatever is stored.
    """
    with database.transaction() as session:
        for number, payload in enumerate(PAYLOADS):
            session.add(Organization(name=f"{payload} {number}", notes=payload))
            session.add(Contact(given_name=f"Person {number}", position=payload,
                                phone=payload))
    return database


def test_the_payload_list_covers_every_trigger() -> None:
    firsts = {payload.lstrip(" ")[:1] for payload in PAYLOADS}
    assert {"=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠"} <= firsts
    assert len(PAYLOADS) >= 40


@pytest.mark.parametrize("kind", [ExportKind.organizations, ExportKind.contacts])
def test_no_payload_becomes_a_formula_in_the_workbook(
    hostile: Database, tmp_path: Path, kind: ExportKind
) -> None:
    target = tmp_path / f"{kind.value}.xlsx"
    run_export(database=hostile, request=ExportRequest(kind=kind, target=target,
                                                       profile="Full"))
    xml = sheet_xml(target)
    assert FORMULA_ELEMENT.search(xml) is None
    assert 't="e"' not in xml  # nor an error value

    sheet = load_workbook(target).worksheets[0]
    headers = [cell.value for cell in sheet[1]]
    column = headers.index("Notes" if kind is ExportKind.organizations else "Position")
    cells = [row[column] for row in sheet.iter_rows(min_row=2)]
    values = [cell.value for cell in cells]
    # Exactly the stored text, every one a string cell.
    assert sorted(values) == sorted(xlsx_text(payload) for payload in PAYLOADS)
    assert {cell.data_type for cell in cells} == {"s"}
    # What a spreadsheet would read as a formula keeps a quote prefix, so
    # that it stays text when the partner edits the cell too.
    for cell in cells:
        if str(cell.value).startswith("="):
            assert cell.quotePrefix, cell.value


def test_payloads_get_owasp_escaping_in_csv(hostile: Database, tmp_path: Path) -> None:
    target = tmp_path / "organizations.csv"
    run_export(database=hostile, request=ExportRequest(
        kind=ExportKind.organizations, target=target, profile="Full"))
    rows = csv_rows(target)
    notes = [row[rows[0].index("Notes")] for row in rows[1:]]
    assert sorted(notes) == sorted(csv_text(payload) for payload in PAYLOADS)
    for note in notes:
        assert not starts_like_formula(note)
    escaped = [note for note in notes if note.startswith("'")]
    assert len(escaped) == sum(1 for payload in PAYLOADS if starts_like_formula(payload))
    # Every text field is quoted, as OWASP advises, so separators inside stay inside.
    raw = target.read_text(encoding="utf-8-sig")
    assert '"a,=1+1"' in raw


def test_escaping_rules() -> None:
    assert starts_like_formula("=1+1") and starts_like_formula("  @x")
    assert starts_like_formula("\t=1") and starts_like_formula("＝1")
    assert not starts_like_formula("Amnesty") and not starts_like_formula("")
    assert not starts_like_formula("DDE(\"cmd\")")
    assert csv_text("+82 2 1234 5678") == "'+82 2 1234 5678"
    assert csv_text("Seoul") == "Seoul"
    assert csv_text("'=1") == "''=1" and csv_unescape("''=1") == "'=1"
    assert csv_text("'quoted'") == "'quoted'" and csv_unescape("'quoted'") == "'quoted'"
    assert needs_text_cell("#N/A") and not needs_text_cell("#hashtag")
    assert cell_text("a\x00b\x1fc\td\ne") == "abc\td\ne"
    long = cell_text("x" * 40_000)
    assert len(long) == 32_767 and long.endswith("holds]")


@given(st.text(min_size=1, max_size=60) | st.from_regex(r"\A'+ *[=+@-].*", fullmatch=True))
def test_csv_escaping_never_leaves_a_formula_and_can_be_undone(text: str) -> None:
    escaped = csv_text(cell_text(text))
    assert not starts_like_formula(escaped)
    assert escaped in (cell_text(text), "'" + cell_text(text))
    assert csv_unescape(escaped) == cell_text(text)


_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=40)


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.lists(_TEXT, min_size=1, max_size=20).map(lambda texts: [*texts, "\x00", "\r\n=1"]))
def test_any_text_comes_back_from_the_workbook_as_text(tmp_path: Path, texts: list[str]) -> None:
    target = tmp_path / "any.xlsx"
    columns = (Column("id", "ID", ValueType.code), Column("text", "Text"))
    writer = XlsxWriter(target, columns, sheet_title="Any")
    for number, text in enumerate(texts):
        writer.write([str(number), text])
    writer.close(About(
        what="texts", profile="test", columns=columns, scope="all", rows=len(texts),
        left_out=LeftOut(), included=LeftOut(), include_restricted=False,
        private_included=(), private_left_out=(), exported_at=datetime(2020, 1, 1),
    ))
    with zipfile.ZipFile(target) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml").decode()
    assert FORMULA_ELEMENT.search(xml) is None
    sheet = load_workbook(target).worksheets[0]
    cells = [row[1] for row in sheet.iter_rows(min_row=2)]
    for cell, text in zip(cells, texts, strict=True):
        assert cell.value == (xlsx_text(text) or None)
        assert cell.data_type == "s" or cell.value is None
