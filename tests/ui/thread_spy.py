"""Which thread a function ran in: the real function, wrapped to note the thread calling it."""

from __future__ import annotations

import inspect
import threading
from typing import Any

import pytest


def threads_running(monkeypatch: pytest.MonkeyPatch, owner: object,
                    name: str) -> list[threading.Thread]:
    """Replace `owner.name` by itself noting each thread it runs in (a generator runs
    where it is first stepped, so its note is taken there)."""
    original = getattr(owner, name)
    threads: list[threading.Thread] = []
    spy: Any
    if inspect.isgeneratorfunction(original):
        def spy(*args: Any, **kwargs: Any) -> Any:
            threads.append(threading.current_thread())
            return (yield from original(*args, **kwargs))
    else:
        def spy(*args: Any, **kwargs: Any) -> Any:
            threads.append(threading.current_thread())
            return original(*args, **kwargs)
    monkeypatch.setattr(owner, name, spy)
    return threads


def off_the_ui_thread(threads: list[threading.Thread]) -> bool:
    return bool(threads) and all(thread is not threading.main_thread() for thread in threads)
