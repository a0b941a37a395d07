"""Undo and redo, read from the journal: for every operation, across restarts.

Undoing an operation replays its journal entries backwards as a new
operation (so an undo is itself undone by a redo). It is refused, with the
later operations named, when something changed since on the same fields, or
when later records point at a record it would remove; a refused undo
changes nothing.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlmodel import Session, SQLModel, col, select

from coalitiondesk.core.errors import CoalitionDeskError, Message, NotFound
from coalitiondesk.core.journal import labels, triggers_postgresql
from coalitiondesk.core.journal.operations import ChangeSet, OperationInfo, info, loads
from coalitiondesk.core.journal.triggers import key_columns
from coalitiondesk.core.models import ImportBatch, JournalChange, JournalOperation, utcnow

if TYPE_CHECKING:
    from coalitiondesk.core.storage.db import Database

UNDO, REDO = "undo", "redo"
_FOREIGN_KEY_VIOLATION = "23503"  # PostgreSQL's SQLSTATE
# Stamped by every change: a later edit moving it on is no conflict, and undo
# leaves the later stamp in place.
_BOOKKEEPING = frozenset({"updated_at"})


class UndoRefused(CoalitionDeskError):
    """The operation cannot be undone (or redone) without losing a later change."""


@dataclass(frozen=True)
class UndoResult:
    undone: OperationInfo
    """The operation that was undone (for a redo: the undo that was reversed)."""
    changes: ChangeSet
    subject: tuple[str, str] | None = None
    """The one record the undone operation was about, if any (to show it again)."""


def next_undo(*, session: Session) -> JournalOperation | None:
    """What Edit › Undo undoes: the latest undoable operation not undone yet."""
    return session.exec(
        select(JournalOperation)
        .where(col(JournalOperation.undoable).is_(True), JournalOperation.kind != UNDO,
               col(JournalOperation.undone_by_id).is_(None))
        .order_by(col(JournalOperation.id).desc()).limit(1)).first()


def next_redo(*, session: Session) -> JournalOperation | None:
    """What Edit › Redo reverses: the latest undo, if nothing new was done after it."""
    latest_undo = session.exec(
        select(JournalOperation)
        .where(JournalOperation.kind == UNDO, col(JournalOperation.undone_by_id).is_(None))
        .order_by(col(JournalOperation.id).desc()).limit(1)).first()
    if latest_undo is None:
        return None
    newer = session.exec(
        select(JournalOperation.id)
        .where(col(JournalOperation.id) > latest_undo.id,
               col(JournalOperation.undoable).is_(True),
               col(JournalOperation.kind).not_in((UNDO, REDO)))).first()
    return None if newer is not None else latest_undo


def undo(database: Database, operation_id: int | None = None) -> UndoResult:
    """Undo one operation (default: the latest undoable one)."""
    with database.session() as session:
        target = (session.get(JournalOperation, operation_id) if operation_id is not None
                  else next_undo(session=session))
    if target is None:
        raise NotFound(Message("Nothing to undo") if operation_id is None
                       else Message("No change with ID {id} in the history", id=operation_id))
    return _reverse(database, target, kind=REDO if target.kind == UNDO else UNDO)


def redo(database: Database) -> UndoResult:
    with database.session() as session:
        target = next_redo(session=session)
    if target is None:
        raise NotFound("Nothing to redo")
    return _reverse(database, target, kind=REDO)


def _reverse(database: Database, target: JournalOperation, *, kind: str) -> UndoResult:
    assert target.id is not None
    shown = database.erased.label(target.id, target.label)
    if target.undone_by_id is not None:
        raise UndoRefused("“{shown}” was already undone", shown=shown)
    if not target.undoable:
        raise UndoRefused("“{shown}” is a record of what happened and cannot be undone",
                          shown=shown)
    label = (labels.label("redo", label=shown.removeprefix("Undo "))
             if target.kind == UNDO else labels.label("undo", label=shown))
    with database.operation(kind=kind, label=label, reverts_id=target.id) as operation:
        session = operation.session
        if _on_sqlite(session.connection()):
            # Rows come back in the journal's order; their foreign keys are checked at
            # the commit (PostgreSQL: _Replay._apply_parents_first).
            session.connection().exec_driver_sql("PRAGMA defer_foreign_keys = ON")
        replay = _Replay(session, target, database)
        replay.run()
        stored = session.get(JournalOperation, target.id)
        assert stored is not None
        stored.undone_by_id = operation.id
        session.add(stored)
        _mark_import(session, target)
    return UndoResult(undone=info(target), changes=operation.changes,
                      subject=_subject(database, target))


def _subject(database: Database, target: JournalOperation) -> tuple[str, str] | None:
    original = target
    if target.kind == UNDO and target.reverts_id is not None:
        with database.session() as session:
            original = session.get(JournalOperation, target.reverts_id) or target
    assert original.id is not None
    if original.subject_table and original.subject_key:
        return original.subject_table, original.subject_key
    return database.erased.subjects.get(original.id)


def _mark_import(session: Session, target: JournalOperation) -> None:
    """An import undone (or its undo redone) shows so in the list of imports."""
    original = target
    if target.kind == UNDO and target.reverts_id is not None:
        original = session.get(JournalOperation, target.reverts_id) or target
    if original.import_batch_id is None:
        return
    batch = session.get(ImportBatch, original.import_batch_id)
    if batch is not None:
        batch.undone_at = None if target.kind == UNDO else utcnow()
        session.add(batch)


class _Replay:
    """The inverse of each of an operation's journal entries, newest first."""

    def __init__(self, session: Session, target: JournalOperation, database: Database) -> None:
        self.session = session
        self.target = target
        self.database = database
        self.entries = session.exec(
            select(JournalChange).where(JournalChange.operation_id == target.id)
            .order_by(col(JournalChange.id).desc())).all()
        self.inserted = {(e.table_name, e.row_key) for e in self.entries if e.action == "insert"}
        # Each row the operation updated, as it was before (its oldest entry comes last).
        self.updated_from = {(e.table_name, e.row_key): loads(e.before)
                             for e in self.entries if e.action == "update"}
        self.conflicts: list[str] = []
        self.later: set[int] = set()

    def run(self) -> None:
        steps = [(entry, *self._values(entry)) for entry in self.entries]
        # Only a row's newest entry in the operation meets the row as it is now;
        # its older entries are checked by undoing the newer ones first.
        checked: set[tuple[str, str]] = set()
        for entry, before, after in steps:
            row = (entry.table_name, entry.row_key)
            if row not in checked:
                checked.add(row)
                self._check(entry, before, after)
        if self.conflicts:
            raise UndoRefused(self._refusal())
        if not _on_sqlite(self.session.connection()):
            self._apply_parents_first(steps)
            return
        for entry, before, after in steps:
            self._apply(entry, before, after)

    def _apply_parents_first(self, steps: list[tuple[JournalChange, dict[str, Any],
                                                     dict[str, Any]]]) -> None:
        """PostgreSQL checks a foreign key at each statement, where SQLite waits for the
        commit (defer_foreign_keys), and a cascade journals the parent's row first."""
        try:
            with self.session.begin_nested():
                for step in steps:
                    self._apply(*step)
            return
        except sa.exc.IntegrityError as error:
            if getattr(error.orig, "sqlstate", None) != _FOREIGN_KEY_VIOLATION:
                raise
        # Again, step by step: a row put back, or pointed at its parent again (a SET
        # NULL undone), before that parent is back waits for it.
        waiting: list[tuple[JournalChange, dict[str, Any], dict[str, Any]]] = []
        for step in steps:
            if step[0].action == "insert":
                self._apply(*step)
            elif not self._applied_unless_orphan(*step):
                waiting.append(step)
                continue
            waiting = [later for later in waiting if not self._applied_unless_orphan(*later)]
        for step in waiting:
            self._apply(*step)  # its parent never came back: the server's own error

    def _applied_unless_orphan(self, entry: JournalChange, before: dict[str, Any],
                               after: dict[str, Any]) -> bool:
        try:
            with self.session.begin_nested():
                self._apply(entry, before, after)
        except sa.exc.IntegrityError as error:
            if getattr(error.orig, "sqlstate", None) != _FOREIGN_KEY_VIOLATION:
                raise
            return False
        return True

    def _values(self, entry: JournalChange) -> tuple[dict[str, Any], dict[str, Any]]:
        before, after = entry.before, entry.after
        if entry.erased:
            assert entry.id is not None
            kept = self.database.erased.values(entry.id)
            if kept is None:
                raise UndoRefused(
                    "“{label}” cannot be undone: it concerns a record deleted since, whose "
                    "details were erased from the history with it",
                    label=self.target.label)
            before, after = kept
        return loads(before), loads(after)

    # --- checks ------------------------------------------------------------------------

    def _row(self, entry: JournalChange) -> tuple[str, tuple[Any, ...]]:
        """The WHERE clause naming the entry's row by its primary key, and the key."""
        columns = _key_columns(self.session.connection(), entry.table_name)
        return (" AND ".join(f'"{c}" = ?' for c in columns),
                tuple(json.loads(entry.row_key)))

    def _current(self, entry: JournalChange) -> dict[str, Any] | None:
        where, key = self._row(entry)
        connection = self.session.connection()
        if not _on_sqlite(connection):
            # As the journal's triggers keep it (to_jsonb), so that values compare alike.
            found = _execute(connection, f'SELECT to_jsonb(t) FROM "{entry.table_name}" t'
                             f" WHERE {where}", key).scalar()
            return dict(found) if found is not None else None
        row = connection.exec_driver_sql(
            f'SELECT * FROM "{entry.table_name}" WHERE {where}', key).mappings().first()
        return dict(row) if row is not None else None

    def _check(self, entry: JournalChange, before: dict[str, Any],
               after: dict[str, Any]) -> None:
        current = self._current(entry)
        what = _describe(entry.table_name, after or before or current or {})
        if entry.action == "insert":
            if current is None:
                return  # removed since: nothing left to take back
            if self._changed_since(entry):
                self.conflicts.append(f"{what} was changed since")
            self._check_references(entry, what)
        elif entry.action == "update":
            changed = [name for name in after if before.get(name) != after.get(name)
                       and name not in _BOOKKEEPING]
            if current is None:
                self._conflict(entry, f"{what} was deleted since")
            elif _differs(current, after, changed):
                self._conflict(entry, f"{what} was changed since")
        elif current is not None:
            self._conflict(entry, f"{what} exists again")

    def _check_references(self, entry: JournalChange, what: str) -> None:
        """Rows added later that point at a record the undo would remove."""
        table = SQLModel.metadata.tables[entry.table_name]
        if len(table.primary_key.columns) != 1:
            return
        key = json.loads(entry.row_key)[0]
        counts: Counter[str] = Counter()
        for child in SQLModel.metadata.sorted_tables:
            for foreign_key in child.foreign_keys:
                if foreign_key.column.table is not table:
                    continue
                child_key = _key_columns(self.session.connection(), child.name)
                rows = _execute(
                    self.session.connection(), f'SELECT {_names(child_key)} FROM "{child.name}" '
                    f'WHERE "{foreign_key.parent.name}" = ?', (key,)).all()
                for row in rows:
                    row_key = json.dumps(list(row), separators=(",", ":"))
                    # A row the operation itself pointed here goes back with it (the
                    # links a merge's undo moved back, when that undo is redone).
                    was = self.updated_from.get((child.name, row_key))
                    if was is not None and was.get(foreign_key.parent.name) != key:
                        continue
                    if (child.name, row_key) not in self.inserted:
                        counts[child.name] += 1
                        self._note_later(child.name, row_key)
        if counts:
            links = ", ".join(f"{n} {_plural(name, n)}" for name, n in sorted(counts.items()))
            self.conflicts.append(f"{what} has {links} added since")

    def _conflict(self, entry: JournalChange, text: str) -> None:
        self.conflicts.append(text)
        self._note_later(entry.table_name, entry.row_key, after=entry.id,
                         owner=(entry.owner_table, entry.owner_key))

    def _changed_since(self, entry: JournalChange) -> bool:
        """Whether a later change that still stands touched the row (noting which).

        A change that was undone, and the undo that reversed it, add up to nothing.
        """
        later = self.session.exec(
            select(JournalChange.operation_id, JournalOperation.kind,
                   JournalOperation.undone_by_id)
            .join(JournalOperation, col(JournalOperation.id) == JournalChange.operation_id,
                  isouter=True)
            .where(JournalChange.owner_table == entry.owner_table,
                   JournalChange.owner_key == entry.owner_key,
                   JournalChange.table_name == entry.table_name,
                   JournalChange.row_key == entry.row_key,
                   col(JournalChange.id) > entry.id,
                   sa.or_(col(JournalChange.operation_id).is_(None),
                          col(JournalChange.operation_id) != self.target.id))).all()
        standing = {operation for operation, kind, undone in later
                    if operation is None or (undone is None and kind != UNDO)}
        if None in standing:
            self.conflicts.append("another program changed it")
        self.later.update(operation for operation in standing if operation is not None)
        return bool(standing)

    def _note_later(self, table: str, row_key: str, *, after: int | None = None,
                    owner: tuple[str | None, str | None] | None = None) -> None:
        query = select(JournalChange.operation_id).where(
            JournalChange.table_name == table, JournalChange.row_key == row_key,
            JournalChange.operation_id != self.target.id)
        if owner is not None:
            query = query.where(JournalChange.owner_table == owner[0],
                                JournalChange.owner_key == owner[1])
        if after is not None:
            query = query.where(col(JournalChange.id) > after)
        self.later.update(i for i in self.session.exec(query).all() if i is not None)

    def _refusal(self) -> Message:
        operations = self.session.exec(select(JournalOperation)
                                       .where(col(JournalOperation.id).in_(self.later))
                                       .order_by(col(JournalOperation.id))).all()
        named = "; ".join(info(op).describe() for op in operations[:5])
        if len(operations) > 5:
            named += f" and {len(operations) - 5} more"
        problems = "; ".join(dict.fromkeys(self.conflicts[:5]))
        if len(self.conflicts) > 5:
            problems += f" (and {len(self.conflicts) - 5} more)"
        label = self.database.erased.label(self.target.id or 0, self.target.label)
        if named:
            return Message("“{label}” cannot be undone: {problems}. Later changes: {named}."
                           " Undo those first.", label=label, problems=problems, named=named)
        return Message("“{label}” cannot be undone: {problems}.", label=label,
                       problems=problems)

    # --- the inverse ---------------------------------------------------------------------

    def _apply(self, entry: JournalChange, before: dict[str, Any],
               after: dict[str, Any]) -> None:
        connection = self.session.connection()
        where, key = self._row(entry)
        table = f'"{entry.table_name}"'
        if entry.action == "insert":
            _execute(connection, f"DELETE FROM {table} WHERE {where}", key)
        elif entry.action == "update":
            current = self._current(entry) or {}
            changed = [name for name in after if before.get(name) != after.get(name)
                       and (name not in _BOOKKEEPING or current.get(name) == after[name])]
            if changed and not _on_sqlite(connection):
                _execute(connection, f"UPDATE {table} SET ({_names(changed)}) = (SELECT"
                         f" {_names(changed)} FROM jsonb_populate_record(NULL::{table},"
                         f" ?::jsonb)) WHERE {where}", (json.dumps(before), *key))
            elif changed:
                assignments = ", ".join(f'"{name}" = ?' for name in changed)
                connection.exec_driver_sql(
                    f"UPDATE {table} SET {assignments} WHERE {where}",
                    (*(before[name] for name in changed), *key))
        elif not _on_sqlite(connection):
            # jsonb_populate_record reads each value back as its column's type.
            names = list(before)
            _execute(connection, f"INSERT INTO {table} ({_names(names)}) SELECT {_names(names)}"
                     f" FROM jsonb_populate_record(NULL::{table}, ?::jsonb)",
                     (json.dumps(before),))
        else:
            names = list(before)
            connection.exec_driver_sql(
                f"INSERT INTO {table} ({_names(names)}) "
                f"VALUES ({', '.join('?' for _ in names)})",
                tuple(before[name] for name in names))
        self.session.expire_all()


