"""`coalitiondesk encrypt`, `rekey` and `decrypt`, and every command on an encrypted database,
run as a user runs them, on real files: no contact's words readable anywhere on the disk."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3

from coalitiondesk.core.storage import scratch
from coalitiondesk.core.storage.backup import backup_folder
from coalitiondesk.core.storage.cipher import Passphrase
from coalitiondesk.core.storage.remembered import remember_passphrase, remembered_passphrase
from keyring_support import file_keyring, no_keyring

PASSPHRASE = "correct horse battery staple"
NEW_PASSPHRASE = "a new passphrase, just as long"
SECRET_ROWS = [
    ("Aigerim", "Zhakupova-Witness", "aigerim.safehouse@example.org",
     "Defected 2019; family still in Hyesan"),
    ("Tae-sik", "Ryom-Defector", "taesik.ryom@example.net", "Meets only at the church annex"),
]


def run(*args: str, passphrase: str | None = PASSPHRASE,
        **environment: str) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items()
           if not key.startswith("COALITIONDESK_")}
    if passphrase is not None:
        env["COALITIONDESK_PASSPHRASE"] = passphrase
    env.update(environment)
    return subprocess.run([sys.executable, "-m", "coalitiondesk", *args], capture_output=True,
                          text=True, timeout=180, env=env, stdin=subprocess.DEVNULL)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def rows_of_every_table(path: Path, passphrase: str | None = None) -> dict[str, list[Any]]:
    connection: Any = (sqlcipher3.connect(str(path)) if passphrase is not None
                       else sqlite3.connect(path))
    with closing(connection):
        if passphrase is not None:
            connection.execute("PRAGMA key = '" + passphrase.replace("'", "''") + "'")
        tables = [name for name, in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name")]
        # A search index's own structure is derived from its content, and a copy may
        # hold it differently (secure-delete set when encrypted, rebuilt when decrypted).
        structure = {f"{index}_{part}" for index in ("organization_search", "contact_search")
                     for part in ("data", "idx", "config")}
        return {table: sorted(map(repr, connection.execute(f'SELECT * FROM "{table}"')))
                for table in tables if table not in structure}


@pytest.fixture(scope="module")
def encrypted_template(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo, encrypted by the command, once for the module."""
    path = tmp_path_factory.mktemp("encrypted") / "coalition.sqlite3"
    path.write_bytes(demo_template.read_bytes())
    result = run("--db", str(path), "encrypt")
    assert result.returncode == 0, result.stderr
    return path


@pytest.fixture
def encrypted_db(tmp_path: Path, encrypted_template: Path) -> Path:
    path = tmp_path / "coalition.sqlite3"
    path.write_bytes(encrypted_template.read_bytes())
    return path


def test_encrypt_keeps_every_row_and_overwrites_the_plain_file(demo_db: Path) -> None:
    before = rows_of_every_table(demo_db)
    backed_up = run("--db", str(demo_db), "backup", passphrase=None)
    assert backed_up.returncode == 0, backed_up.stderr
    # Held open across the swap: the plain file's own blocks must be zeros afterwards.
    with demo_db.open("rb") as original:
        result = run("--db", str(demo_db), "encrypt")
        assert result.returncode == 0, result.stderr
        original.seek(0)
        old_blocks = original.read()
    assert old_blocks == bytes(len(old_blocks))
    assert not demo_db.read_bytes().startswith(b"SQLite format 3")
    assert "SSDs and file-system snapshots" in result.stdout
    assert "Encrypted 1 backup" in result.stdout
    assert rows_of_every_table(demo_db, PASSPHRASE) == before
    assert sorted(p.name for p in demo_db.parent.iterdir()) == [demo_db.name]


def test_encrypt_keeping_backups_plain_says_how_many_remain_and_where(demo_db: Path) -> None:
    assert run("--db", str(demo_db), "backup", passphrase=None).returncode == 0
    result = run("--db", str(demo_db), "encrypt", "--backups", "keep")
    assert result.returncode == 0, result.stderr
    assert "1 plain backup remains in " in result.stdout


def test_rekey_and_decrypt_round_trip_every_row(encrypted_db: Path, tmp_path: Path) -> None:
    before = rows_of_every_table(encrypted_db, PASSPHRASE)
    rekeyed = run("--db", str(encrypted_db), "rekey",
                  COALITIONDESK_NEW_PASSPHRASE=NEW_PASSPHRASE)
    assert rekeyed.returncode == 0, rekeyed.stderr
    assert run("--db", str(encrypted_db), "check").returncode == 1
    plain = tmp_path / "plain copy.sqlite3"
    secret_file = tmp_path / "passphrase.txt"
    secret_file.write_text(NEW_PASSPHRASE + "\n", encoding="utf-8")
    decrypted = run("--db", str(encrypted_db), "--passphrase-file", str(secret_file),
                    "decrypt", "--to", str(plain), passphrase=None)
    assert decrypted.returncode == 0, decrypted.stderr
    assert plain.read_bytes().startswith(b"SQLite format 3")
    assert plain.stat().st_mode & 0o077 == 0
    assert rows_of_every_table(plain) == before
    assert rows_of_every_table(encrypted_db, NEW_PASSPHRASE) == before


