"""Progress of long work, yielded by core generators so that a GUI can show and cancel it."""

from __future__ import annotations

from collections.abc import Callable, Generator
from dataclasses import dataclass
from typing import TypeVar

R = TypeVar("R")


@dataclass(frozen=True)
class Progress:
    stage: str
    """What is being done, for the progress dialog: "Checking rows"."""
    done: int
    total: int


def run_to_end(steps: Generator[Progress, None, R],
               report: Callable[[Progress], None] | None = None) -> R:
    """Drive a generator of progress to its end and return its result."""
    while True:
        try:
            progress = next(steps)
        except StopIteration as finished:
            result: R = finished.value
            return result
        if report is not None:
            report(progress)
