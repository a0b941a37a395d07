"""Long work off the UI thread: a progress dialog only when it lasts, Cancel, failures,
progress for callers that show it in place, and its thread private to workers.py."""

from __future__ import annotations

import ast
import gc
import threading
import time
from collections.abc import Generator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot
from window_support import answer_next_dialog

from coalitiondesk.core.errors import InvalidInput
from coalitiondesk.core.progress import Progress
from coalitiondesk.core.records.organizations import count_organizations, create_organization
from coalitiondesk.core.storage.db import Database
from coalitiondesk.ui.app import workers
from coalitiondesk.ui.app.workers import LongWork, run_long_work


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def slow(steps: int, pause: float) -> Generator[Progress, None, str]:
    for done in range(steps):
        yield Progress("Checking rows", done, steps)
        time.sleep(pause)
    return "built"


def test_quick_work_shows_no_dialog_and_returns_its_result(parent: QWidget) -> None:
    work = LongWork(lambda: slow(2, 0.01), title="Build", parent=parent)
    work.start()
    outcome = work.wait()
    assert outcome.succeeded and outcome.result == "built"
    assert work.dialog is None and not work.dialog_shown()


def test_slow_work_shows_its_stage_and_progress(qtbot: QtBot, parent: QWidget) -> None:
    work = LongWork(lambda: slow(12, 0.08), title="Build", parent=parent, delay_ms=100)
    work.start()
    qtbot.waitUntil(work.dialog_shown, timeout=3000)
    assert work.dialog is not None
    assert work.dialog.labelText() == "Checking rows"
    assert work.dialog.maximum() == 12
    assert work.wait().result == "built"
    assert not work.dialog_shown()


def test_cancel_stops_the_work_and_leaves_the_database_as_it_was(
        qtbot: QtBot, parent: QWidget, database: Database) -> None:
    def steps() -> Generator[Progress, None, int]:
        with database.operation("import") as operation:
            for number in range(50):
                create_organization(session=operation.session, name=f"Group {number}")
                yield Progress("Importing", number, 50)
                time.sleep(0.05)
        return 50

    work = LongWork(steps, title="Import", parent=parent, delay_ms=50)
    work.start()
    qtbot.waitUntil(work.dialog_shown, timeout=3000)
    assert work.dialog is not None
    cancel = next(b for b in work.dialog.findChildren(QPushButton) if b.text() == "Cancel")
    cancel.click()
    outcome = work.wait()
    assert outcome.cancelled and outcome.error is None
    with database.session() as session:
        assert count_organizations(session=session) == 0


def test_a_refusal_is_shown_once_in_its_own_words(parent: QWidget) -> None:
    def refused() -> Generator[Progress, None, None]:
        yield Progress("Checking rows", 0, 1)
        raise InvalidInput("The file has no rows to import")

    seen: list[str] = []
    answer_next_dialog("OK", seen)
    outcome = run_long_work(refused, title="Import", parent=parent)
    assert isinstance(outcome.error, InvalidInput)
    assert seen == ["The file has no rows to import\n"]


def test_a_bug_is_shown_in_a_sentence_never_a_traceback(parent: QWidget) -> None:
    def broken() -> Generator[Progress, None, None]:
        yield Progress("Checking rows", 0, 1)
        raise KeyError("city")

    seen: list[str] = []
    answer_next_dialog("OK", seen)
    outcome = run_long_work(broken, title="Import", parent=parent)
    assert isinstance(outcome.error, KeyError)
    assert len(seen) == 1 and "'city'" in seen[0]
    assert "Traceback" not in seen[0] and "File " not in seen[0]


