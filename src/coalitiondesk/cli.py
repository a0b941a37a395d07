"""The command line. With no sub-command it opens the main window.

Every failure a user can cause ends with one line on stderr and a non-zero
exit status; the database is changed only inside one transaction per command.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from coalitiondesk import __version__
from coalitiondesk.core import db as db_module
from coalitiondesk.core.demo import load_demo
from coalitiondesk.core.errors import CoalitionDeskError

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_UNHEALTHY = 3

Command = Callable[[argparse.Namespace], int]


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
        help=f"database file or SQLAlchemy URL (default: {db_module.default_database_path()})",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser("demo", help="load the demo coalition (safe to run twice)")
    demo.set_defaults(run=_run_demo)

    check = commands.add_parser(
        "check", help="check the database's integrity and schema version (exit 0 when healthy)"
    )
    check.set_defaults(run=_run_check)
    return parser


def _run_demo(args: argparse.Namespace) -> int:
    database = db_module.open_database(args.db)
    try:
        with database.transaction() as session:
            summary = load_demo(session=session)
    finally:
        database.close()
    if summary.total == 0:
        print(f"The demo coalition is already in {database.display_name}; nothing added.")
    else:
        added = ", ".join(_plural(count, kind) for kind, count in summary.added.items())
        print(f"Loaded the demo coalition into {database.display_name}: {added}.")
    return EXIT_OK


_SINGULAR = {"organizations": "organization", "contacts": "contact", "letters": "letter",
             "activities": "activity"}


def _plural(count: int, kind: str) -> str:
    return f"{count} {kind if count != 1 else _SINGULAR.get(kind, kind)}"


def _run_check(args: argparse.Namespace) -> int:
    database = db_module.open_database(args.db, create=False, migrate=False)
    try:
        report = db_module.check_database(database)
    finally:
        database.close()
    print(f"Database: {report.database}")
    print(f"Schema version: {report.revision or 'none'} (this version of CoalitionDesk: "
          f"{report.head})")
    if report.healthy:
        print("Integrity: ok")
        return EXIT_OK
    for problem in report.problems:
        print(f"Problem: {problem}")
    return EXIT_UNHEALTHY


def _run_gui(args: argparse.Namespace) -> int:
    from coalitiondesk.ui.app import launch  # Qt is loaded only when a window is wanted

    return launch(db_target=args.db)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    run: Command = getattr(args, "run", _run_gui)
    try:
        return run(args)
    except CoalitionDeskError as exc:
        print(f"coalitiondesk: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("coalitiondesk: interrupted", file=sys.stderr)
        return 130
