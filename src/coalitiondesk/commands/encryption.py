"""`coalitiondesk encrypt`, `rekey` and `decrypt --to FILE`: encryption at rest.

The passphrases come from the environment, a file, the system keyring or the
terminal (see coalitiondesk.commands); never from the command's arguments. A
passphrase remembered in the keyring follows rekey; encrypt forgets one left from
an earlier database at the same path. decrypt leaves the database encrypted, so its
remembered passphrase stays.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from pathlib import Path

from coalitiondesk.commands import (
    EXIT_OK,
    NEW_PASSPHRASE_VARIABLE,
    PASSPHRASE_VARIABLE,
    new_passphrase,
    opened,
    passphrase,
)
from coalitiondesk.core.errors import DatabaseUnavailable
from coalitiondesk.core.storage import cipher
from coalitiondesk.core.storage.cipher import Passphrase
from coalitiondesk.core.storage.db import database_file
from coalitiondesk.core.storage.encryption import (
    BackupsChoice,
    EncryptionResult,
    decrypt_copy,
    encrypt_database,
    rekey_database,
)
from coalitiondesk.core.storage.remembered import (
    KeyringFailed,
    forget_passphrase,
    replace_remembered,
)

LEFTOVERS = ("SSDs and file-system snapshots (Time Machine, btrfs, ZFS, shadow copies) may "
             "still keep old blocks of the file; encryption protects what is written from now on.")


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    encrypt = commands.add_parser(
        "encrypt", help="encrypt the database with a passphrase (SQLCipher)",
        description="Replace the plain database with an encrypted copy: the copy is written "
        "and checked first, then put in its place, and the plain file is overwritten with "
        f"zeros and removed. The passphrase comes from {PASSPHRASE_VARIABLE}, "
        "--passphrase-file, or is asked twice on the terminal. A lost passphrase cannot be "
        "recovered: without it nobody, you included, can read the database or its backups.",
    )
    _backups_option(encrypt, "encrypt them too (default), or keep them plain")
    encrypt.set_defaults(run=run_encrypt)

    rekey = commands.add_parser(
        "rekey", help="change the encrypted database's passphrase",
        description="Replace the encrypted database with a copy under a new passphrase (the "
        f"old file is overwritten with zeros). The current passphrase comes from "
        f"{PASSPHRASE_VARIABLE} or --passphrase-file, the new one from "
        f"{NEW_PASSPHRASE_VARIABLE} or --new-passphrase-file; on a terminal both are asked.",
    )
    rekey.add_argument("--new-passphrase-file", metavar="FILE", type=Path,
                       help="read the new passphrase from FILE")
    _backups_option(rekey, "encrypt them with the new passphrase too (default), or keep them")
    rekey.set_defaults(run=run_rekey)

    decrypt = commands.add_parser(
        "decrypt", help="write a plain (unencrypted) copy of the encrypted database",
        description="Write a plain copy of the encrypted database to a new file, readable by "
        "you alone. The database itself stays encrypted. Anyone who gets the copy reads it.",
    )
    decrypt.add_argument("--to", metavar="FILE", type=Path, required=True,
                         help="the new plain file")
    decrypt.set_defaults(run=run_decrypt)


def _backups_option(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument("--backups", choices=[choice.value for choice in BackupsChoice],
                        default=BackupsChoice.encrypt.value,
                        help=f"the database's existing backups: {what}")


def _database(args: argparse.Namespace) -> Path:
    path = database_file(args.db)
    if path is None:
        raise DatabaseUnavailable("A server database is encrypted on the server")
    if not path.is_file() or path.stat().st_size == 0:
        raise DatabaseUnavailable(f"There is no database at {path}")
    return path


def run_encrypt(args: argparse.Namespace) -> int:
    path = _database(args)
    if cipher.is_encrypted(path):
        raise DatabaseUnavailable(f"{path} is already encrypted; to change its passphrase use"
                                  " rekey")
    # Opening checks it is a healthy CoalitionDesk database, brought up to date.
    with opened(args, create=False, write=True):
        pass
    new = new_passphrase(args, variable=PASSPHRASE_VARIABLE,
                         file=getattr(args, "passphrase_file", None))
    result = encrypt_database(path, passphrase=new, backups=BackupsChoice(args.backups))
    # A passphrase remembered for an earlier database at this path opens nothing now.
    with contextlib.suppress(KeyringFailed):
        forget_passphrase(path=path)
    print(f"Encrypted {path}. The plain file was overwritten with zeros and removed.")
    _report_backups(result, "Encrypted")
    print(LEFTOVERS)
    return EXIT_OK


def run_rekey(args: argparse.Namespace) -> int:
    path = _database(args)
    if not cipher.is_encrypted(path):
        raise DatabaseUnavailable(f"{path} is not encrypted; encrypt it first")
    with opened(args, create=False, write=True) as database:
        current = database.passphrase
    assert current is not None
    new = new_passphrase(args, variable=NEW_PASSPHRASE_VARIABLE, file=args.new_passphrase_file)
    if new.same_as(current):
        raise DatabaseUnavailable("The new passphrase is the current one; nothing was changed")
    result = rekey_database(path, passphrase=current, new_passphrase=new,
                            backups=BackupsChoice(args.backups))
    print(f"Changed the passphrase of {path}. The file under the old passphrase was "
          "overwritten with zeros and removed.")
    _follow_in_keyring(path, new)
    _report_backups(result, "Re-encrypted")
    print(LEFTOVERS)
    return EXIT_OK


def run_decrypt(args: argparse.Namespace) -> int:
    path = _database(args)
    if not cipher.is_encrypted(path):
        raise DatabaseUnavailable(f"{path} is not encrypted; copy it as it is")
    current = passphrase(args, path=path)
    copy = decrypt_copy(path, passphrase=current, to=args.to)
    print(f"Wrote a plain copy of {path} to {copy} (readable by you alone). Anyone who gets "
          "this file reads every record in it: delete it when you are done.")
    return EXIT_OK


def _follow_in_keyring(path: Path, new: Passphrase) -> None:
    """Where the old passphrase was remembered, the new one is."""
    try:
        if replace_remembered(path=path, passphrase=new):
            print("The passphrase remembered on this computer is now the new one.")
    except KeyringFailed as error:
        with contextlib.suppress(KeyringFailed):
            forget_passphrase(path=path)
        print(f"coalitiondesk: warning: the system keyring did not take the new passphrase"
              f" ({error.reason}); it will be asked next time", file=sys.stderr)


def _report_backups(result: EncryptionResult, verb: str) -> None:
    if result.backups_changed:
        count = len(result.backups_changed)
        print(f"{verb} {count} backup{'s' if count != 1 else ''} in {result.backup_folder}.")
    if result.plain_backups:
        count = len(result.plain_backups)
        print(f"{count} plain backup{'s' if count != 1 else ''} remain{'s' if count == 1 else ''}"
              f" in {result.backup_folder}: anyone with the disk reads them.")
