"""A real, file-backed keyring for tests: keyrings.alt's PlaintextKeyring in a folder of
the test's own, chosen the way a person chooses a backend (PYTHON_KEYRING_BACKEND), so
that command-line subprocesses use it too; and keyring's own "no keyring" backend, which
is what a headless Linux has."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import keyring
from keyring.backends import fail

PLAINTEXT = "keyrings.alt.file.PlaintextKeyring"


def keyring_environment(folder: Path) -> dict[str, str]:
    """The variables that point the keyring library at the file keyring in `folder`."""
    return {"PYTHON_KEYRING_BACKEND": PLAINTEXT, "XDG_DATA_HOME": str(folder),
            "LOCALAPPDATA": str(folder)}


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
def file_keyring(folder: Path) -> Iterator[Path]:
    """The keyring is a plaintext file in `folder` for the duration; its path."""
    folder.mkdir(parents=True, exist_ok=True)
    with _keyring_and_environment(keyring.core.load_env, keyring_environment(folder)):
        yield Path(keyring.get_keyring().file_path)  # type: ignore[attr-defined]


@contextmanager
def no_keyring() -> Iterator[None]:
    """No usable keyring for the duration, as on a headless Linux."""
    with _keyring_and_environment(fail.Keyring, {}, removed=("PYTHON_KEYRING_BACKEND",)):
        yield
