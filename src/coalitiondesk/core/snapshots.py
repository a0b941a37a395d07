"""Whole-record snapshots, so that creating, editing and deleting can be undone exactly.

A snapshot holds an organization's or contact's row as stored (id, uuid and
timestamps included) and every row that depends on it: tags, affiliations,
signatures, recipients and activity links. Restoring it after a delete puts
back the same record with the same id, so later undo steps still find it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, SQLModel

from coalitiondesk.core.errors import NotFound
from coalitiondesk.core.models import (
    Activity,
    ActivityContact,
    ActivityOrganization,
    Affiliation,
    Contact,
    ContactTag,
    MembershipChange,
    Organization,
    OrganizationTag,
    Recipient,
    Signature,
)

Record = type[Organization] | type[Contact] | type[Activity]

# The rows that belong to a record, with the column pointing at it.
_DEPENDENTS: dict[str, tuple[tuple[type[SQLModel], str], ...]] = {
    "organization": (
        (OrganizationTag, "organization_id"),
        (Affiliation, "organization_id"),
        (Signature, "organization_id"),
        (Recipient, "organization_id"),
        (ActivityOrganization, "organization_id"),
        (MembershipChange, "organization_id"),
    ),
    "contact": (
        (ContactTag, "contact_id"),
        (Affiliation, "contact_id"),
        (Recipient, "contact_id"),
        (ActivityContact, "contact_id"),
    ),
    "activity": (
        (ActivityOrganization, "activity_id"),
        (ActivityContact, "activity_id"),
    ),
}

# What an edit can change besides the row itself: restored on undo of an edit
# (a change of membership status adds a history row).
_EDITABLE_DEPENDENTS = {"organization": ("organization_tag", "membership_change"),
                        "contact": ("contact_tag", "affiliation"),
                        "activity": ("activity_organization", "activity_contact")}


def _table(model: type[SQLModel]) -> sa.Table:
    table = model.__table__  # type: ignore[attr-defined]
    assert isinstance(table, sa.Table)
    return table


@dataclass(frozen=True)
class Snapshot:
    table: str
    row: dict[str, Any]
    dependents: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    @property
    def record_id(self) -> int:
        return int(self.row["id"])


def take(*, session: Session, model: Record, record_id: int) -> Snapshot:
    """The record and everything hanging on it, as stored now."""
    table = _table(model)
    row = session.execute(sa.select(table).where(table.c.id == record_id)).mappings().first()
    if row is None:
        raise NotFound(f"No {table.name} with id {record_id}")
    session.flush()
    dependents = {}
    for dependent, column in _DEPENDENTS[table.name]:
        dependent_table = _table(dependent)
        rows = session.execute(
            sa.select(dependent_table).where(dependent_table.c[column] == record_id)
        ).mappings().all()
        dependents[dependent_table.name] = [dict(r) for r in rows]
    return Snapshot(table=table.name, row=dict(row), dependents=dependents)


def restore(*, session: Session, snapshot: Snapshot) -> None:
    """Put a deleted record back exactly as it was, with its links."""
    tables = SQLModel.metadata.tables
    session.execute(tables[snapshot.table].insert(), [snapshot.row])
    for name, rows in snapshot.dependents.items():
        if rows:
            session.execute(tables[name].insert(), rows)
    session.flush()


def overwrite(*, session: Session, snapshot: Snapshot) -> None:
    """Make an existing record what the snapshot says: its fields, tags and affiliations.

    Signatures, recipients and activity links are not touched: editing a
    record's form does not change them.
    """
    tables = SQLModel.metadata.tables
    table = tables[snapshot.table]
    values = {key: value for key, value in snapshot.row.items() if key != "id"}
    result = session.execute(
        table.update().where(table.c.id == snapshot.record_id).values(**values)
    )
    if result.rowcount == 0:  # type: ignore[attr-defined]
        raise NotFound(f"No {snapshot.table} with id {snapshot.record_id}")
    column = f"{snapshot.table}_id"
    for name in _EDITABLE_DEPENDENTS[snapshot.table]:
        dependent = tables[name]
        session.execute(dependent.delete().where(dependent.c[column] == snapshot.record_id))
        rows = snapshot.dependents.get(name, [])
        if rows:
            session.execute(dependent.insert(), rows)
    session.expire_all()
    session.flush()


def delete(*, session: Session, snapshot: Snapshot) -> None:
    """Delete the snapshot's record (its dependents go with it, by foreign key)."""
    table = SQLModel.metadata.tables[snapshot.table]
    session.execute(table.delete().where(table.c.id == snapshot.record_id))
    session.expire_all()
    session.flush()
