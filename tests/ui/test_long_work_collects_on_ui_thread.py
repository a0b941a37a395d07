"""While long work runs in its thread, Python's garbage collector frees the window's
objects on the UI thread only: a Qt object collected in the worker's thread crashed
the program (an export dialog closed earlier, collected by the next export's worker
while the UI thread delivered it an event). An export dialog leaves no reference cycle
behind it, so closing it frees it at once."""

from __future__ import annotations

import gc
import threading
import weakref
from collections.abc import Generator
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from coalitiondesk.core.exporting import ExportKind
from coalitiondesk.core.progress import Progress
from coalitiondesk.core.storage.db import Database
from coalitiondesk.ui.app import ui_thread_gc
from coalitiondesk.ui.app.workers import LongWork
from coalitiondesk.ui.dialogs.export_dialog import ExportDialog


class Cyclic(QObject):
    """A Qt object only a reference cycle keeps alive, as a closed window may be."""

    def __init__(self) -> None:
        super().__init__()
        self.itself = self


def test_garbage_the_window_leaves_is_collected_on_the_ui_thread_while_work_runs(
        qtbot: QtBot) -> None:
    freed_in: list[int] = []
    kept: list[Cyclic] = []

    def steps() -> Generator[Progress, None, None]:
        yield Progress("Reading", 0, 0)
        kept.clear()  # now garbage, in the youngest generation
        # As an export allocates: every generation but the oldest fills up many times.
        for _ in range(40):
            rows = [[] for _ in range(2_000)]
            del rows

    parent = QWidget()
    qtbot.addWidget(parent)
    gc.collect()
    kept.append(Cyclic())
    weakref.finalize(kept[0], lambda: freed_in.append(threading.get_ident()))
    work = LongWork(steps, parent=parent, dialog=False)
    with qtbot.waitSignal(work.ended, timeout=10_000):
        work.start()
    qtbot.waitUntil(lambda: not ui_thread_gc.held(), timeout=5_000)
    assert gc.isenabled()
    gc.collect()
    assert freed_in == [threading.get_ident()]


def test_a_closed_export_dialog_is_freed_without_the_garbage_collector(
        qtbot: QtBot, demo: Database, tmp_path: Path) -> None:
    dialog = ExportDialog(demo, kind=ExportKind.organizations)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.file_edit.setText(str(tmp_path / "organizations.xlsx"))
    with qtbot.waitSignal(dialog.exported, timeout=30_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not ui_thread_gc.held(), timeout=5_000)
    dialog.close()
    freed = weakref.ref(dialog)
    gc.disable()
    try:
        del dialog
        assert freed() is None
    finally:
        gc.enable()
