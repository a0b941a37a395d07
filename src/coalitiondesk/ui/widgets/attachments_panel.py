"""The files attached to one organization, contact, letter or activity: listed with size
and date, attached, opened with the system's viewer, renamed and removed
(core.records.attachments; each change one undoable operation).

A file is opened from a copy readable by the user alone in this process's folder
of files in progress, which is removed when the program ends. The panel follows
changes made elsewhere (an undo, the command line) through the window's journal
watcher.
"""

from __future__ import annotations

from datetime import UTC
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGridLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coalitiondesk.core.errors import CoalitionDeskError
from coalitiondesk.core.journal.operations import ChangeSet
from coalitiondesk.core.records import attachments
from coalitiondesk.core.records.attachments import AttachmentInfo
from coalitiondesk.core.storage.db import Database
from coalitiondesk.ui.app.i18n import display_date
from coalitiondesk.ui.text.core_messages import message

ID_ROLE = Qt.ItemDataRole.UserRole + 1
VISIBLE_ROWS = 5
"""Rows shown before the list scrolls: many files must not push the form away."""


class AttachmentsPanel(QWidget):
    def __init__(self, database: Database, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.kind = kind
        self.record_id: int | None = None
        self.items: list[AttachmentInfo] = []
        self._watching = False
        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(self.tr("Attached files"))
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setHeaderLabels([self.tr("Name"), self.tr("Size"), self.tr("Added")])
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemActivated.connect(lambda *_: self.open_selected())
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setEnabled(False)
        self.attach_button = QPushButton(self.tr("Attach…"), self)
        self.attach_button.setToolTip(self.tr("Keep a file with this record (at most 25 MB); "
                                              "it is never exported"))
        self.open_button = QPushButton(self.tr("Open"), self)
        self.rename_button = QPushButton(self.tr("Rename…"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.attach_button.clicked.connect(self.choose_and_attach)
        self.open_button.clicked.connect(self.open_selected)
        self.rename_button.clicked.connect(self.rename_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        # Two by two: four in a row would widen the narrow pane beside the table.
        buttons = QGridLayout()
        for place, button in enumerate((self.attach_button, self.open_button,
                                        self.rename_button, self.remove_button)):
            buttons.addWidget(button, place // 2, place % 2)
        buttons.setColumnStretch(2, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        layout.addStretch(1)  # on a tab of its own, the list stays at the top
        self.load(None)

    # --- loading ---------------------------------------------------------------------

    def load(self, record_id: int | None) -> None:
        """Show the record's files (None: a record not saved yet)."""
        self.record_id = record_id
        if record_id is None:
            self.items = []
        else:
            try:
                with self.database.session() as session:
                    self.items = attachments.list_attachments(
                        session=session, kind=self.kind, record_id=record_id)
            except CoalitionDeskError:  # the record went (an undo) before the form moved on
                self.items = []
        self._show()

    def reload(self) -> None:
        self.load(self.record_id)

    def _show(self) -> None:
        selected = self.selected_id()
        self.tree.clear()
        for item in self.items:
            added = item.added_at.replace(tzinfo=item.added_at.tzinfo or UTC).astimezone()
            row = QTreeWidgetItem([item.name, message(attachments.describe_size(item.size)),
                                   display_date(added.date())])
            row.setData(0, ID_ROLE, item.id)
            row.setToolTip(0, item.name)
            if not item.available:
                row.setToolTip(0, self.tr("This file was erased with a deleted record"))
                row.setDisabled(True)
            self.tree.addTopLevelItem(row)
            if item.id == selected:
                self.tree.setCurrentItem(row)
        rows = min(max(len(self.items), 1), VISIBLE_ROWS)
        self.tree.setFixedHeight(self.tree.header().sizeHint().height()
                                 + rows * (self.tree.fontMetrics().height() + 8) + 4)
        self.tree.setVisible(bool(self.items))
        if self.record_id is None:
            self.empty.setText(self.tr("Once the record is saved, files can be attached to it."))
        else:
            self.empty.setText(self.tr("No files attached."))
        self.empty.setVisible(not self.items)
        self._update_buttons()

    def selected_id(self) -> int | None:
        item = self.tree.currentItem()
        return None if item is None or not item.isSelected() else int(item.data(0, ID_ROLE))

    def _selected(self) -> AttachmentInfo | None:
        chosen = self.selected_id()
        return next((item for item in self.items if item.id == chosen), None)

    def _update_buttons(self) -> None:
        self.attach_button.setEnabled(self.record_id is not None)
        chosen = self._selected()
        self.open_button.setEnabled(chosen is not None and chosen.available)
        self.rename_button.setEnabled(chosen is not None)
        self.remove_button.setEnabled(chosen is not None)

    # --- following changes made elsewhere --------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._watching:
            # The main window's watcher, when there is one (a form shown on its own has none).
            watcher = getattr(self.window(), "watcher", None)
            if watcher is not None:
                watcher.changed.connect(self.apply_changes)
                self._watching = True

    def apply_changes(self, changes: ChangeSet) -> None:
        if changes.touches("attachment", self.kind):
            self.reload()

    def _changed(self) -> None:
        """After this panel's own change: the list, and the window's Undo and counts."""
        self.reload()
        watcher = getattr(self.window(), "watcher", None)
        if watcher is not None:
            watcher.sync()

    # --- actions ---------------------------------------------------------------------

    def choose_and_attach(self) -> None:
        if self.record_id is None:
            return
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Attach a file"))
        if name:
            self.attach_path(Path(name))

    def attach_path(self, path: Path) -> bool:
        """Attach the file at `path`; a refusal (too large, unreadable) is one dialog."""
        if self.record_id is None:
            return False
        try:
            attachments.attach_file(database=self.database, kind=self.kind,
                                    record_id=self.record_id, path=path)
        except CoalitionDeskError as error:
            QMessageBox.warning(self, self.tr("Not attached"), message(error))
            return False
        self._changed()
        return True

    def open_selected(self) -> Path | None:
        """Open the chosen file with the system's viewer, from a user-only copy."""
        chosen = self._selected()
        if chosen is None or not chosen.available:
            return None
        try:
            with self.database.session() as session:
                copy = attachments.open_copy(session=session, attachment_id=chosen.id)
        except (CoalitionDeskError, OSError) as error:
            QMessageBox.warning(self, self.tr("Not opened"), message(error))
            return None
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy))):
            QMessageBox.warning(self, self.tr("Not opened"),
                                self.tr("No program on this computer opens “{name}”.")
                                .format(name=chosen.name))
        return copy

    def rename_selected(self) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        name, accepted = QInputDialog.getText(self, self.tr("Rename the attachment"),
                                              self.tr("Name:"), text=chosen.name)
        if accepted and name.strip() and name.strip() != chosen.name:
            self.rename(chosen.id, name)

    def rename(self, attachment_id: int, name: str) -> None:
        try:
            attachments.rename(database=self.database, attachment_id=attachment_id, name=name)
        except CoalitionDeskError as error:
            QMessageBox.warning(self, self.tr("Not renamed"), message(error))
            return
        self._changed()

    def remove_selected(self) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Remove the attachment"),
            self.tr("Remove “{name}” from this record? Edit › Undo brings it back.")
            .format(name=chosen.name))
        if answer == QMessageBox.StandardButton.Yes:
            self.remove(chosen.id)

    def remove(self, attachment_id: int) -> None:
        try:
            attachments.remove(database=self.database, attachment_id=attachment_id)
        except CoalitionDeskError as error:
            QMessageBox.warning(self, self.tr("Not removed"), message(error))
            return
        self._changed()
