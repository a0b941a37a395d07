"""The letter editor's language and font: stored with the letter, and what the merge sets
the letter in and dates it by."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from coalitiondesk.core.merge.plan import merge_letter
from coalitiondesk.core.records import letters
from coalitiondesk.core.storage.db import Database
from coalitiondesk.ui.widgets.letter_editor import LetterEditor


def test_the_editor_stores_the_letter_s_language_and_font(
        qtbot: QtBot, database: Database) -> None:
    letter_id = letters.new_letter(database, title="성명서")
    editor = LetterEditor(database)
    qtbot.addWidget(editor)
    editor.load(letter_id)
    assert editor.language.currentData() == "en"
    assert editor.font_family.currentData() == ""
    editor.language.setCurrentIndex(editor.language.findData("ko"))
    editor.font_family.setCurrentIndex(editor.font_family.findData("Noto Serif CJK KR"))
    assert editor.is_dirty()
    assert editor.save()
    with database.session() as session:
        stored = letters.get_letter(session=session, letter_id=letter_id)
        assert (stored.language, stored.font_family) == ("ko", "Noto Serif CJK KR")
    job = merge_letter(database, letter_id=letter_id, today=date(2011, 9, 8))
    assert (job.language, job.font_family) == ("ko", "Noto Serif CJK KR")
    editor.load(letter_id)
    assert editor.language.currentData() == "ko"
    assert editor.font_family.currentData() == "Noto Serif CJK KR"
    editor.font_family.setCurrentIndex(0)
    assert editor.save()
    with database.session() as session:
        assert letters.get_letter(session=session, letter_id=letter_id).font_family is None
