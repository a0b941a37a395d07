"""The command line and a server that does not answer: it waits a short while, saying so
once, and goes on when the server is back, running again from the start a command
whose connection went before anything of it was committed; it never runs again one
whose connection went during COMMIT, which may have been saved."""

from __future__ import annotations

import argparse
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
import sqlalchemy as sa

from coalitiondesk import cli, commands
from coalitiondesk.core.records import contacts, organizations
from coalitiondesk.core.storage.server_errors import ServerUnreachable
from server_trouble import (
    block,
    connection_lost_at_commit,
    connection_lost_once_before_commit,
    server_away,
    unblock,
)

if TYPE_CHECKING:
    from postgresql_cluster import Cluster

pytestmark = pytest.mark.postgresql

WAITING = "coalitiondesk: server not answering, retrying…"


@pytest.fixture
def partners(tmp_path: Path) -> Path:
    """A partner's list of three organizations, every row good."""
    path = tmp_path / "partners.csv"
    path.write_text("Organisation,Country,Membership\n"
                    "Citizens' Alliance for North Korean Human Rights,ROK,member\n"
                    "Database Center for North Korean Human Rights,South Korea,member\n"
                    "Han Voice,Canada,member\n", encoding="utf-8")
    return path


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "coalitiondesk", *args], capture_output=True,
                          text=True, timeout=120)


def database_name(url: str) -> str:
    return url.split("@/", 1)[1].split("?", 1)[0]


def organization_names(url: str) -> list[str]:
    engine = sa.create_engine(url.replace("postgresql://", "postgresql+psycopg://"),
                              poolclass=sa.NullPool)
    try:
        with engine.connect() as connection:
            return [name for name, in connection.exec_driver_sql(
                "SELECT name FROM organization ORDER BY name")]
    finally:
        engine.dispose()


def test_a_command_waits_for_a_server_that_comes_back(
        postgresql_cluster: Cluster, pg_url: str, partners: Path) -> None:
    name = database_name(pg_url)
    block(postgresql_cluster, name)
    back = threading.Timer(4.0, unblock, (postgresql_cluster, name))
    back.start()
    try:
        imported = run("--db", pg_url, "import", str(partners))
    finally:
        back.join()
    assert imported.returncode == 0, imported.stderr
    assert imported.stderr.strip().splitlines() == [WAITING]
    assert "created 3" in imported.stdout
    assert len(organization_names(pg_url)) == 3


def test_a_server_that_stays_away_is_one_clear_message_after_the_wait(
        postgresql_cluster: Cluster, pg_url: str, partners: Path,
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(commands, "SERVER_WAIT_SECONDS", 1.0)
    monkeypatch.setattr(commands, "SERVER_RETRY_SECONDS", 0.2)
    name = database_name(pg_url)
    started = time.monotonic()
    with server_away(postgresql_cluster, name):
        status = cli.main(["--db", pg_url, "import", str(partners)])
    assert status != 0
    assert time.monotonic() - started < 10
    lines = capsys.readouterr().err.strip().splitlines()
    assert lines == [WAITING, f"coalitiondesk: The server {postgresql_cluster.folder} lets no"
                     f" one in to {name} at the moment: try again later, or ask the server's"
                     " administrator"]
    assert organization_names(pg_url) == []


def test_a_command_whose_connection_went_before_commit_runs_again_and_saves_once(
        pg_url: str, partners: Path) -> None:
    connection_lost_once_before_commit(pg_url, table="organization")
    imported = run("--db", pg_url, "import", str(partners))
    assert imported.returncode == 0, imported.stderr
    assert imported.stderr.strip().splitlines() == [WAITING]
    names = organization_names(pg_url)
    assert len(names) == 3 and len(set(names)) == 3
    history = run("--db", pg_url, "history", "--limit", "3").stdout.splitlines()
    assert sum("Import partners.csv" in line for line in history) == 1


def test_a_command_whose_connection_went_during_commit_is_not_run_again(
        pg_url: str, partners: Path) -> None:
    connection_lost_at_commit(pg_url, table="organization")
    imported = run("--db", pg_url, "import", str(partners))
    assert imported.returncode != 0
    assert "Traceback" not in imported.stderr
    lines = imported.stderr.strip().splitlines()
    assert len(lines) == 1, imported.stderr
    assert "may or may not have been saved; check with history" in lines[0]


def test_the_wait_is_set_by_a_variable_and_a_wrong_one_is_one_line(
        postgresql_cluster: Cluster, pg_url: str, partners: Path,
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    name = database_name(pg_url)
    with server_away(postgresql_cluster, name):
        monkeypatch.setenv("COALITIONDESK_SERVER_WAIT", "0")
        assert cli.main(["--db", pg_url, "import", str(partners)]) != 0
        assert capsys.readouterr().err.startswith(
            f"coalitiondesk: The server {postgresql_cluster.folder} lets no one in")
        monkeypatch.setenv("COALITIONDESK_SERVER_WAIT", "soon")
        assert cli.main(["--db", pg_url, "import", str(partners)]) != 0
        assert capsys.readouterr().err.strip().splitlines() == [
            "coalitiondesk: COALITIONDESK_SERVER_WAIT is a number of seconds to wait for a"
            " server that does not answer (0: none), not 'soon'"]


def test_a_command_that_committed_before_its_connection_went_is_not_run_again(
        pg_url: str) -> None:
    # Two transactions: the first commits, the second loses its connection before
    # its COMMIT. Running the command again would make the first change twice.
    connection_lost_once_before_commit(pg_url, table="contact")
    runs: list[int] = []

    def two_changes(args: argparse.Namespace) -> int:
        runs.append(1)
        with commands.opened(args, write=True) as database:
            with database.operation("create", "New organization") as operation:
                organizations.create_organization(session=operation.session,
                                                  name=f"Han Voice {len(runs)}")
            with database.operation("create", "New contact") as operation:
                contacts.create_contact(session=operation.session, given_name="Hana",
                                        family_name="Kim")
        return 0

    with pytest.raises(ServerUnreachable):
        commands.run_patiently(two_changes, argparse.Namespace(db=pg_url, passphrase_file=None))
    assert runs == [1]
    assert organization_names(pg_url) == ["Han Voice 1"]
