"""Letters, their signatories and their recipients."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlmodel import Session, SQLModel, col, func, select

from coalitiondesk.core.errors import InvalidInput, NotFound
from coalitiondesk.core.journal.labels import label as journal_label
from coalitiondesk.core.journal.operations import ChangeSet, Operation, OperationInfo, StaleRecord
from coalitiondesk.core.journal.operations import info as operation_info
from coalitiondesk.core.models import (
    Contact,
    Country,
    JournalChange,
    JournalOperation,
    Letter,
    LetterKind,
    LetterStatus,
    Organization,
    Recipient,
    Signature,
    SignatureStatus,
)
from coalitiondesk.core.records.common import apply_changes, get_or_raise, validated
from coalitiondesk.core.records.organizations import organization_choices, sort_key_column
from coalitiondesk.core.records.outreach import record_response

if TYPE_CHECKING:
    from coalitiondesk.core.storage.db import Database


class LetterFields(SQLModel):
    """The editable fields of a letter, validated before they reach the table."""

    title: str
    kind: LetterKind = LetterKind.sign_on
    letter_date: date | None = None
    status: LetterStatus = LetterStatus.draft
    body: str = ""
    closing: str = "Yours sincerely,"
    notes: str | None = None
    allow_restricted: bool = False
    language: str = "en"
    font_family: str | None = None


def create_letter(*, session: Session, **values: Any) -> Letter:
    clean = validated(LetterFields, values)
    clean.title = _free_title(session, clean.title)
    letter = Letter.model_validate(clean.model_dump())
    session.add(letter)
    session.flush()
    return letter


def update_letter(*, session: Session, letter_id: int, **changes: Any) -> Letter:
    letter = get_letter(session=session, letter_id=letter_id)
    if "title" in changes:
        title = _free_title(session, str(changes["title"] or ""), letter_id=letter_id)
        changes = {**changes, "title": title}
    apply_changes(letter, changes, base=LetterFields)
    session.add(letter)
    session.flush()
    return letter


def _free_title(session: Session, title: str, *, letter_id: int | None = None) -> str:
    """The trimmed title, refused when blank or when another letter has it (ignoring case)."""
    text = title.strip()
    if not text:
        raise InvalidInput("A letter needs a title")
    with session.no_autoflush:
        other = find_letter(session=session, title=text)
    if other is not None and other.id != letter_id:
        raise InvalidInput("There is already a letter titled {text!r}", text=text)
    return text


def get_letter(*, session: Session, letter_id: int) -> Letter:
    return get_or_raise(session, Letter, letter_id, what="letter")


def find_letter(*, session: Session, title: str) -> Letter | None:
    """The letter titled `title`, ignoring case and surrounding spaces."""
    query = select(Letter).where(func.lower(Letter.title) == title.strip().lower())
    return session.exec(query).first()


def letter_by_title(*, session: Session, title: str) -> Letter:
    letter = find_letter(session=session, title=title)
    if letter is None:
        raise NotFound("No letter titled {title!r}", title=title)
    return letter


def list_letters(*, session: Session) -> list[Letter]:
    # Undated last; PostgreSQL refuses coalesce() of a date and text.
    query = select(Letter).order_by(col(Letter.letter_date).desc().nulls_last(), Letter.title)
    return list(session.exec(query).all())


@dataclass(frozen=True)
class LetterSummary:
    letter: Letter
    signed: int
    recipients: int


def letter_summaries(*, session: Session) -> list[LetterSummary]:
    """Every letter (newest first) with its numbers of signed organizations and recipients."""
    signed = dict(session.exec(
        select(Signature.letter_id, func.count())
        .where(Signature.status == SignatureStatus.signed)
        .group_by(col(Signature.letter_id))).all())
    recipients = dict(session.exec(
        select(Recipient.letter_id, func.count()).group_by(col(Recipient.letter_id))).all())
    return [LetterSummary(letter, signed.get(letter.id or 0, 0), recipients.get(letter.id or 0, 0))
            for letter in list_letters(session=session)]


def delete_letter(*, session: Session, letter_id: int) -> None:
    session.delete(get_letter(session=session, letter_id=letter_id))
    session.flush()


# --- changes made from the Letters tab, each one journaled operation ----------------------
# The editor and the signatories and recipients panels call these with the Database;
# the functions above take the session of an operation already open.


@contextmanager
def letter_operation(database: Database, *, letter_id: int, template: str
                     ) -> Iterator[Operation]:
    """An operation that History names after the letter, e.g. "Change the signatories of …"."""
    with database.session() as session:
        title = get_letter(session=session, letter_id=letter_id).title
    with database.operation("letter", journal_label(template, title=title)) as operation:
        yield operation


@dataclass(frozen=True)
class EditedLetter:
    """A letter as its editor loads it: the editable fields (body included) and the
    version a save is checked against."""

    values: dict[str, Any]
    version: int


EDITOR_FIELDS = ("title", "kind", "letter_date", "status", "closing", "allow_restricted", "body",
                 "language", "font_family")


def letter_version(*, session: Session, letter_id: int) -> int:
    """The version of the letter's own row: the latest journal entry about it.

    Narrower than the record's version (core.journal.operations), which signatories
    and recipients move too: the panels save those at once, beside the editor's
    unsaved text, and that text must still save.
    """
    query = select(func.max(JournalChange.id)).where(
        JournalChange.table_name == "letter", JournalChange.owner_table == "letter",
        JournalChange.owner_key == str(letter_id))
    return session.exec(query).one() or 0


def _edits_since(session: Session, letter_id: int, version: int) -> list[OperationInfo]:
    changed_by = select(JournalChange.operation_id).where(
        JournalChange.table_name == "letter", JournalChange.owner_table == "letter",
        JournalChange.owner_key == str(letter_id), col(JournalChange.id) > version)
    rows = session.exec(select(JournalOperation).where(col(JournalOperation.id).in_(changed_by))
                        .order_by(col(JournalOperation.id))).all()
    return [operation_info(row) for row in rows]


def letter_for_editing(database: Database, *, letter_id: int) -> EditedLetter:
    with database.session() as session:
        letter = get_letter(session=session, letter_id=letter_id)
        return EditedLetter(values={name: getattr(letter, name) for name in EDITOR_FIELDS},
                            version=letter_version(session=session, letter_id=letter_id))


@dataclass(frozen=True)
class SavedLetter:
    version: int
    """The letter's version after the save: the editor's next save is checked against it."""
    changes: ChangeSet


def save_letter(database: Database, *, letter_id: int, values: dict[str, Any],
                loaded_version: int | None = None) -> SavedLetter:
    """Store the editor's fields and body; `loaded_version` None skips the check.

    A letter changed since the editor loaded it (by the command line, another
    window, an undo) is refused with StaleRecord, naming what changed it.
    """
    title = str(values.get("title") or "")
    with database.operation("letter", journal_label("edit_letter", title=title)) as operation:
        session = operation.session
        current = letter_version(session=session, letter_id=letter_id)
        if loaded_version is not None and current != loaded_version:
            raise StaleRecord(title, _edits_since(session, letter_id, loaded_version), current)
        update_letter(session=session, letter_id=letter_id, **values)
        saved = letter_version(session=session, letter_id=letter_id)
    return SavedLetter(version=saved, changes=operation.changes)


def letter_titles(database: Database) -> list[tuple[int, str]]:
    """Every letter's id and title, newest first (a list to choose a letter from)."""
    with database.session() as session:
        return [(letter.id, letter.title) for letter in list_letters(session=session)
                if letter.id is not None]


