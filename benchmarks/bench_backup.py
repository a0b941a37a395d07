"""Backups, the quick check on open and deleting for real, on a large database,
each against a bare baseline measured in the same run.

    python -m benchmarks.bench_backup [--organizations 20000] [--contacts 100000]

- backup: `back_up(path, to=FILE)` (online copy, integrity_check, fsync)
  against a bare `sqlite3.Connection.backup` of the same file;
- quick check on open: `find_damage(path)` against reading the file once;
- delete a contact: `Database.transaction()` with its purge (WAL truncation, and
  on this plain file, opened by an SQLite without FTS5's secure-delete, the
  search index's merge) against the same delete without the purge.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sqlmodel import Session

from benchmarks.generate import generate_database
from coalitiondesk.core.records.contacts import delete_contact
from coalitiondesk.core.storage.backup import back_up
from coalitiondesk.core.storage.damage import find_damage
from coalitiondesk.core.storage.db import open_database


def best_of(times: int, action: Callable[[], object]) -> float:
    runs = []
    for _ in range(times):
        started = time.perf_counter()
        action()
        runs.append(time.perf_counter() - started)
    return min(runs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--organizations", type=int, default=20_000)
    parser.add_argument("--contacts", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        path = root / "large.sqlite3"
        generate_database(path, organizations=args.organizations,
                          contacts=args.contacts).close()
        size_mb = path.stat().st_size / 1e6
        print(f"{args.organizations} organizations, {args.contacts} contacts, {size_mb:.0f} MB")

        counter = iter(range(1_000_000))

        def ours() -> None:
            back_up(path, to=root / f"ours-{next(counter)}.sqlite3")

        def bare() -> None:
            source = sqlite3.connect(path)
            target = sqlite3.connect(root / f"bare-{next(counter)}.sqlite3")
            source.backup(target)
            target.close()
            source.close()

        backup_ratio = best_of(3, ours) / best_of(3, bare)
        print(f"backup, verified: {backup_ratio:.2f} x a bare online backup")

        check_ratio = best_of(5, lambda: find_damage(path)) / best_of(5, path.read_bytes)
        print(f"quick check on open: {check_ratio:.2f} x reading the file once")

        database = open_database(path)
        reader = sqlite3.connect(path)  # as an open window's connection would
        reader.execute("SELECT count(*) FROM contact").fetchone()
        ids = iter(range(1, args.contacts + 1))

        def purged() -> None:
            with database.transaction() as session:
                delete_contact(session=session, contact_id=next(ids))

        def plain() -> None:
            with Session(database.engine) as session, session.begin():
                delete_contact(session=session, contact_id=next(ids))

        purge_times = [best_of(1, purged) for _ in range(5)]
        plain_times = [best_of(1, plain) for _ in range(5)]
        ratio = statistics.median(purge_times) / statistics.median(plain_times)
        print(f"delete a contact, leaving no trace: {ratio:.1f} x a plain delete "
              f"({statistics.median(purge_times) * 1000:.0f} ms)")
        reader.close()
        database.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
