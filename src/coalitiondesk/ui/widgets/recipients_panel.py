"""The letter's recipients: who will get a printed letter and, if not, why; when it
was sent, and what they answered.

Recipients come from a picker, from what the Contacts and Organizations tabs
show (their selection or their search and filters), from a tag, or from a
file through the import wizard. Every change is one journaled operation of core,
made at once (one the server was away for, once it answers: ui.app.server_retry).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coalitiondesk.core.errors import CoalitionDeskError
from coalitiondesk.core.importing import ImportKind
from coalitiondesk.core.merge.completeness import AddressPart
from coalitiondesk.core.merge.documents import RecipientState, SkipReason
from coalitiondesk.core.merge.recipients import (
    add_letter_recipients,
    letter_recipient_states,
    recipient_choices,
    tagged,
    tags_in_use,
)
from coalitiondesk.core.records import letters
from coalitiondesk.core.storage.db import Database
from coalitiondesk.ui.app.i18n import date_format, display_date
from coalitiondesk.ui.app.server_retry import ChangesWhenBack, server_away
from coalitiondesk.ui.dialogs.import_wizard import ImportWizard
from coalitiondesk.ui.forms.activity_form import organization_label
from coalitiondesk.ui.forms.record_form import ErrorLabel
from coalitiondesk.ui.models.table_models import (
    RESTRICTED_BACKGROUND,
    RESTRICTED_FOREGROUND,
    ListModel,
)
from coalitiondesk.ui.text.core_messages import message
from coalitiondesk.ui.widgets.lazy_combo import search_picker

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
WILL_PRINT = "✓"

Ids = Callable[[], Sequence[int]]


def skip_reason_label(reason: SkipReason | str | None, missing: Sequence[str] = ()) -> str:
    """Why a recipient will not print; for an address to check, the parts it lacks:
    "Check the address: street, country"."""
    labels: dict[str, str] = {
        SkipReason.do_not_mail: QCoreApplication.translate("SkipReason", "Do not mail"),
        SkipReason.no_postal_address: QCoreApplication.translate(
            "SkipReason", "No postal address"),
        SkipReason.restricted: QCoreApplication.translate(
            "SkipReason", "Restricted, and not allowed for this letter"),
        SkipReason.incomplete_address: QCoreApplication.translate(
            "SkipReason", "Check the address"),
    }
    if reason is None:
        return ""
    text = labels.get(str(reason), str(reason).capitalize())
    if not missing:
        return text
    return QCoreApplication.translate("SkipReason", "{reason}: {parts}").format(
        reason=text, parts=", ".join(address_part_label(part) for part in missing))


def address_part_label(part: str) -> str:
    labels: dict[str, str] = {
        AddressPart.street: QCoreApplication.translate("AddressPart", "street"),
        AddressPart.city: QCoreApplication.translate("AddressPart", "city"),
        AddressPart.postcode: QCoreApplication.translate("AddressPart", "postcode"),
        AddressPart.country: QCoreApplication.translate("AddressPart", "country"),
    }
    return labels.get(part, part)


@dataclass
class RecipientSources:
    """Where "Add from the other tabs" takes its records; the main window fills these in."""

    selected_contacts: Ids = field(default=lambda: ())
    shown_contacts: Ids = field(default=lambda: ())
    selected_organizations: Ids = field(default=lambda: ())
    shown_organizations: Ids = field(default=lambda: ())


class RecipientModel(ListModel[RecipientState]):
    NAME, ORGANIZATION, COUNTRY, PRINTS, DISPATCHED, CHANNEL, RESPONSE = range(7)
    CONTEXT = "RecipientTable"
    HEADERS = (
        QT_TRANSLATE_NOOP("RecipientTable", "Name"),
        QT_TRANSLATE_NOOP("RecipientTable", "Organization"),
        QT_TRANSLATE_NOOP("RecipientTable", "Country"),
        QT_TRANSLATE_NOOP("RecipientTable", "Will print"),
        QT_TRANSLATE_NOOP("RecipientTable", "Sent"),
        QT_TRANSLATE_NOOP("RecipientTable", "Channel"),
        QT_TRANSLATE_NOOP("RecipientTable", "Response"),
    )

    def cells(self, state: RecipientState) -> tuple[str, ...]:
        return (
            state.name, state.organization, state.country,
            WILL_PRINT if state.will_print else skip_reason_label(state.reason,
                                                                  state.missing),
            display_date(state.dispatched_on), state.channel, state.response,
        )

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        state = self.items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.cells(state)[index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return state.recipient_id
        if role == Qt.ItemDataRole.AccessibleTextRole and index.column() == self.PRINTS:
            return (QCoreApplication.translate("RecipientTable", "Will print")
                    if state.will_print else skip_reason_label(state.reason, state.missing))
        if index.column() == self.PRINTS and not state.will_print:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(RESTRICTED_FOREGROUND)
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(RESTRICTED_BACKGROUND)
        if index.column() == self.PRINTS and role == Qt.ItemDataRole.TextAlignmentRole \
                and state.will_print:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class ResponseDialog(QDialog):
    """One recipient's answer to the letter: its date and a note, or no reply by a deadline."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record response"))
        self.replied = QRadioButton(self.tr("Responded"), self)
        self.no_reply = QRadioButton(self.tr("No reply by the deadline"), self)
        self.replied.setChecked(True)
        choice = QButtonGroup(self)
        choice.addButton(self.replied)
        choice.addButton(self.no_reply)
        self.date = QDateEdit(QDate.currentDate(), self)
        self.date.setDisplayFormat(date_format())
        self.date.setCalendarPopup(True)
        self.date.setAccessibleName(self.tr("Date of the response or the deadline"))
        self.note = QPlainTextEdit(self)
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(self.tr("What they answered, in a sentence or two"))
        self.note.setMaximumHeight(self.note.fontMetrics().lineSpacing() * 5 + 12)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Record"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        heading = QLabel(self.tr("Response to the letter from {name}").format(name=name), self)
        heading.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.replied)
        form.addRow(self.no_reply)
        form.addRow(self.tr("Date"), self.date)
        form.addRow(self.tr("Note"), self.note)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def response(self) -> tuple[dt.date, str | None]:
        when = self.date.date().toPython()
        assert isinstance(when, dt.date)
        note = self.note.toPlainText().strip()
        if self.no_reply.isChecked():
            # Said in the note, so the timeline and the letters report read it as such.
            prefix = self.tr("No reply by {date}").format(date=when.isoformat())
            note = f"{prefix}. {note}" if note else prefix
        return when, note or None


