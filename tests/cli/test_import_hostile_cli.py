"""`coalitiondesk import` on small files that used to abort the process (SIGABRT, exit 134,
a Rust backtrace) or hang: one line on stderr, exit 1, the database unchanged."""

from __future__ import annotations

import io
import sqlite3
import subprocess
import sys
import zipfile
from contextlib import closing
from pathlib import Path

import openpyxl
import pytest

IMPORT = Path(__file__).resolve().parents[1] / "data" / "import"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    # The timeout only detects a hang: these files are refused within seconds.
    return subprocess.run([sys.executable, "-m", "coalitiondesk", *args],
                          capture_output=True, text=True, timeout=120)


def members(path: Path, sheet_xml_change: bytes) -> Path:
    """A two-row xlsx whose cell B2 is written as `sheet_xml_change` says."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Organisation", "Country"])
    sheet.append(["Kontras", "Indonesia"])
    plain = io.BytesIO()
    book.save(plain)
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(path, "w") as out:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b'<c r="B2"', sheet_xml_change)
            out.writestr(info.filename, data)
    return path


def aborting_xls(path: Path) -> Path:
    # One byte of the partner list's Workbook stream changed: calamine aborted on it.
    data = bytearray((IMPORT / "partner_members.xls").read_bytes())
    data[5389] = 0xCA
    path.write_bytes(bytes(data))
    return path


def organizations(db_file: Path) -> int:
    with closing(sqlite3.connect(db_file)) as connection:
        return int(connection.execute("SELECT count(*) FROM organization").fetchone()[0])


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    assert run("--db", str(path), "demo").returncode == 0
    return path


@pytest.mark.parametrize(("make", "said"), [
    (lambda folder: members(folder / "far.xlsx", b'<c r="XFD1048576"'), "XFD1048576"),
    (lambda folder: members(folder / "deep.xlsx", b'<c r="B99999999999"'), "99,999,999,999"),
    (lambda folder: members(folder / "wide.xlsx", b'<c r="ZZZZZZ2"'), "ZZZZZZ"),
    (lambda folder: aborting_xls(folder / "members.xls"), "damaged"),
], ids=["XFD1048576", "row 99999999999", "column ZZZZZZ", "mutated xls"])
def test_a_file_that_aborted_the_reader_is_one_line(demo: Path, tmp_path: Path,
                                                    make: object, said: str) -> None:
    before = organizations(demo)
    path = make(tmp_path)  # type: ignore[operator]

    result = run("--db", str(demo), "import", str(path), "--dry-run")

    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr and "panicked" not in result.stderr
    [line] = result.stderr.splitlines()
    assert line.startswith(f"coalitiondesk: {path.name} ") and said in line
    assert organizations(demo) == before
