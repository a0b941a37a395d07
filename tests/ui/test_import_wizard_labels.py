"""The import wizard reads kinds and membership statuses written in Korean or Japanese
(as our export writes them with "Labels in: 한국어/日本語"), whatever the window's own
language: every row goes in with its kind and status, no row refused (issue 14)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot
from sqlmodel import select

from coalitiondesk.core.importing import Action
from coalitiondesk.core.models import Organization
from coalitiondesk.core.storage.db import Database
from coalitiondesk.ui.app import i18n
from coalitiondesk.ui.dialogs.import_wizard import (
    PAGE_MAPPING,
    PAGE_PREVIEW,
    PAGE_RESULT,
    ImportWizard,
)


def go_to(wizard: ImportWizard, qtbot: QtBot, page: int) -> None:
    wizard.button(QWizard.WizardButton.NextButton if page != PAGE_RESULT
                  else QWizard.WizardButton.CommitButton).click()
    qtbot.waitUntil(lambda: wizard.currentId() == page, timeout=20_000)


@pytest.mark.parametrize("language", ["en", "ja"])
def test_labels_in_korean_and_japanese_go_in_as_kinds_and_statuses(
        qtbot: QtBot, database: Database, tmp_path: Path, language: str) -> None:
    source = tmp_path / "organizations.csv"
    source.write_text("Name,Kind,Membership status\n"
                      "NK Watch,네트워크,비회원\nPSCORE,メディア,加盟候補\nKontras,NGO,회원\n",
                      encoding="utf-8")
    i18n.install_translations(language)
    try:
        wizard = ImportWizard(database, source)
        qtbot.addWidget(wizard)
        wizard.show()
        go_to(wizard, qtbot, PAGE_MAPPING)
        assert wizard.mapping_page.mapping() == ["name", "kind", "membership_status"]
        go_to(wizard, qtbot, PAGE_PREVIEW)
        plan = wizard.plan
        assert plan is not None
        assert [row.action for row in plan.rows] == [Action.create] * 3, [
            str(row.reason) for row in plan.rows]
        assert plan.not_imported_columns() == []
        go_to(wizard, qtbot, PAGE_RESULT)
        qtbot.waitUntil(wizard.result_page.isComplete, timeout=20_000)
    finally:
        i18n.remove_translations()
    with database.session() as session:
        stored = {row.name: (row.kind, row.membership_status)
                  for row in session.exec(select(Organization))}
    assert stored == {"NK Watch": ("network", "non_member"), "PSCORE": ("media", "prospect"),
                      "Kontras": ("ngo", "member")}
