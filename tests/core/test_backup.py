"""Backups: online copies, verified before rotation, retention over a year, restore."""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from alembic import command
from sqlmodel import SQLModel

from coalitiondesk.core.errors import BackupFailed, SchemaTooNew
from coalitiondesk.core.models import Contact, Organization
from coalitiondesk.core.records import organizations
from coalitiondesk.core.storage import backup, db
from coalitiondesk.core.storage.backup import Reason, RetentionPolicy, retained
from coalitiondesk.core.storage.db import Database, open_database

START = datetime(2026, 1, 1, 9, 0, tzinfo=UTC)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "backups"


def rows(path: Path, table: str) -> int:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        connection.close()


def damage_organization_table(path: Path) -> None:
    """Overwrite the organization table's first page, past its page header."""
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
        root = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'organization'").fetchone()[0]
    with path.open("r+b") as file:
        file.seek((root - 1) * 4096 + 12)
        file.write(random.Random(root).randbytes(2000))


def organization_names(database: Database) -> set[str]:
    with database.session() as session:
        return {o.name for o in organizations.list_organizations(session=session)}


# --- making backups ---------------------------------------------------------


def test_a_backup_is_a_verified_single_file_with_everything(
    demo_database: Database, folder: Path
) -> None:
    path = demo_database.path
    assert path is not None
    made = backup.back_up(path, folder=folder, reason=Reason.manual)
    assert made.path.parent == folder
    assert made.path.name.startswith("test-") and made.path.name.endswith("-manual.sqlite3")
    assert made.verified and made.size == made.path.stat().st_size
    assert backup.verify_backup(made.path) == []
    assert rows(made.path, "organization") == 39 and rows(made.path, "contact") == 4
    # Self-contained: no -wal beside it, and nothing half-written left behind.
    connection = sqlite3.connect(made.path)
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    connection.close()
    assert sorted(p.name for p in folder.iterdir()) == [made.path.name]
    assert backup.list_backups(path, folder=folder) == [made]


def test_backup_is_one_consistent_snapshot_taken_while_a_write_is_under_way(
    demo_database: Database, folder: Path
) -> None:
    path = demo_database.path
    assert path is not None
    with demo_database.transaction() as session:
        organizations.create_organization(session=session, name="Not yet committed")
        session.flush()
        # The application holds the write lock; the backup neither waits nor sees this row.
        made = backup.back_up(path, folder=folder)
    assert rows(made.path, "organization") == 39
    assert rows(path, "organization") == 40


def test_progress_is_reported_step_by_step(demo_database: Database, folder: Path) -> None:
    assert demo_database.path is not None
    steps = backup.backup_steps(demo_database.path, folder=folder)
    seen = []
    made = backup.run_to_end(steps, seen.append)
    assert [s.stage for s in seen] == ["Copying the database", "Checking the copy",
                                       "Removing old backups"]
    assert all(s.total == 3 for s in seen)
    assert made.path.exists()


def test_backup_to_a_chosen_file(demo_database: Database, tmp_path: Path) -> None:
    assert demo_database.path is not None
    target = tmp_path / "for-the-auditor.sqlite3"
    made = backup.back_up(demo_database.path, to=target)
    assert made.path == target and rows(target, "organization") == 39
    with pytest.raises(BackupFailed, match="already exists"):
        backup.back_up(demo_database.path, to=target)
    with pytest.raises(BackupFailed, match="does not exist"):
        backup.back_up(demo_database.path, to=tmp_path / "missing" / "b.sqlite3")
    with pytest.raises(BackupFailed, match="already exists"):
        backup.back_up(demo_database.path, to=demo_database.path)


