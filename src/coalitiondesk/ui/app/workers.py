"""Running a core generator off the UI thread, with progress and cancel.

Long work in core (import, export, backup, merge, a save) is a generator that
yields progress objects (`stage`, `done`, `total`) and returns its result.
`LongWork` is the one way a window runs one: the generator is created and
driven in a thread of its own (so database sessions live there), progress
comes back as the `progress` signal with the stage in the interface's
language, and cancel closes the generator between two steps, which rolls
back any transaction it holds. It hands back an `Outcome`: the result, the
error, or that it was cancelled.

By default a progress dialog (stage, bar, Cancel) shows when the work lasts
longer than a moment; `dialog=False` leaves progress to the caller, which
shows it in place (ui.widgets.busy_bar, the export and backups dialogs).
`run_long_work` runs the work and waits for it, as a save or a delete does.

A running thread is kept referenced here until it ends, whoever started it:
a QThread collected while it runs aborts the program. While one runs, Python's
garbage collector runs on the UI thread only (ui_thread_gc): a window's Qt object
collected in the worker's thread crashes the program.
"""

from __future__ import annotations

import errno
import threading
import traceback
from collections.abc import Callable, Generator
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
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
from coalitiondesk.ui.app import ui_thread_gc
from coalitiondesk.ui.app.server_retry import not_answering_text, server_away
from coalitiondesk.ui.text.core_messages import message

T = TypeVar("T")

StepsFactory = Callable[[], Generator[Any, None, Any]]

# Stages core, printing and the window's own long work report, translated when shown
# (`_stage`).
STAGES = (
    QT_TRANSLATE_NOOP("LongWork", "Deleting"),
    QT_TRANSLATE_NOOP("LongWork", "Undoing"),
    QT_TRANSLATE_NOOP("LongWork", "Redoing"),
    QT_TRANSLATE_NOOP("LongWork", "Loading the demo coalition"),
    QT_TRANSLATE_NOOP("LongWork", "Saving"),
    QT_TRANSLATE_NOOP("LongWork", "Reading"),
    QT_TRANSLATE_NOOP("LongWork", "Checking rows"),
    QT_TRANSLATE_NOOP("LongWork", "Looking for duplicates"),
    QT_TRANSLATE_NOOP("LongWork", "Backing up"),
    QT_TRANSLATE_NOOP("LongWork", "Importing"),
    QT_TRANSLATE_NOOP("LongWork", "Counting restricted records"),
    QT_TRANSLATE_NOOP("LongWork", "Reading records"),
    QT_TRANSLATE_NOOP("LongWork", "Saving the file"),
    QT_TRANSLATE_NOOP("LongWork", "Daily backup"),
    QT_TRANSLATE_NOOP("LongWork", "Copying the database"),
    QT_TRANSLATE_NOOP("LongWork", "Checking the copy"),
    QT_TRANSLATE_NOOP("LongWork", "Removing old backups"),
    QT_TRANSLATE_NOOP("LongWork", "Checking the backup"),
    QT_TRANSLATE_NOOP("LongWork", "Backing up the current state"),
    QT_TRANSLATE_NOOP("LongWork", "Restoring"),
    QT_TRANSLATE_NOOP("LongWork", "Merging letters"),
    QT_TRANSLATE_NOOP("LongWork", "Printing letters"),
    QT_TRANSLATE_NOOP("LongWork", "Printing envelopes"),
    QT_TRANSLATE_NOOP("LongWork", "Printing labels"),
    QT_TRANSLATE_NOOP("LongWork", "Encrypting the database"),
    QT_TRANSLATE_NOOP("LongWork", "Changing the passphrase"),
    QT_TRANSLATE_NOOP("LongWork", "Writing a plain copy"),
    QT_TRANSLATE_NOOP("LongWork", "Writing messages"),
    QT_TRANSLATE_NOOP("LongWork", "Sending messages"),
    QT_TRANSLATE_NOOP("LongWork", "Writing .eml files"),
    QT_TRANSLATE_NOOP("LongWork", "Writing the Word document"),
)


class _WorkerThread(QThread):
    """Drives `make_steps()` to its end in this thread; emits exactly one of
    finished(result), failed(error) or cancelled(), to objects of the UI thread."""

    progress = Signal(str, int, int)
    finished_with = Signal(object)
    failed = Signal(object)
    cancelled = Signal()

    def __init__(self, make_steps: StepsFactory) -> None:
        super().__init__()
        self._make_steps = make_steps
        self._cancel = threading.Event()
        # Its own slot, so queued to the UI thread, where the reference is dropped.
        self.finished.connect(self._release)

    def begin(self) -> None:
        _running.add(self)
        ui_thread_gc.hold()
        self.start()

    def cancel(self) -> None:
        """Ask the work to stop at its next step; safe from any thread."""
        self._cancel.set()

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
                    self.finished_with.emit(done.value)
                    return
                self.progress.emit(str(getattr(step, "stage", "")),
                                   int(getattr(step, "done", 0)), int(getattr(step, "total", 0)))
        except Exception as error:
            if not isinstance(error, CoalitionDeskError) and not server_away(error):
                traceback.print_exc()  # a bug: its traceback kept for the report
            self.failed.emit(error)

    @Slot()
    def _release(self) -> None:
        self.wait()
        # The caller's closure, which often holds its window, let go here on the UI
        # thread rather than whenever this thread object goes.
        self._make_steps = _spent
        ui_thread_gc.release()
        # Dropped on the next turn of the event loop: not from inside a slot of its own.
        QTimer.singleShot(0, lambda: _running.discard(self))


