"""Encrypted databases in the window: the passphrase asked at open, encryption offered at
the first start, File › Security (encrypt, change the passphrase, a plain copy), and the
lock when away."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from window_support import answer_next_dialog

from coalitiondesk.core.demo import load_demo
from coalitiondesk.core.records.contacts import list_contacts
from coalitiondesk.core.records.organizations import list_organizations
from coalitiondesk.core.storage.cipher import Passphrase, in_use, is_encrypted
from coalitiondesk.core.storage.db import open_database
from coalitiondesk.ui.app.away_lock import LockedScreen
from coalitiondesk.ui.app.main_window import MainWindow
from coalitiondesk.ui.app.opened_database import OpenedDatabase, open_for_window
from coalitiondesk.ui.dialogs.passphrase_dialog import PassphraseDialog
from coalitiondesk.ui.dialogs.security_dialogs import NewPassphraseDialog
from coalitiondesk.ui.dialogs.welcome_dialog import WelcomeDialog

pytestmark = pytest.mark.usefixtures("fresh_settings")

DEMO_ORGANIZATIONS = 39


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def encrypted_demo(path: Path, passphrase: str) -> None:
    database = open_database(path, passphrase=Passphrase(passphrase))
    try:
        with database.transaction() as session:
            load_demo(session=session)
    finally:
        database.close()


def answer_passphrase_dialogs(answers: list[str | None], seen: list[str]) -> None:
    """Type each answer in turn into the passphrase dialog as it appears (None: Cancel),
    noting the problem line each time it shows."""
    def answer() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, PassphraseDialog) and widget.isVisible():
                seen.append(widget.problem.text() if widget.problem.isVisible() else "")
                given = answers.pop(0)
                if given is None:
                    widget.reject()
                else:
                    widget.field.setText(given)
                    widget.ok_button.click()
                if answers:
                    QTimer.singleShot(20, answer)
                return
        QTimer.singleShot(20, answer)

    QTimer.singleShot(20, answer)


def close_after_daily_backup(opened: OpenedDatabase) -> None:
    """The daily backup reads an encrypted file with the key of the open database."""
    if opened.daily is not None:
        opened.daily.join()
    opened.close()


@pytest.fixture
def opened_list() -> Iterator[list[OpenedDatabase]]:
    opened: list[OpenedDatabase] = []
    yield opened
    for item in opened:
        close_after_daily_backup(item)


def test_an_encrypted_database_asks_again_after_a_wrong_passphrase(
        tmp_path: Path, qtbot: QtBot, opened_list: list[OpenedDatabase]) -> None:
    path = tmp_path / "coalition.sqlite3"
    encrypted_demo(path, "correct horse")
    seen: list[str] = []
    answer_passphrase_dialogs(["wrong", "correct horse"], seen)
    opened = open_for_window(str(path))
    assert opened is not None
    opened_list.append(opened)
    assert seen[0] == ""
    assert "does not open coalition.sqlite3" in seen[1]
    assert opened.database.passphrase is not None
    with opened.database.session() as session:
        assert len(list_organizations(session=session)) == DEMO_ORGANIZATIONS
    close_after_daily_backup(opened)
    assert is_encrypted(path)


def test_a_wrong_passphrase_changes_nothing_and_cancel_opens_nothing(
        tmp_path: Path, qtbot: QtBot) -> None:
    path = tmp_path / "coalition.sqlite3"
    encrypted_demo(path, "correct horse")
    before = sha256(path)
    names = sorted(p.name for p in tmp_path.iterdir())
    seen: list[str] = []
    answer_passphrase_dialogs(["wrong", None], seen)
    assert open_for_window(str(path)) is None
    assert len(seen) == 2 and "Nothing was changed" in seen[1]
    assert sha256(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == names


def window_on(path: Path, qtbot: QtBot, passphrase: str | None = None) -> MainWindow:
    opened = open_for_window(str(path), passphrase=Passphrase(passphrase) if passphrase else None)
    assert opened is not None
    window = MainWindow(opened.database)
    window.opened = opened
    qtbot.addWidget(window)
    window.show()
    return window


def close_window(window: MainWindow) -> None:
    if window.opened is not None and window.opened.daily is not None:
        window.opened.daily.join()
    window.close()


def newest_window(qtbot: QtBot, old: MainWindow) -> MainWindow:
    """The window that replaced `old` on the same file (other tests' windows may linger)."""
    windows = [w for w in QApplication.topLevelWidgets()
               if isinstance(w, MainWindow) and w is not old and w.isVisible()
               and w.database.path == old.database.path]
    assert len(windows) == 1
    qtbot.addWidget(windows[0])
    return windows[0]


def close_message_boxes() -> list[str]:
    texts = []
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.isVisible():
            texts.append(widget.text())
            widget.done(0)
    return texts


def contact_names(path: Path, passphrase: str | None) -> list[str]:
    database = open_database(path, create=False,
                             passphrase=Passphrase(passphrase) if passphrase else None)
    try:
        with database.session() as session:
            return sorted(c.family_name for c in list_contacts(session=session) if c.family_name)
    finally:
        database.close()


def words_of_contacts(path: Path) -> list[str]:
    """The contacts' names, long enough not to turn up in random bytes by chance."""
    database = open_database(path, create=False)
    try:
        with database.session() as session:
            words = {word for contact in list_contacts(session=session)
                     for word in (contact.given_name, contact.family_name)
                     if word and len(word) >= 4}
    finally:
        database.close()
    assert words
    return sorted(words)


def test_the_first_start_creates_an_encrypted_database_holding_the_demo(
        tmp_path: Path, qtbot: QtBot) -> None:
    path = tmp_path / "coalition.sqlite3"
    window = window_on(path, qtbot)
    dialog = window.offer_first_steps()
    assert isinstance(dialog, WelcomeDialog)
    dialog.encrypt_box.setChecked(True)
    dialog.passphrase_fields.first.setText("a long passphrase")
    dialog.passphrase_fields.second.setText("a different one")
    dialog.demo_button.click()
    assert dialog.isVisible() and "differ" in dialog.passphrase_fields.problem.text()
    dialog.passphrase_fields.first.setText("a long passphrase")
    dialog.passphrase_fields.second.setText("a long passphrase")
    dialog.demo_button.click()
    qtbot.waitUntil(lambda: not window.isVisible())
    encrypted = newest_window(qtbot, window)
    assert encrypted.database.encrypted
    qtbot.waitUntil(lambda: encrypted.organizations.model.rowCount() == DEMO_ORGANIZATIONS)
    assert is_encrypted(path)
    close_message_boxes()
    close_window(encrypted)
    assert contact_names(path, "a long passphrase")


def test_encrypt_leaves_every_row_and_no_name_in_the_file(
        tmp_path: Path, qtbot: QtBot) -> None:
    path = tmp_path / "coalition.sqlite3"
    database = open_database(path)
    with database.transaction() as session:
        load_demo(session=session)
    database.close()
    names = contact_names(path, None)
    words = words_of_contacts(path)
    window = window_on(path, qtbot)
    assert window.security.encrypt_action.isEnabled()
    assert not window.security.plain_copy_action.isEnabled()

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, NewPassphraseDialog):
            QTimer.singleShot(20, fill)
            return
        dialog.fields.first.setText("secret words")
        dialog.fields.second.setText("secret words")
        dialog.ok_button.click()

    QTimer.singleShot(20, fill)
    encrypted = window.security.encrypt_this_database()
    assert encrypted is not None
    qtbot.addWidget(encrypted)
    assert encrypted.database.encrypted and encrypted.security.change_passphrase_action.isEnabled()
    assert any("encrypted" in text for text in close_message_boxes())
    close_window(encrypted)
    assert is_encrypted(path)
    content = path.read_bytes()
    assert all(word.encode() not in content for word in words)
    assert contact_names(path, "secret words") == names


