"""The command line against what an adversarial run tried (issue 19): columns mostly
wrong, two imports at once, names too long for the file system, IDs too large for
SQLite, a read-only database, full disks, unwritable folders. Each ends in one line
on stderr and a non-zero exit, never a traceback, and changes nothing it should not."""

from __future__ import annotations

import csv
import hashlib
import os
import shutil
import sqlite3
import struct
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import openpyxl
import pytest

DATA = Path(__file__).resolve().parents[1] / "data"
DEMO_LETTER = "Letter to Kim Jong-il"


def command(*args: str) -> list[str]:
    return [sys.executable, "-m", "coalitiondesk", *args]


def run(*args: str, timeout: float = 120, env: dict[str, str] | None = None,
        preexec_fn: Callable[[], Any] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command(*args), capture_output=True, text=True, timeout=timeout,
                          env=None if env is None else dict(os.environ, **env),
                          preexec_fn=preexec_fn)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def count(db_file: Path, table: str, where: str = "") -> int:
    with closing(sqlite3.connect(db_file)) as connection:
        return int(connection.execute(f"SELECT count(*) FROM {table} {where}").fetchone()[0])


def repeated(db_file: Path, table: str, columns: str) -> int:
    """How many values of `columns` more than one row of `table` holds."""
    with closing(sqlite3.connect(db_file)) as connection:
        return int(connection.execute(
            f"SELECT count(*) FROM (SELECT {columns} FROM {table} GROUP BY {columns}"
            " HAVING count(*) > 1)").fetchone()[0])


def report_line(result: subprocess.CompletedProcess[str]) -> str:
    """After an import that left rows out: the line about their report, among the import's
    own lines (what was left out, what was written all the same); no traceback."""
    assert result.returncode == 1, result.stdout
    assert "Traceback" not in result.stderr, result.stderr
    lines = result.stderr.splitlines()
    assert all(line.startswith("coalitiondesk: ") for line in lines), result.stderr
    [line] = [line for line in lines if "report" in line]
    return line


def one_line(result: subprocess.CompletedProcess[str]) -> str:
    """The refusal: one line on stderr, no traceback, a non-zero exit."""
    assert result.returncode != 0, result.stdout
    assert "Traceback" not in result.stderr, result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("coalitiondesk: "), result.stderr
    return lines[0]


# --- item 8: a mostly invalid column -------------------------------------------------


def test_a_mostly_invalid_column_is_imported_and_its_bad_rows_rejected(
        demo_db: Path, tmp_path: Path) -> None:
    source = tmp_path / "partners.csv"
    source.write_text("Name,Email\nGood Group,office@good.example\nBad One,not an address\n"
                      "Bad Two,n/a at all\nBad Three,ask Kim\n", encoding="utf-8")
    result = run("--db", str(demo_db), "import", str(source))
    assert result.returncode == 1, result.stderr
    assert result.stdout.startswith("created 1, updated 0, unchanged 0, skipped 0, errors 3")
    assert count(demo_db, "organization", "WHERE email = 'office@good.example'") == 1
    assert count(demo_db, "organization", "WHERE name LIKE 'Bad %'") == 0
    assert "3 rows not imported" in result.stderr


# --- item 7: two imports of the same file at once -----------------------------------

# An import as the command line and the window run it (read, plan, apply), told when
# to apply: both plans are made before either import writes, as when two windows (or
# a window and a script) import the same partner's file at the same moment.
RACER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from coalitiondesk.core.storage.db import open_database
    from coalitiondesk.core.importing import (
        ImportKind, apply_import, initial_mapping, prepare_import, read_file, run_to_end)
    database = open_database(sys.argv[1])
    kind = ImportKind(sys.argv[3])
    table = read_file(Path(sys.argv[2]))
    with database.session() as session:
        mapping = initial_mapping(session=session, table=table, kind=kind)
    plan = run_to_end(prepare_import(database=database, table=table, kind=kind,
                                     mapping=mapping))
    print("planned", flush=True)
    sys.stdin.readline()
    result = run_to_end(apply_import(database=database, plan=plan))
    database.close()
    print(result.summary, flush=True)
