"""A workbook exported with the window in Korean or Japanese is read back as the kind of
record it holds: "이름" and "名前" head an organization's name as well as a person's."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from coalitiondesk.core.demo import load_demo
from coalitiondesk.core.exporting import ExportKind
from coalitiondesk.core.importing import ImportKind, kind_for, read_file
from coalitiondesk.core.storage.db import Database
from coalitiondesk.ui.app import i18n
from coalitiondesk.ui.dialogs.export_dialog import ExportDialog


@pytest.fixture
def coalition(database: Database) -> Database:
    with database.transaction() as session:
        load_demo(session=session)
    return database


@pytest.mark.parametrize("profile", [0, 1], ids=["partner list", "full"])
@pytest.mark.parametrize("kind", [ExportKind.organizations, ExportKind.contacts],
                         ids=lambda kind: kind.value)
@pytest.mark.parametrize("language", ["ko", "ja"])
def test_our_own_export_comes_back_as_the_kind_it_holds(
        qtbot: QtBot, coalition: Database, tmp_path: Path, language: str, kind: ExportKind,
        profile: int) -> None:
    target = tmp_path / f"{kind.value}.xlsx"
    i18n.install_translations(language)
    try:
        dialog = ExportDialog(coalition, kind=kind)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.profile_box.setCurrentIndex(profile)
        dialog.file_edit.setText(str(target))
        with qtbot.waitSignal(dialog.exported, timeout=30_000):
            qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    finally:
        i18n.remove_translations()
    table = read_file(target)
    if kind is ExportKind.organizations:
        assert table.headers[0] in {"이름", "名前"}  # a person's name too
    assert kind_for(table) is ImportKind(kind.value), table.headers