def test_a_wrong_passphrase_exits_1_with_one_line_and_changes_nothing(encrypted_db: Path,
                                                                       tmp_path: Path) -> None:
    before = digest(encrypted_db)
    for args in (("check",), ("demo",), ("backup",), ("rekey",),
                 ("decrypt", "--to", str(tmp_path / "copy.sqlite3"))):
        result = run("--db", str(encrypted_db), *args, passphrase="not the passphrase",
                     COALITIONDESK_NEW_PASSPHRASE=NEW_PASSPHRASE)
        assert result.returncode == 1, (args, result.stdout)
        assert result.stderr.count("\n") == 1, result.stderr
        assert "passphrase does not open" in result.stderr
        assert digest(encrypted_db) == before
    missing = run("--db", str(encrypted_db), "check", passphrase=None)
    assert missing.returncode == 1 and missing.stderr.count("\n") == 1
    assert "COALITIONDESK_PASSPHRASE" in missing.stderr
    assert digest(encrypted_db) == before
    assert sorted(p.name for p in encrypted_db.parent.iterdir()) == [encrypted_db.name]


def test_no_contact_words_anywhere_after_demo_import_and_delete(encrypted_db: Path,
                                                                 tmp_path: Path) -> None:
    source = tmp_path / "members.csv"
    source.write_text("Given name,Family name,E-mail,Notes\n" + "".join(
        f"{given},{family},{email},{note}\n" for given, family, email, note in SECRET_ROWS),
        encoding="utf-8")
    imported = run("--db", str(encrypted_db), "import", str(source), "--kind", "contacts")
    assert imported.returncode == 0, imported.stderr
    assert run("--db", str(encrypted_db), "backup").returncode == 0
    # The import's contacts are deleted again: a delete, as a person's erasure is.
    undone = run("--db", str(encrypted_db), "undo-import")
    assert undone.returncode == 0, undone.stderr
    source.unlink()

    words = {word for row in SECRET_ROWS for word in row}
    kept = rows_of_every_table(encrypted_db, PASSPHRASE)["contact"]
    assert kept and not any(family in "".join(kept) for _, family, _, _ in SECRET_ROWS)
    with closing(sqlcipher3.connect(str(encrypted_db))) as connection:
        connection.execute(f"PRAGMA key = '{PASSPHRASE}'")
        for row in connection.execute("SELECT given_name, family_name, email, notes "
                                      "FROM contact"):
            words |= {value for value in row if value and len(value) >= 4}
    backups = list(backup_folder(encrypted_db).iterdir())
    assert len(backups) >= 2  # before the import, and the one made after it
    files = [*encrypted_db.parent.iterdir(), *backups, *scratch.root().rglob("*")]
    for path in (path for path in files if path.is_file()):
        content = path.read_bytes()
        for word in words:
            for encoded in (word.encode("utf-8"), word.encode("utf-16-le")):
                assert encoded not in content, (word, path)


def test_every_command_reads_an_encrypted_database_with_the_same_passphrase(
        encrypted_db: Path, tmp_path: Path) -> None:
    exported = tmp_path / "contacts.csv"
    result = run("--db", str(encrypted_db), "export", str(exported), "--kind", "contacts")
    assert result.returncode == 0, result.stderr
    assert exported.read_text(encoding="utf-8-sig").count("\n") > 1
    listed = run("--db", str(encrypted_db), "history")
    assert listed.returncode == 0, listed.stderr
    backup = tmp_path / "backup.sqlite3"
    assert run("--db", str(encrypted_db), "backup", "--to", str(backup)).returncode == 0
    assert not backup.read_bytes().startswith(b"SQLite format 3")
    restored = run("--db", str(encrypted_db), "restore", str(backup))
    assert restored.returncode == 0, restored.stderr


def test_plain_databases_ask_for_nothing(demo_db: Path) -> None:
    result = run("--db", str(demo_db), "check", passphrase=None)
    assert result.returncode == 0, result.stderr
    assert demo_db.read_bytes().startswith(b"SQLite format 3")
    refused = run("--db", str(demo_db), "decrypt", "--to", str(demo_db.with_suffix(".x")))
    assert refused.returncode == 1 and refused.stderr.count("\n") == 1


def test_a_remembered_passphrase_opens_follows_rekey_and_is_forgotten_when_wrong(
        encrypted_db: Path) -> None:
    """After the environment and --passphrase-file, before the terminal: the system
    keyring (a real file-backed one here, chosen as a person chooses a backend)."""
    with file_keyring():
        remember_passphrase(path=encrypted_db, passphrase=Passphrase(PASSPHRASE))
        checked = run("--db", str(encrypted_db), "check", passphrase=None)
        assert checked.returncode == 0, checked.stderr
        rekeyed = run("--db", str(encrypted_db), "rekey", passphrase=None,
                      COALITIONDESK_NEW_PASSPHRASE=NEW_PASSPHRASE)
        assert rekeyed.returncode == 0, rekeyed.stderr
        assert "remembered on this computer is now the new one" in rekeyed.stdout
        recalled = remembered_passphrase(path=encrypted_db)
        assert recalled is not None and recalled.same_as(Passphrase(NEW_PASSPHRASE))
        assert run("--db", str(encrypted_db), "check", passphrase=None).returncode == 0

        remember_passphrase(path=encrypted_db, passphrase=Passphrase("changed elsewhere"))
        before = digest(encrypted_db)
        refused = run("--db", str(encrypted_db), "check", passphrase=None)
        assert refused.returncode == 1 and refused.stderr.count("\n") == 1, refused.stderr
        assert "remembered on this computer does not open it" in refused.stderr
        assert remembered_passphrase(path=encrypted_db) is None
        assert digest(encrypted_db) == before
        given = run("--db", str(encrypted_db), "check", passphrase=NEW_PASSPHRASE)
        assert given.returncode == 0, given.stderr


def test_without_a_keyring_the_command_line_asks_as_before(encrypted_db: Path) -> None:
    with no_keyring():
        missing = run("--db", str(encrypted_db), "check", passphrase=None,
                      PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    assert missing.returncode == 1 and missing.stderr.count("\n") == 1, missing.stderr
    assert "COALITIONDESK_PASSPHRASE" in missing.stderr
