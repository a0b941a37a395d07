"""`coalitiondesk import`: people in a list of organizations are named and left out, or go
in as contacts of their company with --people-as-contacts, linked to the stored company
or one created; "Name (Country)" is split; two close names never update one record twice
(issue 14). Every non-empty cell is checked: stored, or reported as not imported."""

from __future__ import annotations

import csv
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "data" / "import"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "coalitiondesk", *args], capture_output=True,
                          text=True, timeout=120)


def query(db_file: Path, sql: str) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(db_file)) as connection:
        return list(connection.execute(sql))


def test_people_are_left_out_with_a_word_or_go_in_as_contacts(demo_db: Path) -> None:
    source = DATA / "odoo_mixed_companies.csv"
    left = run("--db", str(demo_db), "import", str(source), "--status", "member", "--dry-run")
    assert left.returncode == 1
    assert left.stdout.splitlines() == [
        "created 1, updated 1, unchanged 0, skipped 2, errors 0 (dry run: nothing was changed)",
        "  row 3: a person, not an organization", "  row 4: a person, not an organization"]
    assert left.stderr.splitlines() == [
        "not imported: Related Company (2 values)",
        "coalitiondesk: 2 rows are people, not organizations: --people-as-contacts imports "
        "them as contacts of their company"]

    done = run("--db", str(demo_db), "import", str(source), "--status", "prospect",
               "--people-as-contacts")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "created 1, updated 1, unchanged 0, skipped 2, errors 0",
        "people as contacts: created 1, updated 1, unchanged 0, skipped 0, errors 0"]
    assert done.stderr == ""
    people = query(demo_db, """
        SELECT c.given_name, c.family_name, c.email, c.city, c.address_country_code, o.name,
               o.membership_status
        FROM contact c JOIN affiliation a ON a.contact_id = c.id
        JOIN organization o ON o.id = a.organization_id
        WHERE c.email IN ('ha@assembly.example', 'ana@lopez.example')
        AND o.name IN ('Iberia Rights', 'National Assembly Forum') ORDER BY c.email""")
    assert people == [
        ("Ana", "Lopez", "ana@lopez.example", "Madrid", "ES", "Iberia Rights", "prospect"),
        ("Tae Kyung", "Ha", "ha@assembly.example", "Seoul", "KR", "National Assembly Forum",
         "prospect")]
    # Cell by cell: every value of the people's and the companies' rows is stored.
    stored = {str(value) for row in query(demo_db, """
        SELECT name, email, city, country_code FROM organization""") for value in row}
    stored |= {str(value) for row in people for value in row}
    stored |= {"Ha Tae Kyung", "Ana Lopez", "True", "False", "Company", "Individual",
               "South Korea", "Spain", "United States"}  # split names; flags; countries
    with source.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            for header, cell in row.items():
                assert not cell or cell in stored, (header, cell)
    assert query(demo_db, "SELECT country_code FROM organization "
                          "WHERE name = 'Human Rights Watch'") == [("US",)]


def test_name_country_is_split_and_close_names_update_one_record_once(
        demo_db: Path, tmp_path: Path) -> None:
    source = tmp_path / "signatories.csv"
    source.write_text("Signatory,Country\nCommittee to Protect Journalists (USA),\n"
                      "Burma Partnership (Thailand),Thailand\nHuman Right Watch,\n"
                      "Human Rights Wach,\n", encoding="utf-8")
    result = run("--db", str(demo_db), "import", str(source), "--status", "member",
                 "--possible-duplicates", "update")
    assert result.returncode == 1
    assert "  row 5: updates the same record as row 4" in result.stdout.splitlines()
    assert query(demo_db, "SELECT name, country_code FROM organization WHERE name IN "
                          "('Committee to Protect Journalists', 'Burma Partnership')"
                          " ORDER BY name") == [
        ("Burma Partnership", "TH"), ("Committee to Protect Journalists", "US")]
    assert query(demo_db, "SELECT o.name, a.name FROM organization_alias a JOIN organization o"
                          " ON o.id = a.organization_id") == [
        ("Human Rights Watch", "Human Right Watch")]


def test_a_contacts_company_column_links_stored_organizations_and_creates_the_rest(
        demo_db: Path, tmp_path: Path) -> None:
    source = tmp_path / "salesforce.csv"
    source.write_text(
        "First Name,Last Name,Email,Account Name\n"
        "Philippa,Roberts-Nash,phil@hrw.example,Human Rights Watch (USA)\n"
        "Ji-won,Park,jiwon@srf.example,Seoul Rights Forum (South Korea)\n"
        "Anna,Typo,anna@typo.example,Human Right Watch\n"
        "Ben,Nobody,ben@nobody.example,\n", encoding="utf-8")
    before = query(demo_db, "SELECT count(*) FROM organization")[0][0]
    result = run("--db", str(demo_db), "import", str(source), "--status", "observer")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "created 4, updated 0, unchanged 0, skipped 0, errors 0"]
    linked = query(demo_db, """
        SELECT c.email, o.name, o.country_code, o.membership_status FROM contact c
        JOIN affiliation a ON a.contact_id = c.id JOIN organization o ON o.id = a.organization_id
        WHERE c.email LIKE '%.example' AND c.email IN ('phil@hrw.example', 'jiwon@srf.example',
              'anna@typo.example', 'ben@nobody.example') ORDER BY c.email""")
    assert linked == [
        ("anna@typo.example", "Human Right Watch", None, "observer"),
        ("jiwon@srf.example", "Seoul Rights Forum", "KR", "observer"),
        ("phil@hrw.example", "Human Rights Watch", None, "member")]  # stored: international
    assert query(demo_db, "SELECT count(*) FROM organization")[0][0] == before + 2
