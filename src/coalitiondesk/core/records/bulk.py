"""Changing one field of many organizations or contacts at once, as one undoable operation.

A change is one of: add or remove a tag, a membership status (with the date
and note its history rows carry), a country, a kind, a sensitivity, a
"do not share / mail / e-mail" flag, or one of the coordinator's own fields
("custom_<id>", set or cleared). Each record is changed through its own
service (core.records.organizations, .contacts), so the rules, the
membership history and the "do not share" tag behave as in the form; the
records already holding the value are left untouched and not counted.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

from coalitiondesk.core.errors import InvalidInput, Term, field_term
from coalitiondesk.core.journal import labels
from coalitiondesk.core.journal.operations import ChangeSet
from coalitiondesk.core.models import (
    Contact,
    ContactTag,
    CustomField,
    MembershipStatus,
    Organization,
    OrganizationKind,
    OrganizationTag,
    Sensitivity,
    Tag,
)
from coalitiondesk.core.records import contacts, custom_fields, organizations
from coalitiondesk.core.records import tags as tag_service
from coalitiondesk.core.records.contacts import ContactFilter
from coalitiondesk.core.records.duplicates import KINDS, RecordKind
from coalitiondesk.core.records.organizations import OrganizationFilter
from coalitiondesk.core.storage.db import Database

ADD_TAG, REMOVE_TAG = "add_tag", "remove_tag"
_FLAGS = ("do_not_share",)
FIELDS: dict[RecordKind, tuple[str, ...]] = {
    "organization": (ADD_TAG, REMOVE_TAG, "membership_status", "country_code", "kind",
                     *_FLAGS),
    "contact": (ADD_TAG, REMOVE_TAG, "address_country_code", "sensitivity", "do_not_mail",
                "do_not_email", *_FLAGS),
}
"""What can be changed on many records at once, per kind of record."""
_CHOICES: dict[str, type[Any]] = {"membership_status": MembershipStatus,
                                  "kind": OrganizationKind, "sensitivity": Sensitivity}
_BOOLEANS = frozenset({"do_not_share", "do_not_mail", "do_not_email"})
_COUNTRIES = frozenset({"country_code", "address_country_code"})


@dataclass(frozen=True)
class BulkChange:
    field: str
    value: Any
    """A tag's name; a country code or None (none: international); a choice; a bool; an
    own field's value as a person writes it (None or blank: cleared)."""
    changed_on: date | None = None
    """Membership status: the day the history records (default today)."""
    note: str | None = None
    """Membership status: the history's note."""


@dataclass(frozen=True)
class BulkResult:
    changed: int
    changes: ChangeSet


def _model(kind: RecordKind) -> type[Organization] | type[Contact]:
    if kind not in KINDS:
        raise InvalidInput("Unknown kind of record: {kind}", kind=kind)
    return Organization if kind == "organization" else Contact


def checked(kind: RecordKind, change: BulkChange) -> BulkChange:
    """The change with its value in stored form, or InvalidInput saying what is wrong."""
    _model(kind)
    if custom_fields.field_id_of(change.field) is not None:
        # Checked against its definition where a session can read it (_custom).
        return BulkChange(field=change.field, value=change.value)
    if change.field not in FIELDS[kind]:
        raise InvalidInput("{field} cannot be changed on many {kind}s at once",
                           field=field_term(change.field), kind=Term(kind))
    value = change.value
    if change.field in (ADD_TAG, REMOVE_TAG):
        names = tag_service.clean_tags([str(value or "")])
        if not names:
            raise InvalidInput("A tag needs a name")
        value = names[0]
    elif change.field in _CHOICES:
        try:
            value = _CHOICES[change.field](str(value).strip().lower()).value
        except ValueError:
            allowed = ", ".join(member.value for member in _CHOICES[change.field])
            raise InvalidInput("{field}: {value!r} is not one of {allowed}",
                               field=field_term(change.field), value=value,
                               allowed=allowed) from None
    elif change.field in _COUNTRIES:
        value = str(value).strip().upper() or None if value is not None else None
    elif change.field in _BOOLEANS and not isinstance(value, bool):
        raise InvalidInput("{field}: yes or no", field=field_term(change.field))
    return BulkChange(field=change.field, value=value, changed_on=change.changed_on,
                      note=(change.note or "").strip() or None)


