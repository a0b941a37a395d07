"""One recipient's e-mail: a single To, never a CC or BCC, a plain-text part and
its HTML alternative, and the merged letter attached when asked.

The message is written out as bytes here rather than through EmailMessage, whose
header policies and generator cost 5 to 8 ms a message: more than a local mail
server takes to receive it. Addresses, file names and dates are encoded by the
email package's own functions, the bodies by binascii (quoted-printable) and
base64, and other headers here: folded between words, or as RFC 2047 base64
words of whole characters when not ASCII. A test reads every part back with
Python's email parser.
"""

from __future__ import annotations

import base64
import binascii
import functools
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import encode_rfc2231, format_datetime, formataddr, make_msgid

from email_validator import EmailNotValidError, validate_email

from coalitiondesk.core.errors import InvalidInput
from coalitiondesk.core.mailing.compose import Composed


@dataclass(frozen=True)
class Attachment:
    file_name: str
    content: bytes
    mime_type: str = "application/pdf"


def sender_address(text: str) -> str:
    """The From address, checked; raises InvalidInput naming it."""
    try:
        return validate_email(text.strip(), check_deliverability=False).normalized
    except EmailNotValidError:
        raise InvalidInput("{address} is not an e-mail address to send from",
                           address=text.strip() or "(none)") from None


def new_message_id(sender: str) -> str:
    # The sender's domain, not this computer's name, which make_msgid would use.
    return make_msgid(domain=sender.rpartition("@")[2] or None)


@functools.lru_cache(maxsize=64)  # the From header, the same in every message
def _mailbox(name: str, address: str) -> str:
    name = " ".join(name.split())  # a line break in a name must not start a header
    if address.isascii():
        return formataddr((name, address), charset="utf-8")
    # An address in another script goes only to a server offering SMTPUTF8, where
    # headers are UTF-8 as they stand.
    if not name:
        return address
    quoted = name.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{quoted}" <{address}>'


def _unstructured(name: str, value: str) -> str:
    value = " ".join(value.split())
    if value.isascii() and "=?" not in value:
        # Folded between words at 78 characters (a longer word stays whole).
        lines = [f"{name}:"]
        for word in value.split(" "):
            if len(lines[-1]) + 1 + len(word) > 78 and lines[-1].strip() not in ("", f"{name}:"):
                lines.append("")
            lines[-1] += f" {word}"
        return "\n".join(lines)
    # RFC 2047 words of whole characters, 39 bytes each (52 in base64), one per line:
    # what email.header does, without its search for the best split, which costs about
    # a millisecond a subject.
    words: list[str] = []
    chunk = ""
    for character in value:
        if len((chunk + character).encode("utf-8")) > 39:
            words.append(chunk)
            chunk = ""
        chunk += character
    words.append(chunk)
    encoded = (f"=?utf-8?b?{base64.b64encode(word.encode('utf-8')).decode('ascii')}?="
               for word in words)
    return f"{name}: " + "\n ".join(encoded)


def _text_part(content: str, subtype: str) -> bytes:
    # Lines end in LF here; the whole message gets CRLF at the end.
    data = content.replace("\r\n", "\n").replace("\r", "\n").encode("utf-8")
    encoded = binascii.b2a_qp(data, quotetabs=False, istext=True, header=False)
    return (f'Content-Type: text/{subtype}; charset="utf-8"\n'
            "Content-Transfer-Encoding: quoted-printable\n\n").encode() + encoded


def _attachment_part(attachment: Attachment) -> bytes:
    name = attachment.file_name
    if name.isascii():
        quoted = name.replace("\\", "\\\\").replace('"', '\\"')
        disposition = f'attachment; filename="{quoted}"'
    else:
        disposition = f"attachment; filename*={encode_rfc2231(name, 'utf-8')}"
    return (f"Content-Type: {attachment.mime_type}\n"
            "Content-Transfer-Encoding: base64\n"
            f"Content-Disposition: {disposition}\n\n").encode() + base64.encodebytes(
                attachment.content)


def _multipart(subtype: str, parts: list[bytes]) -> bytes:
    boundary = f"=_{secrets.token_hex(12)}"
    body = b"".join(f"\n--{boundary}\n".encode() + part for part in parts)
    return (f'Content-Type: multipart/{subtype}; boundary="{boundary}"\n\n'.encode()
            + body.lstrip(b"\n") + f"\n--{boundary}--\n".encode())


def message_bytes(message: Composed, *, sender: str, sender_name: str = "",
                  message_id: str, attachment: Attachment | None = None) -> bytes:
    """The message as it goes over the wire (CRLF line ends) or into an .eml file."""
    headers = "\n".join((
        f"From: {_mailbox(sender_name, sender)}",
        f"To: {_mailbox(message.name, message.address)}",
        _unstructured("Subject", message.subject),
        f"Date: {format_datetime(datetime.now(UTC))}",
        f"Message-ID: {message_id}",
        "MIME-Version: 1.0",
    )) + "\n"
    content = _multipart("alternative", [_text_part(message.text, "plain"),
                                         _text_part(message.html, "html")])
    if attachment is not None:
        content = _multipart("mixed", [content, _attachment_part(attachment)])
    return (headers.encode("utf-8") + content).replace(b"\n", b"\r\n")
