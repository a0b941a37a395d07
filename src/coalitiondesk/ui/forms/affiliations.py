"""A contact's organizations and roles, edited as a small table inside the contact form."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coalitiondesk.core.errors import InvalidInput
from coalitiondesk.core.records.validation import check_affiliation, check_date
from coalitiondesk.ui.text.core_messages import message
from coalitiondesk.ui.widgets.lazy_combo import search_picker

IDS_ROLE = Qt.ItemDataRole.UserRole
"""On the organization cell: (affiliation id or None, organization id)."""


def organization_label(name: str, acronym: str | None) -> str:
    return f"{name} ({acronym})" if acronym and acronym != name else name


class AffiliationsEditor(QWidget):
    """Organization / role / start / end rows, with a searchable picker to add one."""

    changed = Signal()

    ORGANIZATION, ROLE, START, END = range(4)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Organization"), self.tr("Role"), self.tr("Start"), self.tr("End")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        # Names and roles wrap onto a second line: the pane is narrow and a
        # cut-off role ("Former Man…") says little.
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setToolTip(self.tr("Double-click a role or date to change it; "
                                      "dates are written YYYY-MM-DD"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.ORGANIZATION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.ROLE, QHeaderView.ResizeMode.Stretch)
        date_width = self.fontMetrics().horizontalAdvance("0000-00-00") + 12
        for column in (self.START, self.END):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            self.table.setColumnWidth(column, date_width)
        # Room for four two-line rows; more scroll inside the table.
        line = self.fontMetrics().lineSpacing()
        self.table.setFixedHeight(4 * (2 * line + 8) + header.sizeHint().height() + 4)
        self.table.itemChanged.connect(lambda _item: self.changed.emit())
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.picker = search_picker(self, placeholder=self.tr("Find an organization…"), width=10,
                                    on_enter=self.add_picked)
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.setToolTip(self.tr("Add the organization found on the left"))
        self.add_button.clicked.connect(self.add_picked)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setToolTip(self.tr("Remove the selected affiliation"))
        self.remove_button.clicked.connect(self.remove_selected)

        controls = QHBoxLayout()
        controls.setContentsMargins(0, 0, 0, 0)
        controls.addWidget(self.picker, 1)
        controls.addWidget(self.add_button)
        controls.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(controls)
        self._update_buttons()

    # --- organizations to pick from -------------------------------------------------

    def set_organizations(self, organizations: Callable[[], Sequence[tuple[str, int]]]) -> None:
        """Where the (label, id) of every organization that can be picked come from.

        Read when the picker is first used, not now.
        """
        self.picker.set_loader(organizations)
        self.picker.clearEditText()

    def pick(self, text: str) -> bool:
        """Choose the organization labelled `text` (any case), as if found in the picker."""
        self.picker.ensure_loaded()
        index = self.picker.findText(text.strip(), Qt.MatchFlag.MatchFixedString)
        if index < 0:
            return False
        self.picker.setCurrentIndex(index)
        return True

    # --- rows ---------------------------------------------------------------------

    def add_picked(self) -> None:
        self.picker.ensure_loaded()
        text = self.picker.currentText().strip()
        index = self.picker.findText(text, Qt.MatchFlag.MatchFixedString) if text else -1
        if index < 0:
            return
        organization_id = self.picker.itemData(index)
        self._append(None, organization_id, self.picker.itemText(index), None, None, None)
        self.picker.setCurrentIndex(-1)
        self.picker.clearEditText()
        row = self.table.rowCount() - 1
        self.table.selectRow(row)
        # The new row's role is what the user types next.
        self.table.setCurrentCell(row, self.ROLE)
        self.changed.emit()

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)
        if rows:
            self.changed.emit()

    def set_rows(self, rows: Sequence[dict[str, Any]]) -> None:
        """Rows as state() returns them; without signals."""
        with QSignalBlocker(self.table):
            self.table.setRowCount(0)
            for row in rows:
                self._append(row["id"], row["organization_id"], row["organization"],
                             row["role"], row["start_date"], row["end_date"])
        self._update_buttons()

    def _append(
        self, affiliation_id: int | None, organization_id: int, label: str,
        role: str | None, start: Any, end: Any,
    ) -> None:
        row = self.table.rowCount()
        with QSignalBlocker(self.table):
            self.table.insertRow(row)
            organization = QTableWidgetItem(label)
            organization.setFlags(organization.flags() & ~Qt.ItemFlag.ItemIsEditable)
            organization.setData(IDS_ROLE, (affiliation_id, organization_id))
            organization.setToolTip(label)
            self.table.setItem(row, self.ORGANIZATION, organization)
            for column, value in ((self.ROLE, role), (self.START, start), (self.END, end)):
                item = QTableWidgetItem("" if value is None else str(value))
                self.table.setItem(row, column, item)

    def state(self) -> list[dict[str, Any]]:
        """Every row as shown: ids, the organization's label, and role and dates as typed."""
        rows = []
        for row in range(self.table.rowCount()):
            organization = self.table.item(row, self.ORGANIZATION)
            assert organization is not None
            affiliation_id, organization_id = organization.data(IDS_ROLE)
            rows.append({
                "id": affiliation_id,
                "organization_id": organization_id,
                "organization": organization.text(),
                "role": self._text(row, self.ROLE),
                "start_date": self._text(row, self.START),
                "end_date": self._text(row, self.END),
            })
        return rows

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

    def affiliations(self) -> list[dict[str, Any]]:
        """organization_id, role, start_date, end_date: what core.contacts.set_affiliations takes.

        Dates that are not dates stay as typed; problems() says so.
        """
        result = []
        for row in self.state():
            result.append({
                "organization_id": row["organization_id"],
                "role": " ".join(row["role"].split()) or None,
                "start_date": _date_or_text(row["start_date"]),
                "end_date": _date_or_text(row["end_date"]),
            })
        return result

    def problems(self) -> str | None:
        """One line per row with a problem, naming the row by its organization."""
        lines = []
        for row in self.state():
            for problem in check_affiliation(row).problems.values():
                lines.append(f"{row['organization']}: {message(problem)}")
        return "\n".join(lines) or None

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(bool(self.table.selectedIndexes()))


def _date_or_text(text: str) -> date | str | None:
    if not text:
        return None
    try:
        return check_date(text)
    except InvalidInput:
        return text