def matching_ids(*, session: Session, kind: RecordKind,
                 filters: OrganizationFilter | ContactFilter | None) -> list[int]:
    """The records a filter lets through (the whole list with None), by id."""
    model = _model(kind)
    query: Any = select(col(model.id))
    if kind == "organization":
        assert filters is None or isinstance(filters, OrganizationFilter)
        query = organizations.filter_query(session=session, query=query, filters=filters)
    else:
        assert filters is None or isinstance(filters, ContactFilter)
        query = contacts.filter_query(session=session, query=query, filters=filters)
    return [int(record_id) for record_id in session.exec(query.order_by(col(model.id))).all()]


def _tagged(session: Session, kind: RecordKind, tag: str, ids: Sequence[int]) -> set[int]:
    link: type[OrganizationTag] | type[ContactTag] = (
        OrganizationTag if kind == "organization" else ContactTag)
    pointer = col(OrganizationTag.organization_id) if kind == "organization" else col(
        ContactTag.contact_id)
    found: set[int] = set()
    tag_ids = session.exec(select(col(Tag.id)).where(tag_service.tag_named(tag))).all()
    if not tag_ids:
        return found
    for start in range(0, len(ids), 900):
        chunk = list(ids[start:start + 900])
        found.update(int(i) for i in session.exec(
            select(pointer).where(pointer.in_(chunk), col(link.tag_id).in_(tag_ids))).all())
    return found


def _custom(session: Session, kind: RecordKind, change: BulkChange
            ) -> tuple[CustomField, Any] | None:
    """An own field's definition and the value as stored; None for a built-in field."""
    field_id = custom_fields.field_id_of(change.field)
    if field_id is None:
        return None
    definition = session.get(CustomField, field_id)
    if definition is None or definition.record_kind != kind:
        raise InvalidInput("There is no custom field {value} for a {kind}",
                           value=field_id, kind=Term(kind))
    try:
        value = custom_fields.normalise_value(definition, change.value)
    except InvalidInput as error:
        raise InvalidInput("{label}: {problem}", label=definition.label,
                           problem=error.message) from None
    return definition, value


def field_name(*, session: Session, field: str) -> str:
    """The field as a label names it: an own field by its label."""
    field_id = custom_fields.field_id_of(field)
    definition = session.get(CustomField, field_id) if field_id is not None else None
    return definition.label if definition is not None else str(field_term(field))


def _custom_to_change(session: Session, kind: RecordKind, ids: list[int],
                      field_id: int, value: Any) -> list[int]:
    model = _model(kind)
    found: list[int] = []
    for start in range(0, len(ids), 900):
        chunk = ids[start:start + 900]
        rows = session.exec(select(col(model.id), col(model.custom_values))
                            .where(col(model.id).in_(chunk))).all()
        found.extend(int(record_id) for record_id, text in rows if record_id is not None
                     and custom_fields.read_values(text).get(field_id) != value)
    return sorted(found)


def to_change(*, session: Session, kind: RecordKind, ids: Iterable[int],
              change: BulkChange) -> list[int]:
    """Which of the records the change would alter (those not holding the value yet)."""
    change = checked(kind, change)
    wanted = sorted(set(ids))
    if (custom := _custom(session, kind, change)) is not None:
        definition, value = custom
        assert definition.id is not None
        return _custom_to_change(session, kind, wanted, definition.id, value)
    if change.field in (ADD_TAG, REMOVE_TAG):
        tagged = _tagged(session, kind, change.value, wanted)
        return [i for i in wanted if (i in tagged) == (change.field == REMOVE_TAG)]
    model = _model(kind)
    column = getattr(model, change.field)
    found: list[int] = []
    for start in range(0, len(wanted), 900):
        chunk = wanted[start:start + 900]
        query = select(col(model.id)).where(col(model.id).in_(chunk),
                                            sa.not_(column.is_not_distinct_from(change.value)))
        found.extend(int(i) for i in session.exec(query).all() if i is not None)
    return sorted(found)


