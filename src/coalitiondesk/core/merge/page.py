"""How merged letters are laid out and who sends them, from the database's settings.

The settings dialog edits these and printing reads them, through one dataclass.
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlmodel import Session

from coalitiondesk.core.errors import InvalidInput
from coalitiondesk.core.geography.addresses import postal_country_name
from coalitiondesk.core.geography.countries import resolve_country
from coalitiondesk.core.geography.names import DEFAULT_SALUTATION_FALLBACK
from coalitiondesk.core.journal.labels import label
from coalitiondesk.core.journal.operations import ChangeSet
from coalitiondesk.core.merge.documents import Letterhead
from coalitiondesk.core.merge.geometry import Paper
from coalitiondesk.core.storage.settings import SettingKey, get_setting, set_setting

if TYPE_CHECKING:
    from coalitiondesk.core.storage.db import Database

_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


@dataclass(frozen=True)
class Margins:
    """Page margins in millimetres."""

    top: float = 20.0
    right: float = 20.0
    bottom: float = 20.0
    left: float = 25.0


@dataclass(frozen=True)
class PageSettings:
    paper: Paper = Paper.a4
    margins: Margins = field(default_factory=Margins)
    letterhead: Letterhead = field(default_factory=Letterhead)
    sender_name: str = ""
    # The coalition's postal address, one line per item, without its name.
    sender_address: tuple[str, ...] = ()
    # ISO code; None when unknown, and then every letter gets a country line.
    sender_country_code: str | None = None
    salutation_fallback: str = DEFAULT_SALUTATION_FALLBACK

    @property
    def sender_lines(self) -> tuple[str, ...]:
        """The sender block of an envelope or a letterhead: name, then address."""
        return tuple(line for line in (self.sender_name, *self.sender_address) if line)

    @property
    def sender_lines_abroad(self) -> tuple[str, ...]:
        """The sender block for mail crossing a border: with the coalition's country
        last, in capitals, unless its address already ends with it."""
        country = (self.sender_country_code or "").upper()
        lines = self.sender_lines
        if not country or (self.sender_address
                           and resolve_country(self.sender_address[-1]) == country):
            return lines
        return (*lines, postal_country_name(country).upper())


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def _margins(text: str) -> Margins:
    try:
        stored = json.loads(text) if text else {}
        return Margins(**{side: float(stored[side]) for side in
                          ("top", "right", "bottom", "left") if side in stored})
    except (ValueError, TypeError):
        return Margins()


def _paper(text: str) -> Paper:
    try:
        return Paper(text) if text else Paper.a4
    except ValueError:
        return Paper.a4


def _image(text: str) -> bytes:
    try:
        return base64.b64decode(text, validate=True) if text else b""
    except (binascii.Error, ValueError):
        return b""


def sender_country(*, session: Session) -> str | None:
    """The country the coalition mails from: the setting, else its address's last line."""
    code = get_setting(session=session, key=SettingKey.coalition_country).strip().upper()
    if code:
        return code
    address = _lines(get_setting(session=session, key=SettingKey.coalition_address))
    return resolve_country(address[-1]) if address else None


def page_settings(*, session: Session) -> PageSettings:
    def setting(key: SettingKey) -> str:
        return get_setting(session=session, key=key)

    return PageSettings(
        paper=_paper(setting(SettingKey.paper)),
        margins=_margins(setting(SettingKey.margins)),
        letterhead=Letterhead(text=setting(SettingKey.letterhead_text).strip(),
                              image_png=_image(setting(SettingKey.letterhead_image))),
        sender_name=setting(SettingKey.coalition_name).strip(),
        sender_address=_lines(setting(SettingKey.coalition_address)),
        sender_country_code=sender_country(session=session),
        salutation_fallback=(setting(SettingKey.salutation_fallback).strip()
                             or DEFAULT_SALUTATION_FALLBACK),
    )


def set_page_settings(*, session: Session, settings: PageSettings) -> None:
    """Store every field; refuses margins that leave no room and images that are not PNG."""
    margins = settings.margins
    sides = (margins.top, margins.right, margins.bottom, margins.left)
    if any(side < 0 or side > 80 for side in sides):
        raise InvalidInput("Margins must be between 0 and 80 mm")
    image = settings.letterhead.image_png
    if image and not image.startswith(_PNG_SIGNATURE):
        raise InvalidInput("The letterhead image must be a PNG file")
    country = (settings.sender_country_code or "").strip().upper()
    if country and resolve_country(country) != country:
        raise InvalidInput("Not a country code: {country!r}", country=country)
    values = {
        SettingKey.paper: Paper(settings.paper).value,
        SettingKey.margins: json.dumps({"top": margins.top, "right": margins.right,
                                        "bottom": margins.bottom, "left": margins.left}),
        SettingKey.letterhead_text: settings.letterhead.text,
        SettingKey.letterhead_image: base64.b64encode(image).decode("ascii"),
        SettingKey.coalition_name: settings.sender_name.strip(),
        SettingKey.coalition_address: "\n".join(settings.sender_address),
        SettingKey.coalition_country: country,
        SettingKey.salutation_fallback: settings.salutation_fallback.strip(),
    }
    for key, value in values.items():
        set_setting(session=session, key=key, value=value)


def current_page_settings(database: Database) -> PageSettings:
    with database.session() as session:
        return page_settings(session=session)


def save_page_settings(database: Database, *, settings: PageSettings) -> ChangeSet:
    """Store the letter settings as one journaled operation (refused as set_page_settings
    refuses)."""
    with database.operation("settings", label("page_settings")) as operation:
        set_page_settings(session=operation.session, settings=settings)
    return operation.changes
