"""One tab of the main window: an optional search box above a sortable table."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coalitiondesk.ui.table_models import SORT_ROLE, RecordTableModel

_SAMPLE = "Network for Human Rights in North Korea, Seoul"


class TablePage(QWidget):
    def __init__(self, model: RecordTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setSortLocaleAware(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.search: QLineEdit | None = None
        if model.SEARCHABLE:
            self.search = QLineEdit(self)
            self.search.setPlaceholderText(self.tr("Search…"))
            self.search.setClearButtonEnabled(True)
            # The service, not the proxy, filters: it searches columns the table
            # does not show (full name, notes) and stays correct with paging later.
            self.search.textChanged.connect(model.set_search)
            layout.addWidget(self.search)

        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        # Compact rows: coordinators scan long lists; the style default is roomier.
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        layout.addWidget(self.view)
        self._apply_column_widths()
        # The widest text (a name, a position) gets the spare room, not the last column.
        self.view.horizontalHeader().setSectionResizeMode(
            model.STRETCH_COLUMN, QHeaderView.ResizeMode.Stretch
        )

    def _apply_column_widths(self) -> None:
        # Measured on sample text because averageCharWidth() runs narrower
        # than real names and cut them short.
        metrics = self.view.fontMetrics()
        char_width = metrics.horizontalAdvance(_SAMPLE) / len(_SAMPLE)
        padding = 2 * metrics.horizontalAdvance("M")
        for column, chars in enumerate(self.model.COLUMN_WIDTHS):
            self.view.setColumnWidth(column, round(chars * char_width) + padding)
