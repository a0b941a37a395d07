"""`coalitiondesk attach` keeps a file with a record; `coalitiondesk attachments` lists a
record's files, and with --save writes copies of them into a folder."""

from __future__ import annotations

import argparse
from pathlib import Path

from coalitiondesk.commands import EXIT_OK, opened
from coalitiondesk.core.records import attachments

_KINDS = tuple(attachments.KINDS)


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "attach", help="keep a file (a signed form, a memorandum, a scanned reply) with a "
        "record",
        description="Attach FILE to the organization, contact, letter or activity called "
        "NAME (an organization's name or acronym, a contact's name or e-mail, a letter's "
        "title, an activity's subject, or #ID). The file is kept inside the database, so "
        "that backups and encryption carry it; no export includes it. Files over 25 MB are "
        "refused.")
    _record_arguments(parser)
    parser.add_argument("file", metavar="FILE", type=Path, help="the file to attach")
    parser.set_defaults(run=run_attach)
    lister = commands.add_parser(
        "attachments", help="list a record's attached files, or save copies of them",
        description="List the files attached to the record called NAME, newest first: ID, "
        "date added (UTC), size and name. With --save, write a copy of each into DIR "
        "(never over an existing file).")
    _record_arguments(lister)
    lister.add_argument("--save", metavar="DIR", type=Path,
                        help="write a copy of each attached file into DIR")
    lister.set_defaults(run=run_attachments)


def _record_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--kind", required=True, choices=_KINDS,
                        help="what kind of record the file belongs to")
    parser.add_argument("--record", required=True, metavar="NAME",
                        help="the record's name (or #ID)")


def run_attach(args: argparse.Namespace) -> int:
    with opened(args, create=False, write=True) as database:
        with database.session() as session:
            record_id = attachments.record_named(session=session, kind=args.kind,
                                                 name=args.record)
        attachment_id = attachments.attach_file(database=database, kind=args.kind,
                                                record_id=record_id, path=args.file)
        with database.session() as session:
            listed = attachments.list_attachments(session=session, kind=args.kind,
                                                  record_id=record_id)
    [added] = [item for item in listed if item.id == attachment_id]
    print(f"Attached {added.name} ({attachments.describe_size(added.size)}) to "
          f"{args.kind} {args.record.strip()}")
    return EXIT_OK


def run_attachments(args: argparse.Namespace) -> int:
    with opened(args, create=False) as database, database.session() as session:
        record_id = attachments.record_named(session=session, kind=args.kind,
                                             name=args.record)
        listed = attachments.list_attachments(session=session, kind=args.kind,
                                              record_id=record_id)
        written = (attachments.save_copies(session=session, kind=args.kind,
                                           record_id=record_id, folder=args.save)
                   if args.save is not None else [])
    for item in listed:
        state = "" if item.available else "\t(file erased with a deleted record)"
        print(f"{item.id}\t{item.added_at:%Y-%m-%d %H:%M}\t"
              f"{attachments.describe_size(item.size)}\t{item.name}{state}")
    for path in written:
        print(f"Saved {path}")
    return EXIT_OK
