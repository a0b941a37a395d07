"""Cell values as partners write them, turned into what a record field holds.

Every converter returns the clean value or raises ValueProblem with a short
phrase for the preview ("not a date: 31/02/2011"). Nothing is guessed: a date
that could be read two ways is refused rather than read the wrong way round.
"""

from __future__ import annotations

import math
import re
from datetime import date, datetime, timedelta
from enum import StrEnum
from functools import cache
from typing import Any, TypeVar

from email_validator import SPECIAL_USE_DOMAIN_NAMES, EmailNotValidError, validate_email

from coalitiondesk.core.errors import Message, Term
from coalitiondesk.core.exporting.labels import labels_of

E = TypeVar("E", bound=StrEnum)


class ValueProblem(ValueError):
    """A cell that cannot become the field's value; str() is the phrase to show, and
    `message` the same phrase for the window to translate."""

    def __init__(self, template: str, /, **args: Any) -> None:
        self.message = Message(template, **args)
        super().__init__(str(self.message))


# str.strip() already removes NBSP and the other Unicode spaces; these are the
# invisible characters that word processors and web pages leave at the edges
# but that Python does not count as white space.
_INVISIBLE_EDGES = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_NO_BREAK_SPACES = "\u00a0\u2007\u202f"
_PLAIN_SPACES = str.maketrans(dict.fromkeys(_NO_BREAK_SPACES, " "))


def clean_text(value: Any) -> str | None:
    """The cell as text, trimmed of white space (NBSP included); None when empty.

    Non-breaking spaces inside the text become plain spaces.

    Whole numbers read from a workbook lose their ".0" (a phone number typed
    as a number is 821012345678, not 821012345678.0). Text is otherwise kept
    exactly as written: no case change, no Unicode normalisation.
    """
    if value is None:
        return None
    if isinstance(value, bool):
        text = "yes" if value else "no"
    elif isinstance(value, float):
        text = _number_text(value)
    elif isinstance(value, datetime):
        text = value.isoformat(sep=" ") if value.time() != datetime.min.time() else (
            value.date().isoformat())
    elif isinstance(value, date):
        text = value.isoformat()
    else:
        text = str(value)
    text = text.strip()
    if text and (text[0] in _INVISIBLE_EDGES or text[-1] in _INVISIBLE_EDGES):
        text = text.strip(_INVISIBLE_EDGES).strip()
    if "\u00a0" in text or "\u2007" in text or "\u202f" in text:
        # Word and web pages put these between words; "Han\u00a0Voice" is Han Voice.
        text = text.translate(_PLAIN_SPACES)
    return text or None


def _number_text(value: float) -> str:
    if math.isfinite(value) and value == int(value) and abs(value) < 1e15:
        return str(int(value))
    return repr(value)


# --- dates -------------------------------------------------------------------

# Day 0 of Excel's two date systems. The 1900 system counts the non-existent
# 29 February 1900, so its serials from 61 on are one day ahead of the calendar;
# starting the count on 30 December 1899 absorbs that for every real date.
EXCEL_1900_EPOCH = date(1899, 12, 30)
EXCEL_1904_EPOCH = date(1904, 1, 1)

_MONTHS = {
    name: number
    for number, names in enumerate(
        [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
         ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
         ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
         ("dec", "december")],
        start=1,
    )
    for name in names
}
_ISO = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T].*)?")
_DMY_OR_MDY = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})")
_CJK = re.compile(r"(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?")
_WORDY = re.compile(
    r"(\d{1,2})\.?\s+([A-Za-z]+)\.?,?\s+(\d{4})|([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})")


def excel_serial_date(serial: float, *, date1904: bool = False) -> date:
    """The calendar date of an Excel serial number in the workbook's date system."""
    epoch = EXCEL_1904_EPOCH if date1904 else EXCEL_1900_EPOCH
    if not 0 < serial < 2_958_466:  # 9999-12-31 in the 1900 system
        raise ValueProblem("not a date: {serial}", serial=_number_text(serial))
    return epoch + timedelta(days=int(serial))


def to_date(value: Any, *, date1904: bool = False) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return excel_serial_date(float(value), date1904=date1904)
    text = clean_text(value)
    if text is None:
        return None
    try:
        return _parse_date_text(text)
    except ValueProblem:
        raise
    except ValueError:
        raise ValueProblem("not a date: {text}", text=text) from None


