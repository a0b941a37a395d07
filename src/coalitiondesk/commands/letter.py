"""`coalitiondesk letter import-body|versions|remove-version|signature`: a letter's body
from a Word or OpenDocument file, its language versions, its signature image."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from coalitiondesk.commands import EXIT_OK, opened
from coalitiondesk.core.errors import InvalidInput

if TYPE_CHECKING:
    from coalitiondesk.core.storage.db import Database


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "letter", help="a letter's body from Word, its language versions, its signature",
        description="Read a letter's body from a Word (.docx) or OpenDocument (.odt) file, "
        "keep versions of it in other languages (each recipient gets the one of their "
        "language), and set the signature image printed above the signatory block.")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    body = actions.add_parser(
        "import-body", help="the letter's body (or its version in a language) from a file",
        description="Replace the body of the letter TITLE with the text of FILE (.docx, or "
        ".odt when LibreOffice is installed): paragraphs, lists, alignment, bold, italic "
        "and merge fields written as {{ field }} or as Word MERGEFIELD fields. With "
        "--language, the version in that language instead (added when new).")
    body.add_argument("title", metavar="TITLE", help="the letter's title")
    body.add_argument("file", metavar="FILE", type=Path, help="a .docx or .odt file")
    body.add_argument("--language", metavar="CODE",
                      help="the version's language (BCP 47: en, ko, ja ...); default: "
                      "the letter's own")
    body.set_defaults(run=run_import_body)
    listing = actions.add_parser("versions", help="list the letter's language versions")
    listing.add_argument("title", metavar="TITLE")
    listing.set_defaults(run=run_versions)
    remove = actions.add_parser("remove-version", help="remove a language version")
    remove.add_argument("title", metavar="TITLE")
    remove.add_argument("language", metavar="CODE")
    remove.set_defaults(run=run_remove_version)
    signature = actions.add_parser(
        "signature", help="the signature image printed above the signatory block",
        description="Set the letter's signature image (PNG or JPEG), printed between the "
        "closing and the signatory block in PDF and .docx letters, or --remove it.")
    signature.add_argument("title", metavar="TITLE")
    signature.add_argument("image", metavar="IMAGE", type=Path, nargs="?")
    signature.add_argument("--remove", action="store_true", help="remove the image")
    signature.set_defaults(run=run_signature)


def _letter_id(database: Database, title: str) -> int:
    from coalitiondesk.core.records.letters import letter_by_title

    with database.session() as session:
        letter_id = letter_by_title(session=session, title=title).id
    assert letter_id is not None
    return letter_id


def run_import_body(args: argparse.Namespace) -> int:
    from coalitiondesk.core.merge.versions import save_version, versions_of
    from coalitiondesk.core.merge.word_import import read_body

    # The file is read before the database is opened: a bad file changes nothing.
    body = read_body(args.file)
    with opened(args, create=False, write=True) as database:
        letter_id = _letter_id(database, args.title)
        language = args.language or next(iter(versions_of(database, letter_id=letter_id)))
        saved = save_version(database, letter_id=letter_id, language=language, body=body)
    print(f"Read the body of “{args.title}” in {language} from {args.file.name}; the letter "
          f"has {len(saved.languages)} language version"
          f"{'' if len(saved.languages) == 1 else 's'}: {', '.join(saved.languages)}")
    return EXIT_OK


def run_versions(args: argparse.Namespace) -> int:
    from coalitiondesk.core.merge.versions import language_name, versions_of

    with opened(args, create=False) as database:
        bodies = versions_of(database, letter_id=_letter_id(database, args.title))
    for index, (language, body) in enumerate(bodies.items()):
        own = " (the letter's own)" if index == 0 else ""
        print(f"{language}\t{language_name(language)}{own}\t{len(body):,} characters")
    return EXIT_OK


def run_remove_version(args: argparse.Namespace) -> int:
    from coalitiondesk.core.merge.versions import delete_version

    with opened(args, create=False, write=True) as database:
        saved = delete_version(database, letter_id=_letter_id(database, args.title),
                               language=args.language)
    print(f"Removed the {args.language} version of “{args.title}”; left: "
          + ", ".join(saved.languages))
    return EXIT_OK


def run_signature(args: argparse.Namespace) -> int:
    from coalitiondesk.core.merge.signature import save_signature_image

    if args.remove == (args.image is not None):
        raise InvalidInput("Give the signature image (PNG or JPEG), or --remove")
    data = b""
    if args.image is not None:
        try:
            data = args.image.read_bytes()
        except OSError:
            raise InvalidInput("Cannot read {path}", path=args.image) from None
    with opened(args, create=False, write=True) as database:
        save_signature_image(database, letter_id=_letter_id(database, args.title), data=data)
    print(f"Removed the signature image of “{args.title}”" if not data else
          f"Set the signature image of “{args.title}” from {args.image.name}")
    return EXIT_OK