def test_change_passphrase_then_open_with_the_new_one(tmp_path: Path, qtbot: QtBot) -> None:
    path = tmp_path / "coalition.sqlite3"
    encrypted_demo(path, "old words")
    names = contact_names(path, "old words")
    window = window_on(path, qtbot, "old words")

    def fill(text: str) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, NewPassphraseDialog):
            QTimer.singleShot(20, lambda: fill(text))
            return
        dialog.fields.first.setText(text)
        dialog.fields.second.setText(text)
        dialog.ok_button.click()

    QTimer.singleShot(20, lambda: fill("new words"))
    changed = window.security.change_passphrase()
    assert changed is not None
    qtbot.addWidget(changed)
    close_message_boxes()
    close_window(changed)
    before = sha256(path)
    seen: list[str] = []
    answer_passphrase_dialogs(["old words", None], seen)
    assert open_for_window(str(path)) is None
    assert sha256(path) == before
    assert contact_names(path, "new words") == names


def test_a_plain_copy_is_read_by_the_standard_sqlite(tmp_path: Path, qtbot: QtBot) -> None:
    path = tmp_path / "coalition.sqlite3"
    encrypted_demo(path, "some words")
    names = contact_names(path, "some words")
    window = window_on(path, qtbot, "some words")
    copy = window.security.save_plain_copy(tmp_path / "plain.sqlite3")
    assert copy is not None
    assert any("Anyone who has this file" in text for text in close_message_boxes())
    connection = sqlite3.connect(copy)
    try:
        stored = sorted(row[0] for row in connection.execute(
            "SELECT family_name FROM contact WHERE family_name IS NOT NULL AND family_name != ''"))
    finally:
        connection.close()
    assert stored == names
    assert is_encrypted(path)
    close_window(window)


