"""The command line. With no sub-command it opens the main window.

Every failure a user can cause ends with one line on stderr and a non-zero
exit status; the database is changed only inside one transaction per command.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType

from coalitiondesk import __version__
from coalitiondesk.commands import EXIT_ERROR, Run, run_patiently
from coalitiondesk.core.errors import CoalitionDeskError
from coalitiondesk.core.storage import scratch
from coalitiondesk.core.storage.db import default_database_path

# Each command by the module that registers it, in the order `--help` lists them.
# Only the module of the command being run is loaded: the others bring in
# libraries (numpy, the exporters, the printers) that this command does not need.
COMMANDS: dict[str, str] = {
    "demo": "demo", "check": "check", "backup": "backup", "restore": "restore",
    "encrypt": "encryption", "rekey": "encryption", "decrypt": "encryption",
    "import": "import_file", "undo-import": "import_file",
    "history": "history", "undo": "history", "export": "export", "report": "report",
    "letter": "letter", "merge": "merge", "duplicates": "duplicates", "set": "set_fields",
    "group": "group", "attach": "attach", "attachments": "attach", "server": "server",
    "copy": "copy",
}
_GLOBAL_WITH_VALUE = frozenset({"--db", "--passphrase-file"})
COMMAND_GC_THRESHOLDS = (100_000, 50, 100)


def command_modules(argv: Sequence[str]) -> list[ModuleType]:
    """The modules to register: the named command's alone; none to open the window;
    every one for --help or anything unclear."""
    name = _command_in(argv)
    if name is None and not {"-h", "--help"} & set(argv):
        return []
    names = [COMMANDS[name]] if name in COMMANDS else list(dict.fromkeys(COMMANDS.values()))
    return [importlib.import_module(f"coalitiondesk.commands.{module}") for module in names]


def _command_in(argv: Sequence[str]) -> str | None:
    after_option = False
    for token in argv:
        if after_option:
            after_option = False
        elif token in _GLOBAL_WITH_VALUE:
            after_option = True
        elif not token.startswith("-"):
            return token
    return None


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
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
    for module in command_modules(() if argv is None else argv):
        module.register(commands)
    return parser


def _run_gui(args: argparse.Namespace) -> int:
    from coalitiondesk.ui.app.start import launch  # Qt is loaded only when a window is wanted

    return launch(db_target=args.db)


def main(argv: Sequence[str] | None = None) -> int:
    given = sys.argv[1:] if argv is None else argv
    args = build_parser(given).parse_args(given)
    run: Run = getattr(args, "run", _run_gui)
    # Temporary files of exports, merges and backups a killed run left behind.
    scratch.clean_up()
    try:
        if run is _run_gui:
            return run_patiently(run, args)
        with fewer_collections():
            return run_patiently(run, args)
    except CoalitionDeskError as exc:
        print(f"coalitiondesk: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("coalitiondesk: interrupted", file=sys.stderr)
        return 130


@contextmanager
def fewer_collections() -> Iterator[None]:
    """A command's run at COMMAND_GC_THRESHOLDS, Python's own restored after it.

    A command is one burst of work on many objects that live to its end (a
    workbook's rows, their drafts): at Python's default thresholds the collector
    walks them all again and again, a sixth of a 50,000-row import. Restored,
    because a caller in the same process (a test) goes on with its own objects.
    """
    before = gc.get_threshold()
    gc.set_threshold(*COMMAND_GC_THRESHOLDS)
    try:
        yield
    finally:
        gc.set_threshold(*before)
