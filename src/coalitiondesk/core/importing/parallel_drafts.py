"""A large import's rows checked on two cores: some of the drafts made in a child process.

Checking a row (its phone numbers and e-mail addresses, the model's own
checks) is pure Python and most of an import's time, and a laptop has two
cores or more. On the command line, where nothing else runs, the child is
forked and has the rows already; beside the window's threads it is spawned
(a fork could inherit a lock some thread holds) and sent the rows it may
take. It takes rows from the end of the table while this process takes them
from the start, a chunk at a time, so a slow start or a busy core only moves
the point where the two meet. If the child cannot start, or dies, this process
checks what it left: the drafts are the same, only later.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import sys
import threading
from collections.abc import Generator, Sequence
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from multiprocessing.sharedctypes import SynchronizedArray
from typing import Any

from coalitiondesk.core.child_process import without_main_script
from coalitiondesk.core.importing.drafts import Draft, DraftMaker
from coalitiondesk.core.importing.readers import SourceRow

PARALLEL_FROM = {"fork": 5000, "spawn": 20000}
"""Rows, by how the child starts: a smaller table is checked here before the child
would have helped (a spawned child first loads the checks, about a second)."""
CHUNK = 500
_FRONT, _BACK = 0, 1
"""The shared bounds: rows before FRONT are this process's, rows from BACK on the child's."""

Payload = tuple[DraftMaker, Sequence[SourceRow]]
"""The maker and the rows the child may take, from `first` on."""
State = dict[str, Any]
"""A draft without its row, as the child sends it back (the row is here already)."""


def drafts_of(maker: DraftMaker, rows: Sequence[SourceRow], *, start: str | None = None
              ) -> Generator[int, None, list[Draft]]:
    """Every row's draft, in the rows' order; yields how many are made so far.

    `start`: "fork" or "spawn" for the child; by default fork where nothing else
    runs in this process (the command line) and spawn beside other threads (the
    window).
    """
    method = start or _start_method()
    if not _worth_a_child(len(rows), method):
        alone: list[Draft] = []
        for row in rows:
            alone.append(maker.make(row))
            if len(alone) % CHUNK == 0:
                yield len(alone)
        return alone
    drafts: list[Draft | None] = [None] * len(rows)
    helper = _Helper.start(maker, rows, start=method)
    made = 0
    try:
        while (claimed := _claim_front(helper, len(rows), made)) is not None:
            first, end = claimed
            for position in range(first, end):
                drafts[position] = maker.make(rows[position])
            made += end - first
            yield made + (helper.received if helper is not None else 0)
        if helper is not None:
            while helper.working():
                yield made + helper.received
            for first, states in helper.results():
                for offset, state in enumerate(states):
                    drafts[first + offset] = Draft(row=rows[first + offset], **state)
    finally:
        if helper is not None:
            helper.stop()
    # Rows the child claimed and never gave back (it died): checked here.
    for position, draft in enumerate(drafts):
        if draft is None:
            drafts[position] = maker.make(rows[position])
    yield len(rows)
    return [draft for draft in drafts if draft is not None]


def _start_method() -> str:
    # A fork copies only the thread that forks: a lock another thread held stays
    # held in the child for ever. The window's own threads are Qt's, which Python
    # does not count, so a loaded Qt rules a fork out as well.
    alone = threading.active_count() == 1 and "PySide6.QtCore" not in sys.modules
    return "fork" if alone and "fork" in multiprocessing.get_all_start_methods() else "spawn"


def _worth_a_child(count: int, method: str) -> bool:
    return count >= PARALLEL_FROM[method] and (os.cpu_count() or 1) >= 2


def _claim_front(helper: _Helper | None, total: int, made: int) -> tuple[int, int] | None:
    """The next chunk from the start, up to where the child's rows begin."""
    if helper is None:  # the child did not start
        return (made, min(made + CHUNK, total)) if made < total else None
    bounds = helper.bounds
    with bounds.get_lock():
        start, back = bounds[_FRONT], bounds[_BACK]
        if start >= back:
            return None
        end = min(start + CHUNK, back)
        bounds[_FRONT] = end
    return start, end


class _Helper:
    """The child process and the thread that feeds it and collects what it makes."""

    def __init__(self, process: BaseProcess, connection: Connection,
                 bounds: SynchronizedArray[int], payload: Payload | None) -> None:
        self.process, self.connection, self.bounds = process, connection, bounds
        self.received = 0
        self._results: list[tuple[int, list[State]]] = []
        self._thread = threading.Thread(target=self._exchange, args=(payload,),
                                        name="import rows", daemon=True)
        self._thread.start()

    @classmethod
    def start(cls, maker: DraftMaker, rows: Sequence[SourceRow], *, start: str
              ) -> _Helper | None:
        # Forked, the child has every row already, at no cost; spawned, it is sent
        # the second half and can take no row before it.
        forked = start == "fork"
        first = 0 if forked else len(rows) // 2
        context = (multiprocessing.get_context("fork") if forked
                   else multiprocessing.get_context("spawn"))
        bounds = context.Array("i", [0, len(rows)])
        ours, theirs = context.Pipe()
        payload: Payload = (maker, rows if forked else list(rows[first:]))
        process = context.Process(target=_serve, name="import rows", daemon=True,
                                  args=(theirs, bounds, first, payload if forked else None))
        try:
            with without_main_script():
                process.start()
        except OSError:
            return None
        finally:
            theirs.close()
        return cls(process, ours, bounds, None if forked else payload)

    def _exchange(self, payload: Payload | None) -> None:
        with contextlib.suppress(EOFError, OSError):
            if payload is not None:
                # This blocks until the child, still starting, reads: hence this thread.
                self.connection.send(payload)
            while (message := self.connection.recv()) is not None:
                start, states = message
                self._results.append((start, states))
                self.received += len(states)

    def working(self) -> bool:
        self._thread.join(0.1)
        return self._thread.is_alive()

    def results(self) -> list[tuple[int, list[State]]]:
        return self._results

    def stop(self) -> None:
        # The child first: the thread's send or receive then fails and it ends, and
        # only then is the pipe closed under it.
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5)
        self._thread.join(5)
        self.connection.close()


# --- in the child ----------------------------------------------------------------------


def _serve(connection: Connection, bounds: SynchronizedArray[int], first: int,
           payload: Payload | None) -> None:
    # Ctrl-C in a terminal reaches the whole process group; the parent decides.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # Whatever goes wrong here, the parent checks the rows left: nothing to report.
    with contextlib.suppress(BaseException):
        maker, rows = payload if payload is not None else connection.recv()
        while (claimed := _claim_back(bounds, first)) is not None:
            start, end = claimed
            states = [_state(maker.make(row)) for row in rows[start - first:end - first]]
            connection.send((start, states))
        connection.send(None)


def _claim_back(bounds: SynchronizedArray[int], first: int) -> tuple[int, int] | None:
    """The next chunk from the end, down to where this process's rows begin."""
    with bounds.get_lock():
        end, front = bounds[_BACK], bounds[_FRONT]
        start = max(end - CHUNK, front, first)
        if start >= end:
            return None
        bounds[_BACK] = start
    return start, end


def _state(draft: Draft) -> State:
    state = dict(vars(draft))
    del state["row"]
    return state
