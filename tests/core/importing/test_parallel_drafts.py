"""A large import's rows checked in a child process as well: the same drafts, whatever happens."""

from __future__ import annotations

import multiprocessing
import os
import signal
import subprocess
import sys

import pytest

from coalitiondesk.core.importing import ImportKind
from coalitiondesk.core.importing.drafts import CountryResolver, Draft, DraftMaker
from coalitiondesk.core.importing.parallel_drafts import CHUNK, PARALLEL_FROM, drafts_of
from coalitiondesk.core.importing.readers import build_table
from coalitiondesk.core.progress import run_to_end

HEADERS = ["Given name", "Family name", "Native name", "Email", "Phone", "Country",
           "Organization"]
MAPPING = ["given_name", "family_name", "native_name", "email", "phone",
           "address_country_code", "organization"]


def _row(number: int) -> list[object]:
    """Good rows, and every tenth or so a row with a problem the check must find."""
    phone = "+82 2-123-4567" if number % 11 else "12"  # too short
    country = "Japan" if number % 13 else "Atlantis"  # unknown country
    named = bool(number % 17)  # else no name at all
    return [f"Person {number}" if named else "", f"Family {number}" if named else "",
            "", f"p{number}@example.org", phone, country, f"Organization {number % 50}"]


@pytest.fixture(autouse=True)
def _spawned_from_as_few_rows(monkeypatch: pytest.MonkeyPatch) -> None:
    # A spawned child is worth its start from more rows than these tests need.
    monkeypatch.setitem(PARALLEL_FROM, "spawn", PARALLEL_FROM["fork"])


@pytest.fixture(scope="module")
def rows_and_maker() -> tuple[list[object], DraftMaker]:
    count = PARALLEL_FROM["fork"] + 1234
    table = build_table([HEADERS, *(_row(number) for number in range(count))], name="many")
    maker = DraftMaker(kind=ImportKind.contacts, mapping=MAPPING, date1904=False,
                       resolve=CountryResolver(None), headers=table.headers)
    return table.rows, maker


def _serial(maker: DraftMaker, rows: list[object]) -> list[Draft]:
    return [maker.make(row) for row in rows]  # type: ignore[arg-type]


@pytest.mark.parametrize("start", ["fork", "spawn"])
def test_the_child_makes_the_drafts_this_process_would(
        rows_and_maker: tuple[list[object], DraftMaker], start: str) -> None:
    rows, maker = rows_and_maker
    seen: list[int] = []
    making = drafts_of(maker, rows, start=start)  # type: ignore[arg-type]
    while True:
        try:
            seen.append(next(making))
        except StopIteration as finished:
            drafts = finished.value
            break
    expected = _serial(maker, rows)
    assert drafts == expected
    assert [draft.row for draft in drafts] == rows
    assert sum(1 for draft in drafts if draft.problems) == sum(
        1 for draft in expected if draft.problems) > 0
    assert seen == sorted(seen) and seen[-1] == len(rows)


def test_a_child_that_dies_leaves_its_rows_to_this_process(
        rows_and_maker: tuple[list[object], DraftMaker]) -> None:
    rows, maker = rows_and_maker
    making = drafts_of(maker, rows, start="fork")  # type: ignore[arg-type]
    next(making)
    children = [child for child in multiprocessing.active_children()
                if child.name == "import rows"]
    assert len(children) == 1
    assert children[0].pid is not None
    os.kill(children[0].pid, signal.SIGKILL)
    drafts = run_to_end(making)
    assert drafts == _serial(maker, rows)


def test_a_cancelled_check_stops_the_child(
        rows_and_maker: tuple[list[object], DraftMaker]) -> None:
    rows, maker = rows_and_maker
    making = drafts_of(maker, rows, start="spawn")  # type: ignore[arg-type]
    next(making)
    making.close()
    assert not [child for child in multiprocessing.active_children()
                if child.name == "import rows"]


def test_a_small_table_is_checked_here_alone(
        rows_and_maker: tuple[list[object], DraftMaker]) -> None:
    rows, maker = rows_and_maker
    few = rows[:CHUNK * 3 + 7]
    making = drafts_of(maker, few)  # type: ignore[arg-type]
    assert next(making) == CHUNK
    assert not [child for child in multiprocessing.active_children()
                if child.name == "import rows"]
    assert run_to_end(making) == _serial(maker, few)


def test_forked_on_the_command_line_and_spawned_beside_the_window() -> None:
    code = ("from coalitiondesk.core.importing.parallel_drafts import _start_method\n"
            "print(_start_method())\n"
            "import PySide6.QtCore\n"
            "print(_start_method())\n")
    chosen = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True).stdout.split()
    assert chosen == ["fork", "spawn"]
