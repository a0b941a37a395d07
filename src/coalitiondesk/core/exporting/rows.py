"""Reading the records of an export's scope as rows of values keyed by column.

Columns are read in bulk (one query per table, not one per record): 50,000
contacts must not cost much more than writing them. A stored field's column is
read as it is, for every field records.fields exports. Withheld records are
counted by reason and skipped, or counted and kept when restricted records
are included.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

from coalitiondesk.core.errors import InvalidInput
from coalitiondesk.core.exporting.columns import ExportKind
from coalitiondesk.core.exporting.redaction import LeftOut, Reason, Withheld
from coalitiondesk.core.exporting.scope import ActivityFilter, Scope, SignatoryFilter
from coalitiondesk.core.merge.recipients import Addressee, addressees
from coalitiondesk.core.models import (
    Activity,
    ActivityContact,
    ActivityKind,
    ActivityOrganization,
    Affiliation,
    Contact,
    ContactTag,
    Country,
    Dispatch,
    Letter,
    MembershipStatus,
    Organization,
    OrganizationTag,
    Tag,
)
from coalitiondesk.core.records import contacts as contact_service
from coalitiondesk.core.records import custom_fields
from coalitiondesk.core.records import organizations as organization_service
from coalitiondesk.core.records.common import sort_text
from coalitiondesk.core.records.fields import CONTACT, ORGANIZATION
from coalitiondesk.core.records.letters import get_letter, signatories, signatory_line

# Above this many selected keys the selection is applied while reading rather
# than as SQL parameters, which SQLite limits to 32,766 per statement.
_MAX_SQL_KEYS = 30_000
_LIST_SEPARATOR = "; "


@dataclass(slots=True)
class ExportRecord:
    key: int | str
    """The record's id (the country code for countries), for the export's activity links."""
    values: list[Any]
    """In the order of `Reading.keys`."""


@dataclass
class Reading:
    """What is read for one export, and what was withheld (or let through) on the way."""

    session: Session
    kind: ExportKind
    scope: Scope
    keys: tuple[str, ...]
    """The columns wanted, in order; empty to count records only."""
    withheld: Withheld
    include_restricted: bool
    letter_id: int | None = None
    left_out: LeftOut = field(default_factory=LeftOut)
    included: LeftOut = field(default_factory=LeftOut)
    """With restricted records included: how many of each were let through."""
    notes: list[str] = field(default_factory=list)
    """Remarks for the About sheet (how counts were made)."""

    def keep(self, reason: Reason | None) -> bool:
        if reason is None:
            return True
        if self.include_restricted:
            self.included.add(reason)
            return True
        self.left_out.add(reason)
        return False

    def project(self, values: dict[str, Any]) -> list[Any]:
        return [values.get(key) for key in self.keys]


def count_in_scope(reading: Reading) -> int:
    """How many records the scope covers before any are withheld (for progress)."""
    return _COUNTERS[reading.kind](reading)


def read_records(reading: Reading) -> Iterator[ExportRecord]:
    reading.scope.check(reading.kind)
    return _READERS[reading.kind](reading)


def _selected(reading: Reading, query: Any, key_column: Any) -> tuple[Any, set[Any] | None]:
    """The query limited to the selection, or the selection to check row by row when large."""
    selected = reading.scope.selected
    if selected is None:
        return query, None
    if len(selected) <= _MAX_SQL_KEYS:
        return query.where(key_column.in_(list(selected))), None
    return query, set(selected)


def _joined(values: Any) -> str | None:
    text = _LIST_SEPARATOR.join(value for value in values if value)
    return text or None


def _count(reading: Reading, query: Any, keys: set[Any] | None) -> int:
    if keys is not None:
        return sum(1 for (key,) in reading.session.execute(query) if key in keys)
    return int(reading.session.execute(
        select(sa.func.count()).select_from(query.subquery())
    ).scalar_one())


def _table_columns(reading: Reading, sql: dict[str, Any]) -> list[Any]:
    """One selected expression per wanted key; NULL where the value is computed afterwards."""
    return [sql[key]().label(f"c{index}") if key in sql
            else _custom_value(reading, sql, key).label(f"c{index}")
            for index, key in enumerate(reading.keys)]


def _custom_value(reading: Reading, sql: dict[str, Any], key: str) -> Any:
    """A custom field's column (core.records.custom_fields); NULL for any other key."""
    field_id = custom_fields.field_id_of(key)
    if field_id is None or sql not in (_CONTACT_SQL, _ORGANIZATION_SQL):
        return sa.null()
    model = Contact if sql is _CONTACT_SQL else Organization
    return custom_fields.value_expression(session=reading.session, model=model,
                                          field_id=field_id)


