"""The tables of a CoalitionDesk database.

Enumerations are stored as their lowercase value (names equal values) in plain
VARCHAR columns with CHECK constraints, so that SQLite and PostgreSQL hold the
same text and a partner's spreadsheet value can be matched without mapping.
"""

from __future__ import annotations

import uuid as uuid_module
from datetime import UTC, date, datetime
from enum import StrEnum

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

# Every constraint gets a predictable name so that Alembic's batch mode can
# alter tables on SQLite, where unnamed constraints cannot be addressed.
SQLModel.metadata.naming_convention = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


def new_uuid() -> str:
    return str(uuid_module.uuid4())


class OrganizationKind(StrEnum):
    ngo = "ngo"
    network = "network"
    un_body = "un_body"
    government = "government"
    media = "media"
    academic = "academic"
    other = "other"


class MembershipStatus(StrEnum):
    member = "member"
    observer = "observer"
    prospect = "prospect"
    former = "former"
    non_member = "non_member"


class Sensitivity(StrEnum):
    normal = "normal"
    restricted = "restricted"


class LetterKind(StrEnum):
    sign_on = "sign_on"
    open_letter = "open_letter"
    mailing = "mailing"


class LetterStatus(StrEnum):
    draft = "draft"
    collecting = "collecting"
    sent = "sent"
    closed = "closed"


class SignatureStatus(StrEnum):
    invited = "invited"
    signed = "signed"
    declined = "declined"
    withdrawn = "withdrawn"


class ActivityKind(StrEnum):
    meeting = "meeting"
    call = "call"
    email = "email"
    conference = "conference"
    press_release = "press_release"
    letter_sent = "letter_sent"
    response_received = "response_received"
    export = "export"
    other = "other"


def _choice(enum: type[StrEnum], column: str) -> sa.CheckConstraint:
    values = ", ".join(f"'{member.value}'" for member in enum)
    return sa.CheckConstraint(f"{column} IN ({values})", name=f"{column}_valid")


# In the record's own row, so that the journal, undo, erasure and the search index
# treat them as the record's values without a table of their own.
CUSTOM_VALUES = ("The coordinator's own fields (core.records.custom_fields): a JSON object"
                 " of values by the custom field's id")


class CustomFieldType(StrEnum):
    text = "text"
    number = "number"
    date = "date"
    flag = "flag"
    choice = "choice"


class CustomField(SQLModel, table=True):
    """A field of the coordinator's own for organizations or contacts; its values are in
    the records' custom_values."""

    __tablename__ = "custom_field"
    __table_args__ = (
        sa.CheckConstraint("record_kind IN ('organization', 'contact')",
                           name="record_kind_valid"),
        _choice(CustomFieldType, "value_type"),
        sa.UniqueConstraint("record_kind", "label", name="uq_custom_field_kind_label"),
    )

    id: int | None = Field(default=None, primary_key=True)
    record_kind: str = Field(sa_type=sa.String(20))
    label: str = Field(min_length=1)
    value_type: CustomFieldType = Field(default=CustomFieldType.text, sa_type=sa.String(20))
    choices: str | None = Field(default=None, description="A choice field's values, one a line")
    position: int = 0


class AddressFields(SQLModel):
    """Postal address, shared by organizations and contacts."""

    street: str | None = None
    street2: str | None = None
    city: str | None = None
    region: str | None = Field(default=None, description="State, province or prefecture")
    district: str | None = Field(default=None, description="County or district, where the"
                                 " address needs it")
    postcode: str | None = None
    address_country_code: str | None = Field(
        default=None, foreign_key="country.code", ondelete="RESTRICT"
    )
    native_address: str | None = Field(
        default=None,
        description="The whole address in the country's own script (Hangul, kanji, hanzi),"
        " one line per line, for mail to countries that expect it",
    )


class Country(SQLModel, table=True):
    code: str = Field(primary_key=True, max_length=2, description="ISO 3166-1 alpha-2")
    name: str
    official_name: str
    short_form: str = Field(description="How the country is written on signatory lines")
    region: str
    subregion: str