_running: set[_WorkerThread] = set()


def _spent() -> Generator[Any, None, Any]:
    raise RuntimeError("this work has already run")


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
    """A stage core reports, in the interface's language (listed in STAGES)."""
    return QCoreApplication.translate("LongWork", text)


class LongWork(QObject):
    """A core generator run off the UI thread.

    `progress(stage, done, total)` relays each step, the stage translated;
    `ended(Outcome)` follows exactly once. With `dialog` (the default) a
    progress dialog over `parent` shows once the work lasts; without it the
    caller shows progress itself, as the Reports tab and the BusyBar do.
    """

    progress = Signal(str, int, int)
    ended = Signal(object)

    def __init__(self, make_steps: StepsFactory, *, parent: QWidget | None, title: str = "",
                 dialog: bool = True, cancellable: bool = True,
                 delay_ms: int = PROGRESS_DELAY_MS) -> None:
        super().__init__(parent)
        self.outcome: Outcome | None = None
        self._thread = _WorkerThread(make_steps)
        self.dialog = _progress_dialog(title, parent, cancellable) if dialog else None
        self._delay = QTimer(self)
        self._delay.setSingleShot(True)
        self._delay.setInterval(delay_ms)
        # Slots of this object, which lives in the UI thread, so that the thread's signals
        # are queued to it: a lambda here would run in the worker's thread.
        self._thread.progress.connect(self._progress)
        self._thread.finished_with.connect(self._finished)
        self._thread.failed.connect(self._failed)
        self._thread.cancelled.connect(self._cancelled)
        if self.dialog is not None:
            self.dialog.canceled.connect(self.cancel)
            self._delay.timeout.connect(self._show_dialog)

    def start(self) -> None:
        self._thread.begin()
        self._delay.start()

    def cancel(self) -> None:
        """Stop at the next step; what the work wrote so far is rolled back."""
        self._thread.cancel()

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

    def join(self, milliseconds: int = 30_000) -> bool:
        """Block the UI thread until the work's thread ends, as a window closes or the
        application quits; its outcome arrives later, if anyone still listens."""
        return bool(self._thread.wait(milliseconds))

    @Slot(str, int, int)
    def _progress(self, stage: str, done: int, total: int) -> None:
        if self.outcome is not None:
            return
        stage = _stage(stage) if stage else ""
        self.progress.emit(stage, done, total)
        if self.dialog is None:
            return
        if stage:
            self.dialog.setLabelText(stage)
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
        self._thread.wait()
        self.outcome = outcome
        if self.dialog is not None:
            self.dialog.hide()
            self.dialog.deleteLater()
            self.dialog = None
        self.ended.emit(outcome)


def _progress_dialog(title: str, parent: QWidget | None, cancellable: bool) -> QProgressDialog:
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


def failure_text(error: BaseException) -> str:
    """The error in one sentence: a coordinator's words for a refusal, a short note for a bug
    (its traceback went to the log, never to the screen)."""
    if isinstance(error, CoalitionDeskError):
        return message(error)
    if server_away(error):  # a read the server did not answer: no bug of ours
        return not_answering_text()
    if isinstance(error, OSError):  # the file system's refusal: the person's to act on
        return file_system_refusal(error)
    return QCoreApplication.translate(
        "LongWork", "Something went wrong that should not have: {error}").format(error=error)


def file_system_refusal(error: OSError) -> str:
    """What the system refused, about which file, in the interface's language."""
    where = error.filename or ""
    translate = QCoreApplication.translate
    if error.errno in (errno.EACCES, errno.EPERM):
        text = translate("LongWork", "You are not allowed to write or read {file}. Choose "
                         "another folder, or ask whoever manages this computer.")
    elif error.errno == errno.ENOSPC:
        text = translate("LongWork", "The disk is full: {file} could not be written. Free "
                         "some space, or choose another disk.")
    elif error.errno == errno.EROFS:
        text = translate("LongWork", "{file} is on a disk that can only be read. Choose "
                         "another folder.")
    elif error.errno == errno.ENOENT:
        text = translate("LongWork", "{file} or its folder does not exist (any more).")
    else:
        reason = error.strerror or str(error)
        return translate("LongWork", "The system refused: {reason} ({file})").format(
            reason=reason, file=where)
    return text.format(file=where or translate("LongWork", "the file"))


def show_failure(parent: QWidget | None, title: str, error: BaseException) -> None:
    QMessageBox.warning(parent, title, failure_text(error))
