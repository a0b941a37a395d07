"""Hearing at once that someone changed a server database: PostgreSQL's LISTEN/NOTIFY.

The journal's trigger function on the server (core.journal.triggers_postgresql)
notifies CHANNEL with the operation's id when the operation commits; nothing is
sent for a transaction rolled back. The payload is the id alone, never the
rows: the listener reads the change set from the journal, through the server's
row-level security, so a volunteer's window learns nothing of a restricted
contact from a notification.

`JournalListener` holds a connection of its own (a LISTEN lasts as long as its
connection, and a pooled one is shared) and blocks in `wait` until a
notification or the timeout; a caller runs it off the UI thread.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from coalitiondesk.core.storage import postgresql
from coalitiondesk.core.storage.server_errors import ServerUnreachable, unreachable

CHANNEL = "coalitiondesk_journal"


class JournalListener:
    """A connection listening for journal notifications on one server database."""

    def __init__(self, url: sa.URL) -> None:
        import psycopg

        dialect = sa.create_engine(postgresql.server_url(url)).dialect
        arguments, keywords = dialect.create_connect_args(postgresql.server_url(url))
        keywords.setdefault("connect_timeout", postgresql.CONNECT_TIMEOUT)
        keywords["application_name"] = "CoalitionDesk listener"
        try:
            self._connection: Any = psycopg.connect(*arguments, autocommit=True, **keywords)
            self._connection.execute(f"LISTEN {CHANNEL}")
        except psycopg.OperationalError:
            raise unreachable() from None

    def wait(self, timeout: float) -> list[int]:
        """The operation ids notified within `timeout` seconds (all those already
        arrived, once one has); [] when none came. Raises ServerUnreachable when
        the connection is lost: make a new listener once the server is back."""
        import psycopg

        found: list[int] = []
        try:
            for notice in self._connection.notifies(timeout=timeout, stop_after=1):
                found.append(_operation_id(notice.payload))
            # Others may already be waiting behind the first: take them without waiting.
            for notice in self._connection.notifies(timeout=0):
                found.append(_operation_id(notice.payload))
        except psycopg.Error:
            self.close()
            raise unreachable() from None
        if self._connection.closed:
            raise unreachable()
        return found

    def close(self) -> None:
        self._connection.close()  # psycopg closes a broken connection without complaint


def _operation_id(payload: str) -> int:
    return int(payload) if payload.isdigit() else 0


__all__ = ["CHANNEL", "JournalListener", "ServerUnreachable"]
