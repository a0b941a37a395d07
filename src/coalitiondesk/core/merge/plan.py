"""From a letter in the database to the documents to print: prepare_merge.

The body is checked before any recipient is looked at, so a misspelt field
stops the whole merge with its name and nothing is printed.
"""

from __future__ import annotations

from collections.abc import Generator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from babel import Locale, UnknownLocaleError
from babel.dates import format_date
from markupsafe import Markup, escape
from sqlmodel import Session

from coalitiondesk.core.errors import Message
from coalitiondesk.core.merge import versions
from coalitiondesk.core.merge.documents import (
    SIGNATURE_SOURCE,
    MergedDocument,
    MergeJob,
    Skipped,
    SkipReason,
)
from coalitiondesk.core.merge.page import PageSettings, page_settings
from coalitiondesk.core.merge.recipients import Addressee, addressees
from coalitiondesk.core.merge.signature import signature_image
from coalitiondesk.core.merge.templates import (
    TemplateError,
    raise_for_problems,
    render_body,
    uses_field,
)
from coalitiondesk.core.models import Letter
from coalitiondesk.core.progress import Progress, run_to_end
from coalitiondesk.core.records import letters
from coalitiondesk.core.records.letters import SignatoryRow

if TYPE_CHECKING:
    from coalitiondesk.core.storage.db import Database

STAGE = "Merging letters"
# Progress every this many recipients: often enough for a bar, rarely enough to cost nothing.
_STEP = 50


def format_letter_date(day: date, language: str = "en") -> str:
    """The date as a letter in `language` writes it: "8 September 2011",
    "2011년 9월 8일", "2011年9月8日" (CLDR's long form, by Babel).

    English takes the British order, day before month: unambiguous in every
    country the coalition writes to.
    """
    tag = (language or "en").replace("-", "_")
    if tag.split("_")[0].lower() == "en":
        tag = "en_GB"
    try:
        locale = Locale.parse(tag)
    except (ValueError, UnknownLocaleError):
        locale = Locale.parse("en_GB")
    return format_date(day, format="long", locale=locale)


@dataclass(frozen=True)
class LetterValues:
    """The fields that are the same for every recipient of a letter."""

    values: Mapping[str, Any]
    signatory_lines: tuple[str, ...]
    withheld_signatories: tuple[str, ...] = ()
    """Signed organizations marked "do not share", left out of the block."""


def letter_values(*, session: Session, letter: Letter, settings: PageSettings,
                  today: date) -> LetterValues:
    assert letter.id is not None
    rows, withheld = letters.printed_signatories(session=session, letter_id=letter.id)
    lines = tuple(letters.signatory_line(row) for row in rows)
    values = {
        "letter_date": format_letter_date(letter.letter_date or today, letter.language),
        "today": format_letter_date(today, letter.language),
        "title": letter.title,
        "closing": letter.closing,
        "signatory_block": "\n".join(lines),
        "signatory_count": len(lines),
        "country_count": _country_count(rows),
        "sender_name": settings.sender_name,
        "sender_address": "\n".join(settings.sender_address),
    }
    return LetterValues(values, lines, tuple(row.organization.name for row in withheld))


def _country_count(rows: Sequence[SignatoryRow]) -> int:
    """Countries the signatories work from; international ones count for none."""
    return len({row.organization.country_code for row in rows
                if row.organization.country_code})


def dated_values(values: Mapping[str, Any], *, letter: Letter, language: str,
                 today: date) -> dict[str, Any]:
    """The letter's common fields with its dates written in `language` (a version's)."""
    return {**values,
            "letter_date": format_letter_date(letter.letter_date or today, language),
            "today": format_letter_date(today, language)}


def recipient_version(addressee: Addressee, *, letter: Letter, bodies: Mapping[str, str],
                      dated: Mapping[str, Mapping[str, Any]], settings: PageSettings
                      ) -> tuple[str, dict[str, Any], str]:
    """The language of the version `addressee` gets, its fields for them, and that body
    merged with them: one rule for the printed letter and the e-mail alike."""
    language = versions.recipient_language(
        letter=letter, contact=addressee.contact, country_code=addressee.country_code,
        available=bodies)
    values = {**dated[language], **recipient_values(addressee, settings=settings,
                                                    language=language)}
    return language, values, render_body(bodies[language], values)


