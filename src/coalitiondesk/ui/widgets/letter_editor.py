"""The selected letter's own fields and body, with Save and Revert.

save() stores them through core (letters.save_letter), off the UI thread,
checked against the version the editor loaded: a letter changed meanwhile by the command line or
another window is not overwritten; the person reloads it or puts their edits
on top, as on the record forms.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coalitiondesk.core.errors import CoalitionDeskError
from coalitiondesk.core.journal.operations import StaleRecord
from coalitiondesk.core.models import LetterKind, LetterStatus
from coalitiondesk.core.records import letters
from coalitiondesk.core.storage.db import Database
from coalitiondesk.ui.app.workers import run_long_work, show_failure, single_step
from coalitiondesk.ui.dialogs.stale_record_dialog import StaleChoice, ask_about_stale
from coalitiondesk.ui.forms.editors import OptionalDateEdit
from coalitiondesk.ui.forms.record_form import ErrorLabel
from coalitiondesk.ui.text.core_messages import message
from coalitiondesk.ui.widgets.body_editor import BodyEditor


def letter_kind_label(kind: str | None) -> str:
    labels: dict[str, str] = {
        LetterKind.sign_on: QCoreApplication.translate("LetterKind", "Sign-on letter"),
        LetterKind.open_letter: QCoreApplication.translate("LetterKind", "Open letter"),
        LetterKind.mailing: QCoreApplication.translate("LetterKind", "Mailing"),
    }
    return labels.get(kind or "", str(kind or "").replace("_", " ").capitalize())


def letter_status_label(status: str | None) -> str:
    labels: dict[str, str] = {
        LetterStatus.draft: QCoreApplication.translate("LetterStatus", "Draft"),
        LetterStatus.collecting: QCoreApplication.translate(
            "LetterStatus", "Collecting signatures"),
        LetterStatus.sent: QCoreApplication.translate("LetterStatus", "Sent"),
        LetterStatus.closed: QCoreApplication.translate("LetterStatus", "Closed"),
    }
    return labels.get(status or "", str(status or "").replace("_", " ").capitalize())


FIELD_NAMES = ("title", "kind", "letter_date", "status", "closing", "allow_restricted",
               "language", "font_family")

# The languages a letter is commonly written in here, each named in itself.
LETTER_LANGUAGES = (("en", "English"), ("ko", "한국어"), ("ja", "日本語"), ("zh", "中文"),
                    ("fr", "Français"), ("de", "Deutsch"), ("es", "Español"))


class LetterEditor(QWidget):
    """Title, kind, date, status, closing, restricted recipients and the body of one letter.

    `dirtyChanged(bool)` follows unsaved changes; `saveRequested` is the Save button.
    """

    dirtyChanged = Signal(bool)
    saveRequested = Signal()

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self._letter_id: int | None = None
        self._loaded: dict[str, Any] = {}
        self._dirty = False
        self.version: int | None = None
        """The letter's version when loaded: a save is refused if it changed since."""

        self.title = QLineEdit(self)
        self.title.setAccessibleName(self.tr("Title"))
        self.title.setPlaceholderText(self.tr("e.g. Letter to the Minister of Foreign Affairs"))
        self.title_error = ErrorLabel(self)
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Kind"))
        for kind in LetterKind:
            self.kind.addItem(letter_kind_label(kind), kind.value)
        self.letter_date = OptionalDateEdit(self.tr("Dated"), self)
        self.letter_date.box.setAccessibleName(self.tr("The letter has a date"))
        self.letter_date.edit.setAccessibleName(self.tr("Letter date"))
        self.status = QComboBox(self)
        self.status.setAccessibleName(self.tr("Status"))
        for status in LetterStatus:
            self.status.addItem(letter_status_label(status), status.value)
        self.closing = QLineEdit(self)
        self.closing.setAccessibleName(self.tr("Closing"))
        self.allow_restricted = QCheckBox(self.tr("Allow restricted recipients"), self)
        self.allow_restricted.setToolTip(self.tr(
            "Restricted contacts are left out of the merge unless this letter allows them"))
        # The letter's own: its date's wording and its default font, whatever the
        # interface's language.
        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Language of the letter"))
        for code, name in LETTER_LANGUAGES:
            self.language.addItem(name, code)
        self.font_family = QComboBox(self)
        self.font_family.setAccessibleName(self.tr("Font of the letter"))
        self.font_family.addItem(self.tr("Default for the language"), "")
        for family in QFontDatabase.families():
            if not QFontDatabase.isPrivateFamily(family):
                self.font_family.addItem(family, family)
        self.body = BodyEditor(self)
        self.general_error = ErrorLabel(self)

        kind_row = QHBoxLayout()
        kind_row.addWidget(self.kind, 1)
        kind_row.addWidget(QLabel(self.tr("Status"), self))
        kind_row.addWidget(self.status, 1)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        title_cell = QVBoxLayout()
        title_cell.setSpacing(0)
        title_cell.addWidget(self.title)
        title_cell.addWidget(self.title_error)
        form.addRow(self.tr("Title"), title_cell)
        form.addRow(self.tr("Kind"), kind_row)
        date_row = QHBoxLayout()
        date_row.addWidget(self.letter_date, 1)
        date_row.addWidget(self.allow_restricted)
        form.addRow(self.tr("Date"), date_row)
        form.addRow(self.tr("Closing"), self.closing)
        language_row = QHBoxLayout()
        language_row.addWidget(self.language, 1)
        language_row.addWidget(QLabel(self.tr("Font"), self))
        language_row.addWidget(self.font_family, 2)
        form.addRow(self.tr("Language"), language_row)

        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setToolTip(self.tr("Save the letter (Ctrl+S)"))
        self.revert_button = QPushButton(self.tr("Revert"), self)
        self.revert_button.setToolTip(self.tr("Go back to the letter as it was saved"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.general_error)
        layout.addLayout(form)
        layout.addWidget(self.body, 1)
        layout.addLayout(buttons)

        self.title.textChanged.connect(self._changed)
        self.title.textChanged.connect(lambda _text: self.title_error.show_problem(None))
        self.kind.currentIndexChanged.connect(self._changed)
        self.status.currentIndexChanged.connect(self._changed)
        self.letter_date.changed.connect(self._changed)
        self.closing.textChanged.connect(self._changed)
        self.allow_restricted.toggled.connect(self._changed)
        self.language.currentIndexChanged.connect(self._changed)
        self.font_family.currentIndexChanged.connect(self._changed)
        self.body.edited.connect(self._changed)
        self.save_button.clicked.connect(self.saveRequested)
        self.revert_button.clicked.connect(self.revert)
        self.load(None)

    @property
    def letter_id(self) -> int | None:
        return self._letter_id

    def load(self, letter_id: int | None) -> None:
        """Show a stored letter; None shows an empty, disabled editor."""
        values: dict[str, Any] = {"title": "", "kind": LetterKind.sign_on.value,
                                  "letter_date": None, "status": LetterStatus.draft.value,
                                  "closing": "", "allow_restricted": False, "body": "",
                                  "language": "en", "font_family": None}
        self.version = None
        if letter_id is not None:
            stored = letters.letter_for_editing(self.database, letter_id=letter_id)
            values, self.version = stored.values, stored.version
        self._letter_id = letter_id
        self._set_fields(values)
        self.title.setCursorPosition(0)
        self.body.set_body(values["body"] or "")
        self._loaded = self._fields()
        self.show_problem(None)
        self.setEnabled(letter_id is not None)
        self._set_dirty(False)

    def revert(self) -> None:
        self.load(self._letter_id)

    def save(self) -> bool:
        """Store the fields and body; False (with the problem shown, or the question
        about a letter changed meanwhile asked) when not saved."""
        letter_id = self._letter_id
        if letter_id is None or not self.validate():
            return False
        database, values, version = self.database, self.values(), self.version
        # One transaction, so not cancellable; a quick save shows no dialog.
        outcome = run_long_work(
            lambda: single_step("Saving", lambda: letters.save_letter(
                database, letter_id=letter_id, values=values, loaded_version=version)),
            title=self.tr("Save"), parent=self.window(), cancellable=False,
            report_failure=False)
        if isinstance(outcome.error, StaleRecord):
            self._resolve_stale(outcome.error)
            return False
        if isinstance(outcome.error, CoalitionDeskError):
            self.show_problem(message(outcome.error))
            return False
        if outcome.error is not None:
            show_failure(self.window(), self.tr("Not saved"), outcome.error)
            return False
        self.load(letter_id)
        return True

    def reload_keeping_edits(self) -> None:
        """Load the letter as it is now, then put back what the person had changed.

        After a refused save: fields they did not touch show the newer values,
        theirs stay as typed, and the letter stays unsaved for them to check.
        """
        mine = {name: value for name, value in self._fields().items()
                if value != self._loaded.get(name)}
        body = self.body.body() if self.body.is_modified() else None
        self.load(self._letter_id)
        self._set_fields(mine)
        if body is not None:
            self.body.restore_edit(body)
        self._changed()

    def _resolve_stale(self, stale: StaleRecord) -> None:
        choice = ask_about_stale(self, name=self.display_name(), stale=stale)
        if choice is StaleChoice.RELOAD:
            self.load(self._letter_id)
        elif choice is StaleChoice.KEEP_EDITS:
            self.reload_keeping_edits()

    def values(self) -> dict[str, Any]:
        """The letter's fields, as core update_letter takes them."""
        values = self._fields()
        values["title"] = values["title"].strip()
        values["body"] = self.body.body()
        return values

    def _set_fields(self, values: dict[str, Any]) -> None:
        """Show these of the fields (the body is the body editor's)."""
        if "title" in values:
            self.title.setText(values["title"])
        if "kind" in values:
            self.kind.setCurrentIndex(max(0, self.kind.findData(str(values["kind"]))))
        if "letter_date" in values:
            self.letter_date.set_value(values["letter_date"])
        if "status" in values:
            self.status.setCurrentIndex(max(0, self.status.findData(str(values["status"]))))
        if "closing" in values:
            self.closing.setText(values["closing"] or "")
        if "allow_restricted" in values:
            self.allow_restricted.setChecked(bool(values["allow_restricted"]))
        if "language" in values:
            code = str(values["language"] or "en")
            if self.language.findData(code) < 0:
                self.language.addItem(code, code)
            self.language.setCurrentIndex(self.language.findData(code))
        if "font_family" in values:
            family = str(values["font_family"] or "")
            if self.font_family.findData(family) < 0:
                # A font named by another computer's letter: kept, though not installed here.
                self.font_family.addItem(family, family)
            self.font_family.setCurrentIndex(self.font_family.findData(family))

    def _fields(self) -> dict[str, Any]:
        date: dt.date | None = self.letter_date.value()
        return {
            "title": self.title.text(),
            "kind": self.kind.currentData(),
            "letter_date": date,
            "status": self.status.currentData(),
            "closing": self.closing.text(),
            "allow_restricted": self.allow_restricted.isChecked(),
            "language": self.language.currentData(),
            "font_family": self.font_family.currentData() or None,
        }

    def display_name(self) -> str:
        return self.title.text().strip() or self.tr("the letter")

    def is_dirty(self) -> bool:
        return self._dirty

    def mark_clean(self) -> None:
        self.load(self._letter_id)

    def validate(self) -> bool:
        if not self.title.text().strip():
            self.title_error.show_problem(self.tr("A letter needs a title."))
            self.title.setFocus()
            return False
        return True

    def show_problem(self, message: str | None) -> None:
        self.general_error.show_problem(message)
        if message is None:
            self.title_error.show_problem(None)

    def _changed(self, *_args: Any) -> None:
        if self._letter_id is None:
            return
        self._set_dirty(self._fields() != self._loaded or self.body.is_modified())

    def _set_dirty(self, dirty: bool) -> None:
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirtyChanged.emit(dirty)
