"""Operations: every change is one, recorded in the journal, with the change set it made.

`Database.operation()` opens one: it writes a journal_operation row and marks
it current, so that the triggers file every row the transaction changes under
it. On the way out it returns a `ChangeSet` (what the window must refresh),
and a record's version is simply the id of its latest journal entry, so a form
saved from an older version is refused with the operations that came between.
"""

from __future__ import annotations

import getpass
import json
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from typing import Any

from sqlmodel import Session, col, select

from coalitiondesk.core.errors import CoalitionDeskError, Message
from coalitiondesk.core.models import JournalChange, JournalOperation, utcnow


def current_user() -> str:
    """Who makes the change: the operating system's user (on a server, its role)."""
    # getpass.getuser's order; read per operation, since a test or a service may set it.
    for variable in ("LOGNAME", "USER", "LNAME", "USERNAME"):
        if name := os.environ.get(variable):
            return name
    return _account_name()


@cache
def _account_name() -> str:
    """The account's name from the system (a password-file read: done once)."""
    try:
        return getpass.getuser()
    except Exception:  # no user name in this environment (a container, a service)
        return "unknown"


@dataclass(frozen=True)
class ChangeSet:
    """What one or more operations changed, by the record each row belongs to.

    `records` maps an owner table ("organization", "contact", "letter" ...) to
    the keys (as text) of the records changed; `everything` means reload all
    (a restored backup, another database).
    """

    records: Mapping[str, frozenset[str]] = field(default_factory=dict)
    tables: frozenset[str] = frozenset()
    operation_id: int | None = None
    everything: bool = False

    def __bool__(self) -> bool:
        return self.everything or bool(self.tables)

    def touches(self, *tables: str) -> bool:
        return self.everything or any(t in self.tables or t in self.records for t in tables)

    def ids(self, owner: str) -> set[int]:
        return {int(key) for key in self.records.get(owner, ()) if key.isdigit()}



EVERYTHING = ChangeSet(everything=True)


@dataclass(frozen=True)
class OperationInfo:
    id: int
    at: datetime
    who: str
    kind: str
    label: str

    def describe(self) -> str:
        return f"“{self.label}” ({self.at:%Y-%m-%d %H:%M} UTC, {self.who})"


class StaleRecord(CoalitionDeskError):
    """A save from a form opened before the record last changed."""

    def __init__(self, what: str, operations: list[OperationInfo], version: int) -> None:
        since = "; ".join(op.describe() for op in operations) or Message("another program")
        super().__init__("{what} was changed since you opened it, by {since}. Reload it, or"
                         " apply your own edits on top of the new version.",
                         what=what, since=since)
        self.operations = operations
        self.version = version


@dataclass
class Operation:
    """An open operation: its session, its journal id, and (once closed) its change set."""

    session: Session
    id: int
    changes: ChangeSet = field(default_factory=ChangeSet)
    import_batch_id: int | None = None
    """The import this operation is (set once its batch row exists)."""
    deleted: list[tuple[str, str]] = field(default_factory=list)
    """(table, key as JSON) of every row it deleted, once finished."""
    versions: dict[tuple[str, str], int] = field(default_factory=dict)
    """Each record it changed, with its version afterwards, once finished."""
    subject: tuple[str, Any] | None = None
    """The one record the label names (set once a new record has its id): deleting
    that record later takes its name out of the label (core.journal.erasure)."""

    def expect(self, owner: str, key: Any, version: int | None, *, what: str) -> None:
        """Refuse the change when the record moved on from `version` (None: no check)."""
        if version is None:
            return
        current = record_version(session=self.session, owner=owner, key=key)
        if current != version:
            raise StaleRecord(what, operations_since(
                session=self.session, owner=owner, key=key, version=version), current)


