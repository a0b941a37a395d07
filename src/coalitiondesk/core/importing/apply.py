"""Carrying out an import plan in one operation, recorded as a batch; and undoing it.

Everything happens inside one `database.operation()`: a crash, a kill or a
cancel at any point leaves the database as it was, with no batch. The
journal records every row the import wrote, so undoing it is the journal's
undo (refused, naming them, when later changes touched what it wrote).
Imports made before the journal existed recorded their changes as
ImportChange rows; those are still undone from them.
"""

from __future__ import annotations

import json
from collections.abc import Generator, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum
from typing import Any

import sqlalchemy as sa
from pydantic import TypeAdapter
from sqlmodel import Session, SQLModel, col, select

from coalitiondesk.core.errors import InvalidInput, NotFound
from coalitiondesk.core.importing.fields import ImportKind
from coalitiondesk.core.importing.mapping import remember_mapping
from coalitiondesk.core.importing.plan import (
    Action,
    ImportPlan,
    relink_organizations,
    rematch,
)
from coalitiondesk.core.importing.search_index import indexed_afterwards
from coalitiondesk.core.journal import labels
from coalitiondesk.core.journal import undo as journal_undo
from coalitiondesk.core.journal.bulk_inserts import journaled_afterwards
from coalitiondesk.core.journal.operations import created_and_changed
from coalitiondesk.core.models import (
    Affiliation,
    Contact,
    ContactAlias,
    ContactBase,
    ContactTag,
    ImportBatch,
    ImportChange,
    JournalOperation,
    Letter,
    MembershipChange,
    MembershipStatus,
    Organization,
    OrganizationAlias,
    OrganizationBase,
    OrganizationTag,
    Recipient,
    Signature,
    SignatureStatus,
    new_uuid,
    utcnow,
)
from coalitiondesk.core.progress import Progress
from coalitiondesk.core.records import letters as letter_service
from coalitiondesk.core.records import tags as tag_service
from coalitiondesk.core.storage.backup import Reason, back_up, has_records
from coalitiondesk.core.storage.db import Database
from coalitiondesk.core.storage.many_rows import insert_many

_CHUNK = 1000
_LARGEST_ID = 2**63 - 1
_TABLES: dict[str, type[SQLModel]] = {
    "organization": Organization, "contact": Contact, "affiliation": Affiliation,
    "signature": Signature, "recipient": Recipient, "letter": Letter,
    "membership_change": MembershipChange,
}


@dataclass
class ImportResult:
    batch_id: int
    counts: dict[Action, int]
    letter_id: int | None = None
    letter_created: bool = False
    letter_added: int = 0
    """Signatories or recipients the import added to the letter."""
    record_ids: list[int | None] = field(default_factory=list)
    """Per plan row: the record it created, updated or matched; None for skipped and errors."""
    people_counts: dict[Action, int] | None = None
    """The people of an organization list imported as contacts, when chosen."""

    @property
    def summary(self) -> str:
        from coalitiondesk.core.importing.plan import summary_line

        return summary_line(self.counts)


