"""Finding likely duplicates among 100,000 stored contacts (Edit › Find Duplicates…).

    python -m benchmarks.bench_duplicates [--contacts 100000] [--planted 1000] [--full]

The contacts are generated with names built from syllables, so that nearly
every name is distinct (the generated coalition of benchmarks/generate.py
shares a few hundred names among all its contacts, which would flatter any
method); `--planted` of them get a second record whose name has one letter
dropped, doubled or swapped, as a retyped sign-on list has.

Measured, best of three, in the same run:

1. `core.records.duplicates.find_duplicates` on the stored contacts: reading
   them, exact keys (name, e-mail, phone), fuzzy names by blocks, the list.
2. The bare baseline: one `rapidfuzz.process.cdist` of the same distinct name
   keys against each other, the whole matrix, as the importer scores incoming
   names. It is timed on the first 5,000 rows and scaled to all of them
   (`--full` times the whole matrix instead: about a minute on 2 cores).

Also printed: how many of the planted pairs the finder proposes (its recall).
Target: the finder under 10 s on 2 cores.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import numpy as np
from rapidfuzz import fuzz, process

from benchmarks.generate import _insert
from coalitiondesk.core.importing.dedupe import FUZZY_CUTOFF, contact_name, fuzzy_key
from coalitiondesk.core.models import Contact, utcnow
from coalitiondesk.core.records.duplicates import find_duplicates
from coalitiondesk.core.storage.db import Database, open_database

SYLLABLES = ["ka", "ri", "mo", "sen", "ta", "lu", "ji", "hoon", "na", "el", "ver", "an", "so",
             "phi", "min", "de", "ro", "sa", "yu", "ko", "ha", "tan", "li", "mar", "bel", "go",
             "ni", "ste", "ra", "chi", "pe", "dra", "to", "vi", "kim", "won", "ae", "mi", "za",
             "fa"]
BASELINE_ROWS = 5_000


def _word(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()


def _typo(rng: random.Random, text: str) -> str:
    # Inside a word: a typo that moves a space makes other words, not a misspelt one.
    inside = [p for p in range(1, len(text) - 1) if text[p - 1:p + 2].isalpha()]
    position = rng.choice(inside)
    change = rng.choice(("drop", "double", "swap"))
    if change == "drop":
        return text[:position] + text[position + 1:]
    if change == "double":
        return text[:position] + text[position] + text[position:]
    return text[:position - 1] + text[position] + text[position - 1] + text[position + 1:]


def contact_rows(count: int, planted: int, *, seed: int = 7) -> Iterator[dict[str, Any]]:
    """`count` contacts, the last `planted` of them near-copies of earlier ones."""
    rng = random.Random(seed)
    now = utcnow()
    people: list[tuple[str, str]] = []
    for number in range(count):
        if number >= count - planted:
            given, family = people[number - (count - planted)]
            if rng.random() < 0.5:
                given = _typo(rng, given)
            else:
                family = _typo(rng, family)
            email = None
        else:
            given, family = f"{_word(rng, 2)} {_word(rng, 1)}", _word(rng, 2)
            people.append((given, family))
            email = f"person{number}@example.net" if number >= planted else None
        yield {"given_name": given, "family_name": family, "family_name_first": False,
               "email": email, "phone": None, "do_not_mail": False, "do_not_email": False,
               "sensitivity": "normal", "do_not_share": False, "uuid": f"bench-{number}",
               "created_at": now, "updated_at": now}


def best_of(runs: int, work: Callable[[], Any]) -> tuple[float, Any]:
    best, result = float("inf"), None
    for _ in range(runs):
        started = time.perf_counter()
        result = work()
        best = min(best, time.perf_counter() - started)
    return best, result


def bare_cdist(keys: list[str], *, full: bool) -> float:
    rows = keys if full else keys[:BASELINE_ROWS]
    started = time.perf_counter()
    for start in range(0, len(rows), 256):
        process.cdist(rows[start:start + 256], keys, scorer=fuzz.ratio,
                      score_cutoff=FUZZY_CUTOFF, dtype=np.uint8, workers=-1)
    elapsed = time.perf_counter() - started
    return elapsed if full else elapsed * len(keys) / len(rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--planted", type=int, default=1_000)
    parser.add_argument("--full", action="store_true",
                        help="time the whole bare matrix instead of scaling 5,000 rows")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        database: Database = open_database(Path(folder) / "bench.sqlite3")
        try:
            _insert(database, Contact.__table__,  # type: ignore[arg-type]
                    contact_rows(args.contacts, args.planted))
            with database.session() as session:
                found_time, pairs = best_of(3, lambda: find_duplicates(session=session,
                                                                       kind="contact"))
        finally:
            database.close()
    rows = list(contact_rows(args.contacts, args.planted))
    keys = list(dict.fromkeys(
        fuzzy_key(contact_name(row["given_name"], row["family_name"], None)) for row in rows))
    baseline = bare_cdist(keys, full=args.full)
    first_planted = args.contacts - args.planted + 1
    planted = {(number + 1, first_planted + number) for number in range(args.planted)}
    proposed = {(pair.first_id, pair.second_id) for pair in pairs}

    def key(row_id: int) -> str:
        row = rows[row_id - 1]
        return fuzzy_key(contact_name(row["given_name"], row["family_name"], None))

    # A typo at a word's start can reorder the words of the key (which is in alphabetical
    # order): the scorer itself rates such a pair below the cut-off, blocks or no blocks.
    scorable = {pair for pair in planted
                if fuzz.ratio(key(pair[0]), key(pair[1])) >= FUZZY_CUTOFF}
    print(f"contacts: {args.contacts:,}; distinct name keys: {len(keys):,}; "
          f"planted near-copies: {args.planted:,}")
    print(f"find_duplicates: {found_time:.2f} s, {len(pairs):,} pairs, "
          f"{len(planted & proposed):,} of {len(planted):,} planted pairs found; "
          f"{len(scorable & proposed):,} of the {len(scorable):,} that the scorer rates "
          f"{FUZZY_CUTOFF} or more")
    how = "timed whole" if args.full else f"scaled from {BASELINE_ROWS:,} rows"
    print(f"bare cdist of every name key against every other ({how}): {baseline:.2f} s")
    print(f"ratio: {found_time / baseline:.3f} x the bare matrix")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