# Plain statements: an operation runs these around every save, and building them
# through the ORM cost more than the save's own work.
_BEGIN = ("INSERT INTO journal_operation (at, who, kind, label, undoable, reverts_id,"
          " import_batch_id, subject_table, subject_key, in_progress)"
          " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
# On a server, who is the database role the person connects as.
_BEGIN_ON_SERVER = (_BEGIN.replace("VALUES (?, ?,", "VALUES (?, session_user,")
                    + " RETURNING id")
# A server's triggers read journal_current; SQLite's read the in-progress mark,
# which costs a save no page of its own (core.journal.triggers).
_MAKE_CURRENT = "INSERT INTO journal_current (operation_id) VALUES (?)"
_NONE_CURRENT = "DELETE FROM journal_current"
_DROP = "DELETE FROM journal_operation WHERE id = ?"
_DONE = ("UPDATE journal_operation SET in_progress = ?, subject_table = ?, subject_key = ?,"
         " import_batch_id = ? WHERE id = ?")
# Three small queries rather than one grouped by row: an import writes a journal row
# per record and link, and grouping 100,000 of them by row cost more than the rest
# of the journal's work on that import.
_TABLES = "SELECT DISTINCT table_name FROM journal_change WHERE operation_id = ?"
_OWNERS = ("SELECT owner_table, owner_key, max(id) FROM journal_change"
           " WHERE operation_id = ? AND owner_key IS NOT NULL GROUP BY owner_table, owner_key")
_DELETED = ("SELECT DISTINCT table_name, row_key FROM journal_change"
            " WHERE operation_id = ? AND action = 'delete'")
_VERSION = ("SELECT coalesce(max(id), 0) FROM journal_change"
            " WHERE owner_table = ? AND owner_key = ?")
_LATEST = "SELECT coalesce(max(id), 0) FROM journal_change"


def _run(session: Session, statement: str, parameters: tuple[Any, ...] = ()) -> Any:
    """A plain statement on the driver's cursor, inside the session's transaction. These
    run around every save: even SQLAlchemy's exec_driver_sql doubled their cost."""
    connection = session.connection()
    cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
    if connection.dialect.paramstyle != "qmark":  # psycopg's placeholders, on a server
        statement = statement.replace("?", "%s")
    return cursor.execute(statement, parameters)


def _scalar(session: Session, statement: str, parameters: tuple[Any, ...] = ()) -> int:
    row = _run(session, statement, parameters).fetchone()
    return int(row[0] or 0) if row else 0


def _on_server(session: Session) -> bool:
    return session.connection().dialect.name == "postgresql"


def _key(subject: tuple[str, Any] | None) -> tuple[str | None, str | None]:
    return (subject[0], str(subject[1])) if subject else (None, None)


def begin(session: Session, *, kind: str, label: str, undoable: bool = True,
          reverts_id: int | None = None, import_batch_id: int | None = None,
          subject: tuple[str, Any] | None = None) -> Operation:
    at = utcnow().strftime("%Y-%m-%d %H:%M:%S.%f")  # as SQLAlchemy stores datetimes here
    values = (at, current_user(), kind, label, undoable, reverts_id, import_batch_id,
              *_key(subject), True)
    if _on_server(session):  # psycopg has no lastrowid
        operation_id = _scalar(session, _BEGIN_ON_SERVER, (values[0], *values[2:]))
        _run(session, _MAKE_CURRENT, (operation_id,))
    else:
        operation_id = int(_run(session, _BEGIN, values).lastrowid)
    return Operation(session=session, id=operation_id, subject=subject,
                     import_batch_id=import_batch_id)


def finish(operation: Operation) -> ChangeSet:
    """Close the operation: no longer current, dropped if it changed nothing."""
    session = operation.session
    session.flush()
    if _on_server(session):
        _run(session, _NONE_CURRENT)
    tables = {table for table, in _run(session, _TABLES, (operation.id,))}
    records: dict[str, set[str]] = {}
    for owner, key, latest in _run(session, _OWNERS, (operation.id,)):
        if owner is not None:
            records.setdefault(owner, set()).add(key)
            operation.versions[(owner, key)] = latest
    operation.deleted.extend(_run(session, _DELETED, (operation.id,)))
    if not tables:
        _run(session, _DROP, (operation.id,))
        return ChangeSet()
    _run(session, _DONE, (False, *_key(operation.subject), operation.import_batch_id,
                          operation.id))
    return ChangeSet(records={k: frozenset(v) for k, v in records.items()},
                     tables=frozenset(tables), operation_id=operation.id)


def changes_of(*, session: Session, after_change: int) -> ChangeSet:
    """The change set of every journal entry after a change id (another path's changes)."""
    query = select(JournalChange.table_name, JournalChange.owner_table,
                   JournalChange.owner_key).distinct().where(col(JournalChange.id) > after_change)
    tables: set[str] = set()
    records: dict[str, set[str]] = {}
    for table, owner, key in session.exec(query).all():
        tables.add(table)
        if owner is not None and key is not None:
            records.setdefault(owner, set()).add(key)
    return ChangeSet(records={k: frozenset(v) for k, v in records.items()},
                     tables=frozenset(tables))


def created_and_changed(*, session: Session, operation_id: int, owner: str) -> tuple[int, int]:
    """How many records of a kind an operation created, and how many others it changed
    (their fields, tags or links)."""
    rows = session.exec(
        select(JournalChange.table_name, JournalChange.action, JournalChange.owner_key)
        .where(JournalChange.operation_id == operation_id,
               JournalChange.owner_table == owner).distinct()).all()
    created = {key for table, action, key in rows if table == owner and action == "insert"}
    changed = {key for _table, _action, key in rows} - created
    return len(created), len(changed)


def latest_change(*, session: Session) -> int:
    """The newest journal entry's id: a window polls it to see changes made elsewhere."""
    return _scalar(session, _LATEST)


def record_version(*, session: Session, owner: str, key: Any) -> int:
    """A record's version: the id of the latest journal entry about it (0: none yet)."""
    return _scalar(session, _VERSION, (owner, str(key)))


def operations_since(*, session: Session, owner: str, key: Any,
                     version: int) -> list[OperationInfo]:
    """The operations that changed a record after `version`, oldest first."""
    ids = select(JournalChange.operation_id).where(
        JournalChange.owner_table == owner, JournalChange.owner_key == str(key),
        col(JournalChange.id) > version)
    rows = session.exec(select(JournalOperation)
                        .where(col(JournalOperation.id).in_(ids))
                        .order_by(col(JournalOperation.id))).all()
    return [info(row) for row in rows]


def info(row: JournalOperation) -> OperationInfo:
    assert row.id is not None
    return OperationInfo(id=row.id, at=row.at, who=row.who, kind=row.kind, label=row.label)


def loads(text: str | None) -> dict[str, Any]:
    return dict(json.loads(text)) if text else {}
