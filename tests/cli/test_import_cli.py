"""`coalitiondesk import` and `undo-import`, run as a user runs them, on real files."""

from __future__ import annotations

import csv
import hashlib
import importlib.util
import os
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import openpyxl
import pytest

DATA = Path(__file__).resolve().parents[1] / "data"
IMPORT = DATA / "import"
DEMO_LETTER = "Letter to Kim Jong-il"

_spec = importlib.util.spec_from_file_location(
    "hostile_files", Path(__file__).resolve().parents[1] / "core" / "importing" /
    "hostile_files.py")
assert _spec is not None and _spec.loader is not None
hostile = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(hostile)


def command(*args: str) -> list[str]:
    return [sys.executable, "-m", "coalitiondesk", *args]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    # The timeout only guards against a hang: hostile files must be refused within seconds.
    return subprocess.run(command(*args), capture_output=True, text=True, timeout=120)


def count(db_file: Path, table: str) -> int:
    # closing(): sqlite3's own context manager commits but leaves the connection open.
    with closing(sqlite3.connect(db_file)) as connection:
        return int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def copy(name: str, folder: Path) -> Path:
    target = folder / name
    target.write_bytes((IMPORT / name).read_bytes())
    return target


def test_seed_list_into_the_demo_matches_everything(demo_db: Path, tmp_path: Path) -> None:
    pasted = copy("seed_signatories_pasted.txt", tmp_path)
    organizations = count(demo_db, "organization")
    result = run("--db", str(demo_db), "import", str(pasted), "--letter", DEMO_LETTER)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        f"created 0, updated 0, unchanged 32, skipped 0, errors 0; letter '{DEMO_LETTER}': "
        "0 signatories added"]
    assert result.stderr == ""
    assert count(demo_db, "organization") == organizations
    assert count(demo_db, "signature") == 32


def test_rows_with_errors_go_to_a_report_beside_the_file(demo_db: Path, tmp_path: Path) -> None:
    source = copy("organizations_utf8_bom.csv", tmp_path)
    result = run("--db", str(demo_db), "import", str(source))
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        "created 3, updated 1, unchanged 1, skipped 0, errors 3",
        "  row 7: missing name", "  row 8: invalid email: not-an-address",
        "  row 9: unknown country: Atlantis"]
    report = tmp_path / "organizations_utf8_bom - import errors.xlsx"
    assert result.stderr.splitlines() == [
        f"coalitiondesk: 3 rows not imported; see {report}",
        "coalitiondesk: the rest was written all the same: created 3, updated 1, unchanged 1, "
        "skipped 0, errors 3"]
    sheet = openpyxl.load_workbook(report).active
    assert sheet is not None
    assert [row[1] for row in sheet.iter_rows(min_row=2, values_only=True)] == [
        "missing name", "invalid email: not-an-address", "unknown country: Atlantis"]

    again = run("--db", str(demo_db), "import", str(source))
    assert again.stdout.splitlines()[0] == "created 0, updated 0, unchanged 5, skipped 0, errors 3"


def test_dry_run_changes_nothing(demo_db: Path, tmp_path: Path) -> None:
    source = copy("organizations_utf8.csv", tmp_path)
    before = digest(demo_db)
    organizations = count(demo_db, "organization")
    result = run("--db", str(demo_db), "import", str(source), "--dry-run", "--letter", "New")
    assert result.stdout.splitlines()[0] == (
        "created 3, updated 1, unchanged 1, skipped 0, errors 3 (dry run: nothing was changed)")
    assert "  row 8: invalid email: not-an-address" in result.stdout
    assert result.returncode == 1
    assert digest(demo_db) == before
    assert count(demo_db, "organization") == organizations
    assert count(demo_db, "letter") == 1
    assert sorted(path.name for path in tmp_path.iterdir()) == [
        "coalition.sqlite3", "organizations_utf8.csv"]


