"""The passphrase remembered in the system keyring, in the window: offered (off) when an
encrypted database opens, used at the next open, forgotten when it no longer opens the
file or from File › Security, following a change of passphrase, never used to unlock;
disabled with its reason without a keyring. And File › Security › Lock when away."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from test_encryption_window import (
    answer_passphrase_dialogs,
    close_after_daily_backup,
    close_message_boxes,
    close_window,
    encrypted_demo,
    window_on,
)

from coalitiondesk.core.storage.cipher import Passphrase
from coalitiondesk.core.storage.remembered import (
    is_remembered,
    remember_passphrase,
    remembered_passphrase,
)
from coalitiondesk.ui.app import settings_keys
from coalitiondesk.ui.app.opened_database import open_for_window
from coalitiondesk.ui.dialogs.passphrase_dialog import PassphraseDialog
from coalitiondesk.ui.dialogs.security_dialogs import LockAfterDialog, NewPassphraseDialog
from keyring_support import file_keyring, no_keyring

pytestmark = pytest.mark.usefixtures("fresh_settings")


@pytest.fixture
def keyring_file() -> Iterator[Path]:
    with file_keyring() as path:
        yield path


def tick_remember_and_answer(text: str, seen: list[bool]) -> None:
    """In the passphrase dialog as it appears: note whether Remember is offered and
    enabled, tick it, type `text` and open."""
    def answer() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, PassphraseDialog) and widget.isVisible():
                seen.append(widget.remember_box.isVisible() and widget.remember_box.isEnabled())
                widget.remember_box.setChecked(True)
                widget.field.setText(text)
                widget.ok_button.click()
                return
        QTimer.singleShot(20, answer)

    QTimer.singleShot(20, answer)


def test_remembered_when_ticked_then_opened_without_asking(
        tmp_path: Path, qtbot: QtBot, keyring_file: Path) -> None:
    path = tmp_path / "coalition.sqlite3"
    encrypted_demo(path, "kept words")
    seen: list[bool] = []
    tick_remember_and_answer("kept words", seen)
    opened = open_for_window(str(path))
    assert opened is not None and seen == [True]
    close_after_daily_backup(opened)
    recalled = remembered_passphrase(path=path)
    assert recalled is not None and recalled.same_as(Passphrase("kept words"))
    again = open_for_window(str(path))  # no dialog answers: it must not ask
    assert again is not None and again.database.encrypted
    close_after_daily_backup(again)


def test_not_remembered_unless_ticked(tmp_path: Path, qtbot: QtBot,
                                      keyring_file: Path) -> None:
    path = tmp_path / "coalition.sqlite3"
    encrypted_demo(path, "typed words")
    seen: list[str] = []
    answer_passphrase_dialogs(["typed words"], seen)
    opened = open_for_window(str(path))
    assert opened is not None
    close_after_daily_backup(opened)
    assert not is_remembered(path=path)


def test_a_remembered_passphrase_that_no_longer_opens_is_forgotten_and_asked(
        tmp_path: Path, qtbot: QtBot, keyring_file: Path) -> None:
    path = tmp_path / "coalition.sqlite3"
    encrypted_demo(path, "right words")
    remember_passphrase(path=path, passphrase=Passphrase("old words"))
    seen: list[str] = []
    answer_passphrase_dialogs(["right words"], seen)
    opened = open_for_window(str(path))
    assert opened is not None
    close_after_daily_backup(opened)
    assert "remembered on this computer does not open coalition.sqlite3" in seen[0]
    assert not is_remembered(path=path)


def test_without_a_keyring_remember_is_disabled_with_its_reason(
        tmp_path: Path, qtbot: QtBot) -> None:
    with no_keyring():
        dialog = PassphraseDialog("coalition.sqlite3", offer_remember=True)
        qtbot.addWidget(dialog)
        assert not dialog.remember_box.isHidden() and not dialog.remember_box.isEnabled()
        assert "keyring" in dialog.remember_box.toolTip()
        path = tmp_path / "coalition.sqlite3"
        encrypted_demo(path, "some words")
        seen: list[str] = []
        answer_passphrase_dialogs(["some words"], seen)
        opened = open_for_window(str(path))
        assert opened is not None
        close_after_daily_backup(opened)


def test_the_unlock_dialog_does_not_offer_to_remember(qtbot: QtBot) -> None:
    dialog = PassphraseDialog("coalition.sqlite3")
    qtbot.addWidget(dialog)
    assert dialog.remember_box.isHidden() and dialog.remember_note.isHidden()


def test_unlocking_asks_even_when_the_passphrase_is_remembered(
        tmp_path: Path, qtbot: QtBot, keyring_file: Path) -> None:
    path = tmp_path / "coalition.sqlite3"
    encrypted_demo(path, "away words")
    remember_passphrase(path=path, passphrase=Passphrase("away words"))
    window = window_on(path, qtbot)
    if window.opened is not None and window.opened.daily is not None:
        window.opened.daily.join()
    window.away.lock()
    seen: list[str] = []
    answer_passphrase_dialogs(["away words"], seen)
    assert window.away.unlock()
    assert seen == [""]
    close_window(window)


def test_a_changed_passphrase_replaces_the_remembered_one_and_forget_removes_it(
        tmp_path: Path, qtbot: QtBot, keyring_file: Path) -> None:
    path = tmp_path / "coalition.sqlite3"
    encrypted_demo(path, "old words")
    remember_passphrase(path=path, passphrase=Passphrase("old words"))
    window = window_on(path, qtbot)

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, NewPassphraseDialog):
            QTimer.singleShot(20, fill)
            return
        dialog.fields.first.setText("new words")
        dialog.fields.second.setText("new words")
        dialog.ok_button.click()

    QTimer.singleShot(20, fill)
    changed = window.security.change_passphrase()
    assert changed is not None
    qtbot.addWidget(changed)
    close_message_boxes()
    recalled = remembered_passphrase(path=path)
    assert recalled is not None and recalled.same_as(Passphrase("new words"))

    changed.security_menu.aboutToShow.emit()
    assert changed.security.forget_action.isEnabled()
    assert changed.security.forget_remembered()
    assert any("no longer remembered" in text for text in close_message_boxes())
    assert not is_remembered(path=path)
    changed.security_menu.aboutToShow.emit()
    assert not changed.security.forget_action.isEnabled()
    close_window(changed)


def test_lock_when_away_minutes_are_set_from_the_menu_and_applied_at_once(
        tmp_path: Path, qtbot: QtBot) -> None:
    path = tmp_path / "coalition.sqlite3"
    encrypted_demo(path, "idle words")
    window = window_on(path, qtbot, "idle words")
    assert window.away.idle.timer.interval() == settings_keys.LOCK_AFTER_DEFAULT * 60_000
    for minutes, active in ((3, True), (0, False)):
        dialog = window.security.choose_lock_minutes()
        assert isinstance(dialog, LockAfterDialog)
        dialog.spin.setValue(minutes)
        dialog.accept()
        assert int(str(QSettings().value(settings_keys.LOCK_AFTER_MINUTES))) == minutes
        assert window.away.idle.timer.isActive() is active
        if active:
            assert window.away.idle.timer.interval() == minutes * 60_000
    close_window(window)
