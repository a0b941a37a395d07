"""The detail form for one organization."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget
from sqlmodel import Session

from coalitiondesk.core.errors import NotFound
from coalitiondesk.core.geography.country_table import list_countries
from coalitiondesk.core.models import MembershipStatus, OrganizationKind
from coalitiondesk.core.records import tags as tag_service
from coalitiondesk.core.records.organizations import get_organization
from coalitiondesk.core.records.validation import ORGANIZATION_FIELDS, Checked, check_organization
from coalitiondesk.core.storage.db import Database
from coalitiondesk.ui.app.i18n import country_choices
from coalitiondesk.ui.forms.editors import (
    CheckEditor,
    ChoiceEditor,
    DateEditor,
    LineEditor,
    TextEditor,
)
from coalitiondesk.ui.forms.record_form import TAGS, RecordForm
from coalitiondesk.ui.text.value_labels import membership_status_label, organization_kind_label
from coalitiondesk.ui.widgets.membership_panel import MembershipHistory, StatusChangeFields
from coalitiondesk.ui.widgets.timeline_panel import TimelinePanel


class OrganizationForm(RecordForm):
    LIVE_CHECKED = ("website", "email", "phone")

    _stored_status: str | None = None
    """The status as saved, to tell whether the edited one is a change for the history."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(database, parent)
        with database.session() as session:
            countries = country_choices(list_countries(session=session))
        kinds = [(organization_kind_label(kind), kind.value) for kind in OrganizationKind]
        statuses = [(membership_status_label(status), status.value)
                    for status in MembershipStatus]

        identity = self.add_group(self.tr("Identity"))
        self.add_field(identity, "name", self.tr("Name"), LineEditor(self.tr("Required")))
        self.add_field(identity, "acronym", self.tr("Acronym"), LineEditor())
        self.add_field(identity, "full_name", self.tr("Full name"), LineEditor(
            self.tr("When longer than the name")))
        self.add_field(identity, "native_name", self.tr("Native script"), LineEditor(
            self.tr("e.g. 북한인권시민연합")))
        self.add_field(identity, "sort_name", self.tr("Sort as"), LineEditor(
            self.tr("When the name sorts wrongly")))
        self.add_field(identity, "signatory_name", self.tr("Signs as"), LineEditor(
            self.tr("When not the name")))
        self.editor("signatory_name").widget.setToolTip(self.tr(
            "The organization's name on the signatory lines of letters, when not its name"))
        self.add_field(identity, "kind", self.tr("Kind"), ChoiceEditor(kinds))
        self.add_field(identity, "country_code", self.tr("Country"), ChoiceEditor(
            [(self.tr("International"), None), *countries], searchable=True))
        self.add_field(identity, "show_country_on_signature", "", CheckEditor(
            self.tr("Show the country on signatory lines")))

        membership = self.add_group(self.tr("Membership"))
        self.add_field(membership, "membership_status", self.tr("Status"), ChoiceEditor(statuses))
        self.status_change = StatusChangeFields()
        membership.addRow("", self.status_change)
        self.status_change.hide()
        self.status_history = MembershipHistory()
        membership.addRow(self.tr("History"), self.status_history)
        self.editor("membership_status").on_change(self._status_edited)
        self.add_field(membership, "joined_on", self.tr("Joined"), DateEditor(self.tr("Known")))
        self.add_field(membership, "left_on", self.tr("Left"), DateEditor(self.tr("Known")))
        self.add_tags_field(membership)

        details = self.add_group(self.tr("Contact details"))
        self.add_field(details, "website", self.tr("Website"), LineEditor(
            self.tr("e.g. www.example.org")))
        self.add_field(details, "email", self.tr("E-mail"), LineEditor(
            self.tr("e.g. office@example.org")))
        self.add_field(details, "phone", self.tr("Phone"), LineEditor(
            self.tr("Local, or international with +")))
        self.add_field(details, "do_not_share", "", CheckEditor(
            self.tr("Do not share with partners")))
        self.editor("do_not_share").widget.setToolTip(self.tr(
            "Left out of exports for partners and of printed signatory blocks"))

        self.add_address_group(countries)

        notes = self.add_group(self.tr("Notes"))
        self.add_field(notes, "notes", "", TextEditor())
        self.timeline = TimelinePanel()
        self.add_group(self.tr("Timeline")).addRow(self.timeline)
        self.finish_groups()

        self.load(None)

    def read_record(self, session: Session, record_id: int) -> dict[str, Any]:
        organization = get_organization(session=session, organization_id=record_id)
        values = {name: getattr(organization, name) for name in ORGANIZATION_FIELDS}
        values[TAGS] = tag_service.organization_tags(
            session=session, organization_id=record_id)
        return values

    def extra_load(self, session: Session, record_id: int | None) -> None:
        self._stored_status = None if record_id is None else str(get_organization(
            session=session, organization_id=record_id).membership_status)
        self.status_change.reset()
        self.status_history.load(session, record_id)
        if record_id is None:
            self.timeline.clear()
        else:
            self.timeline.load(session, organization_id=record_id)

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
