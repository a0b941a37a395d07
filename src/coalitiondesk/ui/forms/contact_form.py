"""The detail form for one contact: the rows of their fields (core.records.fields), with
their organizations and roles, previews of their name, their timeline and attached files."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget
from sqlmodel import Session

from coalitiondesk.core.errors import NotFound
from coalitiondesk.core.geography import names
from coalitiondesk.core.models import ContactBase, Sensitivity
from coalitiondesk.core.records import tags as tag_service
from coalitiondesk.core.records.contacts import affiliations_of, get_contact
from coalitiondesk.core.records.fields import CONTACT, Section
from coalitiondesk.core.records.organizations import organization_choices, organizations_version
from coalitiondesk.core.records.validation import CONTACT_FIELDS, Checked, check_contact
from coalitiondesk.core.storage.db import Database
from coalitiondesk.ui.forms.affiliations import AffiliationsEditor, organization_label
from coalitiondesk.ui.forms.editors import LineEditor
from coalitiondesk.ui.forms.record_form import TAGS, ErrorLabel, RecordForm, banner, live_checked
from coalitiondesk.ui.widgets.attachments_panel import AttachmentsPanel
from coalitiondesk.ui.widgets.timeline_panel import TimelinePanel

AFFILIATIONS = "affiliations"
"""The key of affiliation problems in problems()."""

_NAME_FIELDS = ("given_name", "family_name", "family_name_first", "native_name", "honorific",
                "salutation")


class ContactForm(RecordForm):
    KIND = "contact"
    FIELDS = CONTACT
    LIVE_CHECKED = live_checked(CONTACT)

    _organizations_version: tuple[int, Any] | None = None

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(database, parent)
        self.restricted_banner = banner(
            self.tr("Restricted: never exported or shared unless explicitly included"), self)
        self.restricted_banner.hide()
        self.add_banner(self.restricted_banner)

        identity = self.add_group(self.tr("Identity"))
        self.add_fields(identity, Section.identity)
        self.name_preview = self._preview("family_name_first", self.tr("Written as"))
        self.salutation_preview = self._preview("salutation", self.tr("Letters open"))

        organizations = self.add_group(self.tr("Organizations"))
        self.affiliations_editor = AffiliationsEditor()
        cell = QWidget()
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.affiliations_editor)
        self.affiliations_error = ErrorLabel(cell)
        column.addWidget(self.affiliations_error)
        organizations.addRow(cell)
        self.add_problem_slot(AFFILIATIONS, cell, self.affiliations_error)
        self.affiliations_editor.changed.connect(self._affiliations_changed)

        details = self.add_group(self.tr("Contact details"))
        self.add_fields(details, Section.details)

        self.add_address_group()

        notes = self.add_group(self.tr("Notes"))
        self.add_tags_field(notes)
        self.add_fields(notes, Section.notes)
        self.timeline = TimelinePanel()
        self.add_group(self.tr("Timeline")).addRow(self.timeline)
        self.attachments = AttachmentsPanel(database, "contact")
        self.add_group(self.tr("Attachments")).addRow(self.attachments)
        self.finish_groups()

        self.load(None)

    def _preview(self, after: str, label: str) -> QLabel:
        """A line under the field `after` showing how the name is used."""
        preview = QLabel(self)
        preview.setWordWrap(True)
        preview.setTextFormat(Qt.TextFormat.PlainText)
        preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.insert_row_after(after, label, preview)
        return preview

    # --- RecordForm -------------------------------------------------------------------

    def read_record(self, session: Session, record_id: int) -> dict[str, Any]:
        contact = get_contact(session=session, contact_id=record_id)
        values = {name: getattr(contact, name) for name in CONTACT_FIELDS}
        values[TAGS] = tag_service.contact_tags(session=session, contact_id=record_id)
        return values

    def blank_record(self) -> dict[str, Any]:
        return {"sensitivity": Sensitivity.normal.value}

    def extra_load(self, session: Session, record_id: int | None) -> None:
        # The picker's organizations are re-read only when they changed since the
        # last load: with thousands of them, every click on a contact would wait.
        version = organizations_version(session=session)
        if version != self._organizations_version:
            self._organizations_version = version
            self.affiliations_editor.set_organizations(self._organization_choices)
        rows = [] if record_id is None else affiliations_of(session=session, contact_id=record_id)
        self.affiliations_editor.set_rows([{
            "id": row.affiliation.id,
            "organization_id": row.organization.id,
            "organization": organization_label(row.organization.name, row.organization.acronym),
            "role": row.affiliation.role or "",
            "start_date": row.affiliation.start_date.isoformat()
            if row.affiliation.start_date else "",
            "end_date": row.affiliation.end_date.isoformat() if row.affiliation.end_date else "",
        } for row in rows])
        if record_id is None:
            self.timeline.clear()
        else:
            self.timeline.load(session, contact_id=record_id)
        self.attachments.load(record_id)

    def reload_timeline(self) -> None:
        """Read the timeline again (activities or letters changed elsewhere)."""
        if self.record_id is None:
            return
        try:
            with self.database.session() as session:
                self.timeline.load(session, contact_id=self.record_id)
        except NotFound:  # deleted (an undo) before the window moves the form on
            self.timeline.clear()

    def _organization_choices(self) -> list[tuple[str, int]]:
        with self.database.session() as session:
            return [(organization_label(name, acronym), organization_id)
                    for organization_id, name, acronym in organization_choices(session=session)]

    def extra_state(self) -> Any:
        return self.affiliations_editor.state()

    def restore_extra_state(self, state: Any) -> None:
        self.affiliations_editor.set_rows(state or [])

    def extra_problems(self) -> dict[str, str]:
        problem = self.affiliations_editor.problems()
        return {AFFILIATIONS: problem} if problem else {}

    def check(self, values: dict[str, Any]) -> Checked:
        return check_contact(values)

    def _person(self) -> ContactBase:
        values = {name: self.editor(name).value() for name in _NAME_FIELDS}
        return ContactBase.model_validate({
            name: (value or None) if isinstance(value, str) else value
            for name, value in values.items()})

    def current_name(self) -> str:
        return names.full_name(self._person())

    def display_name(self) -> str:
        return self.current_name() or self.tr("the new contact")

    def title_text(self) -> str:
        return self.current_name() or self.tr("New contact")

    def record_changed(self) -> None:
        person = self._person()
        self.name_preview.setText(names.full_name(person) or "—")
        self.salutation_preview.setText(names.salutation(person))
        automatic = names.salutation(person.model_copy(update={"salutation": None}))
        self._set_salutation_placeholder(automatic)
        restricted = self.editor("sensitivity").value() == Sensitivity.restricted.value
        self.restricted_banner.setVisible(restricted)

    def _set_salutation_placeholder(self, text: str) -> None:
        editor = self.editor("salutation")
        assert isinstance(editor, LineEditor)
        editor.edit.setPlaceholderText(self.tr("Automatic: {salutation}").format(
            salutation=text))

    # --- affiliations -----------------------------------------------------------------

    def _affiliations_changed(self) -> None:
        self.affiliations_error.show_problem(None)
        self.edited()

    def affiliations(self) -> list[dict[str, Any]]:
        """The edited affiliations, all of them, in order: organization_id, role, start_date,
        end_date, as core.contacts.set_affiliations takes them."""
        return self.affiliations_editor.affiliations()
