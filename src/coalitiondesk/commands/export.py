"""`coalitiondesk export OUT.xlsx|OUT.csv`: a list for partners, recorded as an activity."""

from __future__ import annotations

import argparse
from pathlib import Path

from coalitiondesk.commands import EXIT_OK, opened
from coalitiondesk.core.errors import InvalidInput
from coalitiondesk.core.exporting import (
    PARTNER_LIST,
    ActivityFilter,
    ExportKind,
    ExportRequest,
    ExportResult,
    Scope,
    run_export,
)
from coalitiondesk.core.exporting.columns import column_keys, column_names
from coalitiondesk.core.exporting.labels import ExportLanguage, export_language
from coalitiondesk.core.records import groups
from coalitiondesk.core.records.letters import letter_by_title
from coalitiondesk.core.storage.db import Database


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "export", help="export organizations, contacts, countries, a letter's signatories "
        "or activities to an xlsx or csv file for partners",
        description="Write a workbook (.xlsx) or csv file for partners. Restricted contacts "
        "and records marked 'do not share' are left out unless --include-restricted is given; "
        "the export is recorded as an activity. Prints the rows written and left out.",
    )
    parser.add_argument("out", type=Path, metavar="OUT.xlsx|OUT.csv")
    parser.add_argument("--kind", choices=[kind.value for kind in ExportKind],
                        help="what to export (default: signatories with --letter, "
                        "else organizations)")
    parser.add_argument("--letter", metavar="TITLE",
                        help="the letter whose signatories (or activities) to export")
    parser.add_argument("--profile", metavar="NAME", default=PARTNER_LIST,
                        help=f"the columns: '{PARTNER_LIST}' (public fields, the default), "
                        "'Full' (everything, for your own use) or a saved profile")
    parser.add_argument("--columns", metavar="A,B,C",
                        help="the columns, in this order, instead of the profile's: their "
                        "names (family_name, email, country ...) or headers, and your own "
                        "fields by their names; the ID column is always written")
    parser.add_argument("--language", metavar="en|ko|ja", default=ExportLanguage.en.value,
                        help="the language of kinds, statuses and country names in the file "
                        "(default: en; the Full profile keeps the stored codes)")
    parser.add_argument("--include-restricted", action="store_true",
                        help="also export restricted contacts and records tagged "
                        "'do not share'")
    parser.add_argument("--group", metavar="NAME",
                        help="the organizations or contacts of a saved group "
                        "(`coalitiondesk group`), as they are now")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if getattr(args, "group", None) is not None:
        return _run_group(args)
    language = export_language(args.language)
    kind = ExportKind(args.kind) if args.kind else (
        ExportKind.signatories if args.letter else ExportKind.organizations)
    per_letter = (ExportKind.signatories, ExportKind.recipients)
    if args.letter is None and kind in per_letter:
        raise InvalidInput(f"Say whose {kind.value} to export with --letter TITLE")
    if args.letter is not None and kind not in (*per_letter, ExportKind.activities):
        raise InvalidInput("--letter goes with --kind signatories, recipients or activities")
    # The export is recorded as an activity: it writes to the database.
    with opened(args, create=False, write=True) as database:
        letter_id, what = None, kind.value
        if args.letter is not None:
            with database.session() as session:
                letter = letter_by_title(session=session, title=args.letter)
            letter_id = letter.id
            what = f"{kind.value} of “{letter.title}”"
        scope = Scope(filters=ActivityFilter(letter_id=letter_id)) if (
            kind is ExportKind.activities and letter_id is not None) else Scope()
        result = run_export(database=database, request=ExportRequest(
            kind=kind, target=args.out, profile=args.profile, scope=scope,
            columns=_columns(database, kind, args.columns),
            letter_id=letter_id if kind in per_letter else None,
            include_restricted=args.include_restricted, language=language,
        ))
    _report(result, args.out, what)
    return EXIT_OK


def _run_group(args: argparse.Namespace) -> int:
    """A saved group's records: the group says which kind (core.records.groups)."""
    language = export_language(args.language)
    with opened(args, create=False, write=True) as database:
        with database.session() as session:
            kind, scope = groups.export_scope(session=session, name=args.group)
        if args.letter is not None or args.kind not in (None, kind.value):
            raise InvalidInput(f"the group “{args.group.strip()}” holds {kind.value}: "
                               "--group takes no --kind or --letter")
        result = run_export(database=database, request=ExportRequest(
            kind=kind, target=args.out, profile=args.profile, scope=scope,
            columns=_columns(database, kind, args.columns),
            include_restricted=args.include_restricted, language=language))
    _report(result, args.out, f"{kind.value} of the group “{args.group.strip()}”")
    return EXIT_OK


def _columns(database: Database, kind: ExportKind, text: str | None
             ) -> tuple[str, ...] | None:
    """The keys of the columns --columns names; None without it (the profile's columns)."""
    if text is None:
        return None
    names = [name.strip() for name in text.split(",") if name.strip()]
    with database.session() as session:
        if not names:
            raise InvalidInput("--columns names no column: give names such as "
                               + ", ".join(column_names(session=session, kind=kind)[:4]))
        try:
            return column_keys(kind, names, session=session)
        except InvalidInput as error:
            # One line that also says what can be named, so the next try is right.
            raise InvalidInput(f"{error}; the columns are: "
                               + ", ".join(column_names(session=session, kind=kind))
                               ) from None


def _rows(count: int) -> str:
    return f"{count:,} row{'' if count == 1 else 's'}"


def _report(result: ExportResult, shown: Path, what: str) -> None:
    print(f"Wrote {_rows(result.rows)} to {shown} ({what}, profile “{result.profile}”).")
    if result.left_out.total:
        print(f"Left out {_rows(result.left_out.total)}: {result.left_out.describe()} "
              "(--include-restricted includes them).")
    else:
        print("Left out 0 rows.")
    if result.included.total:
        print(f"Included on request: {result.included.describe()}.")
    if result.unreadable:
        print("Private fields left out (a volunteer may not read them): "
              + ", ".join(column.header for column in result.unreadable) + ".")
    private = result.about.private_included
    if private:
        print("Private columns included: "
              + ", ".join(column.header for column in private) + ".")
