"""Starting a helper process ("spawn") without the application's main script.

This module imports nothing from the application: a child imports it before
its own work, and a workbook reader's child must start in a fraction of a
second.
"""

from __future__ import annotations

import contextlib
import sys
import types
from collections.abc import Iterator


@contextlib.contextmanager
def without_main_script() -> Iterator[None]:
    """The child started without running the main script again.

    "spawn" imports the parent's main script in the child; for the
    `coalitiondesk` command that is the whole application (a second or more,
    before each first read), and the child needs none of it. (A frozen
    application's child is its executable, which multiprocessing.freeze_support()
    in packaging/launcher.py turns into the child before anything else runs.)
    """
    main = sys.modules.get("__main__")
    if main is None:
        yield
        return
    sys.modules["__main__"] = types.ModuleType("__main__")
    try:
        yield
    finally:
        sys.modules["__main__"] = main
