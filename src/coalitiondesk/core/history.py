"""Undoable changes to organizations, contacts and activities.

Each function makes one change and returns a `Change` holding snapshots of the
record before and after, from which the change can be undone and redone any
number of times. The GUI keeps these on its undo stack; the core knows nothing
of Qt.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from sqlmodel import Session

from coalitiondesk.core import activities, contacts, organizations, snapshots
from coalitiondesk.core.models import Activity, Contact, Organization
from coalitiondesk.core.snapshots import Snapshot

Kind = Literal["organization", "contact", "activity"]
_MODELS: dict[str, type[Organization] | type[Contact] | type[Activity]] = {
    "organization": Organization, "contact": Contact, "activity": Activity,
}


@dataclass(frozen=True)
class Change:
    """One step: a create (no before), a delete (no after) or an edit (both)."""

    kind: Kind
    before: Snapshot | None
    after: Snapshot | None

    @property
    def record_id(self) -> int:
        snapshot = self.after or self.before
        assert snapshot is not None
        return snapshot.record_id

    def undo(self, *, session: Session) -> None:
        self._move(session, source=self.after, target=self.before)

    def redo(self, *, session: Session) -> None:
        self._move(session, source=self.before, target=self.after)

    @staticmethod
    def _move(session: Session, *, source: Snapshot | None, target: Snapshot | None) -> None:
        if target is None:
            assert source is not None
            snapshots.delete(session=session, snapshot=source)
        elif source is None:
            snapshots.restore(session=session, snapshot=target)
        else:
            snapshots.overwrite(session=session, snapshot=target)


def _take(session: Session, kind: Kind, record_id: int) -> Snapshot:
    return snapshots.take(session=session, model=_MODELS[kind], record_id=record_id)


def create_record(
    *,
    session: Session,
    kind: Kind,
    values: Mapping[str, Any],
    tags: Iterable[str] = (),
    affiliations: Iterable[Mapping[str, Any]] | None = None,
) -> Change:
    if kind == "organization":
        record_id = organizations.create_organization(session=session, tags=tags, **values).id
    else:
        record_id = contacts.create_contact(session=session, tags=tags, **values).id
    assert record_id is not None
    if affiliations is not None and kind == "contact":
        contacts.set_affiliations(session=session, contact_id=record_id,
                                  affiliations=affiliations)
    return Change(kind=kind, before=None, after=_take(session, kind, record_id))


def edit_record(
    *,
    session: Session,
    kind: Kind,
    record_id: int,
    values: Mapping[str, Any],
    tags: Iterable[str] | None = None,
    affiliations: Iterable[Mapping[str, Any]] | None = None,
) -> Change:
    before = _take(session, kind, record_id)
    if kind == "organization":
        organizations.update_organization(session=session, organization_id=record_id,
                                          tags=tags, **values)
    else:
        contacts.update_contact(session=session, contact_id=record_id, tags=tags, **values)
        if affiliations is not None:
            contacts.set_affiliations(session=session, contact_id=record_id,
                                      affiliations=affiliations)
    return Change(kind=kind, before=before, after=_take(session, kind, record_id))


def delete_record(*, session: Session, kind: Kind, record_id: int) -> Change:
    before = _take(session, kind, record_id)
    snapshots.delete(session=session, snapshot=before)
    return Change(kind=kind, before=before, after=None)


def record_activity(
    *, session: Session, values: Mapping[str, Any], organization_ids: Iterable[int] = (),
    contact_ids: Iterable[int] = (),
) -> Change:
    """A new activity (core.activities.create_activity), as an undoable step."""
    record_id = activities.create_activity(
        session=session, organization_ids=organization_ids, contact_ids=contact_ids,
        **values).id
    assert record_id is not None
    return Change(kind="activity", before=None, after=_take(session, "activity", record_id))


def edit_activity(
    *, session: Session, activity_id: int, values: Mapping[str, Any],
    organization_ids: Iterable[int] | None = None, contact_ids: Iterable[int] | None = None,
) -> Change:
    before = _take(session, "activity", activity_id)
    activities.update_activity(session=session, activity_id=activity_id,
                               organization_ids=organization_ids, contact_ids=contact_ids,
                               **values)
    return Change(kind="activity", before=before, after=_take(session, "activity", activity_id))
