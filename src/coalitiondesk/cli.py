"""The command line. With no sub-command it opens the main window.

Every failure a user can cause ends with one line on stderr and a non-zero
exit status; the database is changed only inside one transaction per command.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from coalitiondesk import __version__
from coalitiondesk.commands import (
    EXIT_ERROR,
    Run,
    attach,
    backup,
    check,
    copy,
    demo,
    duplicates,
    encryption,
    export,
    group,
    history,
    import_file,
    letter,
    merge,
    report,
    restore,
    server,
    set_fields,
)
from coalitiondesk.core.errors import CoalitionDeskError
from coalitiondesk.core.storage import scratch
from coalitiondesk.core.storage.db import default_database_path

# In the order `--help` lists them.
MODULES = (demo, check, backup, restore, encryption, import_file, history, export, report,
           letter, merge, duplicates, set_fields, group, attach, server, copy)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="coalitiondesk",
        description="CoalitionDesk: members, sign-on letters and mailings for a coalition "
        "secretariat. Without a command, opens the main window.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help=f"database file or SQLAlchemy URL (default: {default_database_path()})",
    )
    parser.add_argument(
        "--passphrase-file", metavar="FILE", type=Path,
        help="read an encrypted database's passphrase from FILE (else from "
        "COALITIONDESK_PASSPHRASE, else asked on the terminal)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in MODULES:
        module.register(commands)
    return parser


def _run_gui(args: argparse.Namespace) -> int:
    from coalitiondesk.ui.app.start import launch  # Qt is loaded only when a window is wanted

    return launch(db_target=args.db)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    run: Run = getattr(args, "run", _run_gui)
    # Temporary files of exports, merges and backups a killed run left behind.
    scratch.clean_up()
    try:
        return run(args)
    except CoalitionDeskError as exc:
        print(f"coalitiondesk: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("coalitiondesk: interrupted", file=sys.stderr)
        return 130
