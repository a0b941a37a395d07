"""The command line on a PostgreSQL server database: the same commands as on a file, and
connection trouble as one line on stderr, never a traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import openpyxl
import pytest
import sqlalchemy as sa

if TYPE_CHECKING:
    from postgresql_cluster import Cluster

pytestmark = pytest.mark.postgresql

IMPORT = Path(__file__).resolve().parents[1] / "data" / "import"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "coalitiondesk", *args], capture_output=True,
                          text=True, timeout=120)


def one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_import_export_history_and_a_refused_undo_on_a_server(pg_url: str, tmp_path: Path) -> None:
    partners = tmp_path / "organizations_utf8.csv"
    partners.write_bytes((IMPORT / partners.name).read_bytes())
    imported = run("--db", pg_url, "import", str(partners))
    # As from a file: three rows of the partner's list are refused, each with why.
    assert "created 5, updated 0, unchanged 0, skipped 0, errors 3" in imported.stdout
    assert "Traceback" not in imported.stderr
    out = tmp_path / "organizations.xlsx"
    exported = run("--db", pg_url, "export", str(out), "--kind", "organizations")
    assert exported.returncode == 0, exported.stderr
    sheet = openpyxl.load_workbook(out, read_only=True).worksheets[0]
    names = [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)]
    workbook_rows = len([name for name in names if name])
    assert workbook_rows == 5
    assert "Wrote 5 rows" in exported.stdout
    history = run("--db", pg_url, "history", "--limit", "2").stdout.splitlines()
    assert "Export organizations to organizations.xlsx" in history[0]
    assert "Import organizations_utf8.csv" in history[1]
    # The export noted on each organization's timeline came after: the import stays.
    refused = one_line_error(run("--db", pg_url, "undo-import"))
    assert "“Import organizations_utf8.csv” cannot be undone" in refused
    assert "Later changes: “Export organizations to organizations.xlsx”" in refused


def test_a_wrong_password_is_one_line(postgresql_cluster: Cluster, pg_url: str) -> None:
    postgresql_cluster.execute("CREATE ROLE volunteer LOGIN PASSWORD 'right horse'")
    database = pg_url.split("@/", 1)[1].split("?", 1)[0]
    line = one_line_error(run("--db", postgresql_cluster.url(
        database, user="volunteer", password="wrong"), "check"))
    assert line == (f"coalitiondesk: The server {postgresql_cluster.folder} refused the"
                    " password for volunteer")


def test_a_schema_newer_than_the_application_is_one_line_and_left_alone(
        pg_url: str) -> None:
    engine = sa.create_engine(pg_url.replace("postgresql://", "postgresql+psycopg://"),
                              poolclass=sa.NullPool)
    with engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    line = one_line_error(run("--db", pg_url, "demo"))
    assert "written by a newer version of CoalitionDesk" in line
    with engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM organization").scalar() == 0
    engine.dispose()