def test_a_backup_that_fails_its_check_removes_nothing(
    demo_database: Database, folder: Path, tmp_path: Path
) -> None:
    path = demo_database.path
    assert path is not None
    older = backup.back_up(path, folder=folder, now=START)
    # A source whose pages are damaged copies "fine" but cannot pass integrity_check.
    demo_database.close()
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(path.read_bytes())
    damage_organization_table(damaged)
    with pytest.raises(BackupFailed, match="failed its check"):
        backup.back_up(damaged, folder=folder, policy=RetentionPolicy(last=1, daily=0,
                                                                       weekly=0, monthly=0))
    assert [p.name for p in folder.iterdir()] == [older.path.name]


def test_same_second_backups_do_not_overwrite_each_other(
    demo_database: Database, folder: Path
) -> None:
    assert demo_database.path is not None
    first = backup.back_up(demo_database.path, folder=folder, now=START)
    second = backup.back_up(demo_database.path, folder=folder, now=START)
    assert first.path != second.path
    assert {b.path for b in backup.list_backups(demo_database.path, folder=folder)} == {
        first.path, second.path}


def test_only_files_named_as_backups_are_listed_or_rotated(
    demo_database: Database, folder: Path
) -> None:
    assert demo_database.path is not None
    folder.mkdir()
    notes = folder / "README.txt"
    notes.write_text("my notes")
    stray = folder / "copy of coalition.sqlite3"
    stray.write_bytes(b"")
    backup.back_up(demo_database.path, folder=folder,
                   policy=RetentionPolicy(last=1, daily=0, weekly=0, monthly=0))
    assert len(backup.list_backups(demo_database.path, folder=folder)) == 1
    assert notes.exists() and stray.exists()


def test_backups_live_in_the_user_data_folder_one_folder_per_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    root = tmp_path / "data" / "CoalitionDesk" / "backups"
    assert backup.backup_folder(db.default_database_path()) == root / "coalitiondesk"
    first = backup.backup_folder(tmp_path / "a" / "coalition.sqlite3")
    second = backup.backup_folder(tmp_path / "b" / "coalition.sqlite3")
    assert first.parent == root and second.parent == root
    assert first.name.startswith("coalition-") and first != second
    assert backup.backup_folder(tmp_path / "a" / "coalition.sqlite3") == first


# --- rotation -----------------------------------------------------------------------


def simulate(times: list[datetime], policy: RetentionPolicy) -> list[datetime]:
    """Backups made at `times`, rotated after each one as backup_steps does."""
    kept: list[datetime] = []
    for moment in times:
        kept.append(moment)
        keep = retained(((i, t) for i, t in enumerate(kept)), policy)
        kept = [t for i, t in enumerate(kept) if i in keep]
    return sorted(kept, reverse=True)


def test_retention_over_a_simulated_year() -> None:
    policy = RetentionPolicy(last=5, daily=7, weekly=4, monthly=12)
    rng = random.Random(2026)
    times = []
    for day in range(365):
        if rng.random() < 0.15:
            continue  # the laptop stayed closed that day
        start = START + timedelta(days=day, minutes=rng.randrange(600))
        times.append(start)
        for _ in range(rng.choice([0, 0, 0, 1, 3])):  # imports later the same day
            times.append(start + timedelta(minutes=rng.randrange(1, 400)))
    times.sort()
    kept = simulate(times, policy)
    newest = times[-1]

    assert kept[0] == newest
    assert kept[:5] == sorted(times, reverse=True)[:5]
    assert len(kept) <= policy.last + policy.daily + policy.weekly + policy.monthly
    # Dense recently: every day of the last week that had a backup still has one.
    recent_days = {t.date() for t in times if newest - t < timedelta(days=7)}
    assert recent_days <= {t.date() for t in kept}
    # Sparse further back: at most one per month beyond the last five weeks,
    # and the oldest reaches back most of the year.
    older = [t for t in kept if newest - t > timedelta(weeks=5)]
    assert len({(t.year, t.month) for t in older}) == len(older)
    assert newest - kept[-1] > timedelta(days=300)
    # Every month of the last ten with a backup made still has one kept.
    months_with_backups = {(t.year, t.month) for t in times}
    kept_months = {(t.year, t.month) for t in kept}
    for months_back in range(10):
        month = (newest.month - months_back - 1) % 12 + 1
        year = newest.year - (1 if month > newest.month else 0)
        if (year, month) in months_with_backups:
            assert (year, month) in kept_months


