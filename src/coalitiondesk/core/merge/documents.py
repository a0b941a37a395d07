"""What a merge produces before anything is drawn: one document per printable
recipient, and the recipients left out with their reason."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from coalitiondesk.core.merge.page import PageSettings


SIGNATURE_SOURCE = "coalitiondesk-signature"
"""The <img src> a merged body holds where the letter's signature image goes: the PDF
and the .docx writers put the image there."""


class SkipReason(StrEnum):
    do_not_mail = "do not mail"
    no_postal_address = "no postal address"
    restricted = "restricted, and not allowed for this letter"
    incomplete_address = "check the address"
    """The address lacks a part its destination's post needs (core.merge.completeness)."""
    address_withheld = "home address withheld from a volunteer"
    """The contact's own address is one a volunteer on a shared server may not read: written
    to at their organization's address only when the user says so."""


@dataclass(frozen=True)
class RecipientState:
    """A recipient of a letter as the recipients panel shows it."""

    recipient_id: int
    name: str
    organization: str
    country: str
    will_print: bool
    reason: SkipReason | None = None
    dispatched_on: str = ""
    channel: str = ""
    response: str = ""
    missing: tuple[str, ...] = ()
    """With "check the address": the parts the address lacks (street, city, region,
    postcode, country)."""
    language: str = "en"
    """The language version of the letter this recipient gets (core.merge.versions)."""


@dataclass(frozen=True)
class MergedDocument:
    """One recipient's letter, envelope and label content, fields already filled in."""

    recipient_id: int
    name: str
    address_lines: tuple[str, ...]
    # The letter as an HTML fragment: body, closing and signatory block. Values
    # are escaped; only the template's own markup is markup.
    body_html: str
    # Every field's value as text, for file names ("one file per recipient").
    fields: Mapping[str, str] = field(default_factory=dict)
    # The same block with the capitals the destination's post asks for, and the
    # country in capitals: for envelopes and labels.
    postal_lines: tuple[str, ...] = ()
    # True when the body itself places {{ address_block }}: the letter page then
    # needs no separate addressee block.
    body_has_address: bool = False
    # The destination is another country than the coalition's (or either is unknown):
    # the envelope's sender block then carries the coalition's country.
    abroad: bool = False
    language: str = ""
    """The language version of the letter this recipient gets (core.merge.versions);
    "": the letter's own (a document made by hand)."""


@dataclass(frozen=True)
class Skipped:
    recipient_id: int
    name: str
    reason: SkipReason
    missing: tuple[str, ...] = ()
    """With "check the address": the parts the address lacks."""
    organization: str = ""
    """With "home address withheld": the organization whose address can be used instead
    ("" when there is none with an address)."""


@dataclass(frozen=True)
class Letterhead:
    text: str = ""
    image_png: bytes = b""

    def __bool__(self) -> bool:
        return bool(self.text or self.image_png)


@dataclass(frozen=True)
class MergeJob:
    letter_id: int
    title: str
    sender_lines: tuple[str, ...]
    letterhead: Letterhead
    documents: tuple[MergedDocument, ...]
    skipped: tuple[Skipped, ...]
    # Paper, margins and the rest of the page settings the job was prepared with
    # (a coalitiondesk.core.merge.page.PageSettings); None when made by hand.
    page: PageSettings | None = None
    withheld_signatories: tuple[str, ...] = ()
    """Signed organizations marked "do not share", left out of the signatory block:
    the merge dialog and the command line say so before anything prints."""
    language: str = "en"
    """The letter's language (BCP 47): its fonts follow it, never the interface's."""
    font_family: str | None = None
    """The letter's own font; None: the default for its language."""
    sender_abroad_lines: tuple[str, ...] = ()
    """The sender's block with the coalition's country, for mail that crosses a border."""
    incomplete_included: tuple[Skipped, ...] = ()
    """Recipients whose address needs checking, printed because the user asked."""
    signature_image: bytes = b""
    """The signature (PNG or JPEG) printed where the body shows SIGNATURE_SOURCE."""
    organization_addressed: tuple[Skipped, ...] = ()
    """Recipients whose home address is withheld from a volunteer, written to at their
    organization's address because the user asked."""

    def withheld_addresses(self) -> tuple[Skipped, ...]:
        """The recipients left out because their home address is withheld from a
        volunteer: a caller asks what to do with them before anything is written."""
        return tuple(item for item in self.skipped
                     if item.reason is SkipReason.address_withheld)

    def languages(self) -> dict[int, str]:
        """The language version each recipient gets, by recipient id: what
        record_as_sent is told."""
        return {document.recipient_id: document.language or self.language
                for document in self.documents}

    def language_counts(self) -> dict[str, int]:
        """Letters per language version, most first: "en 12, ko 3"."""
        counts: dict[str, int] = {}
        for language in self.languages().values():
            counts[language] = counts.get(language, 0) + 1
        return dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))
