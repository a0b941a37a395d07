"""Who gets which message: a letter's recipients with an e-mail address, each with
their own subject, HTML body and plain-text body rendered from the version of
the letter in their language (core.merge.versions chooses it, as for the printed
letters), and those left out with the reason.

A contact is written to at their own address only: a personal letter never goes
to their organization's shared inbox. An organization recipient is written to
at its address. Contacts marked do-not-email are always left out; restricted
contacts are left out unless the caller confirms with their number, so that
sending to them is never an accident of a ticked box. When the message shows
the postal address (the body places it, or the letter goes with it as an
attachment), a contact whose home address is withheld from a volunteer on a
shared server is left out unless the caller chose their organization's address
(core.merge.recipients): the caller asks before anything is sent.
"""

from __future__ import annotations

from collections.abc import Generator
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import partial
from typing import Any

from email_validator import EmailNotValidError, validate_email
from inscriptis import get_text
from inscriptis.model.config import ParserConfig
from markupsafe import Markup
from sqlmodel import Session

from coalitiondesk.core.merge import versions
from coalitiondesk.core.merge.documents import MergedDocument, MergeJob
from coalitiondesk.core.merge.page import page_settings
from coalitiondesk.core.merge.plan import (
    dated_values,
    letter_values,
    recipient_version,
    version_ending,
)
from coalitiondesk.core.merge.recipients import Addressee, addressees
from coalitiondesk.core.merge.signature import signature_image
from coalitiondesk.core.merge.templates import raise_for_problems, render_body, uses_field
from coalitiondesk.core.models import Sensitivity
from coalitiondesk.core.progress import Progress
from coalitiondesk.core.records.letters import get_letter

STAGE = "Writing messages"
_STEP = 50
# Links keep their address in the plain-text part: a reader without HTML still has it.
_TEXT_CONFIG = ParserConfig(display_links=True)


class LeftOutReason(StrEnum):
    do_not_email = "do not e-mail"
    restricted = "restricted, and not confirmed for this sending"
    no_email = "no e-mail address"
    bad_email = "not a usable e-mail address"
    address_withheld = "home address withheld from a volunteer"


@dataclass(frozen=True)
class LeftOut:
    recipient_id: int
    name: str
    reason: LeftOutReason
    address: str = ""
    organization: str = ""
    """With "home address withheld": the organization whose address can be used instead
    ("" when there is none with an address)."""


@dataclass(frozen=True)
class Composed:
    """One recipient's message, before it has a Message-ID or a sender."""

    recipient_id: int
    name: str
    address: str
    subject: str
    html: str
    text: str
    document: MergedDocument
    """The merged letter, for a PDF or .docx of it attached."""
    language: str = "en"
    """The language version of the letter the message holds (core.merge.versions)."""


@dataclass(frozen=True)
class MailJob:
    letter_id: int
    title: str
    language: str
    messages: tuple[Composed, ...]
    left_out: tuple[LeftOut, ...]
    restricted: int
    """How many restricted contacts would get a message when confirmed (included or not)."""
    letters: MergeJob
    """The merged letters of `messages`, as the printing code takes them."""
    organization_addressed: tuple[LeftOut, ...] = ()
    """Contacts whose home address is withheld from a volunteer, whose messages show
    their organization's address because the caller asked."""

    def withheld_addresses(self) -> tuple[LeftOut, ...]:
        """Those left out because their message would show a home address withheld from
        a volunteer: a caller asks what to do with them before anything is sent."""
        return tuple(item for item in self.left_out
                     if item.reason is LeftOutReason.address_withheld)


def html_to_text(html: str) -> str:
    """The plain-text part: paragraphs, line breaks and lists kept, links with their address."""
    text = get_text(html, _TEXT_CONFIG)
    lines = [line.rstrip() for line in text.strip("\n").split("\n")]
    return "\n".join(lines) + "\n"


def _subject(template: str, values: dict[str, Any]) -> str:
    # Rendered as the body is (the same fields, the same sandbox), then flattened:
    # a subject is one line of text.
    return " ".join(get_text(render_body(template, values)).split())


def _address(addressee: Addressee) -> str:
    record = addressee.contact if addressee.contact is not None else addressee.organization
    return ((record.email if record is not None else None) or "").strip()


def _usable(address: str) -> str | None:
    """The address normalized, None when it is not one (two addresses in a field, a typo)."""
    try:
        return validate_email(address, check_deliverability=False).normalized
    except EmailNotValidError:
        return None


def _reason(addressee: Addressee, confirmed: bool) -> LeftOutReason | None:
    contact = addressee.contact
    if contact is not None and contact.do_not_email:
        return LeftOutReason.do_not_email
    if not _address(addressee):
        return LeftOutReason.no_email
    if (contact is not None and contact.sensitivity == Sensitivity.restricted
            and not confirmed):
        return LeftOutReason.restricted
    return None


def _restricted_count(everyone: list[Addressee]) -> int:
    return sum(1 for addressee in everyone
               if addressee.contact is not None
               and addressee.contact.sensitivity == Sensitivity.restricted
               and _reason(addressee, confirmed=True) is None
               and _usable(_address(addressee)) is not None)


