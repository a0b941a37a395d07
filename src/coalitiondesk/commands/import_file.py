"""`coalitiondesk import FILE`: a partner's workbook, csv or list in one transaction;
`coalitiondesk undo-import [ID]`: take an import back out.

Nothing is left out without a word: every column with values that is not imported
is named on stderr with its number of values, rows not imported are listed, and
either makes the exit status 1 (what was written stays written, and one line says
so). The membership status given to new organizations no column gives one is
--status's, or said on stderr. --keep-unmapped keeps such columns as fields of the
coordinator's own instead (core.importing.kept_columns), and says so on stdout.

Headers are matched as the import wizard matches them, our own export's in Korean
or Japanese included: the window's names of the fields in every language shipped
(core.importing.interface_titles), or in --language's alone.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence, Set
from pathlib import Path

from coalitiondesk.commands import EXIT_ERROR, EXIT_OK, opened
from coalitiondesk.core.errors import CoalitionDeskError, InvalidInput
from coalitiondesk.core.importing import (
    Action,
    ImportKind,
    ImportPlan,
    OnMatch,
    OnPossible,
    apply_import,
    initial_mapping,
    kind_for,
    list_imports,
    prepare_import,
    read_file,
    report_path,
    run_to_end,
    undo_import,
    write_error_report,
)
from coalitiondesk.core.importing.drafts import membership_status
from coalitiondesk.core.importing.interface_titles import header_language, interface_titles
from coalitiondesk.core.importing.kept_columns import KeptColumn, keep_as_fields
from coalitiondesk.core.importing.mapping import UnmappedColumn
from coalitiondesk.core.importing.plan import summary_line
from coalitiondesk.core.importing.report import other_report_path, rejected_rows, why_left_out
from coalitiondesk.core.importing.values import ValueProblem
from coalitiondesk.core.models import MembershipStatus
from coalitiondesk.core.storage.files import describe_os_error


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "import", help="import organizations or contacts from an xlsx, csv or text file",
        description="Import a workbook, csv file or pasted list (one organization per line) "
        "in one transaction. Prints 'created N, updated M, unchanged K, skipped S, errors E'; "
        "rows that cannot be imported are listed in an error report beside the file.",
    )
    parser.add_argument("file", type=Path, metavar="FILE")
    parser.add_argument("--kind", choices=[kind.value for kind in ImportKind],
                        help="what the rows are (default: guessed from the headers)")
    parser.add_argument("--sheet", metavar="NAME",
                        help="the workbook's sheet (default: the first visible one)")
    parser.add_argument("--dry-run", action="store_true",
                        help="show what would happen and change nothing")
    parser.add_argument("--letter", metavar="TITLE",
                        help="organizations sign this letter (status signed, in file order), "
                        "contacts receive it; the letter is created if missing")
    parser.add_argument("--language", metavar="en|ko|ja",
                        help="the language of the headers, when the file is an export "
                        "written by the window in that language (default: the window's "
                        "names of the fields in English, Korean and Japanese are all tried)")
    parser.add_argument("--encoding", metavar="NAME",
                        help="the csv file's encoding (default: detected)")
    parser.add_argument("--delimiter", metavar="CHAR",
                        help="the csv file's delimiter; 'tab' for tabs (default: detected)")
    parser.add_argument("--existing", choices=[choice.value for choice in OnMatch],
                        default=OnMatch.update.value,
                        help="rows that are already stored (same ID, name or acronym): "
                        "update them or keep the stored record (default: update)")
    parser.add_argument("--possible-duplicates", choices=[choice.value for choice in OnPossible],
                        default=OnPossible.skip.value,
                        help="rows similar to a stored record: skip them and list them in "
                        "the report, create them, or update the closest record "
                        "(default: skip; the import wizard lets you decide row by row)")
    parser.add_argument("--status", type=_status_argument, metavar="STATUS",
                        help="membership status of the organizations the import creates when "
                        "no column gives one: "
                        + ", ".join(status.value for status in MembershipStatus)
                        + " (default: member, and stderr says so)")
    parser.add_argument("--people-as-contacts", action="store_true",
                        help="in a list of organizations, rows that are people ('Is a "
                        "Company: no', 'Company Type: Individual') go in as contacts of "
                        "their company (default: they are listed as not imported)")
    parser.add_argument("--keep-unmapped", action="store_true",
                        help="keep every column with values that no field takes as a text "
                        "field of your own named after its header (Edit › Own Fields), "
                        "instead of leaving it out")
    parser.set_defaults(run=run)

    undo = commands.add_parser(
        "undo-import", help="undo an import: remove what it created, restore what it changed")
    undo.add_argument("batch", nargs="?", type=int, metavar="ID",
                      help="the import to undo (default: the most recent one)")
    undo.add_argument("--list", action="store_true", help="list the imports that can be undone")
    undo.set_defaults(run=run_undo)


def _status_argument(text: str) -> MembershipStatus:
    try:
        return membership_status(text)
    except ValueProblem as problem:
        raise argparse.ArgumentTypeError(str(problem)) from None


def _delimiter(text: str | None) -> str | None:
    if text is None:
        return None
    if text.lower() in {"tab", "\\t"}:
        return "\t"
    if len(text) != 1:
        raise InvalidInput(f"A delimiter is one character (or 'tab'), not {text!r}")
    return text


def run(args: argparse.Namespace) -> int:
    path: Path = args.file.expanduser()
    languages = None if args.language is None else [header_language(args.language)]
    table = read_file(path, sheet=args.sheet, encoding=args.encoding,
                      delimiter=_delimiter(args.delimiter))
    if table.readable_as:
        print(f"coalitiondesk: the text of {path.name} looks garbled as {table.encoding}; "
              f"it reads cleanly as {' or '.join(table.readable_as)} (--encoding)",
              file=sys.stderr)
    kind = ImportKind(args.kind) if args.kind else kind_for(table)
    with opened(args, write=True) as database:
        with database.session() as session:
            mapping = initial_mapping(session=session, table=table, kind=kind,
                                      titles=interface_titles(kind=kind, languages=languages))
        plan = run_to_end(prepare_import(
            database=database, table=table, kind=kind, mapping=mapping,
            on_match=OnMatch(args.existing), on_possible=OnPossible(args.possible_duplicates),
            new_status=args.status, people_as_contacts=args.people_as_contacts))
        to_keep = plan.not_imported_columns() if args.keep_unmapped else []
        kept_indexes = {column.index for column in to_keep}
        if args.dry_run:
            print(f"{plan.summary()} (dry run: nothing was changed)")
            if plan.people_plan is not None and plan.people_as_contacts:
                print(f"people as contacts: {plan.people_plan.summary()}")
            if to_keep:
                print(f"would keep as own fields: {_listed(to_keep)}")
            _print_problems(plan)
            _print_left_out(plan, given_status=args.status, kept=kept_indexes)
            return _status(plan, kept=kept_indexes)
        kept: list[KeptColumn] = []
        if to_keep:
            mapping, kept = keep_as_fields(database, kind=kind, mapping=mapping, columns=to_keep)
            plan = run_to_end(prepare_import(
                database=database, table=table, kind=kind, mapping=mapping,
                on_match=OnMatch(args.existing),
                on_possible=OnPossible(args.possible_duplicates), new_status=args.status,
                people_as_contacts=args.people_as_contacts))
        result = run_to_end(apply_import(database=database, plan=plan,
                                         letter_title=args.letter))
    line = result.summary
    if result.letter_id is not None:
        what = "signatories" if kind is ImportKind.organizations else "recipients"
        created = " (new letter)" if result.letter_created else ""
        line += f"; letter {args.letter.strip()!r}{created}: {result.letter_added} {what} added"
    print(line)
    if result.people_counts is not None:
        print(f"people as contacts: {summary_line(result.people_counts)}")
    if kept:
        print("kept as own fields: " + ", ".join(
            f"{column.header}{'' if column.label == column.header else f' as {column.label}'}"
            f" ({column.values} {'value' if column.values == 1 else 'values'})"
            for column in kept))
    _print_problems(plan)
    if rejected_rows(plan):
        _write_report(plan, path)
    _print_left_out(plan, given_status=args.status, kept=kept_indexes)
    status = _status(plan, kept=kept_indexes)
    if status != EXIT_OK and _written(plan):
        print(f"coalitiondesk: the rest was written all the same: {result.summary}",
              file=sys.stderr)
    return status


def _written(plan: ImportPlan) -> int:
    counts = plan.counts()
    return counts[Action.create] + counts[Action.update]


def _listed(columns: Sequence[UnmappedColumn]) -> str:
    return ", ".join(f"{column.header} ({column.values} "
                     f"{'value' if column.values == 1 else 'values'})" for column in columns)


def _print_left_out(plan: ImportPlan, *, given_status: MembershipStatus | None,
                    kept: Set[int] = frozenset()) -> None:
    """The columns not imported (but those kept as own fields), and the status new
    organizations got by default."""
    columns = [column for column in plan.not_imported_columns() if column.index not in kept]
    if columns:
        print(f"not imported: {_listed(columns)}", file=sys.stderr)
    if plan.people is not None and not plan.people_as_contacts:
        count = len(plan.people.positions)
        print(f"coalitiondesk: {count} {'row is a person' if count == 1 else 'rows are people'}"
              ", not organizations: --people-as-contacts imports them as contacts of their"
              " company", file=sys.stderr)
    organizations = plan.organizations_without_status()
    if organizations and given_status is None:
        status = plan.status_for_new_organizations().value.replace("_", " ")
        noun = "organization" if organizations == 1 else "organizations"
        print(f"coalitiondesk: {organizations} new {noun} got the membership status "
              f"{status}: the file gives none (--status chooses another)", file=sys.stderr)


def _write_report(plan: ImportPlan, source: Path) -> None:
    """The error report beside the imported file, else in the user's documents folder.

    The import is already made: a report that cannot be written is told in one
    line, saying so, and does not make the import look failed.
    """
    beside = report_path(source)
    try:
        count = write_error_report(plan, beside)
    except (CoalitionDeskError, OSError) as error:
        # The folder takes no new file (read-only, full, a file open elsewhere).
        first = _reason(error)
        other: Path | None = None
        try:
            other = other_report_path(source)
            count = write_error_report(plan, other)
        except Exception as second:  # the import is made: say so, whatever failed here
            elsewhere = f"in {other.parent}" if other is not None else "elsewhere"
            _report_failed(plan, f"beside the file: {first}; {elsewhere}: {_reason(second)}")
            return
        print(f"coalitiondesk: {count} rows not imported; the report could not be written"
              f" beside the file ({first}), so it is in {other}", file=sys.stderr)
        return
    except Exception as error:  # the import is made: say so, whatever failed here
        _report_failed(plan, _reason(error))
        return
    print(f"coalitiondesk: {count} rows not imported; see {beside}", file=sys.stderr)


def _report_failed(plan: ImportPlan, reason: str) -> None:
    rows = len(rejected_rows(plan))
    print(f"coalitiondesk: the import succeeded as summed up above, but the report of the"
          f" {rows} rows not imported could not be written: {reason}", file=sys.stderr)


def _reason(error: BaseException) -> str:
    if isinstance(error, CoalitionDeskError):
        return str(error)
    if isinstance(error, OSError):
        return describe_os_error(error)
    return f"{type(error).__name__}: {error}".splitlines()[0]


def _status(plan: ImportPlan, *, kept: Set[int] = frozenset()) -> int:
    counts = plan.counts()
    imported = counts[Action.create] + counts[Action.update] + counts[Action.unchanged]
    # A row left out (even one repeating an earlier row: its other cells may differ)
    # or a column left out is data not imported.
    failed = bool(rejected_rows(plan)) or any(
        column.index not in kept for column in plan.not_imported_columns())
    return EXIT_ERROR if failed or (plan.rows and not imported) else EXIT_OK


def _print_problems(plan: ImportPlan, limit: int = 20) -> None:
    positions = rejected_rows(plan)
    for position in positions[:limit]:
        print(f"  row {plan.rows[position].number}: {why_left_out(plan, position)}")
    if len(positions) > limit:
        print(f"  ... and {len(positions) - limit} more")


def run_undo(args: argparse.Namespace) -> int:
    with opened(args, write=True) as database:
        with database.session() as session:
            batches = list_imports(session=session)
        if args.list:
            for batch in batches:
                when = batch.created_at.strftime("%Y-%m-%d %H:%M")
                print(f"{batch.id}\t{when}\t{batch.kind}\t{batch.row_count} rows\t{batch.source}")
            return EXIT_OK
        batch_id = args.batch
        if batch_id is None:
            if not batches:
                raise InvalidInput("There is no import to undo")
            batch_id = batches[0].id
        result = undo_import(database=database, batch_id=batch_id)
    line = f"Undid import {batch_id}: removed {result.deleted}, restored {result.restored}"
    if result.kept:
        line += f"; kept {len(result.kept)} later edits"
    print(line)
    return EXIT_OK
