"""A window on a server database claims nothing on this computer: no lock file, no local
socket, and any number of windows (of one person or several) may show it at once."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from coalitiondesk.ui.app.single_instance import claim_window

SERVER = "postgresql://kim@db.example.org/coalition"


def test_windows_on_a_server_database_claim_no_lock(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    first, second = claim_window(SERVER), claim_window(SERVER)
    assert first is not None and second is not None
    assert first.lock is None and first.server is None
    assert list(tmp_path.iterdir()) == []
    first.release()
    second.release()
