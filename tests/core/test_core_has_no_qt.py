"""The domain layer must stay usable without Qt (command line, scripts, a future server)."""

from __future__ import annotations

import json
import subprocess
import sys

SCRIPT = """
import importlib, json, pkgutil, sys
import coalitiondesk.core as core
names = [m.name for m in pkgutil.walk_packages(core.__path__, "coalitiondesk.core.")
         if ".migrations" not in m.name]
for name in names:
    importlib.import_module(name)
qt = sorted(m for m in sys.modules if m.startswith(("PySide6", "shiboken6", "PyQt")))
print(json.dumps({"modules": names, "qt": qt}))
"""


def test_importing_every_core_module_loads_no_qt() -> None:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, check=True
    )
    loaded = json.loads(result.stdout)
    assert "coalitiondesk.core.storage.db" in loaded["modules"]
    assert "coalitiondesk.core.records.organizations" in loaded["modules"]
    assert loaded["qt"] == []