def _encode(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _dumps(values: dict[str, Any]) -> str:
    return json.dumps({key: _encode(value) for key, value in values.items()},
                      ensure_ascii=False, sort_keys=True)


def _model(kind: ImportKind) -> type[Organization] | type[Contact]:
    return Organization if kind is ImportKind.organizations else Contact


def _table(kind: ImportKind) -> str:
    return "organization" if kind is ImportKind.organizations else "contact"


# --- apply --------------------------------------------------------------------


def apply_import(
    *,
    database: Database,
    plan: ImportPlan,
    letter_title: str | None = None,
    remember: bool = True,
) -> Generator[Progress, None, ImportResult]:
    """Write the plan in one transaction; yields progress, returns what was done.

    Closing the generator before its end (a cancel) rolls everything back.
    """
    rows = plan.rows
    total = len(rows)
    if database.path is not None and has_records(database.path):
        # A backup first, so that even an import undone too late can be taken back.
        yield Progress("Backing up", 0, total)
        back_up(database.path, reason=Reason.before_import)
    yield Progress("Importing", 0, total)
    with database.operation("import", labels.label("import", source=plan.source)) as operation:
        session = operation.session
        # The plan was matched without the writer lock: another import may have stored
        # the same records since. Now that this one holds the lock, look again.
        rematch(session, plan, operation_id=operation.id)
        batch = ImportBatch(source=plan.source, kind=plan.kind.value, row_count=total)
        session.add(batch)
        session.flush()
        assert batch.id is not None
        operation.import_batch_id = batch.id
        if remember and not plan.table.is_list:
            remember_mapping(session=session, kind=plan.kind, headers=plan.table.headers,
                             mapping=plan.mapping)
        writer = _Writer(session, plan, batch.id)
        yield from writer.create()
        yield from writer.update()
        if plan.kind is ImportKind.contacts:
            writer.affiliate()
        result = ImportResult(batch_id=batch.id, counts=plan.counts(),
                              record_ids=writer.record_ids)
        people = plan.people_plan
        if people is not None and plan.people_as_contacts:
            # Their companies may be organizations this import has just written.
            relink_organizations(session, people)
            people_writer = _Writer(session, people, batch.id)
            yield from people_writer.create()
            yield from people_writer.update()
            people_writer.affiliate()
            result.people_counts = people.counts()
        if letter_title is not None and letter_title.strip():
            _add_to_letter(session, batch.id, plan, writer.record_ids, letter_title, result)
        yield Progress("Importing", total, total)
    return result


class _Writer:
    def __init__(self, session: Session, plan: ImportPlan, batch_id: int) -> None:
        self.session = session
        self.plan = plan
        self.batch_id = batch_id
        self.model: Any = _model(plan.kind)
        self.base: type[SQLModel] = (
            OrganizationBase if plan.kind is ImportKind.organizations else ContactBase)
        self.record_ids: list[int | None] = [
            row.record_id if row.action in {Action.update, Action.unchanged}
            or (row.action is Action.skip and row.record_id is not None
                and row.duplicate_of is None) else None
            for row in plan.rows
        ]
        self.changes: list[dict[str, Any]] = []

    def _insert_records(self, params: list[dict[str, Any]]) -> None:
        # A plain executemany: RETURNING with many rows costs SQLAlchemy more than the
        # inserts themselves. The ids are read back by UUID afterwards.
        insert_many(self.session.connection(), self.model.__table__, params)

    def _insert(self, model: Any, rows: list[dict[str, Any]]) -> None:
        """One executemany, journaled in one statement after it (core.journal.bulk_inserts)."""
        with journaled_afterwards(session=self.session, table=model.__tablename__):
            insert_many(self.session.connection(), model.__table__, rows)

    def _ids_by_uuid(self) -> dict[str, int]:
        query = sa.select(self.model.uuid, self.model.id).where(
            self.model.import_batch_id == self.batch_id)
        return {record_uuid: record_id for record_uuid, record_id in self.session.execute(query)}

    def create(self) -> Generator[Progress, None, None]:
        creates = [(position, row) for position, row in enumerate(self.plan.rows)
                   if row.action is Action.create]
        now = utcnow()
        tag_links: list[tuple[int, list[str]]] = []
        uuids: list[str] = []
        statuses: list[Any] = []
        table = _table(self.plan.kind)
        with indexed_afterwards(session=self.session, table=table, batch_id=self.batch_id), \
                journaled_afterwards(session=self.session, table=table):
            for start in range(0, len(creates), _CHUNK):
                chunk = creates[start:start + _CHUNK]
                params = []
                for _position, row in chunk:
                    values = dict(row.draft.record or self.base.model_validate(
                        row.draft.values).model_dump())
                    if (self.plan.kind is ImportKind.organizations
                            and "membership_status" not in row.draft.values):
                        values["membership_status"] = self.plan.status_for_new_organizations()
                    statuses.append(values.get("membership_status"))
                    record_uuid = row.draft.uuid or new_uuid()
                    uuids.append(record_uuid)
                    values.update(uuid=record_uuid, import_batch_id=self.batch_id,
                                  created_at=now, updated_at=now)
                    params.append(values)
                self._insert_records(params)
                yield Progress("Importing", start + len(chunk), len(self.plan.rows))
        ids = self._ids_by_uuid() if creates else {}
        history: list[dict[str, Any]] = []
        for (position, row), record_uuid, status in zip(creates, uuids, statuses, strict=True):
            record_id = ids[record_uuid]
            self.record_ids[position] = record_id
            if row.draft.tags:
                tag_links.append((record_id, row.draft.tags))
            if self.plan.kind is ImportKind.organizations:
                values = row.draft.record or row.draft.values
                history.append({
                    "organization_id": record_id, "status": MembershipStatus(status),
                    "changed_on": _changed_on(status, values), "created_at": now})
        if history:
            # Undo needs no record of these: they go with their organizations (cascade).
            self._insert(MembershipChange, history)
        self._link_tags(tag_links)

    def _link_tags(self, links: Sequence[tuple[int, list[str]]]) -> None:
        if not links:
            return
        names = tag_service.clean_tags(name for _, tags in links for name in tags)
        ids = dict(zip((name.casefold() for name in names),
                       tag_service.tag_ids(session=self.session, names=names), strict=True))
        if self.plan.kind is ImportKind.organizations:
            org_rows = [{"organization_id": record_id, "tag_id": ids[name.casefold()]}
                        for record_id, tags in links
                        for name in tag_service.clean_tags(tags)]
            self._insert(OrganizationTag, org_rows)
        else:
            contact_rows = [{"contact_id": record_id, "tag_id": ids[name.casefold()]}
                            for record_id, tags in links for name in tag_service.clean_tags(tags)]
            self._insert(ContactTag, contact_rows)

    def update(self) -> Generator[Progress, None, None]:
        updates = [row for row in self.plan.rows if row.action is Action.update]
        now = utcnow()
        tag_links: list[tuple[int, list[str]]] = []
        for start in range(0, len(updates), _CHUNK):
            chunk = updates[start:start + _CHUNK]
            current = self._current({row.record_id for row in chunk if row.record_id})
            params: list[dict[str, Any]] = []
            for row in chunk:
                record_id = row.record_id
                assert record_id is not None
                if record_id not in current:
                    raise NotFound("Row {number}: the record it updates was deleted since the "
                                   "preview; check the file again",
                                   number=row.number)
                if row.changes:
                    params.append({"id": record_id, **row.changes, "updated_at": now})
                if row.new_tags:
                    tag_links.append((record_id, row.new_tags))
            if params:
                self.session.execute(sa.update(self.model), params)
            self._add_aliases(chunk)
            if self.plan.kind is ImportKind.organizations:
                self._record_status_changes(chunk, current)
            yield Progress("Importing", start + len(chunk), len(self.plan.rows))
        self._link_tags(tag_links)

    def _add_aliases(self, rows: Sequence[Any]) -> None:
        """The names of rows that updated a record without renaming it, as its aliases."""
        if self.plan.kind is ImportKind.organizations:
            org_aliases = [{"organization_id": row.record_id, "name": row.new_alias}
                           for row in rows if row.new_alias]
            if org_aliases:
                self._insert(OrganizationAlias, org_aliases)
            return
        contact_aliases = [{"contact_id": row.record_id, "name": row.new_alias}
                           for row in rows if row.new_alias]
        if contact_aliases:
            self._insert(ContactAlias, contact_aliases)

    def _record_status_changes(self, rows: Sequence[Any],
                               current: dict[int, dict[str, Any]]) -> None:
        """History for the organizations whose status the import changed, in one
        executemany; undo removes it."""
        now = utcnow()
        history: list[dict[str, Any]] = []
        for row in rows:
            status = row.changes.get("membership_status")
            if status is None or row.record_id is None:
                continue
            if MembershipStatus(status) == current[row.record_id]["membership_status"]:
                continue
            history.append({
                "organization_id": row.record_id, "status": MembershipStatus(status),
                "changed_on": _changed_on(status, row.changes, default=date.today()),
                "note": f"Imported from {self.plan.source}", "created_at": now})
        if history:
            self._insert(MembershipChange, history)

    def _current(self, ids: set[int]) -> dict[int, dict[str, Any]]:
        found: dict[int, dict[str, Any]] = {}
        for record in self.session.exec(select(self.model).where(col(self.model.id).in_(ids))):
            assert record.id is not None
            found[record.id] = {name: getattr(record, name) for name in self.base.model_fields}
        return found

    def _tags(self, record_id: int) -> list[str]:
        if self.plan.kind is ImportKind.organizations:
            return tag_service.organization_tags(session=self.session, organization_id=record_id)
        return tag_service.contact_tags(session=self.session, contact_id=record_id)

    def affiliate(self) -> None:
        """Affiliations for contact rows, creating the organizations not yet stored.

        In bulk (a profile of 50,000 contacts put two thirds of the import in one ORM
        flush per row): the new organizations, their first status and the links are
        each one executemany, and the links stored already one query per chunk.
        """
        rows = [(self.record_ids[position], row) for position, row in enumerate(self.plan.rows)
                if self.record_ids[position] is not None
                and row.action in {Action.create, Action.update}]
        created = self._create_organizations(row for _, row in rows)
        links: list[dict[str, Any]] = []
        for start in range(0, len(rows), _CHUNK):
            chunk = rows[start:start + _CHUNK]
            updated = [contact_id for contact_id, row in chunk if row.action is Action.update]
            existing: set[tuple[int, int]] = set()
            if updated:
                columns: list[Any] = [Affiliation.contact_id, Affiliation.organization_id]
                query: Any = sa.select(*columns).where(col(Affiliation.contact_id).in_(updated))
                existing = {(contact, organization)
                            for contact, organization in self.session.execute(query)}
            for contact_id, row in chunk:
                assert contact_id is not None
                wanted = list(row.organization_ids) + [
                    created[name.casefold()] for name in row.new_organizations]
                for organization_id in dict.fromkeys(wanted):
                    if (contact_id, organization_id) in existing:
                        continue
                    existing.add((contact_id, organization_id))
                    links.append({"contact_id": contact_id, "organization_id": organization_id,
                                  "role": row.draft.role})
        if links:
            self._insert(Affiliation, links)

    def _create_organizations(self, rows: Iterable[Any]) -> dict[str, int]:
        """The organizations contact rows name that are not stored, once each (the first
        spelling and country given); name.casefold() -> id."""
        wanted: dict[str, tuple[str, str | None]] = {}
        for row in rows:
            for name in row.new_organizations:
                wanted.setdefault(name.casefold(), (
                    name, row.draft.organization_countries.get(name)))
        if not wanted:
            return {}
        now = utcnow()
        status = self.plan.status_for_new_organizations()
        uuids: dict[str, str] = {}
        params: list[dict[str, Any]] = []
        for key, (name, country) in wanted.items():
            values = OrganizationBase.model_validate(
                {"name": name, "country_code": country, "membership_status": status}
            ).model_dump()
            uuids[key] = new_uuid()
            values.update(uuid=uuids[key], import_batch_id=self.batch_id, created_at=now,
                          updated_at=now)
            params.append(values)
        table: Any = Organization.__table__  # type: ignore[attr-defined]
        with journaled_afterwards(session=self.session, table=table.name):
            self.session.execute(table.insert(), params)
        columns: list[Any] = [Organization.uuid, Organization.id]
        # By batch, not by a list of UUIDs: SQLite takes only so many values in one query.
        query: Any = sa.select(*columns).where(col(Organization.import_batch_id) == self.batch_id)
        ids = {record_uuid: record_id for record_uuid, record_id in self.session.execute(query)}
        created = {key: ids[record_uuid] for key, record_uuid in uuids.items()}
        self._insert(MembershipChange, [
            {"organization_id": record_id, "status": status, "changed_on": date.today(),
             "created_at": now} for record_id in created.values()])
        return created

def _value(values: Any, name: str) -> Any:
    return values.get(name) if isinstance(values, dict) else getattr(values, name, None)


def _changed_on(status: Any, values: Any, *, default: date | None = None) -> date:
    """When an imported status began: the joining or leaving date the row gives, else today."""
    field_name = {MembershipStatus.member: "joined_on", MembershipStatus.former: "left_on"}.get(
        MembershipStatus(status))
    given = _value(values, field_name) if field_name else None
    if isinstance(given, str):
        given = date.fromisoformat(given)
    return given if isinstance(given, date) else (default or date.today())


def _record(session: Session, batch_id: int, table: str, record_id: int, *,
            action: str = "created", old: dict[str, Any] | None = None,
            new: dict[str, Any] | None = None) -> None:
    session.add(ImportChange(
        batch_id=batch_id, table_name=table, record_id=record_id, action=action,
        old_values=_dumps(old) if old is not None else None,
        new_values=_dumps(new) if new is not None else None,
    ))


def _add_to_letter(session: Session, batch_id: int, plan: ImportPlan,
                   record_ids: Sequence[int | None], title: str, result: ImportResult) -> None:
    """Imported organizations sign the letter, in file order; imported contacts receive it."""
    letter = letter_service.find_letter(session=session, title=title)
    if letter is None:
        letter = letter_service.create_letter(session=session, title=title)
        assert letter.id is not None
        result.letter_created = True
    assert letter.id is not None
    result.letter_id = letter.id
    ordered = list(dict.fromkeys(record_id for record_id in record_ids if record_id is not None))
    if plan.kind is ImportKind.organizations:
        signatures = {signature.organization_id: signature for signature in session.exec(
            select(Signature).where(Signature.letter_id == letter.id))}
        for organization_id in ordered:
            signature = signatures.get(organization_id)
            if signature is None:
                added = letter_service.add_signature(
                    session=session, letter_id=letter.id, organization_id=organization_id,
                    status=SignatureStatus.signed, status_date=date.today())
                assert added.id is not None
                result.letter_added += 1
            elif signature.status != SignatureStatus.signed:
                assert signature.id is not None
                letter_service.set_signature_status(
                    session=session, signature_id=signature.id, status=SignatureStatus.signed,
                    status_date=date.today())
    else:
        present = set(session.exec(select(Recipient.contact_id).where(
            Recipient.letter_id == letter.id)).all())
        for contact_id in ordered:
            if contact_id in present:
                continue
            recipient = letter_service.add_recipient(session=session, letter_id=letter.id,
                                                     contact_id=contact_id)
            assert recipient.id is not None
            result.letter_added += 1
    session.flush()


# --- undo -----------------------------------------------------------------------


@dataclass
class UndoResult:
    deleted: int = 0
    """Records the import had created, now removed."""
    restored: int = 0
    """Records whose old values are back."""
    kept: list[str] = field(default_factory=list)
    """Fields left alone because someone changed them after the import."""


def list_imports(*, session: Session, include_undone: bool = False) -> list[ImportBatch]:
    """Imports, the most recent first."""
    query = select(ImportBatch).order_by(sa.desc(col(ImportBatch.id)))
    if not include_undone:
        query = query.where(col(ImportBatch.undone_at).is_(None))
    return list(session.exec(query).all())


def _decode(model: type[SQLModel], name: str, value: Any) -> Any:
    info = model.model_fields.get(name)
    if info is None or info.annotation is None or value is None:
        return value
    return TypeAdapter(info.annotation).validate_python(value)


def undo_import(*, database: Database, batch_id: int) -> UndoResult:
    """Revert an import: delete what it created, put back the values it replaced.

    Refused, with the later changes named, when something changed since on
    what the import wrote: undo never throws away later work.
    """
    if not -_LARGEST_ID <= batch_id <= _LARGEST_ID:  # SQLite's integers end there
        raise NotFound("No import with id {batch_id}", batch_id=batch_id)
    with database.session() as session:
        batch = session.get(ImportBatch, batch_id)
        if batch is None:
            raise NotFound("No import with id {batch_id}", batch_id=batch_id)
        if batch.undone_at is not None:
            raise InvalidInput("The import of {source} was already undone", source=batch.source)
        operation = session.exec(select(JournalOperation).where(
            JournalOperation.import_batch_id == batch_id,
            JournalOperation.kind == "import")).first()
    if operation is None or operation.id is None:  # made before the journal existed
        with database.operation("undo", labels.label("undo_import",
                                                     source=batch.source)) as legacy:
            return _undo_recorded_changes(legacy.session, batch_id)
    with database.session() as session:
        created, changed = created_and_changed(session=session, operation_id=operation.id,
                                               owner=_table(ImportKind(batch.kind)))
    journal_undo.undo(database, operation.id)
    return UndoResult(deleted=created, restored=changed)


def _undo_recorded_changes(session: Session, batch_id: int) -> UndoResult:
    batch = session.get(ImportBatch, batch_id)
    assert batch is not None
    result = UndoResult()
    changes = session.exec(select(ImportChange).where(ImportChange.batch_id == batch_id)
                           .order_by(sa.desc(col(ImportChange.id)))).all()
    for change in changes:
        model = _TABLES.get(change.table_name)
        if model is None:
            continue
        record = session.get(model, change.record_id)
        if record is None:
            continue
        if change.action == "created":
            session.delete(record)
            result.deleted += 1
        else:
            _restore(session, model, record, change, result)
    for model in (Contact, Organization):
        records = session.exec(select(model).where(model.import_batch_id == batch_id)).all()
        for record in records:
            session.delete(record)
        result.deleted += len(records)
    batch.undone_at = utcnow()
    session.add(batch)
    session.flush()
    return result


def _restore(session: Session, model: type[SQLModel], record: Any, change: ImportChange,
             result: UndoResult) -> None:
    old = json.loads(change.old_values or "{}")
    new = json.loads(change.new_values or "{}")
    restored = False
    for name, written in new.items():
        if name == "tags":
            restored |= _restore_tags(session, record, old.get("tags", []), written)
            continue
        if _encode(getattr(record, name)) != written:
            result.kept.append(f"{change.table_name} {change.record_id}: {name}")
            continue
        setattr(record, name, _decode(model, name, old.get(name)))
        restored = True
    if restored:
        if hasattr(record, "updated_at"):
            record.updated_at = utcnow()
        session.add(record)
        result.restored += 1
    session.flush()


def _restore_tags(session: Session, record: Any, old: list[str], new: list[str]) -> bool:
    added = {name.casefold() for name in new} - {name.casefold() for name in old}
    if not added or record.id is None:
        return False
    if isinstance(record, Organization):
        current = tag_service.organization_tags(session=session, organization_id=record.id)
        keep = [name for name in current if name.casefold() not in added]
        tag_service.set_organization_tags(session=session, organization_id=record.id, names=keep)
    else:
        current = tag_service.contact_tags(session=session, contact_id=record.id)
        keep = [name for name in current if name.casefold() not in added]
        tag_service.set_contact_tags(session=session, contact_id=record.id, names=keep)
    return True