def _raw_text(column: Any) -> Any:
    """A timestamp column as the database hands it over, parsed by `_moment` instead.

    SQLAlchemy's own parsing of SQLite's timestamps cost a fifth of the time
    of exporting 50,000 contacts; `datetime.fromisoformat` runs in C.
    """
    return sa.type_coerce(column, sa.String)


def _moment(value: Any) -> datetime | None:
    """A stored timestamp (UTC) as a spreadsheet takes it: a datetime without a time zone."""
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if isinstance(value, datetime) and value.tzinfo is not None:
        value = value.astimezone(UTC).replace(tzinfo=None)
    return value if isinstance(value, datetime) else None


def _full_name(given: str | None, family: str | None, family_first: bool | None,
               native: str | None) -> str:
    """As core.names.full_name, on a row's values rather than a record."""
    first, second = (family, given) if family_first else (given, family)
    name = f"{first} {second}" if first and second else first or second
    if not name or not name.strip():
        name = native or ""
    return " ".join(name.split())


def _tags(session: Session, owner: Any, tag: Any) -> dict[int, str]:
    query = select(owner, Tag.name).join(Tag, col(Tag.id) == tag).order_by(
        sort_text(Tag.name))
    tags: dict[int, list[str]] = defaultdict(list)
    for owner_id, name in session.execute(query):
        tags[owner_id].append(name)
    return {owner_id: _LIST_SEPARATOR.join(names) for owner_id, names in tags.items()}


# --- contacts ----------------------------------------------------------------


def _contact_sql(name: str) -> Any:
    return lambda: col(getattr(Contact, name))


_CONTACT_SQL: dict[str, Any] = {
    "id": lambda: col(Contact.uuid),
    "country": lambda: col(Country.name),
    "created_at": lambda: _raw_text(col(Contact.created_at)),
    "updated_at": lambda: _raw_text(col(Contact.updated_at)),
    **{entry.key: _contact_sql(entry.key) for entry in CONTACT if entry.exported},
}
_MOMENTS = ("created_at", "updated_at")


def _contact_query(reading: Reading, *columns: Any) -> tuple[Any, set[Any] | None]:
    filters = reading.scope.filters
    assert filters is None or isinstance(filters, contact_service.ContactFilter)
    query = contact_service.filter_query(
        session=reading.session, query=select(*columns).select_from(Contact), filters=filters
    )
    return _selected(reading, query, col(Contact.id))


def _count_contacts(reading: Reading) -> int:
    return _count(reading, *_contact_query(reading, col(Contact.id)))


def _contacts(reading: Reading) -> Iterator[ExportRecord]:
    session, keys = reading.session, reading.keys
    names = [col(Contact.given_name), col(Contact.family_name), col(Contact.family_name_first),
             col(Contact.native_name)] if "full_name" in keys else []
    # The id comes last so that it pops off the row's values cheaply.
    query, selection = _contact_query(
        reading, *_table_columns(reading, _CONTACT_SQL), *names, col(Contact.id))
    if "country" in keys:
        query = query.outerjoin(Country, col(Country.code) == Contact.address_country_code)
    query = query.order_by(
        contact_service.SORT_KEYS["name"](), sort_text(sa.func.coalesce(Contact.given_name, "")),
        col(Contact.id),
    )
    organizations = _contact_organizations(reading) if "organizations" in keys else {}
    tags = _tags(session, ContactTag.contact_id, ContactTag.tag_id) if "tags" in keys else {}
    width = len(keys)
    at = {key: index for index, key in enumerate(keys)}
    full_name_at, organizations_at, tags_at = (
        at.get("full_name"), at.get("organizations"), at.get("tags"))
    withheld = reading.withheld.restricted_contacts | reading.withheld.do_not_share_contacts
    moments = [index for index, key in enumerate(keys) if key in _MOMENTS]
    # Below the ORM: plain rows, read at the speed of the database driver.
    for row in session.connection().execute(query):
        values = list(row)
        key = values.pop()
        if selection is not None and key not in selection:
            continue
        if key in withheld and not reading.keep(reading.withheld.contact_reason(key)):
            continue
        for index in moments:
            values[index] = _moment(values[index])
        if full_name_at is not None:
            values[full_name_at] = _full_name(*values[width:])
            del values[width:]
        if organizations_at is not None:
            values[organizations_at] = organizations.get(key)
        if tags_at is not None:
            values[tags_at] = tags.get(key)
        yield ExportRecord(key, values)