def recipient_values(addressee: Addressee, *, settings: PageSettings,
                     language: str | None = None) -> dict[str, Any]:
    """The recipient's fields; with `language`, the salutation in that language's
    conventions ("하태경 대표님께"), else as the contact's record words it."""
    contact = addressee.contact
    if language is None:
        greeting = addressee.salutation(fallback=settings.salutation_fallback)
    else:
        greeting = versions.salutation(language=language, contact=contact,
                                       position=addressee.position,
                                       fallback=settings.salutation_fallback)
    block = addressee.address_lines(sender_country_code=settings.sender_country_code)
    return {
        "full_name": addressee.name,
        "honorific": (contact.honorific or "") if contact else "",
        "given_name": (contact.given_name or "") if contact else "",
        "family_name": (contact.family_name or "") if contact else "",
        "native_name": ((contact.native_name if contact else
                         addressee.organization and addressee.organization.native_name)
                        or ""),
        "salutation": greeting,
        "position": addressee.position,
        "organization": addressee.organization_name,
        "country": addressee.country_name,
        "address_block": "\n".join(block),
    }


def sample_values(*, session: Session, letter_id: int, today: date) -> dict[str, Any]:
    """Every field filled in for the editor's preview when the letter has no recipient."""
    letter = letters.get_letter(session=session, letter_id=letter_id)
    settings = page_settings(session=session)
    values = dict(letter_values(session=session, letter=letter, settings=settings,
                                today=today).values)
    values.update({
        "full_name": "Jane Doe", "honorific": "Ms", "given_name": "Jane",
        "family_name": "Doe", "native_name": "", "salutation": "Dear Ms Doe,",
        "position": "Director", "organization": "Example Organization",
        "country": "", "address_block": "Jane Doe\nDirector\nExample Organization\n"
        "1 Example Street\nExample City",
    })
    return values


def ending_html(closing: str, signatory_lines: Sequence[str], *,
                signature: bool = False) -> str:
    """The closing and the signatory block as paragraphs, as the printed letter ends;
    either may be empty. The e-mail merge ends its messages the same way.

    `signature`: the signature image's place between them (SIGNATURE_SOURCE), which
    the PDF and .docx writers fill in.
    """
    parts = []
    if closing.strip():
        parts.append(Markup("<p>{}</p>").format(closing.strip()))
    if signature:
        parts.append(Markup('<p><img src="{}"></p>').format(SIGNATURE_SOURCE))
    if signatory_lines:
        parts.append(Markup("<p>{}</p>").format(
            Markup("<br>\n").join(escape(line) for line in signatory_lines)))
    return "\n\n".join(parts)


def version_ending(*, letter: Letter, language: str, body: str,
                   signatory_lines: Sequence[str], signature: bool = False) -> str:
    """What follows `body`, the letter's version in `language`: the closing and the
    signatory block (ending_html), each unless the body places it itself. The printed
    merge and the e-mail merge both end a recipient's letter with this.

    The closing is written in the letter's own language, so another version ends
    with its own words rather than under an English "With regards,". `signature`:
    the letter has a signature image to place (a message has no place for it).
    """
    places_block = uses_field(body, "signatory_block")
    closing = ("" if uses_field(body, "closing") or language != letter.language
               else letter.closing)
    return ending_html(closing, () if places_block else signatory_lines,
                       signature=signature and not places_block)


