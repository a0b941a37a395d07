"""Printing needs QtGui only, so the command line prints without a display or widgets."""

from __future__ import annotations

import json
import os
import subprocess
import sys

SCRIPT = """
import importlib, json, pkgutil, sys
import coalitiondesk.printing as printing
names = [m.name for m in pkgutil.walk_packages(printing.__path__, "coalitiondesk.printing.")]
for name in names:
    importlib.import_module(name)
from coalitiondesk.printing.fonts import missing_glyphs
missing_glyphs(["김정일"])
qt = sorted(m for m in sys.modules if m.startswith("PySide6"))
print(json.dumps({"modules": names, "qt": qt}))
"""


def test_printing_loads_neither_widgets_nor_print_support() -> None:
    environment = {key: value for key, value in os.environ.items()
                   if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True,
                            check=True, env=environment, timeout=120)
    loaded = json.loads(result.stdout)
    assert "coalitiondesk.printing.letters" in loaded["modules"]
    assert "PySide6.QtGui" in loaded["qt"]
    assert "PySide6.QtWidgets" not in loaded["qt"]
    assert "PySide6.QtPrintSupport" not in loaded["qt"]