def signatory_choices(database: Database) -> list[tuple[int, str, str | None]]:
    """(id, name, acronym) of every organization, by name: who can be put on a list."""
    with database.session() as session:
        return organization_choices(session=session)


@dataclass(frozen=True)
class SignatoryList:
    rows: list[SignatoryRow]
    """The letter's list in its order, every status."""
    block: list[str]
    """The signatory block as it will print."""
    stale: list[tuple[str, str]] = field(default_factory=list)
    """(as signed, from the records now) of each line whose records changed since."""
    refreshable: bool = False
    """The letter still gathers signatures: its lines may be refreshed from the records."""


def signatory_list(database: Database, *, letter_id: int) -> SignatoryList:
    with database.session() as session:
        letter = get_letter(session=session, letter_id=letter_id)
        return SignatoryList(rows=signatories(session=session, letter_id=letter_id),
                             block=signatory_lines(session=session, letter_id=letter_id),
                             stale=stale_signatory_lines(session=session, letter_id=letter_id),
                             refreshable=letter.status in _LINES_OPEN)


def _signature_on(session: Session, letter_id: int, signature_id: int) -> Signature:
    """The signature, refused when it is not on this letter (a list shown out of date)."""
    signature = get_or_raise(session, Signature, signature_id, what="signature")
    if signature.letter_id != letter_id:
        raise NotFound("That organization is no longer on this letter's list")
    return signature


