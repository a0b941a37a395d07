"""The selected letter's own fields and body, with Save and Revert; its versions in
other languages, a body read from Word, and the signature image.

save() stores them through core (letters.save_letter), off the UI thread,
checked against the version the editor loaded: a letter changed meanwhile by the command line or
another window is not overwritten; the person reloads it or puts their edits
on top, as on the record forms. A save the server was away for keeps the edits,
says "Reconnecting" and is made again once the server answers (ui.app.server_retry).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Signal
from PySide6.QtGui import QFontDatabase, QImage
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coalitiondesk.core.errors import CoalitionDeskError
from coalitiondesk.core.journal.operations import StaleRecord
from coalitiondesk.core.merge import signature as signatures
from coalitiondesk.core.merge import versions
from coalitiondesk.core.merge.word_import import read_body
from coalitiondesk.core.models import LetterKind, LetterStatus
from coalitiondesk.core.records import letters
from coalitiondesk.core.storage.db import Database
from coalitiondesk.ui.app.server_retry import RetryWhenBack, reads_server, server_away
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
        self._retry = RetryWhenBack(database, self)

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
        # The body shown is the letter's own or its version in another language.
        self.version_box = QComboBox(self)
        self.version_box.setAccessibleName(self.tr("Language version shown"))
        self.version_box.setToolTip(self.tr(
            "Each recipient gets the version in their language, else the letter's own"))
        self.version_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.add_version_button = QPushButton(self.tr("Add language…"), self)
        self.remove_version_button = QPushButton(self.tr("Remove"), self)
        self.remove_version_button.setToolTip(self.tr("Remove this language version"))
        self.import_button = QPushButton(self.tr("Import from Word…"), self)
        self.import_button.setToolTip(self.tr(
            "Replace the body shown with a Word (.docx) or OpenDocument (.odt) file's text"))
        self.signature_button = QPushButton(self.tr("Signature…"), self)
        self.signature_button.setToolTip(self.tr(
            "A signature image (PNG or JPEG) printed above the signatory block"))
        self.remove_signature_button = QPushButton(self.tr("No signature"), self)
        self.signature_label = QLabel(self)
        self._bodies: dict[str, str] = {}
        self._shown_language = "en"

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
        version_row = QHBoxLayout()
        version_row.addWidget(self.version_box, 1)
        version_row.addWidget(self.add_version_button)
        version_row.addWidget(self.remove_version_button)
        version_row.addWidget(self.import_button)
        form.addRow(self.tr("Body in"), version_row)
        signature_row = QHBoxLayout()
        signature_row.addWidget(self.signature_label, 1)
        signature_row.addWidget(self.signature_button)
        signature_row.addWidget(self.remove_signature_button)
        form.addRow(self.tr("Signature"), signature_row)

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
        self.version_box.activated.connect(self._version_chosen)
        self.add_version_button.clicked.connect(self.add_version)
        self.remove_version_button.clicked.connect(self.remove_version)
        self.import_button.clicked.connect(self.import_body)
        self.signature_button.clicked.connect(self.choose_signature)
        self.remove_signature_button.clicked.connect(lambda: self.set_signature(b""))
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
        version: int | None = None
        # Everything read before anything is shown: a read the server does not answer
        # leaves the editor, its edits and the version they were made on as they were.
        if letter_id is not None:
            stored = letters.letter_for_editing(self.database, letter_id=letter_id)
            values, version = stored.values, stored.version
            bodies = versions.versions_of(self.database, letter_id=letter_id)
            signature = signatures.letter_signature(self.database, letter_id=letter_id)
        else:
            bodies, signature = {str(values["language"]): ""}, b""
        self.version = version
        self._letter_id = letter_id
        self._set_fields(values)
        self.title.setCursorPosition(0)
        main = str(values["language"] or "en")
        self._bodies = bodies
        self._shown_language = main
        self._fill_versions()
        self._show_signature(signature)
        self.body.set_body(values["body"] or "")
        self._loaded = self._fields()
        self.show_problem(None)
        self.setEnabled(letter_id is not None)
        self._set_dirty(False)

    @reads_server()
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
        shown = self._shown_language
        # The letter's own body is the one shown when loaded first, whatever the
        # Language field now says (changing it renames the letter's own body).
        if shown == next(iter(self._bodies), shown):
            def save() -> letters.SavedLetter:
                return letters.save_letter(database, letter_id=letter_id, values=values,
                                           loaded_version=version)
        else:
            def save() -> letters.SavedLetter:
                return versions.save_letter_with_version(
                    database, letter_id=letter_id, values=values, language=shown,
                    loaded_version=version)
        outcome = run_long_work(
            lambda: single_step("Saving", save),
            title=self.tr("Save"), parent=self.window(), cancellable=False,
            report_failure=False)
        if isinstance(outcome.error, StaleRecord):
            self._resolve_stale(outcome.error)
            return False
        if server_away(outcome.error):
            # Through the page, which shows the saved letter in its list too.
            self._retry.save_when_back(
                show=self.general_error.show_problem, save=self.saveRequested.emit,
                wanted=lambda: self._letter_id == letter_id and self.is_dirty())
            return False
        if isinstance(outcome.error, CoalitionDeskError):
            self.show_problem(message(outcome.error))
            return False
        if outcome.error is not None:
            show_failure(self.window(), self.tr("Not saved"), outcome.error)
            return False
        self._retry.cancel()
        self.load(letter_id)
        self._show_version(shown)
        return True

    # --- language versions, Word and the signature --------------------------------

    def _fill_versions(self) -> None:
        self.version_box.clear()
        main = next(iter(self._bodies), "en")
        for code in self._bodies:
            name = language_name(code)
            self.version_box.addItem(
                self.tr("{language} (main)").format(language=name)
                if code == main else name, code)
        self.version_box.setCurrentIndex(max(0, self.version_box.findData(
            self._shown_language)))
        self.remove_version_button.setEnabled(self._shown_language != main)

    def _show_version(self, code: str) -> None:
        """Show the body in `code` (a version saved, or the letter's own)."""
        if code not in self._bodies:
            return
        self._shown_language = code
        self._fill_versions()
        self.body.set_body(self._bodies[code])
        self._changed()

    def _version_chosen(self, _index: int) -> None:
        code = str(self.version_box.currentData() or "")
        if code == self._shown_language:
            return
        if self.is_dirty():
            self.version_box.setCurrentIndex(self.version_box.findData(self._shown_language))
            self.show_problem(self.tr(
                "Save or revert the changes before showing another language."))
            return
        self.show_problem(None)
        self._show_version(code)

    def add_version(self) -> None:
        """A version in another language, starting as a copy of the body shown (its
        fields stay in place for the translator); stored by Save."""
        if self._letter_id is None:
            return
        if self.is_dirty():
            self.show_problem(self.tr("Save or revert the changes before adding a language."))
            return
        choices = [f"{name} ({code})" for code, name in LETTER_LANGUAGES
                   if code not in self._bodies]
        chosen, accepted = QInputDialog.getItem(
            self, self.tr("Add language"),
            self.tr("Language of the new version (or its code, such as pt or vi):"),
            choices, 0, True)
        text = chosen.strip()
        if not accepted or not text:
            return
        code = text.rsplit("(", 1)[-1].rstrip(")") if text.endswith(")") else text
        try:
            code = versions.normalized_language(code)
        except CoalitionDeskError as error:
            self.show_problem(message(error))
            return
        if code in self._bodies:
            self._show_version(code)
            return
        copy = self.body.body()
        self._bodies[code] = ""
        self._shown_language = code
        self._fill_versions()
        self.body.restore_edit(copy)
        self._changed()

    def remove_version(self) -> None:
        letter_id, code = self._letter_id, self._shown_language
        if letter_id is None or code == next(iter(self._bodies), code):
            return
        answer = QMessageBox.question(
            self, self.tr("Remove language version"),
            self.tr("Remove the {language} version of this letter? Edit › Undo brings it "
                    "back.").format(language=language_name(code)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        if code not in versions.versions_of(self.database, letter_id=letter_id):
            self.load(letter_id)  # added here and never saved: nothing to remove
            return
        try:
            versions.delete_version(self.database, letter_id=letter_id, language=code)
        except CoalitionDeskError as error:
            self.show_problem(message(error))
            return
        self.load(letter_id)

    def import_body(self) -> None:
        """Put a Word or OpenDocument file's text in the body shown; stored by Save."""
        if self._letter_id is None:
            return
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import from Word"), "",
            self.tr("Word or OpenDocument files (*.docx *.odt)"))
        if not chosen:
            return
        path = Path(chosen)
        outcome = run_long_work(lambda: single_step("Reading", lambda: read_body(path)),
                                title=self.tr("Import from Word"), parent=self.window(),
                                cancellable=False, report_failure=False)
        if isinstance(outcome.error, CoalitionDeskError):
            self.show_problem(message(outcome.error))
            return
        if outcome.error is not None:
            show_failure(self.window(), self.tr("Not imported"), outcome.error)
            return
        self.show_problem(None)
        self.body.restore_edit(str(outcome.result))
        self._changed()

    def choose_signature(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Signature image"), "", self.tr("Images (*.png *.jpg *.jpeg)"))
        if not chosen:
            return
        try:
            data = Path(chosen).read_bytes()
        except OSError as error:
            show_failure(self.window(), self.tr("Signature not set"), error)
            return
        self.set_signature(data)

    def set_signature(self, data: bytes) -> None:
        """Store the signature image (b"": none) at once, as one operation."""
        letter_id = self._letter_id
        if letter_id is None:
            return
        try:
            signatures.save_signature_image(self.database, letter_id=letter_id, data=data)
        except CoalitionDeskError as error:
            self.show_problem(message(error))
            return
        shown = self._shown_language
        self.load(letter_id)
        self._show_version(shown)

    def _show_signature(self, data: bytes) -> None:
        image = QImage()
        if data and image.loadFromData(data):
            self.signature_label.setText(self.tr("An image of {width} × {height} pixels")
                                         .format(width=image.width(), height=image.height()))
        else:
            self.signature_label.setText(self.tr("None"))
        self.remove_signature_button.setEnabled(bool(data))

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
        # Each of these stores at once, or needs the body saved first.
        for button in (self.signature_button, self.add_version_button):
            button.setEnabled(not dirty)
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirtyChanged.emit(dirty)


def language_name(code: str) -> str:
    """A language named in itself ("한국어"), as the Language list names them."""
    known = dict(LETTER_LANGUAGES)
    if code in known:
        return known[code]
    locale = QLocale(code)
    name = locale.nativeLanguageName() if locale.language() != QLocale.Language.C else ""
    return name or code
