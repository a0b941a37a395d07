"""vCard files (.vcf) as a table of contacts, for the same mapping and plan as a csv file.

Versions 2.1 (Outlook: QUOTED-PRINTABLE, CHARSET), 3.0 (Google, Apple, RFC 2426) and
4.0 (RFC 6350) are parsed by the vobject library: folded lines, escapes and encodings
are its work. Each card becomes a row under headers the import already recognises
("Given Name", "Mobile Phone", "Organization" ...). What a card holds beyond the
first e-mail, phone, mobile, address and web address gets a column of its own
("Email 2", "Birthday", "PHOTO"), which the mapping leaves out and the preview
and command line report by name: nothing on a card is dropped in silence.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from coalitiondesk.core.importing.readers import (
    SourceRow,
    SourceTable,
    UnreadableFile,
    decode_text,
)

SUFFIXES = frozenset({".vcf", ".vcard"})

# Properties that say nothing about the person.
# Apple's X-ABLabel names the kind of the grouped property beside it ("item1.URL").
_IGNORED = frozenset({"VERSION", "PRODID", "REV", "KIND", "SOURCE", "X-ABUID", "CLIENTPIDMAP",
                      "X-ABSHOWAS", "X-ABLABEL"})
# Each property's column, in the order the table shows them; a second value of
# the same property is "<header> 2", and so on.
_HEADERS = {
    "FN": "Name", "TITLE": "Job Title", "ROLE": "Role", "ORG": "Organization",
    "EMAIL": "Email", "URL": "Website", "NOTE": "Notes", "BDAY": "Birthday",
    "NICKNAME": "Nickname", "CATEGORIES": "Tags", "LANG": "Language",
    "ANNIVERSARY": "Anniversary", "GENDER": "Gender", "UID": "UID",
}
_ADDRESS_PARTS = (("street", "Street"), ("street2", "Street 2"), ("city", "City"),
                  ("region", "Region"), ("code", "Postcode"), ("country", "Country"))


class _Card:
    """One card's values by column header, in the order first met."""

    def __init__(self) -> None:
        self.values: dict[str, str] = {}

    def put(self, header: str, value: str) -> None:
        value = value.strip()
        if not value:
            return
        if header not in self.values:
            self.values[header] = value
            return
        number = 2
        while f"{header} {number}" in self.values:
            number += 1
        self.values[f"{header} {number}"] = value


def read_vcard(data: bytes, *, name: str) -> SourceTable:
    """Every card in the file as a row; UnreadableFile with one sentence when it has none."""
    import vobject  # only vCard files need it

    text, used = decode_text(data, name=name)
    if "BEGIN:VCARD" not in text.upper():
        raise UnreadableFile("{name} holds no vCard", name=name)
    cards: list[_Card] = []
    try:
        for component in vobject.readComponents(text, allowQP=True, ignoreUnreadable=True):
            if component.name.upper() == "VCARD":
                cards.append(_read_card(component))
    except Exception as error:  # vobject raises its own and plain errors alike
        raise UnreadableFile("{name} is not a vCard file that can be read ({problem})",
                             name=name, problem=str(error).splitlines()[0][:200]) from None
    cards = [card for card in cards if card.values]
    if not cards:
        raise UnreadableFile("{name} has no rows to import", name=name)
    # With N on some cards and not others, a card without one keeps its whole name
    # as the given name: "Name" beside "Family Name" would be read as a given name.
    if any("Family Name" in card.values or "Given Name" in card.values for card in cards):
        for card in cards:
            whole = card.values.pop("Name", None)
            if whole and not ({"Family Name", "Given Name"} & set(card.values)):
                card.values["Given Name"] = whole
            elif whole:
                card.values["Name"] = whole  # the same person: reported, not lost
    headers: list[str] = []
    for card in cards:
        headers.extend(header for header in card.values if header not in headers)
    headers = _ordered(headers)
    rows = [SourceRow(number=index + 1, cells=[card.values.get(header) for header in headers])
            for index, card in enumerate(cards)]
    return SourceTable(name=name, headers=headers, rows=rows, header_row=None, encoding=used)


