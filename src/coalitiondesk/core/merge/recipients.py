"""A letter's recipients: who will get a printed letter, at which address, and who
will not, and why.

A contact is written to at their own address; when they have none, at the
address of the organization they currently work for. An organization as a
recipient is written to at its own address. A volunteer on a shared server may
not read a contact's home address (core.storage.server_columns): having none
there says nothing, so their letter goes to the organization's address only
when the user says so, never by itself.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING

import sqlalchemy as sa
from sqlmodel import Session, col, select

from coalitiondesk.core.errors import NotFound, Term
from coalitiondesk.core.geography import addresses, names
from coalitiondesk.core.geography.countries import country_info
from coalitiondesk.core.journal.operations import ChangeSet
from coalitiondesk.core.merge import completeness, versions
from coalitiondesk.core.merge.documents import RecipientState, SkipReason
from coalitiondesk.core.models import (
    Affiliation,
    Contact,
    Letter,
    Organization,
    Recipient,
    Sensitivity,
)
from coalitiondesk.core.records.contacts import ContactFilter, contact_choices, list_contacts
from coalitiondesk.core.records.letters import get_letter, letter_operation
from coalitiondesk.core.records.organizations import (
    OrganizationFilter,
    list_organizations,
    organization_choices,
)
from coalitiondesk.core.records.tags import list_tags
from coalitiondesk.core.storage.server_columns import WITHHELD_INFO

if TYPE_CHECKING:
    from coalitiondesk.core.storage.db import Database

PostalRecord = Contact | Organization

# A contact's own address, in either script.
_HOME_ADDRESS = frozenset({"street", "street2", "city", "region", "district", "postcode",
                           "native_address"})


@dataclass(frozen=True)
class Addressee:
    """Everything merge needs about one recipient, read once for the whole letter."""

    recipient: Recipient
    contact: Contact | None
    organization: Organization | None
    """The organization written to, or the contact's current one."""
    role: str | None
    home_withheld: bool = False
    """The contact's own address is withheld from the reader (a volunteer's on a shared
    server): its fields read empty whatever is stored."""

    @property
    def recipient_id(self) -> int:
        assert self.recipient.id is not None
        return self.recipient.id

    @property
    def name(self) -> str:
        if self.contact is not None:
            return names.full_name(self.contact)
        return self.organization.name if self.organization is not None else ""

    @property
    def organization_name(self) -> str:
        return self.organization.name if self.organization is not None else ""

    @property
    def position(self) -> str:
        if self.contact is None:
            return ""
        return (self.contact.position or self.role or "").strip()

    @cached_property
    def postal_record(self) -> PostalRecord | None:
        """The record whose address the letter goes to, None when neither has one."""
        for record in (self.contact, self.organization):
            if record is not None and addresses.has_postal_address(
                    street=record.street, city=record.city,
                    native_address=record.native_address):
                return record
        return None

    @cached_property
    def country_code(self) -> str | None:
        record = self.postal_record
        if record is not None and record.address_country_code:
            return record.address_country_code
        if self.contact is not None and self.contact.address_country_code:
            return self.contact.address_country_code
        if self.organization is not None:
            return self.organization.address_country_code or self.organization.country_code
        return None

    @property
    def country_name(self) -> str:
        info = country_info(self.country_code or "")
        return info.name if info is not None else ""

    @property
    def organization_with_address(self) -> str:
        """The organization whose address can stand in for a withheld home address ("" when
        none has one)."""
        organization = self.organization
        if organization is None or not addresses.has_postal_address(
                street=organization.street, city=organization.city,
                native_address=organization.native_address):
            return ""
        return organization.name

    def skip_reason(self, letter: Letter, *, organization_address: bool = False
                    ) -> SkipReason | None:
        """`organization_address`: the user chose to write to a contact whose home address
        is withheld at their organization's address."""
        contact = self.contact
        if contact is not None and contact.do_not_mail:
            return SkipReason.do_not_mail
        if (contact is not None and contact.sensitivity == Sensitivity.restricted
                and not letter.allow_restricted):
            return SkipReason.restricted
        if self.home_withheld and not (organization_address and self.organization_with_address):
            return SkipReason.address_withheld
        if self.postal_record is None:
            return SkipReason.no_postal_address
        return None

    def missing_address_parts(self) -> tuple[str, ...]:
        """What the address lacks for its destination's post (core.merge.completeness);
        none for a recipient with no address at all, which is its own reason."""
        record = self.postal_record
        if record is None:
            return ()
        native = self.uses_native_script()
        postcode = record.postcode
        if native and record.native_address:
            # "〒100-0001 東京都…": the postcode written into a Japanese address counts.
            postcode = addresses.split_postal_mark(record.native_address, postcode)[1]
        return tuple(completeness.missing_parts(
            street=record.street or record.street2, city=record.city, postcode=postcode,
            country_code=self.country_code, native_address=native))

    def uses_native_script(self) -> bool:
        """Own-script address when the destination expects it and one is stored."""
        record = self.postal_record
        return (record is not None and bool((record.native_address or "").strip())
                and addresses.expects_native_script(self.country_code))

    def address_lines(self, *, sender_country_code: str | None,
                      upper: bool = False) -> list[str]:
        record = self.postal_record
        if record is None:
            return []
        native = self.uses_native_script()
        contact, organization = self.contact, self.organization
        name_lines: list[str] = []
        organization_lines: list[str] = []
        if contact is not None and native and contact.native_name:
            name_lines.append(addresses.native_name_line(
                name=contact.native_name, position=self.position,
                country_code=self.country_code))
        elif contact is not None:
            name_lines.append(names.full_name(contact))
            if self.position:
                name_lines.append(self.position)
        if organization is not None:
            shown = organization.native_name if native and organization.native_name else (
                organization.name)
            (organization_lines if contact is not None else name_lines).append(shown)
        if native:
            return addresses.address_lines(
                name_lines=name_lines, organization_lines=organization_lines,
                street=record.native_address, postcode=record.postcode,
                country_code=self.country_code, sender_country_code=sender_country_code,
                native=True, upper=upper)
        return addresses.address_lines(
            name_lines=name_lines, organization_lines=organization_lines,
            street=record.street, street2=record.street2, city=record.city,
            region=record.region, postcode=record.postcode, district=record.district,
            country_code=self.country_code, sender_country_code=sender_country_code,
            upper=upper)

    def salutation(self, *, fallback: str) -> str:
        if self.contact is None:
            return fallback
        return names.salutation(self.contact, fallback=fallback)


