"""A name column whose values end in their country: "Committee to Protect Journalists (USA)".

Such a column is split as a printed signatory list is (signatory_lines): the name,
and the country in the parenthesis. A parenthesis that is an acronym stays one:
"International Federation for Human Rights (FIDH)" names no country.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from coalitiondesk.core.importing.signatory_lines import split_signatory


def ends_in_country(text: str, resolve: Callable[[str], str | None]) -> bool:
    """Whether the text's last parenthesis names a country."""
    return text.rstrip().endswith(")") and split_signatory(text, resolve).country_code is not None


def mostly_name_country(values: Sequence[str], resolve: Callable[[str], str | None]) -> bool:
    """Whether most of a column's values end in a parenthesis naming a country."""
    if not values:
        return False
    found = sum(1 for value in values if ends_in_country(value, resolve))
    return found * 2 > len(values)
