"""A read-only command whose server went away after it had printed part of its output
ends in the one connection message instead of running again and printing that part
twice (one that printed nothing yet runs again: tests/cli/test_server_wait_cli.py)."""

from __future__ import annotations

import argparse
import threading
from typing import TYPE_CHECKING

import pytest
from sqlmodel import func, select

from coalitiondesk import commands
from coalitiondesk.core.models import Organization
from coalitiondesk.core.storage.server_errors import ServerUnreachable
from server_trouble import block, unblock

if TYPE_CHECKING:
    from postgresql_cluster import Cluster

pytestmark = pytest.mark.postgresql


def listing(cluster: Cluster, url: str, back: list[threading.Timer]
            ) -> tuple[list[int], commands.Run]:
    """A command that reads twice, printing after each read; the server goes away
    between its two reads the first time, and comes back a moment later."""
    runs: list[int] = []
    name = url.split("@/", 1)[1].split("?", 1)[0]

    def command(args: argparse.Namespace) -> int:
        runs.append(1)
        with commands.opened(args) as database:
            with database.session() as session:
                count = session.exec(select(func.count()).select_from(Organization)).one()
            print(f"organizations: {count}")
            if len(runs) == 1:
                block(cluster, name)
                back.append(threading.Timer(1.0, unblock, (cluster, name)))
                back[-1].start()
            with database.session() as session:
                again = session.exec(select(func.count()).select_from(Organization)).one()
            print(f"still: {again}")
        return 0

    return runs, command


def test_a_command_that_printed_part_of_its_output_is_not_run_again(
        postgresql_cluster: Cluster, pg_url: str, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(commands, "SERVER_RETRY_SECONDS", 0.3)
    back: list[threading.Timer] = []
    runs, command = listing(postgresql_cluster, pg_url, back)
    try:
        with pytest.raises(ServerUnreachable):
            commands.run_patiently(command, argparse.Namespace(db=pg_url,
                                                               passphrase_file=None))
    finally:
        for timer in back:
            timer.join()
    assert runs == [1]
    assert capsys.readouterr().out == "organizations: 0\n"

