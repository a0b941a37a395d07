"""`coalitiondesk merge TITLE --email`: the letter sent to each recipient with an
e-mail address as a message of their own, through the mail server in the
settings (or --smtp), or written as .eml files with --dry-run --out DIR.

The server's password comes from the system keyring, else
COALITIONDESK_SMTP_PASSWORD, else a prompt on a terminal; never from the
command's arguments. Running the command again resumes a run that stopped:
nobody is sent the same message twice.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections import Counter
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from coalitiondesk.commands import EXIT_ERROR, EXIT_OK, opened
from coalitiondesk.core.errors import InvalidInput

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from coalitiondesk.core.mailing.compose import Composed, LeftOut, MailJob
    from coalitiondesk.core.mailing.messages import Attachment
    from coalitiondesk.core.mailing.sending import Outcome, SendReport
    from coalitiondesk.core.mailing.server import ServerSettings
    from coalitiondesk.core.merge.documents import Skipped
    from coalitiondesk.core.storage.db import Database

ATTACHMENTS = ("pdf", "docx")
SECURITIES = ("starttls", "tls", "none")


def add_withheld_arguments(parser: argparse.ArgumentParser) -> None:
    """What to do with contacts whose home address a volunteer may not read."""
    withheld = parser.add_argument_group(
        "home addresses withheld", "A volunteer on a shared server may not read contacts' "
        "home addresses: a letter (or an e-mail showing the address or carrying the letter) "
        "to them stops with their names unless one of these says what to do.")
    choices = withheld.add_mutually_exclusive_group()
    choices.add_argument("--organization-address", action="store_true",
                         help="write to them at their current organization's address (those "
                         "without one are left out and listed)")
    choices.add_argument("--skip-withheld-addresses", action="store_true",
                         help="leave them out (they are listed)")


def refuse_withheld_addresses(args: argparse.Namespace,
                              withheld: Sequence[Skipped | LeftOut], *, nothing: str) -> None:
    """Stop, naming them, when contacts' home addresses are withheld from the volunteer
    and the command line does not say what to do with them: never a fallback unasked."""
    if not withheld or args.organization_address or args.skip_withheld_addresses:
        return
    names = ", ".join(f"{item.name} (" + (f"organization: {item.organization}"
                                          if item.organization else "no organization address")
                      + ")" for item in withheld)
    raise InvalidInput(
        f"{_count(len(withheld), 'recipient')} with a home address a volunteer may not read: "
        f"{names}; --organization-address writes to their organization's address, "
        f"--skip-withheld-addresses leaves them out; {nothing}")


def warn_organization_addressed(items: Sequence[Skipped | LeftOut]) -> None:
    if items:
        print("coalitiondesk: warning: written to at their organization's address (home "
              "address withheld from a volunteer): " + ", ".join(
                  f"{item.name} ({item.organization})" for item in items),
              file=sys.stderr)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """merge's e-mail options."""
    email = parser.add_argument_group(
        "e-mail", "With --email the letter is sent as one personal message per recipient "
        "(never CC or BCC); do-not-email contacts, restricted ones (unless "
        "--include-restricted) and those without an address are left out and listed.")
    email.add_argument("--email", action="store_true",
                       help="send the letter by e-mail instead of writing a PDF")
    email.add_argument("--subject", metavar="TEXT",
                       help="the subject, with the body's merge fields "
                       "(default: the letter's title)")
    email.add_argument("--attach", choices=ATTACHMENTS,
                       help="attach each recipient's merged letter as a PDF or a Word "
                       "document")
    email.add_argument("--dry-run", action="store_true",
                       help="send nothing: write one .eml file per recipient to --out DIR")
    email.add_argument("--smtp", metavar="HOST:PORT",
                       help="the mail server (default: the one in the settings)")
    email.add_argument("--smtp-user", metavar="USER", help="the user to log in as")
    email.add_argument("--smtp-security", choices=SECURITIES,
                       help="starttls (default) or tls; none only without a user")
    email.add_argument("--from", dest="email_from", metavar="ADDRESS",
                       help="the sender's address")
    email.add_argument("--rate", type=int, metavar="N",
                       help="at most N messages a minute (default 30; 0: no limit)")
    email.add_argument("--include-restricted", type=int, metavar="N",
                       help="send to the restricted contacts too, confirming their number")
    email.add_argument("--resend-uncertain", action="store_true",
                       help="send again the messages a stopped run may or may not have "
                       "sent (check your sent folder first)")
    email.add_argument("--retry-refused", action="store_true",
                       help="send again the messages the server refused")


