"""Merging two duplicate records into one, as one operation that one undo splits again.

The survivor takes the values chosen for each field (by default its own, an
empty one filled from the other; notes joined; "do not share", "do not mail",
"do not e-mail" and "restricted" kept if either record had them, so a merge
never exposes anyone). The other record's name becomes an alias, every row
pointing at it moves to the survivor without doubling (one tag, one
signature per letter, one recipient per letter with every dispatch of both),
and the other record is deleted. Link tables are found from the schema's
foreign keys, so a table added later (custom fields, attachments) moves too.

The other record's person lives on in the survivor, so the journal keeps its
values (core.records.merged_records) and the merge can be undone after a
restart too; deleting the survivor later erases both from the history.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, SQLModel, col, select

from coalitiondesk.core.errors import InvalidInput, Term
from coalitiondesk.core.importing.dedupe import contact_name, name_key
from coalitiondesk.core.journal import labels
from coalitiondesk.core.journal.operations import ChangeSet
from coalitiondesk.core.models import (
    Contact,
    ContactAlias,
    Organization,
    OrganizationAlias,
    Recipient,
    Signature,
    SignatureStatus,
)
from coalitiondesk.core.records import contacts, organizations
from coalitiondesk.core.records.bulk import quiet_enum_dumps
from coalitiondesk.core.records.duplicates import KINDS, RecordKind, forget_not_duplicates
from coalitiondesk.core.records.validation import CONTACT_FIELDS, ORGANIZATION_FIELDS
from coalitiondesk.core.storage.db import Database

FIELDS: dict[RecordKind, tuple[str, ...]] = {
    "organization": tuple(ORGANIZATION_FIELDS), "contact": tuple(CONTACT_FIELDS)}
_NAME_FIELDS = frozenset({"name", "given_name", "family_name", "native_name"})
_CAUTIOUS = frozenset({"do_not_share", "do_not_mail", "do_not_email"})
# Handled with their own rules below; every other table pointing at a record moves as is.
_SPECIAL = frozenset({"signature", "recipient"})
# Rows that mean the same thing twice when only their id differs.
_SAME_WHEN = {"affiliation": ("contact_id", "organization_id", "role", "start_date", "end_date"),
              "organization_alias": ("organization_id", "name"),
              "contact_alias": ("contact_id", "name"),
              "saved_group_member": ("group_id", "organization_id", "contact_id")}
# A signature's status that says more wins: signed before withdrawn before declined.
_STATUS_WEIGHT = {SignatureStatus.signed: 3, SignatureStatus.withdrawn: 2,
                  SignatureStatus.declined: 1, SignatureStatus.invited: 0}


@dataclass(frozen=True)
class MergePlan:
    """Both records' values side by side, and what a merge takes by default."""

    kind: RecordKind
    keep_id: int
    other_id: int
    keep: dict[str, Any]
    other: dict[str, Any]
    defaults: dict[str, Any]
    differing: tuple[str, ...]
    """Fields where both records hold a value and the values differ."""


@dataclass(frozen=True)
class Merged:
    keep_id: int
    changes: ChangeSet
    dropped: dict[str, Any] = field(default_factory=dict)
    """The other record's values that the survivor does not hold."""
    aliases: tuple[str, ...] = ()


def _model(kind: RecordKind) -> type[Organization] | type[Contact]:
    if kind not in KINDS:
        raise InvalidInput("Unknown kind of record: {kind}", kind=kind)
    return Organization if kind == "organization" else Contact


def _empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def display_name(kind: RecordKind, values: Mapping[str, Any]) -> str:
    if kind == "organization":
        return str(values.get("name") or "")
    return contact_name(values.get("given_name"), values.get("family_name"),
                        values.get("native_name"))


def _values(session: Session, kind: RecordKind, record_id: int) -> dict[str, Any]:
    record = session.get(_model(kind), record_id)
    if record is None:
        raise InvalidInput("No {what} with id {key}", what=Term(kind), key=record_id)
    return {name: getattr(record, name) for name in FIELDS[kind]}


def _default(name: str, mine: Any, theirs: Any) -> Any:
    if name == "custom_values" and not _empty(mine) and not _empty(theirs):
        return _joined_custom_values(str(mine), str(theirs))
    if name in _CAUTIOUS:
        return bool(mine) or bool(theirs)
    if name == "sensitivity":
        return "restricted" if "restricted" in (mine, theirs) else mine
    if name == "notes" and not _empty(mine) and not _empty(theirs) and mine != theirs:
        return f"{mine}\n{theirs}"
    return theirs if _empty(mine) else mine


def _joined_custom_values(mine: str, theirs: str) -> str:
    """The coordinator's own fields of both (one JSON object each): the survivor's value
    where both have one, the other's where only it has one."""
    try:
        ours, others = json.loads(mine), json.loads(theirs)
    except ValueError:
        return mine
    if not isinstance(ours, dict) or not isinstance(others, dict):
        return mine
    return json.dumps({**others, **ours}, ensure_ascii=False, sort_keys=True)


