"""A server that went away in the middle of work: one error, one sentence.

A save on a PostgreSQL server fails with the driver's OperationalError when the
connection drops (the server restarted, the network went, an administrator
ended the session). Nothing was written: the transaction died with the
connection. The window keeps the person's edits, and a record form saves them
again by itself once the server answers (ui.app.server_retry); the engine's
pre-ping replaces the dead connection then.

A connection lost during COMMIT is another matter: the server may have applied
the change before the connection went. That is CommitUncertain, which nothing
retries (a retry could make the change twice): the person is told to look at
the history.
"""

from __future__ import annotations

import sqlalchemy as sa

from coalitiondesk.core.errors import CoalitionDeskError

# SQLSTATE classes of a connection lost or refused (08: connection exception), and
# 57P01 to 57P03: the server shutting down, crashed, or not yet accepting connections.
_LOST_STATES = ("08", "57P01", "57P02", "57P03")


class ServerUnreachable(CoalitionDeskError):
    """The server stopped answering during an operation; nothing of it was saved."""


class CommitUncertain(CoalitionDeskError):
    """The connection went while the server was committing: saved or not, nobody knows."""


def commit_uncertain() -> CommitUncertain:
    return CommitUncertain("The connection to the server was lost while the change was being"
                           " saved: it may or may not have been saved; check with history"
                           " before making it again")


def unreachable() -> ServerUnreachable:
    # Shown where nothing retries by itself (the command line, after its short wait):
    # the person saves again. A window's forms and panels say "Reconnecting" instead.
    return ServerUnreachable("The server cannot be reached; nothing was saved and your edits"
                             " are kept: save again once it is back")


def is_lost_connection(error: BaseException) -> bool:
    """Whether `error` (SQLAlchemy's or the driver's) says the connection to a server
    is gone, rather than that the server refused a statement. A local file's errors
    are never this one."""
    try:
        import psycopg
    except ImportError:  # no server driver: never a server's connection
        return False
    original = getattr(error, "orig", None) or error
    if not isinstance(original, psycopg.Error):
        return False
    if isinstance(error, sa.exc.DBAPIError) and error.connection_invalidated:
        return True
    state = str(original.sqlstate or "")
    # A connection that died without a word from the server carries no SQLSTATE.
    return state.startswith(_LOST_STATES) or (
        isinstance(original, psycopg.OperationalError) and not state)


def lost_connection(error: BaseException, *, committing: bool = False
                    ) -> ServerUnreachable | CommitUncertain | None:
    """The one sentence for a lost server (`committing`: lost during COMMIT); None for
    any other failure."""
    if not is_lost_connection(error):
        return None
    return commit_uncertain() if committing else unreachable()
