"""The saved groups under the Organizations or Contacts table (core.records.groups).

Clicking a group shows its records in the table (the search and filters then
narrow within it); "All" shows every record again. The button below saves the
current search as a group, or the selected rows as a hand-picked one. A
group's menu renames or deletes it, adds the selected rows to a hand-picked
group or takes them off, and puts its records on a letter as recipients (or,
for organizations, as signatories). Each change is one operation, so Edit ›
Undo takes it back; the counts follow every change the window hears of.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QPoint, QSignalBlocker, QSize, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QMenu,
    QMessageBox,
    QSizePolicy,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coalitiondesk.core.errors import CoalitionDeskError
from coalitiondesk.core.records import groups
from coalitiondesk.core.records.bulk_letters import LetterAdded, Role
from coalitiondesk.core.records.contacts import ContactFilter
from coalitiondesk.core.records.groups import GroupInfo
from coalitiondesk.core.records.letters import letter_titles
from coalitiondesk.core.records.organizations import OrganizationFilter
from coalitiondesk.core.storage.db import Database
from coalitiondesk.ui.app.workers import show_failure

GROUP_ROLE = Qt.ItemDataRole.UserRole + 1


class GroupsPanel(QWidget):
    groupChosen = Signal(object)
    """The id of the group whose records the table is to show, or None for all."""
    changed = Signal()
    """A group or a letter was changed: the window reads the journal."""

    def __init__(self, database: Database, *, kind: str,
                 selected_ids: Callable[[], Sequence[int]],
                 current_filters: Callable[[], OrganizationFilter | ContactFilter],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.kind = kind
        self._selected_ids = selected_ids
        self._current_filters = current_filters
        self.groups: dict[int, GroupInfo] = {}
        # Two columns, so that a long name is shortened and its count never is.
        self.list = QTreeWidget(self)
        self.list.setColumnCount(2)
        self.list.setHeaderHidden(True)
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.header().setStretchLastSection(False)
        self.list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.list.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.list.setAccessibleName(self.tr("Saved groups"))
        self.list.setToolTip(self.tr("Click a group to show its records; right-click it to "
                                     "rename or delete it, or to put its records on a letter"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._show_menu)
        self.list.currentItemChanged.connect(self._chosen)
        self.save_button = QToolButton(self)
        self.save_button.setText(self.tr("New Group"))
        self.save_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.save_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.save_button.setAccessibleName(self.tr("Save as a group"))
        save_menu = QMenu(self.save_button)
        self.save_search_action = QAction(self.tr("Save the Current Search as a Group…"), self)
        self.save_search_action.triggered.connect(self.save_search)
        self.save_selected_action = QAction(
            self.tr("Make a Hand-picked Group of the Selected Rows…"), self)
        self.save_selected_action.triggered.connect(self.save_selected)
        save_menu.addActions([self.save_search_action, self.save_selected_action])
        save_menu.aboutToShow.connect(self._update_save_actions)
        self.save_button.setMenu(save_menu)
        self.save_button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        # Under the table, the whole width of it: at 1024 px a list beside it would
        # leave the names a few letters each.
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        buttons = QVBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.refresh()

    # --- the list ---------------------------------------------------------------

    def sizeHint(self) -> QSize:
        # A few rows: the table above it needs the height more.
        rows = self.list.sizeHintForRow(0) if self.list.topLevelItemCount() else 20
        return QSize(super().sizeHint().width(), rows * 4 + 2 * self.list.frameWidth())

    def minimumSizeHint(self) -> QSize:
        rows = self.list.sizeHintForRow(0) if self.list.topLevelItemCount() else 20
        return QSize(super().minimumSizeHint().width(),
                     max(rows * 2, self.save_button.sizeHint().height()))

    def current_group(self) -> int | None:
        item = self.list.currentItem()
        key = item.data(0, GROUP_ROLE) if item is not None else None
        return int(key) if key is not None else None

    def _all_label(self) -> str:
        return (self.tr("All organizations") if self.kind == "organization"
                else self.tr("All contacts"))

    def refresh(self) -> None:
        """Read the groups and their counts again, keeping the group shown; one removed
        since (an undo, another window) gives way to all records."""
        current = self.current_group()
        with self.database.session() as session:
            found = groups.list_groups(session=session, kind=self.kind)
        self.groups = {group.id: group for group in found}
        with QSignalBlocker(self.list):
            self.list.clear()
            everything = QTreeWidgetItem(self.list, [self._all_label(), ""])
            everything.setData(0, GROUP_ROLE, None)
            for group in found:
                item = QTreeWidgetItem(self.list, [group.name, self._count_text(group)])
                item.setData(0, GROUP_ROLE, group.id)
                item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight
                                      | Qt.AlignmentFlag.AlignVCenter)
                for column in (0, 1):
                    item.setToolTip(column, self._item_tip(group))
            items = [everything, *(self.list.topLevelItem(row)
                                   for row in range(1, self.list.topLevelItemCount()))]
            shown = next((item for item in items
                          if item is not None and item.data(0, GROUP_ROLE) == current),
                         everything)
            self.list.setCurrentItem(shown)
        if current is not None and current not in self.groups:
            self.groupChosen.emit(None)

    def _count_text(self, group: GroupInfo) -> str:
        return "?" if group.count is None else f"{group.count:,}"

    def _item_tip(self, group: GroupInfo) -> str:
        if group.count is None:
            return self.tr("{name}: its search names an own field removed since, so it "
                           "finds nothing").format(name=group.name)
        if group.static:
            return self.tr("{name}: a hand-picked group of %n record(s)", "",
                           group.count).format(name=group.name)
        return self.tr("{name}: a saved search, %n record(s) now", "",
                       group.count).format(name=group.name)

    def _chosen(self, current: QTreeWidgetItem | None, _previous: Any) -> None:
        self.groupChosen.emit(current.data(0, GROUP_ROLE) if current is not None else None)

    # --- saving a group ------------------------------------------------------------

    def _update_save_actions(self) -> None:
        self.save_search_action.setEnabled(self.current_group() is None)
        self.save_selected_action.setEnabled(bool(self._selected_ids()))

    def _ask_name(self, title: str, text: str = "") -> str | None:
        name, ok = QInputDialog.getText(self.window(), title, self.tr("Name of the group:"),
                                        text=text)
        return name if ok else None

    def _run(self, title: str, work: Callable[[], Any]) -> Any:
        """A change through core; its refusal shown as one message. None when refused."""
        try:
            result = work()
        except CoalitionDeskError as error:
            show_failure(self.window(), title, error)
            return None
        self.refresh()
        self.changed.emit()
        return result if result is not None else True

    def save_search(self) -> int | None:
        """The table's search and filters, kept as a group that finds their records again."""
        title = self.tr("Save the Search as a Group")
        name = self._ask_name(title)
        if name is None:
            return None
        filters = self._current_filters()
        group_id = self._run(title, lambda: groups.add_group(
            database=self.database, kind=self.kind, name=name, filters=filters))
        return group_id if isinstance(group_id, int) else None

    def save_selected(self) -> int | None:
        title = self.tr("New Hand-picked Group")
        ids = list(self._selected_ids())
        name = self._ask_name(title)
        if name is None:
            return None
        group_id = self._run(title, lambda: groups.add_group(
            database=self.database, kind=self.kind, name=name, static=True, member_ids=ids))
        return group_id if isinstance(group_id, int) else None

    # --- a group's menu ---------------------------------------------------------------

    def _show_menu(self, position: QPoint) -> None:
        item = self.list.itemAt(position)
        group_id = item.data(0, GROUP_ROLE) if item is not None else None
        if group_id is None or group_id not in self.groups:
            return
        self.menu_for(group_id).exec(self.list.viewport().mapToGlobal(position))

    def menu_for(self, group_id: int) -> QMenu:
        group = self.groups[group_id]
        menu = QMenu(self)
        menu.addAction(self.tr("Rename…"), lambda: self.rename(group_id))
        menu.addAction(self.tr("Delete"), lambda: self.delete(group_id))
        if group.static:
            menu.addSeparator()
            chosen = bool(self._selected_ids())
            add = menu.addAction(self.tr("Add the Selected Rows"),
                                 lambda: self.change_members(group_id, add=True))
            remove = menu.addAction(self.tr("Take the Selected Rows Off"),
                                    lambda: self.change_members(group_id, add=False))
            add.setEnabled(chosen)
            remove.setEnabled(chosen)
        menu.addSeparator()
        menu.addAction(self.tr("Add to a Letter as Recipients…"),
                       lambda: self.add_to_letter(group_id, "recipients"))
        if self.kind == "organization":
            menu.addAction(self.tr("Add to a Letter as Signatories…"),
                           lambda: self.add_to_letter(group_id, "signatories"))
        return menu

    def rename(self, group_id: int) -> None:
        title = self.tr("Rename the Group")
        name = self._ask_name(title, self.groups[group_id].name)
        if name is not None:
            self._run(title, lambda: groups.rename_group(database=self.database,
                                                         group_id=group_id, name=name))

    def delete(self, group_id: int) -> None:
        # Undoable, and the records stay: no question asked.
        self._run(self.tr("Delete the Group"),
                  lambda: groups.remove_group(database=self.database, group_id=group_id))

    def change_members(self, group_id: int, *, add: bool) -> None:
        ids = list(self._selected_ids())
        self._run(self.tr("Change the Group"), lambda: groups.change_members(
            database=self.database, group_id=group_id, add=ids if add else (),
            remove=() if add else ids))

    def added_text(self, added: LetterAdded) -> str:
        """"3 put on the letter; 1 on it already; 1 restricted contact left out." """
        # self.tr with each text in the call: lupdate gave a helper's texts no context
        # (shown untranslated), and reads QCoreApplication.translate's count as no plural.
        parts = [self.tr("%n put on the letter", "", added.added)]
        if added.already:
            parts.append(self.tr("%n on it already", "", added.already))
        if added.restricted:
            parts.append(self.tr("%n restricted contact(s) left out: the letter does not "
                                 "allow them", "", added.restricted))
        return "; ".join(parts) + "."

    def add_to_letter(self, group_id: int, role: Role) -> LetterAdded | None:
        title = (self.tr("Add to a Letter as Recipients") if role == "recipients"
                 else self.tr("Add to a Letter as Signatories"))
        letters = letter_titles(self.database)
        if not letters:
            QMessageBox.information(self.window(), title, self.tr("There is no letter yet."))
            return None
        titles = [letter_title for _id, letter_title in letters]
        chosen, ok = QInputDialog.getItem(self.window(), title, self.tr("Letter:"), titles,
                                          0, False)
        if not ok or chosen not in titles:
            return None
        letter_id = letters[titles.index(chosen)][0]
        added = self._run(title, lambda: groups.add_group_to_letter(
            database=self.database, group_id=group_id, letter_id=letter_id, role=role))
        if isinstance(added, LetterAdded):
            QMessageBox.information(self.window(), title, self.added_text(added))
            return added
        return None