class RecipientsPanel(QWidget):
    """The recipients table with its add, remove and response actions."""

    changed = Signal()

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.sources = RecipientSources()
        self._letter_id: int | None = None
        self._letter_title = ""

        self.model = RecipientModel(self)
        self.view = QTableView(self)
        self.view.setAccessibleName(self.tr("Recipients table"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(RecipientModel.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(RecipientModel.ORGANIZATION, QHeaderView.ResizeMode.Stretch)

        self.picker = search_picker(
            self, placeholder=self.tr("Type to find a contact or an organization"), width=16,
            on_enter=self.add_current)
        self.picker.setAccessibleName(self.tr("Contact or organization to add"))
        self.picker.set_loader(self._choices)
        self.add_button = QPushButton(self.tr("Add"), self)
        self.more_button = QToolButton(self)
        self.more_button.setText(self.tr("Add from…"))
        self.more_button.setAccessibleName(self.tr("Add recipients from"))
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more_menu = QMenu(self)
        self.more_button.setMenu(self.more_menu)
        self._fill_more_menu()
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.response_button = QPushButton(self.tr("Record response…"), self)
        self.response_button.setToolTip(self.tr(
            "The recipient answered, or did not answer by a deadline"))
        self.summary = QLabel(self)
        self.error = ErrorLabel(self)
        self._when_back = ChangesWhenBack(database, show=self.error.show_problem, parent=self)

        add_row = QHBoxLayout()
        add_row.addWidget(self.picker, 1)
        add_row.addWidget(self.add_button)
        add_row.addWidget(self.more_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.response_button)
        bottom.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(add_row)
        layout.addWidget(self.error)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)

        self.add_button.clicked.connect(self.add_current)
        self.remove_button.clicked.connect(self.remove_selected)
        self.response_button.clicked.connect(self.record_response)
        self.view.doubleClicked.connect(lambda _index: self.record_response())
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.load(None)

    # --- what the tab uses -----------------------------------------------------------

    def load(self, letter_id: int | None, title: str = "") -> None:
        self._letter_id = letter_id
        self._letter_title = title
        self.setEnabled(letter_id is not None)
        self.reload()

    def reload(self) -> None:
        states: list[RecipientState] = []
        if self._letter_id is not None:
            states = letter_recipient_states(self.database, letter_id=self._letter_id)
        selected = set(self.selected_ids())
        self.model.set_items(states)
        for row, state in enumerate(states):
            if state.recipient_id in selected:
                self.view.selectRow(row)
        printing = sum(1 for state in states if state.will_print)
        self.summary.setText(self.tr("{printing} of {total} will be printed").format(
            printing=printing, total=len(states)) if states else "")
        self._update_buttons()

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        return [self.model.items[row].recipient_id for row in rows
                if row < len(self.model.items)]

    def select(self, recipient_id: int) -> None:
        for row, state in enumerate(self.model.items):
            if state.recipient_id == recipient_id:
                self.view.selectRow(row)

    # --- adding and removing ------------------------------------------------------------

    def add(self, *, contact_ids: Sequence[int] = (),
            organization_ids: Sequence[int] = ()) -> int | None:
        """Add records not already on the letter; how many were added (None if refused)."""
        letter_id = self._letter_id
        if letter_id is None:
            return None
        added = 0

        def write() -> None:
            nonlocal added
            added = add_letter_recipients(self.database, letter_id=letter_id,
                                          contact_ids=list(contact_ids),
                                          organization_ids=list(organization_ids)).added
        if not self._run(write):
            return None
        offered = len(contact_ids) + len(organization_ids)
        if added < offered:
            self.error.show_problem(self.tr(
                "{added} added; {already} already on the letter.").format(
                    added=added, already=offered - added))
        return added

    def add_current(self) -> bool:
        self.picker.ensure_loaded()
        index = self.picker.findText(self.picker.currentText().strip(),
                                     Qt.MatchFlag.MatchFixedString)
        if index < 0:
            self.error.show_problem(self.tr("Choose a contact or an organization from the list."))
            return False
        kind, key = self.picker.itemData(index)
        added = (self.add(contact_ids=[key]) if kind == "contact"
                 else self.add(organization_ids=[key]))
        if added is None:
            return False
        self.picker.setCurrentIndex(-1)
        self.picker.setEditText("")
        return True

    def add_from(self, source: str) -> int | None:
        """Add what another tab shows: "selected_contacts", "shown_organizations", …"""
        ids = list(getattr(self.sources, source)())
        if not ids:
            self.error.show_problem(self.tr("Nothing to add: that tab shows no records."))
            return 0
        if source.endswith("contacts"):
            return self.add(contact_ids=ids)
        return self.add(organization_ids=ids)

    def add_tagged(self, tag: str, *, contacts: bool) -> int | None:
        found = tagged(self.database, tag=tag, contacts=contacts)
        return (self.add(contact_ids=found) if contacts
                else self.add(organization_ids=found))

    def choose_tag(self, *, contacts: bool) -> None:
        tags = tags_in_use(self.database)
        if not tags:
            self.error.show_problem(self.tr("No tags yet: tag records on their forms first."))
            return
        title = self.tr("Contacts with a tag") if contacts else self.tr("Organizations with a tag")
        tag, ok = QInputDialog.getItem(self, title, self.tr("Tag:"), tags, 0, False)
        if ok and tag:
            self.add_tagged(tag, contacts=contacts)

    def import_file(self) -> ImportWizard:
        """The import wizard, adding the contacts it imports to this letter's recipients."""
        wizard = ImportWizard(self.database, parent=self, kind=ImportKind.contacts,
                              letter_title=self._letter_title)
        wizard.imported.connect(lambda _batch: self._after_import())
        wizard.open()
        return wizard

    def remove_selected(self) -> bool:
        ids, letter_id = self.selected_ids(), self._letter_id
        if not ids or letter_id is None:
            return False
        return self._run(lambda: letters.remove_recipients(
            self.database, letter_id=letter_id, recipient_ids=ids))

    # --- responses --------------------------------------------------------------------

    def record_response(self) -> bool:
        ids = self.selected_ids()
        if len(ids) != 1:
            return False
        state = next(s for s in self.model.items if s.recipient_id == ids[0])
        dialog = ResponseDialog(state.name, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        when, note = dialog.response()
        return self.save_response(ids[0], when, note)

    def save_response(self, recipient_id: int, when: dt.date, note: str | None) -> bool:
        letter_id = self._letter_id
        if letter_id is None:
            return False
        ok = self._run(lambda: letters.record_recipient_response(
            self.database, letter_id=letter_id, recipient_id=recipient_id, response_on=when,
            note=note))
        if ok:
            self.select(recipient_id)
        return ok

    # --- plumbing ----------------------------------------------------------------------

    def _fill_more_menu(self) -> None:
        menu = self.more_menu
        entries = (
            (self.tr("Selected contacts (Contacts tab)"), "selected_contacts"),
            (self.tr("Contacts shown by the Contacts tab's search and filters"), "shown_contacts"),
            (self.tr("Selected organization (Organizations tab)"), "selected_organizations"),
            (self.tr("Organizations shown by the Organizations tab's search and filters"),
             "shown_organizations"),
        )
        for text, source in entries:
            menu.addAction(text).triggered.connect(
                lambda _checked=False, s=source: self.add_from(s))
        menu.addSeparator()
        menu.addAction(self.tr("Contacts with a tag…")).triggered.connect(
            lambda: self.choose_tag(contacts=True))
        menu.addAction(self.tr("Organizations with a tag…")).triggered.connect(
            lambda: self.choose_tag(contacts=False))
        menu.addSeparator()
        menu.addAction(self.tr("Import contacts from a file…")).triggered.connect(
            self.import_file)

    def _after_import(self) -> None:
        self.picker.invalidate()
        self.reload()
        self.changed.emit()

    def _run(self, change: Callable[[], object]) -> bool:
        """Make one change through core; its problem, if refused, shows above the list.
        One the server was away for is made once it answers, after those kept before it."""
        if self._when_back.waiting:
            self._when_back.keep(lambda: self._run(change))
            return False
        try:
            change()
        except (CoalitionDeskError, sa.exc.DBAPIError) as error:
            if server_away(error):
                self._when_back.keep(lambda: self._run(change))
                return False
            if not isinstance(error, CoalitionDeskError):
                raise
            self.error.show_problem(message(error))
            return False
        self.error.show_problem(None)
        self.reload()
        self.changed.emit()
        return True

    def _choices(self) -> list[tuple[str, Any]]:
        choices = recipient_choices(self.database)
        people = [(name, ("contact", key)) for key, name in choices.contacts]
        organizations = [(organization_label(name, acronym), ("organization", key))
                         for key, name, acronym in choices.organizations]
        return people + organizations

    def _update_buttons(self, *_args: Any) -> None:
        count = len(self.selected_ids())
        self.remove_button.setEnabled(count > 0)
        self.response_button.setEnabled(count == 1)
