"""The saved groups under the Organizations and Contacts tables: shown, saved from the
search, renamed and deleted undoably, and put on a letter as recipients or signatories."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlmodel import select
from window_support import names, open_window

from coalitiondesk.core.models import Recipient, Signature
from coalitiondesk.core.records import groups, letters
from coalitiondesk.core.records.contacts import ContactFilter
from coalitiondesk.core.records.organizations import OrganizationFilter
from coalitiondesk.core.storage.db import Database
from coalitiondesk.ui.pages.record_page import RecordPage
from coalitiondesk.ui.widgets.groups_panel import GROUP_ROLE


def _answer(act: Callable[[QInputDialog], None], seen: list[str] | None = None) -> None:
    """Fill in the next QInputDialog, then close the message box that may follow."""
    def look() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QInputDialog) and widget.isVisible():
                act(widget)
                widget.accept()
                return
        QTimer.singleShot(20, look)

    QTimer.singleShot(20, look)


def _close_message(seen: list[str]) -> None:
    def look() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                seen.append(widget.text())
                widget.accept()
                return
        QTimer.singleShot(20, look)

    QTimer.singleShot(20, look)


def _listed(page: RecordPage) -> list[tuple[str, str]]:
    tree = page.groups.list
    return [(tree.topLevelItem(row).text(0), tree.topLevelItem(row).text(1))  # type: ignore[union-attr]
            for row in range(tree.topLevelItemCount())]


def _choose(page: RecordPage, name: str) -> None:
    tree = page.groups.list
    for row in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(row)
        assert item is not None
        if item.text(0) == name:
            tree.setCurrentItem(item)
            return
    raise AssertionError(f"no group {name!r} listed")


def test_a_group_shows_its_records_and_follows_changes(qtbot: QtBot, demo: Database) -> None:
    korean = groups.add_group(database=demo, kind="organization", name="Korean",
                              filters=OrganizationFilter(country_code="KR"))
    window = open_window(qtbot, demo)
    page = window.organizations
    all_names = names(page)
    assert _listed(page) == [("All organizations", ""), ("Korean", "8")]
    _choose(page, "Korean")
    qtbot.waitUntil(lambda: len(names(page)) == 8)
    assert page.model.filters.group_id == korean
    # The search narrows within the group.
    page.filter_bar.search.setText("Gulag")
    qtbot.waitUntil(lambda: names(page) == ["Free NK Gulag"])
    page.filter_bar.search.clear()
    # Saving the search while a group is shown is not offered; with all records it is.
    page.groups._update_save_actions()
    assert not page.groups.save_search_action.isEnabled()
    _choose(page, "All organizations")
    qtbot.waitUntil(lambda: names(page) == all_names)
    page.filter_bar.search.setText("Human Rights")
    qtbot.waitUntil(lambda: len(names(page)) < len(all_names))
    shown = names(page)
    _answer(lambda dialog: dialog.setTextValue("Human rights in the name"))
    group_id = page.groups.save_search()
    assert group_id is not None
    with demo.session() as session:
        assert groups.member_ids(session=session, group_id=group_id) != []
        assert len(groups.member_ids(session=session, group_id=group_id)) == len(shown)
    assert ("Human rights in the name", str(len(shown))) in _listed(page)

    _answer(lambda dialog: dialog.setTextValue("Korea"))
    page.groups.rename(korean)
    assert [name for name, _count in _listed(page)][1:] == ["Human rights in the name",
                                                            "Korea"]
    window.undo()
    assert [name for name, _count in _listed(page)][1:] == ["Human rights in the name",
                                                            "Korean"]
    page.filter_bar.search.clear()
    _choose(page, "Korean")
    qtbot.waitUntil(lambda: len(names(page)) == 8)
    page.groups.delete(korean)
    # The group shown is gone: the table shows every record again.
    qtbot.waitUntil(lambda: names(page) == all_names)
    assert page.groups.current_group() is None
    window.undo()
    assert ("Korean", "8") in _listed(page)


def test_hand_picked_group_of_selected_rows_goes_on_a_letter(qtbot: QtBot,
                                                             demo: Database) -> None:
    with demo.transaction() as session:
        letter = letters.create_letter(session=session, title="Stop the executions")
    window = open_window(qtbot, demo)
    page = window.organizations
    selection = page.view.selectionModel()
    for row in range(3):
        selection.select(page.model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)
    picked = names(page)[:3]
    _answer(lambda dialog: dialog.setTextValue("Steering committee"))
    group_id = page.groups.save_selected()
    assert group_id is not None
    assert ("Steering committee", "3") in _listed(page)
    seen: list[str] = []
    _answer(lambda dialog: dialog.setTextValue("Stop the executions"))
    _close_message(seen)
    added = page.groups.add_to_letter(group_id, "signatories")
    assert added is not None and added.added == 3
    assert seen == ["3 put on the letter."]
    with demo.session() as session:
        signed = session.exec(select(Signature).where(Signature.letter_id == letter.id)).all()
        assert len(signed) == 3
    _choose(page, "Steering committee")
    qtbot.waitUntil(lambda: sorted(names(page)) == sorted(picked))
    window.undo()
    with demo.session() as session:
        assert session.exec(select(Signature).where(
            Signature.letter_id == letter.id)).all() == []


def test_a_contact_group_goes_on_a_letter_as_recipients(qtbot: QtBot,
                                                        demo: Database) -> None:
    press = groups.add_group(database=demo, kind="contact", name="Everyone",
                             filters=ContactFilter())
    with demo.transaction() as session:
        letter = letters.create_letter(session=session, title="Briefing")
    window = open_window(qtbot, demo)
    page = window.contacts
    assert page.groups.list.topLevelItem(0).text(0) == "All contacts"  # type: ignore[union-attr]
    menu = page.groups.menu_for(press)
    assert [action.text() for action in menu.actions() if action.text()] == [
        "Rename…", "Delete", "Add to a Letter as Recipients…"]
    seen: list[str] = []
    _answer(lambda dialog: dialog.setTextValue("Briefing"))
    _close_message(seen)
    added = page.groups.add_to_letter(press, "recipients")
    assert added is not None and added.added > 0
    with demo.session() as session:
        count = len(session.exec(select(Recipient).where(
            Recipient.letter_id == letter.id)).all())
    assert count == added.added
    assert seen[0].startswith(f"{added.added} put on the letter")
    item = page.groups.list.topLevelItem(1)
    assert item is not None and item.data(0, GROUP_ROLE) == press


def test_the_reports_tab_counts_one_group_of_organizations(qtbot: QtBot,
                                                          demo: Database) -> None:
    from coalitiondesk.core.journal.operations import ChangeSet
    from coalitiondesk.ui.pages.reports_page import ReportsPage

    page = ReportsPage(demo)
    qtbot.addWidget(page)
    page.resize(1024, 650)
    with qtbot.waitSignal(page.reportShown):
        page.show()
    if page.current_name() != "members-by-country":
        with qtbot.waitSignal(page.reportShown):
            page.select("members-by-country")
    qtbot.waitUntil(lambda: not page.busy())
    assert page.group.isVisible() and page.group.count() == 1
    korean = groups.add_group(database=demo, kind="organization", name="Korean",
                              filters=OrganizationFilter(country_code="KR"))
    with qtbot.waitSignal(page.reportShown):
        page.apply_changes(ChangeSet(tables=frozenset({"saved_group"})))
    qtbot.waitUntil(lambda: not page.busy())
    with qtbot.waitSignal(page.reportShown):
        page.group.setCurrentIndex(page.group.findData(korean))
    qtbot.waitUntil(lambda: not page.busy())
    report = page.report()
    assert report is not None and report.rows == [("South Korea", 7)]
    assert report.notes[0] == "Only the 8 organizations of one saved group"
    with qtbot.waitSignal(page.reportShown):
        page.select("letters")
    assert page.group.isVisible()
