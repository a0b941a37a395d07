"""`coalitiondesk server backup` and `server purge` on a real server: a dump that
pg_restore reads back into a working database, written for its user alone; a purge
that takes a deleted person's row out of the table's file; refusals in one line."""

from __future__ import annotations

import stat
import subprocess
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
import sqlalchemy as sa
from sqlmodel import select

from coalitiondesk.cli import main
from coalitiondesk.core.models import Contact
from coalitiondesk.core.records import edits
from coalitiondesk.core.storage.db import open_database
from coalitiondesk.core.storage.server_backup import _client

if TYPE_CHECKING:
    from postgresql_cluster import Cluster

pytestmark = pytest.mark.postgresql

NAME = "Witnessbq"


def _user(url: str, role: str, capsys: pytest.CaptureFixture[str],
          cluster: Cluster) -> str:
    name = str(sa.make_url(url).database)
    user = f"{role}_{name}"
    assert main(["--db", url, "server", "add-user", user, "--role", role]) == 0
    [line] = [line for line in capsys.readouterr().out.splitlines()
              if line.startswith("One-time password")]
    return cluster.url(name, user=user, password=line.rsplit(" ", 1)[1])


def test_a_backup_restores_into_a_new_database(
        postgresql_cluster: Cluster, pg_url: str, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["server", "init", pg_url]) == 0
    owner = open_database(pg_url)
    try:
        edits.save_record(owner, kind="contact", name=f"Ha {NAME}",
                          values={"family_name": NAME, "notes": "met in Seoul"})
    finally:
        owner.close()
    coordinator = _user(pg_url, "coordinator", capsys, postgresql_cluster)
    target = tmp_path / "server.dump"
    # A coordinator's backup (row-level security applies to them) holds every row.
    assert main(["server", "backup", coordinator, "--to", str(target)]) == 0
    assert "Backed up" in capsys.readouterr().out
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert not list(tmp_path.glob(".*partial"))
    restored = postgresql_cluster.new_database()
    subprocess.run([_client("pg_restore"), "--no-owner", "--exit-on-error",
                    f"--dbname={postgresql_cluster.url(restored)}", str(target)], check=True,
                   capture_output=True)
    database = open_database(postgresql_cluster.url(restored))
    try:
        with database.session() as session:
            contact = session.exec(select(Contact)).one()
        assert (contact.family_name, contact.notes) == (NAME, "met in Seoul")
    finally:
        database.close()
    # An existing file is never overwritten.
    assert main(["server", "backup", pg_url, "--to", str(target)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "already exists" in err


def test_a_volunteer_may_neither_back_up_nor_purge(
        postgresql_cluster: Cluster, pg_url: str, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["server", "init", pg_url]) == 0
    volunteer = _user(pg_url, "volunteer", capsys, postgresql_cluster)
    target = tmp_path / "taken.dump"
    assert main(["server", "backup", volunteer, "--to", str(target)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "permission denied" in err
    assert not target.exists() and not list(tmp_path.iterdir())
    assert main(["server", "purge", volunteer]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Only the database's owner may purge it" in err
    assert main(["server", "backup", str(tmp_path / "local.sqlite3"), "--to",
                 str(target)]) == 1
    assert "needs a server database's address" in capsys.readouterr().err


def test_purge_takes_a_deleted_persons_row_out_of_the_table_file(
        postgresql_cluster: Cluster, pg_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    database = open_database(pg_url)
    try:
        saved = edits.save_record(database, kind="contact", name=f"Ha {NAME}",
                                  values={"family_name": NAME})
        edits.delete_record(database, kind="contact", record_id=saved.record_id,
                            name=f"Ha {NAME}")
        with database.engine.connect() as connection:
            data = Path(str(connection.exec_driver_sql(
                "SELECT current_setting('data_directory')").scalar()))
            relation = str(connection.exec_driver_sql(
                "SELECT pg_relation_filepath('contact')").scalar())
            connection.exec_driver_sql("CHECKPOINT")
        assert NAME.encode() in (data / relation).read_bytes()
        assert main(["server", "purge", pg_url]) == 0
        assert "Purged" in capsys.readouterr().out
        with database.engine.connect() as connection:
            relation = str(connection.exec_driver_sql(
                "SELECT pg_relation_filepath('contact')").scalar())
            connection.exec_driver_sql("CHECKPOINT")
        assert NAME.encode() not in (data / relation).read_bytes()
    finally:
        database.close()
