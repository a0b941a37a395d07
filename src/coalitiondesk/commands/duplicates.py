"""`coalitiondesk duplicates`: likely duplicate pairs; `duplicates merge KEEP OTHER` merges
one pair, `duplicates different FIRST SECOND` keeps a pair out of the list."""

from __future__ import annotations

import argparse
from typing import Any

from coalitiondesk.commands import EXIT_OK, opened
from coalitiondesk.core.errors import InvalidInput, field_term
from coalitiondesk.core.journal import labels
from coalitiondesk.core.records.duplicates import (
    RecordKind,
    find_duplicates,
    mark_different,
)
from coalitiondesk.core.records.merging import FIELDS, display_name, merge_plan, merge_records

KINDS: dict[str, RecordKind] = {"organizations": "organization", "contacts": "contact"}


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "duplicates", help="list likely duplicate organizations or contacts, and merge them",
        description="Without an action: one line per likely pair, most certain first: the "
        "two IDs, the score (100: a shared name, acronym, e-mail address or phone number), "
        "why, and both records. Then `duplicates merge KEEP OTHER` merges OTHER into KEEP, "
        "or `duplicates different FIRST SECOND` stops proposing the pair.")
    _kind_option(parser, default="organizations")
    parser.add_argument("--limit", type=int, default=0, metavar="N",
                        help="at most N pairs (default: all)")
    parser.set_defaults(run=run_list)
    actions = parser.add_subparsers(dest="action", metavar="ACTION")
    merge = actions.add_parser(
        "merge", help="merge OTHER into KEEP",
        description="Merge record OTHER into record KEEP: KEEP keeps its own values, an empty "
        "one filled from OTHER (notes joined; do-not flags and 'restricted' kept from either), "
        "OTHER's name becomes an alias, and OTHER's tags, affiliations, signatures, "
        "recipients, activities and history move to KEEP. One change: `coalitiondesk undo` "
        "splits them again, until the window or this command has closed the database.")
    _kind_option(merge)
    merge.add_argument("keep", type=int, metavar="KEEP", help="the ID of the record to keep")
    merge.add_argument("other", type=int, metavar="OTHER", help="the ID merged into it")
    merge.add_argument("--take", action="append", default=[], metavar="FIELD",
                       help="take this field's value from OTHER (repeat, or separate with "
                       "commas: --take name,email)")
    merge.add_argument("--dry-run", action="store_true",
                       help="show both records and what the merge would keep; change nothing")
    merge.set_defaults(run=run_merge)
    different = actions.add_parser(
        "different", help="mark two records as not duplicates",
        description="The pair is no longer listed; undo with `coalitiondesk undo`.")
    _kind_option(different)
    different.add_argument("first", type=int, metavar="FIRST")
    different.add_argument("second", type=int, metavar="SECOND")
    different.set_defaults(run=run_different)


def _kind_option(parser: argparse.ArgumentParser, default: Any = argparse.SUPPRESS) -> None:
    parser.add_argument("--kind", choices=list(KINDS), default=default,
                        help="organizations (default) or contacts")


def run_list(args: argparse.Namespace) -> int:
    if args.limit < 0:
        raise InvalidInput("--limit takes 0 (all) or more")
    with opened(args, create=False) as database, database.session() as session:
        pairs = find_duplicates(session=session, kind=KINDS[args.kind])
    if args.limit:
        pairs = pairs[:args.limit]
    for pair in pairs:
        print(f"{pair.first_id}\t{pair.second_id}\t{pair.score}\t{', '.join(pair.reasons)}\t"
              f"{pair.first_label}\t{pair.second_label}")
    return EXIT_OK


def _taken(kind: RecordKind, names: list[str]) -> list[str]:
    fields = [name.strip().replace("-", "_") for text in names for name in text.split(",")
              if name.strip()]
    unknown = [name for name in fields if name not in FIELDS[kind]]
    if unknown:
        raise InvalidInput(f"--take: no field {unknown[0]!r}; the fields are: "
                           + ", ".join(FIELDS[kind]))
    return fields


def _shown(value: Any) -> str:
    return "" if value is None else str(value).replace("\n", " / ")


def run_merge(args: argparse.Namespace) -> int:
    kind = KINDS[args.kind]
    taken = _taken(kind, args.take)
    with opened(args, create=False, write=not args.dry_run) as database:
        with database.session() as session:
            plan = merge_plan(session=session, kind=kind, keep_id=args.keep,
                              other_id=args.other)
        values = {name: plan.other[name] for name in taken}
        if args.dry_run:
            print(f"field\tkeep {args.keep}\tother {args.other}\tmerged")
            for name in FIELDS[kind]:
                mine, theirs = plan.keep[name], plan.other[name]
                if mine is None and theirs is None:
                    continue
                merged = values.get(name, plan.defaults[name])
                print(f"{field_term(name)}\t{_shown(mine)}\t{_shown(theirs)}\t{_shown(merged)}")
            return EXIT_OK
        result = merge_records(database, kind=kind, keep_id=args.keep, other_id=args.other,
                               values=values)
    print(labels.label("merge", other=f"{args.other} “{display_name(kind, plan.other)}”",
                       name=f"{args.keep} “{display_name(kind, plan.keep)}”"))
    if result.aliases:
        print("Kept as aliases: " + "; ".join(result.aliases))
    for name, value in result.dropped.items():
        print(f"Not kept from {args.other}: {field_term(name)} = {_shown(value)}")
    return EXIT_OK


def run_different(args: argparse.Namespace) -> int:
    kind = KINDS[args.kind]
    with opened(args, create=False, write=True) as database:
        mark_different(database, kind=kind, first_id=args.first, second_id=args.second)
    print(f"{args.first} and {args.second} are no longer listed as duplicates")
    return EXIT_OK
