"""Our contacts export's "Name as written": made from the name's stored parts, so a cell
of it that only repeats them holds nothing the import does not keep.

The export writes it (core.exporting.rows) from the given and family names in the
person's order, or the native name when both are empty. A cell that says anything
else (a partner's correction, another order than the row's) is data, and the
import names its column as not imported.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any

from coalitiondesk.core.geography.countries import resolve_country
from coalitiondesk.core.importing.drafts import family_name_first
from coalitiondesk.core.importing.fields import is_code_header
from coalitiondesk.core.importing.readers import SourceRow, SourceTable
from coalitiondesk.core.importing.values import ValueProblem, clean_text, to_bool


class WrittenNames:
    """Each row's name as our export writes it, from the columns `mapping` imports."""

    def __init__(self, table: SourceTable, mapping: Sequence[str | None]) -> None:
        first: dict[str, int] = {}
        for index, key in enumerate(mapping):
            if key is not None:
                first.setdefault(key, index)
        self._given = first.get("given_name")
        self._family = first.get("family_name")
        self._native = first.get("native_name")
        self._order = first.get("family_name_first")
        self._countries = [(index, is_code_header(table.headers[index]))
                           for index, key in enumerate(mapping) if key == "address_country_code"]
        # Only people have given and family names; an organization's native name alone
        # is no name as written.
        self.active = self._given is not None or self._family is not None
        self._row: SourceRow | None = None
        self._names: tuple[str, ...] = ()

    def repeats(self, row: SourceRow, text: str) -> bool:
        """Whether `text` is `row`'s name as the export writes it."""
        if not self.active:
            return False
        if row is not self._row:
            self._row, self._names = row, self._possible(row.cells)
        text = " ".join(text.split())
        if text not in self._names:
            return False
        if len(self._names) == 1:
            return True
        # The order is worked out only for a cell that could be the name (resolving the
        # country is the slow part), so that a file's other columns left out cost little.
        given_first, family_first = self._names
        written_first = self._family_first(row.cells, self._text(row.cells, self._native))
        return text == (family_first if written_first else given_first)

    def _possible(self, cells: Sequence[Any]) -> tuple[str, ...]:
        """The name in the given-first then the family-first order; or the one name."""
        given, family = self._text(cells, self._given), self._text(cells, self._family)
        if given and family:
            return (" ".join(f"{given} {family}".split()),
                    " ".join(f"{family} {given}".split()))
        name = given or family or self._text(cells, self._native)
        return (" ".join(name.split()),) if name else ()

    def _family_first(self, cells: Sequence[Any], native: str | None) -> bool:
        # As the import decides it (drafts.family_name_first): the file's own column,
        # else the native name's script, else the country.
        order: bool | None = None
        if self._order is not None:
            try:
                order = to_bool(self._cell(cells, self._order))
            except ValueProblem:
                order = None
        return family_name_first({"family_name_first": order, "native_name": native,
                                  "address_country_code": self._country(cells)})

    def _country(self, cells: Sequence[Any]) -> str | None:
        for index, code_column in self._countries:
            text = self._text(cells, index)
            code = _country_code(text, code_column) if text else None
            if code is not None:
                return code
        return None

    def _text(self, cells: Sequence[Any], index: int | None) -> str | None:
        return None if index is None else clean_text(self._cell(cells, index))

    @staticmethod
    def _cell(cells: Sequence[Any], index: int) -> Any:
        return cells[index] if index < len(cells) else None


@cache
def _country_code(text: str, code_column: bool) -> str | None:
    return resolve_country(text, code_column=code_column)
