"""`coalitiondesk report NAME --out OUT.xlsx|OUT.pdf`: a report for the steering committee."""

from __future__ import annotations

import argparse
from pathlib import Path

from coalitiondesk.commands import EXIT_OK, opened
from coalitiondesk.core.errors import InvalidInput
from coalitiondesk.core.records.groups import group_named
from coalitiondesk.core.reports import NAMES_PEOPLE, REPORTS, make_report, save_xlsx


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "report", help="write a report (members by country, letters, the member directory, "
        "...) to xlsx or pdf",
        description="Write one report as an Excel workbook (.xlsx, with a chart beside the "
        "table) or an A4 PDF (.pdf, the chart above the table), dated. --list shows the "
        "reports. The member directory lists contacts: a volunteer on a shared server may "
        "not write it.",
    )
    parser.add_argument("name", nargs="?", metavar="NAME", help=", ".join(REPORTS))
    parser.add_argument("--out", type=Path, metavar="OUT.xlsx|OUT.pdf")
    parser.add_argument("--list", action="store_true", help="list the reports and stop")
    parser.add_argument("--include-restricted", action="store_true",
                        help="member-directory: also list restricted contacts and records "
                        "tagged 'do not share'")
    parser.add_argument("--group", metavar="NAME",
                        help="only the organizations of this saved group: the members "
                        "among them, the letters they signed or were sent, the activities "
                        "involving them")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.list:
        for name, build in REPORTS.items():
            summary = (build.__doc__ or "").strip().splitlines()
            print(f"{name}\t{summary[0] if summary else ''}")
        return EXIT_OK
    if args.name is None:
        raise InvalidInput("Name the report to write (coalitiondesk report --list shows them)")
    if args.name not in REPORTS:
        raise InvalidInput(
            f"There is no report {args.name!r}: choose one of {', '.join(REPORTS)}")
    if args.out is None:
        raise InvalidInput("Say where to write the report with --out OUT.xlsx or --out OUT.pdf")
    suffix = args.out.suffix.lower()
    if suffix not in (".xlsx", ".pdf"):
        raise InvalidInput(f"{args.out.name} is neither a workbook (.xlsx) nor a PDF (.pdf)")
    if args.include_restricted and args.name not in NAMES_PEOPLE:
        raise InvalidInput(f"--include-restricted goes with {', '.join(sorted(NAMES_PEOPLE))}: "
                           f"{args.name} names no one")
    with opened(args, create=False) as database, database.session() as session:
        group_id = (group_named(session=session, name=args.group, kind="organization").id
                    if args.group is not None else None)
        report = make_report(session=session, name=args.name,
                             include_restricted=args.include_restricted, group_id=group_id)
    if suffix == ".xlsx":
        save_xlsx(report=report, target=args.out)
        rows = len(report.rows)
        print(f"Wrote {report.title} ({rows:,} row{'' if rows == 1 else 's'}) to {args.out}.")
    else:
        # Qt is loaded only for a PDF.
        from coalitiondesk.printing.report_pdf import write_report_pdf

        pages = write_report_pdf(report=report, target=args.out)
        print(f"Wrote {report.title} ({pages} page{'' if pages == 1 else 's'}) to {args.out}.")
    return EXIT_OK
