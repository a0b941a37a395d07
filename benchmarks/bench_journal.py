"""The change journal's cost: form saves and a large import, with and without it.

    python -m benchmarks.bench_journal [--updates 10000] [--rows 50000] [--runs 3]
                                       [--only saves|import]

Both sides run in the same process and minute on fresh copies of one database,
best of three rounds, taking turns to go first; the "without" copy has the
journal's triggers dropped, and its saves run in a bare write transaction (no
operation row, no version check), which is what a save cost before the journal.
Each side is timed on the wall clock and in the process's CPU time: on a machine
shared with other work the wall clock mostly measures the others, the CPU time
much less so.

1. 10,000 form-like saves: an organization's e-mail and notes, one operation
   each (core.edits.save_record with the version the form loaded).
2. A 50,000-row contacts import with an Organization column (the common case:
   affiliations and new organizations too), planned once, applied to each copy.

Goal: each ratio at most 1.15.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

from sqlmodel import Session

from benchmarks.generate import contact_rows, generate_database
from coalitiondesk.core.importing import ImportKind, apply_import, prepare_import
from coalitiondesk.core.importing.readers import build_table
from coalitiondesk.core.progress import run_to_end
from coalitiondesk.core.records import edits, organizations
from coalitiondesk.core.storage.db import Database, open_database

HEADERS = ["Given name", "Family name", "Email", "Phone", "Country", "Organization"]
MAPPING: list[str | None] = ["given_name", "family_name", "email", "phone",
                             "address_country_code", "organization"]


def without_journal(path: Path) -> Database:
    database = open_database(path)
    with database.engine.begin() as connection:
        names = [name for name, in connection.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'journal_%'")]
        for name in names:
            connection.exec_driver_sql(f'DROP TRIGGER "{name}"')
    return database


class Times(NamedTuple):
    wall: float
    cpu: float


def timed(action: Callable[[], Any]) -> Times:
    started, started_cpu = time.perf_counter(), time.process_time()
    action()
    return Times(time.perf_counter() - started, time.process_time() - started_cpu)


def journaled_saves(database: Database, ids: list[int]) -> None:
    for number, record_id in enumerate(ids):
        with database.session() as session:  # the form loads the record and its version
            organizations.get_organization(session=session, organization_id=record_id)
            loaded = edits.version(session=session, kind="organization", record_id=record_id)
        edits.save_record(database, kind="organization", name=f"Organization {record_id}",
                          record_id=record_id, loaded_version=loaded,
                          values={"email": f"save{number}@example.org",
                                  "notes": f"Saved {number} times"})


def bare_saves(database: Database, ids: list[int]) -> None:
    writer = database.engine.execution_options(immediate=True)
    for number, record_id in enumerate(ids):
        with database.session() as session:  # the form loads the record
            organizations.get_organization(session=session, organization_id=record_id)
        with Session(writer) as session, session.begin():
            organizations.update_organization(
                session=session, organization_id=record_id,
                email=f"save{number}@example.org", notes=f"Saved {number} times")


def copies(folder: Path, name: str, template: Path) -> tuple[Database, Database]:
    """A fresh journaled copy and a fresh copy without the journal, of one database."""
    journaled_path, bare_path = folder / f"{name}.sqlite3", folder / f"{name}-bare.sqlite3"
    for path in (journaled_path, bare_path):
        shutil.copyfile(template, path)
    return open_database(journaled_path), without_journal(bare_path)


def best_of(runs: int, folder: Path, template: Path,
            work: Callable[[Database], Any]) -> tuple[Times, Times]:
    """The best times of each side over `runs` rounds, the sides taking turns to go first."""
    journal_times: list[Times] = []
    bare_times: list[Times] = []
    for round_number in range(runs):
        journaled, bare = copies(folder, f"round{round_number}", template)
        try:
            sides = [(journaled, journal_times), (bare, bare_times)]
            for database, times in sides if round_number % 2 else reversed(sides):
                times.append(timed(lambda database=database: work(database)))
        finally:
            journaled.close()
            bare.close()
    return best(journal_times), best(bare_times)


def best(times: list[Times]) -> Times:
    return Times(min(t.wall for t in times), min(t.cpu for t in times))


def report(what: str, journal: Times, bare: Times) -> str:
    return (f"{what}: journaled {journal.wall:.2f} s ({journal.cpu:.2f} s CPU), bare "
            f"{bare.wall:.2f} s ({bare.cpu:.2f} s CPU), ratio {journal.wall / bare.wall:.2f}"
            f" ({journal.cpu / bare.cpu:.2f} in CPU time; goal <= 1.15)")


def bench_saves(folder: Path, updates: int, runs: int) -> tuple[Times, Times]:
    template = folder / "saves.sqlite3"
    generate_database(template, organizations=1000, contacts=0).close()
    ids = [1 + number % 1000 for number in range(updates)]

    def work(database: Database) -> None:
        journaled = any(True for _ in _journal_triggers(database))
        (journaled_saves if journaled else bare_saves)(database, ids)

    return best_of(runs, folder, template, work)


def _journal_triggers(database: Database) -> list[str]:
    with database.engine.connect() as connection:
        return [name for name, in connection.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'journal_%'")]


def bench_import(folder: Path, rows: int, runs: int) -> tuple[Times, Times]:
    grid: list[list[Any]] = [list(HEADERS)]
    for number, row in enumerate(contact_rows(rows, seed=5)):
        grid.append([row["given_name"], row["family_name"], f"c{number}@example.org",
                     row["phone"], row["address_country_code"], f"Partner {number % 500}"])
    table = build_table(grid, name="contacts.xlsx")
    template = folder / "import.sqlite3"
    generate_database(template, organizations=1000, contacts=0).close()
    planner = open_database(template)
    try:
        plan = run_to_end(prepare_import(database=planner, table=table,
                                         kind=ImportKind.contacts, mapping=MAPPING))
    finally:
        planner.close()
    return best_of(runs, folder, template, lambda database: run_to_end(
        apply_import(database=database, plan=plan, remember=False)))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--updates", type=int, default=10_000)
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--only", choices=("saves", "import"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        if args.only != "import":
            print(report(f"{args.updates:,} form saves",
                         *bench_saves(Path(folder), args.updates, args.runs)), flush=True)
        if args.only != "saves":
            print(report(f"{args.rows:,}-row import with an Organization column",
                         *bench_import(Path(folder), args.rows, args.runs)), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
