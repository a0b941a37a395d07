"""`coalitiondesk backup` and `restore` on a real server: backups on this computer in the
local backups' format, from one consistent moment while another person saves; listed,
rotated and kept per server; restored onto the server row for row; refused to a
volunteer (backup) and to a coordinator who does not own the database (restore)."""

from __future__ import annotations

import json
import stat
import threading
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
import sqlalchemy as sa
import sqlcipher3
from alembic import command

from coalitiondesk.cli import main
from coalitiondesk.core.models import Contact
from coalitiondesk.core.records import edits
from coalitiondesk.core.storage import backup, cipher, db, server_local_backups
from coalitiondesk.core.storage.backup import RetentionPolicy
from coalitiondesk.core.storage.db import Database, open_database
from coalitiondesk.core.storage.server_copy import copied_tables

if TYPE_CHECKING:
    from postgresql_cluster import Cluster

pytestmark = pytest.mark.postgresql

SECRET = "Witnessrq"


def _rows(target: str | Path) -> dict[str, list[dict[str, Any]]]:
    """Every copied table's rows in key order, as Python reads them from either engine."""
    database = open_database(target, create=False, migrate=False)
    try:
        with database.engine.connect() as connection:
            return {table.name: [dict(row._mapping) for row in connection.execute(
                sa.select(table).order_by(*(table.primary_key.columns or table.columns)))]
                for table in copied_tables(connection)}
    finally:
        database.close()


def _user(url: str, role: str, capsys: pytest.CaptureFixture[str], cluster: Cluster) -> str:
    name = str(sa.make_url(url).database)
    user = f"{role}_{name}"
    assert main(["--db", url, "server", "add-user", user, "--role", role]) == 0
    [line] = [line for line in capsys.readouterr().out.splitlines()
              if line.startswith("One-time password")]
    return cluster.url(name, user=user, password=line.rsplit(" ", 1)[1])


def _restricted_contact(url: str) -> None:
    database = open_database(url)
    try:
        edits.save_record(database, kind="contact", name=f"Ha {SECRET}",
                          values={"family_name": SECRET, "sensitivity": "restricted",
                                  "notes": "met in Seoul"})
    finally:
        database.close()


def _many_contacts(database: Database, count: int) -> None:
    with database.operation("import", "Contacts for the test") as operation:
        operation.session.execute(sa.insert(Contact), [
            {"given_name": "Jin", "family_name": f"Parkq{number}"} for number in range(count)])


