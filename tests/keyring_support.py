"""A real, file-backed keyring for tests: keyrings.alt's PlaintextKeyring, chosen the way
a person chooses a backend (PYTHON_KEYRING_BACKEND), so that command-line subprocesses
use it too. Its file is in the test session's own data folder (XDG_DATA_HOME, set by
tests/conftest.py), and entries are keyed by each test's own database paths. And
keyring's own "no keyring" backend, which is what a headless Linux has."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import keyring
from keyring.backends import fail

PLAINTEXT = "keyrings.alt.file.PlaintextKeyring"




@contextmanager
def _keyring_and_environment(backend_factory: object, variables: dict[str, str],
                             removed: tuple[str, ...] = ()) -> Iterator[None]:
    previous_backend = keyring.get_keyring()
    names = (*variables, *removed)
    previous = {name: os.environ.get(name) for name in names}
    os.environ.update(variables)
    for name in removed:
        os.environ.pop(name, None)
    try:
        keyring.set_keyring(backend_factory())  # type: ignore[operator]
        yield
    finally:
        for name, value in previous.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        keyring.set_keyring(previous_backend)


@contextmanager
def file_keyring() -> Iterator[Path]:
    """The keyring is a plaintext file for the duration; its path."""
    with _keyring_and_environment(keyring.core.load_env,
                                  {"PYTHON_KEYRING_BACKEND": PLAINTEXT}):
        yield Path(keyring.get_keyring().file_path)  # type: ignore[attr-defined]


@contextmanager
def no_keyring() -> Iterator[None]:
    """No usable keyring for the duration, as on a headless Linux."""
    with _keyring_and_environment(fail.Keyring, {}, removed=("PYTHON_KEYRING_BACKEND",)):
        yield
