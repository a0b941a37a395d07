"""Python's cyclic garbage collector kept on the UI thread while a worker runs Python.

The collector runs in whichever thread happens to allocate when a generation fills
up. A dialog or any other Qt object that only a reference cycle keeps alive is then
destroyed in that thread, perhaps while the UI thread is delivering it an event: the
program dies of a segmentation fault (an export dialog closed earlier, collected by
the next export's worker). So while some work holds it (LongWork does, from start
to end), automatic collection is off and a timer on the UI thread collects instead,
by Python's own thresholds (pyqtgraph's GarbageCollector does the same).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QTimer

INTERVAL_MS = 100
"""How often the UI thread collects what is due while work runs: a generation fills
up between two ticks instead of at once, which costs memory, never correctness."""

_holds = 0
_enabled_before = False
_timer: QTimer | None = None


def hold() -> None:
    """Keep collection on the UI thread until the matching `release()`. Both are
    called on the UI thread, which owns the timer."""
    global _holds, _enabled_before, _timer
    if _holds == 0:
        _enabled_before = gc.isenabled()
        gc.disable()
        if _timer is None:
            _timer = QTimer()
            _timer.setInterval(INTERVAL_MS)
            _timer.timeout.connect(collect_due)
        _timer.start()
    _holds += 1


def release() -> None:
    global _holds
    if _holds == 0:
        return
    _holds -= 1
    if _holds:
        return
    if _timer is not None:
        _timer.stop()
    collect_due()
    if _enabled_before:
        gc.enable()


def held() -> bool:
    return _holds > 0


def collect_due() -> None:
    """Collect the oldest generation whose count has passed its threshold, as Python
    would have on the next allocation."""
    counts, thresholds = gc.get_count(), gc.get_threshold()
    if not thresholds[0] or counts[0] <= thresholds[0]:
        return
    generation = 0
    while generation < 2 and counts[generation + 1] > thresholds[generation + 1]:
        generation += 1
    gc.collect(generation)
