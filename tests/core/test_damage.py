"""Damaged databases: detected on open, set aside untouched, the newest good backup offered.

The corpus is made in the test from a real database: truncated files, overwritten
headers, a write-ahead log that is missing, cut short or from another file, and
damaged pages. Each is refused with DatabaseDamaged; files that were never
databases are refused as before and left where they are.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

import pytest

from coalitiondesk.core.errors import DatabaseDamaged, DatabaseUnavailable
from coalitiondesk.core.storage import backup
from coalitiondesk.core.storage.damage import companions, find_damage, set_aside, wal_checksum
from coalitiondesk.core.storage.db import Database, open_database

PAGE = 4096

# Commits 200 organizations, then dies without closing: the changes are only in
# the -wal file, as after a power cut or a crash of the application.
CRASH_AFTER_COMMIT = textwrap.dedent("""
    import os, signal, sqlite3, sys
    from coalitiondesk.core.storage.db import open_database
    from coalitiondesk.core.records.organizations import create_organization
    database = open_database(sys.argv[1])
    # A second connection stays open, as the application's would, so that no
    # checkpoint folds the log into the file when the transaction ends.
    keep = sqlite3.connect(sys.argv[1])
    keep.execute("SELECT count(*) FROM organization").fetchone()
    with database.transaction() as session:
        for number in range(200):
            create_organization(session=session, name=f"Committed {number}")
    os.kill(os.getpid(), signal.SIGKILL)
""")

# Writes small transactions for as long as it lives.
KEEP_WRITING = textwrap.dedent("""
    import sys
    from coalitiondesk.core.storage.db import open_database
    from coalitiondesk.core.records.organizations import create_organization
    database = open_database(sys.argv[1])
    print("ready", flush=True)
    number = 0
    while True:
        with database.transaction() as session:
            for _ in range(20):
                number += 1
                create_organization(session=session, name=f"Busy {number}")
""")


@pytest.fixture(autouse=True)
def user_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Backups, looked up when a damaged database is found, live here."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    return tmp_path / "data"


@pytest.fixture
def good_file(demo_database: Database) -> Path:
    """A closed, healthy database with the demo coalition: the file alone is all of it."""
    path = demo_database.path
    assert path is not None
    demo_database.close()
    assert not companions(path)[0].exists()
    return path


def crash_after_commit(path: Path) -> None:
    """The crash, run once per test run: its files are kept and copied over the next
    test's database (each crash costs a process start)."""
    kept = path.parent.parent / "crashed-after-commit" / path.name
    if kept.exists():
        for source, target in zip([kept, *companions(kept)], [path, *companions(path)],
                                  strict=True):
            if source.exists():
                shutil.copyfile(source, target)
    else:
        result = subprocess.run([sys.executable, "-c", CRASH_AFTER_COMMIT, str(path)],
                                capture_output=True, text=True, timeout=60)
        assert result.returncode == -signal.SIGKILL, result.stderr
        kept.parent.mkdir(exist_ok=True)
        for source, target in zip([path, *companions(path)], [kept, *companions(kept)],
                                  strict=True):
            if source.exists():
                shutil.copyfile(source, target)
    wal, shm, _ = companions(path)
    assert wal.stat().st_size > 0 and shm.exists()


def overwrite(path: Path, offset: int, data: bytes) -> None:
    with path.open("r+b") as file:
        file.seek(offset)
        file.write(data)


