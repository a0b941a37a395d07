"""`coalitiondesk history` lists the journal; `coalitiondesk undo [ID]` takes a change back."""

from __future__ import annotations

import argparse

from coalitiondesk.commands import EXIT_OK, opened
from coalitiondesk.core.errors import InvalidInput
from coalitiondesk.core.journal.listing import HistoryEntry, history
from coalitiondesk.core.journal.undo import undo

# SQLite's integers end here; a larger ID cannot name a change.
_LARGEST_ID = 2**63 - 1


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "history", help="list the changes made to the database, newest first",
        description="The journal of changes, newest first, one line each: ID, time (UTC), "
        "who, what, how many rows it changed, and whether it was undone.")
    parser.add_argument("--limit", type=int, default=50, metavar="N",
                        help="at most N entries (default 50; 0 for all)")
    parser.add_argument("--record", metavar="TEXT",
                        help="only changes that name or touched a record whose name "
                        "contains TEXT")
    parser.set_defaults(run=run_history)
    undoer = commands.add_parser(
        "undo", help="undo a change from the history (default: the latest)",
        description="Undo one change from `coalitiondesk history` (default: the latest one "
        "that can be undone). Refused, naming them, when later changes touched the same "
        "values; then nothing changes.")
    undoer.add_argument("operation", nargs="?", metavar="ID", type=_identifier,
                        help="the change's ID in the history")
    undoer.set_defaults(run=run_undo)


def _identifier(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a change ID") from None
    if not 0 < value <= _LARGEST_ID:
        raise argparse.ArgumentTypeError(f"{text} is not a change ID")
    return value


def run_history(args: argparse.Namespace) -> int:
    if args.limit < 0:
        raise InvalidInput("--limit takes 0 (all) or more")
    with opened(args, create=False) as database, database.session() as session:
        entries = history(session=session, limit=args.limit or None, record=args.record)
    for entry in entries:
        print(_line(entry))
    return EXIT_OK


def _line(entry: HistoryEntry) -> str:
    state = " (undone)" if entry.undone else "" if entry.undoable else " (cannot be undone)"
    rows = f"{entry.changes:,} row{'' if entry.changes == 1 else 's'}"
    return (f"{entry.id}\t{entry.at:%Y-%m-%d %H:%M}\t{entry.who}\t{entry.kind}\t"
            f"{entry.label}\t{rows}{state}")


def run_undo(args: argparse.Namespace) -> int:
    with opened(args, create=False, write=True) as database:
        result = undo(database, args.operation)
    print(f"Undid {result.undone.id}: {result.undone.label}")
    return EXIT_OK
