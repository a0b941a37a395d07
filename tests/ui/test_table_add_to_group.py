"""The Organizations and Contacts tables' right-click menu: Add to Group lists the
hand-picked groups and makes a new one of the selected rows, each change undoable."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog
from pytestqt.qtbot import QtBot
from window_support import names, open_window

from coalitiondesk.core.records import groups
from coalitiondesk.core.records.contacts import ContactFilter
from coalitiondesk.core.storage.db import Database
from coalitiondesk.ui.pages.record_page import RecordPage


def _select_rows(page: RecordPage, rows: range) -> None:
    selection = page.view.selectionModel()
    selection.clear()
    for row in rows:
        selection.select(page.model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)


def _menu_texts(page: RecordPage) -> list[str]:
    page.add_to_group_menu.aboutToShow.emit()
    return [action.text() for action in page.add_to_group_menu.actions()]


def _trigger(page: RecordPage, text: str) -> None:
    page.add_to_group_menu.aboutToShow.emit()
    [action] = [action for action in page.add_to_group_menu.actions() if action.text() == text]
    assert action.isEnabled()
    action.trigger()


def _name_next_group(name: str) -> None:
    def look() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QInputDialog) and widget.isVisible():
                widget.setTextValue(name)
                widget.accept()
                return
        QTimer.singleShot(20, look)

    QTimer.singleShot(20, look)


def _members(demo: Database, group_id: int) -> list[int]:
    with demo.session() as session:
        return groups.member_ids(session=session, group_id=group_id)


def test_the_table_menu_adds_rows_to_a_hand_picked_group(qtbot: QtBot,
                                                         demo: Database) -> None:
    board = groups.add_group(database=demo, kind="organization", name="Board & staff",
                             static=True)
    groups.add_group(database=demo, kind="organization", name="Everyone in Korea",
                     filters=None)
    window = open_window(qtbot, demo)
    page = window.organizations
    assert page.add_to_group_menu.menuAction() in page.view.actions()
    # Only hand-picked groups take rows; a saved search finds its own.
    assert _menu_texts(page) == ["Board && staff", "", "New Group from Selection…"]
    assert not any(action.isEnabled() for action in page.add_to_group_menu.actions()
                   if action.text())

    _select_rows(page, range(2))
    _trigger(page, "Board && staff")
    first = _members(demo, board)
    assert len(first) == 2
    assert ("Board & staff", "2") in [
        (page.groups.list.topLevelItem(row).text(0),  # type: ignore[union-attr]
         page.groups.list.topLevelItem(row).text(1))  # type: ignore[union-attr]
        for row in range(page.groups.list.topLevelItemCount())]
    window.undo()
    assert _members(demo, board) == []

    _select_rows(page, range(3, 6))
    _name_next_group("Delegation to Geneva")
    _trigger(page, "New Group from Selection…")
    with demo.session() as session:
        made = groups.group_named(session=session, name="Delegation to Geneva")
    assert made.static and made.id is not None
    assert len(_members(demo, made.id)) == 3
    page.groups.list.setCurrentItem(page.groups.list.findItems("Delegation to Geneva",
                                                               Qt.MatchFlag.MatchExactly)[0])
    qtbot.waitUntil(lambda: len(names(page)) == 3)
    assert "Delegation to Geneva" in _menu_texts(page)
    window.undo()
    with demo.session() as session:
        assert [group.name for group in groups.list_groups(session=session)] == [
            "Board & staff", "Everyone in Korea"]


def test_the_contacts_table_has_the_menu_too(qtbot: QtBot, demo: Database) -> None:
    press = groups.add_group(database=demo, kind="contact", name="Press", static=True)
    groups.add_group(database=demo, kind="organization", name="Partners", static=True)
    groups.add_group(database=demo, kind="contact", name="All people",
                     filters=ContactFilter())
    window = open_window(qtbot, demo)
    page = window.contacts
    assert _menu_texts(page) == ["Press", "", "New Group from Selection…"]
    _select_rows(page, range(1))
    _trigger(page, "Press")
    assert len(_members(demo, press)) == 1