def _parse_date_text(text: str) -> date:
    if match := _ISO.fullmatch(text) or _CJK.fullmatch(text):
        year, month, day = (int(part) for part in match.groups()[:3])
        return date(year, month, day)
    if match := _DMY_OR_MDY.fullmatch(text):
        first, second, year = (int(part) for part in match.groups())
        if first > 12 >= second:
            return date(year, second, first)
        if second > 12 >= first:
            return date(year, first, second)
        if first == second:
            return date(year, first, first)
        raise ValueProblem("ambiguous date: {text} (write it as {year}-MM-DD)",
                           text=text, year=year)
    if match := _WORDY.fullmatch(text):
        day_text, month_text, year_text = (
            (str(part) for part in match.group(1, 2, 3)) if match.group(1)
            else (str(part) for part in match.group(5, 4, 6)))
        month_number = _MONTHS.get(month_text.lower())
        if month_number is None:
            raise ValueError(text)
        return date(int(year_text), month_number, int(day_text))
    if text.isdigit() and 20_000 <= int(text) <= 80_000:
        # A serial number that lost its date format on the way through a csv.
        return excel_serial_date(float(text))
    raise ValueError(text)


# --- other kinds -------------------------------------------------------------

_TRUE = frozenset({"yes", "y", "true", "t", "1", "x", "✓", "✔", "예", "네", "はい", "o", "on"})
_FALSE = frozenset({"no", "n", "false", "f", "0", "-", "아니오", "아니요", "いいえ", "off"})


def to_bool(value: Any) -> bool | None:
    if isinstance(value, bool):
        return value
    text = clean_text(value)
    if text is None:
        return None
    folded = text.casefold()
    if folded in _TRUE:
        return True
    if folded in _FALSE:
        return False
    raise ValueProblem("not yes or no: {text}", text=text)


def _enum_key(text: str) -> str:
    return re.sub(r"[\s\-]+", "_", text.strip().casefold())


@cache
def _labelled(enum: type[StrEnum]) -> dict[str, str]:
    return {_enum_key(label): value for label, value in labels_of(enum).items()}


def to_enum(value: Any, enum: type[E], *, what: str, aliases: dict[str, str] | None = None
            ) -> E | None:
    """A member by value, by alias, or by the label our export writes for it in any of its
    languages ("Non-member", "비회원", "非加盟": core.exporting.labels, whatever the
    interface's language), ignoring case, spaces and hyphens."""
    text = clean_text(value)
    if text is None:
        return None
    key = _enum_key(text)
    key = (aliases or {}).get(key) or _labelled(enum).get(key, key)
    try:
        return enum(key)
    except ValueError:
        choices = ", ".join(member.value.replace("_", " ") for member in enum)
        raise ValueProblem("not a {what}: {text} (one of {choices})",
                           what=Term(what), text=text, choices=choices) from None


def to_email(value: Any) -> str | None:
    text = clean_text(value)
    if text is None:
        return None
    address = text.removeprefix("mailto:").strip()
    if _plain_address(address):
        return address
    try:
        validate_email(address, check_deliverability=False)
    except EmailNotValidError:
        raise ValueProblem("invalid email: {text}", text=text) from None
    return address


_PLAIN_ADDRESS = re.compile(
    r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
    r"@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}")


_SPECIAL_ENDINGS = tuple(f".{name}" for name in SPECIAL_USE_DOMAIN_NAMES)


def _plain_address(address: str) -> bool:
    """The common ASCII case, checked without email-validator's full parse (50,000 rows
    take it a second); anything unusual still goes through email-validator."""
    if len(address) > 254 or not _PLAIN_ADDRESS.fullmatch(address):
        return False
    local, _, domain = address.rpartition("@")
    # The pattern gives every domain a dot, so its last label is after one.
    return len(local) <= 64 and not domain.lower().endswith(_SPECIAL_ENDINGS)


def plain_email(address: str) -> str | None:
    """`address` as check_email (core.records.validation) returns it, for the common
    plain ASCII form: its domain in lower case. None for anything else (a name around
    it, Unicode, "--" as in Punycode), which must go through check_email itself:
    its full parse costs a 50,000-row import about 2 s."""
    if "--" in address or not _plain_address(address):
        return None
    local, _, domain = address.rpartition("@")
    return f"{local}@{domain.lower()}"


def to_tags(value: Any) -> list[str]:
    """Tags separated by semicolons, commas or line breaks."""
    text = clean_text(value)
    if text is None:
        return []
    if "\x00" in text:
        # Tags skip the record checks (core.records.validation), which refuse a NUL in
        # every field; a tag holding one is refused here, naming the cell.
        raise ValueProblem("a tag contains a NUL character (an invisible control character,"
                           " which cannot be stored): {text}", text=text.replace("\x00", "\\0"))
    return [part.strip() for part in re.split(r"[;,\n]", text) if part.strip()]
