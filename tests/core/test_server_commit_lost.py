"""A connection lost before COMMIT saved nothing and may be tried again; one lost during
COMMIT may have saved the change, and says so instead of inviting a second try."""

from __future__ import annotations

import pytest

from coalitiondesk.core.records import organizations
from coalitiondesk.core.storage.db import Database
from coalitiondesk.core.storage.server_errors import CommitUncertain, ServerUnreachable
from server_trouble import connection_lost_at_commit, connection_lost_once_before_commit

pytestmark = pytest.mark.postgresql


def add(database: Database, name: str) -> None:
    with database.operation("create", f"New organization {name}") as operation:
        organizations.create_organization(session=operation.session, name=name)


def names(database: Database) -> set[str]:
    with database.session() as session:
        return {organization.name for organization in organizations.list_organizations(
            session=session)}


def test_a_connection_lost_during_commit_may_have_saved_and_says_so(
        pg_url: str, pg_database: Database) -> None:
    connection_lost_at_commit(pg_url, table="organization")
    with pytest.raises(CommitUncertain) as lost:
        add(pg_database, "Amnesty Seoul")
    assert not isinstance(lost.value, ServerUnreachable)
    assert "may or may not have been saved; check with history" in str(lost.value)


def test_a_connection_lost_before_commit_saved_nothing_and_the_next_try_saves_once(
        pg_url: str, pg_database: Database) -> None:
    connection_lost_once_before_commit(pg_url, table="organization")
    with pytest.raises(ServerUnreachable):
        add(pg_database, "Amnesty Seoul")
    assert "Amnesty Seoul" not in names(pg_database)
    add(pg_database, "Amnesty Seoul")
    assert "Amnesty Seoul" in names(pg_database)
