"""Deleting for real: a deleted person's name is gone from the database file and its WAL.

secure_delete zeroes freed pages; the write-ahead log and the trigram search
index would still hold copies, which `Database.transaction()` purges after
every transaction that deletes something.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from coalitiondesk.core.records import contacts, organizations
from coalitiondesk.core.storage.db import Database

GIVEN = "Ryxqolwen"
FAMILY = "Zhvarqetska"
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
    """Replacing tags deletes link rows, not people: no index merge, no checkpoint."""
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
