"""`coalitiondesk merge` on a letter whose body would hang, fill the memory or break
Python's limits: one line on stderr, no traceback, no PDF."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from coalitiondesk.core.demo import load_demo
from coalitiondesk.core.records.letters import letter_by_title, update_letter
from coalitiondesk.core.storage.db import open_database

TITLE = "Letter to Kim Jong-il"

BODIES = {
    "recursive macro": "{% macro m(n) %}{{ m(n) }}{% endmacro %}Dear {{ m(1) }}",
    "25 nested for": "".join(f"{{% for a{n} in [1] %}}" for n in range(25)) + "x"
                     + "{% endfor %}" * 25,
    "truncate(-5)": "Dear {{ full_name|truncate(-5) }}",
    "nested range loops": "{% for i in range(99999) %}{% for j in range(99999) %}x"
                          "{% endfor %}{% endfor %}",
}


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("merge") / "coalition.sqlite3"
    database = open_database(path)
    with database.transaction() as session:
        load_demo(session=session)
    database.close()
    return path


@pytest.mark.parametrize("body", BODIES.values(), ids=BODIES.keys())
def test_a_hostile_letter_body_is_one_line(demo: Path, tmp_path: Path, body: str) -> None:
    path = tmp_path / "coalition.sqlite3"
    shutil.copyfile(demo, path)
    database = open_database(path)
    with database.transaction() as session:
        letter = letter_by_title(session=session, title=TITLE)
        assert letter.id is not None
        update_letter(session=session, letter_id=letter.id, body=body)
    database.close()
    out = tmp_path / "letters.pdf"

    # The timeout only detects a hang; the body is refused within about a second.
    result = subprocess.run(
        [sys.executable, "-m", "coalitiondesk", "--db", str(path), "merge", TITLE,
         "--out", str(out)], capture_output=True, text=True, timeout=120)

    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    [line] = result.stderr.splitlines()
    assert line.startswith("coalitiondesk: The letter")
    assert not out.exists()