def _ordered(headers: list[str]) -> list[str]:
    """Names first, then the columns in the order met (a stable, readable preview)."""
    first = ["Name Prefix", "Given Name", "Family Name", "Name"]
    return [header for header in first if header in headers] + [
        header for header in headers if header not in first]


def _read_card(component: Any) -> _Card:
    card = _Card()
    for line in component.getChildren():
        prop = str(line.name).upper()
        if prop in _IGNORED:
            continue
        if prop == "N":
            _name(card, line.value)
        elif prop == "ADR":
            _address(card, line.value, _types(line))
        elif prop == "TEL":
            types = _types(line)
            header = ("Mobile Phone" if {"CELL", "MOBILE"} & types
                      else "Fax" if "FAX" in types else "Phone")
            # 4.0 may write the number as a URI (VALUE=uri): "tel:+82-10-5555-1234".
            number = _text(line.value).strip()
            card.put(header, number[4:] if number.lower().startswith("tel:") else number)
        elif prop == "ORG":
            parts = [part for part in _parts(line.value) if part.strip()]
            if parts:
                card.put("Organization", parts[0])
                for unit in parts[1:]:
                    card.put("Department", unit)
        elif prop == "CATEGORIES":
            card.put("Tags", ", ".join(_parts(line.value)))
        elif prop == "PHOTO" or prop == "LOGO" or prop == "SOUND" or prop == "KEY":
            # Binary: counted and named, not shown.
            card.put(prop.capitalize(), "(" + prop.lower() + ")")
        else:
            card.put(_HEADERS.get(prop, prop), _text(line.value))
    return card


def _types(line: Any) -> set[str]:
    types: set[str] = set()
    for value in line.params.get("TYPE", []):
        types.update(part.strip().upper() for part in str(value).split(","))
    types.update(str(value).upper() for value in getattr(line, "singletonparams", []))
    return types


def _parts(value: Any) -> list[str]:
    if isinstance(value, list | tuple):
        return [str(part) for part in value]
    return [str(value)]


def _text(value: Any) -> str:
    if isinstance(value, list | tuple):
        return ", ".join(str(part) for part in value if str(part).strip())
    return str(value)


def _joined(value: Any) -> str:
    if isinstance(value, list | tuple):
        return " ".join(str(part).strip() for part in value if str(part).strip())
    return str(value or "").strip()


def _name(card: _Card, value: Any) -> None:
    card.put("Family Name", _joined(getattr(value, "family", "")))
    given = " ".join(part for part in (_joined(getattr(value, "given", "")),
                                       _joined(getattr(value, "additional", ""))) if part)
    card.put("Given Name", given)
    card.put("Name Prefix", _joined(getattr(value, "prefix", "")))
    card.put("Name Suffix", _joined(getattr(value, "suffix", "")))


def _address(card: _Card, value: Any, types: Iterable[str]) -> None:
    if "Street" in card.values or "City" in card.values or "Country" in card.values:
        # A second address: kept whole in a column of its own, reported as not imported.
        lines = [_joined(getattr(value, part, "")) for part in (
            "box", "extended", "street", "city", "region", "code", "country")]
        card.put("Other Address", ", ".join(line for line in lines if line))
        return
    street_lines: list[str] = []
    for part in ("box", "extended", "street"):
        raw = getattr(value, part, "")
        for item in raw if isinstance(raw, list | tuple) else [raw]:
            street_lines.extend(line.strip() for line in str(item).splitlines() if line.strip())
    if street_lines:
        card.put("Street", street_lines[0])
        if len(street_lines) > 1:
            card.put("Street 2", ", ".join(street_lines[1:]))
    card.put("City", _joined(getattr(value, "city", "")))
    card.put("Region", _joined(getattr(value, "region", "")))
    card.put("Postcode", _joined(getattr(value, "code", "")))
    card.put("Country", _joined(getattr(value, "country", "")))