def test_a_backup_taken_while_another_person_saves_is_one_moment_of_the_server(
        pg_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    server = open_database(pg_url)
    writer = open_database(pg_url)
    saved: list[int] = []
    stop = threading.Event()

    def save_one_after_another() -> None:
        while not stop.is_set():
            result = edits.save_record(writer, kind="contact", name="Mi-rae Kimq",
                                       values={"given_name": "Mi-rae", "family_name": "Kimq"})
            saved.append(result.record_id)

    try:
        _many_contacts(server, 5_000)
        thread = threading.Thread(target=save_one_after_another)
        thread.start()
        try:
            while len(saved) < 3:
                stop.wait(0.01)
            before = len(saved)
            assert main(["--db", pg_url, "backup"]) == 0
            during = len(saved) - before
        finally:
            stop.set()
            thread.join()
    finally:
        writer.close()
        server.close()
    assert "Backed up" in capsys.readouterr().out
    assert during > 0, "nobody saved while the backup read the server"
    [made] = server_local_backups.list_backups(sa.make_url(pg_url))
    assert made.reason == "manual" and made.path.name.startswith(
        f"{sa.make_url(pg_url).database}-")
    assert made.path.parent.parent == backup.backups_root()
    assert stat.S_IMODE(made.path.stat().st_mode) == 0o600
    assert not backup.verify_backup(made.path)
    rows = _rows(made.path)
    # Every contact in the copy has its journal entry, and every entry its contact: the
    # tables were read at one moment, between two of the other person's saves.
    contacts = {row["id"] for row in rows["contact"]}
    journaled = {json.loads(row["row_key"])[0] for row in rows["journal_change"]
                 if row["table_name"] == "contact" and row["action"] == "insert"}
    operations = {row["id"] for row in rows["journal_operation"]}
    assert contacts == journaled
    assert {row["operation_id"] for row in rows["journal_change"]} <= operations
    assert 5_000 < len(contacts) < 5_000 + len(saved)


def test_backups_are_listed_rotated_and_kept_per_server_never_per_password(
        postgresql_cluster: Cluster, pg_url: str, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    url = sa.make_url(pg_url)
    assert main(["--db", pg_url, "backup", "--list"]) == 0
    assert "No backups of" in capsys.readouterr().out
    database = open_database(pg_url)
    now = datetime.now(UTC).replace(microsecond=0)
    try:
        for days in (6, 5, 4, 3, 2, 1, 0):
            server_local_backups.back_up(database, now=now - timedelta(days=days),
                                         policy=RetentionPolicy(last=2, daily=1, weekly=0,
                                                                monthly=0))
    finally:
        database.close()
    kept = server_local_backups.list_backups(url)
    assert [info.created for info in kept] == [now - timedelta(days=days)
                                               for days in (0, 1, 2)]
    # The same database reached as another person, with a password, has the same backups.
    other = sa.make_url(postgresql_cluster.url(str(url.database), user="someone",
                                               password="s3cret-pw"))
    folder = server_local_backups.backup_folder(url)
    assert server_local_backups.backup_folder(other) == folder
    assert "s3cret" not in str(folder) and "someone" not in str(folder)
    assert server_local_backups.backup_folder(url.set(database="elsewhere")) != folder
    assert main(["--db", pg_url, "backup", "--list"]) == 0
    listed = capsys.readouterr().out
    assert str(folder) in listed and listed.count("-manual.sqlite3") == 3
    # --to writes one elsewhere, never rotated; an existing file is refused before reading.
    target = tmp_path / "travel.sqlite3"
    assert main(["--db", pg_url, "backup", "--to", str(target)]) == 0
    assert not backup.verify_backup(target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert len(server_local_backups.list_backups(url)) == 3
    assert main(["--db", pg_url, "backup", "--to", str(target)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "already exists" in err


def test_a_restore_puts_every_row_back_on_the_server_after_backing_it_up(
        pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    demo = tmp_path / "demo.sqlite3"
    assert main(["--db", str(demo), "demo"]) == 0
    assert main(["copy", str(demo), pg_url]) == 0
    _restricted_contact(pg_url)
    assert main(["--db", pg_url, "backup"]) == 0
    original = _rows(pg_url)
    [made] = server_local_backups.list_backups(sa.make_url(pg_url))
    assert _rows(made.path) == original
    # The server changes after the backup: a new person and a deleted one.
    database = open_database(pg_url)
    try:
        edits.save_record(database, kind="contact", name="Later Addedq",
                          values={"given_name": "Later", "family_name": "Addedq"})
        first = original["contact"][0]
        edits.delete_record(database, kind="contact", record_id=first["id"], name="someone")
    finally:
        database.close()
    changed = _rows(pg_url)
    capsys.readouterr()

    assert main(["--db", pg_url, "restore", str(made.path)]) == 0
    out = capsys.readouterr().out
    assert "Restored" in out and "state before the restore" in out
    assert _rows(pg_url) == original
    safety = [info for info in server_local_backups.list_backups(sa.make_url(pg_url))
              if info.reason == "before-restore"]
    assert len(safety) == 1 and _rows(safety[0].path) == changed
    # The server goes on journaling and numbering after the restore.
    database = open_database(pg_url)
    try:
        added = edits.save_record(database, kind="contact", name="After Restoreq",
                                  values={"given_name": "After", "family_name": "Restoreq"})
    finally:
        database.close()
    assert added.record_id > max(row["id"] for row in original["contact"])


def test_a_volunteer_may_not_back_up_nor_a_coordinator_restore(
        postgresql_cluster: Cluster, pg_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["server", "init", pg_url]) == 0
    _restricted_contact(pg_url)
    volunteer = _user(pg_url, "volunteer", capsys, postgresql_cluster)
    coordinator = _user(pg_url, "coordinator", capsys, postgresql_cluster)
    folder = server_local_backups.backup_folder(sa.make_url(pg_url))

    assert main(["--db", volunteer, "backup"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Only a coordinator backs up" in err
    assert not folder.exists() or not any(folder.iterdir())

    # A coordinator's backup holds the restricted contact a volunteer never sees.
    assert main(["--db", coordinator, "backup"]) == 0
    [made] = server_local_backups.list_backups(sa.make_url(pg_url))
    assert SECRET in {row["family_name"] for row in _rows(made.path)["contact"]}
    before = _rows(pg_url)
    capsys.readouterr()
    assert main(["--db", coordinator, "restore", str(made.path)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Only the owner of" in err
    assert _rows(pg_url) == before
    assert len(server_local_backups.list_backups(sa.make_url(pg_url))) == 1


def test_an_older_or_encrypted_local_backup_restores_onto_the_server(
        pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    old = tmp_path / "old.sqlite3"
    database = open_database(old)
    try:
        edits.save_record(database, kind="contact", name=f"Ha {SECRET}",
                          values={"family_name": SECRET})
        with database.engine.begin() as connection:
            command.downgrade(db._alembic_config(connection), "0018")
    finally:
        database.close()
    before = set(backup.backups_root().iterdir()) if backup.backups_root().is_dir() else set()
    assert main(["--db", pg_url, "restore", str(old)]) == 0
    assert "1 contacts" in capsys.readouterr().out
    # The backup itself was left as it was, and no backup of a working copy stayed behind.
    assert _revision(old) == "0018"
    assert set(backup.backups_root().iterdir()) - before == {
        server_local_backups.backup_folder(sa.make_url(pg_url))}

    encrypted = tmp_path / "encrypted.sqlite3"
    assert main(["--db", pg_url, "backup", "--to", str(encrypted)]) == 0
    monkeypatch.setenv("COALITIONDESK_PASSPHRASE", "correct horse battery")
    assert main(["--db", str(encrypted), "encrypt"]) == 0
    assert cipher.is_encrypted(encrypted)
    edits_database = open_database(pg_url)
    try:
        edits.save_record(edits_database, kind="contact", name="Later Addedqe",
                          values={"given_name": "Later", "family_name": "Addedqe"})
    finally:
        edits_database.close()
    capsys.readouterr()
    assert main(["--db", pg_url, "restore", str(encrypted)]) == 0
    assert "1 contacts" in capsys.readouterr().out
    monkeypatch.setenv("COALITIONDESK_PASSPHRASE", "wrong")
    assert main(["--db", pg_url, "restore", str(encrypted)]) == 1
    assert capsys.readouterr().err.count("\n") == 1


def _revision(path: Path) -> str:
    with closing(sqlcipher3.connect(path)) as connection:
        return str(connection.execute("SELECT version_num FROM alembic_version").fetchone()[0])
