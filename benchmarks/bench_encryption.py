"""Encrypted against plain: the same work on an SQLCipher database and on a plain one.

    python -m benchmarks.bench_encryption [--import-rows 50000] [--contacts 100000]
        [--only import,export,search,delete]

- import: `coalitiondesk import contacts.csv --kind contacts` of 50,000 contacts
  with an organization column, in a fresh process, into a new database;
- export: `coalitiondesk export contacts.csv --kind contacts` of the large database;
- a search keystroke: the first page of contacts matching "kim" (the trigram index)
  at 100,000 contacts, median of seven;
- delete: one contact through `Database.operation()` with its purge (both search
  indexes have FTS5 secure-delete; the WAL is truncated), median of five.

Each prints encrypted / plain; the goal is at most 1.3 for each.
"""

from __future__ import annotations

import argparse
import csv
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.generate import contact_rows, generate_database
from coalitiondesk.core.records.contacts import ContactFilter, delete_contact, list_contacts
from coalitiondesk.core.storage.cipher import Passphrase, export_copy
from coalitiondesk.core.storage.db import Database, open_database

PASSPHRASE = "a benchmark passphrase of some length"


def timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def command(database: Path, *args: str, encrypted: bool) -> None:
    env = dict(os.environ)
    env.pop("COALITIONDESK_PASSPHRASE", None)
    if encrypted:
        env["COALITIONDESK_PASSPHRASE"] = PASSPHRASE
    result = subprocess.run([sys.executable, "-m", "coalitiondesk", "--db", str(database), *args],
                            capture_output=True, text=True, env=env)
    if result.returncode not in (0, 1):
        raise SystemExit(result.stderr)


def export_time(database: Path, out: Path, *, encrypted: bool) -> float:
    out.unlink(missing_ok=True)
    return timed(lambda: command(database, "export", str(out), "--kind", "contacts",
                                 encrypted=encrypted))


def write_contacts(path: Path, rows: int) -> None:
    with path.open("w", newline="", encoding="utf-8") as file:
        writer = csv.writer(file)
        writer.writerow(["Given name", "Family name", "E-mail", "Country", "Organization"])
        for number, row in enumerate(contact_rows(rows, seed=11)):
            writer.writerow([row["given_name"], row["family_name"], row["email"],
                             row["address_country_code"], f"Partner {number % 2000}"])


def new_database(path: Path, *, encrypted: bool) -> None:
    open_database(path, passphrase=Passphrase(PASSPHRASE) if encrypted else None).close()


def median_of(times: int, action: Callable[[], object]) -> float:
    return statistics.median(timed(action) for _ in range(times))


def keystroke(database: Database) -> None:
    with database.session() as session:
        list_contacts(session=session, filters=ContactFilter(search="kim"), limit=200)


def delete_one(database: Database, contact_id: int) -> None:
    with database.operation("delete") as operation:
        delete_contact(session=operation.session, contact_id=contact_id)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--import-rows", type=int, default=50_000)
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--only", default="import,export,search,delete",
                        help="the measurements to run, comma-separated")
    args = parser.parse_args()
    only = set(args.only.split(","))
    folder = Path(tempfile.mkdtemp(prefix="bench-encryption-"))
    try:
        source = folder / "contacts.csv"
        if "import" in only:
            write_contacts(source, args.import_rows)
        results: dict[str, dict[bool, float]] = {}
        for encrypted in (False, True) if "import" in only else ():
            target = folder / f"import-{encrypted}.sqlite3"
            new_database(target, encrypted=encrypted)
            results.setdefault("import", {})[encrypted] = timed(
                lambda target=target, encrypted=encrypted: command(
                    target, "import", str(source), "--kind", "contacts", encrypted=encrypted))

        plain = folder / "large.sqlite3"
        generate_database(plain, organizations=args.contacts // 5, contacts=args.contacts).close()
        encrypted_copy = folder / "large-encrypted.sqlite3"
        export_copy(plain, encrypted_copy, source_passphrase=None,
                    target_passphrase=Passphrase(PASSPHRASE))
        for encrypted, path in ((False, plain), (True, encrypted_copy)):
            out = folder / f"export-{encrypted}.csv"
            if "export" in only:
                results.setdefault("export", {})[encrypted] = min(
                    export_time(path, out, encrypted=encrypted) for _ in range(2))
            database = open_database(path, passphrase=Passphrase(PASSPHRASE) if encrypted
                                     else None)
            try:
                keystroke(database)  # warm, as a window that has shown the list is
                if "search" in only:
                    results.setdefault("search keystroke", {})[encrypted] = median_of(
                        7, lambda database=database: keystroke(database))
                ids = iter(range(10, 10_000, 997))
                if "delete" in only:
                    results.setdefault("delete", {})[encrypted] = median_of(
                        5, lambda database=database, ids=ids: delete_one(database, next(ids)))
            finally:
                database.close()
        print(f"{'measurement':<18} {'plain':>10} {'encrypted':>10} {'ratio':>7}")
        for name, times in results.items():
            ratio = times[True] / times[False]
            print(f"{name:<18} {times[False] * 1000:>8.0f}ms {times[True] * 1000:>8.0f}ms "
                  f"{ratio:>6.2f}x")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
