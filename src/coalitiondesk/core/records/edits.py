"""Saving and deleting a record from its form: one journaled operation each.

Each function opens the operation itself, checks the version the form was
loaded at (a record changed since by an import, another window or the
command line is not overwritten: StaleRecord names what changed it), and
returns the change set the window refreshes from. Undo and redo are the
journal's (core.journal.undo), for these as for every other operation.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from sqlmodel import Session, col, func, select

from coalitiondesk.core.journal import labels
from coalitiondesk.core.journal.operations import ChangeSet, Operation, record_version
from coalitiondesk.core.models import Activity, Contact, Organization, Recipient, Signature
from coalitiondesk.core.records import activities, contacts, letters, organizations
from coalitiondesk.core.storage.db import Database

Kind = Literal["organization", "contact", "activity"]


@dataclass(frozen=True)
class Saved:
    record_id: int
    version: int
    """The record's version after the save: the form's next save is checked against it."""
    changes: ChangeSet


def version(*, session: Session, kind: str, record_id: int) -> int:
    """The version a form loads with its record (see core.journal.operations)."""
    return record_version(session=session, owner=kind, key=record_id)


def save_record(
    database: Database,
    *,
    kind: Kind,
    name: str,
    values: Mapping[str, Any],
    record_id: int | None = None,
    loaded_version: int | None = None,
    tags: Iterable[str] | None = None,
    affiliations: Iterable[Mapping[str, Any]] | None = None,
    organization_ids: Iterable[int] | None = None,
    contact_ids: Iterable[int] | None = None,
) -> Saved:
    """Create (record_id None) or update a record; `loaded_version` None skips the check.

    `name` is the record's name as the form shows it: History and Edit › Undo
    call the change "Edit <name>" or "Add <name>".
    """
    label = labels.label("add" if record_id is None else "edit", name=name)
    subject = (kind, record_id) if record_id is not None else None
    with database.operation("form", label, subject=subject) as operation:
        if record_id is not None:
            operation.expect(kind, record_id, loaded_version, what=name)
        saved_id = _write(operation, kind, record_id, values, tags, affiliations,
                          organization_ids, contact_ids)
        operation.subject = (kind, saved_id)
    new_version = operation.versions.get((kind, str(saved_id)), loaded_version or 0)
    return Saved(record_id=saved_id, version=new_version, changes=operation.changes)


def _write(operation: Operation, kind: Kind, record_id: int | None,
           values: Mapping[str, Any], tags: Iterable[str] | None,
           affiliations: Iterable[Mapping[str, Any]] | None,
           organization_ids: Iterable[int] | None, contact_ids: Iterable[int] | None) -> int:
    session = operation.session
    saved: int | None
    if kind == "activity":
        if record_id is None:
            saved = activities.create_activity(
                session=session, organization_ids=organization_ids or (),
                contact_ids=contact_ids or (), **values).id
        else:
            saved = activities.update_activity(
                session=session, activity_id=record_id, organization_ids=organization_ids,
                contact_ids=contact_ids, **values).id
    elif kind == "organization":
        if record_id is None:
            saved = organizations.create_organization(
                session=session, tags=tags or (), **values).id
        else:
            saved = organizations.update_organization(
                session=session, organization_id=record_id, tags=tags, **values).id
    else:
        if record_id is None:
            saved = contacts.create_contact(session=session, tags=tags or (), **values).id
        else:
            saved = contacts.update_contact(
                session=session, contact_id=record_id, tags=tags, **values).id
        assert saved is not None
        if affiliations is not None:
            contacts.set_affiliations(session=session, contact_id=saved,
                                      affiliations=affiliations)
    assert saved is not None
    return saved


_MODELS: dict[str, type[Organization] | type[Contact] | type[Activity]] = {
    "organization": Organization, "contact": Contact, "activity": Activity}


def exists(*, session: Session, kind: Kind, record_id: int) -> bool:
    return session.get(_MODELS[kind], record_id) is not None


def delete_record(database: Database, *, kind: Kind, record_id: int, name: str,
                  loaded_version: int | None = None) -> ChangeSet:
    """Delete a record with everything hanging on it; undoable while the program runs
    (a deleted person's details are erased from the history: core.journal.erasure)."""
    with database.operation("form", labels.label("delete", name=name),
                            subject=(kind, record_id)) as operation:
        operation.expect(kind, record_id, loaded_version, what=name)
        session = operation.session
        if kind == "organization":
            organizations.delete_organization(session=session, organization_id=record_id)
        elif kind == "contact":
            contacts.delete_contact(session=session, contact_id=record_id)
        else:
            activities.delete_activity(session=session, activity_id=record_id)
    return operation.changes


@dataclass(frozen=True)
class LetterLinks:
    """What deleting a letter also removes, for the confirmation."""

    signatures: int
    recipients: int


def letter_links(*, session: Session, letter_id: int) -> LetterLinks:
    def count(model: type[Signature] | type[Recipient]) -> int:
        return int(session.exec(select(func.count()).select_from(model)
                                .where(col(model.letter_id) == letter_id)).one())

    return LetterLinks(signatures=count(Signature), recipients=count(Recipient))


def delete_letter(database: Database, *, letter_id: int) -> ChangeSet:
    """Delete a letter with its signatures, recipients and dispatches; undoable."""
    with database.session() as session:
        title = letters.get_letter(session=session, letter_id=letter_id).title
    with database.operation("letter", labels.label("delete_letter", title=title)) as operation:
        letters.delete_letter(session=operation.session, letter_id=letter_id)
    return operation.changes
