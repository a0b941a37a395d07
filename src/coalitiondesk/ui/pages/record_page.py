"""One tab of the main window: filters and a table on the left, the record's form on the right."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import pairwise
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QPoint,
    QSettings,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLayout,
    QMenu,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coalitiondesk.ui.app import settings_keys
from coalitiondesk.ui.forms import RecordForm
from coalitiondesk.ui.models.table_models import KEY_ROLE, PagedRecordModel, RecordTableModel
from coalitiondesk.ui.widgets.filter_bar import FilterBar

_SAMPLE = "Network for Human Rights in North Korea, Seoul"


class RecordTable(QTableView):
    """A table whose Enter key opens the current record instead of moving down a row."""

    activatedKey = Signal(object)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activatedKey.emit(self.currentIndex().data(KEY_ROLE))
            return
        super().keyPressEvent(event)


def configure_table(view: QTableView, model: RecordTableModel) -> None:
    """Shared look of every table: sortable, whole rows, compact, sized from the columns."""
    view.setModel(model)
    # The indicator first: enabling sorting sorts by whatever the indicator says.
    column, descending = model.sort_state
    view.horizontalHeader().setSortIndicator(
        column, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
    )
    view.setSortingEnabled(True)
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    # Compact rows: coordinators scan long lists; the style default is roomier.
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    header = view.horizontalHeader()
    header.setSectionsMovable(True)
    header.setHighlightSections(False)
    # Measured on sample text: averageCharWidth() runs narrower than real names.
    metrics = view.fontMetrics()
    char_width = metrics.horizontalAdvance(_SAMPLE) / len(_SAMPLE)
    padding = 2 * metrics.horizontalAdvance("M")
    for index, spec in enumerate(model.COLUMNS):
        view.setColumnWidth(index, round(spec.width_chars * char_width) + padding)
    header.setStretchLastSection(False)
    header.setSectionResizeMode(
        model.column_index(model.STRETCH_COLUMN), QHeaderView.ResizeMode.Stretch
    )


def select_row(view: QTableView, row: int, *, quietly: bool = False) -> None:
    """Make `row` the current, selected and visible row; `quietly` tells no one."""
    selection = view.selectionModel()
    index = view.model().index(row, 0)
    blocked = selection.blockSignals(quietly)
    selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                              | QItemSelectionModel.SelectionFlag.Rows)
    selection.blockSignals(blocked)
    view.scrollTo(index)


def two_panes(page: QWidget, left: Sequence[QWidget | QLayout], right: QWidget, *,
              stretch: tuple[int, int] = (3, 2)) -> QSplitter:
    """The shape of every tab: filters and a list on the left, the details on the
    right, side by side in a splitter the user can move but not collapse."""
    column = QWidget(page)
    column_layout = QVBoxLayout(column)
    column_layout.setContentsMargins(0, 0, 0, 0)
    for item in left:
        if isinstance(item, QLayout):
            column_layout.addLayout(item)
        else:
            column_layout.addWidget(item)
    splitter = QSplitter(Qt.Orientation.Horizontal, page)
    splitter.addWidget(column)
    splitter.addWidget(right)
    splitter.setStretchFactor(0, stretch[0])
    splitter.setStretchFactor(1, stretch[1])
    splitter.setChildrenCollapsible(False)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(6, 6, 6, 6)
    layout.addWidget(splitter)
    return splitter


def column_menu(view: QTableView, model: RecordTableModel, parent: QWidget) -> QMenu:
    """Checkable actions to show or hide each column (the name column always stays)."""
    menu = QMenu(QCoreApplication.translate("RecordPage", "Columns"), parent)
    header = view.horizontalHeader()
    for index, spec in enumerate(model.COLUMNS):
        action = QAction(str(model.headerData(index, Qt.Orientation.Horizontal)), menu)
        action.setCheckable(True)
        action.setChecked(not header.isSectionHidden(index))
        action.setEnabled(spec.key != "name")
        action.toggled.connect(lambda shown, i=index: header.setSectionHidden(i, not shown))
        menu.addAction(action)
    return menu


class RecordPage(QWidget):
    """Organizations or contacts: search and filters, a lazily loaded table, a form.

    `leave_guard` is asked before the current record changes (the window asks
    about unsaved changes there); returning False keeps the current record.
    """

    currentChanged = Signal(object)
    """The key of the record now current, or None."""
    editRequested = Signal(object)
    countsChanged = Signal()

    def __init__(
        self,
        *,
        name: str,
        model: PagedRecordModel[Any],
        filter_bar: FilterBar,
        form: RecordForm,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.name = name
        self.model = model
        self.filter_bar = filter_bar
        self.form = form
        self.leave_guard: Callable[[], bool] = lambda: True
        self._current: Any = None

        self.view = RecordTable(self)
        self.view.setAccessibleName(self.tr("{name} table").format(name=name.capitalize()))
        configure_table(self.view, model)
        header = self.view.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._show_column_menu)
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        self.view.doubleClicked.connect(lambda index: self.editRequested.emit(index.data(KEY_ROLE)))
        self.view.activatedKey.connect(self.editRequested)
        filter_bar.changed.connect(self._filters_changed)
        model.modelReset.connect(self._after_reset)
        model.matchesCounted.connect(self.countsChanged)

        form.setMinimumWidth(380)
        self.splitter = two_panes(self, [filter_bar, self.view], form)
        # Tab goes search, filters, table, then the form's fields.
        chain = [filter_bar.search, *filter_bar.findChildren(QComboBox), self.view, form]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    # --- the current record ----------------------------------------------------

    def current_key(self) -> Any:
        return self._current

    def select_key(self, key: Any) -> bool:
        """Make record `key` current, loading pages until it appears; False if not shown."""
        row = self.model.load_until(key) if key is not None else None
        if row is None:
            return False
        select_row(self.view, row)
        return True

    def clear_selection(self) -> None:
        self.view.selectionModel().clear()
        self._current = None

    def _row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        key = current.data(KEY_ROLE) if current.isValid() else None
        if key == self._current:
            return
        if self._current is not None and not self.leave_guard():
            # Stay on the record with unsaved changes.
            if (row := self.model.row_of(self._current)) is not None:
                select_row(self.view, row, quietly=True)
            return
        self._current = key
        self.currentChanged.emit(key)

    # --- searching and filtering ---------------------------------------------------

    def _filters_changed(self) -> None:
        self.model.set_filters(self.filter_bar.filters())

    def reload(self) -> None:
        self.filter_bar.reload_choices()
        self.model.reload()

    def _after_reset(self) -> None:
        # Keep the record in hand current when it still matches. One the filter no
        # longer shows (every page read, so it is not just further down) leaves the
        # form too, unless it has unsaved edits: the table and the form agree.
        key = self._current
        if key is not None and (row := self.model.row_of(key)) is not None:
            select_row(self.view, row, quietly=True)
        elif key is not None and not self.model.canFetchMore() and not self.form.is_dirty():
            self._current = None
            self.currentChanged.emit(None)
        self.countsChanged.emit()

    # --- columns and saved state -------------------------------------------------

    def _show_column_menu(self, position: QPoint) -> None:
        column_menu(self.view, self.model, self).exec(
            self.view.horizontalHeader().mapToGlobal(position)
        )

    def save_state(self, settings: QSettings) -> None:
        settings.setValue(
            settings_keys.table_header(self.name), self.view.horizontalHeader().saveState()
        )
        settings.setValue(settings_keys.splitter(self.name), self.splitter.saveState())

    def restore_state(self, settings: QSettings) -> None:
        header = settings.value(settings_keys.table_header(self.name))
        if isinstance(header, QByteArray) and self.view.horizontalHeader().restoreState(header):
            # The header remembers the sort indicator; the model must sort the same way.
            header_view = self.view.horizontalHeader()
            self.model.sort(header_view.sortIndicatorSection(), header_view.sortIndicatorOrder())
        splitter = settings.value(settings_keys.splitter(self.name))
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
