"""The letter editor's live template check runs off the UI thread: a body that would loop
without end does not freeze the window while its problem is found."""

from __future__ import annotations

import time

from pytestqt.qtbot import QtBot

from coalitiondesk.ui.widgets.body_editor import BodyEditor

# Writes nothing: only the time budget can stop it.
ENDLESS = ("{% for i in range(99999) %}{% for j in range(99999) %}{% endfor %}{% endfor %}"
           "{{ full_name }}")


def test_checking_an_endless_body_leaves_the_window_responsive(qtbot: QtBot) -> None:
    editor = BodyEditor()
    qtbot.addWidget(editor)
    editor.edit.insertPlainText(ENDLESS)  # as if typed

    # waitUntil polls on the UI thread: its ticks stand for the window answering the user.
    ticks: list[float] = []
    started = time.monotonic()

    def answered() -> bool:
        ticks.append(time.monotonic())
        return bool(editor.problem_messages())

    qtbot.waitUntil(answered, timeout=20_000)

    [problem] = editor.problem_messages()
    assert "more than 1 second" in problem
    assert not editor.problems.isHidden()
    gaps = [later - earlier for earlier, later in zip([started, *ticks], ticks, strict=False)]
    assert max(gaps) < 0.5, "the UI thread was blocked while the body was checked"


def test_a_result_for_text_since_replaced_is_not_shown(qtbot: QtBot) -> None:
    editor = BodyEditor()
    qtbot.addWidget(editor)
    editor.edit.insertPlainText(ENDLESS)  # as if typed
    editor._check_timer.timeout.emit()  # the check of the endless body starts
    editor.edit.selectAll()
    editor.edit.insertPlainText("Dear {{ full_name }},")
    qtbot.wait(1500)  # the endless check has ended by now; its verdict is stale
    assert editor.problem_messages() == []
