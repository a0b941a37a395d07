"""Import speed: a 50,000-row contacts workbook from the command line, and duplicate detection.

    python -m benchmarks.bench_import [--rows 50000] [--stored 100000] [--incoming 10000]

1. End to end, as a user runs it: `coalitiondesk --db new.sqlite3 import contacts.xlsx`
   in a fresh process, against a bare openpyxl read-only parse and a bare
   python-calamine parse of the same file, measured in the same run.
   Target: at most 1.5 x the openpyxl parse.
2. Duplicate detection of 10,000 incoming contacts against 100,000 stored ones
   (benchmarks/generate.py): building the index of stored records and matching,
   exact and fuzzy (rapidfuzz process.cdist). Target: under 10 s on 2 cores.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import openpyxl
import python_calamine
import sqlalchemy as sa

from benchmarks.generate import contact_rows, generate_database
from coalitiondesk.core.importing import ImportKind
from coalitiondesk.core.importing.dedupe import contact_index, match_drafts
from coalitiondesk.core.importing.drafts import make_drafts
from coalitiondesk.core.importing.readers import build_table
from coalitiondesk.core.storage.db import open_database

HEADERS = ["Given name", "Family name", "Native name", "Email", "Phone", "Country", "Postcode",
           "Do not mail", "Sensitivity"]
MAPPING: list[str | None] = ["given_name", "family_name", "native_name", "email", "phone",
                             "address_country_code", "postcode", "do_not_mail", "sensitivity"]


def row_cells(row: dict[str, Any]) -> list[Any]:
    return [row["given_name"], row["family_name"], row["native_name"], row["email"],
            row["phone"], row["address_country_code"], row["postcode"],
            "yes" if row["do_not_mail"] else "no", row["sensitivity"]]


def write_workbook(path: Path, rows: int) -> None:
    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet("Contacts")
    sheet.append(HEADERS)
    for row in contact_rows(rows, seed=11):
        sheet.append(row_cells(row))
    workbook.save(path)


def best_of(runs: int, action: Any) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return min(times)


def openpyxl_parse(path: Path) -> None:
    workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    for _row in workbook.worksheets[0].iter_rows(values_only=True):
        pass
    workbook.close()


def calamine_parse(path: Path) -> None:
    with python_calamine.CalamineWorkbook.from_path(str(path)) as workbook:
        workbook.get_sheet_by_index(0).to_python()


def cli_import(path: Path, folder: Path, number: int) -> None:
    database = folder / f"import-{number}.sqlite3"
    open_database(database).close()  # the user's database exists already
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "coalitiondesk", "--db", str(database),
                             "import", str(path)], capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(result.stderr)
    print(f"  {result.stdout.strip()}  ({elapsed:.2f} s)")


def bench_end_to_end(rows: int, folder: Path) -> None:
    path = folder / "contacts.xlsx"
    write_workbook(path, rows)
    print(f"{rows} contacts, {path.stat().st_size / 2**20:.1f} MB workbook")
    bare_openpyxl = best_of(3, lambda: openpyxl_parse(path))
    bare_calamine = best_of(3, lambda: calamine_parse(path))
    counter = iter(range(100))
    end_to_end = best_of(3, lambda: cli_import(path, folder, next(counter)))
    print(f"bare openpyxl read-only parse  {bare_openpyxl:7.2f} s")
    print(f"bare python-calamine parse     {bare_calamine:7.2f} s")
    print(f"coalitiondesk import (CLI)     {end_to_end:7.2f} s")
    print(f"ratio to openpyxl parse        {end_to_end / bare_openpyxl:7.2f}  (target <= 1.5)")
    print(f"ratio to calamine parse        {end_to_end / bare_calamine:7.2f}")


def bench_dedupe(stored: int, incoming: int, folder: Path, *, unique_names: bool) -> None:
    database = generate_database(folder / f"stored-{unique_names}.sqlite3",
                                 organizations=1000, contacts=stored)
    if unique_names:
        # Every stored name distinct as well, so that cdist scores the full matrix.
        with database.transaction() as session:
            session.execute(sa.text("UPDATE contact SET given_name = given_name || ' ' || id"))
    grid: list[list[Any]] = [list(HEADERS)]
    for number, row in enumerate(contact_rows(incoming, seed=7)):
        cells = row_cells(row)
        cells[3] = f"new{number}@example.org"  # no e-mail match: names decide
        if unique_names:
            # Worst case: no two names alike, so nearly every row goes to fuzzy scoring.
            cells[0] = f"{cells[0]} {number}x"
        grid.append(cells)
    table = build_table(grid, name="incoming")
    try:
        with database.session() as session:
            drafts = make_drafts(session=session, table=table, kind=ImportKind.contacts,
                                 mapping=MAPPING)
            started = time.perf_counter()
            index = contact_index(session)
            indexed = time.perf_counter() - started
            matches = match_drafts(drafts, index)
            total = time.perf_counter() - started
    finally:
        database.close()
    possible = sum(1 for match in matches if match.candidates)
    label = ("every name distinct, stored and incoming (worst case)" if unique_names
             else "generated names (many shared)")
    print(f"dedupe {incoming} vs {stored} stored, {label}: {total:.2f} s "
          f"(index {indexed:.2f} s, matching {total - indexed:.2f} s; "
          f"{possible} rows with candidates)  (target < 10 s)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--stored", type=int, default=100_000)
    parser.add_argument("--incoming", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        bench_end_to_end(args.rows, Path(folder))
        for unique_names in (False, True):
            bench_dedupe(args.stored, args.incoming, Path(folder), unique_names=unique_names)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