def test_retention_keeps_the_newest_and_never_drops_below_the_last_ones() -> None:
    burst = [START + timedelta(seconds=i) for i in range(20)]
    kept = simulate(burst, RetentionPolicy(last=3, daily=7, weekly=4, monthly=12))
    assert kept == sorted(burst, reverse=True)[:3]
    # Even a policy of nothing keeps the newest backup.
    assert simulate(burst, RetentionPolicy(last=0, daily=0, weekly=0, monthly=0)) == [burst[-1]]


def test_rotation_removes_files_only_after_a_verified_backup(
    demo_database: Database, folder: Path
) -> None:
    assert demo_database.path is not None
    policy = RetentionPolicy(last=2, daily=3, weekly=0, monthly=0)
    for day in range(8):
        backup.back_up(demo_database.path, folder=folder, policy=policy,
                       now=START + timedelta(days=day), reason=Reason.daily)
    listed = backup.list_backups(demo_database.path, folder=folder)
    assert [b.created.day for b in listed] == [8, 7, 6, 5, 4]
    assert sorted(p.name for p in folder.iterdir()) == sorted(b.path.name for b in listed)


# --- when backups happen -------------------------------------------------------------


def test_backup_if_due_backs_up_once_a_day(demo_database: Database, folder: Path) -> None:
    path = demo_database.path
    assert path is not None
    first = backup.backup_if_due(path, folder=folder, now=START)
    assert first is not None and first.reason == "daily"
    assert backup.backup_if_due(path, folder=folder, now=START + timedelta(hours=23)) is None
    later = backup.backup_if_due(path, folder=folder, now=START + timedelta(hours=25))
    assert later is not None
    assert len(backup.list_backups(path, folder=folder)) == 2


def test_an_empty_database_is_not_backed_up(database: Database, folder: Path) -> None:
    assert database.path is not None
    assert not backup.has_records(database.path)
    assert backup.backup_if_due(database.path, folder=folder) is None
    assert not folder.exists()


