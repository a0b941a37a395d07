"""The detail form for one organization: the rows of its fields (core.records.fields),
its membership history, its timeline and its attached files."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget
from sqlmodel import Session

from coalitiondesk.core.errors import NotFound
from coalitiondesk.core.models import MembershipStatus, OrganizationKind
from coalitiondesk.core.records import membership
from coalitiondesk.core.records import tags as tag_service
from coalitiondesk.core.records.fields import ORGANIZATION, Section
from coalitiondesk.core.records.organizations import get_organization
from coalitiondesk.core.records.validation import ORGANIZATION_FIELDS, Checked, check_organization
from coalitiondesk.core.storage.db import Database
from coalitiondesk.ui.forms.record_form import TAGS, RecordForm, live_checked
from coalitiondesk.ui.widgets.attachments_panel import AttachmentsPanel
from coalitiondesk.ui.widgets.membership_panel import MembershipHistory, StatusChangeFields
from coalitiondesk.ui.widgets.timeline_panel import TimelinePanel


class OrganizationForm(RecordForm):
    FIELDS = ORGANIZATION
    LIVE_CHECKED = live_checked(ORGANIZATION)

    _stored_status: str | None = None
    """The status as saved, to tell whether the edited one is a change for the history."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(database, parent)
        identity = self.add_group(self.tr("Identity"))
        self.add_fields(identity, Section.identity, labels={"country_code": self.tr("Country")},
                        editors={"country_code": self.country_editor(self.tr("International"))})

        membership = self.add_group(self.tr("Membership"))
        self.add_fields(membership, Section.membership)
        self.add_tags_field(membership)
        self.status_history = MembershipHistory()
        self.insert_row_after("membership_status", self.tr("History"), self.status_history)
        self.status_change = StatusChangeFields()
        self.insert_row_after("membership_status", "", self.status_change)
        self.status_change.hide()
        self.editor("membership_status").on_change(self._status_edited)

        details = self.add_group(self.tr("Contact details"))
        self.add_fields(details, Section.details)

        self.add_address_group()

        notes = self.add_group(self.tr("Notes"))
        self.add_fields(notes, Section.notes)
        self.timeline = TimelinePanel()
        self.add_group(self.tr("Timeline")).addRow(self.timeline)
        self.attachments = AttachmentsPanel(database, "organization")
        self.add_group(self.tr("Attachments")).addRow(self.attachments)
        self.finish_groups()

        self.load(None)

    def read_record(self, session: Session, record_id: int) -> dict[str, Any]:
        organization = get_organization(session=session, organization_id=record_id)
        values = {name: getattr(organization, name) for name in ORGANIZATION_FIELDS}
        values[TAGS] = tag_service.organization_tags(
            session=session, organization_id=record_id)
        # Joined says what the history says; the column only where the history is silent.
        values["joined_on"] = (membership.joined_on(session=session, organization_id=record_id)
                               or organization.joined_on)
        return values

    def extra_load(self, session: Session, record_id: int | None) -> None:
        self._stored_status = None if record_id is None else str(get_organization(
            session=session, organization_id=record_id).membership_status)
        self.status_change.reset()
        self.status_history.load(session, record_id)
        # A new organization's joining date starts its history; after that the
        # history is changed by a change of status and its date, not here.
        joined = self.editor("joined_on").widget
        joined.setEnabled(record_id is None)
        joined.setToolTip("" if record_id is None else self.tr(
            "From the membership history: change the status to Member, with its date, "
            "to change it"))
        if record_id is None:
            self.timeline.clear()
        else:
            self.timeline.load(session, organization_id=record_id)
        self.attachments.load(record_id)

    def reload_timeline(self) -> None:
        """Read the timeline and the history again (activities changed elsewhere)."""
        try:
            with self.database.session() as session:
                self.status_history.load(session, self.record_id)
                if self.record_id is not None:
                    self.timeline.load(session, organization_id=self.record_id)
        except NotFound:  # deleted (an undo) before the window moves the form on
            self.timeline.clear()

    def status_changing(self) -> bool:
        """True while the edited status differs from the stored one (a saved record's)."""
        return (self.record_id is not None
                and self.editor("membership_status").value() != self._stored_status)

    def _status_edited(self) -> None:
        self.status_change.setVisible(self.status_changing())

    def values(self) -> dict[str, Any]:
        """The model fields; with a change of status also its date and note, which
        core.organizations.update_organization records in the membership history."""
        values = super().values()
        if self.status_changing():
            values["status_changed_on"] = self.status_change.changed_on()
            values["status_note"] = self.status_change.note_text()
        return values

    def blank_record(self) -> dict[str, Any]:
        return {
            "kind": OrganizationKind.ngo.value,
            "membership_status": MembershipStatus.member.value,
            "show_country_on_signature": True,
        }

    def check(self, values: dict[str, Any]) -> Checked:
        return check_organization(values)

    def current_name(self) -> str:
        return " ".join(str(self.editor("name").value()).split())

    def display_name(self) -> str:
        return self.current_name() or self.tr("the new organization")

    def title_text(self) -> str:
        return self.current_name() or self.tr("New organization")