def merge_steps(*, session: Session, letter_id: int, today: date,
                include_incomplete: bool = False, organization_address: bool = False
                ) -> Generator[Progress, None, MergeJob]:
    """prepare_merge as a generator of progress, for a progress bar with a cancel button."""
    letter = letters.get_letter(session=session, letter_id=letter_id)
    bodies = versions.letter_bodies(letter)
    for language, body in bodies.items():
        _raise_for_version(letter, language, body)
    settings = page_settings(session=session)
    common = letter_values(session=session, letter=letter, settings=settings, today=today)
    signature = signature_image(letter)
    endings = {language: version_ending(letter=letter, language=language, body=body,
                                        signatory_lines=common.signatory_lines,
                                        signature=bool(signature))
               for language, body in bodies.items()}
    dated = {language: dated_values(common.values, letter=letter, language=language,
                                    today=today) for language in bodies}
    documents: list[MergedDocument] = []
    skipped: list[Skipped] = []
    included: list[Skipped] = []
    at_organization: list[Skipped] = []
    home = (settings.sender_country_code or "").upper()
    everyone = addressees(session=session, letter_id=letter_id, today=today)
    for done, addressee in enumerate(everyone):
        if done % _STEP == 0:
            yield Progress(STAGE, done, len(everyone))
        reason = addressee.skip_reason(letter, organization_address=organization_address)
        if reason is not None:
            skipped.append(Skipped(addressee.recipient_id, addressee.name, reason,
                                   organization=addressee.organization_with_address
                                   if reason is SkipReason.address_withheld else ""))
            continue
        if addressee.home_withheld:
            at_organization.append(Skipped(addressee.recipient_id, addressee.name,
                                           SkipReason.address_withheld,
                                           organization=addressee.organization_with_address))
        missing = addressee.missing_address_parts()
        if missing:
            check = Skipped(addressee.recipient_id, addressee.name,
                            SkipReason.incomplete_address, missing)
            (included if include_incomplete else skipped).append(check)
            if not include_incomplete:
                continue
        language, values, body = recipient_version(addressee, letter=letter, bodies=bodies,
                                                   dated=dated, settings=settings)
        documents.append(MergedDocument(
            recipient_id=addressee.recipient_id, name=addressee.name,
            address_lines=tuple(line for line in values["address_block"].split("\n") if line),
            body_html="\n\n".join(part for part in (body, endings[language]) if part),
            fields={key: str(value) for key, value in values.items()},
            postal_lines=tuple(addressee.address_lines(
                sender_country_code=settings.sender_country_code, upper=True)),
            body_has_address=uses_field(bodies[language], "address_block"),
            abroad=not home or (addressee.country_code or "").upper() != home,
            language=language,
        ))
    yield Progress(STAGE, len(everyone), len(everyone))
    assert letter.id is not None
    return MergeJob(
        letter_id=letter.id, title=letter.title, sender_lines=settings.sender_lines,
        letterhead=settings.letterhead, documents=tuple(documents), skipped=tuple(skipped),
        page=settings, withheld_signatories=common.withheld_signatories,
        language=letter.language, font_family=letter.font_family,
        sender_abroad_lines=settings.sender_lines_abroad,
        incomplete_included=tuple(included), signature_image=signature,
        organization_addressed=tuple(at_organization),
    )


def _raise_for_version(letter: Letter, language: str, body: str) -> None:
    """raise_for_problems, naming the language of a version other than the letter's own."""
    try:
        raise_for_problems(body)
    except TemplateError as error:
        if language == letter.language:
            raise
        raise TemplateError(Message("In the {language} version: {problem}",
                                    language=versions.language_name(language),
                                    problem=error.message),
                            field=error.field, line=error.line) from None


def prepare_merge(*, session: Session, letter_id: int, today: date,
                  include_incomplete: bool = False, organization_address: bool = False
                  ) -> MergeJob:
    """Every printable recipient's letter, and the others with their reasons.

    A recipient whose address lacks a part its country's post needs is left
    out ("check the address") unless `include_incomplete`; a contact whose home address
    is withheld from a volunteer, unless `organization_address` (and their organization
    has one), which the caller asks the user about before anything is written. Raises
    TemplateError (naming the field) when the body cannot be merged, before
    anything is produced.
    """
    return run_to_end(merge_steps(session=session, letter_id=letter_id, today=today,
                                  include_incomplete=include_incomplete,
                                  organization_address=organization_address))


def merge_letter(database: Database, *, letter_id: int, today: date,
                 include_incomplete: bool = False, organization_address: bool = False
                 ) -> MergeJob:
    """prepare_merge, reading in a session of its own (the merge dialog's preview)."""
    with database.session() as session:
        return prepare_merge(session=session, letter_id=letter_id, today=today,
                             include_incomplete=include_incomplete,
                             organization_address=organization_address)


def signatory_block(*, session: Session, letter_id: int) -> list[str]:
    """The signed organizations' lines, as the letter prints them."""
    return letters.signatory_lines(session=session, letter_id=letter_id)

