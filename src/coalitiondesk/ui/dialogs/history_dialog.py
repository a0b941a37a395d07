"""Edit › History: every change made to the database, newest first, and undo of any one.

The list is the journal's (core.journal.listing); undoing an entry is the
journal's undo, refused with the later changes named when they touched the
same values. `undone` is emitted after an undo so the window refreshes.
"""

from __future__ import annotations

from datetime import UTC

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coalitiondesk.core.errors import CoalitionDeskError
from coalitiondesk.core.journal.listing import HistoryEntry, history
from coalitiondesk.core.journal.undo import undo
from coalitiondesk.core.storage.db import Database
from coalitiondesk.ui.text.core_messages import message
from coalitiondesk.ui.text.journal_labels import translated

LIMIT = 500
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class HistoryDialog(QDialog):
    undone = Signal()

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.setWindowTitle(self.tr("History"))
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Only changes to records named…"))
        self.search.setAccessibleName(self.tr("Record name"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.reload)
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels([
            self.tr("When"), self.tr("Who"), self.tr("Change"), self.tr("Rows"),
            self.tr("State")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_button)
        self.undo_button = QPushButton(self.tr("Undo this change"), self)
        self.undo_button.clicked.connect(self.undo_selected)
        self.note = QLabel(self.tr(
            "A deleted person's details are erased from the history; such a delete can "
            "be undone only until CoalitionDesk is closed."), self)
        self.note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.undo_button)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        layout.addLayout(row)
        self.resize(760, 480)
        self.reload()

    def reload(self) -> None:
        with self.database.session() as session:
            entries = history(session=session, limit=LIMIT, record=self.search.text(),
                              erased=self.database.erased)
        self.table.setRowCount(len(entries))
        locale = QLocale()
        for row, entry in enumerate(entries):
            # Stored in UTC; shown in the computer's own time.
            when = entry.at.replace(tzinfo=entry.at.tzinfo or UTC).astimezone()
            cells = [when.strftime("%Y-%m-%d %H:%M"), entry.who, translated(entry.label),
                     locale.toString(entry.changes), self._state(entry)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, entry.id)
                self.table.setItem(row, column, item)
        self._update_button()

    def _state(self, entry: HistoryEntry) -> str:
        if entry.undone:
            return self.tr("undone")
        if not entry.undoable:
            return self.tr("record only")
        return ""

    def selected_id(self) -> int | None:
        items = self.table.selectedItems()
        return int(items[0].data(ID_ROLE)) if items else None

    def _update_button(self) -> None:
        items = self.table.selectedItems()
        state = items[4].text() if len(items) >= 5 else None
        self.undo_button.setEnabled(bool(items) and not state)

    def undo_selected(self) -> bool:
        operation_id = self.selected_id()
        if operation_id is None:
            return False
        try:
            undo(self.database, operation_id)
        except CoalitionDeskError as error:
            QMessageBox.warning(self, self.tr("Not undone"), message(error))
            return False
        self.reload()
        self.undone.emit()
        return True
