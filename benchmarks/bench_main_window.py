"""Main window on a large database against an empty one, measured in the same run.

    QT_QPA_PLATFORM=offscreen python -m benchmarks.bench_main_window

Start-up is timed in a fresh process each time (imports, opening the
database, building the window, showing the first page of each table), three
times per database, best of three. Search keystrokes are timed inside a
window on the large database: the time from the keystroke to the table
showing its new first page. The issue's targets: start-up on 100,000 contacts
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
from coalitiondesk.core.db import open_database
from coalitiondesk.ui.main_window import MainWindow
app = QApplication([])
app.setOrganizationName("CoalitionDeskBenchmark")
database = open_database(sys.argv[1])
window = MainWindow(database)
window.show()
app.processEvents()
ready = time.perf_counter() - started
timings = []
if len(sys.argv) > 2:
    bar = window.organizations.filter_bar if sys.argv[2] == "organizations" else (
        window.contacts.filter_bar)
    window.tabs.setCurrentWidget(window.contacts if sys.argv[2] == "contacts" else
                                 window.organizations)
    for text in ["k", "ki", "kim", "", "태", "태경", "", "rob", "robe", "robertson", "", "zz"]:
        t = time.perf_counter()
        bar.search.setText(text)
        app.processEvents()
        timings.append((time.perf_counter() - t) * 1000)
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(ready, rss, *timings)
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
            keystrokes = run_child(big, kind)[2:]
            print(f"search keystroke, {kind:<13}: median {statistics.median(keystrokes):5.1f} ms,"
                  f" worst {max(keystrokes):5.1f} ms over {len(keystrokes)} keystrokes"
                  "  (target ≤ 50 ms)")


if __name__ == "__main__":
    main()
