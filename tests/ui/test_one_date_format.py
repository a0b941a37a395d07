"""A date reads the same in the Letters list as in the letter's form, in the interface's locale."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from coalitiondesk.core.records.letters import create_letter
from coalitiondesk.core.storage.db import Database
from coalitiondesk.ui.pages.letters_page import LettersPage


@pytest.mark.parametrize("language", [QLocale.Language.English, QLocale.Language.Korean])
def test_the_letters_list_writes_a_date_as_the_form_does(
        qtbot: QtBot, database: Database, language: QLocale.Language) -> None:
    QLocale.setDefault(QLocale(language))
    with database.transaction() as session:
        create_letter(session=session, title="Open letter to the Commission of Inquiry",
                      letter_date=date(2011, 9, 8))
    page = LettersPage(database)
    qtbot.addWidget(page)
    page.reload()

    listed = page.model.index(0, page.model.column_index("date")).data()
    in_form = page.editor.letter_date.edit.text()
    assert listed == in_form
    assert listed != "2011-09-08" or language == QLocale.Language.C