def _contact_organizations(reading: Reading) -> dict[int, str]:
    """Names of each contact's current organizations; withheld organizations are not named."""
    hidden = set() if reading.include_restricted else reading.withheld.do_not_share_organizations
    connection = reading.session.connection()
    names = {
        organization_id: name for organization_id, name in connection.execute(
            select(Organization.id, Organization.name))
        if organization_id not in hidden
    }
    current = sa.or_(col(Affiliation.end_date).is_(None),
                     col(Affiliation.end_date) >= date.today())
    found: dict[int, list[str]] = defaultdict(list)
    for contact_id, organization_id in connection.execute(
        select(Affiliation.contact_id, Affiliation.organization_id).where(current)
    ):
        if organization_id in names:
            found[contact_id].append(names[organization_id])
    return {
        contact_id: _LIST_SEPARATOR.join(
            sorted(dict.fromkeys(listed), key=str.casefold) if len(listed) > 1 else listed)
        for contact_id, listed in found.items()
    }


# --- organizations -----------------------------------------------------------


def _organization_sql(name: str) -> Any:
    return lambda: col(getattr(Organization, name))


_ORGANIZATION_SQL: dict[str, Any] = {
    "id": lambda: col(Organization.uuid),
    "country": lambda: col(Country.name),
    "created_at": lambda: _raw_text(col(Organization.created_at)),
    "updated_at": lambda: _raw_text(col(Organization.updated_at)),
    **{entry.key: _organization_sql(entry.key) for entry in ORGANIZATION if entry.exported},
}


def _organization_query(reading: Reading, *columns: Any) -> tuple[Any, set[Any] | None]:
    filters = reading.scope.filters
    assert filters is None or isinstance(filters, organization_service.OrganizationFilter)
    query = organization_service.filter_query(
        session=reading.session, query=select(*columns).select_from(Organization),
        filters=filters,
    )
    return _selected(reading, query, col(Organization.id))


def _count_organizations(reading: Reading) -> int:
    return _count(reading, *_organization_query(reading, col(Organization.id)))


def _organizations(reading: Reading) -> Iterator[ExportRecord]:
    session, keys = reading.session, reading.keys
    query, selection = _organization_query(
        reading, *_table_columns(reading, _ORGANIZATION_SQL), col(Organization.id))
    if "country" in keys:
        query = query.outerjoin(Country, col(Country.code) == Organization.country_code)
    query = query.order_by(organization_service.sort_key_column(), col(Organization.id))
    tags_at = keys.index("tags") if "tags" in keys else None
    tags = (_tags(session, OrganizationTag.organization_id, OrganizationTag.tag_id)
            if tags_at is not None else {})
    moments = [index for index, key in enumerate(keys) if key in _MOMENTS]
    for row in session.connection().execute(query):
        values = list(row)
        key = values.pop()
        if selection is not None and key not in selection:
            continue
        if not reading.keep(reading.withheld.organization_reason(key)):
            continue
        for index in moments:
            values[index] = _moment(values[index])
        if tags_at is not None:
            values[tags_at] = tags.get(key)
        yield ExportRecord(key, values)


# --- countries ---------------------------------------------------------------


def _country_counts(reading: Reading) -> dict[str, dict[str, int]]:
    """Members, organizations and contacts per country, withheld records not counted."""
    counts: dict[str, dict[str, int]] = defaultdict(
        lambda: {"members": 0, "organizations": 0, "contacts": 0})
    include = reading.include_restricted
    withheld = reading.withheld
    for organization_id, code, status in reading.session.execute(
        select(Organization.id, Organization.country_code, Organization.membership_status)
        .where(col(Organization.country_code).is_not(None))
    ):
        if not include and withheld.organization_reason(organization_id):
            continue
        counts[code]["organizations"] += 1
        if status == MembershipStatus.member:
            counts[code]["members"] += 1
    for contact_id, code in reading.session.execute(
        select(Contact.id, Contact.address_country_code)
        .where(col(Contact.address_country_code).is_not(None))
    ):
        if not include and withheld.contact_reason(contact_id):
            continue
        counts[code]["contacts"] += 1
    if not include:
        reading.notes.append("Counts leave out restricted contacts and records tagged "
                             "“do not share”.")
    return counts


