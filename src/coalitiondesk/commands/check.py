"""`coalitiondesk check`: integrity and schema version, changing nothing."""

from __future__ import annotations

import argparse

from coalitiondesk.commands import EXIT_OK, EXIT_UNHEALTHY, opened
from coalitiondesk.core.storage.db import check_database


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "check", help="check the database's integrity and schema version (exit 0 when healthy)"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    with opened(args, create=False, migrate=False) as database:
        report = check_database(database)
    print(f"Database: {report.database}")
    print(f"Schema version: {report.revision or 'none'} (this version of CoalitionDesk: "
          f"{report.head})")
    if report.healthy:
        print("Integrity: ok")
        return EXIT_OK
    for problem in report.problems:
        print(f"Problem: {problem}")
    return EXIT_UNHEALTHY
