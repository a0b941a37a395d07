"""Running an export: read, redact, write beside the target, record, move into place.

`export_steps` is a generator yielding progress, so that the GUI can run it
off the UI thread with a progress bar and stop it (closing the generator
removes the temporary file and records nothing). `run_export` drives it to
the end for the command line.
"""

from __future__ import annotations

from collections.abc import Generator, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col

from coalitiondesk.core.errors import InvalidInput
from coalitiondesk.core.exporting.about import About
from coalitiondesk.core.exporting.columns import (
    ID_KEY,
    Column,
    ExportKind,
    noun,
    select_columns,
    with_custom_columns,
)
from coalitiondesk.core.exporting.csv import CsvWriter
from coalitiondesk.core.exporting.labels import ExportLanguage, Labeller
from coalitiondesk.core.exporting.profiles import (
    FULL,
    Profile,
    get_profile,
    id_last,
    partner_profile,
)
from coalitiondesk.core.exporting.redaction import (
    LeftOut,
    private_left_out,
    withheld_records,
)
from coalitiondesk.core.exporting.rows import Reading, count_in_scope, read_records
from coalitiondesk.core.exporting.scope import Scope
from coalitiondesk.core.exporting.target import (
    ExportTargetUnavailable,
    FileFormat,
    PendingFile,
    file_format,
)
from coalitiondesk.core.exporting.unreadable import unreadable_columns, withheld_of
from coalitiondesk.core.exporting.xlsx import XlsxWriter
from coalitiondesk.core.journal.labels import label
from coalitiondesk.core.models import (
    ActivityContact,
    ActivityKind,
    ActivityOrganization,
    Country,
)
from coalitiondesk.core.progress import Progress
from coalitiondesk.core.records.activities import create_activity
from coalitiondesk.core.records.fields import CONTACT, ORGANIZATION
from coalitiondesk.core.records.letters import get_letter
from coalitiondesk.core.storage import server_roles
from coalitiondesk.core.storage.db import Database
from coalitiondesk.core.storage.files import describe_os_error

PROGRESS_EVERY = 500

# Whose records an export's activity is linked to, so that a contact's or an
# organization's history shows every export that carried them.
_LINKS: dict[ExportKind, Any] = {
    ExportKind.contacts: (ActivityContact, "contact_id"),
    ExportKind.organizations: (ActivityOrganization, "organization_id"),
    ExportKind.signatories: (ActivityOrganization, "organization_id"),
}


@dataclass(frozen=True)
class ExportRequest:
    kind: ExportKind
    target: Path
    profile: str | None = None
    """A profile's name; None is the partner list."""
    columns: tuple[str, ...] | None = None
    """Column keys chosen one by one; overrides the profile's columns."""
    scope: Scope = field(default_factory=Scope)
    letter_id: int | None = None
    """The letter whose signatories are exported (and for activities, a letter filter)."""
    include_restricted: bool = False
    language: ExportLanguage = ExportLanguage.en
    """The language of the labels written for codes (kinds, statuses, countries)."""
    titles: Mapping[str, str] | None = None
    """Column key -> the header written for it, in place of the registry's English one:
    the window passes its translations, so that a Korean or Japanese interface writes
    Korean or Japanese headers. The ID column keeps "ID", by which corrections come back."""


@dataclass(frozen=True)
class ExportResult:
    target: Path
    kind: ExportKind
    rows: int
    left_out: LeftOut
    included: LeftOut
    profile: str
    columns: tuple[Column, ...]
    activity_id: int
    about: About
    unreadable: tuple[Column, ...] = ()
    """Chosen columns left out because the person exporting may not read them (a
    volunteer's on a shared server: core.exporting.unreadable)."""

    @property
    def file_format(self) -> FileFormat:
        return file_format(self.target)


@dataclass(frozen=True)
class ExportPreview:
    """How many records an export would write and how many it would withhold, by reason."""

    total: int
    rows: int
    withheld: LeftOut


def chosen_profile(*, session: Session, request: ExportRequest) -> Profile:
    profile = (partner_profile(request.kind) if request.profile is None
               else get_profile(session=session, kind=request.kind, name=request.profile))
    if request.columns is None:
        profile = _with_own_fields(session, request, profile)
    else:
        profile = Profile("custom columns" if profile.shipped else profile.name, request.kind,
                          id_last(select_columns(request.kind, request.columns,
                                                 session=session)))
    return replace(profile, columns=_titled(profile.columns, request.titles))


