"""The application bundle, built and run as a user would get it.

Takes a few minutes, so it is left out of the default run: `pytest -m bundle`.
Needs PyInstaller (`pip install -e '.[package]'`).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "dist" / "CoalitionDesk"

pytestmark = pytest.mark.bundle


def test_the_bundle_builds_and_runs_from_outside_the_source_tree() -> None:
    pytest.importorskip("PyInstaller", reason="pip install -e '.[package]'")
    result = subprocess.run([sys.executable, ROOT / "packaging" / "build.py"],
                            capture_output=True, text=True, timeout=30 * 60)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.rstrip().endswith("bundle ok")
    internal = BUNDLE / "_internal"  # Linux and Windows layout
    plugins = internal / "PySide6" / "Qt" / "plugins"
    if sys.platform.startswith("linux"):
        for plugin in ("platforms/libqxcb.so", "platforms/libqwayland.so",
                       "platforms/libqoffscreen.so", "imageformats/libqsvg.so",
                       "iconengines/libqsvgicon.so", "printsupport/libcupsprintersupport.so"):
            assert (plugins / plugin).is_file(), plugin
    resources = internal / "coalitiondesk" / "resources"
    assert (resources / "demo" / "icnk.json").is_file()
    assert {p.name for p in (resources / "translations").glob("*.qm")} >= {
        "coalitiondesk_ja.qm", "coalitiondesk_ko.qm"}
    assert not list((resources / "translations").glob("*.ts"))
    migrations = internal / "coalitiondesk" / "core" / "migrations"
    assert (migrations / "env.py").is_file()
    assert len(list((migrations / "versions").glob("*.py"))) >= 5