def test_opening_an_old_schema_with_records_backs_up_before_migrating(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    path = tmp_path / "old.sqlite3"
    database = open_database(path)
    with database.transaction() as session:
        organizations.create_organization(session=session, name="Citizens' Alliance")
    with database.engine.begin() as connection:
        command.downgrade(db._alembic_config(connection), "0002")
    database.close()

    reopened = open_database(path)
    try:
        assert db.schema_revision(reopened) == db.head_revision()
        assert organization_names(reopened) == {"Citizens' Alliance"}
    finally:
        reopened.close()
    made = backup.list_backups(path)
    assert [b.reason for b in made] == ["before-migration"]
    with sqlite3.connect(made[0].path) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (
            "0002",)


def test_opening_an_old_schema_without_records_makes_no_backup(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    path = tmp_path / "old.sqlite3"
    database = open_database(path)
    with database.engine.begin() as connection:
        command.downgrade(db._alembic_config(connection), "0002")
    database.close()
    open_database(path).close()
    assert backup.list_backups(path) == []


# --- restoring --------------------------------------------------------------------


def test_restore_brings_back_the_backup_after_saving_the_current_state(
    demo_database: Database, folder: Path, count: Callable[[type[SQLModel]], int]
) -> None:
    path = demo_database.path
    assert path is not None
    good = backup.back_up(path, folder=folder, now=START)
    with demo_database.transaction() as session:
        for organization in organizations.list_organizations(session=session)[:10]:
            assert organization.id is not None
            organizations.delete_organization(session=session,
                                              organization_id=organization.id)
        organizations.create_organization(session=session, name="Added after the backup")
    assert count(Organization) == 30

    result = backup.restore(path, good.path, folder=folder, now=START + timedelta(hours=1))

    # The open Database sees the restored contents: nothing to reopen.
    assert count(Organization) == 39 and count(Contact) == 4
    assert "Added after the backup" not in organization_names(demo_database)
    assert result.safety_backup is not None and result.safety_backup.reason == "before-restore"
    assert rows(result.safety_backup.path, "organization") == 30
    assert result.set_aside is None
    assert db.check_database(demo_database).healthy


def test_restore_refuses_files_that_are_not_good_backups(
    demo_database: Database, folder: Path, tmp_path: Path
) -> None:
    path = demo_database.path
    assert path is not None
    before = organization_names(demo_database)
    notes = tmp_path / "notes.sqlite3"
    notes.write_text("not a database\n" * 300)
    other = tmp_path / "invoices.sqlite3"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE invoice (id INTEGER PRIMARY KEY)")
    newer = backup.back_up(path, to=tmp_path / "newer.sqlite3")
    with sqlite3.connect(newer.path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    damaged = backup.back_up(path, to=tmp_path / "damaged.sqlite3")
    damage_organization_table(damaged.path)

    for bad, message in [(notes, "not a CoalitionDesk backup"),
                         (other, "not a CoalitionDesk backup"),
                         (damaged.path, "damaged and cannot be restored"),
                         (tmp_path / "missing.sqlite3", "There is no backup file")]:
        with pytest.raises(BackupFailed, match=message):
            backup.restore(path, bad, folder=folder)
    with pytest.raises(SchemaTooNew, match="newer version"):
        backup.restore(path, newer.path, folder=folder)
    with pytest.raises(BackupFailed, match="from itself"):
        backup.restore(path, path, folder=folder)
    assert organization_names(demo_database) == before
    assert not folder.exists()  # no "before-restore" backup for a refused restore


def test_restoring_over_a_damaged_database_sets_it_aside(
    demo_database: Database, folder: Path, tmp_path: Path
) -> None:
    path = demo_database.path
    assert path is not None
    good = backup.back_up(path, to=tmp_path / "good.sqlite3")
    demo_database.close()
    damaged_bytes = path.read_bytes()[: 4096 * 10]
    path.write_bytes(damaged_bytes)  # truncated

    result = backup.restore(path, good.path, folder=folder)

    assert result.safety_backup is None
    assert result.set_aside is not None and result.set_aside.read_bytes() == damaged_bytes
    reopened = open_database(path)
    try:
        assert len(organization_names(reopened)) == 39
    finally:
        reopened.close()


def test_restoring_into_a_missing_database_creates_it(
    demo_database: Database, tmp_path: Path, folder: Path
) -> None:
    assert demo_database.path is not None
    good = backup.back_up(demo_database.path, to=tmp_path / "good.sqlite3")
    target = tmp_path / "elsewhere.sqlite3"
    result = backup.restore(target, good.path, folder=folder)
    assert result.safety_backup is None and result.set_aside is None
    reopened = open_database(target, create=False)
    try:
        assert len(organization_names(reopened)) == 39
    finally:
        reopened.close()


def test_an_old_backup_is_brought_up_to_date_when_opened_after_restore(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    old = tmp_path / "old.sqlite3"
    database = open_database(old)
    with database.transaction() as session:
        organizations.create_organization(session=session, name="Open North Korea")
    with database.engine.begin() as connection:
        command.downgrade(db._alembic_config(connection), "0002")
    database.close()
    target = tmp_path / "current.sqlite3"
    open_database(target).close()

    backup.restore(target, old)
    reopened = open_database(target)
    try:
        assert db.schema_revision(reopened) == db.head_revision()
        assert organization_names(reopened) == {"Open North Korea"}
    finally:
        reopened.close()