def _titled(columns: tuple[Column, ...], titles: Mapping[str, str] | None
            ) -> tuple[Column, ...]:
    if not titles:
        return columns
    return tuple(
        replace(column, header=" ".join(titles[column.key].split()))
        if column.key != ID_KEY and titles.get(column.key, "").strip() else column
        for column in columns)


def _labeller(session: Session, request: ExportRequest, profile: Profile) -> Labeller | None:
    """Labels in place of codes, except in the Full profile: the coordinator's own copy,
    which keeps what the database stores."""
    if profile.shipped and profile.name == FULL:
        return None
    fields = {ExportKind.organizations: ORGANIZATION, ExportKind.contacts: CONTACT}.get(
        request.kind, ())
    codes: dict[str, str] = {}
    if request.language is not ExportLanguage.en:
        codes = {name: code for code, name in session.execute(
            sa.select(col(Country.code), col(Country.name)))}
    labeller = Labeller(
        kind=request.kind.value, keys=profile.keys, language=request.language,
        choices={entry.key: entry.choices for entry in fields if entry.choices is not None},
        country_codes=codes)
    return labeller if labeller.active else None


def _with_own_fields(session: Session, request: ExportRequest, profile: Profile) -> Profile:
    """The Full profile carries the coordinator's own fields too, a column each."""
    if not (profile.shipped and profile.name == FULL):
        return profile
    return Profile(profile.name, request.kind, with_custom_columns(
        session=session, kind=request.kind, columns=profile.columns), shipped=True)


def preview_export(*, database: Database, request: ExportRequest) -> ExportPreview:
    """Counts for a confirmation: what the scope holds and what would be withheld.

    Reads only keys, so it is quick enough to call before asking the user.
    """
    with database.session() as session:
        reading = _reading(session, request, keys=(), include_restricted=False)
        rows = sum(1 for _ in read_records(reading))
        return ExportPreview(total=rows + reading.left_out.total, rows=rows,
                             withheld=reading.left_out)


def _reading(session: Session, request: ExportRequest, *, keys: tuple[str, ...],
             include_restricted: bool) -> Reading:
    request.scope.check(request.kind)
    return Reading(
        session=session, kind=request.kind, scope=request.scope, keys=keys,
        withheld=withheld_records(session=session), include_restricted=include_restricted,
        letter_id=request.letter_id,
    )


def export_steps(
    *, database: Database, request: ExportRequest
) -> Generator[Progress, None, ExportResult]:
    """Write the export, yielding progress; returns the result when the file is in place."""
    file_kind = file_format(request.target)
    with database.session() as session:
        server_roles.refuse_export_of_people(
            session.connection(), people=request.kind in (ExportKind.contacts,
                                                          ExportKind.recipients))
        profile, unreadable = _readable(session, request,
                                        chosen_profile(session=session, request=request))
        letter_title = _letter_title(session, request)
        labeller = _labeller(session, request, profile)
    pending = PendingFile(request.target)
    try:
        with database.session() as session:
            reading = _reading(session, request, keys=profile.keys,
                               include_restricted=request.include_restricted)
            total = count_in_scope(reading)
            yield Progress("Reading records", 0, total)
            writer: XlsxWriter | CsvWriter = (
                XlsxWriter(pending.temporary, profile.columns,
                           sheet_title=request.kind.value.capitalize())
                if file_kind is FileFormat.xlsx else CsvWriter(pending.temporary,
                                                               profile.columns))
            exported: list[int | str] = []
            try:
                for record in read_records(reading):
                    if labeller is not None:
                        labeller.apply(record.values)
                    writer.write(record.values)
                    exported.append(record.key)
                    if len(exported) % PROGRESS_EVERY == 0:
                        yield Progress(f"Writing {noun(request.kind, len(exported))}",
                                       len(exported) + reading.left_out.total, total)
                yield Progress("Saving the file", total, total)
                about = About(
                    what=_what(request.kind, len(exported), letter_title),
                    profile=profile.name, columns=profile.columns,
                    scope=request.scope.describe(request.kind),
                    rows=len(exported), left_out=reading.left_out, included=reading.included,
                    include_restricted=request.include_restricted,
                    private_included=profile.private_columns,
                    # Said once: those the server withheld are listed as such.
                    private_left_out=_titled(private_left_out(
                        request.kind, (*profile.columns, *unreadable)), request.titles),
                    exported_at=datetime.now(UTC).replace(tzinfo=None, microsecond=0),
                    notes=tuple(reading.notes), unreadable=unreadable,
                )
                writer.close(about)
            except BaseException:
                writer.discard()
                raise
        # A record of what left the machine: Edit › Undo does not take it back.
        with database.operation("export", label(
                "export", what=request.kind.value, file=request.target.name),
                undoable=False) as operation:
            session = operation.session
            activity_id = _record(session, request, about, exported)
            # Inside the transaction: if the file cannot be moved into place,
            # no activity claims that it was exported.
            pending.commit()
    except OSError as error:
        # Writing the file failed (a full disk): nothing was recorded either.
        raise ExportTargetUnavailable("Could not write {target}: {error}; nothing was exported",
                                      target=pending.target, error=describe_os_error(error)
                                      ) from None
    finally:
        pending.discard()
    return ExportResult(
        target=pending.target, kind=request.kind, rows=len(exported),
        left_out=reading.left_out, included=reading.included, profile=profile.name,
        columns=profile.columns, activity_id=activity_id, about=about,
        unreadable=unreadable,
    )


