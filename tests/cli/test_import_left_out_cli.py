"""`coalitiondesk import` leaves nothing out without a word: columns not imported are
named with their number of values, any left-out column or row exits 1, and the status
new organizations get is chosen (--status) or said (issue 14)."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "coalitiondesk", *args], capture_output=True,
                          text=True, timeout=120)


def statuses(db_file: Path, names: list[str]) -> dict[str, str]:
    with closing(sqlite3.connect(db_file)) as connection:
        marks = ", ".join("?" for _ in names)
        return dict(connection.execute(
            f"SELECT name, membership_status FROM organization WHERE name IN ({marks})", names))


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_columns_not_imported_are_named_and_exit_1_with_the_rest_written(
        demo_db: Path, tmp_path: Path) -> None:
    source = write(tmp_path, "partner.csv",
                   "Organization,Country,Favourite colour,Empty,Birth Date\n"
                   "Left Out Alliance,Japan,blue,,2001-01-01\n"
                   "Second Left Out Group,Korea,,,\n")
    result = run("--db", str(demo_db), "import", str(source), "--status", "member")
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        "created 2, updated 0, unchanged 0, skipped 0, errors 0"]
    assert result.stderr.splitlines() == [
        "not imported: Favourite colour (1 value), Birth Date (1 value)",
        "coalitiondesk: the rest was written all the same: created 2, updated 0, "
        "unchanged 0, skipped 0, errors 0"]
    assert statuses(demo_db, ["Left Out Alliance", "Second Left Out Group"]) == {
        "Left Out Alliance": "member", "Second Left Out Group": "member"}


def test_status_is_chosen_or_said(demo_db: Path, tmp_path: Path) -> None:
    source = write(tmp_path, "prospects.csv",
                   "Organization,Country\nProspect One,Japan\nProspect Two,Kosovo\n")
    chosen = run("--db", str(demo_db), "import", str(source), "--status", "candidate")
    assert chosen.returncode == 0, chosen.stderr
    assert chosen.stderr == ""
    assert statuses(demo_db, ["Prospect One", "Prospect Two"]) == {
        "Prospect One": "prospect", "Prospect Two": "prospect"}

    other = write(tmp_path, "defaulted.csv", "Organization\nDefaulted One\nDefaulted Two\n")
    said = run("--db", str(demo_db), "import", str(other))
    assert said.returncode == 0, said.stderr
    assert said.stderr.splitlines() == [
        "coalitiondesk: 2 new organizations got the membership status member: the file "
        "gives none (--status chooses another)"]


def test_an_unknown_status_is_refused(demo_db: Path, tmp_path: Path) -> None:
    source = write(tmp_path, "any.csv", "Organization\nAnyone\n")
    result = run("--db", str(demo_db), "import", str(source), "--status", "vip")
    assert result.returncode == 2
    assert "not a membership status: vip" in result.stderr


def test_a_row_repeating_an_earlier_one_is_not_imported_and_exits_1(
        demo_db: Path, tmp_path: Path) -> None:
    source = write(tmp_path, "twice.csv", "Organization,Email\nTwice Group,a@twice.example\n"
                   "Twice Group,b@twice.example\n")
    result = run("--db", str(demo_db), "import", str(source), "--status", "member")
    assert result.returncode == 1
    assert "  row 3: same as row 2" in result.stdout.splitlines()


def test_a_salesforce_export_names_what_it_leaves_out(demo_db: Path, tmp_path: Path) -> None:
    data = Path(__file__).resolve().parents[1] / "data" / "import" / "salesforce_contacts.csv"
    source = tmp_path / data.name
    source.write_bytes(data.read_bytes())
    result = run("--db", str(demo_db), "import", str(source))
    assert result.returncode == 1
    # Phil Robertson is in the demo: his row updates him.
    assert result.stdout.splitlines() == [
        "created 1, updated 1, unchanged 0, skipped 0, errors 0"]
    assert result.stderr.splitlines() == [
        "not imported: Contact ID (2 values)",
        "coalitiondesk: 2 new organizations got the membership status member: the file "
        "gives none (--status chooses another)",
        "coalitiondesk: the rest was written all the same: created 1, updated 1, "
        "unchanged 0, skipped 0, errors 0"]
    with closing(sqlite3.connect(demo_db)) as connection:
        assert connection.execute(
            "SELECT street, city, region, postcode, address_country_code FROM contact "
            "WHERE email = 'phil@asiawatch.example'").fetchone() == (
            "350 Fifth Avenue, 34th Floor", "New York", "NY", "10118", "US")
        assert connection.execute(
            "SELECT mobile_phone FROM contact WHERE email = 'phil@asiawatch.example'"
        ).fetchone() == ("+1 917-555-0134",)
