"""Our contacts export's "Name as written": made from the name's stored parts, so a cell
of it that only repeats them holds nothing the import does not keep.

The export writes it (core.exporting.rows) from the given and family names in the
person's order, or the native name when both are empty. A cell that says anything
else (a partner's correction, another order than the row's) is data, and the
import names its column as not imported.
"""

from __future__ import annotations

from collections.abc import Sequence
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

    def repeats(self, row: SourceRow, text: str) -> bool:
        """Whether `text` is `row`'s name as the export writes it."""
        return self.active and " ".join(text.split()) == self._written(row.cells)

    def _written(self, cells: Sequence[Any]) -> str | None:
        given, family, native = (self._text(cells, index) for index in (
            self._given, self._family, self._native))
        if given and family:
            first, second = (family, given) if self._family_first(cells, native) else (
                given, family)
            return " ".join(f"{first} {second}".split())
        name = given or family or native
        return " ".join(name.split()) if name else None

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
            code = resolve_country(text, code_column=code_column) if text else None
            if code is not None:
                return code
        return None

    def _text(self, cells: Sequence[Any], index: int | None) -> str | None:
        return None if index is None else clean_text(self._cell(cells, index))

    @staticmethod
    def _cell(cells: Sequence[Any], index: int) -> Any:
        return cells[index] if index < len(cells) else None