def _readable(session: Session, request: ExportRequest, profile: Profile
              ) -> tuple[Profile, tuple[Column, ...]]:
    """The profile without the columns the person may not read, and those columns: a
    blank column would tell the partner there is no value."""
    unreadable = unreadable_columns(request.kind, profile.columns,
                                    withheld=withheld_of(session))
    if not unreadable:
        return profile, ()
    left = tuple(column for column in profile.columns if column not in unreadable)
    if all(column.key == ID_KEY for column in left):
        raise InvalidInput("{names}: private fields a volunteer may not read; choose other "
                           "columns (nothing was exported)",
                           names=", ".join(column.header for column in unreadable))
    return replace(profile, columns=left), unreadable


def run_export(*, database: Database, request: ExportRequest) -> ExportResult:
    steps = export_steps(database=database, request=request)
    while True:
        try:
            next(steps)
        except StopIteration as finished:
            result: ExportResult = finished.value
            return result


def _letter_title(session: Session, request: ExportRequest) -> str | None:
    if request.kind is not ExportKind.signatories or request.letter_id is None:
        return None
    return get_letter(session=session, letter_id=request.letter_id).title


def _what(kind: ExportKind, rows: int, letter_title: str | None) -> str:
    """ "32 signatories of “Letter to Kim Jong-il”", "1 contact"."""
    text = noun(kind, rows)
    return f"{text} of “{letter_title}”" if letter_title else text


def _record(session: Session, request: ExportRequest, about: About,
            exported: list[int | str]) -> int:
    subject = f"Exported {about.what} ({about.profile}) to {request.target.name}"
    activity = create_activity(
        session=session, activity_date=date.today(), kind=ActivityKind.export,
        subject=subject, notes=about.text(),
        letter_id=request.letter_id if request.kind is ExportKind.signatories else None,
    )
    assert activity.id is not None
    link = _LINKS.get(request.kind)
    if link is not None and exported:
        model, column = link
        _insert_many(session, model.__table__, ("activity_id", column),
                     [(activity.id, key) for key in dict.fromkeys(exported)])
    return activity.id


def _insert_many(session: Session, table: sa.Table, columns: tuple[str, ...],
                 rows: list[tuple[Any, ...]]) -> None:
    """One INSERT run for all rows at the driver: an export can carry 100,000 contacts,
    and SQLAlchemy's per-row parameter handling doubled the time of recording them."""
    connection = session.connection()
    statement = sa.insert(table).compile(dialect=connection.dialect, column_keys=list(columns))
    if statement.positional:
        order = list(statement.positiontup or ())
        if order != list(columns):
            rows = [tuple(row[columns.index(name)] for name in order) for row in rows]
        connection.exec_driver_sql(str(statement), rows)
    else:
        connection.exec_driver_sql(str(statement), [dict(zip(columns, row, strict=True))
                                                   for row in rows])
