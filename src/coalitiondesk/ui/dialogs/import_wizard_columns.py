"""The preview's list of columns not imported: each one mapped to a field, kept as a
custom field named after its header, or left out by the user before the import can
start, so that no value is dropped without a word."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coalitiondesk.core.errors import CoalitionDeskError
from coalitiondesk.core.importing import ImportKind, ImportPlan
from coalitiondesk.core.importing.fields import import_targets, targets
from coalitiondesk.core.importing.kept_columns import keep_as_fields
from coalitiondesk.core.storage.db import Database
from coalitiondesk.ui.text.core_messages import message
from coalitiondesk.ui.text.field_labels import column_label

LEAVE_OUT = "\x00leave out"
CUSTOM_FIELD = "\x00custom field"
"""Choice data that is no field key."""
_SEVERAL = frozenset({"tags", "notes"})
_VISIBLE_ROWS = 4


def keep_as_custom_field_offered(kind: ImportKind) -> bool:
    """Whether a column can be kept as a custom field named after its header (issue 14):
    organizations and contacts both have the coordinator's own fields."""
    return kind in (ImportKind.organizations, ImportKind.contacts)


class LeftOutColumns(QWidget):
    """Columns with values that the mapping does not import, with a choice for each.

    `mapped(column, key)`: the user imports the column as a field (the plan must be
    made again); `decided()`: a column was left out or taken back.
    """

    mapped = Signal(int, str)
    decided = Signal()

    def __init__(self, parent: QWidget | None = None, *,
                 database: Database | None = None) -> None:
        super().__init__(parent)
        self.database = database
        """Where a column kept as a custom field gets its field defined."""
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Column"), self.tr("Values"), self.tr("What to do")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        self.reason.setStyleSheet("color: #b00020")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table)
        layout.addWidget(self.reason)
        self.plan: ImportPlan | None = None
        self.hide()

    def show_plan(self, plan: ImportPlan) -> None:
        self.plan = plan
        columns = plan.not_imported_columns()
        self.setVisible(bool(columns))
        self.title.setText(self.tr(
            "Columns with values that are not imported ({count}). Import each as a "
            "field, or leave it out:").format(count=len(columns)))
        used = {key for key in plan.mapping if key is not None}
        offered = targets(plan.kind)
        if self.database is not None:
            with self.database.session() as session:
                offered = import_targets(session=session, kind=plan.kind)
        self.table.setRowCount(len(columns))
        for row, column in enumerate(columns):
            self.table.setItem(row, 0, QTableWidgetItem(column.header))
            count = QTableWidgetItem(str(column.values))
            self.table.setItem(row, 1, count)
            choice = QComboBox()
            choice.setAccessibleName(self.tr("What to do with the column {header}").format(
                header=column.header))
            choice.addItem(self.tr("Choose…"), None)
            choice.addItem(self.tr("Leave it out"), LEAVE_OUT)
            if keep_as_custom_field_offered(plan.kind):
                choice.addItem(self.tr("Keep as a custom field"), CUSTOM_FIELD)
            for target in offered:
                if target.key not in used or target.key in _SEVERAL:
                    choice.addItem(self.tr("Import as {field}").format(
                        field=column_label(target.label, "MappingPage")), target.key)
            choice.setCurrentIndex(1 if column.index in plan.left_out else 0)
            choice.activated.connect(
                lambda _number, index=column.index, box=choice: self._chosen(index, box))
            self.table.setCellWidget(row, 2, choice)
        self.table.resizeColumnToContents(1)
        self.table.resizeColumnToContents(2)
        shown = min(len(columns), _VISIBLE_ROWS)
        self.table.setFixedHeight(self.table.horizontalHeader().height()
                                  + shown * self.table.verticalHeader().defaultSectionSize()
                                  + 2 * self.table.frameWidth())
        self._explain()

    def _chosen(self, index: int, box: QComboBox) -> None:
        if self.plan is None:
            return
        data = box.currentData()
        if data == LEAVE_OUT:
            self.plan.left_out.add(index)
        elif data == CUSTOM_FIELD:
            self.keep_as_custom_field(index)
            return
        elif data is None:
            self.plan.left_out.discard(index)
        else:
            self.plan.left_out.discard(index)
            self.mapped.emit(index, data)
            return
        self._explain()
        self.decided.emit()

    def keep_as_custom_field(self, index: int) -> None:
        """Define (or find) the custom field named after the column (an undoable change of
        its own) and emit `mapped(index, its key)`: the plan is made again importing it."""
        if self.plan is None or self.database is None:
            return
        column = next((column for column in self.plan.not_imported_columns()
                       if column.index == index), None)
        if column is None:
            return
        try:
            mapping, _kept = keep_as_fields(self.database, kind=self.plan.kind,
                                            mapping=self.plan.mapping, columns=[column])
        except CoalitionDeskError as error:
            QMessageBox.warning(self, self.tr("Keep as a custom field"), message(error))
            self.show_plan(self.plan)
            return
        key = mapping[index]
        assert key is not None
        self.plan.left_out.discard(index)
        self.mapped.emit(index, key)

    def choose(self, header: str, data: str | None) -> None:
        """Make a choice for the column named `header`, as the user would (tests)."""
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.text() == header:
                box = self.table.cellWidget(row, 2)
                assert isinstance(box, QComboBox)
                box.setCurrentIndex(box.findData(data))
                box.activated.emit(box.currentIndex())
                return
        raise KeyError(header)

    def _explain(self) -> None:
        undecided = self.plan.undecided_columns() if self.plan is not None else []
        self.reason.setVisible(bool(undecided))
        if undecided:
            names = ", ".join(column.header for column in undecided)
            self.reason.setText(self.tr(
                "Import stays off until each column above is imported or left out; "
                "still to decide: {columns}.").format(columns=names))
