"""The journal as History shows it: operations newest first, with what they touched."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

from coalitiondesk.core.journal.erasure import ErasedValues
from coalitiondesk.core.models import Contact, JournalChange, JournalOperation, Organization
from coalitiondesk.core.records.common import contains_any


@dataclass(frozen=True)
class HistoryEntry:
    id: int
    at: datetime
    who: str
    kind: str
    label: str
    changes: int
    undoable: bool
    undone: bool
    is_undo: bool


def history(*, session: Session, limit: int | None = 50, record: str | None = None,
            erased: ErasedValues | None = None) -> list[HistoryEntry]:
    """Operations, newest first; `record` keeps those that named or touched a record
    whose name contains the text (an organization's or a contact's)."""
    counts = (select(JournalChange.operation_id, sa.func.count().label("n"))
              .group_by(col(JournalChange.operation_id)).subquery())
    query = (select(JournalOperation, counts.c.n)
             .join(counts, counts.c.operation_id == JournalOperation.id, isouter=True)
             .order_by(col(JournalOperation.id).desc()))
    if record and record.strip():
        query = query.where(sa.or_(
            contains_any([JournalOperation.label], record),
            col(JournalOperation.id).in_(_touching(record))))
    if limit is not None:
        query = query.limit(limit)
    memory = erased or ErasedValues()
    entries = []
    for operation, changes in session.exec(query).all():
        assert operation.id is not None
        entries.append(HistoryEntry(
            id=operation.id, at=operation.at, who=operation.who, kind=operation.kind,
            label=memory.label(operation.id, operation.label), changes=int(changes or 0),
            undoable=operation.undoable, undone=operation.undone_by_id is not None,
            is_undo=operation.kind == "undo"))
    return entries


def _touching(text: str) -> Any:
    organizations = select(sa.cast(Organization.id, sa.String)).where(
        contains_any([Organization.name, Organization.acronym, Organization.native_name],
                     text))
    contacts = select(sa.cast(Contact.id, sa.String)).where(
        contains_any([Contact.given_name, Contact.family_name, Contact.native_name], text))
    return select(JournalChange.operation_id).where(sa.or_(
        sa.and_(col(JournalChange.owner_table) == "organization",
                col(JournalChange.owner_key).in_(organizations)),
        sa.and_(col(JournalChange.owner_table) == "contact",
                col(JournalChange.owner_key).in_(contacts))))


@dataclass(frozen=True)
class LastChange:
    """Who last changed something, when, and by which operation (its label)."""

    who: str
    at: datetime
    label: str


def last_changes(*, session: Session, owner: str, keys: Iterable[Any],
                 table: str | None = None) -> dict[str, LastChange]:
    """The latest change of each of an owner's records (by owner key), or, given
    `table`, of each of that table's rows under those owners (by the row's id).

    A change made by another program, outside any operation, has no author to name.
    """
    wanted = sorted({str(key) for key in keys})
    if not wanted:
        return {}
    grouped_by = col(JournalChange.owner_key) if table is None else col(JournalChange.row_key)
    latest = (select(sa.func.max(JournalChange.id).label("id"))
              .where(col(JournalChange.owner_table) == owner,
                     col(JournalChange.owner_key).in_(wanted))
              .group_by(grouped_by))
    if table is not None:
        latest = latest.where(col(JournalChange.table_name) == table)
    rows = session.exec(
        select(JournalChange.owner_key, JournalChange.row_key, JournalOperation)
        .join(JournalOperation, col(JournalOperation.id) == JournalChange.operation_id)
        .where(col(JournalChange.id).in_(latest.subquery().select()))).all()
    return {str(owner_key if table is None else _single_key(row_key)):
            LastChange(who=operation.who, at=operation.at, label=operation.label)
            for owner_key, row_key, operation in rows}


def _single_key(row_key: str) -> str:
    """'[5]' -> '5': the rows asked about have a one-column key."""
    return row_key.strip("[]").strip('"')
