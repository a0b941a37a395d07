"""The csv form of an export: UTF-8 with a byte-order mark, so that Excel reads it as UTF-8.

Every text field is quoted and formula-like values get OWASP's apostrophe;
numbers stay bare so that spreadsheets still read them as numbers. A csv
file has no room for the About sheet: the export's activity keeps that account.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from coalitiondesk.core.exporting.about import About
from coalitiondesk.core.exporting.columns import Column
from coalitiondesk.core.exporting.escaping import cell_text, csv_text

ENCODING = "utf-8-sig"


def csv_value(value: object) -> str | int | float:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int | float):
        return value
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(UTC).replace(tzinfo=None)
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, date):
        return value.isoformat()
    return csv_text(cell_text(str(value)))


class CsvWriter:
    def __init__(self, path: Path, columns: tuple[Column, ...]) -> None:
        self.path = path
        self.columns = columns
        self.rows = 0
        # newline="" hands line endings to the csv module: CRLF, as RFC 4180 and Excel want.
        self._file = path.open("w", encoding=ENCODING, newline="")
        self._writer = csv.writer(self._file, quoting=csv.QUOTE_NONNUMERIC)
        self._writer.writerow([csv_text(column.header) for column in columns])

    def write(self, values: Sequence[Any]) -> None:
        self._writer.writerow([csv_value(value) for value in values])
        self.rows += 1

    def close(self, about: About) -> None:
        del about  # the account goes into the export's activity, not the file
        self._file.close()

    def discard(self) -> None:
        self._file.close()