def _on_sqlite(connection: sa.Connection) -> bool:
    return connection.dialect.name == "sqlite"


def _key_columns(connection: sa.Connection, table: str) -> list[str]:
    if _on_sqlite(connection):
        return key_columns(connection, table)
    return triggers_postgresql.key_columns(table)


def _execute(connection: sa.Connection, statement: str, parameters: tuple[Any, ...]
             ) -> sa.CursorResult[Any]:
    """A statement written with ? placeholders, on either engine's driver."""
    if connection.dialect.paramstyle != "qmark":
        statement = statement.replace("?", "%s")
    return connection.exec_driver_sql(statement, parameters)


def _names(columns: list[str]) -> str:
    return ", ".join(f'"{name}"' for name in columns)


def _differs(current: dict[str, Any], expected: dict[str, Any], names: Any) -> bool:
    return any(name in current and current[name] != expected.get(name) for name in names)


_NAMES = {"organization": ("name",), "contact": ("given_name", "family_name", "native_name"),
          "letter": ("title",), "activity": ("subject",), "tag": ("name",),
          "country": ("name",), "setting": ("key",)}


def _describe(table: str, values: dict[str, Any]) -> str:
    words = [str(values[name]) for name in _NAMES.get(table, ()) if values.get(name)]
    noun = table.replace("_", " ")
    return f"{noun} {' '.join(words)}" if words else f"a {noun} row"


def _plural(table: str, count: int) -> str:
    noun = table.replace("_", " ")
    return noun if count == 1 else noun + "s"


def undo_stack_state(*, session: Session) -> tuple[str | None, str | None]:
    """The labels Edit › Undo and Edit › Redo would act on (None: disabled)."""
    undo_op, redo_op = next_undo(session=session), next_redo(session=session)
    return (undo_op.label if undo_op else None,
            redo_op.label.removeprefix("Undo ") if redo_op else None)
