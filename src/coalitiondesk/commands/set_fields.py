"""`coalitiondesk set`: one field of every organization or contact a filter selects, at once,
or all of them put on a letter as its signatories or recipients.

    coalitiondesk set --kind organizations --where "country=KR,tag=partner" status=member
    coalitiondesk set --kind organizations --where "tag=partner" "Working group=Asia"
    coalitiondesk set --kind contacts --where "tag=press" recipient-of=12
"""

from __future__ import annotations

import argparse
from datetime import date
from enum import StrEnum
from typing import TypeVar

from sqlmodel import Session

from coalitiondesk.commands import EXIT_OK, left_off_letter, opened
from coalitiondesk.core.errors import InvalidInput
from coalitiondesk.core.models import MembershipStatus, OrganizationKind, Sensitivity
from coalitiondesk.core.records import custom_fields
from coalitiondesk.core.records.bulk import (
    ADD_TAG,
    REMOVE_TAG,
    BulkChange,
    apply_change,
    matching_ids,
    to_change,
)
from coalitiondesk.core.records.bulk_letters import Role, add_to_letter, letter_additions
from coalitiondesk.core.records.contacts import ContactFilter
from coalitiondesk.core.records.duplicates import RecordKind
from coalitiondesk.core.records.organizations import OrganizationFilter
from coalitiondesk.core.storage.db import Database

E = TypeVar("E", bound=StrEnum)

KINDS: dict[str, RecordKind] = {"organizations": "organization", "contacts": "contact"}
# FIELD of FIELD=VALUE, as a coordinator writes it, to the stored field.
_FIELDS: dict[RecordKind, dict[str, str]] = {
    "organization": {"tag": ADD_TAG, "untag": REMOVE_TAG, "status": "membership_status",
                     "membership-status": "membership_status", "country": "country_code",
                     "kind": "kind", "do-not-share": "do_not_share"},
    "contact": {"tag": ADD_TAG, "untag": REMOVE_TAG, "country": "address_country_code",
                "sensitivity": "sensitivity", "do-not-mail": "do_not_mail",
                "do-not-email": "do_not_email", "do-not-share": "do_not_share"},
}
_WHERE: dict[RecordKind, tuple[str, ...]] = {
    "organization": ("search", "country", "status", "kind", "tag"),
    "contact": ("search", "country", "sensitivity", "tag"),
}
# FIELD=LETTER_ID: the records put on that letter.
_LETTER_ROLES: dict[str, Role] = {"signatory-of": "signatories", "recipient-of": "recipients"}
_YES, _NO = ("yes", "true", "1", "y"), ("no", "false", "0", "n")
_NO_COUNTRY = ("", "none", "international")


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "set", help="change one field of many organizations or contacts at once",
        description="Set FIELD=VALUE on every record --where selects (or --all), as one "
        "change that `coalitiondesk undo` takes back. Organizations: tag=NAME (add), "
        "untag=NAME (remove), status=member|observer|prospect|former|non_member (with "
        "--date and --note for the history), country=CODE (empty: international), "
        "kind=ngo|network|..., do-not-share=yes|no. Contacts: tag, untag, country, "
        "sensitivity=normal|restricted, do-not-mail, do-not-email, do-not-share. "
        "Either kind: an own field by its label (\"Working group=Asia\"; empty: cleared); "
        "recipient-of=LETTER_ID, and for organizations signatory-of=LETTER_ID, to put "
        "them all on that letter (those on it already are skipped). "
        "Prints how many records change.")
    parser.add_argument("assignment", metavar="FIELD=VALUE")
    parser.add_argument("--kind", choices=list(KINDS), default="organizations",
                        help="organizations (default) or contacts")
    parser.add_argument("--where", metavar="FILTERS",
                        help='comma-separated KEY=VALUE filters, all of which must hold: '
                        'organizations: search, country, status, kind, tag; contacts: '
                        'search, country, sensitivity, tag (e.g. "country=KR,tag=partner")')
    parser.add_argument("--all", action="store_true", help="every record of the kind")
    parser.add_argument("--date", type=date.fromisoformat, metavar="YYYY-MM-DD",
                        help="the day a new membership status takes effect (default today)")
    parser.add_argument("--note", help="the note of a membership status change")
    parser.add_argument("--dry-run", action="store_true",
                        help="say how many records would change; change nothing")
    parser.set_defaults(run=run_set)


def _pairs(text: str, what: str) -> list[tuple[str, str]]:
    pairs: list[tuple[str, str]] = []
    for part in text.split(","):
        if not part.strip():
            continue
        key, equals, value = part.partition("=")
        if not equals or not key.strip():
            raise InvalidInput(f"{what}: {part.strip()!r} is not KEY=VALUE")
        pairs.append((key.strip().lower(), value.strip()))
    return pairs


def parse_where(kind: RecordKind, text: str) -> OrganizationFilter | ContactFilter:
    given = dict(_pairs(text, "--where"))
    unknown = sorted(set(given) - set(_WHERE[kind]))
    if unknown:
        raise InvalidInput(f"--where: no filter {unknown[0]!r}; the filters are: "
                           + ", ".join(_WHERE[kind]))
    country = given.get("country")
    if kind == "organization":
        international = country is not None and country.lower() in _NO_COUNTRY
        return OrganizationFilter(
            search=given.get("search"),
            country_code=country.upper() if country and not international else None,
            international=True if international else None,
            membership_status=_choice(MembershipStatus, "status", given.get("status")),
            kind=_choice(OrganizationKind, "kind", given.get("kind")),
            tag=given.get("tag"))
    return ContactFilter(search=given.get("search"),
                         country_code=country.upper() if country else None,
                         sensitivity=_choice(Sensitivity, "sensitivity",
                                             given.get("sensitivity")),
                         tag=given.get("tag"))


