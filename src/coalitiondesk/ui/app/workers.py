"""Running a core generator off the UI thread, with progress and cancel.

Long work in core (import, export, backup) is a generator that yields progress
objects (`stage`, `done`, `total`) and returns its result. `GeneratorWorker`
runs one in a QThread: the generator is created in that thread (so database
sessions live there), progress comes back as a signal, and cancel closes the
generator between two steps, which rolls back any transaction it holds.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable, Generator
from typing import Any, Protocol

from PySide6.QtCore import QObject, QThread, Signal, Slot

from coalitiondesk.core.errors import CoalitionDeskError


class ProgressLike(Protocol):
    stage: str
    done: int
    total: int


StepsFactory = Callable[[], Generator[Any, None, Any]]


class GeneratorWorker(QObject):
    """Runs `make_steps()` to its end in a worker thread; emits exactly one of
    finished(result), failed(message) or cancelled()."""

    progress = Signal(str, int, int)
    finished = Signal(object)
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
            self.failed.emit(str(error))
        except Exception as error:  # a bug: shown, and its traceback kept for the report
            traceback.print_exc()
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
