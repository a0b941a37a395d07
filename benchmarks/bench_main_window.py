"""Main window on a large database against an empty one, measured in the same run.

    QT_QPA_PLATFORM=offscreen python -m benchmarks.bench_main_window

Start-up is timed in a fresh process each time (imports, opening the
database, building the window, showing the first page of each table), three
times per database, best of three. Search keystrokes are timed inside a
window on the large database: the time from the keystroke to the table
painting its new first page, and to the status bar's count of matches that
follows it. The issue's targets: start-up on 100,000 contacts
and 20,000 organizations at most 1.3 times the empty database's; a keystroke
answered within 50 ms.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.generate import generate_database

CHILD = r"""
import resource, sys, time
started = time.perf_counter()
from PySide6.QtWidgets import QApplication
from coalitiondesk.core.storage.db import open_database
from coalitiondesk.ui.app.start import settle_after_start
from coalitiondesk.ui.app.main_window import MainWindow
app = QApplication([])
app.setOrganizationName("CoalitionDeskBenchmark")
database = open_database(sys.argv[1])
window = MainWindow(database)
window.show()
settle_after_start()  # as the application does once its window is up
app.processEvents()
ready = time.perf_counter() - started
shown, counted = [], []
if len(sys.argv) > 2:
    page = window.contacts if sys.argv[2] == "contacts" else window.organizations
    window.tabs.setCurrentWidget(page)
    for text in ["k", "ki", "kim", "", "태", "태경", "", "rob", "robe", "robertson", "", "zz"]:
        t = time.perf_counter()
        page.filter_bar.search.setText(text)
        page.view.viewport().repaint()  # the first results painted
        shown.append((time.perf_counter() - t) * 1000)
        app.processEvents()  # the count of matches follows, with the status bar
        counted.append((time.perf_counter() - t) * 1000)
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(ready, rss, len(shown), *shown, *counted)
"""


def run_child(db: Path, *extra: str) -> list[float]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", CHILD, str(db), *extra], env=env,
                         capture_output=True, text=True, check=True).stdout
    return [float(value) for value in out.split()]


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        empty, big = Path(folder) / "empty.sqlite3", Path(folder) / "big.sqlite3"
        generate_database(empty, organizations=0, contacts=0).close()
        started = time.perf_counter()
        generate_database(big).close()
        print(f"generated 20,000 organizations and 100,000 contacts in "
              f"{time.perf_counter() - started:.1f} s")
        run_child(big)  # first open migrates nothing but warms the file cache for both
        empty_runs = [run_child(empty) for _ in range(3)]
        big_runs = [run_child(big) for _ in range(3)]
        empty_start = min(run[0] for run in empty_runs)
        big_start = min(run[0] for run in big_runs)
        print(f"start-up, empty database:          {empty_start * 1000:7.0f} ms "
              f"(peak memory {empty_runs[0][1]:.0f} MB)")
        print(f"start-up, 100,000 contacts:        {big_start * 1000:7.0f} ms "
              f"(peak memory {big_runs[0][1]:.0f} MB)")
        print(f"ratio large / empty:               {big_start / empty_start:7.2f}  (target ≤ 1.3)")
        for kind in ("contacts", "organizations"):
            values = run_child(big, kind)
            count = int(values[2])
            shown, counted = values[3:3 + count], values[3 + count:]
            for label, times in (("results shown", shown), ("matches counted", counted)):
                print(f"search keystroke, {kind:<13} {label:<15}: median "
                      f"{statistics.median(times):5.1f} ms, worst {max(times):5.1f} ms"
                      f" over {count} keystrokes  (target ≤ 50 ms)")


if __name__ == "__main__":
    main()
