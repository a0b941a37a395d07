"""`coalitiondesk set`: one field of every organization or contact a filter selects, at once.

    coalitiondesk set --kind organizations --where "country=KR,tag=partner" status=member
"""

from __future__ import annotations

import argparse
from datetime import date
from enum import StrEnum
from typing import TypeVar

from coalitiondesk.commands import EXIT_OK, opened
from coalitiondesk.core.errors import InvalidInput
from coalitiondesk.core.models import MembershipStatus, OrganizationKind, Sensitivity
from coalitiondesk.core.records.bulk import (
    ADD_TAG,
    REMOVE_TAG,
    BulkChange,
    apply_change,
    matching_ids,
    to_change,
)
from coalitiondesk.core.records.contacts import ContactFilter
from coalitiondesk.core.records.duplicates import RecordKind
from coalitiondesk.core.records.organizations import OrganizationFilter

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


def parse_assignment(kind: RecordKind, text: str, *, changed_on: date | None,
                     note: str | None) -> BulkChange:
    pairs = _pairs(text, "FIELD=VALUE")
    if len(pairs) != 1:
        raise InvalidInput("Give one FIELD=VALUE")
    name, value = pairs[0]
    field = _FIELDS[kind].get(name)
    if field is None:
        raise InvalidInput(f"No field {name!r} to set on {kind}s; the fields are: "
                           + ", ".join(_FIELDS[kind]))
    if (changed_on or note) and field != "membership_status":
        raise InvalidInput("--date and --note go with status=...")
    if field in ("do_not_share", "do_not_mail", "do_not_email"):
        if value.lower() not in (*_YES, *_NO):
            raise InvalidInput(f"{name} takes yes or no, not {value!r}")
        return BulkChange(field=field, value=value.lower() in _YES)
    if field in ("country_code", "address_country_code") and value.lower() in _NO_COUNTRY:
        return BulkChange(field=field, value=None)
    return BulkChange(field=field, value=value, changed_on=changed_on, note=note)


def run_set(args: argparse.Namespace) -> int:
    kind = KINDS[args.kind]
    if (args.where is None) == (not args.all):
        raise InvalidInput("Say which records with --where FILTERS, or --all")
    change = parse_assignment(kind, args.assignment, changed_on=args.date, note=args.note)
    filters = parse_where(kind, args.where) if args.where is not None else None
    with opened(args, create=False, write=not args.dry_run) as database:
        with database.session() as session:
            ids = matching_ids(session=session, kind=kind, filters=filters)
            changing = to_change(session=session, kind=kind, ids=ids, change=change)
        plural = args.kind if len(ids) != 1 else kind
        if args.dry_run:
            print(f"{len(changing):,} of {len(ids):,} {plural} would change")
            return EXIT_OK
        result = apply_change(database, kind=kind, ids=changing, change=change)
    print(f"{result.changed:,} of {len(ids):,} {plural} changed")
    return EXIT_OK