""")


def import_twice_at_once(db_file: Path, source: Path, kind: str) -> list[str]:
    racers = [subprocess.Popen([sys.executable, "-c", RACER, str(db_file), str(source), kind],
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True) for _ in range(2)]
    try:
        for racer in racers:
            assert racer.stdout is not None and racer.stdin is not None
            assert racer.stdout.readline().strip() == "planned", racer.communicate()[1]
        for racer in racers:
            assert racer.stdin is not None
            racer.stdin.write("go\n")
            racer.stdin.flush()
        outputs = [racer.communicate(timeout=120) for racer in racers]
    finally:
        for racer in racers:
            if racer.poll() is None:
                racer.kill()
    for racer, (_, errors) in zip(racers, outputs, strict=True):
        assert racer.returncode == 0, errors
    return sorted(output.strip() for output, _ in outputs)


def test_two_imports_of_the_same_file_at_once_store_each_organization_once(
        demo_db: Path, tmp_path: Path) -> None:
    source = tmp_path / "members.csv"
    with source.open("w", newline="", encoding="utf-8") as file:
        rows = csv.writer(file)
        rows.writerow(["Name", "Country", "Email"])
        for number in range(200):
            rows.writerow([f"Partner organization {number}", "KR",
                           f"office{number}@partner.example"])
    before = count(demo_db, "organization")
    summaries = import_twice_at_once(demo_db, source, "organizations")
    assert summaries == ["created 0, updated 0, unchanged 200, skipped 0, errors 0",
                         "created 200, updated 0, unchanged 0, skipped 0, errors 0"]
    assert count(demo_db, "organization") == before + 200
    assert repeated(demo_db, "organization", "name") == 0
    # Later imports of those names are matched, not skipped as ambiguous.
    again = run("--db", str(demo_db), "import", str(source))
    assert again.returncode == 0, again.stderr
    assert again.stdout.startswith("created 0, updated 0, unchanged 200, skipped 0, errors 0")


def test_two_contact_imports_at_once_store_each_person_and_organization_once(
        demo_db: Path, tmp_path: Path) -> None:
    source = tmp_path / "people.csv"
    with source.open("w", newline="", encoding="utf-8") as file:
        rows = csv.writer(file)
        rows.writerow(["First name", "Surname", "Email", "Organisation"])
        for number in range(200):
            rows.writerow([f"Given{number}", f"Family{number}",
                           f"person{number}@partner.example", f"New network {number % 20}"])
    people, organizations = count(demo_db, "contact"), count(demo_db, "organization")
    summaries = import_twice_at_once(demo_db, source, "contacts")
    assert summaries == ["created 0, updated 0, unchanged 200, skipped 0, errors 0",
                         "created 200, updated 0, unchanged 0, skipped 0, errors 0"]
    assert count(demo_db, "contact") == people + 200
    assert count(demo_db, "organization") == organizations + 20
    assert count(demo_db, "contact", "WHERE email LIKE '%@partner.example'") == 200
    assert repeated(demo_db, "contact", "given_name, family_name") == 0
    assert repeated(demo_db, "organization", "name") == 0
    assert count(demo_db, "affiliation", "WHERE contact_id IN (SELECT id FROM contact"
                 " WHERE email LIKE '%@partner.example')") == 200


# --- item 15: names too long, IDs too large, zip versions, read-only databases ----------

LONG = "a" * 300  # bytes too: file systems take names of at most 255


def exports_recorded(db_file: Path) -> int:
    return count(db_file, "activity", "WHERE kind = 'export'")


@pytest.mark.parametrize("arguments", [
    ("export", "{folder}/{long}.xlsx"),
    ("export", "{folder}/{long}.csv"),
    ("report", "members-by-country", "--out", "{folder}/{long}.xlsx"),
    ("report", "members-by-country", "--out", "{folder}/{long}.pdf"),
    ("backup", "--to", "{folder}/{long}.sqlite3"),
    ("restore", "{folder}/{long}.sqlite3"),
    ("merge", DEMO_LETTER, "--include-incomplete", "--out", "{folder}/{long}.pdf"),
    ("export", "{folder}/{long}/partners.xlsx"),
], ids=lambda arguments: " ".join(arguments[:2]).replace("{folder}/{long}", "LONG"))
def test_a_name_too_long_for_the_file_system_is_one_line(
        demo_db: Path, tmp_path: Path, arguments: tuple[str, ...]) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    before = digest(demo_db)
    result = run("--db", str(demo_db), *(argument.format(folder=folder, long=LONG)
                                         for argument in arguments))
    line = one_line(result)
    assert "bytes long" in line and "at most 255 bytes" in line
    assert LONG not in line  # named, not quoted whole
    assert list(folder.iterdir()) == []
    assert digest(demo_db) == before


def test_names_close_to_the_limit_are_written_with_their_temporary_files(
        demo_db: Path, tmp_path: Path) -> None:
    # ".NAME.1a2b3c4d.tmp" and ".NAME.PID.partial-journal" beside a 250-byte name would
    # pass the limit: those are cut shorter instead.
    name = "b" * 245
    export = run("--db", str(demo_db), "export", str(tmp_path / f"{name}.xlsx"))
    assert export.returncode == 0, export.stderr
    backup = run("--db", str(demo_db), "backup", "--to", str(tmp_path / f"{name}.db"))
    assert backup.returncode == 0, backup.stderr
    assert sorted(path.name for path in tmp_path.iterdir() if name in path.name) == [
        f"{name}.db", f"{name}.xlsx"]
    source = tmp_path / f"{'c' * 250}.csv"
    source.write_text("Name,Email\nGood Group,office@good.example\nBad,not an address\n"
                      "Good Two,two@good.example\n", encoding="utf-8")
    imported = run("--db", str(demo_db), "import", str(source))
    assert imported.returncode == 1, imported.stderr
    reports = [path for path in tmp_path.iterdir() if path.name.endswith(" - import errors.xlsx")]
    assert len(reports) == 1 and len(os.fsencode(reports[0].name)) <= 255


@pytest.mark.parametrize("batch", ["99999999999999999999", "-99999999999999999999",
                                   str(2**63)])
def test_undo_import_of_an_id_beyond_sqlite_integers_is_one_line(
        demo_db: Path, batch: str) -> None:
    before = digest(demo_db)
    line = one_line(run("--db", str(demo_db), "undo-import", "--", batch))
    assert f"No import with id {batch}" in line
    assert digest(demo_db) == before


def test_a_zip_part_needing_zip_version_24_6_is_one_line(demo_db: Path, tmp_path: Path) -> None:
    data = bytearray((DATA / "import" / "partner_members.xlsx").read_bytes())
    # "Version needed to extract" 246 (24.6) in every local header and central entry.
    for signature, offset in ((b"PK\x03\x04", 4), (b"PK\x01\x02", 6)):
        at = data.find(signature)
        while at >= 0:
            data[at + offset:at + offset + 2] = struct.pack("<H", 246)
            at = data.find(signature, at + 4)
    source = tmp_path / "members.xlsx"
    source.write_bytes(bytes(data))
    organizations = count(demo_db, "organization")
    line = one_line(run("--db", str(demo_db), "import", str(source)))
    assert "members.xlsx" in line
    assert count(demo_db, "organization") == organizations


@contextmanager
def read_only(path: Path) -> Iterator[None]:
    """A file no one may change, or a folder that takes no new files: without write
    permission, or, for root (whom permissions do not stop), immutable (chattr +i)."""
    if sys.platform == "win32":
        pytest.skip("POSIX permissions")
    if os.geteuid() != 0:
        mode = path.stat().st_mode
        path.chmod(0o555 if path.is_dir() else 0o444)
        try:
            yield
        finally:
            path.chmod(mode)
        return
    if shutil.which("chattr") is None or subprocess.run(
            ["chattr", "+i", str(path)], capture_output=True).returncode != 0:
        pytest.skip("no way to make a file read-only for root here (chattr +i)")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=True)


def test_a_read_only_database_is_refused_by_import_and_export(
        demo_db: Path, tmp_path: Path) -> None:
    source = tmp_path / "partners.csv"
    source.write_text("Name\nBrand New Group\n", encoding="utf-8")
    target = tmp_path / "partners.xlsx"
    before = digest(demo_db)
    with read_only(demo_db):
        for arguments in (("import", str(source)), ("export", str(target))):
            line = one_line(run("--db", str(demo_db), *arguments))
            assert "read-only" in line and "nothing was changed" in line
    assert digest(demo_db) == before
    assert not target.exists()


# --- item 15: full disks -------------------------------------------------------------


@dataclass
class SmallDisk:
    """A folder where writing stops after a few kilobytes: a small tmpfs (as root, where
    one can be mounted), else a file-size limit on the command's process."""

    folder: Path
    preexec_fn: Callable[[], Any] | None = None

    @property
    def full_says(self) -> str:
        return "the disk is full" if self.preexec_fn is None else ""

    def run(self, *args: str, env: dict[str, str] | None = None
            ) -> subprocess.CompletedProcess[str]:
        return run(*args, env=env, preexec_fn=self.preexec_fn)


