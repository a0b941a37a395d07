"""A shared database on a PostgreSQL server: its address, engine, checks and failures.

core.storage.db opens it through the functions here; everything else (tables,
journal, undo, search) works on both engines, with the few differences behind
dialect checks where they are. Sorting is made to match SQLite's here too:
where NULL goes in an ORDER BY. What the server's roles refuse (core.storage.
server_roles) becomes one sentence here too: `refusal`.
"""

from __future__ import annotations

import logging
from typing import Any
from urllib.parse import unquote

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql import operators
from sqlalchemy.sql.elements import UnaryExpression

from coalitiondesk.core.errors import CoalitionDeskError, DatabaseUnavailable, Message

DRIVER = "postgresql+psycopg"
# How long opening waits for a server that does not answer, in seconds.
CONNECT_TIMEOUT = 10
# One number every CoalitionDesk writer locks: see `_on_begin`.
WRITER_LOCK = 0x436F_616C  # "Coal"

# psycopg logs what it ignores while closing a connection the server dropped ("error
# ignored terminating <psycopg.Pipeline [BAD]>"); with no handler of the application's,
# Python prints that on stderr beside the one sentence the person is given instead.
logging.getLogger("psycopg").addHandler(logging.NullHandler())


@compiles(UnaryExpression, "postgresql")
def _nulls_sorted_as_on_sqlite(element: UnaryExpression[Any], compiler: Any, **kw: Any) -> str:
    """ORDER BY x ASC puts NULL first on SQLite and last on PostgreSQL: a table sorted by
    country or date must not change order with the engine, so on the server an order
    that does not say where NULL goes says it as SQLite does."""
    if element.modifier in (operators.nullsfirst_op, operators.nullslast_op):
        return str(compiler.visit_unary(element, _nulls_said=True, **kw))
    text = str(compiler.visit_unary(element, **kw))
    if kw.get("_nulls_said"):
        return text
    if element.modifier is operators.asc_op:
        return text + " NULLS FIRST"
    if element.modifier is operators.desc_op:
        return text + " NULLS LAST"
    return text


def is_server_url(url: sa.URL) -> bool:
    return url.get_backend_name() == "postgresql"


def server_url(url: sa.URL) -> sa.URL:
    """`postgresql://user@host/name` with the driver CoalitionDesk uses (psycopg 3)."""
    if url.drivername in ("postgresql", "postgres"):
        return url.set(drivername=DRIVER)
    return url


def display_address(url: sa.URL) -> str:
    """A server's address as the person typed it: no password, no driver, no %2F."""
    shown = url.set(drivername=url.get_backend_name()).render_as_string(hide_password=True)
    return unquote(shown)


def create_engine(url: sa.URL) -> Engine:
    engine = sa.create_engine(url, pool_pre_ping=True, pool_size=4, max_overflow=16,
                              connect_args={"connect_timeout": CONNECT_TIMEOUT,
                                            "application_name": "CoalitionDesk",
                                            # The journal writes its times as UTC text.
                                            "options": "-c TimeZone=UTC"})
    event.listen(engine, "begin", _on_begin)
    return engine


def _on_begin(connection: sa.Connection) -> None:
    # Writers take turns, as on SQLite (BEGIN IMMEDIATE): a check-then-write (a
    # record's version before its save, the next signature position, a letter
    # title not yet taken) then sees every write committed before it, and two
    # people saving at once are never both told their save went through. Readers
    # never wait; the lock goes with the transaction.
    if connection.get_execution_options().get("immediate", False):
        connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITER_LOCK})")


def refuse_unsuitable(connection: sa.Connection, *, name: str) -> None:
    """Refuse a server database whose lower() folds ASCII only (a database made with the
    C or POSIX character type, or not in UTF-8): searching "ärzte" would miss "Ärzte",
    and "Ärzte" and "ärzte" would be two different tags."""
    folded = connection.exec_driver_sql("SELECT lower('ÄΩЖ')").scalar()
    if folded != "äωж":
        raise DatabaseUnavailable(
            "{name} does not fold letters beyond A to Z into lower case (its character "
            "type is C or it is not in UTF-8): create it again with ENCODING 'UTF8' and a "
            "UTF-8 LC_CTYPE such as 'C.UTF-8'", name=name)


class ServerNotAnswering(DatabaseUnavailable):
    """Connecting failed because the server is down, starting, stopping or letting no one
    in to the database for now: unlike a wrong password, it may answer in a moment."""


