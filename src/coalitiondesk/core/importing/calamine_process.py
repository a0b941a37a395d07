"""python-calamine in a process of its own, where a crash cannot take the application down.

calamine is Rust. A damaged .xls can make it panic, and a cell far beyond a
sheet's data (XFD1048576, ZZZZZZ1, row 99999999999) makes it allocate more
memory than exists and abort: SIGABRT ends the whole process, and with it a
window holding unsaved edits. So workbooks are parsed in one long-lived child
process: started on the first read, started again after a crash, stopped
when a read outlasts its time budget, and capped in memory where the system
allows it, so that a huge allocation fails there instead of swapping.

This module imports nothing else from the application, so that the child
starts in a fraction of a second.
"""

from __future__ import annotations

import contextlib
import io
import multiprocessing
import os
import signal
import threading
from collections.abc import Callable
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any

from coalitiondesk.core.child_process import without_main_script

READ_SECONDS = 15.0
"""What reading a small workbook may take at most; a real one takes well under a second."""
SECONDS_PER_MB = 1.0
"""More for larger files: a 4 MB, 50,000-contact workbook reads in about two seconds."""
START_SECONDS = 60.0
MEMORY_LIMIT = 4 * 2**30

Cell = tuple[int, int]
Grid = list[list[Any]]


class ReadRefused(Exception):
    """The reader could not give the sheet. `reason` is one of "password", "damaged",
    "too large" (with `rows` and `columns`), "crashed", "timed out" or "unavailable"."""

    def __init__(self, reason: str, rows: int = 0, columns: int = 0) -> None:
        super().__init__(reason, rows, columns)
        self.reason, self.rows, self.columns = reason, rows, columns


# --- in the parent ---------------------------------------------------------------------


def sheets(data: bytes) -> list[tuple[str, bool]]:
    """(name, hidden) of each worksheet, in the workbook's order."""
    result: list[tuple[str, bool]] = _call(_sheets, (data,), _seconds(data))
    return result


def grid(data: bytes, sheet: str, *, max_rows: int, max_cells: int
         ) -> tuple[Grid, list[tuple[Cell, Cell]]]:
    """Every cell of `sheet` from A1 (row i of the grid is the sheet's row i + 1) and its
    merged ranges; refused as "too large" beyond `max_rows` rows or `max_cells` cells."""
    result: tuple[Grid, list[tuple[Cell, Cell]]] = _call(
        _grid, (data, sheet, max_rows, max_cells), _seconds(data))
    return result


def _seconds(data: bytes) -> float:
    return READ_SECONDS + SECONDS_PER_MB * len(data) / 2**20


_lock = threading.Lock()
_worker: tuple[BaseProcess, Connection] | None = None


def _call(function: Callable[..., Any], args: tuple[Any, ...], seconds: float) -> Any:
    with _lock:
        connection = _sent(function, args)
        try:
            if not connection.poll(seconds):
                _stop()
                raise ReadRefused("timed out")
            outcome = connection.recv()
        except (EOFError, OSError):
            _stop()
            raise ReadRefused("crashed") from None
    if outcome[0] == "ok":
        return outcome[1]
    raise ReadRefused(*outcome)


def _sent(function: Callable[..., Any], args: tuple[Any, ...]) -> Connection:
    """The worker's end of the pipe, the request sent; a worker that died while idle is
    replaced once."""
    global _worker
    for attempt in range(2):
        if _worker is None or not _worker[0].is_alive():
            _stop()
            _worker = _start()
        try:
            _worker[1].send((function, args))
            return _worker[1]
        except OSError:
            _stop()
            if attempt:
                raise ReadRefused("crashed") from None
    raise AssertionError("unreachable")


def _start() -> tuple[BaseProcess, Connection]:
    context = multiprocessing.get_context("spawn")
    ours, theirs = context.Pipe()
    process = context.Process(target=_serve, args=(theirs,), name="calamine", daemon=True)
    with without_main_script():
        process.start()
    theirs.close()
    try:
        ready = ours.poll(START_SECONDS) and ours.recv() == "ready"
    except (EOFError, OSError):
        ready = False
    if not ready:
        process.kill()
        raise ReadRefused("unavailable")
    return process, ours


def _stop() -> None:
    global _worker
    if _worker is not None:
        process, connection = _worker
        _worker = None
        process.kill()
        process.join(5)
        connection.close()


# --- in the child ----------------------------------------------------------------------


def _serve(connection: Connection) -> None:
    # Ctrl-C in a terminal reaches the whole process group; the parent decides.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # A panic prints a Rust backtrace; the parent's one sentence is what the user is told.
    os.dup2(os.open(os.devnull, os.O_WRONLY), 2)
    with contextlib.suppress(ImportError, ValueError, OSError):
        import resource

        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard == resource.RLIM_INFINITY or hard > MEMORY_LIMIT:
            resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, hard))
    connection.send("ready")
    while True:
        try:
            function, args = connection.recv()
        except EOFError:
            return
        connection.send(_outcome(function, args))


def _outcome(function: Callable[..., Any], args: tuple[Any, ...]) -> tuple[Any, ...]:
    import python_calamine

    try:
        return ("ok", function(*args))
    except ReadRefused as refused:
        return (refused.reason, refused.rows, refused.columns)
    except python_calamine.PasswordError:
        return ("password",)
    except BaseException:  # calamine's errors and its PanicException, a BaseException
        return ("damaged",)


def _sheets(data: bytes) -> list[tuple[str, bool]]:
    import python_calamine as calamine

    with calamine.CalamineWorkbook.from_filelike(io.BytesIO(data)) as workbook:
        return [(meta.name, meta.visible != calamine.SheetVisibleEnum.Visible)
                for meta in workbook.sheets_metadata
                if meta.typ == calamine.SheetTypeEnum.WorkSheet]


def _grid(data: bytes, sheet: str, max_rows: int, max_cells: int
          ) -> tuple[Grid, list[tuple[Cell, Cell]]]:
    import python_calamine as calamine

    with calamine.CalamineWorkbook.from_filelike(io.BytesIO(data)) as workbook:
        worksheet = workbook.get_sheet_by_name(sheet)
        last_row, last_column = worksheet.end or (-1, -1)
        rows, columns = last_row + 1, last_column + 1
        # Checked before the cells become Python objects, the costly part.
        if rows > max_rows or rows * columns > max_cells:
            raise ReadRefused("too large", rows, columns)
        return (worksheet.to_python(skip_empty_area=False),
                list(worksheet.merged_cell_ranges or []))