class CountryAlias(SQLModel, table=True):
    """A name under which a country is recognised on import (user-defined)."""

    __tablename__ = "country_alias"

    id: int | None = Field(default=None, primary_key=True)
    alias: str
    normalized: str = Field(unique=True, index=True)
    country_code: str = Field(foreign_key="country.code", ondelete="CASCADE", index=True)


class Tag(SQLModel, table=True):
    __table_args__ = (sa.Index("uq_tag_name_lower", sa.text("lower(name)"), unique=True),)

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)


class OrganizationTag(SQLModel, table=True):
    __tablename__ = "organization_tag"

    organization_id: int = Field(
        foreign_key="organization.id", ondelete="CASCADE", primary_key=True
    )
    tag_id: int = Field(foreign_key="tag.id", ondelete="CASCADE", primary_key=True, index=True)


class ContactTag(SQLModel, table=True):
    __tablename__ = "contact_tag"

    contact_id: int = Field(foreign_key="contact.id", ondelete="CASCADE", primary_key=True)
    tag_id: int = Field(foreign_key="tag.id", ondelete="CASCADE", primary_key=True, index=True)


class ImportBatch(SQLModel, table=True):
    """One import, so that everything it created can be undone together."""

    __tablename__ = "import_batch"

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(default_factory=new_uuid, unique=True)
    source: str = Field(description="File name or 'pasted list'")
    kind: str
    row_count: int = 0
    created_at: datetime = Field(default_factory=utcnow)
    undone_at: datetime | None = None


class OrganizationBase(AddressFields):
    name: str = Field(min_length=1)
    acronym: str | None = None
    sort_name: str | None = Field(default=None, description="Sort key when the name misleads")
    full_name: str | None = None
    native_name: str | None = Field(default=None, description="Name in its own script")
    signatory_name: str | None = Field(
        default=None, description="How the name is written on signatory lines, when not the name"
    )
    kind: OrganizationKind = Field(default=OrganizationKind.ngo, sa_type=sa.String(20))
    country_code: str | None = Field(
        default=None, foreign_key="country.code", ondelete="RESTRICT", index=True,
        description="None means an international organization",
    )
    show_country_on_signature: bool = True
    membership_status: MembershipStatus = Field(
        default=MembershipStatus.member, sa_type=sa.String(20)
    )
    joined_on: date | None = None
    left_on: date | None = None
    website: str | None = None
    email: str | None = None
    phone: str | None = None
    do_not_share: bool = Field(
        default=False, description="Never sent to partners unless explicitly included")
    notes: str | None = None
    custom_values: str | None = Field(default=None, description=CUSTOM_VALUES)


class Organization(OrganizationBase, table=True):
    __table_args__ = (
        _choice(OrganizationKind, "kind"),
        _choice(MembershipStatus, "membership_status"),
    )

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(default_factory=new_uuid, unique=True)
    import_batch_id: int | None = Field(
        default=None, foreign_key="import_batch.id", ondelete="SET NULL", index=True
    )
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class ContactBase(AddressFields):
    given_name: str | None = None
    family_name: str | None = None
    family_name_first: bool = Field(
        default=False, description="Korean, Japanese, Chinese order: family name first"
    )
    native_name: str | None = Field(default=None, description="Name in its own script")
    honorific: str | None = None
    salutation: str | None = Field(default=None, description="Overrides the generated salutation")
    position: str | None = None
    email: str | None = None
    phone: str | None = None
    mobile_phone: str | None = None
    website: str | None = None
    social_handle: str | None = None
    preferred_language: str | None = Field(default=None, description="BCP 47 tag, e.g. ko, ja")
    do_not_mail: bool = False
    do_not_email: bool = False
    sensitivity: Sensitivity = Field(default=Sensitivity.normal, sa_type=sa.String(20))
    do_not_share: bool = Field(
        default=False, description="Never sent to partners unless explicitly included")
    notes: str | None = None
    custom_values: str | None = Field(default=None, description=CUSTOM_VALUES)


