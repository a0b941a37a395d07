"""`coalitiondesk duplicates` and `coalitiondesk set`, run as a coordinator runs them."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from coalitiondesk.core.records import organizations
from coalitiondesk.core.storage.db import open_database


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "coalitiondesk", *args],
                          capture_output=True, text=True, timeout=120)


def rows(path: Path, query: str) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute(query).fetchall()


@pytest.fixture
def with_duplicate(demo_db: Path) -> tuple[Path, int, int]:
    database = open_database(demo_db)
    try:
        with database.transaction() as session:
            copy = organizations.create_organization(
                session=session, name="Human Right Watch", country_code="US",
                email="hrw@example.org")
            original = organizations.find_organization(session=session,
                                                       name="Human Rights Watch")
            assert original is not None and original.id and copy.id
            return demo_db, original.id, copy.id
    finally:
        database.close()


def test_pairs_are_listed_merged_and_marked_different(
        with_duplicate: tuple[Path, int, int]) -> None:
    path, original, copy = with_duplicate
    listed = run("--db", str(path), "duplicates")
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.splitlines()[0].split("\t")[:2] == [str(original), str(copy)]
    assert "similar name" in listed.stdout and "Human Right Watch (US)" in listed.stdout
    preview = run("--db", str(path), "duplicates", "merge", str(original), str(copy),
                  "--take", "country_code", "--dry-run")
    assert preview.returncode == 0, preview.stderr
    assert "country code\t\tUS\tUS" in preview.stdout
    assert rows(path, f"SELECT count(*) FROM organization WHERE id = {copy}") == [(1,)]
    merged = run("--db", str(path), "duplicates", "merge", str(original), str(copy),
                 "--take", "country_code")
    assert merged.returncode == 0, merged.stderr
    assert "Kept as aliases: Human Right Watch" in merged.stdout
    assert rows(path, f"SELECT country_code, email FROM organization WHERE id = {original}"
                ) == [("US", "hrw@example.org")]
    assert rows(path, f"SELECT count(*) FROM organization WHERE id = {copy}") == [(0,)]
    assert run("--db", str(path), "duplicates").stdout == ""


def test_a_pair_marked_different_is_no_longer_listed(
        with_duplicate: tuple[Path, int, int]) -> None:
    path, original, copy = with_duplicate
    marked = run("--db", str(path), "duplicates", "different", str(copy), str(original))
    assert marked.returncode == 0, marked.stderr
    assert run("--db", str(path), "duplicates").stdout == ""
    assert run("--db", str(path), "undo").returncode == 0
    assert str(copy) in run("--db", str(path), "duplicates").stdout


@pytest.mark.parametrize("args", [
    ("duplicates", "merge", "1", "1"),
    ("duplicates", "merge", "1", "99999"),
    ("duplicates", "merge", "1", "2", "--take", "colour"),
    ("duplicates", "--kind", "contacts", "different", "1", "99999"),
])
def test_a_bad_merge_is_one_line_and_changes_nothing(demo_db: Path,
                                                     args: tuple[str, ...]) -> None:
    before = rows(demo_db, "SELECT * FROM organization ORDER BY id")
    result = run("--db", str(demo_db), *args)
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert rows(demo_db, "SELECT * FROM organization ORDER BY id") == before


def test_set_says_how_many_change_and_one_undo_takes_it_back(demo_db: Path) -> None:
    before = rows(demo_db, "SELECT id, membership_status FROM organization ORDER BY id")
    query = ("SELECT count(*) FROM organization WHERE country_code = 'KR'"
             " AND membership_status <> 'observer'")
    expected = rows(demo_db, query)[0][0]
    dry = run("--db", str(demo_db), "set", "--where", "country=kr", "status=observer",
              "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert dry.stdout.startswith(f"{expected} of ")
    assert rows(demo_db, "SELECT id, membership_status FROM organization ORDER BY id") == before
    done = run("--db", str(demo_db), "set", "--where", "country=KR", "status=observer",
               "--date", "2026-11-20", "--note", "General assembly")
    assert done.returncode == 0 and done.stderr == "", done.stderr
    assert done.stdout.startswith(f"{expected} of ")
    assert rows(demo_db, "SELECT count(*) FROM membership_change WHERE note = "
                "'General assembly' AND changed_on = '2026-11-20'") == [(expected,)]
    assert run("--db", str(demo_db), "undo").returncode == 0
    assert rows(demo_db, "SELECT id, membership_status FROM organization ORDER BY id") == before


@pytest.mark.parametrize("args", [
    ("set", "status=member"),
    ("set", "--where", "colour=red", "status=member"),
    ("set", "--all", "status=honorary"),
    ("set", "--all", "name=Everyone"),
    ("set", "--all", "--kind", "contacts", "do-not-mail=maybe"),
    ("set", "--all", "tag=partner", "--note", "why"),
])
def test_a_bad_set_is_one_line_and_changes_nothing(demo_db: Path, args: tuple[str, ...]) -> None:
    before = rows(demo_db, "SELECT * FROM organization ORDER BY id")
    result = run("--db", str(demo_db), *args)
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert rows(demo_db, "SELECT * FROM organization ORDER BY id") == before


def test_set_fills_and_clears_an_own_field_and_puts_records_on_a_letter(
        demo_db: Path) -> None:
    database = open_database(demo_db)
    try:
        from coalitiondesk.core.records import custom_fields, letters

        custom_fields.add_field(database, record_kind="organization", label="Working group",
                                value_type="choice", choices=["Asia", "Europe"])
        with database.transaction() as session:
            letter = letters.create_letter(session=session, title="Stop the executions")
    finally:
        database.close()
    korean = rows(demo_db, "SELECT count(*) FROM organization WHERE country_code = 'KR'")[0][0]
    done = run("--db", str(demo_db), "set", "--where", "country=KR", "working group=asia")
    assert done.returncode == 0 and done.stderr == "", done.stderr
    assert done.stdout.startswith(f"{korean} of {korean} organizations changed")
    assert rows(demo_db, "SELECT count(*) FROM organization WHERE custom_values LIKE "
                "'%\"Asia\"%'") == [(korean,)]
    cleared = run("--db", str(demo_db), "set", "--where", "country=KR", "Working group=")
    assert cleared.returncode == 0, cleared.stderr
    assert rows(demo_db, "SELECT count(*) FROM organization WHERE custom_values LIKE "
                "'%\"Asia\"%'") == [(0,)]
    wrong = run("--db", str(demo_db), "set", "--all", "Working group=Africa")
    assert wrong.returncode == 1 and len(wrong.stderr.strip().splitlines()) == 1
    assert "Africa is not one of Asia, Europe" in wrong.stderr
    signed = run("--db", str(demo_db), "set", "--where", "country=KR",
                 f"signatory-of={letter.id}")
    assert signed.returncode == 0, signed.stderr
    assert signed.stdout.startswith(f"{korean} of {korean} organizations added as signatories")
    again = run("--db", str(demo_db), "set", "--where", "country=KR",
                f"signatory-of={letter.id}", "--dry-run")
    assert f"({korean} on it already)" in again.stdout
    assert rows(demo_db, f"SELECT count(*) FROM signature WHERE letter_id = {letter.id}"
                ) == [(korean,)]
    assert run("--db", str(demo_db), "undo").returncode == 0
    assert rows(demo_db, f"SELECT count(*) FROM signature WHERE letter_id = {letter.id}"
                ) == [(0,)]
    refused = run("--db", str(demo_db), "set", "--kind", "contacts", "--all",
                  f"signatory-of={letter.id}")
    assert refused.returncode == 1 and "Only organizations sign" in refused.stderr