@contextmanager
def small_disk(folder: Path, *, free_kb: int, holding: Path | None = None,
               folders: tuple[str, ...] = ()) -> Iterator[SmallDisk]:
    """`folder` with about `free_kb` KB left after `holding` (a file copied into it) and
    `folders` (made in it)."""
    folder.mkdir()
    size_kb = free_kb + 64 + (holding.stat().st_size // 1024 if holding else 0)
    mounted = os.geteuid() == 0 and shutil.which("mount") is not None and subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size_kb}k,mode=0755", "tmpfs", str(folder)],
        capture_output=True).returncode == 0
    if mounted:
        try:
            if holding is not None:
                shutil.copyfile(holding, folder / holding.name)
            for name in folders:
                (folder / name).mkdir()
            free = shutil.disk_usage(folder).free
            filler = max(0, free - free_kb * 1024)
            (folder / "filler").write_bytes(b"\0" * filler)
            yield SmallDisk(folder)
        finally:
            subprocess.run(["umount", "-l", str(folder)], check=True)
        return
    try:
        import resource
    except ImportError:
        pytest.skip("neither a tmpfs nor a file-size limit is available here")
    limit = (holding.stat().st_size if holding else 0) + free_kb * 1024
    if holding is not None:
        shutil.copyfile(holding, folder / holding.name)
    for name in folders:
        (folder / name).mkdir()

    def limited() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    yield SmallDisk(folder, preexec_fn=limited)


