"""`coalitiondesk demo`: load the demo coalition; running it twice adds nothing."""

from __future__ import annotations

import argparse

from coalitiondesk.commands import EXIT_OK, opened
from coalitiondesk.core.demo import load_demo
from coalitiondesk.core.journal.labels import label

_SINGULAR = {"organizations": "organization", "contacts": "contact", "letters": "letter",
             "activities": "activity"}


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("demo", help="load the demo coalition (safe to run twice)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    with opened(args, write=True) as database, database.operation(
            "demo", label("demo")) as operation:
        summary = load_demo(session=operation.session)
    if summary.total == 0:
        print(f"The demo coalition is already in {database.display_name}; nothing added.")
    else:
        added = ", ".join(_plural(count, kind) for kind, count in summary.added.items())
        print(f"Loaded the demo coalition into {database.display_name}: {added}.")
    return EXIT_OK


def _plural(count: int, kind: str) -> str:
    return f"{count} {kind if count != 1 else _SINGULAR.get(kind, kind)}"
