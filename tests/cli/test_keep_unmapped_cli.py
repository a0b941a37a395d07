"""`coalitiondesk import --keep-unmapped`: columns no field takes are kept as the
coordinator's own fields named after their headers and imported into them with the rest
of the row (undoing the import takes them back); the summary says so, nothing is reported
as left out and the exit status is 0."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "coalitiondesk", *args], capture_output=True,
                          text=True, timeout=120)


def test_unmapped_columns_become_own_fields_with_their_values(
        demo_db: Path, tmp_path: Path) -> None:
    source = tmp_path / "partner.csv"
    source.write_text("Organization,Country,Favourite colour,Empty,Phone\n"
                      "Kept Alliance,Japan,blue,,\n"
                      "Second Kept Group,Korea,,,\n", encoding="utf-8")
    dry = run("--db", str(demo_db), "import", str(source), "--status", "member",
              "--keep-unmapped", "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "would keep as own fields: Favourite colour (1 value)" in dry.stdout.splitlines()

    result = run("--db", str(demo_db), "import", str(source), "--status", "member",
                 "--keep-unmapped")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "created 2, updated 0, unchanged 0, skipped 0, errors 0",
        "kept as own fields: Favourite colour (1 value)"]
    assert "not imported" not in result.stderr
    with closing(sqlite3.connect(demo_db)) as connection:
        (field_id, label, value_type), = connection.execute(
            "SELECT id, label, value_type FROM custom_field WHERE record_kind = 'organization'")
        assert (label, value_type) == ("Favourite colour", "text")
        stored = dict(connection.execute(
            "SELECT name, custom_values FROM organization WHERE name LIKE '%Kept%'"))
    assert json.loads(stored["Kept Alliance"]) == {str(field_id): "blue"}
    assert stored["Second Kept Group"] is None

    # A second file updates the kept field; undoing that import takes the value back.
    update = tmp_path / "update.csv"
    update.write_text("Organization,Favourite colour\nKept Alliance,green\n", encoding="utf-8")
    second = run("--db", str(demo_db), "import", str(update), "--keep-unmapped")
    assert second.returncode == 0, second.stderr
    assert second.stdout.splitlines()[0] == (
        "created 0, updated 1, unchanged 0, skipped 0, errors 0")

    def colour() -> object:
        with closing(sqlite3.connect(demo_db)) as connection:
            text, = connection.execute("SELECT custom_values FROM organization"
                                       " WHERE name = 'Kept Alliance'").fetchone()
        return json.loads(text)[str(field_id)]

    assert colour() == "green"
    assert run("--db", str(demo_db), "undo-import").returncode == 0
    assert colour() == "blue"

    # Without the option the column is still named as not imported, and exits 1.
    again = tmp_path / "again.csv"
    again.write_text("Organization,Shoe size\nThird Group,44\n", encoding="utf-8")
    plain = run("--db", str(demo_db), "import", str(again), "--status", "member")
    assert plain.returncode == 1
    assert "not imported: Shoe size (1 value)" in plain.stderr.splitlines()
