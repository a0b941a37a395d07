"""Encrypted databases (SQLCipher): opening, the passphrase, backups, damage; real files."""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlmodel import select

from coalitiondesk.core.demo import load_demo
from coalitiondesk.core.errors import BackupFailed, DatabaseDamaged
from coalitiondesk.core.journal.listing import history
from coalitiondesk.core.models import Contact
from coalitiondesk.core.records.contacts import ContactFilter, delete_contact, list_contacts
from coalitiondesk.core.storage import backup, cipher
from coalitiondesk.core.storage.cipher import Passphrase, PassphraseRequired, WrongPassphrase
from coalitiondesk.core.storage.damage import companions, find_damage
from coalitiondesk.core.storage.db import open_database

SECRET = Passphrase("correct horse battery staple")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def encrypted_demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo coalition in an encrypted database, made once; closed."""
    path = tmp_path_factory.mktemp("encrypted") / "demo.sqlite3"
    database = open_database(path, passphrase=SECRET)
    with database.operation("demo") as operation:
        load_demo(session=operation.session)
    database.close()
    return path


@pytest.fixture
def encrypted_file(tmp_path: Path, encrypted_demo_file: Path) -> Iterator[Path]:
    path = tmp_path / "coalition.sqlite3"
    shutil.copyfile(encrypted_demo_file, path)
    yield path


def test_a_new_database_given_a_passphrase_is_encrypted_and_works_as_a_plain_one(
        encrypted_file: Path) -> None:
    assert not encrypted_file.read_bytes().startswith(cipher.SQLITE_MAGIC)
    assert cipher.is_encrypted(encrypted_file)
    database = open_database(encrypted_file, passphrase=SECRET)
    try:
        assert database.encrypted
        with database.session() as session:
            found = list_contacts(session=session, filters=ContactFilter(search="kim"))
            assert found  # the search index (FTS5) on the encrypted file
            victim = found[0].id
        with database.operation("delete") as operation:
            delete_contact(session=operation.session, contact_id=victim)
        with database.session() as session:
            assert session.get(Contact, victim) is None
            assert history(session=session, limit=5)  # the journal's triggers ran
    finally:
        database.close()


def test_without_its_passphrase_or_with_a_wrong_one_the_file_is_left_byte_for_byte(
        encrypted_file: Path) -> None:
    before = digest(encrypted_file)
    with pytest.raises(PassphraseRequired):
        open_database(encrypted_file)
    with pytest.raises(WrongPassphrase, match="does not open"):
        open_database(encrypted_file, passphrase=Passphrase("Correct horse battery staple"))
    assert digest(encrypted_file) == before
    assert not any(companion.exists() for companion in companions(encrypted_file))


def test_backups_are_encrypted_with_the_same_passphrase_verified_and_restorable(
        encrypted_file: Path, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    database = open_database(encrypted_file, passphrase=SECRET)
    with database.session() as session:
        contacts = len(session.exec(select(Contact)).all())
    # The passphrase of the open database serves code that knows only its path.
    made = backup.back_up(encrypted_file, folder=folder)
    database.close()
    assert cipher.is_encrypted(made.path)
    assert backup.verify_backup(made.path, passphrase=SECRET) == []
    assert backup.verify_backup(made.path) != []
    with pytest.raises(WrongPassphrase):
        backup.check_restorable(made.path, passphrase=Passphrase("wrong"))
    restored = backup.restore(encrypted_file, made.path, folder=folder, passphrase=SECRET)
    assert restored.safety_backup is not None and cipher.is_encrypted(restored.safety_backup.path)
    database = open_database(encrypted_file, passphrase=SECRET)
    with database.session() as session:
        assert len(session.exec(select(Contact)).all()) == contacts
    database.close()


def test_a_plain_backup_is_not_restored_into_an_encrypted_database(
        encrypted_file: Path, tmp_path: Path, new_database_file: Path) -> None:
    with pytest.raises(BackupFailed, match="is encrypted and this backup is not"):
        backup.restore(encrypted_file, new_database_file, folder=tmp_path, passphrase=SECRET)


@pytest.mark.parametrize(("page", "problem"), [(1, "first page is damaged"),
                                                 (3, "SQLite finds it damaged")])
def test_a_damaged_encrypted_file_is_told_from_a_wrong_passphrase_and_set_aside(
        encrypted_file: Path, page: int, problem: str) -> None:
    with encrypted_file.open("rb+") as file:
        file.seek((page - 1) * cipher.PAGE_SIZE + 100)
        file.write(b"\xff" * 64)
    assert find_damage(encrypted_file) is None  # without the key, nothing is known
    damage = find_damage(encrypted_file, passphrase=SECRET)
    assert damage is not None and problem in damage.problem
    with pytest.raises(WrongPassphrase):
        open_database(encrypted_file, passphrase=Passphrase("wrong"))
    with pytest.raises(DatabaseDamaged) as raised:
        open_database(encrypted_file, passphrase=SECRET)
    assert raised.value.moved_to is not None and raised.value.moved_to.exists()
    assert not encrypted_file.exists()


def test_a_plain_database_opens_plain_whatever_passphrase_is_given(
        tmp_path: Path, new_database_file: Path) -> None:
    path = tmp_path / "plain.sqlite3"
    shutil.copyfile(new_database_file, path)
    database = open_database(path, passphrase=SECRET)
    database.close()
    assert not database.encrypted
    assert path.read_bytes().startswith(cipher.SQLITE_MAGIC)
    assert not cipher.is_encrypted(path)
