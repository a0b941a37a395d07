"""The five reports on a large coalition, each against a bare query of the same rows.

    python -m benchmarks.bench_reports [--organizations 20000] [--activities 20000]

The generated organizations get a membership history (one to three steps each,
over ten years) and the database a year's worth of activities a day, so that
every report has something to count. The baseline reads the rows a report
counts with one plain SQL statement and nothing else. The Reports tab runs a
report on the UI thread only if it takes well under 200 ms here.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from benchmarks.generate import generate_database
from coalitiondesk.core.models import Activity, MembershipChange, utcnow
from coalitiondesk.core.reports import REPORTS, make_report

STATUSES = ("prospect", "member", "member", "member", "observer", "former")
KINDS = ("meeting", "call", "email", "conference", "press_release", "letter_sent")
START = date(2015, 1, 1)

# What each report reads, as one plain statement.
MEMBERS = "SELECT country_code FROM organization WHERE membership_status = 'member'"
BASELINES = {
    "members-by-country": MEMBERS,
    "members-by-region": MEMBERS,
    "membership-over-time": "SELECT organization_id, status, changed_on FROM membership_change",
    "letters": "SELECT letter_id, organization_id FROM signature",
    "activities-per-month": "SELECT activity_date, kind FROM activity",
}


def best_of(times: int, action: Callable[[], object]) -> float:
    runs = []
    for _ in range(times):
        started = time.perf_counter()
        action()
        runs.append(time.perf_counter() - started)
    return min(runs)


def history_rows(organizations: int) -> Iterator[dict[str, Any]]:
    rng = random.Random(4)
    for organization_id in range(1, organizations + 1):
        day = START + timedelta(days=rng.randrange(3650))
        for _step in range(rng.randint(1, 3)):
            yield {"organization_id": organization_id, "status": rng.choice(STATUSES),
                   "changed_on": day, "note": None}
            day += timedelta(days=rng.randrange(30, 700))


def activity_rows(count: int) -> Iterator[dict[str, Any]]:
    rng = random.Random(5)
    for number in range(count):
        yield {"uuid": f"bench-{number}", "activity_date": START + timedelta(
            days=rng.randrange(3650)), "kind": rng.choice(KINDS), "subject": f"Activity {number}",
            "follow_up_done": False, "created_at": utcnow()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--organizations", type=int, default=20_000)
    parser.add_argument("--activities", type=int, default=20_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "large.sqlite3"
        database = generate_database(path, organizations=args.organizations, contacts=0)
        try:
            with database.engine.begin() as connection:
                table: sa.Table = MembershipChange.__table__  # type: ignore[attr-defined]
                connection.execute(table.insert(), list(history_rows(args.organizations)))
                table = Activity.__table__  # type: ignore[attr-defined]
                connection.execute(table.insert(), list(activity_rows(args.activities)))
            print(f"{args.organizations} organizations with their membership history, "
                  f"{args.activities} activities")
            print(f"{'report':24} {'ours':>9} {'bare':>9} {'ratio':>7}")
            bare = sqlite3.connect(path)
            for name in REPORTS:
                def ours(name: str = name) -> None:
                    with database.session() as session:
                        make_report(session=session, name=name, today=date(2025, 12, 31))

                ours_s = best_of(3, ours)
                bare_s = best_of(3, lambda name=name: bare.execute(BASELINES[name]).fetchall())
                print(f"{name:24} {ours_s * 1000:7.1f}ms {bare_s * 1000:7.1f}ms "
                      f"{ours_s / bare_s:6.1f}x")
            bare.close()
        finally:
            database.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