def add_signatory(database: Database, *, letter_id: int, organization_id: int,
                  status: SignatureStatus = SignatureStatus.invited,
                  status_date: date | None = None) -> ChangeSet:
    """Put an organization at the end of the letter's list."""
    with letter_operation(database, letter_id=letter_id, template="signatories") as operation:
        add_signature(session=operation.session, letter_id=letter_id,
                      organization_id=organization_id, status=status, status_date=status_date)
    return operation.changes


def set_signatory_status(database: Database, *, letter_id: int, signature_id: int,
                         status: SignatureStatus | str, status_date: date | None) -> ChangeSet:
    with letter_operation(database, letter_id=letter_id, template="signatories") as operation:
        _signature_on(operation.session, letter_id, signature_id)
        set_signature_status(session=operation.session, signature_id=signature_id,
                             status=_signature_status(status), status_date=status_date)
    return operation.changes


def reorder_signatories(database: Database, *, letter_id: int,
                        signature_ids: Sequence[int]) -> ChangeSet:
    with letter_operation(database, letter_id=letter_id, template="signatories") as operation:
        reorder_signatures(session=operation.session, letter_id=letter_id,
                           signature_ids=signature_ids)
    return operation.changes


def sort_signatories(database: Database, *, letter_id: int) -> ChangeSet:
    with letter_operation(database, letter_id=letter_id, template="signatories") as operation:
        sort_signatures(session=operation.session, letter_id=letter_id)
    return operation.changes


def remove_signatory(database: Database, *, letter_id: int, signature_id: int) -> ChangeSet:
    with letter_operation(database, letter_id=letter_id, template="signatories") as operation:
        _signature_on(operation.session, letter_id, signature_id)
        remove_signature(session=operation.session, signature_id=signature_id)
    return operation.changes


def _recipient_on(session: Session, letter_id: int, recipient_id: int) -> Recipient:
    recipient = get_or_raise(session, Recipient, recipient_id, what="recipient")
    if recipient.letter_id != letter_id:
        raise NotFound("That recipient is no longer on this letter")
    return recipient


def remove_recipients(database: Database, *, letter_id: int,
                      recipient_ids: Sequence[int]) -> ChangeSet:
    """Take recipients off the letter, with their dispatches; all or none."""
    with letter_operation(database, letter_id=letter_id, template="recipients") as operation:
        for recipient_id in recipient_ids:
            _recipient_on(operation.session, letter_id, recipient_id)
            remove_recipient(session=operation.session, recipient_id=recipient_id)
    return operation.changes


def record_recipient_response(database: Database, *, letter_id: int, recipient_id: int,
                              response_on: date, note: str | None) -> ChangeSet:
    """The recipient answered: its response, and the activity on its timeline."""
    with letter_operation(database, letter_id=letter_id, template="recipients") as operation:
        _recipient_on(operation.session, letter_id, recipient_id)
        record_response(session=operation.session, recipient_id=recipient_id,
                        response_on=response_on, note=note)
    return operation.changes


# --- signatories -------------------------------------------------------------


def _signature_status(value: str) -> SignatureStatus:
    try:
        return SignatureStatus(value)
    except ValueError:
        choices = ", ".join(status.value for status in SignatureStatus)
        raise InvalidInput("Not a signature status: {value!r} (one of {choices})",
                           value=value, choices=choices) from None


def add_signature(
    *,
    session: Session,
    letter_id: int,
    organization_id: int,
    status: SignatureStatus = SignatureStatus.signed,
    status_date: date | None = None,
    position: int | None = None,
) -> Signature:
    letter = get_letter(session=session, letter_id=letter_id)
    get_or_raise(session, Organization, organization_id, what="organization")
    existing = session.exec(
        select(Signature).where(
            Signature.letter_id == letter_id, Signature.organization_id == organization_id
        )
    ).first()
    if existing is not None:
        raise InvalidInput("That organization is already on the letter's list")
    at_the_end = position is None
    if position is None:
        last = session.exec(
            select(func.max(Signature.position)).where(Signature.letter_id == letter_id)
        ).one()
        position = (last or 0) + 1
    elif session.exec(select(Signature.id).where(
            Signature.letter_id == letter_id, Signature.position == position)).first():
        raise InvalidInput("Place {position} on the letter's list is taken", position=position)
    signature = Signature(
        letter_id=letter_id, organization_id=organization_id, status=_signature_status(status),
        status_date=status_date, position=position,
    )
    _freeze_line(session, signature)
    session.add(signature)
    session.flush()
    if at_the_end and letter.signatories_alphabetical:
        # A list kept alphabetical takes the newcomer at its place, not at the end.
        sort_signatures(session=session, letter_id=letter_id)
    return signature


