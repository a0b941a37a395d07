"""What naming every control costs, against the same work without it.

    QT_QPA_PLATFORM=offscreen python -m benchmarks.bench_accessibility

ui/app/accessibility.py walks a window when the focus moves in it. Each run
builds and shows the main window on 2,000 organizations and 10,000 contacts,
shows every tab, then types into the search box while the table repaints, in
a fresh process: bare, with the application's naming installed, and with an
application-wide event filter that does nothing (the other way to see every
new widget, measured for comparison). Best of five, as the CPU time of the
window's thread, so that neither other work on the machine nor the Reports
tab's worker thread weighs in.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.generate import generate_database

CHILD = r"""
import sys, time
from PySide6.QtCore import QObject
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from coalitiondesk.core.storage.db import open_database
from coalitiondesk.ui.app import accessibility
from coalitiondesk.ui.app.main_window import MainWindow
class Nothing(QObject):
    def eventFilter(self, watched, event):
        return False
app = QApplication([])
app.setOrganizationName("CoalitionDeskBenchmark")
if sys.argv[2] == "named":
    accessibility.install(app)
if sys.argv[2] == "event filter":
    nothing = Nothing(app)
    app.installEventFilter(nothing)
database = open_database(sys.argv[1])
started = time.thread_time()
window = MainWindow(database)
window.show()
app.processEvents()
for index in range(window.tabs.count()):
    window.tabs.setCurrentIndex(index)
    app.processEvents()
window.tabs.setCurrentIndex(0)
app.processEvents()
shown = time.thread_time()
search = window.organizations.filter_bar.search
search.setFocus()
for _round in range(5):
    for letter in "network":
        QTest.keyClick(search, letter)
        app.processEvents()
        window.repaint()
    search.clear()
    app.processEvents()
print(shown - started, time.thread_time() - shown)
window.close()
database.close()
"""


def run(path: Path, mode: str) -> tuple[float, float]:
    # Settings of their own: a window saved by the previous run would restore its
    # columns and tab, and the first run alone would start from nothing.
    with tempfile.TemporaryDirectory() as settings:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": settings}
        output = subprocess.run([sys.executable, "-c", CHILD, str(path), mode], env=env,
                                capture_output=True, text=True, check=True).stdout
    start, typing = output.strip().splitlines()[-1].split()
    return float(start), float(typing)


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "coalition.sqlite3"
        generate_database(path, organizations=2_000, contacts=10_000)
        modes = ("bare", "named", "event filter")
        runs: dict[str, list[tuple[float, float]]] = {mode: [] for mode in modes}
        for _round in range(5):  # interleaved, so a busy moment hits all alike
            for mode in modes:
                runs[mode].append(run(path, mode))
    for index, what in ((0, "window built and every tab shown"),
                        (1, "35 search keystrokes, each repainted")):
        best = {mode: min(times[index] for times in runs[mode]) for mode in modes}
        print(f"{what}: bare {best['bare'] * 1000:.0f} ms of CPU (main thread); "
              f"named {best['named'] * 1000:.0f} ms, ratio {best['named'] / best['bare']:.2f}; "
              f"empty event filter {best['event filter'] * 1000:.0f} ms, "
              f"ratio {best['event filter'] / best['bare']:.2f}")

if __name__ == "__main__":
    main()
