"""A database on a PostgreSQL server against the local file, measured in the same run.

    QT_QPA_PLATFORM=offscreen python -m benchmarks.bench_server [--rows 50000]
                                        [--contacts 100000] [--runs 3]

A throwaway PostgreSQL cluster (Debian's postgresql package, as the tests use:
tests/postgresql_cluster.py) is started on this machine, durable as a real one
(fsync and synchronous commit on, unlike the tests' cluster), and reached over
its unix socket. Each figure is the best of `--runs` on the server and on a
SQLite file, run in turn, and their ratio:

1. `coalitiondesk --db ... import --status member contacts.xlsx` of 50,000
   contacts naming 500 organizations, end to end in a fresh process
   (benchmarks/bench_import.py's workbook);
2. window start-up with 20,000 organizations and 100,000 contacts
   (benchmarks/generate.py), in a fresh process, and the search keystrokes of
   benchmarks/bench_main_window.py in a window on it: results painted, and the
   count of matches that follows; on the server as its owner and as a
   volunteer (`server init`, `server add-user`), whose search texts leave the
   private fields out and are read without the trigram index.

Without PostgreSQL's server binaries it says so and exits with status 0.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.bench_import import write_workbook
from benchmarks.bench_main_window import run_child
from benchmarks.generate import generate_database
from coalitiondesk.core.storage.db import open_database

TESTS = Path(__file__).resolve().parent.parent / "tests"


def start_cluster() -> Any:
    """A durable throwaway cluster, or None (said why) without the server binaries."""
    sys.path.insert(0, str(TESTS))
    from postgresql_cluster import MISSING, Cluster, server_binaries

    binaries = server_binaries()
    if binaries is None:
        print(f"skipped: {MISSING}")
        return None
    cluster = Cluster(binaries)
    cluster._run(str(binaries / "initdb"), "-D", str(cluster.data), "-U", "postgres",
                 "-E", "UTF8", "--locale=C.UTF-8", "--auth=trust")
    (cluster.data / "pg_hba.conf").write_text("local all all trust\n")
    options = (f"-c listen_addresses='' -c port={cluster.port}"
               f" -c unix_socket_directories='{cluster.folder}' -c max_connections=40")
    cluster._run(str(binaries / "pg_ctl"), "-D", str(cluster.data), "-w", "-s", "-o", options,
                 "-l", str(cluster.folder / "server.log"), "start")
    return cluster


def import_once(workbook: Path, target: str) -> float:
    """One end-to-end import into a database just made (as the person's exists already)."""
    import subprocess

    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "coalitiondesk", "--db", target, "import",
                             "--status", "member", str(workbook)],
                            capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(result.stderr)
    return elapsed


def new_server_database(cluster: Any) -> str:
    url: str = cluster.url(cluster.new_database())
    open_database(url).close()
    return url


def bench_import(cluster: Any, folder: Path, rows: int, runs: int) -> None:
    workbook = folder / "contacts.xlsx"
    write_workbook(workbook, rows, 500)
    local, server = [], []
    for run in range(runs):  # in turn: a busy moment on a shared machine hits both
        file = folder / f"import-{run}.sqlite3"
        open_database(file).close()
        local.append(import_once(workbook, str(file)))
        server.append(import_once(workbook, new_server_database(cluster)))
    print(f"import of {rows:,} contacts, local file   {min(local):7.2f} s")
    print(f"import of {rows:,} contacts, server       {min(server):7.2f} s")
    print(f"ratio server / file                      {min(server) / min(local):7.2f}")


def bench_window(cluster: Any, folder: Path, runs: int, contacts: int) -> None:
    organizations = contacts // 5
    file = folder / "big.sqlite3"
    generate_database(file, organizations=organizations, contacts=contacts).close()
    url = cluster.url(cluster.new_database())
    started = time.perf_counter()
    generate_database(url, organizations=organizations, contacts=contacts).close()
    print(f"generated {organizations:,} organizations and {contacts:,} contacts on the server"
          f" in {time.perf_counter() - started:.1f} s")
    volunteer = volunteer_url(cluster, url)
    targets = {"file": str(file), "server": url, "volunteer": volunteer}
    for target in targets.values():
        run_child(target)  # warms the caches of each
    starts = {label: min(run_child(target)[0] for _ in range(runs))
              for label, target in targets.items()}
    for label, start in starts.items():
        print(f"window start, {contacts:,} contacts, {label:<9} {start * 1000:7.0f} ms"
              + ("" if label == "file" else f"  ratio to the file {start / starts['file']:5.2f}"))
    for kind in ("contacts", "organizations"):
        figures = {}
        for label, target in targets.items():
            values = run_child(target, kind)
            count = int(values[2])
            figures[label] = (values[3:3 + count], values[3 + count:])
        for index, what in enumerate(("results shown", "matches counted")):
            on_file = statistics.median(figures["file"][index])
            for label in ("file", "server", "volunteer"):
                times = figures[label][index]
                print(f"search keystroke, {kind:<13} {what:<15} {label:<9}: median "
                      f"{statistics.median(times):6.1f} ms (worst {max(times):6.1f})"
                      + ("" if label == "file" else
                         f", ratio of medians {statistics.median(times) / on_file:5.2f}"))


def volunteer_url(cluster: Any, url: str) -> str:
    """The same server database as a volunteer sees it (the cluster trusts its socket)."""
    import contextlib
    import io

    from coalitiondesk.cli import main

    with contextlib.redirect_stdout(io.StringIO()):
        main(["server", "init", url])
        main(["--db", url, "server", "add-user", "bench_volunteer", "--role", "volunteer"])
    import sqlalchemy as sa

    return str(cluster.url(str(sa.make_url(url).database), user="bench_volunteer"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--contacts", type=int, default=100_000,
                        help="stored for the window's start and search (and a fifth as many"
                             " organizations)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--skip-import", action="store_true")
    parser.add_argument("--skip-window", action="store_true")
    args = parser.parse_args()
    cluster = start_cluster()
    if cluster is None:
        return 0
    try:
        with tempfile.TemporaryDirectory() as folder:
            if not args.skip_import:
                bench_import(cluster, Path(folder), args.rows, args.runs)
            if not args.skip_window:
                bench_window(cluster, Path(folder), args.runs, args.contacts)
    finally:
        cluster.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
