"""Deleting for real: a deleted person's name is gone from the database file and its WAL.

secure_delete zeroes freed pages and the search indexes' FTS5 secure-delete
drops a deleted row's entries at once; the write-ahead log would still hold
copies, which `Database.transaction()` checkpoints away after every
transaction that deletes something.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command

from coalitiondesk.core.records import contacts, organizations
from coalitiondesk.core.storage import db, encryption
from coalitiondesk.core.storage.cipher import Passphrase
from coalitiondesk.core.storage.db import Database, open_database

GIVEN = "Ryxqolwen"
FAMILY = "Zhvarqetska"
SEARCH_INDEXES = ("organization_search", "contact_search")
SECRET = Passphrase("correct horse battery staple")
# Trigrams of the name as the search index stores them (lower case).
TRIGRAMS = ("ryx", "yxq", "xqo", "zhv", "hva", "rqe", "qet")


def traces(path: Path, *needles: str) -> list[str]:
    """Which of the needles occur in the file or its -wal, in UTF-8."""
    found = []
    for file in (path, path.with_name(path.name + "-wal")):
        data = file.read_bytes() if file.exists() else b""
        found += [f"{needle} in {file.name}" for needle in needles if needle.encode() in data]
    return found


@pytest.fixture
def reader(demo_database: Database) -> Iterator[sqlite3.Connection]:
    """Another connection left open, as a running application's would be: the WAL
    is then not folded away and removed when the writer's connection closes."""
    connection = sqlite3.connect(str(demo_database.path))
    connection.execute("SELECT count(*) FROM contact").fetchone()
    yield connection
    connection.close()


def test_a_deleted_contacts_name_is_gone_from_the_file_and_its_wal(
    demo_database: Database, reader: sqlite3.Connection
) -> None:
    path = demo_database.path
    assert path is not None
    with demo_database.transaction() as session:
        contact = contacts.create_contact(
            session=session, given_name=GIVEN, family_name=FAMILY, phone="+82 2 9876 5432",
            notes=f"Safe house contact for {GIVEN}")
        contact_id = contact.id
        assert contact_id is not None and contact.phone
        needles = (GIVEN, FAMILY, GIVEN.lower(), FAMILY.lower(), contact.phone)
    # While the record exists it is on disk: the search below looks in the right place.
    assert len(traces(path, *needles)) >= len(needles)
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(PASSIVE)")
    assert traces(path, *TRIGRAMS)

    with demo_database.transaction() as session:
        contacts.delete_contact(session=session, contact_id=contact_id)

    assert traces(path, *needles) == []
    assert traces(path, *TRIGRAMS) == []
    with demo_database.session() as session:
        assert contacts.count_contacts(session=session) == 4
        assert contacts.list_contacts(session=session,
                                      filters=contacts.ContactFilter(search=GIVEN)) == []


def test_a_deleted_organizations_notes_are_gone_too(
    demo_database: Database, reader: sqlite3.Connection
) -> None:
    path = demo_database.path
    assert path is not None
    secret = "Meeting-point-behind-Hyesan-station-4471"
    with demo_database.transaction() as session:
        organization = organizations.create_organization(
            session=session, name="Underground Church Network Qzv", notes=secret)
        organization_id = organization.id
        assert organization_id is not None
    assert traces(path, secret)
    with demo_database.transaction() as session:
        organizations.delete_organization(session=session, organization_id=organization_id)
    assert traces(path, secret, secret.lower(), "Underground Church Network Qzv") == []


def test_edits_that_delete_only_links_are_not_purged(
    demo_database: Database, reader: sqlite3.Connection
) -> None:
    """Replacing tags deletes link rows, not people: no checkpoint."""
    path = demo_database.path
    assert path is not None
    with demo_database.transaction() as session:
        organization = organizations.create_organization(
            session=session, name="Tagged", tags=["seoul", "press"])
        organization_id = organization.id
        assert organization_id is not None
    wal = path.with_name(path.name + "-wal")
    size = wal.stat().st_size
    with demo_database.transaction() as session:
        organizations.update_organization(session=session, organization_id=organization_id,
                                          tags=["tokyo"])
    assert wal.stat().st_size > size  # appended to, not truncated


def secure_delete_settings(connection: sa.Connection) -> dict[str, object]:
    return {index: connection.exec_driver_sql(
        f"SELECT v FROM {index}_config WHERE k = 'secure-delete'").scalar()
        for index in SEARCH_INDEXES}



