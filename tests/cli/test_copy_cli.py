"""`coalitiondesk copy`: a whole database from a file to a server and back, every row of
every table kept, and the refusals of a destination that holds records."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from coalitiondesk.cli import main
from coalitiondesk.core.journal import listing
from coalitiondesk.core.journal.undo import undo
from coalitiondesk.core.records import contacts, edits
from coalitiondesk.core.storage import cipher
from coalitiondesk.core.storage.db import open_database
from coalitiondesk.core.storage.server_copy import copied_tables

pytestmark = pytest.mark.postgresql


def _rows(target: str | Path) -> dict[str, list[dict[str, Any]]]:
    """Every table's rows in key order, as each engine reads them back into Python."""
    database = open_database(target, create=False, migrate=False)
    try:
        with database.engine.connect() as connection:
            tables = copied_tables(connection)
            return {table.name: [dict(row._mapping) for row in connection.execute(
                sa.select(table).order_by(*(table.primary_key.columns or table.columns)))]
                for table in tables}
    finally:
        database.close()


def _history(target: str | Path) -> list[tuple[str, str, int]]:
    database = open_database(target, create=False)
    try:
        with database.session() as session:
            return [(entry.who, entry.label, entry.changes)
                    for entry in listing.history(session=session, limit=None)]
    finally:
        database.close()


def test_file_to_server_to_file_keeps_every_row_of_every_table(
        demo_db: Path, pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    database = open_database(demo_db)
    try:
        saved = edits.save_record(database, kind="contact", name="Eun-ji Yoonqwx",
                                  values={"given_name": "Eun-ji", "family_name": "Yoonqwx"})
        edits.save_record(database, kind="contact", name="Eun-ji Yoonqwx",
                          record_id=saved.record_id, loaded_version=saved.version,
                          values={"position": "Editor"})
        undo(database)
    finally:
        database.close()
    original = _rows(demo_db)
    assert original["journal_change"] and original["contact"] and original["signature"]

    assert main(["copy", str(demo_db), pg_url]) == 0
    assert "Copied" in capsys.readouterr().out
    assert _rows(pg_url) == original
    assert _history(pg_url) == _history(demo_db)

    back = tmp_path / "travel.sqlite3"
    assert main(["copy", pg_url, str(back)]) == 0
    assert _rows(back) == original

    # The server goes on from the highest id copied, and journals again.
    server = open_database(pg_url)
    try:
        added = edits.save_record(server, kind="contact", name="Jin Newqz",
                                  values={"given_name": "Jin", "family_name": "Newqz"})
        with server.session() as session:
            assert listing.history(session=session, limit=1)[0].changes > 0
    finally:
        server.close()
    assert added.record_id > max(row["id"] for row in original["contact"])

    # The copy for travel is a backup that restore accepts.
    restored = tmp_path / "restored.sqlite3"
    assert main(["--db", str(restored), "restore", str(back)]) == 0
    assert _rows(restored) == original


def test_a_destination_holding_records_is_refused_unless_replaced(
        demo_db: Path, pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["copy", str(demo_db), pg_url]) == 0
    server = open_database(pg_url)
    try:
        edits.save_record(server, kind="contact", name="Jin Newqz",
                          values={"given_name": "Jin", "family_name": "Newqz"})
    finally:
        server.close()
    before = _rows(pg_url)
    capsys.readouterr()
    assert main(["copy", str(demo_db), pg_url]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "already holds records" in err and "--replace" in err
    assert _rows(pg_url) == before
    assert main(["copy", str(demo_db), pg_url, "--replace"]) == 0
    assert _rows(pg_url) == _rows(demo_db)

    assert main(["copy", str(tmp_path / "missing.sqlite3"), pg_url]) == 1
    assert "There is no database at" in capsys.readouterr().err


def test_an_encrypted_file_copied_to_the_server_and_back_over_it(
        demo_db: Path, pg_url: str, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    passphrase = "correct horse battery staple"
    monkeypatch.setenv("COALITIONDESK_PASSPHRASE", passphrase)
    assert main(["--db", str(demo_db), "encrypt"]) == 0
    monkeypatch.delenv("COALITIONDESK_PASSPHRASE")
    assert cipher.is_encrypted(demo_db)
    # Without its passphrase the file is refused in one line, the server unchanged.
    capsys.readouterr()
    assert main(["copy", str(demo_db), pg_url]) == 1
    assert "is encrypted" in capsys.readouterr().err
    monkeypatch.setenv("COALITIONDESK_PASSPHRASE", passphrase)
    assert main(["copy", str(demo_db), pg_url]) == 0
    assert main(["copy", pg_url, str(demo_db), "--replace"]) == 0
    assert cipher.is_encrypted(demo_db)
    database = open_database(demo_db, passphrase=cipher.Passphrase(passphrase))
    try:
        with database.session() as session:
            assert contacts.count_contacts(session=session) > 0
    finally:
        database.close()
