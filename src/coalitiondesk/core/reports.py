"""Reports for the steering committee: tables (title, headers, rows) with a chart and dates.

Each report but the member directory counts records and lists no person, so it
leaves nothing out for privacy; the member directory lists organizations by
country with their contacts, restricted contacts and records marked "do not
share" left out unless chosen, and is refused to a volunteer on a shared server
(no exports of contacts, as core.exporting refuses theirs). Every report says
what day it describes and when it was made. `save_xlsx` writes it with the
export workbook writer (its "About" sheet in a report's own words) and a native
chart beside the table covering every row; the printing package writes it as
PDF, the chart above the table.
Codes (statuses, kinds) are shown as labels. Every report (GROUPED) can be
limited to a saved group of organizations (core.records.groups): the members
among them, the letters they signed or were sent (counting only them), the
activities involving them; the report then says so, without the group's name.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from openpyxl.chart import BarChart, Reference
from sqlmodel import Session, col, func, select

from coalitiondesk.core.errors import InvalidInput, Message
from coalitiondesk.core.exporting.about import About
from coalitiondesk.core.exporting.columns import Column, ValueType
from coalitiondesk.core.exporting.labels import value_label
from coalitiondesk.core.exporting.redaction import LeftOut, withheld_records
from coalitiondesk.core.exporting.target import ExportTargetUnavailable, PendingFile
from coalitiondesk.core.exporting.xlsx import XlsxWriter
from coalitiondesk.core.models import (
    Activity,
    ActivityKind,
    ActivityOrganization,
    Affiliation,
    Contact,
    Country,
    Letter,
    LetterStatus,
    MembershipChange,
    MembershipStatus,
    Organization,
    Recipient,
    Signature,
    SignatureStatus,
)
from coalitiondesk.core.records.groups import members_of
from coalitiondesk.core.storage import server_roles
from coalitiondesk.core.storage.files import describe_os_error

INTERNATIONAL = "International"


OTHERS = "Others"


@dataclass(frozen=True)
class Chart:
    """Which columns a report's chart draws: the labels' and the values'."""

    labels: int
    values: tuple[int, ...]


@dataclass(frozen=True)
class Report:
    title: str
    headers: tuple[str, ...]
    rows: list[tuple[Any, ...]]
    notes: tuple[str, ...] = field(default=())
    chart: Chart | None = None
    as_of: date | None = None
    """The day the report describes."""
    made_at: datetime | None = None
    """When it was made (UTC, without a time zone)."""
    personal_data: str | None = None
    """What the report says of people, when it names any (the member directory)."""

    def column(self, header: str) -> list[Any]:
        index = self.headers.index(header)
        return [row[index] for row in self.rows]

    def dates(self) -> str:
        """ "As of 2026-12-06; made 2026-12-06 11:50 UTC"."""
        parts = []
        if self.as_of is not None:
            parts.append(f"As of {self.as_of.isoformat()}")
        if self.made_at is not None:
            parts.append(f"made {self.made_at:%Y-%m-%d %H:%M} UTC")
        return "; ".join(parts)

    def chart_points(self, *, top: int | None = None) -> list[tuple[str, int]]:
        """The chart's first series as (label, value) for every row, or the `top` - 1
        largest and the rest summed as "Others (n)" when there are more than `top`."""
        if self.chart is None:
            return []
        at, value_at = self.chart.labels, self.chart.values[0]
        points = [(str(row[at]), int(row[value_at] or 0)) for row in self.rows]
        if top is None or len(points) <= top:
            return points
        largest = set(sorted(range(len(points)), key=lambda at: -points[at][1])[:top - 1])
        rest = [value for at, (_, value) in enumerate(points) if at not in largest]
        return [*(point for at, point in enumerate(points) if at in largest),
                (f"{OTHERS} ({len(rest)})", sum(rest))]


def _member() -> sa.ColumnElement[bool]:
    return col(Organization.membership_status) == MembershipStatus.member.value


def _in_group(session: Session, column: Any, group_id: int | None) -> sa.ColumnElement[bool]:
    """`column` (an organization's id) among the group's organizations; true without one."""
    if group_id is None:
        return sa.true()
    return col(column).in_(members_of(session=session, kind="organization",
                                      group_id=group_id))


