"""An inline progress bar with a Stop button, for long work a dialog shows in place.

The import wizard's pages and the merge dialog run their work through it:
it runs a core generator as LongWork without the pop-up dialog, shows the
stage and the bar, and hands the result, the failure in one translated
sentence, or the stop to the caller.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from coalitiondesk.ui.app.workers import LongWork, Outcome, StepsFactory, failure_text


class BusyBar(QWidget):
    """A progress bar with a Stop button, shown while its work runs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.stage = QLabel()
        self.bar = QProgressBar()
        self.stop = QPushButton(self.tr("Stop"))
        layout.addWidget(self.stage)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.stop)
        self.work: LongWork | None = None
        self._done: Callable[[Any], None] = lambda _result: None
        self._failed: Callable[[str], None] = lambda _text: None
        self._cancelled: Callable[[], None] = lambda: None
        self.stop.clicked.connect(self.cancel)
        self.hide()

    def run(self, make_steps: StepsFactory, done: Callable[[Any], None],
            failed: Callable[[str], None], cancelled: Callable[[], None] | None = None) -> None:
        """Start the work; `done(result)`, `failed(text)` or `cancelled()` follows once."""
        self._done, self._failed = done, failed
        self._cancelled = cancelled or (lambda: None)
        self.work = LongWork(make_steps, parent=self, dialog=False)
        self.work.progress.connect(self._progress)
        self.work.ended.connect(self._ended)
        self.bar.setRange(0, 0)
        self.stage.setText(self.tr("Working…"))
        self.stop.setEnabled(True)
        self.show()
        self.work.start()

    @property
    def busy(self) -> bool:
        return self.work is not None and self.work.is_running()

    def cancel(self) -> None:
        if self.busy and self.work is not None:
            self.stop.setEnabled(False)
            self.stage.setText(self.tr("Stopping…"))
            self.work.cancel()

    def wait(self) -> None:
        """Until the work's thread has ended (a dialog closing)."""
        if self.work is not None:
            self.work.join()

    @Slot(str, int, int)
    def _progress(self, stage: str, done: int, total: int) -> None:
        if stage and self.stop.isEnabled():  # "Stopping…" stays until it has
            self.stage.setText(stage)
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(done)

    @Slot(object)
    def _ended(self, outcome: Outcome) -> None:
        if self.work is not None:
            self.work.deleteLater()
        self.work = None
        self.hide()
        if outcome.error is not None:
            self._failed(failure_text(outcome.error))
        elif outcome.cancelled:
            self._cancelled()
        else:
            self._done(outcome.result)