def test_a_full_disk_during_an_import_changes_nothing(demo_db: Path, tmp_path: Path) -> None:
    source = tmp_path / "many.csv"
    with source.open("w", newline="", encoding="utf-8") as file:
        rows = csv.writer(file)
        rows.writerow(["Name", "Country", "Notes"])
        for number in range(3000):
            rows.writerow([f"Organization {number}", "KR", "n" * 300])
    with small_disk(tmp_path / "disk", free_kb=200, holding=demo_db) as disk:
        database = disk.folder / demo_db.name
        organizations = count(database, "organization")
        line = one_line(disk.run("--db", str(database), "import", str(source)))
        assert "Cannot write to" in line and "nothing was changed" in line
        assert disk.full_says in line
        assert count(database, "organization") == organizations
        assert run("--db", str(database), "check").returncode == 0


@pytest.mark.parametrize("arguments", [
    ("export", "{folder}/partners.xlsx"),
    ("export", "{folder}/partners.csv"),
    ("merge", DEMO_LETTER, "--include-incomplete", "--out", "{folder}/letters.pdf"),
    ("merge", DEMO_LETTER, "--include-incomplete", "--out", "{folder}/letters",
     "--one-file-per-recipient"),
    ("merge", DEMO_LETTER, "--include-incomplete", "--out", "{folder}/labels.pdf",
     "--labels", "L7160"),
    ("report", "members-by-country", "--out", "{folder}/members.pdf"),
], ids=lambda arguments: " ".join(arguments[:1] + arguments[-2:]).split("}/")[-1])
def test_a_full_disk_while_writing_a_file_is_one_line_and_leaves_nothing(
        demo_db: Path, tmp_path: Path, arguments: tuple[str, ...]) -> None:
    with small_disk(tmp_path / "disk", free_kb=2) as disk:
        exports = exports_recorded(demo_db)
        before = set(disk.folder.iterdir())
        result = disk.run("--db", str(demo_db),
                          *(argument.format(folder=disk.folder) for argument in arguments))
        line = one_line(result)
        assert "Could not write" in line and disk.full_says in line
        assert "printer" not in line
        left = set(disk.folder.iterdir()) - before
        # A folder for the letters may be made; no file, whole or partial, is left.
        assert all(path.is_dir() and not any(path.iterdir()) for path in left), left
        assert exports_recorded(demo_db) == exports