def compose_steps(*, session: Session, letter_id: int, today: date,
                  subject: str | None = None, confirmed_restricted: int | None = None,
                  letters_attached: bool = False, organization_address: bool = False,
                  ) -> Generator[Progress, None, MailJob]:
    """Every message of the letter's e-mail merge, and who is left out and why.

    `subject` is a template with the body's fields (default: the letter's title).
    Restricted contacts get a message only when `confirmed_restricted` equals their
    number. `letters_attached`: each message carries its letter, address and all.
    `organization_address`: a contact whose home address is withheld from a volunteer
    is written to with their organization's address. Raises TemplateError (naming the
    field) before anything is composed.
    """
    letter = get_letter(session=session, letter_id=letter_id)
    # Each recipient gets the version of their language, as the printed merge chooses.
    bodies = versions.letter_bodies(letter)
    for body in bodies.values():
        raise_for_problems(body)
    subject_template = subject if subject is not None and subject.strip() else letter.title
    raise_for_problems(subject_template)
    settings = page_settings(session=session)
    common = letter_values(session=session, letter=letter, settings=settings, today=today)
    signature = signature_image(letter)
    endings: dict[str, tuple[str, str]] = {}
    for language, body in bodies.items():
        ending = partial(version_ending, letter=letter, language=language, body=body,
                         signatory_lines=common.signatory_lines)
        # The message has no place for the signature image; the attached letter has.
        endings[language] = (ending(), ending(signature=bool(signature)))
    dated = {language: dated_values(common.values, letter=letter, language=language,
                                    today=today) for language in bodies}
    home = (settings.sender_country_code or "").upper()
    everyone = addressees(session=session, letter_id=letter_id, today=today)
    restricted = _restricted_count(everyone)
    confirmed = restricted > 0 and confirmed_restricted == restricted
    # Only a message showing the postal address depends on the home address.
    shows_address = letters_attached or any(uses_field(body, "address_block")
                                            for body in bodies.values())
    messages: list[Composed] = []
    left_out: list[LeftOut] = []
    at_organization: list[LeftOut] = []
    for done, addressee in enumerate(everyone):
        if done % _STEP == 0:
            yield Progress(STAGE, done, len(everyone))
        reason = _reason(addressee, confirmed)
        address = _usable(_address(addressee)) if reason is None else None
        if reason is None and address is None:
            reason = LeftOutReason.bad_email
        withheld = reason is None and shows_address and addressee.home_withheld
        if withheld and not (organization_address and addressee.organization_with_address):
            reason = LeftOutReason.address_withheld
        if reason is not None or address is None:
            left_out.append(LeftOut(addressee.recipient_id, addressee.name,
                                    reason or LeftOutReason.bad_email, _address(addressee),
                                    organization=addressee.organization_with_address
                                    if reason is LeftOutReason.address_withheld else ""))
            continue
        if withheld:
            at_organization.append(LeftOut(addressee.recipient_id, addressee.name,
                                           LeftOutReason.address_withheld, address,
                                           organization=addressee.organization_with_address))
        language, values, rendered = recipient_version(
            addressee, letter=letter, bodies=bodies, dated=dated, settings=settings)
        mail_ending, letter_ending = endings[language]
        body = "\n\n".join(part for part in (rendered, mail_ending) if part)
        html = _page(body, language=language, title=letter.title)
        document = MergedDocument(
            recipient_id=addressee.recipient_id, name=addressee.name,
            address_lines=tuple(line for line in values["address_block"].split("\n")
                                if line),
            body_html="\n\n".join(part for part in (rendered, letter_ending) if part),
            fields={key: str(value) for key, value in values.items()},
            body_has_address=uses_field(bodies[language], "address_block"),
            abroad=not home or (addressee.country_code or "").upper() != home,
            language=language)
        messages.append(Composed(
            recipient_id=addressee.recipient_id, name=addressee.name, address=address,
            subject=_subject(subject_template, values), html=html,
            text=html_to_text(body), document=document, language=language))
    yield Progress(STAGE, len(everyone), len(everyone))
    assert letter.id is not None
    letters = MergeJob(
        letter_id=letter.id, title=letter.title, sender_lines=settings.sender_lines,
        letterhead=settings.letterhead, documents=tuple(item.document for item in messages),
        skipped=(), page=settings, withheld_signatories=common.withheld_signatories,
        language=letter.language, font_family=letter.font_family,
        sender_abroad_lines=settings.sender_lines_abroad, signature_image=signature)
    return MailJob(letter_id=letter.id, title=letter.title, language=letter.language,
                   messages=tuple(messages), left_out=tuple(left_out),
                   restricted=restricted, letters=letters,
                   organization_addressed=tuple(at_organization))


def _page(body: str, *, language: str, title: str) -> str:
    return str(Markup(
        '<!DOCTYPE html>\n<html lang="{}"><head><meta charset="utf-8"><title>{}</title>'
        '</head>\n<body>\n{}\n</body></html>\n').format(language or "en", title, Markup(body)))
