"""Saved groups of organizations or contacts: a named search with its filters, or a
hand-picked list.

A group is also a filter (OrganizationFilter.group_id, ContactFilter.group_id):
a tab showing it, the records changed at once, exported or put on a letter.

A search group keeps the filter itself (the OrganizationFilter or ContactFilter
the tables use), not its results, so its members are found again each time it
is used: a record edited into or out of it since is counted, exported and
written to accordingly. A static group keeps its records, and loses one when
the record is deleted (a foreign key's cascade, journaled and erased with the
record's other values). Every change is an operation, so it is undoable.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlmodel import Session, col, func, select

from coalitiondesk.core.errors import InvalidInput, Message, NotFound, Term
from coalitiondesk.core.exporting.columns import ExportKind
from coalitiondesk.core.exporting.scope import Scope
from coalitiondesk.core.journal import labels
from coalitiondesk.core.merge.recipients import RecipientsAdded, add_letter_recipients
from coalitiondesk.core.models import (
    Contact,
    MembershipStatus,
    Organization,
    OrganizationKind,
    SavedGroup,
    SavedGroupMember,
    Sensitivity,
)
from coalitiondesk.core.records import contacts, organizations
from coalitiondesk.core.records.bulk_letters import LetterAdded, Role, add_to_letter
from coalitiondesk.core.records.contacts import ContactFilter
from coalitiondesk.core.records.duplicates import RecordKind
from coalitiondesk.core.records.letters import get_letter
from coalitiondesk.core.records.organizations import OrganizationFilter

if TYPE_CHECKING:
    from coalitiondesk.core.storage.db import Database

KINDS = ("organization", "contact")
Filter = OrganizationFilter | ContactFilter


@dataclass(frozen=True)
class GroupInfo:
    id: int
    kind: str
    name: str
    static: bool
    filters: Filter
    """For a search group, what it finds; for a static group, no filter."""
    count: int | None
    """None when its filters name an own field removed since (it finds nothing then)."""


def _check_kind(kind: str) -> None:
    if kind not in KINDS:
        raise InvalidInput("A group holds organizations or contacts, not {kind!r}", kind=kind)


def _clean_name(name: str) -> str:
    text = " ".join(name.split())
    if not text:
        raise InvalidInput("A group needs a name")
    if "\x00" in text:
        raise InvalidInput("A group's name cannot hold a NUL character")
    return text


def encode_filters(filters: Filter) -> str:
    values = {key: value for key, value in asdict(filters).items()
              if value not in (None, ()) and not (key == "include_restricted" and value)}
    return json.dumps(values, ensure_ascii=False, sort_keys=True, default=str)


def decode_filters(kind: str, text: str) -> Filter:
    values: dict[str, Any] = json.loads(text or "{}")
    if "custom" in values:
        values["custom"] = tuple(tuple(pair) for pair in values["custom"])
    if kind == "organization":
        if values.get("membership_status"):
            values["membership_status"] = MembershipStatus(values["membership_status"])
        if values.get("kind"):
            values["kind"] = OrganizationKind(values["kind"])
        return OrganizationFilter(**values)
    if values.get("sensitivity"):
        values["sensitivity"] = Sensitivity(values["sensitivity"])
    return ContactFilter(**values)


def _empty_filter(kind: str) -> Filter:
    return OrganizationFilter() if kind == "organization" else ContactFilter()


def add_group(*, database: Database, kind: str, name: str, filters: Filter | None = None,
              static: bool = False, member_ids: Iterable[int] = ()) -> int:
    """Save a search group (`filters`) or a static group (`member_ids`); returns its id."""
    _check_kind(kind)
    name = _clean_name(name)
    members = list(dict.fromkeys(member_ids))
    if static and filters is not None:
        raise InvalidInput("A group is either a search or a hand-picked list, not both")
    if not static and members:
        raise InvalidInput("Only a hand-picked group lists its records")
    if filters is not None and not isinstance(
            filters, OrganizationFilter if kind == "organization" else ContactFilter):
        raise InvalidInput("The filter is not one for {kind} records", kind=Term(kind))
    if filters is not None and filters.group_id is not None:
        # A group kept inside another would leave it finding nothing once removed.
        raise InvalidInput("A search within a group cannot be saved as a group of its own:"
                           " show all records first, or add them to a hand-picked group")
    with database.operation(kind="group", label=labels.label("add_group", name=name)
                            ) as operation:
        session = operation.session
        if (existing := _find(session, kind, name)) is not None:
            raise InvalidInput("There is already a group called “{name}”", name=existing.name)
        group = SavedGroup(kind=kind, name=name, static=static,
                           filters=encode_filters(filters or _empty_filter(kind)))
        session.add(group)
        session.flush()
        assert group.id is not None
        operation.subject = ("saved_group", group.id)
        _add_members(session, group, members)
        return group.id


def _find(session: Session, kind: str | None, name: str) -> SavedGroup | None:
    query = select(SavedGroup).where(func.lower(SavedGroup.name) == _clean_name(name).lower())
    if kind is not None:
        query = query.where(SavedGroup.kind == kind)
    found = session.exec(query.order_by(col(SavedGroup.id))).all()
    if len(found) > 1:
        raise InvalidInput("Both an organization group and a contact group are called"
                           " “{name}”: say which kind", name=name)
    return found[0] if found else None


def group_named(*, session: Session, name: str, kind: str | None = None) -> SavedGroup:
    if kind is not None:
        _check_kind(kind)
    group = _find(session, kind, name)
    if group is None:
        raise NotFound("No group called “{name}”", name=" ".join(name.split()))
    return group


def _get(session: Session, group_id: int) -> SavedGroup:
    group = session.get(SavedGroup, group_id)
    if group is None:
        raise NotFound("No group with id {id}", id=group_id)
    return group


def _model(kind: str) -> type[Organization] | type[Contact]:
    return Organization if kind == "organization" else Contact


def _add_members(session: Session, group: SavedGroup, ids: list[int]) -> int:
    if not ids:
        return 0
    model = _model(group.kind)
    column = f"{group.kind}_id"
    known = set(session.exec(select(model.id).where(col(model.id).in_(ids))).all())
    missing = [item for item in ids if item not in known]
    if missing:
        raise NotFound("No {kind} with id {id}", kind=Term(group.kind), id=missing[0])
    have = set(session.exec(select(getattr(SavedGroupMember, column))
                            .where(SavedGroupMember.group_id == group.id)).all())
    new = [SavedGroupMember(group_id=group.id, **{column: item})  # type: ignore[arg-type]
           for item in ids if item not in have]
    session.add_all(new)
    session.flush()
    return len(new)


def change_members(*, database: Database, group_id: int, add: Iterable[int] = (),
                   remove: Iterable[int] = ()) -> int:
    """Add records to a static group and take others off it; returns how many changed."""
    with database.session() as session:
        group = _get(session, group_id)
    if not group.static:
        raise InvalidInput("“{name}” is a saved search: its records are those its filters"
                           " find", name=group.name)
    column = getattr(SavedGroupMember, f"{group.kind}_id")
    with database.operation(kind="group", label=labels.label("group_members", name=group.name),
                            subject=("saved_group", group_id)) as operation:
        added = _add_members(operation.session, group, list(dict.fromkeys(add)))
        taken = list(remove)
        removed = 0
        if taken:
            result = operation.session.execute(sa.delete(SavedGroupMember).where(
                col(SavedGroupMember.group_id) == group_id, column.in_(taken)))
            removed = int(getattr(result, "rowcount", 0) or 0)
    return added + removed


def rename_group(*, database: Database, group_id: int, name: str) -> None:
    with database.session() as session:
        group = _get(session, group_id)
        new = _clean_name(name)
    if new == group.name:
        return
    with database.operation(kind="group", label=labels.label("rename_group", old=group.name,
                                                             name=new),
                            subject=("saved_group", group_id)) as operation:
        existing = _find(operation.session, group.kind, new)
        if existing is not None and existing.id != group_id:
            raise InvalidInput("There is already a group called “{name}”", name=existing.name)
        stored = _get(operation.session, group_id)
        stored.name = new
        operation.session.add(stored)
        operation.session.flush()


def remove_group(*, database: Database, group_id: int) -> None:
    with database.session() as session:
        name = _get(session, group_id).name
    with database.operation(kind="group", label=labels.label("remove_group", name=name)
                            ) as operation:
        operation.session.execute(sa.delete(SavedGroup).where(col(SavedGroup.id) == group_id))


def _members_query(session: Session, group: SavedGroup, selected: Any) -> Any:
    """`selected` (a select over the group's table) narrowed to the group's members."""
    if group.static:
        column = getattr(SavedGroupMember, f"{group.kind}_id")
        model = _model(group.kind)
        return selected.where(col(model.id).in_(
            select(column).where(SavedGroupMember.group_id == group.id)))
    filters = decode_filters(group.kind, group.filters)
    if isinstance(filters, OrganizationFilter):
        return organizations.filter_query(session=session, query=selected, filters=filters)
    return contacts.filter_query(session=session, query=selected, filters=filters)


def members_of(*, session: Session, kind: str, group_id: int) -> Any:
    """A select of the ids of the group's records, for a filter; a group removed since
    finds nothing (a tab showing it goes back to every record)."""
    _check_kind(kind)
    model = _model(kind)
    group = session.get(SavedGroup, group_id)
    if group is None:
        return select(model.id).where(sa.false())
    if group.kind != kind:
        raise InvalidInput("“{name}” is a group of {group_kind} records, not {kind} records",
                           name=group.name, group_kind=Term(group.kind), kind=Term(kind))
    return _members_query(session, group, select(model.id))


def member_ids(*, session: Session, group_id: int) -> list[int]:
    """The ids of the group's records as they are now."""
    group = _get(session, group_id)
    model = _model(group.kind)
    query = _members_query(session, group, select(model.id)).order_by(col(model.id))
    return [int(item) for item in session.exec(query).all()]


def count_members(*, session: Session, group_id: int) -> int:
    group = _get(session, group_id)
    model = _model(group.kind)
    query = _members_query(session, group, select(func.count()).select_from(model))
    return int(session.exec(query).one())


def list_groups(*, session: Session, kind: str | None = None) -> list[GroupInfo]:
    """Every group (of one kind), by name, with its count as of now."""
    query = select(SavedGroup)
    if kind is not None:
        _check_kind(kind)
        query = query.where(SavedGroup.kind == kind)
    groups = session.exec(query.order_by(func.lower(SavedGroup.name), col(SavedGroup.id))).all()
    return [info(session=session, group=group) for group in groups]


def info(*, session: Session, group: SavedGroup) -> GroupInfo:
    assert group.id is not None
    filters = (_empty_filter(group.kind) if group.static
               else decode_filters(group.kind, group.filters))
    try:
        count: int | None = count_members(session=session, group_id=group.id)
    except InvalidInput:
        count = None
    return GroupInfo(id=group.id, kind=group.kind, name=group.name, static=group.static,
                     filters=filters, count=count)


def export_scope(*, session: Session, name: str, kind: str | None = None
                 ) -> tuple[ExportKind, Scope]:
    """What `export --group NAME` exports: a search group through its own filter (so the
    file holds what the table would show), a hand-picked one by its records' ids."""
    group = group_named(session=session, name=name, kind=kind)
    assert group.id is not None
    export_kind = (ExportKind.organizations if group.kind == "organization"
                   else ExportKind.contacts)
    if group.static:
        return export_kind, Scope(selected=tuple(member_ids(session=session,
                                                            group_id=group.id)))
    return export_kind, Scope(filters=decode_filters(group.kind, group.filters))


def add_group_as_recipients(*, database: Database, letter_id: int,
                            group_id: int) -> RecipientsAdded:
    """Put the group's records, as they are now, on the letter (one operation); those
    already on it are skipped, and restricted contacts too unless the letter allows them."""
    with database.session() as session:
        group = _get(session, group_id)
        ids = member_ids(session=session, group_id=group_id)
        if group.kind == "contact" and not get_letter(session=session,
                                                      letter_id=letter_id).allow_restricted:
            restricted = set(session.exec(select(Contact.id).where(
                col(Contact.id).in_(ids), Contact.sensitivity == Sensitivity.restricted)).all())
            ids = [item for item in ids if item not in restricted]
    if group.kind == "contact":
        return add_letter_recipients(database, letter_id=letter_id, contact_ids=ids)
    return add_letter_recipients(database, letter_id=letter_id, organization_ids=ids)


def describe(group: GroupInfo) -> Message:
    """One line for a list: "Partners in Korea (organization, search): 12"."""
    if group.count is None:
        return Message("{name} ({kind}, search): its filters name an own field removed since",
                       name=group.name, kind=Term(group.kind))
    if group.static:
        return Message("{name} ({kind}, hand-picked): {count}", name=group.name,
                       kind=Term(group.kind), count=group.count)
    return Message("{name} ({kind}, search): {count}", name=group.name,
                   kind=Term(group.kind), count=group.count)


def add_group_to_letter(*, database: Database, group_id: int, letter_id: int,
                        role: Role) -> LetterAdded:
    """Put the group's records, as they are now, on the letter as its recipients or (a
    group of organizations) its signatories, in one operation (core.records.bulk_letters)."""
    with database.session() as session:
        group = _get(session, group_id)
        ids = member_ids(session=session, group_id=group_id)
    kind: RecordKind = "organization" if group.kind == "organization" else "contact"
    return add_to_letter(database, kind=kind, ids=ids, letter_id=letter_id, role=role)