def _check(args: argparse.Namespace) -> None:
    for flag, given in (("--labels", args.labels), ("--envelopes", args.envelopes),
                        ("--record-as-sent", args.record_as_sent),
                        ("--one-file-per-recipient", args.one_file_per_recipient),
                        ("--start", args.start is not None)):
        if given:
            raise InvalidInput(f"{flag} does not go with --email")
    if args.dry_run and args.out is None:
        raise InvalidInput("--dry-run writes .eml files: say where with --out DIR")
    if args.out is not None and not args.dry_run:
        raise InvalidInput("--out goes with --dry-run: without it the messages are sent")
    if args.dry_run and args.out.exists() and not args.out.is_dir():
        raise InvalidInput(f"{args.out} is not a folder")
    if args.rate is not None and args.rate < 0:
        raise InvalidInput("--rate cannot be negative")
    if args.smtp is not None:
        _host_port(args.smtp)


def _host_port(text: str) -> tuple[str, int | None]:
    host, colon, port = text.strip().rpartition(":")
    if not colon:
        return text.strip(), None
    if not port.isdigit() or not 0 < int(port) < 65536 or not host:
        raise InvalidInput(f"{text} is not a mail server as HOST:PORT")
    return host.strip("[]"), int(port)


def run(args: argparse.Namespace) -> int:
    _check(args)
    from coalitiondesk.core.mailing.compose import compose_steps
    from coalitiondesk.core.mailing.server import server_settings, with_overrides
    from coalitiondesk.core.merge.page import page_settings
    from coalitiondesk.core.progress import run_to_end
    from coalitiondesk.core.records.letters import letter_by_title

    today = date.today()
    with opened(args, create=False, write=not args.dry_run) as database:
        with database.session() as session:
            letter = letter_by_title(session=session, title=args.title)
            assert letter.id is not None
            job = run_to_end(compose_steps(session=session, letter_id=letter.id, today=today,
                                           subject=args.subject,
                                           confirmed_restricted=args.include_restricted,
                                           letters_attached=bool(args.attach),
                                           organization_address=args.organization_address))
            stored = server_settings(session=session)
            sender_name = page_settings(session=session).sender_name
        host, port = _host_port(args.smtp) if args.smtp else (None, None)
        settings = with_overrides(stored, host=host, port=port, security=args.smtp_security,
                                  user=args.smtp_user, sender=args.email_from,
                                  rate=args.rate)
        refuse_withheld_addresses(args, job.withheld_addresses(), nothing="nothing was "
                                  + ("written" if args.dry_run else "sent"))
        _warn_restricted(args, job)
        warn_organization_addressed(job.organization_addressed)
        if args.dry_run:
            return _dry_run(args, job, sender=settings.sender, sender_name=sender_name)
        return _send(args, database, job, settings, sender_name=sender_name, today=today)


def _send(args: argparse.Namespace, database: Database, job: MailJob,
          settings: ServerSettings, *, sender_name: str, today: date) -> int:
    from coalitiondesk.core.mailing.messages import sender_address
    from coalitiondesk.core.mailing.sending import send_steps
    from coalitiondesk.core.mailing.server import check_settings, password
    from coalitiondesk.core.progress import run_to_end

    check_settings(settings)
    settings = replace(settings, sender=sender_address(settings.sender))
    secret = password(settings, ask=getpass.getpass if sys.stdin.isatty() else None)
    attach = attachments(job, args.attach) if args.attach else None
    report = run_to_end(send_steps(database, job=job, settings=settings, password=secret,
                                   today=today, attach=attach,
                                   resend_uncertain=args.resend_uncertain,
                                   retry_refused=args.retry_refused,
                                   sender_name=sender_name))
    _print_report(report, job)
    if report.stopped is not None:
        print(f"coalitiondesk: {report.stopped}", file=sys.stderr)
    trouble = report.refused or report.uncertain or report.stopped is not None
    return EXIT_ERROR if trouble else EXIT_OK


def _dry_run(args: argparse.Namespace, job: MailJob, *, sender: str,
             sender_name: str) -> int:
    from coalitiondesk.core.mailing.eml import write_eml_files
    from coalitiondesk.core.mailing.messages import sender_address
    from coalitiondesk.core.progress import run_to_end
    from coalitiondesk.printing.file_names import safe_stem, unique_file_names

    sender = sender_address(sender)
    folder: Path = args.out
    folder.mkdir(parents=True, exist_ok=True)
    names = unique_file_names((safe_stem(item.name, fallback="recipient")
                               for item in job.messages), extension=".eml")
    attach = attachments(job, args.attach) if args.attach else None
    written = run_to_end(write_eml_files(job=job, targets=[folder / name for name in names],
                                         sender=sender, sender_name=sender_name,
                                         attach=attach))
    print(f"Wrote {_count(len(written), '.eml file')} to {folder} (nothing sent)"
          f"{_languages(job, [item.recipient_id for item in job.messages])}; "
          f"{_left_out(job.left_out)}")
    return EXIT_OK


DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def attachments(job: MailJob, kind: str) -> Callable[[Composed], Attachment]:
    """Each recipient's merged letter as `kind` ("pdf" or "docx")."""
    return docx_attachments(job) if kind == "docx" else pdf_attachments(job)


def docx_attachments(job: MailJob) -> Callable[[Composed], Attachment]:
    """Each recipient's merged letter as a Word document a partner can edit."""
    from coalitiondesk.core.mailing.messages import Attachment
    from coalitiondesk.core.merge.word_output import write_docx
    from coalitiondesk.core.progress import run_to_end
    from coalitiondesk.core.storage import scratch
    from coalitiondesk.printing.file_names import safe_stem

    def attachment(message: Composed) -> Attachment:
        target = scratch.new_file(suffix=".docx")
        try:
            run_to_end(write_docx(job=replace(job.letters, documents=(message.document,)),
                                  target=target))
            content = target.read_bytes()
        finally:
            target.unlink(missing_ok=True)
        name = safe_stem(f"{job.title} - {message.name}", fallback=job.title or "letter")
        return Attachment(file_name=f"{name}.docx", content=content, mime_type=DOCX_TYPE)

    return attachment


def pdf_attachments(job: MailJob) -> Callable[[Composed], Attachment]:
    """Each recipient's merged letter as a PDF, drawn by the printing code."""
    from coalitiondesk.core.mailing.messages import Attachment
    from coalitiondesk.core.progress import run_to_end
    from coalitiondesk.core.storage import scratch
    from coalitiondesk.printing.file_names import safe_stem
    from coalitiondesk.printing.letter_layout import LetterSetup
    from coalitiondesk.printing.letters import write_letters

    # No window envelope: the letter travels in the message, not in an envelope.
    setup = LetterSetup.for_job(job.letters, window_envelope=False)

    def attachment(message: Composed) -> Attachment:
        target = scratch.new_file(suffix=".pdf")
        try:
            run_to_end(write_letters(job=replace(job.letters, documents=(message.document,)),
                                     target=target, setup=setup))
            content = target.read_bytes()
        finally:
            target.unlink(missing_ok=True)
        name = safe_stem(f"{job.title} - {message.name}", fallback=job.title or "letter")
        return Attachment(file_name=f"{name}.pdf", content=content)

    return attachment


def _warn_restricted(args: argparse.Namespace, job: MailJob) -> None:
    if args.include_restricted is not None and args.include_restricted != job.restricted:
        print(f"coalitiondesk: warning: --include-restricted {args.include_restricted} does "
              f"not match the {_count(job.restricted, 'restricted contact')} with an "
              "e-mail address; they are left out", file=sys.stderr)


def _count(number: int, noun: str) -> str:
    return f"{number:,} {noun}{'' if number == 1 else 's'}"


def _left_out(items: tuple[LeftOut, ...]) -> str:
    if not items:
        return "left out 0 recipients."
    return (f"left out {_count(len(items), 'recipient')}: "
            + ", ".join(f"{item.name} ({item.reason})" for item in items) + ".")


def _languages(job: MailJob, recipient_ids: list[int]) -> str:
    """ " (12 in English, 3 in Korean)": the language versions these recipients' messages
    hold, most first, when the job's messages are in more than one language (as the
    printed merge's summary)."""
    from coalitiondesk.core.merge.versions import language_name

    language = {message.recipient_id: message.language for message in job.messages}
    if len(set(language.values())) < 2 or not recipient_ids:
        return ""
    counts = Counter(language.get(recipient, job.language) for recipient in recipient_ids)
    ordered = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return " (" + ", ".join(f"{count:,} in {language_name(tag)}"
                            for tag, count in ordered) + ")"


def _who(item: Outcome) -> str:
    return f"{item.name} <{item.address}>"


def _print_report(report: SendReport, job: MailJob) -> None:
    line = f"Sent {_count(len(report.sent), 'message')}"
    line += _languages(job, [item.recipient_id for item in report.sent])
    if report.already_sent:
        line += f" ({len(report.already_sent):,} sent before)"
    print(f"{line}; {_left_out(report.left_out)}")
    if report.refused:
        print(f"Refused {_count(len(report.refused), 'message')} (send again with "
              "--retry-refused): " + "; ".join(f"{_who(item)}: {item.reply}"
                                               for item in report.refused))
    if report.uncertain:
        print(f"Uncertain, check your sent folder ({_count(len(report.uncertain), 'message')};"
              " send again with --resend-uncertain): "
              + "; ".join(f"{_who(item)} {item.message_id}" for item in report.uncertain))
    if report.not_sent:
        print(f"Not sent yet ({_count(len(report.not_sent), 'message')}): "
              + ", ".join(_who(item) for item in report.not_sent))