# What a server that may answer in a moment says, or what is said for it.
_NOT_ANSWERING = ("connection refused", "no such file or directory", "timeout expired",
                  "could not connect", "network is unreachable",
                  "is not currently accepting connections", "the database system is starting up",
                  "the database system is shutting down", "the database system is in recovery",
                  "server closed the connection unexpectedly")


def connection_failure(url: sa.URL, error: BaseException) -> DatabaseUnavailable:
    """The error for a failure to connect: ServerNotAnswering when trying again later
    may help, else DatabaseUnavailable; either says what went wrong in one sentence."""
    described = describe_failure(url, error)
    lowered = str(error).lower()
    if any(words in lowered for words in _NOT_ANSWERING):
        return ServerNotAnswering(described)
    return DatabaseUnavailable(described)


def describe_failure(url: sa.URL, error: BaseException) -> Message:
    """What went wrong connecting to the server, as one sentence the person can act on."""
    detail = str(error).strip()
    state = getattr(error, "sqlstate", None)
    name = display_address(url)
    user = url.username or "(your account's name)"
    server = url.host or str(url.query.get("host") or "this machine")
    lowered = detail.lower()
    if state == "3D000" or ("database" in lowered and "does not exist" in lowered):
        return Message("There is no database {database} on the server {server}: ask the"
                       " server's administrator to create it", database=url.database or "",
                       server=server)
    if state == "28P01" or "password authentication failed" in lowered:
        return Message("The server {server} refused the password for {user}",
                       server=server, user=user)
    if "no password supplied" in lowered:
        return Message("The server {server} asks for {user}'s password: give it in the"
                       " address or in the password file (~/.pgpass)", server=server, user=user)
    if "no encryption" in lowered or ("ssl" in lowered and "required" in lowered):
        return Message("The server {server} accepts encrypted connections only: add"
                       " ?sslmode=require to the address", server=server)
    if (state == "28000" or ("role" in lowered and "does not exist" in lowered)
            or "permission denied for database" in lowered):
        return Message("The server {server} does not let {user} in to {database}",
                       server=server, user=user, database=url.database or "")
    if "is not currently accepting connections" in lowered:
        return Message("The server {server} lets no one in to {database} at the moment: try"
                       " again later, or ask the server's administrator",
                       server=server, database=url.database or "")
    if any(words in lowered for words in ("connection refused", "no such file or directory",
                                          "could not translate host name", "timeout expired",
                                          "could not connect", "network is unreachable")):
        return Message("Cannot reach the database server {server}: check that it is running"
                       " and that this computer can reach it", server=server)
    first = detail.splitlines()[0] if detail else type(error).__name__
    return Message("Cannot open {name}: {detail}", name=name,
                   detail=first.removeprefix("connection failed: "))



class NotPermitted(CoalitionDeskError):
    """The server refused a change (or a read) the person's role does not allow."""


EXPORT_REFUSED = Message("Your role on this server may not export contacts: ask a"
                         " coordinator; nothing was exported")

# SQLSTATE 42501: a missing privilege, and a row that row-level security keeps out.
_INSUFFICIENT_PRIVILEGE = "42501"
# A withheld column of a volunteer's view (server_columns) given a value.
_FEATURE_NOT_SUPPORTED = "0A000"


def refusal(error: BaseException) -> NotPermitted | None:
    """What a server's refusal by role means, as one sentence; None for another failure."""
    original = getattr(error, "orig", None) or error
    state = getattr(original, "sqlstate", None)
    detail = str(original).lower()
    if state == _FEATURE_NOT_SUPPORTED and "of view" in detail:
        return NotPermitted("Your role on this server may not change a private field;"
                            " nothing was changed")
    if state != _INSUFFICIENT_PRIVILEGE:
        return None
    if "permission denied for column" in detail:
        return NotPermitted("Your role on this server may not change a private field;"
                            " nothing was changed")
    if "row-level security" in detail and "activity_contact" in detail:
        return NotPermitted(EXPORT_REFUSED)
    if "row-level security" in detail:
        return NotPermitted("The server did not save this: the record would be one your role"
                            " may not see (a restricted contact); nothing was changed")
    if "permission denied" in detail and "delete" in _statement(error):
        return NotPermitted("Your role on this server may not delete records: ask a"
                            " coordinator; nothing was changed")
    return NotPermitted("Your role on this server does not allow this; nothing was changed")


def _statement(error: BaseException) -> str:
    return str(getattr(error, "statement", "") or "").lstrip().lower()[:20]
