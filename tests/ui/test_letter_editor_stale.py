"""A letter open in the editor while it changes elsewhere (the command line, another
window) is not overwritten by Save: the person reloads it or puts their edits on top."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot
from window_support import answer_next_dialog

from coalitiondesk.core.records import letters
from coalitiondesk.core.storage.db import Database
from coalitiondesk.ui.widgets.letter_editor import LetterEditor

TITLE = "Call for a Commission of Inquiry"


@pytest.fixture
def letter_id(database: Database) -> int:
    with database.transaction() as session:
        letter = letters.create_letter(session=session, title=TITLE, body="Dear Minister,")
    assert letter.id is not None
    return letter.id


def open_editor(qtbot: QtBot, database: Database, letter_id: int) -> LetterEditor:
    editor = LetterEditor(database)
    qtbot.addWidget(editor)
    editor.load(letter_id)
    editor.show()
    return editor


def write_body(editor: LetterEditor, text: str) -> None:
    """As typing over the whole body would."""
    editor.body.edit.selectAll()
    editor.body.edit.textCursor().insertText(text)


def stored(database: Database, letter_id: int) -> dict[str, object]:
    return letters.letter_for_editing(database, letter_id=letter_id).values


def as_the_command_line_would(database: Database, letter_id: int) -> None:
    with database.operation("letter", "Edit letter “Call for a COI”") as operation:
        letters.update_letter(session=operation.session, letter_id=letter_id,
                              title="Call for a COI", closing="With respect,")


def test_a_change_from_the_command_line_is_not_overwritten_and_reload_shows_it(
        qtbot: QtBot, database: Database, letter_id: int) -> None:
    editor = open_editor(qtbot, database, letter_id)
    write_body(editor, "Dear Foreign Minister,")
    as_the_command_line_would(database, letter_id)
    seen: list[str] = []
    answer_next_dialog("Cancel", seen)
    assert not editor.save()
    assert "Edit letter “Call for a COI”" in seen[0]
    assert stored(database, letter_id)["body"] == "Dear Minister,"
    assert editor.is_dirty()  # the person's edit is still there to decide on

    answer_next_dialog("Reload", seen)
    assert not editor.save()
    assert (editor.title.text(), editor.closing.text()) == ("Call for a COI", "With respect,")
    assert editor.body.body() == "Dear Minister,"
    assert not editor.is_dirty()
    assert stored(database, letter_id)["closing"] == "With respect,"


def test_edits_put_on_top_of_another_windows_save_keep_both(
        qtbot: QtBot, database: Database, letter_id: int) -> None:
    mine = open_editor(qtbot, database, letter_id)
    theirs = open_editor(qtbot, database, letter_id)
    write_body(mine, "Dear Foreign Minister,")
    theirs.closing.setText("With respect,")
    assert theirs.save()

    seen: list[str] = []
    answer_next_dialog("Put my edits on top", seen)
    assert not mine.save()
    assert f"Edit letter “{TITLE}”" in seen[0]
    assert mine.closing.text() == "With respect,"
    assert mine.body.body() == "Dear Foreign Minister,"
    assert mine.is_dirty()
    assert mine.save()
    after = stored(database, letter_id)
    assert (after["closing"], after["body"]) == ("With respect,", "Dear Foreign Minister,")


def test_a_signatory_added_meanwhile_does_not_block_the_save(
        qtbot: QtBot, database: Database, letter_id: int) -> None:
    from coalitiondesk.core.records import organizations

    editor = open_editor(qtbot, database, letter_id)
    editor.closing.setText("With respect,")
    with database.transaction() as session:
        organization = organizations.create_organization(session=session, name="FIDH")
    assert organization.id is not None
    letters.add_signatory(database, letter_id=letter_id, organization_id=organization.id)
    assert editor.save()
    assert stored(database, letter_id)["closing"] == "With respect,"


def test_saving_runs_off_the_ui_thread_and_still_asks_about_a_newer_letter_after(
        qtbot: QtBot, database: Database, letter_id: int,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from thread_spy import off_the_ui_thread, threads_running

    threads = threads_running(monkeypatch, letters, "save_letter")
    editor = open_editor(qtbot, database, letter_id)
    write_body(editor, "Dear Foreign Minister,")
    assert editor.save()
    assert off_the_ui_thread(threads)
    assert stored(database, letter_id)["body"] == "Dear Foreign Minister,"

    write_body(editor, "Your Excellency,")
    as_the_command_line_would(database, letter_id)
    seen: list[str] = []
    answer_next_dialog("Cancel", seen)
    assert not editor.save()
    assert "Edit letter “Call for a COI”" in seen[0]
    assert editor.is_dirty()