def merge_plan(*, session: Session, kind: RecordKind, keep_id: int, other_id: int) -> MergePlan:
    if keep_id == other_id:
        raise InvalidInput("A record cannot be merged with itself")
    keep = _values(session, kind, keep_id)
    other = _values(session, kind, other_id)
    defaults = {name: _default(name, keep[name], other[name]) for name in FIELDS[kind]}
    differing = tuple(name for name in FIELDS[kind]
                      if not _empty(keep[name]) and not _empty(other[name])
                      and keep[name] != other[name])
    return MergePlan(kind=kind, keep_id=keep_id, other_id=other_id, keep=keep, other=other,
                     defaults=defaults, differing=differing)


def merge_records(database: Database, *, kind: RecordKind, keep_id: int, other_id: int,
                  values: Mapping[str, Any] | None = None,
                  status_changed_on: date | None = None) -> Merged:
    """Merge `other_id` into `keep_id`; `values` overrides the plan's default per field."""
    with database.session() as session:
        plan = merge_plan(session=session, kind=kind, keep_id=keep_id, other_id=other_id)
    unknown = set(values or {}) - set(FIELDS[kind])
    if unknown:
        raise InvalidInput("Unknown field: {value}", value=", ".join(sorted(unknown)))
    chosen = {**plan.defaults, **(values or {})}
    label = labels.label("merge", other=display_name(kind, plan.other),
                         name=display_name(kind, chosen) or display_name(kind, plan.keep))
    with database.operation("merge", label, subject=(kind, keep_id)) as operation:
        session = operation.session
        aliases = _keep_names(session, kind, plan, chosen)
        _move_links(session, kind, keep_id, other_id)
        forget_not_duplicates(session=session, kind=kind, record_id=other_id)
        session.execute(sa.delete(_model(kind)).where(col(_model(kind).id) == other_id))
        session.expire_all()
        changes = {name: value for name, value in chosen.items() if value != plan.keep[name]}
        with quiet_enum_dumps():
            if kind == "organization":
                organizations.update_organization(
                    session=session, organization_id=keep_id,
                    status_changed_on=status_changed_on, **changes)
            else:
                contacts.update_contact(session=session, contact_id=keep_id, **changes)
    dropped = {name: plan.other[name] for name in FIELDS[kind]
               if not _empty(plan.other[name]) and plan.other[name] != chosen[name]
               and not (name == "notes" and str(plan.other[name]) in str(chosen[name]))
               and not (name in _NAME_FIELDS and display_name(kind, plan.other) in aliases)}
    return Merged(keep_id=keep_id, changes=operation.changes, dropped=dropped,
                  aliases=tuple(aliases))


def _keep_names(session: Session, kind: RecordKind, plan: MergePlan,
                chosen: Mapping[str, Any]) -> list[str]:
    """Both names that the survivor no longer carries become its aliases."""
    alias_model = OrganizationAlias if kind == "organization" else ContactAlias
    owner = col(OrganizationAlias.organization_id) if kind == "organization" else col(
        ContactAlias.contact_id)
    existing = session.exec(select(alias_model.name).where(owner == plan.keep_id)).all()
    taken = {name_key(display_name(kind, chosen)), *(name_key(name) for name in existing)}
    added: list[str] = []
    for values in (plan.keep, plan.other):
        name = display_name(kind, values)
        if name and name_key(name) not in taken:
            taken.add(name_key(name))
            added.append(name)
            if kind == "organization":
                session.add(OrganizationAlias(organization_id=plan.keep_id, name=name))
            else:
                session.add(ContactAlias(contact_id=plan.keep_id, name=name))
    session.flush()
    return added


def _pointing_tables(kind: RecordKind) -> list[tuple[sa.Table, str]]:
    """(table, column) of every table with a foreign key to the record's table."""
    target = _model(kind).__tablename__
    found: list[tuple[sa.Table, str]] = []
    for table in SQLModel.metadata.sorted_tables:
        for key in table.foreign_keys:
            if key.column.table.name == target and not table.name.startswith("journal"):
                found.append((table, key.parent.name))
    return found


def _move_links(session: Session, kind: RecordKind, keep_id: int, other_id: int) -> None:
    column = "organization_id" if kind == "organization" else "contact_id"
    if kind == "organization":
        _move_signatures(session, keep_id, other_id)
    _move_recipients(session, column, keep_id, other_id)
    existing = set(sa.inspect(session.connection()).get_table_names())
    for table, pointer in _pointing_tables(kind):
        if table.name in _SPECIAL or table.name not in existing:
            continue
        _move_rows(session, table, pointer, keep_id, other_id)
    session.flush()


