"""Edit › Find Duplicates…: likely duplicate pairs, and a side-by-side merge of one pair.

The pairs are core's (core.records.duplicates), found off the UI thread. For
the pair chosen, each field both records hold is shown side by side; the
coordinator ticks the value to keep (notes may keep both) and which record
survives, then merges (core.records.merging: one operation, undone by Edit ›
Undo) or says the two are not duplicates, which keeps the pair out of the
list from then on.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coalitiondesk.core.records.duplicates import (
    DuplicatePair,
    RecordKind,
    find_duplicates,
    mark_different,
)
from coalitiondesk.core.records.fields import REGISTRY
from coalitiondesk.core.records.merging import MergePlan, merge_plan, merge_records
from coalitiondesk.core.storage.db import Database
from coalitiondesk.ui.app.workers import run_long_work, single_step
from coalitiondesk.ui.text.core_messages import term
from coalitiondesk.ui.text.field_labels import field_label
from coalitiondesk.ui.text.value_labels import choice_label

PAIR_ROLE = Qt.ItemDataRole.UserRole + 1
FIELD_ROLE = Qt.ItemDataRole.UserRole + 2
_JOINED = "notes"


class DuplicatesDialog(QDialog):
    changed = Signal()
    """A merge or a "not duplicates" was saved: the window reads the journal."""

    def __init__(self, database: Database, *, kind: RecordKind = "organization",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.pairs: list[DuplicatePair] = []
        self.plan: MergePlan | None = None
        self.setWindowTitle(self.tr("Find Duplicates"))

        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Records to search"))
        self.kind.addItem(self.tr("Organizations"), "organization")
        self.kind.addItem(self.tr("Contacts"), "contact")
        self.kind.setCurrentIndex(self.kind.findData(kind))
        self.kind.currentIndexChanged.connect(self.find_pairs)
        self.found = QLabel(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Look among:"), self))
        top.addWidget(self.kind)
        top.addWidget(self.found, 1)

        self.list = QTableWidget(0, 3, self)
        self.list.setAccessibleName(self.tr("Likely duplicates"))
        self.list.setHorizontalHeaderLabels([self.tr("Score"), self.tr("Record"),
                                             self.tr("Looks like")])
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.verticalHeader().hide()
        self.list.setWordWrap(False)
        header = self.list.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.list.currentCellChanged.connect(lambda *_: self.show_pair())

        self.keep_first = QRadioButton(self)
        self.keep_second = QRadioButton(self)
        self.keep_first.setChecked(True)
        self.keep_first.toggled.connect(self._survivor_changed)
        self.why = QLabel(self)
        self.why.setWordWrap(True)
        self.fields = QTableWidget(0, 3, self)
        self.fields.setAccessibleName(self.tr("The values to keep"))
        self.fields.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Record"),
                                               self.tr("Looks like")])
        self.fields.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.fields.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.fields.verticalHeader().hide()
        self.fields.setWordWrap(False)
        fields_header = self.fields.horizontalHeader()
        fields_header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        fields_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        fields_header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.fields.itemChanged.connect(self._value_ticked)
        self.merge_button = QPushButton(self.tr("&Merge"), self)
        self.merge_button.setToolTip(self.tr(
            "Keep one record with the ticked values; the other's name becomes an alias and "
            "its tags, letters, activities and history move to it. Edit › Undo splits them"))
        self.merge_button.clicked.connect(self.merge)
        self.different_button = QPushButton(self.tr("&Not Duplicates"), self)
        self.different_button.setToolTip(self.tr("Stop listing these two as duplicates"))
        self.different_button.clicked.connect(self.mark_different)

        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.why)
        survivor = QHBoxLayout()
        survivor.addWidget(QLabel(self.tr("Keep:"), self))
        survivor.addWidget(self.keep_first)
        survivor.addWidget(self.keep_second)
        survivor.addStretch(1)
        side_layout.addLayout(survivor)
        side_layout.addWidget(self.fields, 1)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.different_button)
        actions.addWidget(self.merge_button)
        side_layout.addLayout(actions)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.list)
        splitter.addWidget(side)
        # The side by side needs the room: three columns of values against two names.
        splitter.setSizes([320, 640])
        splitter.setChildrenCollapsible(False)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(close)
        self.resize(960, 600)
        self._show_plan()

    def current_kind(self) -> RecordKind:
        return "contact" if self.kind.currentData() == "contact" else "organization"

    # --- the list of pairs ---------------------------------------------------------

    def find_pairs(self) -> None:
        database, kind = self.database, self.current_kind()
        outcome = run_long_work(
            lambda: single_step("Looking for duplicates",
                                lambda: _found(database, kind)),
            title=self.windowTitle(), parent=self, cancellable=False)
        self.set_pairs(outcome.result if outcome.succeeded else [])

    def set_pairs(self, pairs: list[DuplicatePair]) -> None:
        self.pairs = pairs
        self.list.setRowCount(0)
        for row, pair in enumerate(pairs):
            self.list.insertRow(row)
            score = QTableWidgetItem(str(pair.score))
            score.setData(PAIR_ROLE, row)
            score.setToolTip(", ".join(term(reason) for reason in pair.reasons))
            self.list.setItem(row, 0, score)
            for column, label in ((1, pair.first_label), (2, pair.second_label)):
                item = QTableWidgetItem(label)
                item.setToolTip(label)
                self.list.setItem(row, column, item)
        self.found.setText(self.tr("%n likely pair(s)", "", len(pairs)))
        if pairs:
            self.list.setCurrentCell(0, 1)
        self.show_pair()

    def current_pair(self) -> DuplicatePair | None:
        row = self.list.currentRow()
        return self.pairs[row] if 0 <= row < len(self.pairs) else None

    # --- the pair side by side -------------------------------------------------------

    def show_pair(self) -> None:
        pair = self.current_pair()
        self.plan = None
        if pair is not None:
            keep, other = ((pair.first_id, pair.second_id) if self.keep_first.isChecked()
                           else (pair.second_id, pair.first_id))
            with self.database.session() as session:
                self.plan = merge_plan(session=session, kind=pair.kind, keep_id=keep,
                                       other_id=other)
        self._show_plan()

    def _survivor_changed(self) -> None:
        self.show_pair()

    def _show_plan(self) -> None:
        pair, plan = self.current_pair(), self.plan
        for widget in (self.keep_first, self.keep_second, self.merge_button,
                       self.different_button):
            widget.setEnabled(plan is not None)
        self.fields.blockSignals(True)
        self.fields.setRowCount(0)
        if pair is None or plan is None:
            self.why.setText(self.tr("No likely duplicates.") if not self.pairs else "")
            self.keep_first.setText("")
            self.keep_second.setText("")
            self.fields.blockSignals(False)
            return
        self.why.setText(self.tr("Why: {reasons}").format(
            reasons=", ".join(term(reason) for reason in pair.reasons)))
        self.keep_first.setText(pair.first_label)
        self.keep_second.setText(pair.second_label)
        first, second = ((plan.keep, plan.other) if plan.keep_id == pair.first_id
                         else (plan.other, plan.keep))
        for entry in REGISTRY[pair.kind]:
            key = entry.key
            if key not in plan.defaults or (_blank(first.get(key)) and _blank(second.get(key))):
                continue
            row = self.fields.rowCount()
            self.fields.insertRow(row)
            label = QTableWidgetItem(field_label(entry))
            label.setData(FIELD_ROLE, key)
            self.fields.setItem(row, 0, label)
            default = plan.defaults[key]
            for column, values in ((1, first), (2, second)):
                value = values.get(key)
                item = QTableWidgetItem(_shown(entry.choices, value))
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                chosen = (value == default or (key == _JOINED and not _blank(value)
                                               and str(value) in str(default)))
                item.setCheckState(Qt.CheckState.Checked if chosen
                                   else Qt.CheckState.Unchecked)
                item.setToolTip(item.text())
                self.fields.setItem(row, column, item)
            if (self._cell(row, 1).checkState() == Qt.CheckState.Checked
                    and self._cell(row, 2).checkState() == Qt.CheckState.Checked
                    and key != _JOINED):
                # Equal values: one tick is enough.
                self._cell(row, 2).setCheckState(Qt.CheckState.Unchecked)
        self.fields.blockSignals(False)

    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        item = self.fields.item(row, column)
        assert item is not None
        return item

    def _value_ticked(self, item: QTableWidgetItem) -> None:
        """One value per field (the notes may keep both); a field always keeps one."""
        row, column = item.row(), item.column()
        key = self._cell(row, 0).data(FIELD_ROLE)
        twin = self._cell(row, 3 - column)
        self.fields.blockSignals(True)
        if item.checkState() == Qt.CheckState.Checked and key != _JOINED:
            twin.setCheckState(Qt.CheckState.Unchecked)
        elif (item.checkState() == Qt.CheckState.Unchecked
              and twin.checkState() == Qt.CheckState.Unchecked):
            twin.setCheckState(Qt.CheckState.Checked)
        self.fields.blockSignals(False)

    def chosen_values(self) -> dict[str, Any]:
        pair, plan = self.current_pair(), self.plan
        if pair is None or plan is None:
            return {}
        first, second = ((plan.keep, plan.other) if plan.keep_id == pair.first_id
                         else (plan.other, plan.keep))
        values: dict[str, Any] = {}
        for row in range(self.fields.rowCount()):
            key = self._cell(row, 0).data(FIELD_ROLE)
            ticked = [side.get(key) for column, side in ((1, first), (2, second))
                      if self._cell(row, column).checkState() == Qt.CheckState.Checked]
            kept = [value for value in ticked if not _blank(value)]
            if key == _JOINED and len(kept) == 2 and kept[0] != kept[1]:
                values[key] = f"{kept[0]}\n{kept[1]}"
            else:
                values[key] = ticked[0] if ticked else plan.defaults[key]
        return values

    # --- merging -------------------------------------------------------------------

    def merge(self) -> None:
        plan = self.plan
        if plan is None:
            return
        database, values = self.database, self.chosen_values()
        outcome = run_long_work(
            lambda: single_step("Saving", lambda: merge_records(
                database, kind=plan.kind, keep_id=plan.keep_id, other_id=plan.other_id,
                values=values, status_changed_on=date.today())),
            title=self.tr("Merge"), parent=self, cancellable=False)
        if outcome.succeeded:
            self.changed.emit()
            self._drop({plan.keep_id, plan.other_id}, merged_away=plan.other_id)

    def mark_different(self) -> None:
        pair = self.current_pair()
        if pair is None:
            return
        database = self.database
        outcome = run_long_work(
            lambda: single_step("Saving", lambda: mark_different(
                database, kind=pair.kind, first_id=pair.first_id, second_id=pair.second_id)),
            title=self.tr("Not Duplicates"), parent=self, cancellable=False)
        if outcome.succeeded:
            self.changed.emit()
            self._drop({pair.first_id, pair.second_id}, merged_away=None)

    def _drop(self, ids: set[int], *, merged_away: int | None) -> None:
        """Take the pair out of the list, and every pair naming a record merged away."""
        row = self.list.currentRow()
        kept = [pair for pair in self.pairs
                if {pair.first_id, pair.second_id} != ids
                and merged_away not in (pair.first_id, pair.second_id)]
        self.set_pairs(kept)
        if kept:
            self.list.setCurrentCell(min(row, len(kept) - 1), 1)


def _found(database: Database, kind: RecordKind) -> list[DuplicatePair]:
    with database.session() as session:
        return find_duplicates(session=session, kind=kind)


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _shown(choices: Any, value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return QCoreApplication.translate("DuplicatesDialog", "Yes" if value else "No")
    if choices is not None:
        return choice_label(choices, str(value))
    if isinstance(value, date):
        return value.isoformat()
    return str(value).replace("\n", " / ")
