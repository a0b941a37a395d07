"""The form beside the activities table: one meeting, call or letter, who was involved,
and the files attached to it.

Like the record forms it only reads; the activities page writes what values(),
organization_ids() and contact_ids() return through the core services. The
attachments panel writes its own changes, each an operation of its own.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from coalitiondesk.core.models import ActivityKind
from coalitiondesk.core.records import edits
from coalitiondesk.core.records.activities import get_activity, link_names
from coalitiondesk.core.records.contacts import contact_choices
from coalitiondesk.core.records.letters import list_letters
from coalitiondesk.core.records.organizations import organization_choices
from coalitiondesk.core.storage.db import Database
from coalitiondesk.ui.app.i18n import date_format
from coalitiondesk.ui.forms.editors import (
    CheckEditor,
    ChoiceEditor,
    DateEditor,
    LineEditor,
    TextEditor,
)
from coalitiondesk.ui.forms.record_form import ErrorLabel
from coalitiondesk.ui.text.core_messages import message
from coalitiondesk.ui.widgets.attachments_panel import AttachmentsPanel
from coalitiondesk.ui.widgets.lazy_combo import search_picker

SUBJECT = "subject"


def activity_kind_label(kind: str | None) -> str:
    labels: dict[str, str] = {
        ActivityKind.meeting: QCoreApplication.translate("ActivityKind", "Meeting"),
        ActivityKind.call: QCoreApplication.translate("ActivityKind", "Call"),
        ActivityKind.email: QCoreApplication.translate("ActivityKind", "E-mail"),
        ActivityKind.conference: QCoreApplication.translate("ActivityKind", "Conference or event"),
        ActivityKind.press_release: QCoreApplication.translate("ActivityKind", "Press release"),
        ActivityKind.letter_sent: QCoreApplication.translate("ActivityKind", "Letter sent"),
        ActivityKind.response_received: QCoreApplication.translate(
            "ActivityKind", "Response received"),
        ActivityKind.export: QCoreApplication.translate("ActivityKind", "Export made"),
        ActivityKind.other: QCoreApplication.translate("ActivityKind", "Other"),
    }
    if kind is None:
        return ""
    # A kind written by a newer version still reads as words.
    return labels.get(kind, str(kind).replace("_", " ").capitalize())


def organization_label(name: str, acronym: str | None) -> str:
    return f"{name} ({acronym})" if acronym else name


class LinkPicker(QWidget):
    """A searchable drop-down with Add, and the list of what was added with Remove."""

    changed = Signal()

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = search_picker(self, placeholder=placeholder, width=12)
        self.add_button = QPushButton(self.tr("Add"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.list = QListWidget(self)
        self.list.setMaximumHeight(self.list.fontMetrics().lineSpacing() * 4 + 12)
        self.add_button.clicked.connect(self._add_current)
        self.remove_button.clicked.connect(self._remove_selected)
        self._labels: dict[int, str] = {}

        top = QHBoxLayout()
        top.addWidget(self.combo, 1)
        top.addWidget(self.add_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.list, 1)
        bottom.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(bottom)

    def set_choices(self, choices: Callable[[], Sequence[tuple[str, int]]]) -> None:
        """Where the (label, id) to pick from come from; read when first used."""
        self.combo.set_loader(choices)

    def ids(self) -> list[int]:
        return [key for key, _label in self.links()]

    def links(self) -> list[tuple[int, str]]:
        """The (id, label) linked now."""
        return [(int(self.list.item(row).data(Qt.ItemDataRole.UserRole)),
                 self.list.item(row).text()) for row in range(self.list.count())]

    def set_links(self, links: Sequence[tuple[int, str]]) -> None:
        """The (id, label) already linked."""
        self.list.clear()
        for key, label in links:
            self._append(key, label)

    def add(self, key: int, label: str) -> None:
        if key not in self.ids():
            self._append(key, label)
            self.changed.emit()

    def _append(self, key: int, label: str) -> None:
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.UserRole, key)
        self.list.addItem(item)

    def _add_current(self) -> None:
        # The typed text decides, so a half-typed name never adds whatever was highlighted.
        self.combo.ensure_loaded()
        index = self.combo.findText(self.combo.currentText().strip(), Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            self.add(int(self.combo.itemData(index)), self.combo.itemText(index))
            self.combo.setCurrentIndex(-1)

    def _remove_selected(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))
        self.changed.emit()


class ActivityForm(QWidget):
    """Date, kind, subject, notes, who was involved and the follow-up of one activity."""

    edited = Signal()

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self._activity_id: int | None = None
        self.version: int | None = None
        """The activity's version when loaded: a save is refused if it changed since."""
        self._snapshot: Any = None

        self.title = QLabel(self)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.general_error = ErrorLabel(self)

        self.date = QDateEdit(self)
        self.date.setDisplayFormat(date_format())
        self.date.setCalendarPopup(True)
        self.kind = ChoiceEditor([(activity_kind_label(kind), kind) for kind in ActivityKind])
        self.subject = LineEditor(self.tr("What it was about"))
        self.subject_error = ErrorLabel(self)
        self.notes = TextEditor(lines=4)
        self.letter = QComboBox(self)
        self.letter.setAccessibleName(self.tr("Letter"))
        self.letter.setToolTip(self.tr("The letter this activity is about, if any"))
        self.letter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.letter.setMinimumContentsLength(12)
        self.letter.addItem(self.tr("None"), None)
        self.organizations = LinkPicker(self.tr("Type to find an organization"))
        self.contacts = LinkPicker(self.tr("Type to find a contact"))
        self.follow_up = DateEditor(self.tr("Follow up on"))
        self.follow_up_done = CheckEditor(self.tr("Done"))

        content = QWidget()
        groups = QVBoxLayout(content)
        groups.setContentsMargins(0, 0, 4, 0)
        activity = self._group(groups, self.tr("Activity"))
        activity.addRow(self.tr("Date"), self.date)
        activity.addRow(self.tr("Kind"), self.kind.widget)
        subject_cell = QWidget()
        subject_column = QVBoxLayout(subject_cell)
        subject_column.setContentsMargins(0, 0, 0, 0)
        subject_column.addWidget(self.subject.widget)
        subject_column.addWidget(self.subject_error)
        activity.addRow(self.tr("Subject"), subject_cell)
        activity.addRow(self.tr("Notes"), self.notes.widget)
        activity.addRow(self.tr("Letter"), self.letter)
        involved = self._group(groups, self.tr("Involved"))
        involved.addRow(self.tr("Organizations"), self.organizations)
        involved.addRow(self.tr("Contacts"), self.contacts)
        follow = self._group(groups, self.tr("Follow-up"))
        follow.addRow(self.follow_up.widget)
        follow.addRow(self.follow_up_done.widget)
        self.attachments = AttachmentsPanel(database, "activity")
        self._group(groups, self.tr("Attachments")).addRow(self.attachments)
        groups.addStretch(1)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        self.button_row = QHBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.general_error)
        layout.addWidget(scroll, 1)
        layout.addLayout(self.button_row)

        self.subject.on_change(lambda: self.subject_error.show_problem(None))
        self.follow_up.on_change(self._follow_up_changed)
        for editor in (self.kind, self.subject, self.notes, self.follow_up, self.follow_up_done):
            editor.on_change(lambda: self.edited.emit())
        self.date.dateChanged.connect(lambda _date: self.edited.emit())
        self.letter.currentIndexChanged.connect(lambda _index: self.edited.emit())
        self.organizations.changed.connect(self.edited)
        self.contacts.changed.connect(self.edited)

    @staticmethod
    def _group(groups: QVBoxLayout, title: str) -> QFormLayout:
        group = QGroupBox(title)
        form = QFormLayout(group)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        groups.addWidget(group)
        return form

    @property
    def activity_id(self) -> int | None:
        """The activity shown; None while a new one is being entered."""
        return self._activity_id

    def reload_choices(self) -> None:
        """Read the names to pick from again, on first use (organizations or contacts changed)."""
        self.organizations.set_choices(self._organization_choices)
        self.contacts.set_choices(self._contact_choices)
        self._reload_letters()

    def _reload_letters(self) -> None:
        """The letters to pick from: few, so read at once; the chosen one stays chosen."""
        with self.database.session() as session:
            letters = [(letter.title, letter.id) for letter in list_letters(session=session)]
        chosen = self.letter.currentData()
        blocked = self.letter.blockSignals(True)
        try:
            self.letter.clear()
            self.letter.addItem(self.tr("None"), None)
            for title, key in letters:
                self.letter.addItem(title, key)
            self._set_letter(chosen)
        finally:
            self.letter.blockSignals(blocked)

    def _set_letter(self, letter_id: int | None) -> None:
        index = self.letter.findData(letter_id) if letter_id is not None else 0
        self.letter.setCurrentIndex(max(index, 0))

    def _organization_choices(self) -> list[tuple[str, int]]:
        with self.database.session() as session:
            return [(organization_label(name, acronym), key)
                    for key, name, acronym in organization_choices(session=session)]

    def _contact_choices(self) -> list[tuple[str, int]]:
        with self.database.session() as session:
            return [(name, key) for key, name in contact_choices(session=session)]

    def load(self, activity_id: int | None) -> None:
        """Show a stored activity, or a blank one dated today (None)."""
        values: dict[str, Any] = {"activity_date": dt.date.today(), "kind": ActivityKind.meeting}
        organizations: list[tuple[int, str]] = []
        people: list[tuple[int, str]] = []
        if activity_id is not None:
            with self.database.session() as session:
                activity = get_activity(session=session, activity_id=activity_id)
                values = {name: getattr(activity, name) for name in (
                    "activity_date", "kind", "subject", "notes", "letter_id", "follow_up_on",
                    "follow_up_done")}
                organizations, people = link_names(
                    session=session, activity_ids=[activity_id])[activity_id]
                self.version = edits.version(session=session, kind="activity",
                                             record_id=activity_id)
        else:
            self.version = None
        self._activity_id = activity_id
        self._set_values({"subject": None, "notes": None, "letter_id": None,
                          "follow_up_on": None, "follow_up_done": None} | values)
        self.organizations.set_links(organizations)
        self.contacts.set_links(people)
        self.attachments.load(activity_id)
        self._follow_up_changed()
        self.title.setText(self.tr("New activity") if activity_id is None
                           else self.tr("Activity: {subject}").format(subject=values["subject"]))
        self.show_problem(None)
        self.mark_clean()

    def _set_values(self, values: dict[str, Any]) -> None:
        """Show these of the fields."""
        if "activity_date" in values:
            when: dt.date = values["activity_date"]
            self.date.setDate(QDate(when.year, when.month, when.day))
        if "kind" in values:
            self.kind.set_value(values["kind"])
        if "subject" in values:
            self.subject.set_value(values["subject"])
        if "notes" in values:
            self.notes.set_value(values["notes"])
        if "letter_id" in values:
            letter_id = values["letter_id"]
            if letter_id is not None and self.letter.findData(letter_id) < 0:
                self._reload_letters()  # a letter added since the list was read
            self._set_letter(letter_id)
        if "follow_up_on" in values:
            self.follow_up.set_value(values["follow_up_on"])
        if "follow_up_done" in values:
            self.follow_up_done.set_value(values["follow_up_done"])

    def reload_keeping_edits(self) -> None:
        """Load the activity as it is now, then put back what the person had changed.

        After a refused save: fields they did not touch show the newer values,
        theirs stay as typed, and the activity stays unsaved for them to check.
        """
        (values, organizations, contacts), (loaded, loaded_organizations, loaded_contacts) = (
            self._state(), self._snapshot)
        mine = {name: value for name, value in values.items() if value != loaded.get(name)}
        organization_links = (self.organizations.links()
                              if organizations != loaded_organizations else None)
        contact_links = self.contacts.links() if contacts != loaded_contacts else None
        self.load(self._activity_id)
        self._set_values(mine)
        if organization_links is not None:
            self.organizations.set_links(organization_links)
        if contact_links is not None:
            self.contacts.set_links(contact_links)
        self.edited.emit()

    def _state(self) -> Any:
        return (self.values(), self.organization_ids(), self.contact_ids())

    def mark_clean(self) -> None:
        """What the form shows now is what is stored."""
        self._snapshot = self._state()

    def is_dirty(self) -> bool:
        """True when the form holds changes not saved yet."""
        return bool(self._state() != self._snapshot)

    def display_name(self) -> str:
        """How the activity is named in "Save changes to …?"."""
        subject = self.subject.value().strip()
        return f"“{subject}”" if subject else self.tr("the new activity")

    def values(self) -> dict[str, Any]:
        """The activity's fields, as core create_activity/update_activity take them."""
        picked = self.date.date().toPython()
        assert isinstance(picked, dt.date)
        follow_up_on = self.follow_up.value()
        return {
            "activity_date": picked,
            "kind": self.kind.value(),
            "subject": self.subject.value().strip(),
            "notes": self.notes.value().strip() or None,
            "letter_id": self.letter.currentData(),
            "follow_up_on": follow_up_on,
            "follow_up_done": bool(self.follow_up_done.value()) and follow_up_on is not None,
        }

    def organization_ids(self) -> list[int]:
        return self.organizations.ids()

    def contact_ids(self) -> list[int]:
        return self.contacts.ids()

    def validate(self) -> bool:
        """Check what the form can check itself; show the problem under its field."""
        if not self.subject.value().strip():
            self.subject_error.show_problem(self.tr("An activity needs a subject."))
            self.subject.focus()
            return False
        return True

    def show_problem(self, problem: BaseException | str | None) -> None:
        """A problem the core reported (its error, or text), above the fields, in the
        interface's language; None clears every problem."""
        self.general_error.show_problem(None if problem is None else message(problem))
        if problem is None:
            self.subject_error.show_problem(None)

    def _follow_up_changed(self) -> None:
        # "Done" means nothing without a follow-up date.
        self.follow_up_done.widget.setEnabled(self.follow_up.value() is not None)