# --- item 15: the error report after the import -----------------------------------------


def workbook_with_control_characters(path: Path) -> Path:
    """An xlsx whose rejected rows hold control characters (written as _x0001_ escapes,
    which readers turn back into the characters)."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Name", "Country", "Notes"])
    sheet.append(["Good Group", "KR", "fine"])
    sheet.append(["Bad BELL Group", "NarBELLnia", "aVTbUSc"])
    sheet.append(["Bad NUL Group", "AtlantisESC", "x"])
    book.save(path)
    data = {}
    with closing(__import__("zipfile").ZipFile(path)) as archive:
        for info in archive.infolist():
            data[info] = archive.read(info)
    import zipfile

    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for info, part in data.items():
            for text, escape in ((b"BELL", b"_x0007_"), (b"VT", b"_x000B_"),
                                 (b"US", b"_x001F_"), (b"NUL", b"_x0001_"),
                                 (b"ESC", b"_x001B_")):
                part = part.replace(text, escape)
            archive.writestr(info, part)
    return path


def test_control_characters_in_rejected_rows_reach_the_report(
        demo_db: Path, tmp_path: Path) -> None:
    source = workbook_with_control_characters(tmp_path / "members.xlsx")
    result = run("--db", str(demo_db), "import", str(source))
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout.startswith("created 1, updated 0, unchanged 0, skipped 0, errors 2")
    report = tmp_path / "members - import errors.xlsx"
    assert f"2 rows not imported; see {report}" in result.stderr
    sheet = openpyxl.load_workbook(report).worksheets[0]
    assert [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)] == [3, 4]


def bad_rows_csv(folder: Path) -> Path:
    source = folder / "partners.csv"
    source.write_text("Name,Email\nGood Group,office@good.example\nBad One,not an address\n",
                      encoding="utf-8")
    return source


def test_a_source_in_a_read_only_folder_gets_its_report_in_the_documents_folder(
        demo_db: Path, tmp_path: Path) -> None:
    folder = tmp_path / "from partner"
    folder.mkdir()
    source = bad_rows_csv(folder)
    documents = tmp_path / "Documents"
    documents.mkdir()
    with read_only(folder):
        result = run("--db", str(demo_db), "import", str(source),
                     env={"XDG_DOCUMENTS_DIR": str(documents)})
    assert result.returncode == 1
    assert result.stdout.startswith("created 1, updated 0, unchanged 0, skipped 0, errors 1")
    report = documents / "partners - import errors.xlsx"
    line = report_line(result)
    assert "could not be written beside the file" in line and f"it is in {report}" in line
    assert report.is_file()
    assert count(demo_db, "organization", "WHERE name = 'Good Group'") == 1


def test_a_report_that_cannot_be_written_anywhere_says_the_import_succeeded(
        demo_db: Path, tmp_path: Path) -> None:
    folder = tmp_path / "from partner"
    folder.mkdir()
    source = bad_rows_csv(folder)
    documents = tmp_path / "Documents"
    documents.mkdir()
    with read_only(folder), read_only(documents):
        result = run("--db", str(demo_db), "import", str(source),
                     env={"XDG_DOCUMENTS_DIR": str(documents)})
    line = report_line(result)
    assert result.stdout.startswith("created 1, updated 0, unchanged 0, skipped 0, errors 1")
    assert "the import succeeded" in line and "could not be written" in line
    assert count(demo_db, "organization", "WHERE name = 'Good Group'") == 1
    assert list(folder.iterdir()) == [source] and list(documents.iterdir()) == []


def test_a_full_disk_for_the_report_says_the_import_succeeded(
        demo_db: Path, tmp_path: Path) -> None:
    source = bad_rows_csv(tmp_path)
    with small_disk(tmp_path / "disk", free_kb=1, holding=source,
                    folders=("Documents",)) as disk:
        source, documents = disk.folder / source.name, disk.folder / "Documents"
        result = disk.run("--db", str(demo_db), "import", str(source),
                          env={"XDG_DOCUMENTS_DIR": str(documents)})
        line = report_line(result)
        assert "the import succeeded" in line and disk.full_says in line
        assert count(demo_db, "organization", "WHERE name = 'Good Group'") == 1
        assert not any(path.name.endswith(".tmp") for path in disk.folder.rglob("*"))


# --- item 16: a csv cell longer than the csv module takes ------------------------------


def test_a_csv_cell_over_131072_characters_says_so(demo_db: Path, tmp_path: Path) -> None:
    source = tmp_path / "long.csv"
    source.write_text("Name,Notes\nA,\"an open quote\n" + "B,more\n" * 40_000,
                      encoding="utf-8")
    line = one_line(run("--db", str(demo_db), "import", str(source), "--dry-run"))
    assert "not a readable csv file" not in line
    assert "a cell starting on line 2 is longer than 131,072 characters" in line


# --- item 17: what a killed export, merge or backup leaves behind ----------------------

# An export, a merge and a backup --to, each stopped half-way by SIGKILL: the export has
# streamed rows of people (openpyxl's sheet stream), the merge has its PDF open, the
# backup its partial copy.
HALF_WAY = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from coalitiondesk.core.storage.backup import backup_steps
    from coalitiondesk.core.exporting.columns import Column
    from coalitiondesk.core.exporting.target import PendingFile
    from coalitiondesk.core.exporting.xlsx import XlsxWriter
    from coalitiondesk.printing.output import pdf_file
    folder, database = Path(sys.argv[1]), Path(sys.argv[2])
    pending = PendingFile(folder / "partners.xlsx")
    writer = XlsxWriter(pending.temporary, (Column("name", "Name"),), sheet_title="People")
    for number in range(5000):  # past the width sample and the stream's buffer
        writer.write([f"Secret Person {number}"])
    merge = pdf_file(folder / "letters.pdf", title="Letter")
    merge.__enter__()
    backup = backup_steps(database, to=folder / "copy.sqlite3")
    next(backup)
    print("half-way", flush=True)
    time.sleep(600)
""")


