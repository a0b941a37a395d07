"""A passphrase remembered in the system keyring: kept by the database's absolute path,
read back, replaced, forgotten; nothing kept and nothing failing without a usable
keyring, or with only a plaintext fallback that nobody chose."""

from __future__ import annotations

import os
from pathlib import Path

import keyring
import pytest
from keyrings.alt.file import PlaintextKeyring

from coalitiondesk.core.storage.cipher import Passphrase
from coalitiondesk.core.storage.db import open_database
from coalitiondesk.core.storage.remembered import (
    SERVICE,
    KeyringFailed,
    Recalled,
    forget_passphrase,
    is_remembered,
    keyring_usable,
    recall,
    remember_passphrase,
    remembered_passphrase,
    replace_remembered,
)
from keyring_support import file_keyring, no_keyring


def same(found: Passphrase | None, text: str) -> bool:
    return found is not None and found.same_as(Passphrase(text))


def test_remembered_by_absolute_path_then_replaced_then_forgotten(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "coalition.sqlite3"
    other = tmp_path / "other.sqlite3"
    with file_keyring() as store:
        assert keyring_usable()
        assert remembered_passphrase(path=path) is None
        assert not replace_remembered(path=path, passphrase=Passphrase("unused"))
        remember_passphrase(path=path, passphrase=Passphrase("first words"))
        monkeypatch.chdir(tmp_path)
        assert same(remembered_passphrase(path=Path("coalition.sqlite3")), "first words")
        assert remembered_passphrase(path=other) is None
        assert keyring.get_password(SERVICE, str(path.resolve())) == "first words"
        assert store.is_file()
        assert replace_remembered(path=path, passphrase=Passphrase("second words"))
        assert same(remembered_passphrase(path=path), "second words")
        assert forget_passphrase(path=path)
        assert not is_remembered(path=path) and not forget_passphrase(path=path)
        assert keyring.get_password(SERVICE, str(path.resolve())) is None


def test_without_a_keyring_nothing_is_remembered_and_reading_fails_nothing(
        tmp_path: Path) -> None:
    path = tmp_path / "coalition.sqlite3"
    with no_keyring():
        assert not keyring_usable()
        assert remembered_passphrase(path=path) is None
        assert not forget_passphrase(path=path)
        with pytest.raises(KeyringFailed):
            remember_passphrase(path=path, passphrase=Passphrase("words"))


def test_a_plaintext_fallback_nobody_chose_is_not_used(tmp_path: Path) -> None:
    """keyrings.alt installed beside keyring becomes the default on a headless Linux: a
    passphrase must not land in its plaintext file unless the person chose it."""
    previous = keyring.get_keyring()
    variable = os.environ.pop("PYTHON_KEYRING_BACKEND", None)
    fallback = PlaintextKeyring()
    fallback.file_path = str(tmp_path / "fallback.cfg")  # type: ignore[misc]
    keyring.set_keyring(fallback)
    try:
        if (Path(keyring.util.platform_.config_root()) / "keyringrc.cfg").is_file():
            pytest.skip("this account chose a keyring backend in keyringrc.cfg")
        assert not keyring_usable()
        with pytest.raises(KeyringFailed):
            remember_passphrase(path=tmp_path / "c.sqlite3", passphrase=Passphrase("words"))
        assert not (tmp_path / "fallback.cfg").exists()
    finally:
        keyring.set_keyring(previous)
        if variable is not None:
            os.environ["PYTHON_KEYRING_BACKEND"] = variable


def test_recall_gives_a_passphrase_that_opens_and_forgets_one_that_does_not(
        tmp_path: Path) -> None:
    path = tmp_path / "coalition.sqlite3"
    open_database(path, passphrase=Passphrase("right words")).close()
    before = path.read_bytes()
    with file_keyring():
        assert recall(path=path) == Recalled(None)
        remember_passphrase(path=path, passphrase=Passphrase("right words"))
        recalled = recall(path=path)
        assert same(recalled.passphrase, "right words") and not recalled.stale
        remember_passphrase(path=path, passphrase=Passphrase("changed elsewhere"))
        assert recall(path=path) == Recalled(None, stale=True)
        assert not is_remembered(path=path)
    assert path.read_bytes() == before
