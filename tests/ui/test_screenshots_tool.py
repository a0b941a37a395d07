"""tools/screenshots.py renders each tab, in the languages and sizes asked, to PNG files."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

SCRIPT = Path(__file__).resolve().parents[2] / "tools" / "screenshots.py"
TABS = {"organizations", "countries", "contacts", "letters", "activities", "reports"}


def test_each_tab_in_korean_at_1024_by_700(tmp_path: Path) -> None:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, str(SCRIPT), str(tmp_path / "shots"), "--languages", "ko",
         "--sizes", "1024x700"],
        env=environment, capture_output=True, text=True, encoding="utf-8", timeout=300)
    assert result.returncode == 0, result.stderr
    written = {path.name: QImage(str(path)) for path in (tmp_path / "shots").glob("*.png")}
    assert set(written) == {f"ko-1024x700-{tab}.png" for tab in TABS}
    assert all((image.width(), image.height()) == (1024, 700) for image in written.values())


def test_a_size_it_cannot_read_is_refused(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(SCRIPT), str(tmp_path), "--sizes", "large"],
        capture_output=True, text=True, encoding="utf-8", timeout=120)
    assert result.returncode != 0
    assert "'large' is not a size such as 1024x700" in result.stderr
    assert "Traceback" not in result.stderr
    assert not list(tmp_path.glob("*.png"))
