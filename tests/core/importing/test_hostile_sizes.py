"""Tiny or plain files that cost far more than they look: each is answered, or refused with
one sentence, in seconds; never a hang, an abort of the process or gigabytes of memory.

The files are made here. Time limits are hang detectors (the work takes seconds at most),
not benchmarks.
"""

from __future__ import annotations

import io
import multiprocessing
import random
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest

from coalitiondesk.core.importing import (
    ImportKind,
    initial_mapping,
    prepare_import,
    read_file,
    run_to_end,
)
from coalitiondesk.core.importing.dedupe import MatchKind
from coalitiondesk.core.importing.readers import MAX_ROWS, UnreadableFile
from coalitiondesk.core.records.organizations import create_organization
from coalitiondesk.core.storage.db import Database

HANG = 20.0


def workbook(path: Path, change: Callable[[bytes], bytes]) -> Path:
    """A two-row member list whose sheet XML is passed through `change`."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Members"
    sheet.append(["Organisation", "Country"])
    sheet.append(["Kontras", "Indonesia"])
    plain = io.BytesIO()
    book.save(plain)
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(path, "w",
                                                            zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = change(data)
            out.writestr(info.filename, data)
    return path


def quickly(action: Callable[[], object]) -> object:
    started = time.monotonic()
    result = action()
    assert time.monotonic() - started < HANG
    return result


def refusal(path: Path) -> str:
    started = time.monotonic()
    with pytest.raises(UnreadableFile) as refused:
        read_file(path)
    assert time.monotonic() - started < HANG
    message = str(refused.value)
    assert "\n" not in message and message.startswith(path.name)
    return message


# --- cells beyond the sheet: calamine would allocate them all, and abort -----------


@pytest.mark.parametrize(("ref", "said"), [
    ("XFD1048576", "XFD1048576"),
    ("B99999999999", "row 99,999,999,999"),
    ("ZZZZZZ2", "column ZZZZZZ"),
    ("xfd1048576", "XFD1048576"),
    ("A5000000", "row 5,000,000"),
])
def test_a_cell_far_beyond_the_data_is_refused_with_its_place(tmp_path: Path, ref: str,
                                                              said: str) -> None:
    path = workbook(tmp_path / "members.xlsx",
                    lambda xml: xml.replace(b'<c r="B2"', f'<c r="{ref}"'.encode()))
    assert said in refusal(path)


@pytest.mark.parametrize("cell", [b"<c r='XFD1048576'", b'<c r = "XFD1048576"'])
def test_a_far_cell_in_other_attribute_spellings_is_refused(tmp_path: Path, cell: bytes
                                                            ) -> None:
    path = workbook(tmp_path / "members.xlsx", lambda xml: xml.replace(b'<c r="B2"', cell))
    assert "XFD1048576" in refusal(path)


def test_a_crash_of_the_reader_leaves_the_application_running(tmp_path: Path) -> None:
    # 20,000 cells without references in row 99,999: nothing in the XML reaches far, but
    # calamine places them in columns up to 20,000 and aborts allocating 2 billion cells.
    wide = b'<row r="99999">' + b"<c><v>1</v></c>" * 20_000 + b"</row>"
    path = workbook(tmp_path / "members.xlsx",
                    lambda xml: xml.replace(b"</sheetData>", wide + b"</sheetData>"))
    good = workbook(tmp_path / "good.xlsx", lambda xml: xml)
    assert [row.cells for row in read_file(good).rows] == [["Kontras", "Indonesia"]]
    [before] = readers_running()

    assert "damaged" in refusal(path)

    assert [row.cells for row in read_file(good).rows] == [["Kontras", "Indonesia"]]
    [after] = readers_running()
    assert after != before, "the reader process did not crash: this test tests nothing"


def readers_running() -> list[int | None]:
    return [child.pid for child in multiprocessing.active_children()
            if child.name == "calamine"]


def test_a_row_number_beyond_any_sheet_is_refused(tmp_path: Path) -> None:
    # Cells without references take their row from the row element.
    def change(xml: bytes) -> bytes:
        for ref in (b"A1", b"B1", b"A2", b"B2"):
            xml = xml.replace(b' r="' + ref + b'"', b"")
        return xml.replace(b'<row r="2"', b'<row r="99999999999"')

    assert "row 99,999,999,999" in refusal(workbook(tmp_path / "members.xlsx", change))


def test_a_lying_dimension_alone_is_harmless(tmp_path: Path) -> None:
    path = workbook(tmp_path / "members.xlsx", lambda xml: xml.replace(
        b'<dimension ref="A1:B2"', b'<dimension ref="A1:XFD1048576"'))
    assert [row.cells for row in read_file(path).rows] == [["Kontras", "Indonesia"]]


# --- hangs ---------------------------------------------------------------------------


def test_formula_tags_after_the_sheet_data_are_read_in_linear_time(tmp_path: Path) -> None:
    path = workbook(tmp_path / "members.xlsx", lambda xml: xml.replace(
        b"</sheetData>", b"</sheetData>" + b"<f/>" * 400_000))
    table = quickly(lambda: read_file(path))
    assert [row.cells for row in table.rows] == [["Kontras", "Indonesia"]]  # type: ignore[attr-defined]


def test_thirty_thousand_merges_of_the_whole_sheet(tmp_path: Path) -> None:
    merges = (b'<mergeCells count="30000">' + b'<mergeCell ref="A1:XFD1048576"/>' * 30_000
              + b"</mergeCells>")
    path = workbook(tmp_path / "members.xlsx",
                    lambda xml: xml.replace(b"</sheetData>", b"</sheetData>" + merges))
    table = quickly(lambda: read_file(path))
    assert table.headers == ["Organisation", "Country"]  # type: ignore[attr-defined]


def test_overlapping_merges_are_damage(tmp_path: Path) -> None:
    merges = b"".join(f'<mergeCell ref="A{row}:XFD1048576"/>'.encode() for row in range(1, 3))
    path = workbook(tmp_path / "members.xlsx", lambda xml: xml.replace(
        b"</sheetData>", b"</sheetData><mergeCells>" + merges + b"</mergeCells>"))
    assert "merged cells that overlap" in refusal(path)


def test_a_million_row_csv_is_refused_with_its_size(tmp_path: Path) -> None:
    path = tmp_path / "members.csv"
    with path.open("w", encoding="utf-8") as handle:
        handle.write("Organisation,Country,City\n")
        handle.writelines(f"Organisation {n},Japan,Tokyo\n" for n in range(1_000_000))
    message = refusal(path)
    assert "1,000,001 rows" in message and f"{MAX_ROWS:,}" in message


def test_a_csv_at_the_row_limit_is_read(tmp_path: Path) -> None:
    path = tmp_path / "members.csv"
    with path.open("w", encoding="utf-8") as handle:
        handle.write("Organisation,Country\n")
        handle.writelines(f"Organisation {n},Japan\n" for n in range(MAX_ROWS - 1))
    assert len(quickly(lambda: read_file(path)).rows) == MAX_ROWS - 1  # type: ignore[attr-defined]


def long_name(generator: random.Random) -> str:
    return " ".join("".join(generator.choices("abcdefghij", k=9)) for _ in range(2_000))


def test_very_long_names_are_matched_in_seconds(database: Database, tmp_path: Path) -> None:
    generator = random.Random(13)
    stored = [long_name(generator) for _ in range(150)]
    with database.transaction() as session:
        for name in stored:
            create_organization(session=session, name=name)
    path = tmp_path / "long.csv"
    incoming = [long_name(generator) for _ in range(149)] + [stored[0][:-1] + "x"]
    path.write_text("Organisation\n" + "\n".join(incoming) + "\n", encoding="utf-8")
    table = read_file(path)
    with database.session() as session:
        mapping = initial_mapping(session=session, table=table, kind=ImportKind.organizations)

    plan = quickly(lambda: run_to_end(prepare_import(
        database=database, table=table, kind=ImportKind.organizations, mapping=mapping)))

    rows = plan.rows  # type: ignore[attr-defined]
    assert len(rows) == 150
    # A near copy of a stored name is still found as a possible duplicate.
    assert rows[-1].match.kind is MatchKind.possible
