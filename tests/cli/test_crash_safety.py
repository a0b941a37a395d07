"""Crash safety, for real: an import of 5,000 organizations is killed with SIGKILL
at random moments, again and again. After every kill `coalitiondesk check`
passes and the import is either all there or not there at all.

The writer runs the import as `coalitiondesk import` does (read the file, plan,
apply in one transaction) and says when it starts applying, so that the kills
land in the transaction, its commit and the checkpoint after it rather than in
Python's start-up. Two databases are hammered side by side to keep it short.
"""

from __future__ import annotations

import csv
import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing
from pathlib import Path

import pytest

from coalitiondesk.core.storage.backup import back_up, restore
from coalitiondesk.core.storage.db import open_database

ROWS = 5_000
KILLS_PER_DATABASE = 4

WRITER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from coalitiondesk.core.storage.db import open_database
    from coalitiondesk.core.importing import (
        ImportKind, OnMatch, OnPossible, apply_import, initial_mapping, prepare_import,
        read_file, run_to_end)
    database = open_database(sys.argv[1])
    table = read_file(Path(sys.argv[2]))
    with database.session() as session:
        mapping = initial_mapping(session=session, table=table, kind=ImportKind.organizations)
    plan = run_to_end(prepare_import(
        database=database, table=table, kind=ImportKind.organizations, mapping=mapping,
        on_match=OnMatch.update, on_possible=OnPossible.create))
    print("applying", flush=True)
    result = run_to_end(apply_import(database=database, plan=plan))
    database.close()
    print(result.summary, flush=True)
""")


def workbook(folder: Path, batch: str) -> Path:
    """A partner's csv of 5,000 organizations, named after the batch."""
    path = folder / f"{batch}.csv"
    with path.open("w", newline="", encoding="utf-8") as file:
        rows = csv.writer(file)
        rows.writerow(["Name", "Country", "Email"])
        for number in range(ROWS):
            rows.writerow([f"{batch} organization {number}", "KR",
                           f"office{number}@{batch.lower()}.example.org"])
    return path


def start_writer(db_file: Path, batch: str) -> tuple[subprocess.Popen[str], float]:
    source = workbook(db_file.parent, batch)
    process = subprocess.Popen([sys.executable, "-c", WRITER, str(db_file), str(source)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "applying", process.communicate()[1]
    return process, time.monotonic()


def check(db_file: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "coalitiondesk", "--db", str(db_file),
                             "check"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Integrity: ok" in result.stdout


def batch_size(db_file: Path, batch: str) -> int:
    with closing(sqlite3.connect(db_file)) as connection:
        return int(connection.execute(
            "SELECT count(*) FROM organization WHERE name LIKE ? || ' organization %'",
            (batch,)).fetchone()[0])


def hammer(db_file: Path, seed: int) -> list[tuple[float, int]]:
    """Kill imports into `db_file` at random moments; returns, for each kill, the moment
    (as a fraction of a whole import) and the rows of that import found afterwards."""
    rng = random.Random(seed)
    pristine = back_up(db_file, to=db_file.with_name(f"pristine-{db_file.name}")).path
    # A whole import, timed on a copy, tells where the kills may land.
    trial = back_up(db_file, to=db_file.with_name(f"trial-{db_file.name}")).path
    process, started = start_writer(trial, f"W{seed}-trial")
    output, errors = process.communicate(timeout=300)
    whole_run = time.monotonic() - started
    assert process.returncode == 0, errors
    assert f"created {ROWS}" in output

    outcomes = []
    for kill in range(KILLS_PER_DATABASE):
        batch = f"W{seed}-K{kill}"
        # From the first insert to a little past the commit and the checkpoint.
        moment = rng.uniform(0.0, 1.05)
        process, started = start_writer(db_file, batch)
        time.sleep(max(0.0, started + moment * whole_run - time.monotonic()))
        process.send_signal(signal.SIGKILL)
        killed_after = time.monotonic() - started
        process.wait()
        check(db_file)
        found = batch_size(db_file, batch)
        assert found in (0, ROWS), f"kill at {moment:.0%} of an import left {found} rows"
        outcomes.append((moment, found))
        if found == ROWS:
            # This import was faster than the trial: aim earlier from now on. And start
            # from the empty database again, as more rows make planning slower.
            whole_run = min(whole_run, killed_after)
            restore(db_file, pristine)
    return outcomes


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_killing_an_import_never_leaves_half_of_it(tmp_path: Path) -> None:
    files = []
    for lane in range(2):
        db_file = tmp_path / f"lane{lane}.sqlite3"
        open_database(db_file).close()
        files.append(db_file)
    with ThreadPoolExecutor(max_workers=len(files)) as pool:
        results = list(pool.map(hammer, files, range(len(files))))
    outcomes = [outcome for lane in results for outcome in lane]
    assert len(outcomes) == 2 * KILLS_PER_DATABASE
    # Kills did land inside the transaction, where nothing of the import may survive.
    assert sum(found == 0 for _, found in outcomes) >= 2
    for db_file in files:
        with closing(sqlite3.connect(db_file)) as connection:
            total = connection.execute("SELECT count(*) FROM organization").fetchone()[0]
            batches = connection.execute("SELECT count(*) FROM import_batch").fetchone()[0]
        assert total == batches * ROWS