def _country_codes(reading: Reading, counts: dict[str, dict[str, int]]) -> list[str]:
    if reading.scope.selected is not None:
        return [str(code).upper() for code in reading.scope.selected]
    return [code for code, numbers in counts.items() if any(numbers.values())]


def _count_countries(reading: Reading) -> int:
    if reading.scope.selected is not None:
        return len(reading.scope.selected)
    return len(_country_codes(reading, _country_counts(reading)))


def _countries(reading: Reading) -> Iterator[ExportRecord]:
    counts = _country_counts(reading)
    codes = set(_country_codes(reading, counts))
    query = select(Country).where(col(Country.code).in_(sorted(codes))).order_by(
        sort_text(Country.name))
    found = 0
    for country in reading.session.exec(query):
        found += 1
        numbers = counts.get(country.code, {"members": 0, "organizations": 0, "contacts": 0})
        yield ExportRecord(country.code, reading.project({
            "id": country.code, "name": country.name, "official_name": country.official_name,
            "short_form": country.short_form, "region": country.region,
            "subregion": country.subregion, **numbers,
        }))
    if found < len(codes):
        raise InvalidInput("{value} of the selected country codes are unknown",
                           value=len(codes) - found)


# --- signatories -------------------------------------------------------------


def _letter_id(reading: Reading) -> int:
    if reading.letter_id is None:
        raise InvalidInput("Say which letter's signatories or recipients to export")
    get_letter(session=reading.session, letter_id=reading.letter_id)
    return reading.letter_id


def _signatory_rows(reading: Reading) -> list[Any]:
    filters = reading.scope.filters
    status = filters.status if isinstance(filters, SignatoryFilter) else None
    rows = signatories(session=reading.session, letter_id=_letter_id(reading), status=status)
    if reading.scope.selected is not None:
        selected = set(reading.scope.selected)
        rows = [row for row in rows if row.organization.id in selected]
    return rows


def _count_signatories(reading: Reading) -> int:
    return len(_signatory_rows(reading))


def _signatories(reading: Reading) -> Iterator[ExportRecord]:
    number = 0
    for row in _signatory_rows(reading):
        organization, signature = row.organization, row.signature
        assert organization.id is not None
        if not reading.keep(reading.withheld.organization_reason(organization.id)):
            continue
        number += 1
        yield ExportRecord(organization.id, reading.project({
            "position": number, "id": organization.uuid, "organization": organization.name,
            "signatory_line": signatory_line(row), "acronym": organization.acronym,
            "country": row.country.name if row.country else None,
            "short_form": row.country.short_form if row.country else None,
            "status": signature.status, "status_date": signature.status_date,
            "kind": organization.kind, "membership_status": organization.membership_status,
            "email": organization.email, "website": organization.website,
            "notes": organization.notes,
        }))


# --- recipients --------------------------------------------------------------


def _recipient_rows(reading: Reading) -> list[Addressee]:
    rows = addressees(session=reading.session, letter_id=_letter_id(reading))
    if reading.scope.selected is not None:
        selected = set(reading.scope.selected)
        rows = [row for row in rows if row.recipient_id in selected]
    return rows


def _count_recipients(reading: Reading) -> int:
    return len(_recipient_rows(reading))


def _recipients(reading: Reading) -> Iterator[ExportRecord]:
    """Each recipient with every sending of the letter (date and channel) and the answer."""
    rows = _recipient_rows(reading)
    sent: dict[int, list[Dispatch]] = {}
    for dispatch in reading.session.exec(
            select(Dispatch).where(col(Dispatch.recipient_id).in_(
                [row.recipient_id for row in rows]))
            .order_by(col(Dispatch.sent_on), col(Dispatch.id))).all():
        sent.setdefault(dispatch.recipient_id, []).append(dispatch)
    number = 0
    for row in rows:
        contact, organization = row.contact, row.organization
        reason = (reading.withheld.contact_reason(contact.id) if contact and contact.id
                  else reading.withheld.organization_reason(organization.id)
                  if organization and organization.id else None)
        if not reading.keep(reason):
            continue
        number += 1
        dispatches = sent.get(row.recipient_id, [])
        record = contact or organization
        yield ExportRecord(row.recipient_id, reading.project({
            "position": number, "id": record.uuid if record else None, "name": row.name,
            "organization": row.organization_name, "country": row.country_name,
            "dispatches": "; ".join(f"{d.sent_on.isoformat()} ({d.channel})"
                                    for d in dispatches),
            "first_sent_on": dispatches[0].sent_on if dispatches else None,
            "last_sent_on": dispatches[-1].sent_on if dispatches else None,
            "times_sent": len(dispatches),
            "response_on": row.recipient.response_on, "response": row.recipient.response_note,
        }))


