"""Fixtures for the command-line tests: the demo coalition made once by the real command."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    made = subprocess.run([sys.executable, "-m", "coalitiondesk", "--db", str(path), "demo"],
                          capture_output=True, text=True, timeout=120)
    assert made.returncode == 0, made.stderr
    return path


@pytest.fixture
def demo_db(tmp_path: Path, demo_template: Path) -> Path:
    """A copy of the demo database for one test."""
    path = tmp_path / "coalition.sqlite3"
    path.write_bytes(demo_template.read_bytes())
    return path
