"""A server database says at once that someone committed a change, and a save whose
server went away is one sentence that changed nothing."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

from coalitiondesk.core.records import organizations
from coalitiondesk.core.storage.db import Database, open_database
from coalitiondesk.core.storage.server_errors import ServerUnreachable
from coalitiondesk.core.storage.server_notify import JournalListener

if TYPE_CHECKING:
    from postgresql_cluster import Cluster

pytestmark = pytest.mark.postgresql


@pytest.fixture
def second(pg_url: str, pg_database: Database) -> Iterator[Database]:
    """Another person's window on the same server database."""
    other = open_database(pg_url)
    try:
        yield other
    finally:
        other.close()


def add(database: Database, name: str) -> int:
    with database.operation("create", f"New organization {name}") as operation:
        organizations.create_organization(session=operation.session, name=name)
    return operation.id


def test_a_commit_is_heard_at_once_by_another_connection_and_a_rollback_never(
        pg_database: Database, second: Database) -> None:
    listener = JournalListener(second.url)
    try:
        assert listener.wait(0.05) == []
        with pytest.raises(RuntimeError), pg_database.operation("create", "Given up") as op:
            organizations.create_organization(session=op.session, name="Never saved")
            raise RuntimeError("the person cancelled")
        assert listener.wait(0.2) == []  # a rolled-back operation tells nobody anything

        started = time.monotonic()
        operation_id = add(pg_database, "Amnesty International")
        heard = listener.wait(5)
        assert time.monotonic() - started < 1
        # One notification for the operation, however many rows its journal holds.
        assert heard == [operation_id]
    finally:
        listener.close()


def test_a_listener_whose_server_goes_away_says_so_in_one_sentence(
        postgresql_cluster: Cluster, pg_database: Database) -> None:
    listener = JournalListener(pg_database.url)
    name = pg_database.url.database
    postgresql_cluster.execute(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
        f" WHERE datname = '{name}' AND application_name = 'CoalitionDesk listener'")
    with pytest.raises(ServerUnreachable, match="The server cannot be reached"):
        listener.wait(2)


def test_a_save_while_the_server_is_unreachable_is_one_sentence_and_saves_nothing(
        postgresql_cluster: Cluster, pg_database: Database) -> None:
    name = pg_database.url.database
    add(pg_database, "Before")
    # What a server that went down looks like from here: every connection cut and
    # no new one let in.
    postgresql_cluster.execute(
        f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS false',
        f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'")
    try:
        with pytest.raises(ServerUnreachable) as refused:
            add(pg_database, "During")
        assert str(refused.value) == refused.value.message
        assert "your edits are kept" in str(refused.value)
    finally:
        postgresql_cluster.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true')
    # Back again: the dead connections are replaced, and the save goes through.
    add(pg_database, "After")
    with pg_database.session() as session:
        names = {organization.name for organization in organizations.list_organizations(
            session=session)}
    assert {"Before", "After"} <= names and "During" not in names