# --- activities --------------------------------------------------------------


def _activity_query(reading: Reading, *columns: Any) -> tuple[Any, set[Any] | None]:
    query = select(*columns).select_from(Activity)
    filters = reading.scope.filters
    assert filters is None or isinstance(filters, ActivityFilter)
    if filters is not None and filters.kind is not None:
        query = query.where(Activity.kind == filters.kind)
    else:
        # The log of exports is the coordinator's record of who got what, not
        # outreach to pass on; it is exported only when asked for by kind.
        query = query.where(Activity.kind != ActivityKind.export)
    if filters is not None and filters.letter_id is not None:
        query = query.where(Activity.letter_id == filters.letter_id)
    if filters is not None and filters.organization_id is not None:
        query = query.where(col(Activity.id).in_(
            select(ActivityOrganization.activity_id)
            .where(ActivityOrganization.organization_id == filters.organization_id)))
    if filters is not None and filters.contact_id is not None:
        query = query.where(col(Activity.id).in_(
            select(ActivityContact.activity_id)
            .where(ActivityContact.contact_id == filters.contact_id)))
    return _selected(reading, query, col(Activity.id))


def _count_activities(reading: Reading) -> int:
    return _count(reading, *_activity_query(reading, col(Activity.id)))


def _activities(reading: Reading) -> Iterator[ExportRecord]:
    session = reading.session
    query, selection = _activity_query(
        reading, col(Activity.id).label("pk"), col(Activity.uuid).label("id"),
        col(Activity.activity_date), col(Activity.kind), col(Activity.subject),
        col(Letter.title).label("letter"), col(Activity.follow_up_on),
        col(Activity.follow_up_done), col(Activity.notes), col(Activity.created_at),
    )
    in_scope = _activity_query(reading, col(Activity.id))[0]
    query = query.outerjoin(Letter, col(Letter.id) == Activity.letter_id).order_by(
        col(Activity.activity_date).desc(), col(Activity.id).desc())
    organizations: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for activity_id, organization_id, name in session.execute(
        select(ActivityOrganization.activity_id, Organization.id, Organization.name)
        .join(Organization, col(Organization.id) == ActivityOrganization.organization_id)
        .where(col(ActivityOrganization.activity_id).in_(in_scope))
        .order_by(sort_text(Organization.name))
    ):
        organizations[activity_id].append((organization_id, name))
    people: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for activity_id, contact_id, given, family, first, native in session.execute(
        sa.select(col(ActivityContact.activity_id), col(Contact.id), col(Contact.given_name),
                  col(Contact.family_name), col(Contact.family_name_first),
                  col(Contact.native_name))
        .join(Contact, col(Contact.id) == ActivityContact.contact_id)
        .where(col(ActivityContact.activity_id).in_(in_scope))
    ):
        people[activity_id].append((contact_id, _full_name(given, family, first, native)))
    for row in session.execute(query):
        values = dict(row._mapping)
        key = values.pop("pk")
        if selection is not None and key not in selection:
            continue
        if not reading.keep(_activity_reason(reading.withheld, organizations.get(key, []),
                                             people.get(key, []))):
            continue
        values["organizations"] = _joined(name for _, name in organizations.get(key, []))
        values["contacts"] = _joined(sorted(name for _, name in people.get(key, [])))
        yield ExportRecord(key, reading.project(values))


def _activity_reason(
    withheld: Withheld, organizations: list[tuple[int, str]], people: list[tuple[int, str]]
) -> Reason | None:
    reasons = {withheld.contact_reason(contact_id) for contact_id, _ in people}
    if Reason.restricted in reasons:
        return Reason.involves_restricted
    reasons |= {withheld.organization_reason(organization_id) for organization_id, _ in
                organizations}
    if Reason.do_not_share in reasons:
        return Reason.involves_do_not_share
    return None


_READERS = {
    ExportKind.organizations: _organizations,
    ExportKind.contacts: _contacts,
    ExportKind.countries: _countries,
    ExportKind.signatories: _signatories,
    ExportKind.recipients: _recipients,
    ExportKind.activities: _activities,
}

_COUNTERS = {
    ExportKind.organizations: _count_organizations,
    ExportKind.contacts: _count_contacts,
    ExportKind.countries: _count_countries,
    ExportKind.signatories: _count_signatories,
    ExportKind.recipients: _count_recipients,
    ExportKind.activities: _count_activities,
}
