"""The signatories panel keeps each line as signed and offers to refresh the lines from
the records while the letter is still collecting."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from coalitiondesk.core.demo import load_demo
from coalitiondesk.core.journal.undo import undo
from coalitiondesk.core.models import LetterStatus, SignatureStatus
from coalitiondesk.core.records import letters, organizations
from coalitiondesk.core.storage.db import Database
from coalitiondesk.ui.widgets.signatories_panel import SignatoriesPanel


def test_refresh_lines_from_records_while_collecting_and_never_once_sent(
        qtbot: QtBot, database: Database) -> None:
    with database.transaction() as session:
        load_demo(session=session)
        letter = letters.create_letter(session=session, title="Joint statement",
                                       status=LetterStatus.collecting)
        conectas = organizations.find_organization(session=session, name="Conectas")
        assert letter.id is not None and conectas is not None and conectas.id is not None
        letter_id, conectas_id = letter.id, conectas.id
    letters.add_signatory(database, letter_id=letter_id, organization_id=conectas_id,
                          status=SignatureStatus.signed, status_date=date(2026, 3, 1))
    panel = SignatoriesPanel(database)
    qtbot.addWidget(panel)
    panel.load(letter_id, "Joint statement")
    panel.show()
    assert panel.block_lines() == ["Conectas (Brazil)"]
    assert not panel.refresh_button.isEnabled()

    with database.transaction() as session:
        organizations.update_organization(session=session, organization_id=conectas_id,
                                          signatory_name="Conectas Human Rights")
    panel.reload()
    assert panel.block_lines() == ["Conectas (Brazil)"]  # as signed
    assert panel.refresh_button.isEnabled()
    assert "Conectas (Brazil) → Conectas Human Rights (Brazil)" in panel.refresh_button.toolTip()
    qtbot.mouseClick(panel.refresh_button, Qt.MouseButton.LeftButton)
    assert panel.block_lines() == ["Conectas Human Rights (Brazil)"]
    assert not panel.refresh_button.isEnabled()

    undo(database)
    with database.transaction() as session:
        letters.update_letter(session=session, letter_id=letter_id, status=LetterStatus.sent)
    panel.reload()
    assert panel.block_lines() == ["Conectas (Brazil)"]
    assert not panel.refresh_button.isEnabled()
