"""Files in progress (core.scratch): user-only, recorded, and removed once their process
has ended however it ended, never while it runs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import pytest

from coalitiondesk.core.storage import scratch


def dead_folder(name: str, *, claimed: bool = True, recorded: Sequence[str] = ()) -> Path:
    """A folder of files in progress as a killed process leaves it."""
    folder: Path = scratch.root() / name
    folder.mkdir(parents=True)
    (folder / "lock").write_bytes(b"999999\nCoalitionDesk\nhere\n" if claimed else b"")
    (folder / "files").write_text("".join(line + "\n" for line in recorded), encoding="ascii")
    return folder


def test_what_an_ended_process_recorded_is_removed(tmp_path: Path) -> None:
    left = tmp_path / ".partners.xlsx.1a2b3c4d.tmp"
    left.write_text("Secret Person")
    kept = tmp_path / "partners.xlsx"
    kept.write_text("the finished export")
    folder = dead_folder("999999-ended", recorded=[
        json.dumps(str(left)), json.dumps(str(tmp_path / "renamed long ago.tmp")),
        '"' + str(tmp_path)[:5]])  # the last line cut short by the kill
    (folder / "tmpsheet.xml").write_text("<row>Secret Person</row>")
    assert left in scratch.clean_up()
    assert not left.exists() and kept.exists()
    assert not folder.exists()


def test_a_folder_whose_process_has_not_claimed_it_yet_is_left_for_a_while() -> None:
    young = dead_folder("999998-young", claimed=False)
    old = dead_folder("999997-old", claimed=False)
    hour_ago = time.time() - 2 * 3600
    os.utime(old / "lock", (hour_ago, hour_ago))
    scratch.clean_up()
    assert young.exists() and not old.exists()
    (young / "lock").write_bytes(b"999998\nCoalitionDesk\nhere\n")
    scratch.clean_up()
    assert not young.exists()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_a_running_process_keeps_its_files_and_they_are_user_only(tmp_path: Path) -> None:
    script = ("import sys, time\nfrom pathlib import Path\n"
              "from coalitiondesk.core.storage import scratch\n"
              "path = Path(sys.argv[1])\nscratch.create_private(path)\nscratch.record(path)\n"
              "print(scratch.new_file(suffix='.xml'), flush=True)\nsys.stdin.readline()\n")
    path = tmp_path / ".letters.pdf.0badc0de.tmp"
    process = subprocess.Popen([sys.executable, "-c", script, str(path)], text=True,
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    assert process.stdout is not None and process.stdin is not None
    inside = Path(process.stdout.readline().strip())
    try:
        scratch.clean_up()
        assert path.exists() and inside.exists()
        assert path.stat().st_mode & 0o777 == 0o600
        assert inside.stat().st_mode & 0o777 == 0o600
        assert inside.parent.stat().st_mode & 0o777 == 0o700
    finally:
        process.stdin.write("\n")
        process.stdin.flush()
        process.wait(timeout=60)
    # A normal exit tidies up after itself.
    assert not path.exists() and not inside.parent.exists()