def _freeze_line(session: Session, signature: Signature) -> None:
    """Keep the line as signed: what the organization signed as, whatever its record
    says later. A signature no longer signed lets go of it."""
    if signature.status != SignatureStatus.signed:
        signature.signed_line = None
    elif signature.signed_line is None:
        signature.signed_line = current_signatory_line(_row_of(session, signature))


def _row_of(session: Session, signature: Signature) -> SignatoryRow:
    organization = get_or_raise(session, Organization, signature.organization_id,
                                what="organization")
    country = (session.get(Country, organization.country_code)
               if organization.country_code else None)
    return SignatoryRow(signature, organization, country)


def set_signature_status(
    *, session: Session, signature_id: int, status: SignatureStatus, status_date: date | None
) -> Signature:
    signature = get_or_raise(session, Signature, signature_id, what="signature")
    signature.status = _signature_status(status)
    signature.status_date = status_date
    _freeze_line(session, signature)
    session.add(signature)
    session.flush()
    return signature


def remove_signature(*, session: Session, signature_id: int) -> None:
    """Take an organization off the letter's list (a withdrawal is a status, not this)."""
    session.delete(get_or_raise(session, Signature, signature_id, what="signature"))
    session.flush()


def reorder_signatures(*, session: Session, letter_id: int, signature_ids: Sequence[int]) -> None:
    """Put the letter's list in the order given; every signature of the letter, once.

    An order given by hand is the letter's order from then on: the list is no
    longer kept alphabetical."""
    letter = get_letter(session=session, letter_id=letter_id)
    if letter.signatories_alphabetical:
        letter.signatories_alphabetical = False
        session.add(letter)
    rows = {signature.id: signature for signature in session.exec(
        select(Signature).where(Signature.letter_id == letter_id)).all()
        if signature.id is not None}
    if sorted(signature_ids) != sorted(rows):
        raise InvalidInput("The new order must list each of the letter's signatories once")
    # Cleared first: one place per signature holds at every step of the update.
    session.execute(sa.update(Signature).where(col(Signature.letter_id) == letter_id)
                    .values(position=None))
    session.expire_all()
    for position, signature_id in enumerate(signature_ids, start=1):
        signature = session.get(Signature, signature_id)
        assert signature is not None
        signature.position = position
        session.add(signature)
        session.flush()


def sort_signatures(*, session: Session, letter_id: int) -> None:
    """Put the letter's list in alphabetical order of the organizations' sort names, and
    keep it so: organizations added later go to their alphabetical place."""
    query = (
        select(Signature.id)
        .join(Organization, col(Organization.id) == Signature.organization_id)
        .where(Signature.letter_id == letter_id)
        .order_by(sort_key_column(), col(Signature.id))
    )
    ordered = [signature_id for signature_id in session.exec(query).all()
               if signature_id is not None]
    reorder_signatures(session=session, letter_id=letter_id, signature_ids=ordered)
    letter = get_letter(session=session, letter_id=letter_id)
    letter.signatories_alphabetical = True
    session.add(letter)
    session.flush()


@dataclass(frozen=True)
class SignatoryRow:
    signature: Signature
    organization: Organization
    country: Country | None


def signatories(
    *, session: Session, letter_id: int, status: SignatureStatus | None = None
) -> list[SignatoryRow]:
    """The letter's list in its order: by position, then alphabetically by sort name."""
    query = (
        select(Signature, Organization, Country)
        .join(Organization, col(Organization.id) == Signature.organization_id)
        .join(Country, col(Country.code) == Organization.country_code, isouter=True)
        .where(Signature.letter_id == letter_id)
        .order_by(
            col(Signature.position).is_(None), col(Signature.position), sort_key_column()
        )
    )
    if status is not None:
        query = query.where(Signature.status == status)
    return [SignatoryRow(s, o, c) for s, o, c in session.exec(query).all()]


def signatory_line(row: SignatoryRow) -> str:
    """The line the signature prints: as signed, once signed; from the records before."""
    return row.signature.signed_line or current_signatory_line(row)


def current_signatory_line(row: SignatoryRow) -> str:
    """ "Name (Country short form)" for a national organization, the bare name otherwise,
    from the organization's record as it is now."""
    organization = row.organization
    name = organization.signatory_name or organization.name
    if row.country is None or not organization.show_country_on_signature:
        return name
    return f"{name} ({row.country.short_form})"


