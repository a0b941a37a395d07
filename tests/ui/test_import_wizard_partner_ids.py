"""A partner's own "ID" column of row numbers is no CoalitionDesk ID: the import wizard's
mapping page opens with it not imported, instead of failing on the window's name of the
export's ID column, which is no field (issue 14)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from coalitiondesk.core.storage.db import Database
from coalitiondesk.ui.dialogs.import_wizard import PAGE_MAPPING, ImportWizard


def test_row_numbers_in_an_id_column_are_left_for_the_user(
        qtbot: QtBot, database: Database, tmp_path: Path) -> None:
    source = tmp_path / "partner.csv"
    source.write_text("Name,ID\nNK Watch,17\nPSCORE,18\n", encoding="utf-8")
    wizard = ImportWizard(database, source)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.button(QWizard.WizardButton.NextButton).click()
    qtbot.waitUntil(lambda: wizard.currentId() == PAGE_MAPPING, timeout=20_000)
    assert wizard.mapping_page.mapping() == ["name", None]
