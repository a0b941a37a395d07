"""Every tab answers the window's questions (ui.pages.page): the window asks, never checks
which tab it is."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from window_support import answer_next_dialog, open_window, select

from coalitiondesk.core.journal.operations import ChangeSet
from coalitiondesk.core.storage.db import Database
from coalitiondesk.ui.app.main_window import MainWindow
from coalitiondesk.ui.pages.page import Page

pytestmark = pytest.mark.usefixtures("fresh_settings")


@pytest.fixture
def window(qtbot: QtBot, demo: Database) -> MainWindow:
    return open_window(qtbot, demo)


def actions(window: MainWindow) -> tuple[bool, bool, bool]:
    return (window.new_action.isEnabled(), window.save_action.isEnabled(),
            window.delete_action.isEnabled())


def test_every_tab_is_a_page_and_the_status_bar_shows_its_counts(window: MainWindow) -> None:
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        page = window.current_page()
        assert isinstance(page, Page)
        assert window.counts_label.text() == page.status_text()
    window.tabs.setCurrentWidget(window.letters)
    assert window.counts_label.text() == "1 letter(s)"
    window.tabs.setCurrentWidget(window.reports)
    assert window.counts_label.text() == ""


def test_new_save_and_delete_follow_what_the_tab_offers(window: MainWindow) -> None:
    window.tabs.setCurrentWidget(window.organizations)
    assert actions(window) == (True, False, False)
    select(window.organizations, "Amnesty International")
    assert actions(window) == (True, False, True)
    window.organizations.form.editor("notes").set_value("Met in Geneva")
    assert actions(window) == (True, True, True)
    window.organizations.form.revert()

    for page in (window.countries, window.reports):
        window.tabs.setCurrentWidget(page)
        assert actions(window) == (False, False, False)

    window.tabs.setCurrentWidget(window.letters)
    assert actions(window) == (True, False, window.letters.current_letter() is not None)
    window.tabs.setCurrentWidget(window.activities)
    assert actions(window) == (True, False, False)
    window.activities.view.selectRow(0)
    assert actions(window) == (True, False, True)


def test_a_change_set_reaches_only_the_tabs_it_touches(window: MainWindow) -> None:
    window.tabs.setCurrentWidget(window.letters)
    read: list[str] = []
    window.letters.model.modelReset.connect(lambda: read.append("letters"))
    window.countries.model.modelReset.connect(lambda: read.append("countries"))
    window.apply_changes(ChangeSet(records={"activity": frozenset({"1"})},
                                   tables=frozenset({"activity"})))
    assert read == []
    window.apply_changes(ChangeSet(records={"letter": frozenset({"1"})},
                                   tables=frozenset({"letter"})))
    assert read == ["letters"]


def test_closing_asks_every_tab_with_unsaved_changes(qtbot: QtBot, window: MainWindow) -> None:
    window.tabs.setCurrentWidget(window.activities)
    window.activities.new_activity()
    window.activities.form.subject.set_value("Call the embassy")
    seen: list[str] = []
    answer_next_dialog("Cancel", seen)
    window.close()
    assert window.isVisible() and len(seen) == 1
    window.activities.form.load(None)
    assert not any(isinstance(w, QMessageBox) and w.isVisible()
                   for w in QApplication.topLevelWidgets())


def test_a_record_save_runs_off_the_ui_thread(
        window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    from thread_spy import off_the_ui_thread, threads_running

    from coalitiondesk.core.records import edits

    threads = threads_running(monkeypatch, edits, "save_record")
    page = window.organizations
    window.tabs.setCurrentWidget(page)
    select(page, "Amnesty International")
    page.form.editor("notes").set_value("Met in Geneva")
    assert page.save()
    assert off_the_ui_thread(threads)
    assert not page.form.is_dirty()
    assert page.form.editor("notes").value() == "Met in Geneva"
