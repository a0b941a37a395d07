"""Encrypted databases in the window: the passphrase asked at open, encryption offered at
the first start, and File › Security (encrypt, change the passphrase, a plain copy)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from coalitiondesk.core.demo import load_demo
from coalitiondesk.core.records.organizations import list_organizations
from coalitiondesk.core.storage.cipher import Passphrase, is_encrypted
from coalitiondesk.core.storage.db import open_database
from coalitiondesk.ui.app.opened_database import OpenedDatabase, open_for_window
from coalitiondesk.ui.dialogs.passphrase_dialog import PassphraseDialog

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


@pytest.fixture
def opened_list() -> Iterator[list[OpenedDatabase]]:
    opened: list[OpenedDatabase] = []
    yield opened
    for item in opened:
        item.close()


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
    opened.close()
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