@pytest.mark.parametrize("target, words", [
    ("gone/report.xlsx", "does not exist"),  # a folder removed meanwhile (a USB stick)
    ("a file/report.xlsx", "The system refused"),  # a file where a folder should be
])
def test_a_file_the_system_refuses_is_the_persons_to_act_on_not_a_bug(
        parent: QWidget, tmp_path: Path, target: str, words: str) -> None:
    (tmp_path / "a file").write_text("")
    path = tmp_path / target

    def save() -> Generator[Progress, None, None]:
        yield Progress("Saving the file", 0, 1)
        path.write_bytes(b"report")

    seen: list[str] = []
    answer_next_dialog("OK", seen)
    outcome = run_long_work(save, title="Report", parent=parent)
    assert isinstance(outcome.error, OSError)
    assert len(seen) == 1 and words in seen[0] and str(path) in seen[0]
    assert "Something went wrong" not in seen[0] and "Errno" not in seen[0]


def test_without_a_dialog_the_caller_gets_each_stage(qtbot: QtBot, parent: QWidget) -> None:
    work = LongWork(lambda: slow(3, 0.01), parent=parent, dialog=False, delay_ms=0)
    seen: list[tuple[str, int, int]] = []
    work.progress.connect(lambda *step: seen.append(step))
    with qtbot.waitSignal(work.ended, timeout=5000):
        work.start()
    assert seen == [("Checking rows", 0, 3), ("Checking rows", 1, 3), ("Checking rows", 2, 3)]
    assert work.dialog is None and not work.dialog_shown()


def test_work_whose_window_went_away_runs_to_its_end(qtbot: QtBot) -> None:
    # A QThread collected while it runs would abort the interpreter here.
    finished = threading.Event()

    def steps() -> Generator[Progress, None, None]:
        for done in range(5):
            yield Progress("Importing", done, 5)
            time.sleep(0.05)
        finished.set()

    window = QWidget()
    LongWork(steps, parent=window, dialog=False).start()
    window.deleteLater()
    del window
    qtbot.wait(20)
    gc.collect()
    qtbot.waitUntil(finished.is_set, timeout=5000)
    qtbot.wait(100)


def test_no_module_but_workers_reaches_its_thread() -> None:
    """LongWork is the one way: the thread and worker beneath it are private."""
    source = Path(workers.__file__).resolve().parents[2]
    tests = Path(__file__).resolve().parents[1]
    public = {name for name in vars(workers) if not name.startswith("_")}
    assert not {"BackgroundTask", "GeneratorWorker"} & public
    for path in [*source.rglob("*.py"), *tests.rglob("*.py")]:
        if path.resolve() == Path(workers.__file__).resolve():
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module == workers.__name__:
                taken = {alias.name for alias in node.names}
                assert taken <= public, f"{path.name} takes {taken - public} from workers"
            if isinstance(node, ast.Name | ast.Attribute):
                name = node.id if isinstance(node, ast.Name) else node.attr
                assert name not in {"BackgroundTask", "GeneratorWorker"}, path.name


@pytest.mark.parametrize("language", ["ko", "ja"])
def test_every_stage_core_reports_is_shown_in_the_interface_language(language: str) -> None:
    """A stage is a literal `Progress("…", …)` or a module's STAGE constant in core or
    printing; each reaches the person translated."""
    from coalitiondesk.ui.app import i18n

    package = Path(workers.__file__).resolve().parents[2]
    stages: set[str] = set()
    for path in [*(package / "core").rglob("*.py"), *(package / "printing").rglob("*.py")]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id == "Progress" and node.args
                    and isinstance(node.args[0], ast.Constant)):
                stages.add(str(node.args[0].value))
            if (isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant)
                    and any(isinstance(target, ast.Name) and target.id.endswith("STAGE")
                            for target in node.targets)):
                stages.add(str(node.value.value))
    assert {"Importing", "Printing labels", "Restoring"} <= stages
    i18n.install_translations(language)
    try:
        untranslated = {stage for stage in stages
                        if QCoreApplication.translate("LongWork", stage) == stage}
    finally:
        i18n.remove_translations()
    assert untranslated == set()
