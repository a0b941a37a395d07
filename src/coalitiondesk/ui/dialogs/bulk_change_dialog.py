"""Edit › Change Selected…: one field of many organizations or contacts at once (one of
the coordinator's own fields too), or all of them put on a letter as its recipients or
signatories.

The records are the table's selected rows or every record its search and
filters show; the dialog says how many of them the change alters before it
runs (core.records.bulk, core.records.bulk_letters), and the change is one
operation, so Edit › Undo takes all of it back.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from coalitiondesk.core.errors import CoalitionDeskError
from coalitiondesk.core.geography.country_table import list_countries
from coalitiondesk.core.models import (
    CustomField,
    CustomFieldType,
    MembershipStatus,
    OrganizationKind,
    Sensitivity,
)
from coalitiondesk.core.records import custom_fields
from coalitiondesk.core.records.bulk import (
    ADD_TAG,
    REMOVE_TAG,
    BulkChange,
    BulkResult,
    apply_change,
    matching_ids,
    to_change,
)
from coalitiondesk.core.records.bulk_letters import (
    LetterAdded,
    Role,
    add_to_letter,
    letter_additions,
)
from coalitiondesk.core.records.contacts import ContactFilter
from coalitiondesk.core.records.duplicates import RecordKind
from coalitiondesk.core.records.letters import letter_titles
from coalitiondesk.core.records.organizations import OrganizationFilter
from coalitiondesk.core.records.tags import list_tags
from coalitiondesk.core.storage.db import Database
from coalitiondesk.ui.app.i18n import country_choices
from coalitiondesk.ui.app.workers import run_long_work, single_step
from coalitiondesk.ui.models.table_models import KEY_ROLE
from coalitiondesk.ui.text.core_messages import message
from coalitiondesk.ui.text.value_labels import choice_label

_CHOICES = {"membership_status": MembershipStatus, "kind": OrganizationKind,
            "sensitivity": Sensitivity}
_FLAGS = ("do_not_share", "do_not_mail", "do_not_email")
_NO_COUNTRY = "-"
_LETTER = "letter:"
"""The field key of putting the records on a letter: "letter:recipients"."""


class BulkChangeDialog(QDialog):
    def __init__(self, database: Database, *, kind: RecordKind, selected: Sequence[int],
                 filters: OrganizationFilter | ContactFilter | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.kind = kind
        self.result_: BulkResult | LetterAdded | None = None
        self.setWindowTitle(self.tr("Change Many Records"))
        with database.session() as session:
            self.filtered = matching_ids(session=session, kind=kind, filters=filters)
            tags = list_tags(session=session)
            countries = country_choices(list_countries(session=session))
            self.own_fields = {custom_fields.field_key(definition.id): definition
                               for definition in custom_fields.list_custom_fields(
                                   session=session, record_kind=kind)
                               if definition.id is not None}
        self.letters = letter_titles(database)
        self.selected = list(selected)

        self.scope_selected = QRadioButton(self.tr("The %n selected record(s)", "",
                                                   len(self.selected)), self)
        self.scope_filtered = QRadioButton(
            self.tr("All %n record(s) the search and filters show", "", len(self.filtered)),
            self)
        scope = QButtonGroup(self)
        scope.addButton(self.scope_selected)
        scope.addButton(self.scope_filtered)
        self.scope_selected.setEnabled(len(self.selected) > 0)
        (self.scope_selected if len(self.selected) > 1 else self.scope_filtered).setChecked(True)

        self.field = QComboBox(self)
        self.field.setAccessibleName(self.tr("What to change"))
        for key, label in self._fields():
            self.field.addItem(label, key)
        self.values = QStackedWidget(self)
        self.tag = QLineEdit(self)
        self.tag.setPlaceholderText(self.tr("Tag name"))
        self.tag.setAccessibleName(self.tr("Tag"))
        self.tag.setCompleter(QCompleter(tags, self.tag))
        self.choice = QComboBox(self)
        self.choice.setAccessibleName(self.tr("New value"))
        self.country = QComboBox(self)
        self.country.setAccessibleName(self.tr("Country"))
        self.country.addItem(self.tr("None (international)"), _NO_COUNTRY)
        for label, code in countries:
            self.country.addItem(label, code)
        self.flag = QComboBox(self)
        self.flag.setAccessibleName(self.tr("New value"))
        self.flag.addItem(self.tr("Yes"), True)
        self.flag.addItem(self.tr("No"), False)
        self.own_text = QLineEdit(self)
        self.own_text.setAccessibleName(self.tr("New value"))
        self.own_choice = QComboBox(self)
        self.own_choice.setAccessibleName(self.tr("New value"))
        self.letter = QComboBox(self)
        self.letter.setAccessibleName(self.tr("Letter"))
        for letter_id, title in self.letters:
            self.letter.addItem(title, letter_id)
        for editor in (self.tag, self.choice, self.country, self.flag, self.own_text,
                       self.own_choice, self.letter):
            self.values.addWidget(editor)
        self.changed_on = QDateEdit(QDate.currentDate(), self)
        self.changed_on.setCalendarPopup(True)
        self.changed_on.setAccessibleName(self.tr("Status from"))
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("e.g. General assembly of 20 November"))
        self.note.setAccessibleName(self.tr("Note in the membership history"))

        form = QFormLayout()
        form.addRow(self.tr("Records:"), self.scope_selected)
        form.addRow("", self.scope_filtered)
        form.addRow(self.tr("Change:"), self.field)
        form.addRow(self.tr("To:"), self.values)
        self.changed_on_label = QLabel(self.tr("From:"), self)
        self.note_label = QLabel(self.tr("Note:"), self)
        form.addRow(self.changed_on_label, self.changed_on)
        form.addRow(self.note_label, self.note)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("How many records change"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.run)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)

        self.field.currentIndexChanged.connect(self._field_changed)
        for signal in (self.scope_selected.toggled, self.tag.textChanged,
                       self.choice.currentIndexChanged, self.country.currentIndexChanged,
                       self.flag.currentIndexChanged, self.own_text.textChanged,
                       self.own_choice.currentIndexChanged, self.letter.currentIndexChanged):
            signal.connect(self.update_summary)
        self._field_changed()

    def _fields(self) -> list[tuple[str, str]]:
        common = [(ADD_TAG, self.tr("Add a tag")), (REMOVE_TAG, self.tr("Remove a tag"))]
        own = [(key, self.tr("Own field: {label}").format(label=definition.label))
               for key, definition in self.own_fields.items()]
        letters = [(_LETTER + "recipients", self.tr("Put on a letter as recipients"))]
        if self.kind == "organization":
            letters.append((_LETTER + "signatories",
                            self.tr("Put on a letter as signatories")))
            return [*common, ("membership_status", self.tr("Membership status")),
                    ("country_code", self.tr("Country")), ("kind", self.tr("Kind")),
                    ("do_not_share", self.tr("Do not share with partners")), *own, *letters]
        return [*common, ("address_country_code", self.tr("Country")),
                ("sensitivity", self.tr("Sensitivity")),
                ("do_not_mail", self.tr("Do not mail")),
                ("do_not_email", self.tr("Do not e-mail")),
                ("do_not_share", self.tr("Do not share with partners")), *own, *letters]

    def _show_own_field(self, definition: CustomField) -> None:
        kind = CustomFieldType(definition.value_type)
        if kind in (CustomFieldType.choice, CustomFieldType.flag):
            self.own_choice.clear()
            self.own_choice.addItem(self.tr("(empty: clear the field)"), "")
            if kind is CustomFieldType.flag:
                self.own_choice.addItem(self.tr("Yes"), True)
                self.own_choice.addItem(self.tr("No"), False)
            for option in custom_fields.options(definition):
                self.own_choice.addItem(option, option)
            self.values.setCurrentWidget(self.own_choice)
            return
        self.own_text.clear()
        self.own_text.setPlaceholderText(
            self.tr("YYYY-MM-DD; empty: clear the field") if kind is CustomFieldType.date
            else self.tr("Empty: clear the field"))
        self.values.setCurrentWidget(self.own_text)

    def _field_changed(self) -> None:
        key = self.field.currentData()
        if key in self.own_fields:
            self._show_own_field(self.own_fields[key])
        elif str(key).startswith(_LETTER):
            self.values.setCurrentWidget(self.letter)
        elif key in _CHOICES:
            self.choice.clear()
            for member in _CHOICES[key]:
                self.choice.addItem(choice_label(_CHOICES[key], member.value), member.value)
            self.values.setCurrentWidget(self.choice)
        elif key in ("country_code", "address_country_code"):
            self.values.setCurrentWidget(self.country)
        elif key in _FLAGS:
            self.values.setCurrentWidget(self.flag)
        else:
            self.values.setCurrentWidget(self.tag)
        status = key == "membership_status"
        for widget in (self.changed_on, self.changed_on_label, self.note, self.note_label):
            widget.setVisible(status)
        self.update_summary()

    def ids(self) -> list[int]:
        return self.selected if self.scope_selected.isChecked() else self.filtered

    def role(self) -> Role | None:
        """Recipients or signatories when the records are to go on a letter, else None."""
        key = str(self.field.currentData())
        if not key.startswith(_LETTER):
            return None
        return "signatories" if key == _LETTER + "signatories" else "recipients"

    def change(self) -> BulkChange:
        key = self.field.currentData()
        value: Any
        if key in self.own_fields:
            editor = self.values.currentWidget()
            value = (self.own_choice.currentData() if editor is self.own_choice
                     else self.own_text.text())
            return BulkChange(field=key, value=None if value == "" else value)
        if key in _CHOICES:
            value = self.choice.currentData()
        elif key in ("country_code", "address_country_code"):
            code = self.country.currentData()
            value = None if code == _NO_COUNTRY else code
        elif key in _FLAGS:
            value = bool(self.flag.currentData())
        else:
            value = self.tag.text()
        if key != "membership_status":
            return BulkChange(field=key, value=value)
        day: date = self.changed_on.date().toPython()  # type: ignore[assignment]
        return BulkChange(field=key, value=value, changed_on=day, note=self.note.text())

    def update_summary(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ids = self.ids()
        if (role := self.role()) is not None:
            self._letter_summary(role, ids)
            return
        try:
            with self.database.session() as session:
                changing = to_change(session=session, kind=self.kind, ids=ids,
                                     change=self.change())
        except CoalitionDeskError as error:
            self.summary.setText(message(error))
            ok.setEnabled(False)
            return
        self.count = len(changing)
        self.summary.setText(
            self.tr("{changing} of the %n chosen record(s) will change.", "",
                    len(ids)).format(changing=self.count)
            if ids else self.tr("No records are chosen."))
        ok.setText(self.tr("Change %n record(s)", "", self.count))
        ok.setEnabled(self.count > 0)

    def _letter_summary(self, role: Role, ids: list[int]) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        letter_id = self.letter.currentData()
        if letter_id is None:
            self.summary.setText(self.tr("There is no letter yet."))
            ok.setEnabled(False)
            return
        try:
            with self.database.session() as session:
                plan = letter_additions(session=session, kind=self.kind, ids=ids,
                                        letter_id=int(letter_id), role=role)
        except CoalitionDeskError as error:
            self.summary.setText(message(error))
            ok.setEnabled(False)
            return
        self.count = len(plan.new)
        parts = [self.tr("{adding} of the %n chosen record(s) will be put on the letter.",
                         "", len(ids)).format(adding=self.count)]
        if plan.already:
            parts.append(self.tr("%n are on it already.", "", plan.already))
        if plan.restricted:
            parts.append(self.tr("%n restricted contact(s) stay off it: the letter does not "
                                 "allow them.", "", plan.restricted))
        self.summary.setText(" ".join(parts) if ids else self.tr("No records are chosen."))
        ok.setText(self.tr("Add %n record(s)", "", self.count))
        ok.setEnabled(self.count > 0)

    def run(self) -> None:
        database, kind, ids = self.database, self.kind, self.ids()
        role = self.role()
        if role is not None:
            letter_id = int(self.letter.currentData())
            outcome = run_long_work(
                lambda: single_step("Saving", lambda: add_to_letter(
                    database, kind=kind, ids=ids, letter_id=letter_id, role=role)),
                title=self.windowTitle(), parent=self, cancellable=False)
        else:
            change = self.change()
            outcome = run_long_work(
                lambda: single_step("Saving", lambda: apply_change(
                    database, kind=kind, ids=ids, change=change)),
                title=self.windowTitle(), parent=self, cancellable=False)
        if outcome.succeeded:
            self.result_ = outcome.result
            self.accept()


def selected_keys(view: Any) -> list[int]:
    """The keys of a record table's selected rows."""
    keys = {index.data(KEY_ROLE) for index in view.selectionModel().selectedRows()}
    return sorted(int(key) for key in keys if key is not None)

