"""One tab of the main window: filters and a table on the left, the record's form on the right.

RecordPage is the Organizations or the Contacts tab: it saves and deletes its
record as one core operation each (core.records.edits), asks about unsaved
changes, and resolves a save from a form older than its record. Its saved
groups are listed under the table (ui.widgets.groups_panel); the table shows
the group chosen, narrowed by the search and filters, and its right-click menu
adds the selected rows to a hand-picked group or makes a new one of them.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from itertools import pairwise
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QItemSelectionModel,
    QLocale,
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
    QMessageBox,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coalitiondesk.core.journal.operations import ChangeSet, StaleRecord
from coalitiondesk.core.records import edits
from coalitiondesk.core.records.contacts import affiliations_of
from coalitiondesk.core.records.organizations import organization_links
from coalitiondesk.core.storage.server_errors import ServerUnreachable
from coalitiondesk.ui.app import settings_keys
from coalitiondesk.ui.app.server_retry import (
    RetryWhenBack,
    failure_title,
    perhaps_not_deleted_text,
    perhaps_not_saved_text,
    reads_server,
)
from coalitiondesk.ui.app.workers import run_long_work, show_failure, single_step
from coalitiondesk.ui.dialogs.bulk_change_dialog import BulkChangeDialog, selected_keys
from coalitiondesk.ui.dialogs.stale_record_dialog import StaleChoice, ask_about_stale
from coalitiondesk.ui.forms import ContactForm, DiscardChoice, OrganizationForm, RecordForm
from coalitiondesk.ui.models.table_models import KEY_ROLE, PagedRecordModel, RecordTableModel
from coalitiondesk.ui.pages.page import PageDefaults
from coalitiondesk.ui.widgets.filter_bar import FilterBar
from coalitiondesk.ui.widgets.groups_panel import GroupsPanel

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


class RecordPage(QWidget, PageDefaults):
    """Organizations or contacts: search and filters, a lazily loaded table, a form.

    Before the current record changes, unsaved changes are asked about
    (`may_leave`); a refusal keeps the current record.
    """

    currentChanged = Signal(object)
    """The key of the record now current, or None."""
    editRequested = Signal(object)
    countsChanged = Signal()
    changed = Signal()
    """A record was saved or deleted: the window reads the journal."""
    actionsChanged = Signal()
    """What New, Save and Delete can do may have changed."""

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
        self.database = form.database
        self.kind: edits.Kind = "organization" if name == "organizations" else "contact"
        self._current: Any = None
        self._retry = RetryWhenBack(self.database, self)

        self.view = RecordTable(self)
        self.view.setAccessibleName(self.tr("{name} table").format(name=name.capitalize()))
        configure_table(self.view, model)
        # Several rows may be chosen for Change Selected…; the current row stays the form's.
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.change_selected_action = QAction(self.tr("C&hange Selected…"), self)
        self.change_selected_action.setStatusTip(self.tr(
            "Set a tag, status, country or other field on the selected records, or on all "
            "the search and filters show"))
        self.change_selected_action.triggered.connect(self.change_selected)
        self.view.addAction(self.change_selected_action)
        # Filled as it opens, so it lists the hand-picked groups as they are then.
        self.add_to_group_menu = QMenu(self.tr("Add to Group"), self)
        self.add_to_group_menu.aboutToShow.connect(self._fill_add_to_group_menu)
        self.view.addAction(self.add_to_group_menu.menuAction())
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        header = self.view.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._show_column_menu)
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        self.view.doubleClicked.connect(lambda index: self.editRequested.emit(index.data(KEY_ROLE)))
        self.view.activatedKey.connect(self.editRequested)
        filter_bar.changed.connect(self._filters_changed)
        model.modelReset.connect(self._after_reset)
        model.matchesCounted.connect(self.countsChanged)
        self.editRequested.connect(lambda _key: form.focus_first_field())
        form.saveRequested.connect(self.save)
        form.dirtyChanged.connect(self.actionsChanged)

        self.groups = GroupsPanel(self.database, kind=self.kind,
                                  selected_ids=lambda: selected_keys(self.view),
                                  current_filters=self.filters, parent=self)
        self.groups.groupChosen.connect(self._filters_changed)
        self.groups.changed.connect(self.changed)
        self.list_splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.list_splitter.addWidget(self.view)
        self.list_splitter.addWidget(self.groups)
        self.list_splitter.setStretchFactor(0, 1)
        self.list_splitter.setStretchFactor(1, 0)
        self.list_splitter.setChildrenCollapsible(False)
        self.list_splitter.setSizePolicy(QSizePolicy.Policy.Expanding,
                                         QSizePolicy.Policy.Expanding)
        form.setMinimumWidth(380)
        self.splitter = two_panes(self, [filter_bar, self.list_splitter], form)
        # Tab goes search, filters, table, groups, then the form's fields.
        chain = [filter_bar.search, *filter_bar.findChildren(QComboBox), self.view,
                 self.groups.list, self.groups.save_button, form]
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

    @reads_server(restore=lambda page: page._select_current())
    def _row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        key = current.data(KEY_ROLE) if current.isValid() else None
        if key == self._current:
            return
        if self._current is not None and not self.may_leave():
            self._select_current()  # stay on the record with unsaved changes
            return
        # Shown before it is current: a record the server did not answer for leaves
        # the one in hand current (an exception does not come back through emit).
        self._show_record(key)
        self._current = key
        self.actionsChanged.emit()  # Delete and the others follow the record now current
        self.currentChanged.emit(key)

    def _select_current(self) -> None:
        if self._current is not None and (row := self.model.row_of(self._current)) is not None:
            select_row(self.view, row, quietly=True)
        elif self._current is None:
            self.view.selectionModel().clear()

    def _show_record(self, key: Any) -> None:
        self.form.load(key)
        self.actionsChanged.emit()

    # --- what the window asks of a tab (ui.pages.page) -------------------------------

    def can_create(self) -> bool:
        return True

    def can_save(self) -> bool:
        return self.form.is_dirty()

    def can_delete(self) -> bool:
        return self.current_key() is not None

    def is_dirty(self) -> bool:
        return self.form.is_dirty()

    def new_record(self) -> None:
        if not self.may_leave():
            return
        self.clear_selection()
        self.form.load(None)
        self.form.focus_first_field()
        self.actionsChanged.emit()

    def may_leave(self) -> bool:
        """Ask about unsaved changes before the form shows something else."""
        form = self.form
        if not form.is_dirty():
            return True
        choice = form.maybe_discard(self.window())
        if choice == DiscardChoice.SAVE:
            return self.save()
        if choice == DiscardChoice.DISCARD:
            form.load(form.record_id)
            return True
        return False

    def save(self) -> bool:
        """Save the form as one operation; False when refused or invalid.

        A record changed since the form loaded it (an import, another window,
        the command line) is not overwritten: the person chooses to reload it
        or to put their own edits on top of the new version.
        """
        form = self.form
        if not form.validate():
            return False
        database, kind, record_id = self.database, self.kind, form.record_id
        name, version, values, tags = form.display_name(), form.version, form.values(), form.tags()
        affiliations = form.affiliations() if isinstance(form, ContactForm) else None
        # Off the UI thread: removing affiliations, or a busy file, can take a moment.
        # One transaction, so not cancellable; a quick save shows no dialog.
        outcome = run_long_work(
            lambda: single_step("Saving", lambda: edits.save_record(
                database, kind=kind, name=name, record_id=record_id, loaded_version=version,
                values=values, tags=tags, affiliations=affiliations)),
            title=QCoreApplication.translate("MainWindow", "Save"), parent=self.window(),
            cancellable=False, report_failure=False)
        if isinstance(outcome.error, StaleRecord):
            self._resolve_stale(outcome.error)
            return False
        if isinstance(outcome.error, ServerUnreachable):
            self._save_when_back()
            return False
        if outcome.error is not None:
            show_failure(self.window(), failure_title(
                outcome.error, refused=QCoreApplication.translate("MainWindow", "Not saved"),
                uncertain=perhaps_not_saved_text()), outcome.error)
            return False
        self._retry.cancel()
        form.general_error.show_problem(None)
        saved = outcome.result
        form.load(saved.record_id)
        if form.record_id is not None and self.current_key() != saved.record_id:
            self.select_key(saved.record_id)
        self.changed.emit()
        return True

    def _save_when_back(self) -> None:
        """The server went away: the form says so, keeps the edits and saves them by
        itself once the server answers, unless the person has left or reverted them."""
        form, record_id = self.form, self.form.record_id
        self._retry.save_when_back(
            show=form.general_error.show_problem,
            wanted=lambda: form.record_id == record_id and form.is_dirty(), save=self.save)

    def _resolve_stale(self, stale: StaleRecord) -> None:
        form = self.form
        choice = ask_about_stale(self.window(), name=form.display_name(), stale=stale)
        if choice is StaleChoice.RELOAD:
            form.load(form.record_id)
        elif choice is StaleChoice.KEEP_EDITS:
            form.reload_keeping_edits()

    def delete_current(self) -> bool:
        """Delete the current record after asking, off the UI thread: erasing a person's
        values from the history can take a moment on a large file."""
        if self.current_key() is None:
            return False
        record_id = int(self.current_key())
        name = self.form.display_name()
        if not self._confirm_delete(record_id, name):
            return False
        database, kind = self.database, self.kind
        title = QCoreApplication.translate("MainWindow", "Delete")
        outcome = run_long_work(
            lambda: single_step("Deleting", lambda: edits.delete_record(
                database, kind=kind, record_id=record_id, name=name)),
            title=title, parent=self.window(), cancellable=False, report_failure=False)
        if outcome.error is not None:
            show_failure(self.window(), failure_title(
                outcome.error, refused=QCoreApplication.translate("MainWindow", "Not deleted"),
                uncertain=perhaps_not_deleted_text()), outcome.error)
        if not outcome.succeeded:
            return False
        self.changed.emit()
        return True

    def _confirm_delete(self, record_id: int, name: str) -> bool:
        details = self._also_removed(record_id)
        text = QCoreApplication.translate("MainWindow", "Delete {name}?").format(name=name)
        informative = (QCoreApplication.translate("MainWindow", "This also removes:")
                       + "\n• " + "\n• ".join(details) if details
                       else QCoreApplication.translate("MainWindow", "Nothing else refers to it."))
        box = QMessageBox(QMessageBox.Icon.Warning,
                          QCoreApplication.translate("MainWindow", "Delete"), text,
                          QMessageBox.StandardButton.Cancel, self.window())
        box.setInformativeText(informative + "\n\n" + QCoreApplication.translate(
            "MainWindow", "You can undo this with Ctrl+Z."))
        delete = box.addButton(QCoreApplication.translate("MainWindow", "Delete"),
                               QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is delete

    def _also_removed(self, record_id: int) -> list[str]:
        with self.database.session() as session:
            if self.kind == "contact":
                count = len(affiliations_of(session=session, contact_id=record_id))
                return [self.tr("%n affiliation(s)", "", count)] if count else []
            links = organization_links(session=session, organization_id=record_id)
        # self.tr: lupdate takes QCoreApplication.translate's count for no plural.
        counted = [
            (links.affiliations, self.tr("%n contact affiliation(s)", "", links.affiliations)),
            (links.signatures, self.tr("%n signature(s) on letters", "", links.signatures)),
            (links.recipients,
             self.tr("%n place(s) among letters' recipients", "", links.recipients)),
            (links.activities, self.tr("%n activity link(s)", "", links.activities)),
        ]
        return [text for n, text in counted if n]

    def apply_changes(self, changes: ChangeSet) -> None:
        """A form showing a changed record reloads it unless it has unsaved edits (the
        save then meets the version check); a form whose record is gone empties."""
        if changes:
            # A group's count follows any change: its search may read a tag, an own
            # field or an affiliation.
            self.groups.refresh()
        if changes.touches("organization", "contact", "tag", "country", "saved_group",
                           "saved_group_member"):
            self.reload()
            self._follow_record(changes.everything
                                or self.form.record_id in changes.ids(self.kind))
        if changes.touches("activity", "organization", "contact", "letter"):
            self.reload_timeline()

    def reload_timeline(self) -> None:
        form = self.form
        if isinstance(form, OrganizationForm | ContactForm) and form.record_id is not None:
            form.reload_timeline()

    def _follow_record(self, changed: bool) -> None:
        form = self.form
        if not changed or form.is_dirty():
            return
        if form.record_id is not None and not self.select_key(form.record_id):
            with self.database.session() as session:
                exists = edits.exists(session=session, kind=self.kind, record_id=form.record_id)
            if not exists:
                self.clear_selection()
                form.load(None)
                return
        form.load(form.record_id)

    def status_text(self) -> str:
        locale = QLocale()
        if self.kind == "organization":
            text = QCoreApplication.translate("MainWindow",
                                              "{shown} of {total} organizations shown")
        else:
            text = QCoreApplication.translate("MainWindow", "{shown} of {total} contacts shown")
        if not self.model.count_known():  # for a moment, while the matches are counted
            text = text.replace("{shown}", "{shown}+")
        return text.format(shown=locale.toString(self.model.shown()),
                           total=locale.toString(self.model.total()))

    def focus_search(self) -> bool:
        self.filter_bar.search.setFocus()
        self.filter_bar.search.selectAll()
        return True

    def clear_filters(self) -> None:
        self.filter_bar.clear()

    # --- searching and filtering ---------------------------------------------------

    def filters(self) -> Any:
        """The search and filters, within the group chosen beside the table."""
        return dataclasses.replace(self.filter_bar.filters(),
                                   group_id=self.groups.current_group())

    @reads_server()
    def _filters_changed(self) -> None:
        self.model.set_filters(self.filters())

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
            self._show_record(None)
            self.currentChanged.emit(None)
        self.countsChanged.emit()

    def change_selected(self) -> None:
        """One field of the selected records, or of every record the filters show."""
        if not self.may_leave():
            return
        dialog = BulkChangeDialog(self.database,
                                  kind="contact" if self.kind == "contact" else "organization",
                                  selected=selected_keys(self.view),
                                  filters=self.filters(), parent=self)
        if dialog.exec() and dialog.result_ is not None and dialog.result_.changes:
            self.changed.emit()

    def _fill_add_to_group_menu(self) -> None:
        """The hand-picked groups, then a new one, for the selected rows; each through
        the groups list's own undoable change."""
        menu = self.add_to_group_menu
        menu.clear()
        chosen = bool(selected_keys(self.view))
        picked = [group for group in self.groups.groups.values() if group.static]
        for group in picked:
            # An ampersand in a name would otherwise underline the letter after it.
            action = menu.addAction(group.name.replace("&", "&&"))
            action.triggered.connect(self._adder(group.id))
            action.setEnabled(chosen)
        if picked:
            menu.addSeparator()
        new_group = menu.addAction(self.tr("New Group from Selection…"),
                                   self.groups.save_selected)
        new_group.setEnabled(chosen)

    def _adder(self, group_id: int) -> Callable[[], None]:
        return lambda: self.groups.change_members(group_id, add=True)

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
        settings.setValue(settings_keys.splitter(f"{self.name}/groups"),
                          self.list_splitter.saveState())

    def restore_state(self, settings: QSettings) -> None:
        header = settings.value(settings_keys.table_header(self.name))
        if isinstance(header, QByteArray) and self.view.horizontalHeader().restoreState(header):
            # The header remembers the sort indicator; the model must sort the same way.
            header_view = self.view.horizontalHeader()
            self.model.sort(header_view.sortIndicatorSection(), header_view.sortIndicatorOrder())
        splitter = settings.value(settings_keys.splitter(self.name))
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        beside = settings.value(settings_keys.splitter(f"{self.name}/groups"))
        if isinstance(beside, QByteArray):
            self.list_splitter.restoreState(beside)
