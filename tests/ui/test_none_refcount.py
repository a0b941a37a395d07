"""PySide6 6.12.0 on Python 3.11 drops a reference to None on every call of a
method that returns nothing; after a few thousand calls the interpreter aborts
("none_dealloc"). pyproject.toml pins PySide6 below 6.12 on Python 3.11; this
test catches a PySide6 that brings the bug back.

The calls run in a child process because the bug aborts the interpreter, which
would take the whole test session down instead of failing one test.
"""

from __future__ import annotations

import os
import subprocess
import sys

CALLS = 30_000
TOLERANCE = 100

CHILD = f"""
import sys
from PySide6.QtGui import QImage, QPainter, QTextDocument
from PySide6.QtWidgets import QApplication, QLabel

app = QApplication([])
label = QLabel()
document = QTextDocument()
image = QImage(8, 8, QImage.Format.Format_ARGB32)
painter = QPainter(image)
before = sys.getrefcount(None)
for i in range({CALLS} // 4):
    label.setText("x")
    painter.save()
    painter.restore()
    document.setHtml("<b>x</b>")
after = sys.getrefcount(None)
painter.end()
print(before - after)
"""


def test_void_calls_keep_none_alive() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", CHILD], capture_output=True, text=True, env=env, timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    lost = int(result.stdout.strip().splitlines()[-1])
    assert abs(lost) < TOLERANCE, f"{lost} references to None lost over {CALLS} calls"
