"""`coalitiondesk merge TITLE --out OUT.pdf`: a letter merged for its recipients, as letters,
envelopes or address labels, in a PDF ready to print; or the letters as one Word document
(`--out OUT.docx` or `--format docx`) a partner can edit."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from coalitiondesk.commands import EXIT_OK, email_merge, opened
from coalitiondesk.core.errors import InvalidInput
from coalitiondesk.core.merge.documents import MergeJob, Skipped
from coalitiondesk.core.merge.geometry import ENVELOPES, LABEL_SHEETS
from coalitiondesk.core.storage.files import check_file_name

if TYPE_CHECKING:
    from coalitiondesk.printing.output import Printed

# How a letter written here can be recorded as sent; nothing is recorded unless asked.
SENT_CHANNELS = ("post", "email", "hand")
FORMATS = ("pdf", "docx")


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "merge", help="merge a letter for its recipients into a PDF: letters, envelopes "
        "or address labels",
        description="Write the letter TITLE, merged for each recipient who can be mailed, "
        "to a PDF (each letter from a new page), or envelopes or address labels for the "
        "same recipients. Prints the pages and documents written and the recipients "
        "skipped, with why. Nothing is recorded as sent unless --record-as-sent says how "
        "the letters go out: a proof can be printed any number of times.",
    )
    parser.add_argument("title", metavar="TITLE", help="the letter's title")
    parser.add_argument("--out", type=Path, metavar="OUT.pdf",
                        help="the PDF to write (with --one-file-per-recipient: a folder, "
                        "or OUT.pdf whose name starts each file's name); OUT.docx writes "
                        "the letters as one Word document, each from a new page")
    parser.add_argument("--format", choices=FORMATS, dest="output_format",
                        help="pdf or docx; default: from the --out file's extension")
    parser.add_argument("--one-file-per-recipient", action="store_true",
                        help="one PDF per recipient, named after the recipient")
    kinds = parser.add_mutually_exclusive_group()
    kinds.add_argument("--labels", metavar="SHEET", type=str.upper,
                       choices=list(LABEL_SHEETS), help="address labels on Avery sheets: "
                       + ", ".join(LABEL_SHEETS))
    kinds.add_argument("--envelopes", metavar="SIZE", type=str.upper, choices=list(ENVELOPES),
                       help="envelopes: " + ", ".join(ENVELOPES))
    parser.add_argument("--start", type=int, metavar="N",
                        help="with --labels: the first label to use on a part-used sheet "
                        "(1 = top left, across then down)")
    parser.add_argument("--plain-envelopes", action="store_true",
                        help="letters for envelopes without a window: the address at the "
                        "top instead of in the window's place")
    parser.add_argument("--include-incomplete", action="store_true",
                        help="print for recipients whose address lacks a part their "
                        "country's post needs too (they are skipped otherwise, with the "
                        "parts named)")
    parser.add_argument("--record-as-sent", choices=SENT_CHANNELS, metavar="CHANNEL",
                        help="record each letter written as sent today by CHANNEL ("
                        + ", ".join(SENT_CHANNELS) + "): one more dispatch on each "
                        "recipient, earlier ones kept")
    email_merge.add_withheld_arguments(parser)
    email_merge.add_arguments(parser)
    parser.set_defaults(run=run)


def _output_format(args: argparse.Namespace) -> str:
    given: str | None = args.output_format
    suffix = args.out.suffix.lower().lstrip(".")
    if given is None:
        return "docx" if suffix == "docx" else "pdf"
    if suffix in FORMATS and suffix != given and not args.out.is_dir():
        raise InvalidInput("--format {given} does not match {name}", given=given,
                           name=args.out.name)
    return given


def _check_docx(args: argparse.Namespace) -> None:
    check_file_name(args.out)
    if args.labels or args.envelopes:
        raise InvalidInput("A Word document holds letters, not labels or envelopes: "
                           "write those to a PDF")
    if args.one_file_per_recipient or args.plain_envelopes or args.start is not None:
        flag = ("--one-file-per-recipient" if args.one_file_per_recipient else
                "--plain-envelopes" if args.plain_envelopes else "--start")
        raise InvalidInput("{flag} is for PDF letters, not a Word document", flag=flag)
    if args.out.suffix.lower() != ".docx":
        raise InvalidInput("{name} is not a Word file name (.docx)", name=args.out.name)


def _check(args: argparse.Namespace) -> None:
    check_file_name(args.out)
    if args.start is not None and args.labels is None:
        raise InvalidInput("--start goes with --labels")
    if args.record_as_sent and (args.labels or args.envelopes):
        raise InvalidInput("--record-as-sent is for letters, not labels or envelopes")
    if args.one_file_per_recipient and (args.labels or args.envelopes):
        raise InvalidInput("--one-file-per-recipient is for letters, not labels or envelopes")
    if args.labels is not None and args.start is not None:
        from coalitiondesk.printing.labels import check_start, sheet_named

        check_start(sheet_named(args.labels), args.start)
    folder_wanted = args.one_file_per_recipient and (args.out.is_dir()
                                                     or args.out.suffix.lower() != ".pdf")
    if not folder_wanted and args.out.suffix.lower() != ".pdf":
        raise InvalidInput(f"{args.out.name} is not a PDF file name (.pdf)")


def run(args: argparse.Namespace) -> int:
    if args.email:
        return email_merge.run(args)
    if args.out is None:
        raise InvalidInput("Say where to write the PDF: --out OUT.pdf (or send by --email)")
    docx_wanted = _output_format(args) == "docx"
    (_check_docx if docx_wanted else _check)(args)
    # Qt is loaded only once the arguments are known to be sound.
    from coalitiondesk.core.merge.dispatch import record_as_sent
    from coalitiondesk.core.merge.plan import prepare_merge
    from coalitiondesk.core.records.letters import letter_by_title
    from coalitiondesk.printing.fonts import job_missing_glyphs

    today = date.today()
    with opened(args, create=False, write=bool(args.record_as_sent)) as database:
        with database.session() as session:
            letter = letter_by_title(session=session, title=args.title)
            assert letter.id is not None
            job = prepare_merge(session=session, letter_id=letter.id, today=today,
                                include_incomplete=args.include_incomplete,
                                organization_address=args.organization_address)
        email_merge.refuse_withheld_addresses(args, job.withheld_addresses(),
                                              nothing="nothing was written")
        for text, characters in (() if docx_wanted else job_missing_glyphs(job)):
            print(f"coalitiondesk: warning: no installed font can draw {characters!r} "
                  f"in “{text[:60]}”; it will print as an empty box", file=sys.stderr)
        if job.withheld_signatories:
            print("coalitiondesk: warning: left out of the signatory block, marked “do not "
                  "share”: " + ", ".join(job.withheld_signatories), file=sys.stderr)
        printed, noun, where = _write_docx(args, job) if docx_wanted else _write(args, job)
        # Said once written: a refused write is then the one line on stderr.
        if job.incomplete_included:
            print("coalitiondesk: warning: printed although the address needs checking: "
                  + ", ".join(_reason(item) for item in job.incomplete_included),
                  file=sys.stderr)
        email_merge.warn_organization_addressed(job.organization_addressed)
        if args.record_as_sent and printed.recipient_ids:
            record_as_sent(database, letter_id=letter.id, recipient_ids=printed.recipient_ids,
                           on=today, channel=args.record_as_sent, languages=job.languages())
    pages = f"{_count(printed.pages, 'page')}, " if not docx_wanted else ""
    print(f"Wrote {pages}{_count(printed.documents, noun)} to {where}{_languages(job)}; "
          f"{_skipped(job)}")
    if printed.not_fitting:
        print("Did not fit (printed cut at the edge): "
              + ", ".join(item.name for item in printed.not_fitting))
    return EXIT_OK


def _write(args: argparse.Namespace, job: MergeJob) -> tuple[Printed, str, str]:
    from coalitiondesk.core.progress import run_to_end
    from coalitiondesk.printing.envelopes import write_envelopes
    from coalitiondesk.printing.labels import write_labels
    from coalitiondesk.printing.letter_layout import LetterSetup
    from coalitiondesk.printing.letters import (
        per_recipient_targets,
        write_letters,
        write_letters_per_recipient,
    )
    from coalitiondesk.printing.output import require_documents

    require_documents(job)
    printed: Printed
    if args.labels:
        printed = run_to_end(write_labels(job=job, target=args.out, sheet=args.labels,
                                          start=args.start or 1))
        return printed, "label", str(args.out)
    if args.envelopes:
        printed = run_to_end(write_envelopes(job=job, target=args.out,
                                             envelope=args.envelopes))
        return printed, "envelope", str(args.out)
    setup = LetterSetup.for_job(job, window_envelope=not args.plain_envelopes)
    if not args.one_file_per_recipient:
        printed = run_to_end(write_letters(job=job, target=args.out, setup=setup))
        return printed, "document", str(args.out)
    if args.out.is_dir() or args.out.suffix.lower() != ".pdf":
        folder, prefix = args.out, ""
        folder.mkdir(exist_ok=True)
    else:
        folder, prefix = args.out.parent, f"{args.out.stem} - "
    targets = per_recipient_targets(job, folder, prefix=prefix)
    printed = run_to_end(write_letters_per_recipient(job=job, targets=targets, setup=setup))
    return printed, "document", f"{_count(len(targets), 'file')} in {folder}"


def _write_docx(args: argparse.Namespace, job: MergeJob) -> tuple[Printed, str, str]:
    from coalitiondesk.core.merge.word_output import write_docx
    from coalitiondesk.core.progress import run_to_end
    from coalitiondesk.printing.output import Printed, require_documents

    require_documents(job)
    written = run_to_end(write_docx(job=job, target=args.out))
    return (Printed(pages=0, documents=written.documents, files=(written.target,),
                    recipient_ids=written.recipient_ids), "letter", str(args.out))


def _languages(job: MergeJob) -> str:
    """ " (en 12, ko 3)" when the letters went out in more than one language."""
    counts = job.language_counts()
    if len(counts) < 2:
        return ""
    return " (" + ", ".join(f"{language} {count:,}" for language, count in counts.items()) + ")"


def _count(number: int, noun: str) -> str:
    return f"{number:,} {noun}{'' if number == 1 else 's'}"


def _skipped(job: MergeJob) -> str:
    if not job.skipped:
        return "skipped 0 recipients."
    return (f"skipped {_count(len(job.skipped), 'recipient')}: "
            + ", ".join(_reason(item) for item in job.skipped) + ".")


def _reason(item: Skipped) -> str:
    """ "Phil Robertson (check the address: street, country)"."""
    why = f"{item.reason}: {', '.join(item.missing)}" if item.missing else str(item.reason)
    return f"{item.name} ({why})"
