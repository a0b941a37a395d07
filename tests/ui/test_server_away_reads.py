"""Reads on a server that does not answer: another letter, activity or contact picked,
Revert, a search typed. Each ends in the one sentence on the status bar, never an
exception out of a slot; the view and the form stay as they were, unsaved edits
kept, and the same action works once the server answers."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import AbstractContextManager
from types import TracebackType
from typing import TYPE_CHECKING

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from window_support import discard_edits

from coalitiondesk.core.records import letters
from coalitiondesk.core.storage.db import Database
from coalitiondesk.ui.app.main_window import MainWindow
from server_trouble import server_away

if TYPE_CHECKING:
    from postgresql_cluster import Cluster

pytestmark = [pytest.mark.postgresql, pytest.mark.usefixtures("fresh_settings")]

NOT_ANSWERING = "The server is not answering"


@pytest.fixture
def database(pg_database: Database) -> Database:
    """The window's database, here on the server."""
    return pg_database


@pytest.fixture
def escaped(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[BaseException]]:
    """Exceptions that left a slot (PySide hands them to sys.excepthook)."""
    seen: list[BaseException] = []

    def hook(_kind: type[BaseException], error: BaseException,
             _tb: TracebackType | None) -> None:
        seen.append(error)

    monkeypatch.setattr(sys, "excepthook", hook)
    yield seen


def forget_edits(window: MainWindow) -> None:
    discard_edits(window)
    window.letters.editor.revert()
    window.activities.form.load(window.activities.form.activity_id)


@pytest.fixture
def window(qtbot: QtBot, demo: Database) -> MainWindow:
    opened = MainWindow(demo)
    qtbot.addWidget(opened, before_close_func=forget_edits)
    opened.show()
    qtbot.waitExposed(opened)
    return opened


def status(window: MainWindow) -> str:
    return window.statusBar().currentMessage()


def no_boxes() -> bool:
    return not any(isinstance(widget, QMessageBox) and widget.isVisible()
                   for widget in QApplication.topLevelWidgets())


def away(cluster: Cluster, demo: Database) -> AbstractContextManager[None]:
    name = demo.url.database
    assert name
    return server_away(cluster, name)


def test_letters_picked_and_reverted_while_the_server_is_away_keep_the_letter_and_its_edits(
        window: MainWindow, demo: Database, postgresql_cluster: Cluster,
        escaped: list[BaseException]) -> None:
    letters.new_letter(demo, title="A second letter")
    page = window.letters
    page.reload()
    window.tabs.setCurrentWidget(page)
    page.view.selectRow(0)
    first = page.current_letter()
    closing = page.editor.closing.text()
    with away(postgresql_cluster, demo):
        page.view.selectRow(1)
        assert escaped == []
        assert status(window).startswith(NOT_ANSWERING)
        assert page.current_letter() == first
        assert page.view.currentIndex().row() == 0
        page.editor.closing.setText("Kept while away,")
        page.editor.revert_button.click()
        assert escaped == []
        assert page.editor.closing.text() == "Kept while away,"
        assert page.editor.is_dirty()
        assert no_boxes()
    page.editor.revert_button.click()
    assert page.editor.closing.text() == closing
    page.view.selectRow(1)
    assert page.current_letter() != first
    assert escaped == []


def test_an_activity_picked_while_the_server_is_away_leaves_the_form_as_it_was(
        window: MainWindow, demo: Database, postgresql_cluster: Cluster,
        escaped: list[BaseException]) -> None:
    page = window.activities
    window.tabs.setCurrentWidget(page)
    page.view.selectRow(0)
    first = page.form.activity_id
    subject = page.form.subject.value()
    with away(postgresql_cluster, demo):
        page.view.selectRow(1)
        assert escaped == []
        assert status(window).startswith(NOT_ANSWERING)
        assert page.form.activity_id == first
        assert page.form.subject.value() == subject
        assert page.view.currentIndex().row() == 0
    page.view.selectRow(1)
    assert page.form.activity_id != first
    assert escaped == []


def test_contacts_picked_and_searched_while_the_server_is_away_keep_the_form_and_its_edits(
        window: MainWindow, demo: Database, postgresql_cluster: Cluster,
        escaped: list[BaseException]) -> None:
    page = window.contacts
    window.tabs.setCurrentWidget(page)
    page.view.selectRow(0)
    first = page.current_key()
    rows = page.model.rowCount()
    notes = page.form.editor("notes")
    with away(postgresql_cluster, demo):
        notes.set_value("Asked us not to publish her name")
        search = page.filter_bar.search
        for letter in "Kim":  # one keystroke at a time, as typed
            search.insert(letter)
        assert escaped == []
        assert status(window).startswith(NOT_ANSWERING)
        assert page.model.rowCount() == rows
        assert no_boxes()
        assert page.current_key() == first
        assert notes.value() == "Asked us not to publish her name"
        assert page.form.is_dirty()
    # The same search, once the server answers, is read then.
    search.setText("Kim")
    page.filter_bar.changed.emit()
    assert 0 < page.model.rowCount() < rows
    assert escaped == []
    assert notes.value() == "Asked us not to publish her name"


def test_a_contact_picked_while_the_server_is_away_stays_unpicked(
        window: MainWindow, demo: Database, postgresql_cluster: Cluster,
        escaped: list[BaseException]) -> None:
    page = window.contacts
    window.tabs.setCurrentWidget(page)
    page.view.selectRow(0)
    first = page.current_key()
    name = page.form.display_name()
    with away(postgresql_cluster, demo):
        page.view.selectRow(1)
        assert escaped == []
        assert status(window).startswith(NOT_ANSWERING)
        assert page.current_key() == first
        assert page.form.display_name() == name
        assert page.view.currentIndex().row() == 0
    page.view.selectRow(1)
    assert page.current_key() != first
    assert escaped == []


def test_history_opened_while_the_server_is_away_is_the_one_sentence(
        window: MainWindow, demo: Database, postgresql_cluster: Cluster,
        escaped: list[BaseException]) -> None:
    with away(postgresql_cluster, demo):
        window.history_action.trigger()
        assert escaped == []
        assert status(window).startswith(NOT_ANSWERING)

