"""What a volunteer gets out of a shared server: exports leave out the private columns
the server withholds from them (never a blank column that reads as "no value"), and
mailings say which contacts' home addresses they may not read before anything is
written. A real server, real users in the two roles, real files read back."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import openpyxl
import pytest
import sqlalchemy as sa

from coalitiondesk.cli import main
from coalitiondesk.core.models import Organization
from coalitiondesk.core.records import custom_fields, edits
from coalitiondesk.core.storage.db import Database, open_database

if TYPE_CHECKING:
    from postgresql_cluster import Cluster

pytestmark = pytest.mark.postgresql

SECRET = "Safehousezq"


@pytest.fixture
def server(postgresql_cluster: Cluster, pg_url: str, capsys: pytest.CaptureFixture[str]
           ) -> Iterator[dict[str, Database]]:
    """`server init`, an organization with a private note and a value of the
    coordinator's own field, and a volunteer's and a coordinator's connections."""
    assert main(["server", "init", pg_url]) == 0
    owner = open_database(pg_url)
    budget = custom_fields.add_field(owner, record_kind="organization", label="Budget code")
    saved = edits.save_record(owner, kind="organization", name="Kontras",
                              values={"name": "Kontras", "notes": f"Funds the {SECRET}"})
    assert budget.id is not None
    with owner.operation() as operation:
        kontras = operation.session.get(Organization, saved.record_id)
        assert kontras is not None
        custom_fields.set_custom_values(session=operation.session, record=kontras,
                                        values={budget.id: f"{SECRET}-7"})
    name = sa.make_url(pg_url).database
    opened = {"owner": owner}
    for role in ("volunteer", "coordinator"):
        user = f"{role}_{name}"
        capsys.readouterr()
        assert main(["--db", pg_url, "server", "add-user", user, "--role", role]) == 0
        [line] = [line for line in capsys.readouterr().out.splitlines()
                  if line.startswith("One-time password")]
        opened[role] = open_database(postgresql_cluster.url(
            str(name), user=user, password=line.rsplit(" ", 1)[1]))
    try:
        yield opened
    finally:
        for database in opened.values():
            database.close()


def _url(database: Database) -> str:
    return database.url.render_as_string(hide_password=False)


def _sheets(path: Path) -> tuple[list[tuple[object, ...]], dict[object, object]]:
    book = openpyxl.load_workbook(path)
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    about = {row[0]: row[1] for row in book["About this export"].iter_rows(values_only=True)}
    return rows, about


def test_a_volunteers_export_leaves_the_withheld_columns_out_and_says_so_once(
        server: dict[str, Database], tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "organizations.xlsx"
    capsys.readouterr()
    assert main(["--db", _url(server["volunteer"]), "export", "--kind", "organizations",
                 "--profile", "Full", str(target)]) == 0
    out = capsys.readouterr().out
    assert out.count("Private fields left out") == 1
    assert "Private fields left out (a volunteer may not read them): Notes, Budget code." in out
    rows, about = _sheets(target)
    headers = rows[0]
    assert "Name" in headers and "ID" in headers
    assert "Notes" not in headers and "Budget code" not in headers
    assert [row[headers.index("Name")] for row in rows[1:]] == ["Kontras"]
    assert "Notes, Budget code" in str(about["Private columns withheld"])
    assert "Notes" not in str(about["Private columns left out"])

    # The coordinator's Full export has both columns, with their values.
    full = tmp_path / "full.xlsx"
    assert main(["--db", _url(server["coordinator"]), "export", "--kind", "organizations",
                 "--profile", "Full", str(full)]) == 0
    assert "Private fields left out" not in capsys.readouterr().out
    rows, about = _sheets(full)
    assert {"Notes", "Budget code"} <= set(rows[0])
    assert f"Funds the {SECRET}" in rows[1]
    assert "Private columns withheld" not in about


def test_a_volunteers_export_of_only_withheld_columns_is_one_line_and_no_file(
        server: dict[str, Database], tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "notes.csv"
    capsys.readouterr()
    assert main(["--db", _url(server["volunteer"]), "export", "--kind", "organizations",
                 "--columns", "notes", str(target)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Notes: private fields a volunteer may not read" in err
    assert not target.exists()
