"""`coalitiondesk import` reads a Shift-JIS export as cp932 by itself, and says so when the
encoding given by hand makes its text garbled (issue 14)."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

TEXT = "First Name,Last Name,Primary Email\n権兵衛,名無し,gonbe@example.jp\n"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "coalitiondesk", *args], capture_output=True,
                          text=True, timeout=120)


def test_shift_jis_is_detected_and_a_wrong_encoding_is_named(tmp_path: Path) -> None:
    source = tmp_path / "thunderbird.csv"
    source.write_bytes(TEXT.encode("cp932"))
    db = tmp_path / "coalition.sqlite3"
    wrong = run("--db", str(db), "import", str(source), "--encoding", "cp1252", "--dry-run")
    assert wrong.stderr.splitlines()[0] == (
        "coalitiondesk: the text of thunderbird.csv looks garbled as cp1252; it reads "
        "cleanly as cp932 (--encoding)")
    right = run("--db", str(db), "import", str(source))
    assert right.returncode == 0, right.stderr
    assert right.stderr == ""
    with closing(sqlite3.connect(db)) as connection:
        assert connection.execute("SELECT given_name, family_name FROM contact").fetchall() == [
            ("権兵衛", "名無し")]