def members_by_country(*, session: Session, today: date | None = None,
                       group_id: int | None = None) -> Report:
    """Current members per country, the most first; international ones as one row."""
    query = (
        select(Country.name, func.count())
        .select_from(Organization)
        .join(Country, col(Country.code) == Organization.country_code, isouter=True)
        .where(_member(), _in_group(session, Organization.id, group_id))
        .group_by(Country.name)
    )
    rows = [(name or INTERNATIONAL, int(count)) for name, count in session.exec(query)]
    rows.sort(key=lambda row: (-row[1], row[0]))
    return Report("Members by country", ("Country", "Members"), rows,
                  notes=(Message("{count} members in all", count=sum(row[1] for row in rows)),),
                  chart=Chart(0, (1,)))


def members_by_region(*, session: Session, today: date | None = None,
                      group_id: int | None = None) -> Report:
    """Current members per world region, the most first."""
    query = (
        select(Country.region, func.count())
        .select_from(Organization)
        .join(Country, col(Country.code) == Organization.country_code, isouter=True)
        .where(_member(), _in_group(session, Organization.id, group_id))
        .group_by(Country.region)
    )
    rows = [(region or INTERNATIONAL, int(count)) for region, count in session.exec(query)]
    rows.sort(key=lambda row: (-row[1], row[0]))
    return Report("Members by region", ("Region", "Members"), rows,
                  notes=(Message("{count} members in all", count=sum(row[1] for row in rows)),),
                  chart=Chart(0, (1,)))