def test_away_the_window_locks_forgets_the_key_and_keeps_unsaved_edits(
        tmp_path: Path, qtbot: QtBot) -> None:
    path = tmp_path / "coalition.sqlite3"
    encrypted_demo(path, "away words")
    window = window_on(path, qtbot, "away words")
    page = window.organizations
    page.view.setFocus()
    page.view.selectRow(0)
    notes = page.form.editor("notes")
    notes.set_value("typed before leaving")
    assert page.is_dirty()
    try:
        window.away.idle.timer.setInterval(50)
        window.away.idle.restart()
        qtbot.waitUntil(window.away.is_locked, timeout=3000)
        assert isinstance(window.centralWidget(), LockedScreen)
        assert not page.isVisible()
        assert in_use.get(path) is None and not window.database.encrypted
        seen: list[str] = []
        answer_passphrase_dialogs(["wrong", "away words"], seen)
        assert window.away.unlock()
        assert "does not open" in seen[1]
        assert window.centralWidget() is window.tabs and page.isVisible()
        assert notes.value() == "typed before leaving" and page.is_dirty()
        assert in_use.get(path) is not None and window.database.encrypted
        with window.database.session() as session:
            assert len(list_organizations(session=session)) == DEMO_ORGANIZATIONS
    finally:
        window.away.idle.stop()
        page.form.load(None)
    close_window(window)


def test_a_locked_window_closes_without_its_passphrase_once_told_edits_are_lost(
        tmp_path: Path, qtbot: QtBot) -> None:
    path = tmp_path / "coalition.sqlite3"
    encrypted_demo(path, "away words")
    window = window_on(path, qtbot, "away words")
    page = window.organizations
    page.view.setFocus()
    page.view.selectRow(0)
    page.form.editor("notes").set_value("typed before leaving")
    if window.opened is not None and window.opened.daily is not None:
        window.opened.daily.join()
    window.away.lock()
    seen: list[str] = []
    answer_passphrase_dialogs([None], seen)
    answer_next_dialog("Close", seen)
    window.close()
    assert not window.isVisible()
    assert any("not saved are lost" in text for text in seen)
    assert is_encrypted(path)
