"""The "About this export" account: what went out, when, and what was kept back and why.

It says nothing about who made the export: no coordinator's name, user
account or folder path.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from coalitiondesk.core.exporting.columns import Column
from coalitiondesk.core.exporting.redaction import LeftOut

SHEET_TITLE = "About this export"

ID_NOTE = ("The ID column holds each record's permanent identifier. Keep it when you send "
           "corrections back, so that they update the records instead of adding new ones.")


@dataclass(frozen=True)
class About:
    what: str
    profile: str
    columns: tuple[Column, ...]
    scope: str
    rows: int
    left_out: LeftOut
    included: LeftOut
    include_restricted: bool
    private_included: tuple[Column, ...]
    private_left_out: tuple[Column, ...]
    exported_at: datetime
    """UTC, without a time zone (spreadsheets have none)."""
    notes: tuple[str, ...] = ()
    counts_only: bool = False
    """A report: it counts records and names no one, so there are no restricted
    records, private columns or IDs to account for."""
    as_of: date | None = None
    """A report's day."""
    personal_data: str | None = None
    """What a report that lists people (the member directory) says of them."""
    unreadable: tuple[Column, ...] = ()
    """Chosen columns the person exporting may not read, left out of the file."""

    def lines(self) -> list[tuple[str, Any]]:
        if self.counts_only:
            return self._report_lines()
        lines: list[tuple[str, Any]] = [
            ("Exported", self.what),
            ("Exported on (UTC)", self.exported_at),
            ("Rows", self.rows),
            ("Records", self.scope),
            ("Profile", self.profile),
            ("Columns", ", ".join(column.header for column in self.columns)),
            ("Left out", self.left_out.describe()),
        ]
        if self.include_restricted:
            lines.append(("Restricted records", "included on explicit request: "
                          + self.included.describe()))
        else:
            lines.append(("Why", "Restricted contacts, records marked “do not share” and "
                          "activities involving them are not exported unless explicitly "
                          "included."))
        lines.append(("Private columns left out", _headers(self.private_left_out)))
        if self.private_included:
            lines.append(("Private columns included", _headers(self.private_included)))
        if self.unreadable:
            lines.append(("Private columns withheld", _headers(self.unreadable) + ": a "
                          "volunteer on the shared server may not read them, so they are "
                          "not in this file (a blank column would read as no value)"))
        lines.extend(("Note", note) for note in self.notes)
        lines.append(("ID", ID_NOTE))
        return lines

    def _report_lines(self) -> list[tuple[str, Any]]:
        lines: list[tuple[str, Any]] = [("Report", self.what)]
        if self.as_of is not None:
            lines.append(("As of", self.as_of))
        lines += [
            ("Made on (UTC)", self.exported_at),
            ("Rows", self.rows),
            ("Records", self.scope),
            ("Columns", ", ".join(column.header for column in self.columns)),
            ("Personal data", self.personal_data or
             "None: the report counts records and names no person, "
             "so nothing had to be left out."),
        ]
        lines.extend(("Note", note) for note in self.notes)
        return lines

    def text(self) -> str:
        """The same account as plain text, for the activity that records the export."""
        return "\n".join(f"{label}: {_plain(value)}" for label, value in self.lines()
                         if label != "ID")


def _headers(columns: tuple[Column, ...]) -> str:
    return ", ".join(column.header for column in columns) or "none"


def _plain(value: Any) -> str:
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)
