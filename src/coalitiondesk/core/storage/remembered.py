"""An encrypted database's passphrase remembered in the system keyring, for this user on
this machine, when the person asks for it (it is off by default).

Entries are kept under the service "CoalitionDesk", one per database file, keyed by
the file's absolute path. Whoever can log in as this user can then open the
database without typing its passphrase: that is what remembering means, and the
window says so where it offers it.

Only a keyring that keeps secrets in the system's own store is used (those the
keyring library recommends: the macOS Keychain, the Windows Credential Locker,
the Secret Service or KWallet on Linux), or the backend the person chose for the
keyring library themselves (PYTHON_KEYRING_BACKEND, or keyringrc.cfg). A
plaintext file that an installed package offers as a fallback is never picked on
its own. Without a usable keyring nothing is remembered and nothing fails:
`keyring_usable` is False, and reading gives None. The sentences that tell the
person are the window's and the command line's (KeyringFailed carries the
keyring's own reason).
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from coalitiondesk.core.storage.cipher import Passphrase, WrongPassphrase, refuse_locked

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

SERVICE = "CoalitionDesk"
_CONFIG_VARIABLE = "PYTHON_KEYRING_BACKEND"


class KeyringFailed(Exception):
    """The system keyring refused to keep or forget a passphrase; `reason` is its own."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _failed(error: Exception) -> KeyringFailed:
    return KeyringFailed(str(error) or type(error).__name__)


def _configured_by_the_person() -> bool:
    from keyring.util import platform_

    return bool(os.environ.get(_CONFIG_VARIABLE)) or (
        Path(platform_.config_root()) / "keyringrc.cfg").is_file()


def _priority(backend: KeyringBackend) -> float:
    from keyring.backends import chainer

    if isinstance(backend, chainer.ChainerBackend):
        # A chain of fallbacks reports a high priority of its own; it writes to the
        # first of them.
        return max((float(b.priority) for b in backend.backends), default=0.0)
    return float(backend.priority)


def _backend() -> KeyringBackend | None:
    # Imported here: the library takes a third of a second to import, which every
    # command and every start would pay for a keyring most never use.
    import keyring
    from keyring.backends import fail, null

    try:
        backend = keyring.get_keyring()
    except Exception:  # a broken keyring configuration: as if there were none
        return None
    if isinstance(backend, fail.Keyring | null.Keyring):
        return None
    if _priority(backend) >= 1 or _configured_by_the_person():
        return backend
    return None


def keyring_usable() -> bool:
    """Whether this computer offers a system keyring to remember passphrases in."""
    return _backend() is not None


def _account(path: Path) -> str:
    return str(path.resolve())


def _text(passphrase: Passphrase) -> str:
    # cipher's Passphrase has no accessor for its text, so that it reaches no log or
    # message by accident; the keyring is the one place it is meant to go.
    return passphrase._secret.decode("utf-8")


def remembered_passphrase(*, path: Path) -> Passphrase | None:
    """The passphrase remembered for the database at `path`; None when there is none or
    the keyring cannot be read (then the passphrase is asked, as without it)."""
    backend = _backend()
    if backend is None:
        return None
    try:
        text = backend.get_password(SERVICE, _account(path))
    except Exception:  # backends raise their own errors (D-Bus, Windows) besides keyring's
        return None
    return Passphrase(text) if text else None


def is_remembered(*, path: Path) -> bool:
    return remembered_passphrase(path=path) is not None


def remember_passphrase(*, path: Path, passphrase: Passphrase) -> None:
    """Keep the passphrase for the database at `path`. Raises KeyringFailed."""
    backend = _backend()
    if backend is None:
        raise KeyringFailed("no system keyring")
    try:
        backend.set_password(SERVICE, _account(path), _text(passphrase))
    except Exception as error:  # backends raise their own errors besides keyring's
        raise _failed(error) from None


def forget_passphrase(*, path: Path) -> bool:
    """Remove the passphrase remembered for the database at `path`; False when none was.
    Raises KeyringFailed when the keyring holds it and will not let it go."""
    backend = _backend()
    if backend is None or not is_remembered(path=path):
        return False
    try:
        backend.delete_password(SERVICE, _account(path))
    except Exception as error:  # backends raise their own errors besides keyring's
        raise _failed(error) from None
    return True


def replace_remembered(*, path: Path, passphrase: Passphrase) -> bool:
    """After the passphrase changed: keep the new one where the old one was remembered;
    False when none was (nothing is remembered then). Raises KeyringFailed."""
    if not is_remembered(path=path):
        return False
    remember_passphrase(path=path, passphrase=passphrase)
    return True


@dataclass(frozen=True)
class Recalled:
    passphrase: Passphrase | None
    """The remembered passphrase, checked to open the file."""
    stale: bool = False
    """A passphrase was remembered that does not open the file (changed elsewhere, or a
    backup under another passphrase restored): it was forgotten."""


def recall(*, path: Path) -> Recalled:
    """The passphrase remembered for the encrypted database at `path` when it opens it;
    one that does not is forgotten. Reads the file only, so a wrong one changes nothing."""
    passphrase = remembered_passphrase(path=path)
    if passphrase is None:
        return Recalled(None)
    try:
        refuse_locked(path, passphrase)
    except WrongPassphrase:
        # Kept, it would be tried on every start; a keyring that will not let it go
        # still has it tried and refused, and the person asked.
        with contextlib.suppress(KeyringFailed):
            forget_passphrase(path=path)
        return Recalled(None, stale=True)
    return Recalled(passphrase)
