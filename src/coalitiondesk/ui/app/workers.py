"""Running a core generator off the UI thread, with progress and cancel.

Long work in core (import, export, backup) is a generator that yields progress
objects (`stage`, `done`, `total`) and returns its result. `GeneratorWorker`
runs one in a QThread: the generator is created in that thread (so database
sessions live there), progress comes back as a signal, and cancel closes the
generator between two steps, which rolls back any transaction it holds.

`LongWork` (and `run_long_work`, which waits for it) is what a window uses:
it runs such a generator in a BackgroundTask and shows a progress dialog
(stage, bar, Cancel) only when the work lasts longer than a moment, and hands
back an `Outcome`: the result, the error, or that it was cancelled.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable, Generator
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QObject,
    Qt,
    QThread,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from coalitiondesk.core.errors import CoalitionDeskError
from coalitiondesk.core.progress import Progress
from coalitiondesk.ui.text.core_messages import message

T = TypeVar("T")


class ProgressLike(Protocol):
    stage: str
    done: int
    total: int


StepsFactory = Callable[[], Generator[Any, None, Any]]


class GeneratorWorker(QObject):
    """Runs `make_steps()` to its end in a worker thread; emits exactly one of
    finished(result), failed(message) or cancelled(). `failed_with` carries the
    error itself, just before `failed`."""

    progress = Signal(str, int, int)
    finished = Signal(object)
    failed_with = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, make_steps: StepsFactory) -> None:
        super().__init__()
        self._make_steps = make_steps
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Ask the work to stop at its next step; safe from any thread."""
        self._cancel.set()

    @Slot()
    def run(self) -> None:
        try:
            steps = self._make_steps()
            while True:
                if self._cancel.is_set():
                    steps.close()
                    self.cancelled.emit()
                    return
                try:
                    step = next(steps)
                except StopIteration as done:
                    self.finished.emit(done.value)
                    return
                self.progress.emit(str(getattr(step, "stage", "")),
                                   int(getattr(step, "done", 0)), int(getattr(step, "total", 0)))
        except CoalitionDeskError as error:
            self.failed_with.emit(error)
            self.failed.emit(message(error))
        except Exception as error:  # a bug: shown, and its traceback kept for the report
            traceback.print_exc()
            self.failed_with.emit(error)
            self.failed.emit(f"Unexpected error: {error}")


