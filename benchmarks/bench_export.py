"""Exporting contacts against a bare openpyxl dump of the same values, in the same run.

    python -m benchmarks.bench_export [--contacts 50000] [--repeat 3]

The export reads the records from the database, redacts them, labels their codes,
writes the workbook (header, widths, page set-up, About sheet, properties) beside the
target, records the export as an activity linked to every contact, and moves the file
into place; openpyxl writes it through lxml. The baseline writes the very same values
with openpyxl's write-only mode and nothing else, without lxml (in a process of its own
with OPENPYXL_LXML=False, which openpyxl reads when it is imported). The issue asks for
a ratio of at most 0.7. Each side is timed on the wall clock and in CPU seconds (the best
of --repeat runs); on a busy machine the CPU figures are the steadier ones.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import openpyxl

from benchmarks.generate import generate_database
from coalitiondesk.core.exporting import (
    FULL,
    PARTNER_LIST,
    ExportKind,
    ExportRequest,
    run_export,
)
from coalitiondesk.core.exporting.redaction import withheld_records
from coalitiondesk.core.exporting.rows import Reading, read_records
from coalitiondesk.core.exporting.run import chosen_profile
from coalitiondesk.core.exporting.scope import Scope
from coalitiondesk.core.storage.db import Database


def exported_values(database: Database, request: ExportRequest) -> list[list[Any]]:
    """The rows the export writes, as plain values, read the way the export reads them."""
    with database.session() as session:
        profile = chosen_profile(session=session, request=request)
        reading = Reading(session=session, kind=request.kind, scope=Scope(), keys=profile.keys,
                          withheld=withheld_records(session=session), include_restricted=False)
        rows = [[_plain(value) for value in record.values] for record in read_records(reading)]
    return [[column.header for column in profile.columns], *rows]


def _plain(value: Any) -> Any:
    """What the cell holds: spreadsheets have no time zones."""
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.astimezone(UTC).replace(tzinfo=None)
    return value


Timing = tuple[float, float]
"""Wall-clock and CPU seconds."""


_BARE = """
import json, pickle, sys, time
import openpyxl
from openpyxl import Workbook
assert not openpyxl.LXML
rows = pickle.load(open(sys.argv[1], "rb"))
wall, cpu = time.perf_counter(), time.process_time()
workbook = Workbook(write_only=True)
sheet = workbook.create_sheet("Contacts")
for row in rows:
    sheet.append(row)
workbook.save(sys.argv[2])
print(json.dumps([time.perf_counter() - wall, time.process_time() - cpu]))
"""


def bare_dump(values: Path, path: Path) -> Timing:
    """openpyxl's write-only dump of the rows pickled at `values`, without lxml."""
    done = subprocess.run([sys.executable, "-c", _BARE, str(values), str(path)],
                          env={**os.environ, "OPENPYXL_LXML": "False"},
                          capture_output=True, text=True, check=True)
    wall, cpu = json.loads(done.stdout)
    return float(wall), float(cpu)


def export_once(database: Database, request: ExportRequest) -> Timing:
    wall, cpu = time.perf_counter(), time.process_time()
    run_export(database=database, request=request)
    return time.perf_counter() - wall, time.process_time() - cpu


def best(timings: list[Timing]) -> Timing:
    return min(wall for wall, _ in timings), min(cpu for _, cpu in timings)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        here = Path(folder)
        print(f"Generating {args.contacts:,} contacts ... (the export with lxml: "
              f"{openpyxl.LXML}; the bare dump without)", flush=True)
        database = generate_database(here / "bench.sqlite3", organizations=2_000,
                                     contacts=args.contacts)
        try:
            for profile in (PARTNER_LIST, FULL):
                request = ExportRequest(kind=ExportKind.contacts, target=here / "export.xlsx",
                                        profile=profile)
                values = exported_values(database, request)
                pickled = here / "values.pickle"
                pickled.write_bytes(pickle.dumps(values))
                bares, exports = [], []
                # Interleaved, so that a busy moment on the machine hits both sides.
                for _ in range(args.repeat):
                    bares.append(bare_dump(pickled, here / "bare.xlsx"))
                    exports.append(export_once(database, request))
                (bare_wall, bare_cpu), (export_wall, export_cpu) = best(bares), best(exports)
                cells = (len(values) - 1) * len(values[0])
                print(f"{profile}: {len(values) - 1:,} rows x {len(values[0])} columns "
                      f"({cells:,} cells)\n"
                      f"  wall: export {export_wall:.2f} s, bare openpyxl {bare_wall:.2f} s, "
                      f"ratio {export_wall / bare_wall:.2f}\n"
                      f"  cpu:  export {export_cpu:.2f} s, bare openpyxl {bare_cpu:.2f} s, "
                      f"ratio {export_cpu / bare_cpu:.2f}", flush=True)
        finally:
            database.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