def organization_root_page(path: Path) -> int:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
        return int(connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'organization'").fetchone()[0])


def truncated_to_half(path: Path) -> None:
    os.truncate(path, path.stat().st_size // PAGE // 2 * PAGE)


def truncated_mid_page(path: Path) -> None:
    os.truncate(path, path.stat().st_size - 1000)


def header_zeroed(path: Path) -> None:
    overwrite(path, 0, bytes(100))


def first_page_overwritten(path: Path) -> None:
    overwrite(path, 0, random.Random(1).randbytes(PAGE))


def page_size_garbled(path: Path) -> None:
    overwrite(path, 16, b"\x12\x34")


def table_page_overwritten(path: Path) -> None:
    root = organization_root_page(path)
    overwrite(path, (root - 1) * PAGE + 12, random.Random(2).randbytes(2000))


def schema_entry_garbled(path: Path) -> None:
    """A table's entry in the schema with bytes that are not UTF-8 in its name, and its
    SQL broken: SQLite's error message quotes the name."""
    organization_root_page(path)  # read first, like the other damaged pages
    data = bytearray(path.read_bytes())
    entry = data.find(b"tableorganizationorganization")
    assert entry > 0
    data[entry + 5] = 0xFF
    sql = data.find(b"CREATE TABLE organization", entry)
    data[sql:sql + 6] = b"CREATX"
    path.write_bytes(bytes(data))


def wal_missing(path: Path) -> None:
    crash_after_commit(path)
    companions(path)[0].unlink()


def wal_cut_short(path: Path) -> None:
    crash_after_commit(path)
    wal = companions(path)[0]
    os.truncate(wal, wal.stat().st_size // 3)


def wal_header_overwritten(path: Path) -> None:
    crash_after_commit(path)
    overwrite(companions(path)[0], 0, random.Random(3).randbytes(32))


WAL_HEADER = 32
FRAME = 24 + PAGE


def wal_frames(path: Path) -> int:
    return (companions(path)[0].stat().st_size - WAL_HEADER) // FRAME


def flip_byte(path: Path, offset: int) -> None:
    with path.open("r+b") as file:
        file.seek(offset)
        byte = file.read(1)[0]
        file.seek(offset)
        file.write(bytes([byte ^ 0x01]))


def wal_frame_flipped(path: Path, *, within_frame: int = 24 + 1000) -> None:
    """One bit of a frame in the middle of the committed transaction, as a failing
    disk or a bad copy would change it."""
    crash_after_commit(path)
    flip_byte(companions(path)[0], WAL_HEADER + wal_frames(path) // 2 * FRAME + within_frame)


CORPUS: dict[str, tuple[Callable[[Path], None], str]] = {
    "truncated to half": (truncated_to_half, "truncated"),
    "truncated mid-page": (truncated_mid_page, "truncated"),
    "header zeroed": (header_zeroed, "first bytes are overwritten"),
    "first page overwritten": (first_page_overwritten, "first bytes are overwritten"),
    "page size garbled": (page_size_garbled, "header is damaged"),
    "a table's page overwritten": (table_page_overwritten, "SQLite finds it damaged"),
    "a schema entry garbled": (schema_entry_garbled, "its schema cannot be read"),
    "write-ahead log missing": (wal_missing, "write-ahead log (the -wal file) is missing"),
    "write-ahead log cut short": (wal_cut_short, "write-ahead log (the -wal file) is cut short"),
    "write-ahead log header overwritten": (wal_header_overwritten,
                                           "write-ahead log (the -wal file) is damaged"),
    "a committed write-ahead log frame flipped": (
        wal_frame_flipped, "write-ahead log (the -wal file) is damaged: changes saved in it"
        " fail their checksum"),
}


def snapshot(path: Path) -> dict[str, bytes]:
    """The database's bytes and its companions', by suffix."""
    files = {"": path, **{c.name[len(path.name):]: c for c in companions(path)}}
    return {suffix: file.read_bytes() for suffix, file in files.items() if file.exists()}


@pytest.mark.parametrize("kind", list(CORPUS))
def test_damaged_database_is_set_aside_untouched_and_a_backup_offered(
    kind: str, good_file: Path
) -> None:
    damage, problem = CORPUS[kind]
    good = backup.back_up(good_file, reason=backup.Reason.daily)
    damage(good_file)
    before = snapshot(good_file)

    with pytest.raises(DatabaseDamaged) as raised:
        open_database(good_file)

    error = raised.value
    assert problem in error.problem and problem in str(error)
    assert error.path == good_file
    assert error.backup == good.path
    assert error.moved_to is not None and error.moved_to.name.startswith(
        "test.sqlite3.damaged-")
    # Moved with its -wal and -shm, byte for byte; nothing left in its place.
    assert snapshot(error.moved_to) == before
    assert not good_file.exists()
    assert not any(c.exists() for c in companions(good_file))
    assert str(error.moved_to) in str(error) and str(good.path) in str(error)


@pytest.mark.parametrize("kind", ["truncated to half", "write-ahead log missing",
                                  "a committed write-ahead log frame flipped",
                                  "a schema entry garbled"])
def test_a_read_only_open_reports_damage_and_leaves_the_file_in_place(
    kind: str, good_file: Path
) -> None:
    CORPUS[kind][0](good_file)
    before = snapshot(good_file)
    with pytest.raises(DatabaseDamaged, match="left as it is; there is no backup") as raised:
        open_database(good_file, create=False, migrate=False, set_aside_damaged=False)
    assert raised.value.moved_to is None and raised.value.backup is None
    assert snapshot(good_file) == before


def test_a_crash_after_commit_is_not_damage_and_loses_nothing(good_file: Path) -> None:
    crash_after_commit(good_file)
    assert find_damage(good_file) is None
    database = open_database(good_file)
    try:
        with database.engine.connect() as connection:
            names = connection.exec_driver_sql(
                "SELECT count(*) FROM organization WHERE name LIKE 'Committed %'").scalar()
        assert names == 200
    finally:
        database.close()


def committed_rows_sqlite_would_read(path: Path, tmp_path: Path) -> int:
    """What SQLite itself makes of the file and its log, on a copy without the index:
    it replays the log up to the first frame that fails its checksum."""
    copy = tmp_path / "replayed" / path.name
    copy.parent.mkdir()
    shutil.copy(path, copy)
    shutil.copy(companions(path)[0], companions(copy)[0])
    with closing(sqlite3.connect(copy)) as connection:
        return int(connection.execute(
            "SELECT count(*) FROM organization WHERE name LIKE 'Committed %'").fetchone()[0])


@pytest.mark.parametrize("within_frame", [24 + 1000, 0, 9, 17],
                         ids=["page", "page number", "salt", "checksum"])
@pytest.mark.parametrize("index", ["with its index", "without its index"])
def test_a_flipped_bit_in_a_committed_log_frame_is_damage(
    good_file: Path, tmp_path: Path, within_frame: int, index: str
) -> None:
    """SQLite would stop replaying the log at the damaged frame, and the next write
    would drop the 200 organizations committed after it without a word."""
    wal_frame_flipped(good_file, within_frame=within_frame)
    if index == "without its index":
        companions(good_file)[1].unlink()
    assert committed_rows_sqlite_would_read(good_file, tmp_path) == 0
    damage = find_damage(good_file)
    assert damage is not None and "fail their checksum" in damage.problem


def test_a_log_header_that_fails_its_checksum_is_damage(good_file: Path) -> None:
    """SQLite ignores such a log, and with it every change it holds."""
    crash_after_commit(good_file)
    flip_byte(companions(good_file)[0], 13)  # the checkpoint sequence number
    damage = find_damage(good_file)
    assert damage is not None and "header fails its checksum" in damage.problem


def append_frames(path: Path, frames: list[bytes]) -> None:
    with companions(path)[0].open("ab") as file:
        for frame in frames:
            file.write(frame)


def last_frame(path: Path) -> bytes:
    with companions(path)[0].open("rb") as file:
        file.seek(WAL_HEADER + (wal_frames(path) - 1) * FRAME)
        return file.read(FRAME)


@pytest.mark.parametrize("index", ["with its index", "without its index"])
def test_frames_after_the_last_commit_or_from_an_older_log_are_not_damage(
    good_file: Path, index: str
) -> None:
    """A transaction cut off while its frames were written, and frames left over
    from before the log last restarted, are what a healthy log holds after a crash."""
    crash_after_commit(good_file)
    frame = bytearray(last_frame(good_file))
    frame[4:8] = bytes(4)  # not a commit
    frame[24 + 1000] ^= 0xFF  # written half-way: its checksum fails
    older = bytearray(last_frame(good_file))
    older[8:16] = random.Random(5).randbytes(8)  # another generation's salts
    append_frames(good_file, [bytes(frame), bytes(older), bytes(older)])
    if index == "without its index":
        companions(good_file)[1].unlink()
    assert find_damage(good_file) is None
    database = open_database(good_file)
    try:
        with database.engine.connect() as connection:
            assert connection.exec_driver_sql(
                "SELECT count(*) FROM organization WHERE name LIKE 'Committed %'").scalar() == 200
    finally:
        database.close()


def as_big_endian_log(path: Path) -> None:
    """Rewrite the log as a big-endian machine writes it (magic 0x377f0683, checksums
    over big-endian words), re-chaining every frame of the current log."""
    wal = companions(path)[0]
    data = bytearray(wal.read_bytes())
    data[0:4] = (0x377F0683).to_bytes(4, "big")
    checksum = wal_checksum(bytes(data[:24]), big_endian=True)
    data[24:32] = b"".join(word.to_bytes(4, "big") for word in checksum)
    for number in range(wal_frames(path)):
        start = WAL_HEADER + number * FRAME
        if data[start + 8:start + 16] != data[16:24]:
            break
        checksum = wal_checksum(bytes(data[start:start + 8] + data[start + 24:start + FRAME]),
                                checksum, big_endian=True)
        data[start + 16:start + 24] = b"".join(word.to_bytes(4, "big") for word in checksum)
    wal.write_bytes(bytes(data))
    companions(path)[1].unlink()  # the index records the old checksums


def test_a_big_endian_log_is_verified_in_its_own_byte_order(
    good_file: Path, tmp_path: Path
) -> None:
    crash_after_commit(good_file)
    as_big_endian_log(good_file)
    assert committed_rows_sqlite_would_read(good_file, tmp_path) == 200  # SQLite agrees
    assert find_damage(good_file) is None
    flip_byte(companions(good_file)[0], WAL_HEADER + 3 * FRAME + 24 + 2000)
    damage = find_damage(good_file)
    assert damage is not None and "fail their checksum" in damage.problem


def test_the_newest_good_backup_skips_damaged_backups(good_file: Path) -> None:
    older = backup.back_up(good_file, now=datetime(2026, 3, 1, tzinfo=UTC))
    newer = backup.back_up(good_file, now=datetime(2026, 3, 2, tzinfo=UTC))
    table_page_overwritten(newer.path)
    truncated_to_half(good_file)
    with pytest.raises(DatabaseDamaged) as raised:
        open_database(good_file)
    assert raised.value.backup == older.path


def test_a_backup_whose_schema_is_garbled_is_skipped(good_file: Path) -> None:
    older = backup.back_up(good_file, now=datetime(2026, 3, 1, tzinfo=UTC))
    newer = backup.back_up(good_file, now=datetime(2026, 3, 2, tzinfo=UTC))
    schema_entry_garbled(newer.path)
    assert backup.verify_backup(newer.path) != []
    assert backup.newest_good_backup(good_file) == older


def test_no_new_database_is_made_where_a_damaged_one_was_set_aside(good_file: Path) -> None:
    good = backup.back_up(good_file)
    truncated_to_half(good_file)
    with pytest.raises(DatabaseDamaged) as first:
        open_database(good_file)
    for create in (True, False):
        with pytest.raises(DatabaseDamaged, match="There is no database") as again:
            open_database(good_file, create=create)
        error = again.value
        assert error.moved_to == first.value.moved_to and error.backup == good.path
        assert str(first.value.moved_to) in str(error) and str(good.path) in str(error)
        assert not good_file.exists()


def test_no_new_database_is_made_where_one_with_backups_was(good_file: Path) -> None:
    good = backup.back_up(good_file)
    good_file.unlink()
    with pytest.raises(DatabaseDamaged, match="missing, although it has backups") as raised:
        open_database(good_file)
    assert raised.value.backup == good.path and raised.value.moved_to is None
    assert not good_file.exists()


def test_without_a_good_backup_a_new_database_may_be_started(good_file: Path) -> None:
    """Nothing to restore: the damaged-database dialog offers an empty start instead."""
    truncated_to_half(good_file)
    with pytest.raises(DatabaseDamaged, match="there is no backup"):
        open_database(good_file)
    open_database(good_file).close()
    assert good_file.exists()


def test_an_emptied_file_that_had_backups_is_damage_not_a_new_database(good_file: Path) -> None:
    backup.back_up(good_file)
    good_file.write_bytes(b"")
    with pytest.raises(DatabaseDamaged, match="the file is empty"):
        open_database(good_file)


def test_an_empty_file_without_history_is_a_new_database(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    path.write_bytes(b"")
    open_database(path).close()
    assert path.stat().st_size > 0


@pytest.mark.parametrize("content", [
    b"These are my meeting notes, not a database.\n" * 100,
    bytes(8192),  # zeros: never a database's pages
    random.Random(4).randbytes(3 * PAGE + 17),
])
def test_files_that_never_were_databases_are_refused_and_left_alone(
    tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(content)
    assert find_damage(path) is None
    with pytest.raises(DatabaseUnavailable, match="not a CoalitionDesk database"):
        open_database(path)
    assert path.read_bytes() == content
    assert [p.name for p in tmp_path.iterdir()] == ["notes.sqlite3"]


def test_a_healthy_database_in_use_by_a_busy_writer_is_never_taken_for_damaged(
    good_file: Path,
) -> None:
    writer = subprocess.Popen([sys.executable, "-c", KEEP_WRITING, str(good_file)],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert writer.stdout is not None and writer.stdout.readline().strip() == "ready"
        deadline = time.monotonic() + 1.5
        checks = 0
        while time.monotonic() < deadline:
            assert find_damage(good_file) is None
            checks += 1
        assert checks > 5
    finally:
        writer.kill()
        writer.wait()
    assert find_damage(good_file) is None


def test_set_aside_keeps_companions_paired_and_never_overwrites(tmp_path: Path) -> None:
    path = tmp_path / "coalition.sqlite3"
    now = datetime(2026, 5, 1, 12, 0, tzinfo=UTC)
    moved = []
    for round_ in range(2):
        path.write_bytes(b"db %d" % round_)
        companions(path)[0].write_bytes(b"wal %d" % round_)
        moved.append(set_aside(path, now=now))
    assert moved[0].name == "coalition.sqlite3.damaged-20260501T120000Z"
    assert moved[1].name == "coalition.sqlite3.damaged-20260501T120000Z-2"
    for round_, target in enumerate(moved):
        assert target.read_bytes() == b"db %d" % round_
        assert companions(target)[0].read_bytes() == b"wal %d" % round_


def test_the_set_aside_copy_can_still_be_opened_for_rescue(good_file: Path) -> None:
    """Set aside together with its -wal, a database keeps every committed change:
    the copy is what a specialist would work on."""
    crash_after_commit(good_file)
    moved = set_aside(good_file)
    shutil.copy(moved, moved.with_name("rescue.sqlite3"))
    shutil.copy(companions(moved)[0], companions(moved.with_name("rescue.sqlite3"))[0])
    with sqlite3.connect(moved.with_name("rescue.sqlite3")) as connection:
        assert connection.execute(
            "SELECT count(*) FROM organization WHERE name LIKE 'Committed %'").fetchone() == (
            200,)