def apply_change(database: Database, *, kind: RecordKind, ids: Iterable[int],
                 change: BulkChange) -> BulkResult:
    """Change the records in one operation; returns how many changed."""
    change = checked(kind, change)
    ids = list(ids)
    with database.session() as session:
        targets = to_change(session=session, kind=kind, ids=ids, change=change)
        name = field_name(session=session, field=change.field)
    if not targets:
        return BulkResult(changed=0, changes=ChangeSet())
    label = (labels.label("bulk", field=name, count=len(targets))
             if len(targets) > 1 else labels.label("bulk_one", field=name))
    with database.operation("bulk", label) as operation:
        session = operation.session
        # Read again under the write lock: another program may have changed them since.
        targets = to_change(session=session, kind=kind, ids=targets, change=change)
        if change.field in (ADD_TAG, REMOVE_TAG):
            _change_tag(session, kind, targets, change)
        else:
            with quiet_enum_dumps():
                if (custom := _custom(session, kind, change)) is not None:
                    _set_custom(session, kind, targets, *custom)
                else:
                    for record_id in targets:
                        _set(session, kind, record_id, change)
    return BulkResult(changed=len(targets), changes=operation.changes)


@contextmanager
def quiet_enum_dumps() -> Iterator[None]:
    """Records read back from SQLite hold their choices as plain text, which pydantic's
    dump (in the services' validation) warns about although the values are valid; on the
    command line the warning would reach the coordinator as noise."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="Pydantic serializer warnings")
        yield


def _set(session: Session, kind: RecordKind, record_id: int, change: BulkChange) -> None:
    values: Mapping[str, Any] = {change.field: change.value}
    if kind == "organization":
        organizations.update_organization(
            session=session, organization_id=record_id, status_changed_on=change.changed_on,
            status_note=change.note, **values)
    else:
        contacts.update_contact(session=session, contact_id=record_id, **values)


def _set_custom(session: Session, kind: RecordKind, targets: list[int],
                definition: CustomField, value: Any) -> None:
    assert definition.id is not None
    model = _model(kind)
    stored: dict[int | None, str | None] = {}
    for start in range(0, len(targets), 900):
        stored.update(session.exec(select(col(model.id), col(model.custom_values)).where(
            col(model.id).in_(targets[start:start + 900]))).all())
    for record_id in targets:
        values = {**custom_fields.read_values(stored.get(record_id)), definition.id: value}
        _set(session, kind, record_id, BulkChange(
            field=custom_fields.COLUMN, value=custom_fields.encode_values(values)))


def _change_tag(session: Session, kind: RecordKind, targets: list[int],
                change: BulkChange) -> None:
    tag_id = tag_service.tag_ids(session=session, names=[change.value])[0]
    if change.field == REMOVE_TAG:
        if kind == "organization":
            session.execute(sa.delete(OrganizationTag).where(
                col(OrganizationTag.tag_id) == tag_id,
                col(OrganizationTag.organization_id).in_(targets)))
        else:
            session.execute(sa.delete(ContactTag).where(
                col(ContactTag.tag_id) == tag_id, col(ContactTag.contact_id).in_(targets)))
        return
    for record_id in targets:
        if kind == "organization":
            session.add(OrganizationTag(organization_id=record_id, tag_id=tag_id))
        else:
            session.add(ContactTag(contact_id=record_id, tag_id=tag_id))
    if tag_service.marks_do_not_share(change.value):
        # As in the form: the tag sets the flag, which keeps the record from partners.
        model = _model(kind)
        session.execute(sa.update(model).where(col(model.id).in_(targets))
                        .values(do_not_share=True))
    session.flush()