def addressees(*, session: Session, letter_id: int, today: date | None = None
               ) -> list[Addressee]:
    """The letter's recipients in the order they were added, with their records."""
    query = (
        select(Recipient, Contact, Organization)
        .join(Contact, col(Contact.id) == Recipient.contact_id, isouter=True)
        .join(Organization, col(Organization.id) == Recipient.organization_id, isouter=True)
        .where(Recipient.letter_id == letter_id)
        .order_by(col(Recipient.id))
    )
    rows = list(session.exec(query).all())
    employers = _current_employers(
        session, (contact.id for _, contact, _ in rows if contact is not None and contact.id),
        today=today or date.today())
    withheld = _HOME_ADDRESS & (session.info.get(WITHHELD_INFO) or {}).get("contact", set())
    found = []
    for recipient, contact, organization in rows:
        role = None
        if contact is not None and organization is None and contact.id in employers:
            organization, role = employers[contact.id]
        found.append(Addressee(recipient, contact, organization, role,
                               home_withheld=contact is not None and bool(withheld)))
    return found


def _current_employers(session: Session, contact_ids: Iterable[int], *, today: date
                       ) -> dict[int, tuple[Organization, str | None]]:
    """Each contact's current organization: the most recently started, then by name."""
    ids = list(contact_ids)
    if not ids:
        return {}
    found: dict[int, tuple[Organization, str | None]] = {}
    for start in range(0, len(ids), 500):
        query = (
            select(Affiliation, Organization)
            .join(Organization, col(Organization.id) == Affiliation.organization_id)
            .where(col(Affiliation.contact_id).in_(ids[start:start + 500]))
            .where(sa.or_(col(Affiliation.end_date).is_(None),
                          col(Affiliation.end_date) >= today))
            .order_by(col(Affiliation.start_date).is_(None),
                      sa.desc(col(Affiliation.start_date)), Organization.name)
        )
        for affiliation, organization in session.exec(query).all():
            found.setdefault(affiliation.contact_id, (organization, affiliation.role))
    return found