def signatory_lines(*, session: Session, letter_id: int) -> list[str]:
    """The signatory block as printed: organizations marked "do not share" are left out
    (see printed_signatories)."""
    return [signatory_line(row) for row in printed_signatories(
        session=session, letter_id=letter_id)[0]]


def printed_signatories(*, session: Session, letter_id: int
                        ) -> tuple[list[SignatoryRow], list[SignatoryRow]]:
    """The signed organizations the block prints, and those it leaves out.

    A letter is a public document: an organization that asked not to be shared
    with partners is not named in it. The merge says so before printing, so the
    coordinator can clear the mark if the organization agreed to be named.
    """
    rows = signatories(session=session, letter_id=letter_id, status=SignatureStatus.signed)
    return ([row for row in rows if not row.organization.do_not_share],
            [row for row in rows if row.organization.do_not_share])


# Lines may be brought up to date only while signatures are still being gathered:
# a letter sent (or closed) prints what was signed, always.
_LINES_OPEN = frozenset({LetterStatus.draft, LetterStatus.collecting})


def stale_signatory_lines(*, session: Session, letter_id: int) -> list[tuple[str, str]]:
    """(line as signed, line from the records now) of each signature whose two differ."""
    return [(row.signature.signed_line or "", current_signatory_line(row))
            for row in signatories(session=session, letter_id=letter_id,
                                   status=SignatureStatus.signed)
            if row.signature.signed_line != current_signatory_line(row)]


def refresh_signatory_lines(*, session: Session, letter_id: int) -> int:
    """Sign every signed line again from the records as they are now; how many changed.

    Refused once the letter is sent: a sent letter never changes its signatories.
    """
    letter = get_letter(session=session, letter_id=letter_id)
    if letter.status not in _LINES_OPEN:
        raise InvalidInput("A letter already sent keeps its signatory lines as signed")
    changed = 0
    for row in signatories(session=session, letter_id=letter_id,
                           status=SignatureStatus.signed):
        line = current_signatory_line(row)
        if row.signature.signed_line != line:
            row.signature.signed_line = line
            session.add(row.signature)
            changed += 1
    session.flush()
    return changed


def refresh_lines_from_records(database: Database, *, letter_id: int) -> ChangeSet:
    """refresh_signatory_lines as one journaled operation (undoable)."""
    with letter_operation(database, letter_id=letter_id, template="signatories") as operation:
        refresh_signatory_lines(session=operation.session, letter_id=letter_id)
    return operation.changes


# --- recipients --------------------------------------------------------------


def add_recipient(
    *,
    session: Session,
    letter_id: int,
    contact_id: int | None = None,
    organization_id: int | None = None,
) -> Recipient:
    if (contact_id is None) == (organization_id is None):
        raise InvalidInput("A recipient is either a contact or an organization")
    get_letter(session=session, letter_id=letter_id)
    if contact_id is not None:
        get_or_raise(session, Contact, contact_id, what="contact")
    if organization_id is not None:
        get_or_raise(session, Organization, organization_id, what="organization")
    recipient = Recipient(
        letter_id=letter_id, contact_id=contact_id, organization_id=organization_id
    )
    session.add(recipient)
    session.flush()
    return recipient


def remove_recipient(*, session: Session, recipient_id: int) -> None:
    session.delete(get_or_raise(session, Recipient, recipient_id, what="recipient"))
    session.flush()


def recipients(*, session: Session, letter_id: int) -> list[Recipient]:
    query = select(Recipient).where(Recipient.letter_id == letter_id).order_by(col(Recipient.id))
    return list(session.exec(query).all())


# --- starting and deleting a letter from the Letters tab --------------------------------


def new_letter(database: Database, *, title: str) -> int:
    """Start a letter titled `title` (made unique) as one undoable operation; its id."""
    with database.operation("letter", journal_label("new_letter", title=title.strip())
                            ) as operation:
        letter_id = create_letter(session=operation.session, title=title).id
    assert letter_id is not None
    return letter_id


@dataclass(frozen=True)
class LetterDeletion:
    """What deleting a letter removes with it, for the confirmation."""

    title: str
    signatures: int
    recipients: int


def deletion_of(database: Database, *, letter_id: int) -> LetterDeletion:
    def count(model: type[Signature] | type[Recipient]) -> int:
        return int(session.exec(select(func.count()).select_from(model)
                                .where(col(model.letter_id) == letter_id)).one())

    with database.session() as session:
        return LetterDeletion(title=get_letter(session=session, letter_id=letter_id).title,
                              signatures=count(Signature), recipients=count(Recipient))