def _month(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def _months(first: date, last: date) -> list[str]:
    months = []
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def membership_over_time(*, session: Session, today: date | None = None,
                         group_id: int | None = None) -> Report:
    """Members at the end of each month, with those who joined and left, from the history."""
    today = today or date.today()
    # Columns, not records: building 40,000 ORM objects took most of the time.
    query = select(
        col(MembershipChange.organization_id), col(MembershipChange.status),
        col(MembershipChange.changed_on),
    ).where(_in_group(session, MembershipChange.organization_id, group_id))
    changes = session.exec(query.order_by(col(MembershipChange.changed_on),
                                          col(MembershipChange.id))).all()
    headers = ("Month", "Members", "Joined", "Left")
    chart = Chart(0, (1,))
    if not changes:
        return Report("Membership over time", headers, [], chart=chart)
    status: dict[int, str] = {}
    joined: Counter[str] = Counter()
    left: Counter[str] = Counter()
    members_at: dict[str, int] = {}
    current = 0  # kept as it goes: recounting every organization per change was quadratic
    for organization_id, new_status, changed_on in changes:
        month = _month(changed_on)
        was_member = status.get(organization_id) == MembershipStatus.member
        is_member = new_status == MembershipStatus.member
        status[organization_id] = new_status
        if is_member and not was_member:
            joined[month] += 1
            current += 1
        elif was_member and not is_member:
            left[month] += 1
            current -= 1
        members_at[month] = current
    rows: list[tuple[Any, ...]] = []
    members = 0
    first, last = changes[0][2], changes[-1][2]
    quiet: list[str] = []  # months in a row in which nothing changed

    def close_quiet() -> None:
        if quiet:
            label = quiet[0] if len(quiet) == 1 else f"{quiet[0]} – {quiet[-1]}"
            rows.append((label, members, 0, 0))
            quiet.clear()

    for month in _months(first, max(today, last)):
        if joined[month] or left[month]:
            close_quiet()
            members = members_at.get(month, members)
            rows.append((month, members, joined[month], left[month]))
        else:
            quiet.append(month)
    close_quiet()
    return Report("Membership over time", headers, rows, chart=chart,
                  notes=(Message("Months in which no one joined or left are shown as one row."),))


def letters_report(*, session: Session, today: date | None = None,
                   group_id: int | None = None) -> Report:
    """Each letter with its signatories, their countries and its recipients' responses.

    With a group: the letters its organizations signed or were sent, counting only them."""
    headers = ("Letter", "Date", "Status", "Signatories", "Countries", "Recipients",
               "Responded", "Awaiting")
    rows = []
    for letter in session.exec(select(Letter).order_by(
            col(Letter.letter_date).desc(), col(Letter.title))):
        assert letter.id is not None
        signed = (select(func.count(), func.count(sa.distinct(col(Organization.country_code))))
                  .select_from(Signature)
                  .join(Organization, col(Organization.id) == Signature.organization_id)
                  .where(Signature.letter_id == letter.id,
                         col(Signature.status) == SignatureStatus.signed.value,
                         _in_group(session, Signature.organization_id, group_id)))
        signatories, countries = session.exec(signed).one()
        # Without a deadline a recipient has responded or is awaiting (outreach's rule).
        sent = (select(func.count(), func.count(col(Recipient.response_on)))
                .where(Recipient.letter_id == letter.id,
                       _in_group(session, Recipient.organization_id, group_id)))
        recipients, responded = session.exec(sent).one()
        if group_id is not None and not signatories and not recipients:
            continue
        rows.append((letter.title, letter.letter_date,
                     value_label(LetterStatus, letter.status), int(signatories),
                     int(countries), int(recipients), int(responded),
                     int(recipients) - int(responded)))
    return Report("Letters", headers, rows,
                  notes=(Message("Countries counts the signatories' countries; international "
                                 "organizations are not counted as a country."),),
                  chart=Chart(0, (3,)))


def activities_per_month(*, session: Session, today: date | None = None,
                         group_id: int | None = None) -> Report:
    """Activities recorded per month, in all and by kind.

    With a group: the activities involving its organizations."""
    query = select(col(Activity.activity_date), col(Activity.kind))
    if group_id is not None:
        query = query.where(col(Activity.id).in_(
            select(ActivityOrganization.activity_id).where(
                _in_group(session, ActivityOrganization.organization_id, group_id))))
    kinds: dict[str, Counter[str]] = {}
    for day, kind in session.exec(query):
        kinds.setdefault(_month(day), Counter())[str(kind)] += 1
    used = sorted({kind for counts in kinds.values() for kind in counts})
    headers = ("Month", "Activities", *(value_label(ActivityKind, kind) or kind
                                        for kind in used))
    rows = [(month, counts.total(), *(counts[kind] for kind in used))
            for month, counts in sorted(kinds.items())]
    return Report("Activities per month", headers, rows, chart=Chart(0, (1,)))


def member_directory(*, session: Session, today: date | None = None,
                     include_restricted: bool = False, group_id: int | None = None) -> Report:
    """Member organizations by country, with their current contacts."""
    # The report leaves the program as a workbook, a PDF or a printout: a contacts
    # export, which a volunteer's role may not make.
    server_roles.refuse_export_of_people(session.connection(), people=True)
    today = today or date.today()
    withheld = withheld_records(session=session)
    left_out = LeftOut()
    organizations = session.exec(
        select(Organization, Country.name)
        .join(Country, col(Country.code) == Organization.country_code, isouter=True)
        .where(_member(), _in_group(session, Organization.id, group_id))).all()
    people: dict[int, list[Contact]] = {}
    current = sa.or_(col(Affiliation.end_date).is_(None), col(Affiliation.end_date) >= today)
    for organization_id, contact in session.exec(
            select(Affiliation.organization_id, Contact)
            .join(Contact, col(Contact.id) == Affiliation.contact_id).where(current)):
        assert contact.id is not None
        reason = withheld.contact_reason(contact.id)
        if reason is not None and not include_restricted:
            left_out.add(reason)
            continue
        people.setdefault(organization_id, []).append(contact)
    rows: list[tuple[Any, ...]] = []
    for organization, country in sorted(
            organizations, key=lambda pair: ((pair[1] or "~").casefold(),
                                             pair[0].name.casefold())):
        assert organization.id is not None
        reason = withheld.organization_reason(organization.id)
        if reason is not None and not include_restricted:
            left_out.add(reason)
            continue
        contacts = sorted(people.get(organization.id, []),
                          key=lambda person: (person.family_name or person.given_name or ""
                                              ).casefold())
        place = country or INTERNATIONAL
        if not contacts:
            rows.append((place, organization.name, None, None, None, None))
        for person in contacts:
            name = " ".join(part for part in (person.given_name, person.family_name) if part)
            rows.append((place, organization.name, name or person.native_name,
                         person.position, person.email, person.phone))
    personal = ("Names, positions, e-mail addresses and phone numbers of the member "
                "organizations' contacts. ")
    personal += ("Restricted contacts and records marked “do not share” are included on "
                 "explicit request." if include_restricted else
                 "Restricted contacts and records marked “do not share” are left out"
                 + (f" ({left_out.describe()})." if left_out.total else "."))
    return Report("Member directory",
                  ("Country", "Organization", "Contact", "Position", "Email", "Phone"), rows,
                  personal_data=personal)


REPORTS: dict[str, Callable[..., Report]] = {
    "members-by-country": members_by_country,
    "members-by-region": members_by_region,
    "membership-over-time": membership_over_time,
    "letters": letters_report,
    "activities-per-month": activities_per_month,
    "member-directory": member_directory,
}
NAMES_PEOPLE = frozenset({"member-directory"})
"""Reports that list people, and so can leave restricted ones out."""
GROUPED = frozenset({"members-by-country", "members-by-region", "membership-over-time",
                     "letters", "activities-per-month", "member-directory"})
"""Reports a saved group of organizations can limit: the member reports, the letters its
organizations signed or were sent, the activities involving them."""


def make_report(*, session: Session, name: str, today: date | None = None,
                include_restricted: bool = False, group_id: int | None = None) -> Report:
    """The report `name`, dated: as of `today` (default: today), made now; with `group_id`,
    about that saved group's organizations only."""
    try:
        build = REPORTS[name]
    except KeyError:
        raise InvalidInput(
            "There is no report {name!r}: choose one of {value}",
            name=name, value=', '.join(REPORTS)) from None
    day = today or date.today()
    options: dict[str, Any] = {}
    if name in NAMES_PEOPLE:
        options["include_restricted"] = include_restricted
    if group_id is not None:
        if name not in GROUPED:
            raise InvalidInput("The {name} report cannot be limited to a group: only the "
                               "reports about member organizations can", name=name)
        options["group_id"] = group_id
    report = build(session=session, today=day, **options)
    if group_id is not None:
        count = session.exec(select(func.count()).select_from(Organization).where(
            _in_group(session, Organization.id, group_id))).one()
        # The group's name may say more than the figures: the file says only that one was.
        report = dataclasses.replace(report, notes=(
            Message("Only the {count} organizations of one saved group", count=count),
            *report.notes))
    return dataclasses.replace(
        report, as_of=day, made_at=datetime.now(UTC).replace(tzinfo=None, microsecond=0))


def _value_type(values: list[Any]) -> ValueType:
    present = [value for value in values if value is not None]
    if present and all(isinstance(value, int) for value in present):
        return ValueType.number
    if present and all(isinstance(value, date) for value in present):
        return ValueType.date
    return ValueType.text


def save_xlsx(*, report: Report, target: Path) -> Path:
    """The report as a workbook at `target`, replacing it only once complete."""
    columns = tuple(Column(header.lower(), header, _value_type(report.column(header)))
                    for header in report.headers)
    pending = PendingFile(target)
    writer = XlsxWriter(pending.temporary, columns, sheet_title=report.title)
    try:
        for row in report.rows:
            writer.write(list(row))
        if report.chart is not None and report.rows:
            writer.add_chart(_xlsx_chart(report, writer.sheet), len(columns) + 2)
        made_at = report.made_at or datetime.now(UTC).replace(tzinfo=None, microsecond=0)
        writer.close(About(
            what=report.title, profile="Report", columns=columns,
            scope=("Member organizations and their contacts" if report.personal_data
                   else "All records (counts only, no personal data)"),
            rows=len(report.rows),
            left_out=LeftOut(), included=LeftOut(), include_restricted=False,
            private_included=(), private_left_out=(), exported_at=made_at,
            notes=report.notes, counts_only=True, as_of=report.as_of,
            personal_data=report.personal_data))
        pending.commit()
    except BaseException as error:
        writer.discard()
        pending.discard()
        if isinstance(error, OSError):  # a full disk
            raise ExportTargetUnavailable("Could not write {target}: {error}",
                                          target=pending.target,
                                          error=describe_os_error(error)) from None
        raise
    return pending.target


def _xlsx_chart(report: Report, sheet: Any) -> BarChart:
    """A native bar chart of the table's value columns, one bar per table row."""
    assert report.chart is not None
    chart = BarChart()
    chart.type = "bar" if len(report.rows) > 12 else "col"
    chart.title = report.title
    chart.legend = None if len(report.chart.values) == 1 else chart.legend
    last = len(report.rows) + 1
    for index in report.chart.values:
        chart.add_data(Reference(sheet, min_col=index + 1, min_row=1, max_row=last),
                       titles_from_data=True)
    chart.set_categories(Reference(sheet, min_col=report.chart.labels + 1, min_row=2,
                                   max_row=last))
    if chart.type == "bar":
        chart.y_axis.scaling.orientation = "minMax"
        chart.x_axis.scaling.orientation = "maxMin"  # the first row at the top
    chart.height = max(7.5, min(0.5 * len(report.rows), 40.0))
    chart.width = 16
    return chart