def in_progress_root() -> Path:
    return Path(os.environ["XDG_DATA_HOME"]) / "CoalitionDesk" / "in progress"


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_files_a_killed_run_left_are_user_only_and_removed_on_the_next_start(
        demo_db: Path, tmp_path: Path) -> None:
    import signal

    folder, temporary = tmp_path / "out", tmp_path / "temp"
    folder.mkdir()
    temporary.mkdir()
    process = subprocess.Popen([sys.executable, "-c", HALF_WAY, str(folder), str(demo_db)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               env=dict(os.environ, TMPDIR=str(temporary)))
    try:
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "half-way", process.communicate()[1]
        left = sorted(path.name for path in folder.iterdir())
        assert len(left) == 3, left
        assert any(name.startswith(".partners.xlsx.") and name.endswith(".tmp")
                   for name in left)
        assert any(name.startswith(".letters.pdf.") and name.endswith(".tmp") for name in left)
        assert any(name.startswith(".copy.sqlite3.") and name.endswith(".partial")
                   for name in left)
        for path in folder.iterdir():
            assert path.stat().st_mode & 0o777 == 0o600, path.name
        # openpyxl's stream is in the process's user-only folder, not the shared temp.
        assert list(temporary.iterdir()) == []
        [own] = [path for path in in_progress_root().iterdir()
                 if path.name.startswith(f"{process.pid}-")]
        assert own.stat().st_mode & 0o777 == 0o700
        assert any(b"Secret Person 1" in path.read_bytes() for path in own.glob("*.xml"))
        # Another start while it runs leaves its files alone.
        assert run("--db", str(demo_db), "check").returncode == 0
        assert len(list(folder.iterdir())) == 3 and own.is_dir()
    finally:
        process.send_signal(signal.SIGKILL)
        process.communicate()
    assert len(list(folder.iterdir())) == 3  # SIGKILL: nothing tidied up
    assert run("--db", str(demo_db), "check").returncode == 0
    assert list(folder.iterdir()) == []
    assert not own.exists()
    assert list(temporary.iterdir()) == []


def test_a_finished_export_has_the_permissions_of_a_saved_file(
        demo_db: Path, tmp_path: Path) -> None:
    target = tmp_path / "partners.xlsx"
    assert run("--db", str(demo_db), "export", str(target)).returncode == 0
    mask = os.umask(0o022)
    os.umask(mask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~mask
    assert [path.name for path in tmp_path.iterdir()] == ["coalition.sqlite3", "partners.xlsx"]