class BackgroundTask(QObject):
    """A GeneratorWorker in its own QThread, started at once; owns both until they end.

    Connect to `worker`'s signals before the event loop runs again.
    """

    ended = Signal()

    def __init__(self, make_steps: StepsFactory, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker_thread = QThread()
        self.worker = GeneratorWorker(make_steps)
        self.worker.moveToThread(self.worker_thread)
        self.worker_thread.started.connect(self.worker.run)
        for signal in (self.worker.finished, self.worker.failed, self.worker.cancelled):
            signal.connect(self.worker_thread.quit)
        self.worker_thread.finished.connect(self.ended.emit)

    def start(self) -> None:
        self.worker_thread.start()

    def cancel(self) -> None:
        self.worker.cancel()

    def wait(self, milliseconds: int = 30_000) -> bool:
        return bool(self.worker_thread.wait(milliseconds))

    def is_running(self) -> bool:
        return bool(self.worker_thread.isRunning())


@dataclass(frozen=True)
class Outcome:
    """How long work ended: with its result, with an error, or cancelled."""

    result: Any = None
    error: BaseException | None = None
    cancelled: bool = False

    @property
    def succeeded(self) -> bool:
        return self.error is None and not self.cancelled


PROGRESS_DELAY_MS = 400
"""Work that ends sooner shows no dialog: a flash of one reads as a glitch."""


def _stage(text: str) -> str:
    """A stage core reports, in the interface's language (listed in ui.app.i18n)."""
    return QCoreApplication.translate("LongWork", text)


class LongWork(QObject):
    """A core generator run off the UI thread, with a progress dialog after a moment.

    `ended(Outcome)` follows exactly once. With `parent` None no dialog is
    shown (the caller shows its own state, as the Reports tab does).
    """

    ended = Signal(object)

    def __init__(self, make_steps: StepsFactory, *, title: str, parent: QWidget | None,
                 cancellable: bool = True, delay_ms: int = PROGRESS_DELAY_MS) -> None:
        super().__init__(parent)
        self.outcome: Outcome | None = None
        self.task = BackgroundTask(make_steps)
        self.dialog = _progress_dialog(title, parent, cancellable) if parent else None
        self._delay = QTimer(self)
        self._delay.setSingleShot(True)
        self._delay.setInterval(delay_ms)
        worker = self.task.worker
        worker.progress.connect(self._progress)
        # Slots of this object, which lives in the UI thread, so that the worker's signals
        # are queued to it: a lambda here would run in the worker's thread.
        worker.finished.connect(self._finished)
        worker.failed_with.connect(self._failed)
        worker.cancelled.connect(self._cancelled)
        if self.dialog is not None:
            self.dialog.canceled.connect(self.cancel)
            self._delay.timeout.connect(self._show_dialog)

    def start(self) -> None:
        self.task.start()
        self._delay.start()

    def cancel(self) -> None:
        """Stop at the next step; what the work wrote so far is rolled back."""
        self.task.cancel()

    def is_running(self) -> bool:
        return self.outcome is None

    def dialog_shown(self) -> bool:
        return self.dialog is not None and self.dialog.isVisible()

    def wait(self) -> Outcome:
        """Block the caller, not the window, until the work ends.

        Until the dialog shows, the person's clicks and keys wait (they reach
        the window afterwards, as they would after work on the UI thread); once
        it shows, it is modal and its Cancel button answers.
        """
        loop = QEventLoop()
        while self.outcome is None:
            flags = QEventLoop.ProcessEventsFlag.WaitForMoreEvents
            if not self.dialog_shown():
                flags |= QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents
            loop.processEvents(flags)
        return self.outcome

    @Slot(str, int, int)
    def _progress(self, stage: str, done: int, total: int) -> None:
        if self.dialog is None or self.outcome is not None:
            return
        if stage:
            self.dialog.setLabelText(_stage(stage))
        if total > 0:
            self.dialog.setRange(0, total)
            self.dialog.setValue(min(done, total))
        else:
            self.dialog.setRange(0, 0)

    def _show_dialog(self) -> None:
        if self.dialog is not None and self.outcome is None:
            self.dialog.show()

    @Slot(object)
    def _finished(self, result: Any) -> None:
        self._end(Outcome(result=result))

    @Slot(object)
    def _failed(self, error: BaseException) -> None:
        self._end(Outcome(error=error))

    @Slot()
    def _cancelled(self) -> None:
        self._end(Outcome(cancelled=True))

    def _end(self, outcome: Outcome) -> None:
        self._delay.stop()
        self.task.wait()
        self.outcome = outcome
        if self.dialog is not None:
            self.dialog.hide()
            self.dialog.deleteLater()
            self.dialog = None
        self.ended.emit(outcome)


def _progress_dialog(title: str, parent: QWidget, cancellable: bool) -> QProgressDialog:
    dialog = QProgressDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(QCoreApplication.translate("LongWork", "Working…"))
    dialog.setRange(0, 0)
    # The dialog would show itself on a timer of its own, or on a setValue(); the
    # delay of LongWork decides instead.
    dialog.setMinimumDuration(2**30)
    dialog.setAutoReset(False)
    dialog.setAutoClose(False)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumWidth(dialog.fontMetrics().horizontalAdvance("M") * 28)
    if cancellable:
        dialog.setCancelButtonText(QCoreApplication.translate("LongWork", "Cancel"))
    else:
        dialog.setCancelButton(None)
    dialog.hide()
    return dialog


def run_long_work(make_steps: StepsFactory, *, title: str, parent: QWidget,
                  cancellable: bool = True, delay_ms: int = PROGRESS_DELAY_MS,
                  failure_title: str | None = None, report_failure: bool = True) -> Outcome:
    """Run the work and wait for it; a failure is shown in one message box, titled
    `failure_title` (else `title`), unless the caller reports it (`report_failure`)."""
    work = LongWork(make_steps, title=title, parent=parent, cancellable=cancellable,
                    delay_ms=delay_ms)
    work.start()
    outcome = work.wait()
    work.deleteLater()
    if outcome.error is not None and report_failure:
        show_failure(parent, failure_title or title, outcome.error)
    return outcome


def single_step(stage: str, call: Callable[[], T]) -> Generator[Progress, None, T]:
    """Work done in one call, as a generator LongWork runs: it cannot stop halfway, so
    run it with `cancellable=False`."""
    yield Progress(stage, 0, 0)
    return call()


def show_failure(parent: QWidget, title: str, error: BaseException) -> None:
    """The error in one sentence: a coordinator's words for a refusal, a short note for a bug
    (its traceback went to the log, never to the screen)."""
    if isinstance(error, CoalitionDeskError):
        text = message(error)
    else:
        text = QCoreApplication.translate(
            "LongWork", "Something went wrong that should not have: {error}").format(error=error)
    QMessageBox.warning(parent, title, text)