def recipient_states(*, session: Session, letter_id: int) -> list[RecipientState]:
    """Each recipient as the recipients panel shows it: will it print, and if not, why."""
    letter = get_letter(session=session, letter_id=letter_id)
    bodies = versions.letter_bodies(letter)
    states = []
    for addressee in addressees(session=session, letter_id=letter_id):
        reason = addressee.skip_reason(letter)
        missing = addressee.missing_address_parts() if reason is None else ()
        if missing:
            reason = SkipReason.incomplete_address
        recipient = addressee.recipient
        response = ""
        if recipient.response_on is not None:
            response = " ".join(part for part in (recipient.response_on.isoformat(),
                                                  recipient.response_note or "") if part)
        states.append(RecipientState(
            recipient_id=addressee.recipient_id, name=addressee.name,
            organization=addressee.organization_name, country=addressee.country_name,
            will_print=reason is None, reason=reason,
            dispatched_on=recipient.dispatched_on.isoformat() if recipient.dispatched_on
            else "", channel=recipient.channel or "", response=response, missing=missing,
            language=versions.recipient_language(
                letter=letter, contact=addressee.contact,
                country_code=addressee.country_code, available=bodies)))
    return states


def _known_ids(session: Session, model: type[Contact] | type[Organization],
               ids: list[int], *, what: str) -> None:
    found: set[int | None] = set()
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        found.update(session.exec(select(model.id).where(col(model.id).in_(chunk))).all())
    missing = [item for item in ids if item not in found]
    if missing:
        raise NotFound("No {what} with id {missing}", what=Term(what), missing=missing[0])


def add_recipients(*, session: Session, letter_id: int, contact_ids: Iterable[int] = (),
                   organization_ids: Iterable[int] = ()) -> int:
    """Put contacts and organizations on the letter; those already on it are skipped.

    Returns how many were added. An unknown id adds nothing.
    """
    get_letter(session=session, letter_id=letter_id)
    contacts = list(dict.fromkeys(contact_ids))
    organizations = list(dict.fromkeys(organization_ids))
    _known_ids(session, Contact, contacts, what="contact")
    _known_ids(session, Organization, organizations, what="organization")
    existing = session.exec(
        select(Recipient.contact_id, Recipient.organization_id)
        .where(Recipient.letter_id == letter_id)).all()
    have_contacts = {contact for contact, _ in existing if contact is not None}
    have_organizations = {organization for _, organization in existing if organization is not None}
    new = [Recipient(letter_id=letter_id, contact_id=contact)
           for contact in contacts if contact not in have_contacts]
    new += [Recipient(letter_id=letter_id, organization_id=organization)
            for organization in organizations if organization not in have_organizations]
    session.add_all(new)
    session.flush()
    return len(new)


@dataclass(frozen=True)
class RecipientsAdded:
    added: int
    """How many were new to the letter (those already on it are skipped)."""
    changes: ChangeSet


def add_letter_recipients(database: Database, *, letter_id: int,
                          contact_ids: Iterable[int] = (),
                          organization_ids: Iterable[int] = ()) -> RecipientsAdded:
    """Put contacts and organizations on the letter, as one journaled operation."""
    with letter_operation(database, letter_id=letter_id, template="recipients") as operation:
        added = add_recipients(session=operation.session, letter_id=letter_id,
                               contact_ids=contact_ids, organization_ids=organization_ids)
    return RecipientsAdded(added=added, changes=operation.changes)


def letter_recipient_states(database: Database, *, letter_id: int) -> list[RecipientState]:
    with database.session() as session:
        return recipient_states(session=session, letter_id=letter_id)


@dataclass(frozen=True)
class RecipientChoices:
    """Who can be put on a letter, for its recipients picker."""

    contacts: list[tuple[int, str]]
    """(id, full name), by family name."""
    organizations: list[tuple[int, str, str | None]]
    """(id, name, acronym), by name."""


def recipient_choices(database: Database) -> RecipientChoices:
    with database.session() as session:
        return RecipientChoices(contacts=contact_choices(session=session),
                                organizations=organization_choices(session=session))


def tags_in_use(database: Database) -> list[str]:
    """The tags a coordinator can add recipients by."""
    with database.session() as session:
        return list_tags(session=session)


def tagged(database: Database, *, tag: str, contacts: bool) -> list[int]:
    """The ids of the contacts (or organizations) tagged `tag`."""
    with database.session() as session:
        records: Sequence[Contact | Organization] = (
            list_contacts(session=session, filters=ContactFilter(tag=tag)) if contacts
            else list_organizations(session=session, filters=OrganizationFilter(tag=tag)))
        return [record.id for record in records if record.id is not None]