class Contact(ContactBase, table=True):
    __table_args__ = (
        _choice(Sensitivity, "sensitivity"),
        sa.Index("ix_contact_address_country_code", "address_country_code"),
        sa.CheckConstraint(
            "coalesce(given_name, '') <> '' OR coalesce(family_name, '') <> ''"
            " OR coalesce(native_name, '') <> ''",
            name="has_name",
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(default_factory=new_uuid, unique=True)
    import_batch_id: int | None = Field(
        default=None, foreign_key="import_batch.id", ondelete="SET NULL", index=True
    )
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class Affiliation(SQLModel, table=True):
    """A contact's role at an organization, past or present."""

    id: int | None = Field(default=None, primary_key=True)
    contact_id: int = Field(foreign_key="contact.id", ondelete="CASCADE", index=True)
    organization_id: int = Field(foreign_key="organization.id", ondelete="CASCADE", index=True)
    role: str | None = None
    start_date: date | None = None
    end_date: date | None = None


class Letter(SQLModel, table=True):
    __table_args__ = (
        _choice(LetterKind, "kind"),
        _choice(LetterStatus, "status"),
        sa.Index("uq_letter_title_lower", sa.text("lower(title)"), unique=True),
    )

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(default_factory=new_uuid, unique=True)
    title: str = Field(unique=True, min_length=1)
    kind: LetterKind = Field(default=LetterKind.sign_on, sa_type=sa.String(20))
    letter_date: date | None = None
    status: LetterStatus = Field(default=LetterStatus.draft, sa_type=sa.String(20))
    body: str = Field(default="", description="Template with merge fields")
    closing: str = "Yours sincerely,"
    notes: str | None = None
    allow_restricted: bool = Field(
        default=False, description="Restricted contacts may receive this letter"
    )
    language: str = Field(default="en", description="BCP 47 tag: the date's wording, the font")
    font_family: str | None = Field(default=None,
                                    description="None: the default for the letter's language")
    signatories_alphabetical: bool = Field(
        default=False, description="Signatories added later go to their alphabetical place")
    language_versions: str | None = Field(
        default=None, description="JSON {language: body}: the body in other languages than "
        "the letter's own (core.merge.versions)")
    signature_image: str | None = Field(
        default=None, description="Base64 PNG or JPEG printed above the signatory block")
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class Signature(SQLModel, table=True):
    __table_args__ = (
        _choice(SignatureStatus, "status"),
        sa.UniqueConstraint(
            "letter_id", "organization_id", name="uq_signature_letter_organization"
        ),
        sa.Index("uq_signature_letter_position", "letter_id", "position", unique=True,
                 sqlite_where=sa.text("position IS NOT NULL"),
                 postgresql_where=sa.text("position IS NOT NULL")),
    )

    id: int | None = Field(default=None, primary_key=True)
    letter_id: int = Field(foreign_key="letter.id", ondelete="CASCADE", index=True)
    organization_id: int = Field(foreign_key="organization.id", ondelete="CASCADE", index=True)
    status: SignatureStatus = Field(default=SignatureStatus.invited, sa_type=sa.String(20))
    status_date: date | None = None
    position: int | None = Field(default=None, description="Place in the letter's list")
    signed_line: str | None = Field(default=None, description="The signatory line as signed")


class DispatchChannel(StrEnum):
    post = "post"
    email = "email"
    hand = "hand"
    fax = "fax"
    other = "other"


class DispatchOutcome(StrEnum):
    sending = "sending"
    """Recorded before the message goes out: still so on a run's resumption, the
    server may or may not have taken it."""
    sent = "sent"
    refused = "refused"


class Recipient(SQLModel, table=True):
    __table_args__ = (
        sa.CheckConstraint(
            "(contact_id IS NULL) <> (organization_id IS NULL)", name="contact_or_organization"
        ),
        # One row per letter and person or organization (migration 0007); its channel is
        # checked by triggers on SQLite, by a CHECK on a server.
        sa.Index("uq_recipient_letter_contact", "letter_id", "contact_id", unique=True,
                 sqlite_where=sa.text("contact_id IS NOT NULL"),
                 postgresql_where=sa.text("contact_id IS NOT NULL")),
        sa.Index("uq_recipient_letter_organization", "letter_id", "organization_id",
                 unique=True, sqlite_where=sa.text("organization_id IS NOT NULL"),
                 postgresql_where=sa.text("organization_id IS NOT NULL")),
    )

    id: int | None = Field(default=None, primary_key=True)
    letter_id: int = Field(foreign_key="letter.id", ondelete="CASCADE", index=True)
    contact_id: int | None = Field(
        default=None, foreign_key="contact.id", ondelete="CASCADE", index=True
    )
    organization_id: int | None = Field(
        default=None, foreign_key="organization.id", ondelete="CASCADE", index=True
    )
    dispatched_on: date | None = Field(
        default=None, description="When it was first sent; every sending is a Dispatch")
    channel: str | None = Field(default=None, description="How it was first sent")
    response_on: date | None = None
    response_note: str | None = None


class Dispatch(SQLModel, table=True):
    """One sending of a letter to a recipient. Sending again adds one; none is overwritten."""

    __table_args__ = (_choice(DispatchChannel, "channel"),)

    id: int | None = Field(default=None, primary_key=True)
    recipient_id: int = Field(foreign_key="recipient.id", ondelete="CASCADE", index=True)
    sent_on: date
    channel: DispatchChannel = Field(sa_type=sa.String(20))
    created_at: datetime = Field(default_factory=utcnow)
    # An e-mail (core.mailing): its Message-ID, subject, what became of it
    # (DispatchOutcome, checked in core as the recipient's channel is) and the server's
    # reply to a refusal. None on letters recorded as sent by hand.
    message_id: str | None = Field(default=None, index=True)
    subject: str | None = None
    outcome: str | None = Field(default=None, sa_type=sa.String(20))
    reply: str | None = None
    language: str | None = Field(
        default=None, description="The language version of the letter sent (BCP 47)")


class Activity(SQLModel, table=True):
    __table_args__ = (_choice(ActivityKind, "kind"),)

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(default_factory=new_uuid, unique=True)
    activity_date: date
    kind: ActivityKind = Field(default=ActivityKind.other, sa_type=sa.String(20))
    subject: str = Field(min_length=1)
    notes: str | None = None
    letter_id: int | None = Field(
        default=None, foreign_key="letter.id", ondelete="SET NULL", index=True
    )
    follow_up_on: date | None = Field(default=None, index=True)
    follow_up_done: bool = False
    created_at: datetime = Field(default_factory=utcnow)


class ActivityOrganization(SQLModel, table=True):
    __tablename__ = "activity_organization"

    activity_id: int = Field(foreign_key="activity.id", ondelete="CASCADE", primary_key=True)
    organization_id: int = Field(
        foreign_key="organization.id", ondelete="CASCADE", primary_key=True, index=True
    )


class ActivityContact(SQLModel, table=True):
    __tablename__ = "activity_contact"

    activity_id: int = Field(foreign_key="activity.id", ondelete="CASCADE", primary_key=True)
    contact_id: int = Field(
        foreign_key="contact.id", ondelete="CASCADE", primary_key=True, index=True)


class Setting(SQLModel, table=True):
    """Per-database settings, such as the coalition's own name and address."""

    key: str = Field(primary_key=True)
    value: str


class ImportChange(SQLModel, table=True):
    """What an import did besides creating organizations and contacts (those carry
    import_batch_id): records it updated, with their old values, and signatures,
    recipients, affiliations and letters it added, so that undo puts all of it back."""

    __tablename__ = "import_change"

    id: int | None = Field(default=None, primary_key=True)
    batch_id: int = Field(foreign_key="import_batch.id", ondelete="CASCADE", index=True)
    table_name: str
    record_id: int
    action: str = Field(description="created or updated")
    old_values: str | None = Field(default=None, description="JSON of the fields changed")
    new_values: str | None = Field(default=None, description="JSON of what the import wrote")


class MembershipChange(SQLModel, table=True):
    """One step of an organization's membership history: its status from `changed_on` on.

    The organization's membership_status is the latest of these; keeping every
    step answers "who were our members on that day?".
    """

    __tablename__ = "membership_change"
    __table_args__ = (_choice(MembershipStatus, "status"),)

    id: int | None = Field(default=None, primary_key=True)
    organization_id: int = Field(foreign_key="organization.id", ondelete="CASCADE", index=True)
    status: MembershipStatus = Field(sa_type=sa.String(20))
    changed_on: date
    note: str | None = None
    created_at: datetime = Field(default_factory=utcnow)


class JournalOperation(SQLModel, table=True):
    """One change a person made (a form saved, an import, an undo): the unit of undo."""

    __tablename__ = "journal_operation"
    __table_args__ = (
        # Most operations belong to no import: leaving them out keeps a save from
        # writing an index page for nothing.
        sa.Index("ix_journal_operation_import_batch_id", "import_batch_id",
                 sqlite_where=sa.text("import_batch_id IS NOT NULL"),
                 postgresql_where=sa.text("import_batch_id IS NOT NULL")),
    )

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=utcnow)
    who: str
    kind: str = Field(description="form, import, demo, letter, merge, undo, redo ...")
    label: str = Field(description="What the person did, as History lists it")
    undoable: bool = True
    reverts_id: int | None = Field(default=None, description="The operation this one undoes")
    undone_by_id: int | None = Field(default=None, description="The operation that undid this")
    import_batch_id: int | None = None
    in_progress: bool = Field(
        default=False, description="True while its transaction writes: on SQLite the triggers file "
        "changes under the newest operation while it is in progress")
    subject_table: str | None = Field(
        default=None, description="The one record the label names, if any: when it is "
        "deleted, the label stops naming it")
    subject_key: str | None = None


# Tables whose rows point at a contact or an organization they do not belong to on
# screen (core.journal.erasure).
JOURNAL_REFERRING_TABLES = ("recipient", "activity_contact", "affiliation", "signature",
                            "activity_organization", "attachment", "saved_group_member")
JOURNAL_REFERRING_ROWS = "table_name = '{table}' AND before IS NOT NULL"


class JournalChange(SQLModel, table=True):
    """One row inserted, updated or deleted, with its values before and after (JSON).

    Written by triggers (core/journal/triggers.py), so that no path can change
    a record without a trace. `owner` is the record a form shows the row on
    (a contact's tags and affiliations belong to the contact): the latest
    change id of an owner is its version.
    """

    __tablename__ = "journal_change"
    __table_args__ = (
        sa.Index("ix_journal_change_owner", "owner_table", "owner_key", "id"),
        # The rows holding values of each table that points at a person or organization,
        # so that erasing a deleted one reads those rows, not the whole journal; partial,
        # so that saving records and inserting (journaled by key only) write nothing here.
        *(sa.Index(f"ix_journal_change_{table}", "id",
                   sqlite_where=sa.text(JOURNAL_REFERRING_ROWS.format(table=table)),
                   postgresql_where=sa.text(JOURNAL_REFERRING_ROWS.format(table=table)))
          for table in JOURNAL_REFERRING_TABLES),
    )

    id: int | None = Field(default=None, primary_key=True)
    operation_id: int | None = Field(
        default=None, foreign_key="journal_operation.id", ondelete="CASCADE", index=True,
        description="None: written by another program, outside any operation")
    table_name: str
    row_key: str = Field(description="The primary key as a JSON array")
    action: str = Field(description="insert, update or delete")
    before: str | None = None
    after: str | None = None
    owner_table: str | None = None
    owner_key: str | None = None
    erased: bool = Field(default=False, description="Values removed with the record they held")


class JournalCurrent(SQLModel, table=True):
    """The operation the writing transaction belongs to, on a server (one writer at a
    time). SQLite marks the operation row itself instead (in_progress)."""

    __tablename__ = "journal_current"

    operation_id: int = Field(primary_key=True)


class OrganizationAlias(SQLModel, table=True):
    """Another name an organization is known by: a merged duplicate's name, kept so that
    finding duplicates and reading a partner's list still recognise it."""

    __tablename__ = "organization_alias"

    id: int | None = Field(default=None, primary_key=True)
    organization_id: int = Field(foreign_key="organization.id", ondelete="CASCADE", index=True)
    name: str = Field(min_length=1)


class ContactAlias(SQLModel, table=True):
    """Another name a person is known by (a merged duplicate's name)."""

    __tablename__ = "contact_alias"

    id: int | None = Field(default=None, primary_key=True)
    contact_id: int = Field(foreign_key="contact.id", ondelete="CASCADE", index=True)
    name: str = Field(min_length=1)


class NotDuplicate(SQLModel, table=True):
    """Two records a coordinator said are not the same: finding duplicates stays quiet
    about them. `first_id` is the smaller id."""

    __tablename__ = "not_duplicate"
    __table_args__ = (
        sa.CheckConstraint("kind IN ('organization', 'contact')", name="kind_valid"),
        sa.UniqueConstraint("kind", "first_id", "second_id", name="uq_not_duplicate_pair"),
    )

    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(sa_type=sa.String(20))
    first_id: int
    second_id: int
    created_at: datetime = Field(default_factory=utcnow)


class AttachmentContent(SQLModel, table=True):
    """An attached file's bytes, apart from its description so that the journal, which
    keeps the description, never copies them (core.records.attachments says how undo
    finds them again)."""

    __tablename__ = "attachment_content"

    id: int | None = Field(default=None, primary_key=True)
    data: bytes = Field(sa_type=sa.LargeBinary())


class Attachment(SQLModel, table=True):
    """A file attached to one organization, contact, letter or activity."""

    __tablename__ = "attachment"

    id: int | None = Field(default=None, primary_key=True)
    organization_id: int | None = Field(
        default=None, foreign_key="organization.id", ondelete="CASCADE", index=True)
    contact_id: int | None = Field(
        default=None, foreign_key="contact.id", ondelete="CASCADE", index=True)
    letter_id: int | None = Field(
        default=None, foreign_key="letter.id", ondelete="CASCADE", index=True)
    activity_id: int | None = Field(
        default=None, foreign_key="activity.id", ondelete="CASCADE", index=True)
    name: str = Field(min_length=1)
    media_type: str
    size: int
    sha256: str
    added_at: datetime = Field(default_factory=utcnow)
    content_id: int = Field(index=True, description="attachment_content.id; no foreign key:"
                            " erasing a deleted person's files leaves undo their names")


class SavedGroup(SQLModel, table=True):
    """A named group of organizations or contacts: a saved search with its filters
    (members found again each time), or a hand-picked list (`static`)."""

    __tablename__ = "saved_group"
    __table_args__ = (
        sa.CheckConstraint("kind IN ('organization', 'contact')", name="kind_valid"),
        sa.Index("uq_saved_group_kind_name_lower", "kind", sa.text("lower(name)"),
                 unique=True),
    )

    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(sa_type=sa.String(20))
    name: str = Field(min_length=1)
    static: bool = False
    filters: str = Field(default="{}", description="JSON of the filter's fields")
    created_at: datetime = Field(default_factory=utcnow)


class SavedGroupMember(SQLModel, table=True):
    """One record of a static group."""

    __tablename__ = "saved_group_member"

    id: int | None = Field(default=None, primary_key=True)
    group_id: int = Field(foreign_key="saved_group.id", ondelete="CASCADE", index=True)
    organization_id: int | None = Field(
        default=None, foreign_key="organization.id", ondelete="CASCADE", index=True)
    contact_id: int | None = Field(
        default=None, foreign_key="contact.id", ondelete="CASCADE", index=True)