def test_an_encrypted_databases_search_index_drops_a_deleted_rows_entries_at_once(
        tmp_path: Path) -> None:
    """SQLCipher's SQLite has FTS5's secure-delete: no index merge after a delete."""
    database = open_database(tmp_path / "secret.sqlite3", passphrase=SECRET)
    try:
        with database.engine.connect() as connection:
            assert secure_delete_settings(connection) == dict.fromkeys(SEARCH_INDEXES, 1)
        with database.transaction() as session:
            contact_id = contacts.create_contact(
                session=session, given_name=GIVEN, family_name=FAMILY).id
            assert contact_id is not None
        assert index_holds(database, *TRIGRAMS)
        with database.transaction() as session:
            contacts.delete_contact(session=session, contact_id=contact_id)
        assert not index_holds(database, *TRIGRAMS)
    finally:
        database.close()


def test_an_encrypted_database_from_before_secure_delete_gets_it_when_opened(
        tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    database = open_database(path, passphrase=SECRET)
    with database.engine.begin() as connection:
        command.downgrade(db._alembic_config(connection), "0007")
        assert set(secure_delete_settings(connection).values()) == {0}
    database.close()
    migrated = open_database(path, passphrase=SECRET)
    try:
        with migrated.engine.connect() as connection:
            assert secure_delete_settings(connection) == dict.fromkeys(SEARCH_INDEXES, 1)
    finally:
        migrated.close()


def test_a_plain_databases_search_index_drops_a_deleted_rows_entries_at_once(
        database: Database) -> None:
    """Plain files are opened with SQLCipher's SQLite too: secure-delete, no merge."""
    with database.engine.connect() as connection:
        version = str(connection.exec_driver_sql("SELECT sqlite_version()").scalar())
        assert tuple(int(part) for part in version.split(".")[:2]) >= (3, 44)
        assert secure_delete_settings(connection) == dict.fromkeys(SEARCH_INDEXES, 1)
    with database.transaction() as session:
        contact_id = contacts.create_contact(
            session=session, given_name=GIVEN, family_name=FAMILY).id
        assert contact_id is not None
    assert index_holds(database, *TRIGRAMS)
    with database.transaction() as session:
        contacts.delete_contact(session=session, contact_id=contact_id)
    assert not index_holds(database, *TRIGRAMS)
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"


def test_a_plain_database_migrated_without_secure_delete_gets_it_when_opened(
        tmp_path: Path) -> None:
    """Migration 0008 left it off where Python's SQLite (3.40) ran it."""
    path = tmp_path / "plain.sqlite3"
    database = open_database(path)
    with database.engine.begin() as connection:
        for index in SEARCH_INDEXES:
            connection.exec_driver_sql(
                f"INSERT INTO {index} ({index}, rank) VALUES ('secure-delete', 0)")
        assert set(secure_delete_settings(connection).values()) == {0}
    database.close()
    reopened = open_database(path)
    try:
        with reopened.engine.connect() as connection:
            assert secure_delete_settings(connection) == dict.fromkeys(SEARCH_INDEXES, 1)
    finally:
        reopened.close()


def test_a_plain_copy_of_an_encrypted_database_has_a_search_index_any_sqlite_reads(
        tmp_path: Path) -> None:
    """Once secure-delete has deleted, SQLite before 3.44 (Python's own) cannot read
    that index; a decrypted copy is rebuilt without it."""
    path = tmp_path / "secret.sqlite3"
    database = open_database(path, passphrase=SECRET)
    try:
        with database.transaction() as session:
            kept = contacts.create_contact(session=session, given_name="Kept", family_name="Ko")
            gone = contacts.create_contact(session=session, given_name=GIVEN, family_name=FAMILY)
        with database.transaction() as session:
            assert gone.id is not None
            contacts.delete_contact(session=session, contact_id=gone.id)
        with database.engine.connect() as connection:
            assert secure_delete_settings(connection) == dict.fromkeys(SEARCH_INDEXES, 1)
    finally:
        database.close()
    plain = encryption.decrypt_copy(path, passphrase=SECRET, to=tmp_path / "plain.sqlite3")
    with sqlite3.connect(plain) as connection:
        assert connection.execute(
            "SELECT rowid FROM contact_search WHERE text GLOB '*kept*'").fetchall() == [
            (kept.id,)]
        # The index's triggers write to it on every change of a contact.
        connection.execute("UPDATE contact SET notes = 'seen' WHERE id = ?", (kept.id,))


def index_holds(database: Database, *needles: str) -> bool:
    """Whether any of the needles is in the search index's stored segments."""
    with database.engine.connect() as connection:
        blocks = [bytes(block) for block, in connection.exec_driver_sql(
            "SELECT block FROM contact_search_data")]
    return any(needle.encode() in block for needle in needles for block in blocks)

