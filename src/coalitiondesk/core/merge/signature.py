"""The signature image of a letter: the chair's signature, printed above the
signatory block in the PDF and the .docx.

Kept on the letter (base64 text, as the journal copies rows as JSON), so that a
sent letter keeps the signature it went out with.
"""

from __future__ import annotations

import base64
import binascii
from typing import TYPE_CHECKING, Final

from sqlmodel import Session

from coalitiondesk.core.errors import InvalidInput
from coalitiondesk.core.journal.operations import ChangeSet
from coalitiondesk.core.models import Letter
from coalitiondesk.core.records.letters import get_letter, letter_operation

if TYPE_CHECKING:
    from coalitiondesk.core.storage.db import Database

MAX_BYTES: Final = 1_000_000
"""A scanned signature is tens of kilobytes; each save of the letter copies it into the
journal, so a photograph of a page is refused."""
_PNG: Final = b"\x89PNG\r\n\x1a\n"
_JPEG: Final = b"\xff\xd8\xff"


def image_kind(data: bytes) -> str | None:
    """ "png" or "jpeg" from the file's first bytes; None for anything else."""
    if data.startswith(_PNG):
        return "png"
    if data.startswith(_JPEG):
        return "jpeg"
    return None


def signature_image(letter: Letter) -> bytes:
    """The letter's signature image, b"" when it has none."""
    if not letter.signature_image:
        return b""
    try:
        return base64.b64decode(letter.signature_image, validate=True)
    except (binascii.Error, ValueError):
        return b""


def set_signature_image(*, session: Session, letter_id: int, data: bytes) -> Letter:
    """Store `data` (PNG or JPEG) as the letter's signature; b"" removes it."""
    letter = get_letter(session=session, letter_id=letter_id)
    if data and image_kind(data) is None:
        raise InvalidInput("The signature must be a PNG or JPEG image")
    if len(data) > MAX_BYTES:
        raise InvalidInput("The signature image is larger than {limit:,} bytes: scan it at "
                           "a lower resolution or crop it to the signature",
                           limit=MAX_BYTES)
    letter.signature_image = base64.b64encode(data).decode("ascii") if data else None
    session.add(letter)
    session.flush()
    return letter


def save_signature_image(database: Database, *, letter_id: int, data: bytes) -> ChangeSet:
    """set_signature_image as one journaled operation ("Edit letter …")."""
    with letter_operation(database, letter_id=letter_id, template="edit_letter") as operation:
        set_signature_image(session=operation.session, letter_id=letter_id, data=data)
    return operation.changes


def letter_signature(database: Database, *, letter_id: int) -> bytes:
    with database.session() as session:
        return signature_image(get_letter(session=session, letter_id=letter_id))