def _unique_sets(table: sa.Table, pointer: str) -> list[list[str]]:
    """Column sets, including `pointer`, that may hold one row per record only."""
    sets: list[list[str]] = []
    for constraint in table.constraints:
        if isinstance(constraint, sa.UniqueConstraint | sa.PrimaryKeyConstraint):
            names = [c.name for c in constraint.columns]
            if pointer in names:
                sets.append(names)
    for index in table.indexes:
        names = [c.name for c in index.columns]
        if index.unique and pointer in names:
            sets.append(names)
    if table.name in _SAME_WHEN:
        sets.append(list(_SAME_WHEN[table.name]))
    return sets


def _move_rows(session: Session, table: sa.Table, pointer: str, keep_id: int,
               other_id: int) -> None:
    name = f'"{table.name}"'
    for columns in _unique_sets(table, pointer):
        same = "".join(f' AND k."{c}" IS NOT DISTINCT FROM {name}."{c}"' for c in columns
                       if c != pointer)
        # The survivor's own row stays; the other's copy of it goes.
        session.execute(sa.text(
            f'DELETE FROM {name} WHERE "{pointer}" = :other AND EXISTS (SELECT 1 FROM {name}'
            f' AS k WHERE k."{pointer}" = :keep{same})'), {"keep": keep_id, "other": other_id})
    in_key = pointer in [c.name for c in table.primary_key.columns]
    if in_key:
        # A key column is moved as a new row: undo then removes it by its key.
        names = [c.name for c in table.columns]
        listed = ", ".join(f'"{c}"' for c in names)
        picked = ", ".join(":keep" if c == pointer else f'"{c}"' for c in names)
        session.execute(sa.text(f"INSERT INTO {name} ({listed}) SELECT {picked} FROM {name}"
                                f' WHERE "{pointer}" = :other'),
                        {"keep": keep_id, "other": other_id})
        session.execute(sa.text(f'DELETE FROM {name} WHERE "{pointer}" = :other'),
                        {"other": other_id})
    else:
        session.execute(sa.text(f'UPDATE {name} SET "{pointer}" = :keep'
                                f' WHERE "{pointer}" = :other'),
                        {"keep": keep_id, "other": other_id})


def _weight(signature: Signature) -> int:
    return _STATUS_WEIGHT.get(SignatureStatus(signature.status), 0)


def _move_signatures(session: Session, keep_id: int, other_id: int) -> None:
    """One signature per letter: the stronger status, at the earlier place; the letter's
    places numbered again without a gap."""
    theirs = session.exec(select(Signature).where(Signature.organization_id == other_id)).all()
    for signature in theirs:
        mine = session.exec(select(Signature).where(
            Signature.letter_id == signature.letter_id,
            Signature.organization_id == keep_id)).first()
        if mine is None:
            signature.organization_id = keep_id
            session.add(signature)
            session.flush()
            continue
        places = [p for p in (mine.position, signature.position) if p is not None]
        stronger = signature if _weight(signature) > _weight(mine) else mine
        carried = {name: getattr(stronger, name) for name in Signature.model_fields
                   if name not in ("id", "letter_id", "organization_id", "position")}
        session.delete(signature)
        session.flush()
        for name, value in carried.items():
            setattr(mine, name, value)
        mine.position = min(places) if places else None
        session.add(mine)
        session.flush()
        _renumber(session, mine.letter_id)


def _renumber(session: Session, letter_id: int) -> None:
    placed = session.exec(select(Signature).where(
        Signature.letter_id == letter_id, col(Signature.position).is_not(None))
        .order_by(col(Signature.position))).all()
    # In ascending order each new place is at most the old one and already free.
    for position, signature in enumerate(placed, start=1):
        if signature.position != position:
            signature.position = position
            session.add(signature)
            session.flush()


def _move_recipients(session: Session, column: str, keep_id: int, other_id: int) -> None:
    """One recipient per letter, holding every sending of both and the first answer."""
    pointer = col(getattr(Recipient, column))
    theirs = session.exec(select(Recipient).where(pointer == other_id)).all()
    for recipient in theirs:
        mine = session.exec(select(Recipient).where(
            Recipient.letter_id == recipient.letter_id, pointer == keep_id)).first()
        if mine is None:
            setattr(recipient, column, keep_id)
            session.add(recipient)
            session.flush()
            continue
        session.execute(sa.text("UPDATE dispatch SET recipient_id = :keep"
                                " WHERE recipient_id = :other"),
                        {"keep": mine.id, "other": recipient.id})
        if recipient.dispatched_on and (mine.dispatched_on is None
                                        or recipient.dispatched_on < mine.dispatched_on):
            mine.dispatched_on, mine.channel = recipient.dispatched_on, recipient.channel
        if mine.response_on is None:
            mine.response_on = recipient.response_on
        notes = [note for note in (mine.response_note, recipient.response_note) if note]
        mine.response_note = "\n".join(dict.fromkeys(notes)) or None
        session.delete(recipient)
        session.flush()
        session.add(mine)
        session.flush()
