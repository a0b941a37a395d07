"""The Letters tab: the list of letters, and the selected letter's text, signatories
and recipients.

The letter's own fields are saved with Save (Ctrl+S); signatories and
recipients are written as soon as they are changed, each change one
transaction. `changed` tells the window to refresh what depends on letters
(timelines, the activity log).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QWidget,
)

from coalitiondesk.core.errors import CoalitionDeskError
from coalitiondesk.core.journal.operations import ChangeSet
from coalitiondesk.core.records import edits, letters
from coalitiondesk.core.storage.db import Database
from coalitiondesk.ui.app.server_retry import failure_title, perhaps_not_deleted_text, reads_server
from coalitiondesk.ui.app.workers import run_long_work, show_failure, single_step
from coalitiondesk.ui.dialogs.email_merge_dialog import EmailMergeDialog
from coalitiondesk.ui.dialogs.page_settings_dialog import PageSettingsDialog
from coalitiondesk.ui.forms import DiscardChoice, ask_to_save
from coalitiondesk.ui.models.table_models import KEY_ROLE, Column, InMemoryRecordModel, Row
from coalitiondesk.ui.pages.page import PageDefaults
from coalitiondesk.ui.pages.record_page import configure_table, select_row, two_panes
from coalitiondesk.ui.text.core_messages import message
from coalitiondesk.ui.widgets.attachments_panel import AttachmentsPanel
from coalitiondesk.ui.widgets.letter_editor import (
    LetterEditor,
    letter_kind_label,
    letter_status_label,
)
from coalitiondesk.ui.widgets.recipients_panel import RecipientsPanel
from coalitiondesk.ui.widgets.signatories_panel import SignatoriesPanel


class LetterTableModel(InMemoryRecordModel):
    """Every letter, newest first, with its numbers of signatories and recipients."""

    COLUMNS = (
        Column("title", QT_TRANSLATE_NOOP("TableColumns", "Title"), 24, "title"),
        Column("kind", QT_TRANSLATE_NOOP("TableColumns", "Kind"), 9, "kind"),
        Column("date", QT_TRANSLATE_NOOP("TableColumns", "Date"), 10, "date", date=True),
        Column("status", QT_TRANSLATE_NOOP("TableColumns", "Status"), 7, "status"),
        Column("signatories", QT_TRANSLATE_NOOP("TableColumns", "Signed"), 5, "signatories",
               numeric=True),
        Column("recipients", QT_TRANSLATE_NOOP("TableColumns", "Recipients"), 8, "recipients",
               numeric=True),
    )
    STRETCH_COLUMN = "title"

    def __init__(self, database: Database, parent: Any = None) -> None:
        super().__init__(database, parent)
        self._sort_column = self.column_index("date")
        self._descending = True

    def reload(self) -> None:
        rows = []
        with self._database.session() as session:
            for summary in letters.letter_summaries(session=session):
                letter = summary.letter
                assert letter.id is not None
                rows.append(Row(letter.id, (
                    letter.title,
                    letter_kind_label(letter.kind),
                    letter.letter_date.isoformat() if letter.letter_date else "",
                    letter_status_label(letter.status),
                    summary.signed,
                    summary.recipients,
                )))
        self.set_rows(rows)


class LettersPage(QWidget, PageDefaults):
    """Letters on the left; the selected one's editor, signatories and recipients on the right."""

    changed = Signal()
    """Something about a letter was written."""
    dirtyChanged = Signal(bool)
    mergeRequested = Signal(int)
    actionsChanged = Signal()
    """What New, Save and Delete can do may have changed."""

    LETTER, SIGNATORIES, RECIPIENTS = range(3)

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = "letters"
        self.database = database
        self._current: int | None = None

        self.model = LetterTableModel(database, self)
        self.view = QTableView(self)
        self.view.setAccessibleName(self.tr("Letters table"))
        configure_table(self.view, self.model)
        self.new_button = QPushButton(self.tr("New letter…"), self)
        self.new_button.setToolTip(self.tr("Start a new letter"))
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.setToolTip(self.tr("Delete the selected letter"))
        self.merge_button = QPushButton(self.tr("Print / Merge…"), self)
        self.merge_button.setToolTip(self.tr(
            "Preview and print the letter for each recipient, or write PDFs, envelopes, labels"))
        self.settings_button = QPushButton(self.tr("Letter settings…"), self)
        self.settings_button.setToolTip(self.tr(
            "Paper, margins, letterhead, the sender's address and the default salutation"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.settings_button)
        # Sending on a row of its own: five buttons in one row made the tab, and so the
        # window, wider than a 1024-pixel screen.
        sending = QHBoxLayout()
        sending.addStretch(1)
        sending.addWidget(self.merge_button)
        self.email_button = QPushButton(self.tr("Send by E-mail…"), self)
        self.email_button.setToolTip(self.tr(
            "One personal message per recipient, previewed first, never sent twice"))
        sending.addWidget(self.email_button)

        self.editor = LetterEditor(database, self)
        self.signatories = SignatoriesPanel(database, self)
        self.recipients = RecipientsPanel(database, self)
        self.details = QTabWidget(self)
        self.details.setAccessibleName(self.tr("Letter details"))
        self.details.tabBar().setAccessibleName(
            self.tr("Letter, signatories, recipients or attachments"))
        self.details.addTab(self.editor, self.tr("Letter"))
        self.details.addTab(self.signatories, self.tr("Signatories"))
        self.details.addTab(self.recipients, self.tr("Recipients"))
        self.attachments = AttachmentsPanel(database, "letter", self)
        self.details.addTab(self.attachments, self.tr("Attachments"))
        self.details.setMinimumWidth(520)

        self.splitter = two_panes(self, [buttons, sending, self.view], self.details, stretch=(2, 3))
        self.splitter.setSizes([560, 720])

        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        self.new_button.clicked.connect(self.ask_new_letter)
        self.delete_button.clicked.connect(self.delete)
        self.merge_button.clicked.connect(self._merge_clicked)
        self.email_button.clicked.connect(self._email_clicked)
        self.settings_button.clicked.connect(self.edit_settings)
        self.editor.saveRequested.connect(self.save)
        self.editor.dirtyChanged.connect(self.dirtyChanged)
        self.editor.dirtyChanged.connect(lambda _dirty: self.actionsChanged.emit())
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self.actionsChanged.emit())
        self.signatories.changed.connect(self._part_changed)
        self.recipients.changed.connect(self._part_changed)

        self.reload()
        if self.model.rowCount():
            select_row(self.view, 0)
        self._update_buttons()

    # --- what the window uses -------------------------------------------------------

    def current_letter(self) -> int | None:
        return self._current

    def open_letter(self, letter_id: int) -> None:
        """Show a letter asked for from elsewhere (a timeline); unsaved changes are asked about."""
        row = self.model.row_of(letter_id)
        if row is not None:
            select_row(self.view, row)  # through _row_changed, which asks before leaving

    def reload(self) -> None:
        """Read letters again; the letter in hand stays, with its unsaved changes."""
        self.model.reload()
        if self._current is not None and self.model.row_of(self._current) is None:
            self._show(None)  # deleted elsewhere (an undone import)
        self._select(self._current)
        if not self.editor.is_dirty():
            self.editor.load(self._current)
        self.signatories.reload()
        self.recipients.reload()
        self._update_buttons()

    def is_dirty(self) -> bool:
        return self.editor.is_dirty()

    # --- what the window asks of a tab (ui.pages.page) -------------------------------

    def can_create(self) -> bool:
        return True

    def new_record(self) -> None:
        self.ask_new_letter()

    def can_save(self) -> bool:
        return self.is_dirty()

    def can_delete(self) -> bool:
        return self._current is not None

    def delete_current(self) -> bool:
        return self.delete()

    def apply_changes(self, changes: ChangeSet) -> None:
        if changes.touches("letter", "recipient", "organization", "contact"):
            self.reload()

    def status_text(self) -> str:
        # self.tr: lupdate takes QCoreApplication.translate's count for no plural.
        return self.tr("%n letter(s)", "", self.model.rowCount())

    def may_leave(self) -> bool:
        """Ask about unsaved changes to the letter; False keeps the user on it."""
        if not self.editor.is_dirty():
            return True
        choice = ask_to_save(self, self.editor.display_name())
        if choice == DiscardChoice.SAVE:
            return self.save()
        if choice == DiscardChoice.DISCARD:
            self.editor.revert()
            return True
        return False

    # --- actions --------------------------------------------------------------------

    def ask_new_letter(self) -> int | None:
        if not self.may_leave():
            return None
        title, ok = QInputDialog.getText(self, self.tr("New letter"), self.tr("Title:"),
                                         QLineEdit.EchoMode.Normal, "")
        if not ok or not title.strip():
            return None
        return self.new_letter(title)

    def new_letter(self, title: str) -> int | None:
        """Create a letter titled `title` and show it in the editor."""
        try:
            letter_id = letters.new_letter(self.database, title=title)
        except CoalitionDeskError as error:
            QMessageBox.warning(self, self.tr("New letter"), message(error))
            return None
        self.editor.load(None)  # nothing unsaved survives into the new letter
        self._current = letter_id
        self.model.reload()
        self._select(letter_id)
        self._show(letter_id)
        self.details.setCurrentIndex(self.LETTER)
        self.editor.body.edit.setFocus()
        self.changed.emit()
        return letter_id

    def save(self) -> bool:
        """Store the editor's fields and body; False (with the problem shown) if not."""
        letter_id = self.editor.letter_id
        # The editor checks the version it loaded: a letter changed meanwhile is not overwritten.
        if letter_id is None or not self.editor.save():
            return False
        self.model.reload()
        self._select(letter_id)
        self._show_titles()
        self.changed.emit()
        return True

    def delete(self) -> bool:
        letter_id = self._current
        if letter_id is None:
            return False
        try:
            links = letters.deletion_of(self.database, letter_id=letter_id)
        except CoalitionDeskError as error:  # deleted meanwhile, by another window
            QMessageBox.warning(self, self.tr("Not deleted"), message(error))
            return False
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Delete letter"),
                          self.tr("Delete the letter “{title}”?").format(title=links.title),
                          QMessageBox.StandardButton.Cancel, self)
        box.setInformativeText(
            self.tr("This also removes %n signature(s)", "", links.signatures) + "\n"
            + self.tr("and %n recipient(s) with their dispatches.", "", links.recipients)
            + "\n\n" + self.tr("You can undo this with Ctrl+Z."))
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is not delete:
            return False
        return self.delete_letter(letter_id)

    def delete_letter(self, letter_id: int) -> bool:
        """Delete without asking (the Delete button asks first)."""
        database = self.database
        outcome = run_long_work(
            lambda: single_step("Deleting", lambda: edits.delete_letter(
                database, letter_id=letter_id)),
            title=self.tr("Delete letter"), parent=self.window(), cancellable=False,
            report_failure=False)
        if outcome.error is not None:
            show_failure(self.window(), failure_title(
                outcome.error, refused=self.tr("Not deleted"),
                uncertain=perhaps_not_deleted_text()), outcome.error)
        if not outcome.succeeded:
            return False
        self.editor.load(None)
        self._current = None
        self.view.selectionModel().clear()
        self.model.reload()
        self._show(None)
        self.changed.emit()
        return True

    def edit_settings(self) -> None:
        PageSettingsDialog(self.database, self).exec()

    def _merge_clicked(self) -> None:
        if self._current is not None and self.may_leave():
            self.mergeRequested.emit(self._current)

    def _email_clicked(self) -> None:
        if self._current is None or not self.may_leave():
            return
        dialog = EmailMergeDialog(self.database, self._current, self)
        dialog.dispatched.connect(self.changed)
        dialog.exec()

    # --- keeping list and details together ------------------------------------------

    @reads_server(restore=lambda page: page._select(page._current))
    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        key = current.data(KEY_ROLE) if current.isValid() else None
        if key == self._current:
            return
        if not self.may_leave():
            self._select(self._current)
            return
        self._show(key)

    def _show(self, letter_id: int | None) -> None:
        # The editor first: one it could not read for (the server away) leaves the
        # letter in hand current, its row selected again.
        self.editor.load(letter_id)
        self._current = letter_id
        self._show_titles()
        self._update_buttons()
        self.actionsChanged.emit()  # the editor's own signals came before it was current

    def _show_titles(self) -> None:
        title = self.editor.title.text()
        self.signatories.load(self._current, title)
        self.recipients.load(self._current, title)
        self.attachments.load(self._current)

    def _select(self, letter_id: int | None) -> None:
        row = self.model.row_of(letter_id) if letter_id is not None else None
        if row is None:
            self.view.selectionModel().clear()
        else:
            select_row(self.view, row, quietly=True)

    def _part_changed(self) -> None:
        self.model.reload()
        self._select(self._current)
        self.changed.emit()

    def _update_buttons(self) -> None:
        has_letter = self._current is not None
        self.delete_button.setEnabled(has_letter)
        self.merge_button.setEnabled(has_letter)
        self.email_button.setEnabled(has_letter)