def _choice(enum: type[E], key: str, value: str | None) -> E | None:
    if not value:
        return None
    try:
        return enum(value.lower())
    except ValueError:
        raise InvalidInput(f"--where: {key} is one of "
                           + ", ".join(member.value for member in enum)) from None


def _assignment(text: str) -> tuple[str, str]:
    """FIELD=VALUE split at its first "=" (an own field's label may hold a comma)."""
    name, equals, value = text.partition("=")
    if not equals or not name.strip():
        raise InvalidInput(f"FIELD=VALUE: {text.strip()!r} is not KEY=VALUE")
    return " ".join(name.split()).lower(), value.strip()


def _own_fields(session: Session, kind: RecordKind) -> dict[str, str]:
    """The coordinator's own fields, by label as written on the command line."""
    return {" ".join(definition.label.split()).lower(): custom_fields.field_key(definition.id)
            for definition in custom_fields.list_custom_fields(session=session,
                                                                record_kind=kind)
            if definition.id is not None}


def parse_assignment(kind: RecordKind, text: str, *, changed_on: date | None,
                     note: str | None, own: dict[str, str] | None = None) -> BulkChange:
    name, value = _assignment(text)
    field = _FIELDS[kind].get(name) or (own or {}).get(name)
    if field is not None and custom_fields.field_id_of(field) is None and "=" in value:
        raise InvalidInput("Give one FIELD=VALUE")
    if field is None:
        roles = [key for key, role in _LETTER_ROLES.items()
                 if kind == "organization" or role == "recipients"]
        raise InvalidInput(f"No field {name!r} to set on {kind}s; the fields are: "
                           + ", ".join([*_FIELDS[kind], *roles,
                                        *(f'"{label}"' for label in own or {})]))
    if (changed_on or note) and field != "membership_status":
        raise InvalidInput("--date and --note go with status=...")
    if field in ("do_not_share", "do_not_mail", "do_not_email"):
        if value.lower() not in (*_YES, *_NO):
            raise InvalidInput(f"{name} takes yes or no, not {value!r}")
        return BulkChange(field=field, value=value.lower() in _YES)
    if field in ("country_code", "address_country_code") and value.lower() in _NO_COUNTRY:
        return BulkChange(field=field, value=None)
    if custom_fields.field_id_of(field) is not None:
        return BulkChange(field=field, value=value or None)
    return BulkChange(field=field, value=value, changed_on=changed_on, note=note)


def _letter_role(kind: RecordKind, text: str) -> tuple[Role, int] | None:
    """signatory-of=ID or recipient-of=ID, read; None for any other FIELD=VALUE."""
    name, value = _assignment(text)
    role = _LETTER_ROLES.get(name)
    if role is None:
        return None
    if role == "signatories" and kind != "organization":
        raise InvalidInput("Only organizations sign a letter: use recipient-of=LETTER_ID")
    if not value.isdigit():
        raise InvalidInput(f"{name} takes a letter's ID, not {value!r}")
    return role, int(value)


def run_set(args: argparse.Namespace) -> int:
    kind = KINDS[args.kind]
    if (args.where is None) == (not args.all):
        raise InvalidInput("Say which records with --where FILTERS, or --all")
    letter = _letter_role(kind, args.assignment)
    if letter is not None and (args.date or args.note):
        raise InvalidInput("--date and --note go with status=...")
    filters = parse_where(kind, args.where) if args.where is not None else None
    with opened(args, create=False, write=not args.dry_run) as database:
        with database.session() as session:
            ids = matching_ids(session=session, kind=kind, filters=filters)
            if letter is not None:
                return _put_on_letter(args, database, kind, ids, *letter)
            change = parse_assignment(kind, args.assignment, changed_on=args.date,
                                      note=args.note, own=_own_fields(session, kind))
            changing = to_change(session=session, kind=kind, ids=ids, change=change)
        plural = args.kind if len(ids) != 1 else kind
        if args.dry_run:
            print(f"{len(changing):,} of {len(ids):,} {plural} would change")
            return EXIT_OK
        result = apply_change(database, kind=kind, ids=changing, change=change)
    print(f"{result.changed:,} of {len(ids):,} {plural} changed")
    return EXIT_OK


def _put_on_letter(args: argparse.Namespace, database: Database, kind: RecordKind,
                   ids: list[int], role: Role, letter_id: int) -> int:
    plural = args.kind if len(ids) != 1 else kind
    what = "signatories" if role == "signatories" else "recipients"
    with database.session() as session:
        plan = letter_additions(session=session, kind=kind, ids=ids, letter_id=letter_id,
                                role=role)
    if args.dry_run:
        added, verb = len(plan.new), "would be added"
    else:
        added = add_to_letter(database, kind=kind, ids=ids, letter_id=letter_id,
                              role=role).added
        verb = "added"
    print(f"{added:,} of {len(ids):,} {plural} {verb} as {what} of letter {letter_id}"
          + left_off_letter(already=plan.already, restricted=plan.restricted))
    return EXIT_OK