def test_contacts_workbook_sheet_and_undo(demo_db: Path, tmp_path: Path) -> None:
    source = copy("contacts_cp949.csv", tmp_path)
    contacts = count(demo_db, "contact")
    result = run("--db", str(demo_db), "import", str(source), "--kind", "contacts",
                 "--letter", "Korean mailing")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ("created 2, updated 1, unchanged 0, skipped 0, errors 0; "
                                     "letter 'Korean mailing' (new letter): 3 recipients added")
    assert count(demo_db, "contact") == contacts + 2
    listed = run("--db", str(demo_db), "undo-import", "--list")
    assert "contacts\t3 rows\tcontacts_cp949.csv" in listed.stdout
    undone = run("--db", str(demo_db), "undo-import")
    assert undone.returncode == 0, undone.stderr
    assert undone.stdout.startswith("Undid import 1: removed ")
    assert count(demo_db, "contact") == contacts
    assert count(demo_db, "letter") == 1
    nothing = run("--db", str(demo_db), "undo-import")
    assert nothing.returncode == 1
    assert nothing.stderr.strip() == "coalitiondesk: There is no import to undo"


def test_a_sheet_chosen_by_name(demo_db: Path) -> None:
    result = run("--db", str(demo_db), "import", str(IMPORT / "partner_members.xlsx"),
                 "--sheet", "Old list", "--dry-run")
    assert result.stdout.startswith("created 1, updated 0, unchanged 0")
    missing = run("--db", str(demo_db), "import", str(IMPORT / "partner_members.xlsx"),
                  "--sheet", "Donors")
    assert missing.returncode == 1
    assert missing.stderr.strip() == ("coalitiondesk: partner_members.xlsx has no sheet named "
                                      "'Donors' (it has 'Members 2011', 'Old list')")


@pytest.mark.parametrize("make", [
    lambda folder: hostile.make_zip_bomb(folder / "bomb.xlsx"),
    lambda folder: hostile.make_lying_zip_bomb(folder / "liar.xlsx"),
    lambda folder: hostile.make_binary_garbage(folder / "garbage.csv"),
    lambda folder: folder.joinpath("truncated.xlsx").write_bytes(
        (IMPORT / "truncated.xlsx").read_bytes()) and folder / "truncated.xlsx",
    lambda folder: folder.joinpath("empty.csv").write_bytes(b"") or folder / "empty.csv",
], ids=["zip-bomb", "lying-zip-bomb", "binary-garbage", "truncated", "empty"])
def test_hostile_files_are_refused_in_one_line_changing_nothing(demo_db: Path, tmp_path: Path,
                                                                make) -> None:  # type: ignore[no-untyped-def]
    path = make(tmp_path)
    before = digest(demo_db)
    result = run("--db", str(demo_db), "import", str(path))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert result.stderr.startswith(f"coalitiondesk: {path.name} ")
    assert result.stdout == ""
    assert digest(demo_db) == before


def _big_csv(path: Path, rows: int) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Organisation", "Country", "E-mail", "Tags"])
        for number in range(rows):
            writer.writerow([f"Generated Group {number}", ["Japan", "ROK", "USA", ""][number % 4],
                             f"office{number}@example.org", "generated"])
    return path


@pytest.mark.slow
def test_killing_an_import_leaves_all_or_nothing(demo_db: Path, tmp_path: Path) -> None:
    source = _big_csv(tmp_path / "big.csv", 5_000)
    before = count(demo_db, "organization")
    # How long a whole import takes here, to kill the others at points across it.
    timing_db = tmp_path / "timing.sqlite3"
    timing_db.write_bytes(demo_db.read_bytes())
    started = time.monotonic()
    assert run("--db", str(timing_db), "import", str(source)).returncode == 0
    duration = time.monotonic() - started
    killed_while_running = 0
    for fraction in (0.5, 0.75, 0.95):
        process = subprocess.Popen(command("--db", str(demo_db), "import", str(source)),
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(duration * fraction)
        if process.poll() is None:
            os.kill(process.pid, signal.SIGKILL)
            killed_while_running += 1
        process.wait(timeout=60)
        organizations = count(demo_db, "organization")
        batches = count(demo_db, "import_batch")
        assert (organizations, batches) in {(before, 0), (before + 5_000, 1)}
        if batches:
            break
    assert killed_while_running >= 1
    check = run("--db", str(demo_db), "check")
    assert check.returncode == 0, check.stdout
