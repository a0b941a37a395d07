"""One recipient's e-mail: a single To, never a CC or BCC, a plain-text part and
its HTML alternative, and the merged letter attached when asked."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

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


def build_message(message: Composed, *, sender: str, sender_name: str = "",
                  message_id: str, attachment: Attachment | None = None) -> EmailMessage:
    email = EmailMessage(policy=policy.SMTP)
    email["From"] = Address(display_name=sender_name, addr_spec=sender)
    email["To"] = Address(display_name=message.name, addr_spec=message.address)
    email["Subject"] = message.subject
    email["Date"] = format_datetime(datetime.now(UTC))
    email["Message-ID"] = message_id
    email.set_content(message.text)
    email.add_alternative(message.html, subtype="html")
    if attachment is not None:
        maintype, _, subtype = attachment.mime_type.partition("/")
        email.add_attachment(attachment.content, maintype=maintype, subtype=subtype,
                             filename=attachment.file_name)
    return email

