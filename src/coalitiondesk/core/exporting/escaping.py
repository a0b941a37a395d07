"""Keeping partners' spreadsheets from running what a record contains.

A value beginning with =, +, -, @, a tab or a carriage return (or one of
their full-width and small forms, which spreadsheet input methods for
Japanese, Korean and Chinese turn into the ASCII ones) can become a formula
when the file is opened. In a workbook such values are written as string
cells, which no spreadsheet evaluates; in csv, where every value is typed
text to the spreadsheet, they get OWASP's escaping: a leading apostrophe
inside a quoted field.
"""

from __future__ import annotations

import re

FORMULA_STARTS = frozenset(
    "=+-@\t\r"
    "\uff1d\uff0b\uff0d\uff20"  # full-width ＝ ＋ － ＠
    "\ufe66\ufe62\ufe63\ufe6b"  # small form variants ﹦ ﹢ ﹣ ﹫
    "\u2212"  # the minus sign, which some spreadsheets read as "-"
)

# openpyxl stores these strings as error cells rather than text.
SPREADSHEET_ERRORS = frozenset(
    ("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A")
)

# XML 1.0 cannot hold these control characters; openpyxl refuses them.
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")

MAX_CELL_LENGTH = 32_767
"""Excel's limit on the characters in one cell."""

_TRUNCATED = " [cut: longer than a spreadsheet cell holds]"


def starts_like_formula(text: str) -> bool:
    """Whether a spreadsheet could read `text` as a formula.

    Leading spaces are looked through: some spreadsheets trim them before
    deciding what a typed value is.
    """
    stripped = text.lstrip(" \u3000\u00a0")
    return bool(stripped) and stripped[0] in FORMULA_STARTS


def needs_text_cell(text: str) -> bool:
    """Whether openpyxl would store `text` as anything but a plain string cell."""
    return starts_like_formula(text) or text in SPREADSHEET_ERRORS


def cell_text(text: str) -> str:
    """`text` as a cell can hold it: without XML-illegal control characters, within length."""
    if _ILLEGAL.search(text):
        text = _ILLEGAL.sub("", text)
    if len(text) > MAX_CELL_LENGTH:
        text = text[: MAX_CELL_LENGTH - len(_TRUNCATED)] + _TRUNCATED
    return text


def xlsx_text(text: str) -> str:
    """`text` for a workbook cell: as `cell_text`, with line breaks as spreadsheets keep them.

    A bare carriage return would reach the sheet's XML raw, where every XML
    reader turns it into a line feed anyway; saying so here keeps it honest.
    """
    text = cell_text(text)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def csv_text(text: str) -> str:
    """OWASP's CSV-injection escaping: a leading apostrophe on anything formula-like.

    Text that already begins with apostrophes before something formula-like
    gets one more, so that `csv_unescape` can always tell them apart. The csv
    writer quotes every text field and doubles embedded quotes, which is the
    rest of OWASP's advice.
    """
    return "'" + text if starts_like_formula(text.lstrip("'")) else text


def csv_unescape(text: str) -> str:
    """`csv_text` undone: what a csv reader of our own exports should store.

    For the import, so that a partner's corrected csv brings "@handle" back,
    not "'@handle".
    """
    if text.startswith("'") and starts_like_formula(text.lstrip("'")):
        return text[1:]
    return text
