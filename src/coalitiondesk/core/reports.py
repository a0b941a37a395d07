"""Reports for the steering committee: plain tables (title, headers, rows).

Each report counts records, it lists no person, so it leaves nothing out for
privacy; `save_xlsx` writes it with the export workbook writer (and its
"About" sheet), the printing package writes it as PDF.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, func, select

from coalitiondesk.core.errors import InvalidInput
from coalitiondesk.core.exporting.about import About
from coalitiondesk.core.exporting.columns import Column, ValueType
from coalitiondesk.core.exporting.redaction import LeftOut
from coalitiondesk.core.exporting.target import ExportTargetUnavailable, PendingFile
from coalitiondesk.core.exporting.xlsx import XlsxWriter
from coalitiondesk.core.models import (
    Activity,
    Country,
    Letter,
    MembershipChange,
    MembershipStatus,
    Organization,
    Signature,
    SignatureStatus,
)
from coalitiondesk.core.records.outreach import ResponseStatus, response_status
from coalitiondesk.core.storage.files import describe_os_error

INTERNATIONAL = "International"


@dataclass(frozen=True)
class Report:
    title: str
    headers: tuple[str, ...]
    rows: list[tuple[Any, ...]]
    notes: tuple[str, ...] = field(default=())

    def column(self, header: str) -> list[Any]:
        index = self.headers.index(header)
        return [row[index] for row in self.rows]


def _member() -> sa.ColumnElement[bool]:
    return col(Organization.membership_status) == MembershipStatus.member.value


def members_by_country(*, session: Session, today: date | None = None) -> Report:
    """Current members per country, the most first; international ones as one row."""
    query = (
        select(Country.name, func.count())
        .select_from(Organization)
        .join(Country, col(Country.code) == Organization.country_code, isouter=True)
        .where(_member())
        .group_by(Country.name)
    )
    rows = [(name or INTERNATIONAL, int(count)) for name, count in session.exec(query)]
    rows.sort(key=lambda row: (-row[1], row[0]))
    return Report("Members by country", ("Country", "Members"), rows,
                  notes=(f"{sum(row[1] for row in rows)} members in all",))


def members_by_region(*, session: Session, today: date | None = None) -> Report:
    """Current members per world region, the most first."""
    query = (
        select(Country.region, func.count())
        .select_from(Organization)
        .join(Country, col(Country.code) == Organization.country_code, isouter=True)
        .where(_member())
        .group_by(Country.region)
    )
    rows = [(region or INTERNATIONAL, int(count)) for region, count in session.exec(query)]
    rows.sort(key=lambda row: (-row[1], row[0]))
    return Report("Members by region", ("Region", "Members"), rows,
                  notes=(f"{sum(row[1] for row in rows)} members in all",))


def _month(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def _months(first: date, last: date) -> list[str]:
    months = []
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def membership_over_time(*, session: Session, today: date | None = None) -> Report:
    """Members at the end of each month, with those who joined and left, from the history."""
    today = today or date.today()
    # Columns, not records: building 40,000 ORM objects took most of the time.
    changes = session.exec(select(
        col(MembershipChange.organization_id), col(MembershipChange.status),
        col(MembershipChange.changed_on),
    ).order_by(col(MembershipChange.changed_on), col(MembershipChange.id))).all()
    headers = ("Month", "Members", "Joined", "Left")
    if not changes:
        return Report("Membership over time", headers, [])
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
    rows = []
    members = 0
    first, last = changes[0][2], changes[-1][2]
    for month in _months(first, max(today, last)):
        members = members_at.get(month, members)
        rows.append((month, members, joined[month], left[month]))
    return Report("Membership over time", headers, rows)


def letters_report(*, session: Session, today: date | None = None) -> Report:
    """Each letter with its signatories, their countries and its recipients' responses."""
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
                         col(Signature.status) == SignatureStatus.signed.value))
        signatories, countries = session.exec(signed).one()
        responses = Counter(response.status for response in response_status(
            session=session, letter_id=letter.id, today=today))
        rows.append((letter.title, letter.letter_date, str(letter.status), int(signatories),
                     int(countries), responses.total(), responses[ResponseStatus.responded],
                     responses[ResponseStatus.awaiting] + responses[ResponseStatus.no_reply]))
    return Report("Letters", headers, rows,
                  notes=("Countries counts the signatories' countries; international "
                         "organizations are not counted as a country.",))


def activities_per_month(*, session: Session, today: date | None = None) -> Report:
    """Activities recorded per month, in all and by kind."""
    kinds: dict[str, Counter[str]] = {}
    for day, kind in session.exec(select(col(Activity.activity_date), col(Activity.kind))):
        kinds.setdefault(_month(day), Counter())[str(kind)] += 1
    used = sorted({kind for counts in kinds.values() for kind in counts})
    headers = ("Month", "Activities", *(kind.replace("_", " ").capitalize() for kind in used))
    rows = [(month, counts.total(), *(counts[kind] for kind in used))
            for month, counts in sorted(kinds.items())]
    return Report("Activities per month", headers, rows)


REPORTS: dict[str, Callable[..., Report]] = {
    "members-by-country": members_by_country,
    "members-by-region": members_by_region,
    "membership-over-time": membership_over_time,
    "letters": letters_report,
    "activities-per-month": activities_per_month,
}


def make_report(*, session: Session, name: str, today: date | None = None) -> Report:
    try:
        build = REPORTS[name]
    except KeyError:
        raise InvalidInput(
            "There is no report {name!r}: choose one of {value}",
            name=name, value=', '.join(REPORTS)) from None
    return build(session=session, today=today)


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
        writer.close(About(
            what=f"Report: {report.title}", profile="Report", columns=columns,
            scope="All records (counts only, no personal data)", rows=len(report.rows),
            left_out=LeftOut(), included=LeftOut(), include_restricted=False,
            private_included=(), private_left_out=(),
            exported_at=datetime.now(UTC).replace(tzinfo=None, microsecond=0),
            notes=report.notes, counts_only=True))
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
