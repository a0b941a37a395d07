"""`coalitiondesk group add|list|show|rename|remove|letter`: saved groups of organizations or
contacts, and a group's records put on a letter."""

from __future__ import annotations

import argparse

from sqlmodel import Session, col, select

from coalitiondesk.commands import EXIT_OK, left_off_letter, opened
from coalitiondesk.core.errors import InvalidInput
from coalitiondesk.core.geography.names import full_name
from coalitiondesk.core.models import (
    Contact,
    MembershipStatus,
    Organization,
    OrganizationKind,
)
from coalitiondesk.core.models import Sensitivity as SensitivityChoice
from coalitiondesk.core.records import attachments, groups
from coalitiondesk.core.records.contacts import ContactFilter
from coalitiondesk.core.records.letters import get_letter
from coalitiondesk.core.records.organizations import OrganizationFilter


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "group", help="saved groups: a named search, or a hand-picked list",
        description="A saved group of organizations or contacts: a search with its filters "
        "(its records found again each time it is used, so it follows later edits), or a "
        "hand-picked list (--static). Export one with `export --group NAME`.")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="save a group",
                             description="Save a search group (the filters given) or, with "
                             "--static, a hand-picked list of the --member records.")
    add.add_argument("name", metavar="NAME")
    add.add_argument("--kind", required=True, choices=groups.KINDS)
    add.add_argument("--search", metavar="TEXT", help="the search box's text")
    add.add_argument("--country", metavar="CODE", help="ISO country code (e.g. KR)")
    add.add_argument("--tag", metavar="TAG")
    add.add_argument("--status", choices=[s.value for s in MembershipStatus],
                     help="organizations: membership status")
    add.add_argument("--organization-kind", choices=[k.value for k in OrganizationKind],
                     help="organizations: kind")
    add.add_argument("--sensitivity", choices=[s.value for s in SensitivityChoice],
                     help="contacts: sensitivity")
    add.add_argument("--static", action="store_true", help="a hand-picked list")
    add.add_argument("--member", action="append", default=[], metavar="RECORD",
                     help="with --static: a record's name (or #ID); repeat for more")
    add.set_defaults(run=run_add)
    lister = actions.add_parser("list", help="list the groups with their counts now")
    lister.add_argument("--kind", choices=groups.KINDS)
    lister.set_defaults(run=run_list)
    for action, text, run in (("show", "list a group's records as they are now", run_show),
                              ("remove", "remove a group (its records stay)", run_remove)):
        sub = actions.add_parser(action, help=text)
        sub.add_argument("name", metavar="NAME")
        sub.add_argument("--kind", choices=groups.KINDS,
                         help="needed only when groups of both kinds have the name")
        sub.set_defaults(run=run)
    rename = actions.add_parser("rename", help="give a group another name")
    rename.add_argument("name", metavar="NAME")
    rename.add_argument("new_name", metavar="NEW_NAME")
    rename.add_argument("--kind", choices=groups.KINDS,
                        help="needed only when groups of both kinds have the name")
    rename.set_defaults(run=run_rename)
    letter = actions.add_parser(
        "letter", help="put a group's records on a letter",
        description="Put the group's records, as they are now, on the letter as its "
        "recipients (restricted contacts only if the letter allows them) or, for a group of "
        "organizations, its signatories; those on it already are skipped. One change, which "
        "`coalitiondesk undo` takes back.")
    letter.add_argument("name", metavar="NAME")
    letter.add_argument("letter", metavar="LETTER", help="the letter's title or #ID")
    letter.add_argument("--as", dest="role", choices=("recipients", "signatories"),
                        default="recipients", help="recipients (default) or signatories")
    letter.add_argument("--kind", choices=groups.KINDS,
                        help="needed only when groups of both kinds have the name")
    letter.set_defaults(run=run_letter)


def _filters(args: argparse.Namespace) -> OrganizationFilter | ContactFilter | None:
    given = {key: value for key, value in (
        ("search", args.search), ("tag", args.tag)) if value}
    if args.country:
        given["country_code"] = args.country.strip().upper()
    organization_only = {"--status": args.status, "--organization-kind": args.organization_kind}
    contact_only = {"--sensitivity": args.sensitivity}
    wrong = [flag for flag, value in (contact_only if args.kind == "organization"
                                      else organization_only).items() if value]
    if wrong:
        raise InvalidInput("{flag} is not a filter of {kind} records", flag=wrong[0],
                           kind=args.kind)
    if args.static:
        if given or args.status or args.organization_kind or args.sensitivity:
            raise InvalidInput("A hand-picked group (--static) takes --member, not filters")
        return None
    if args.member:
        raise InvalidInput("--member is for a hand-picked group: add --static")
    if args.kind == "organization":
        return OrganizationFilter(
            **given, membership_status=MembershipStatus(args.status) if args.status else None,
            kind=OrganizationKind(args.organization_kind) if args.organization_kind else None)
    return ContactFilter(**given, sensitivity=SensitivityChoice(args.sensitivity)
                         if args.sensitivity else None)


def run_add(args: argparse.Namespace) -> int:
    filters = _filters(args)
    with opened(args, create=False, write=True) as database:
        with database.session() as session:
            members = [attachments.record_named(session=session, kind=args.kind, name=name)
                       for name in args.member]
        group_id = groups.add_group(database=database, kind=args.kind, name=args.name,
                                    filters=filters, static=args.static, member_ids=members)
        with database.session() as session:
            group = groups.info(session=session, group=groups.group_named(
                session=session, name=args.name, kind=args.kind))
    assert group.id == group_id
    print(f"Saved {groups.describe(group)}")
    return EXIT_OK


def run_list(args: argparse.Namespace) -> int:
    with opened(args, create=False) as database, database.session() as session:
        listed = groups.list_groups(session=session, kind=args.kind)
    for group in listed:
        print(f"{group.id}\t{groups.describe(group)}")
    return EXIT_OK


def run_show(args: argparse.Namespace) -> int:
    with opened(args, create=False) as database, database.session() as session:
        group = groups.group_named(session=session, name=args.name, kind=args.kind)
        assert group.id is not None
        shown = groups.info(session=session, group=group)
        ids = groups.member_ids(session=session, group_id=group.id)
        names = _names(session, group.kind, ids)
    print(groups.describe(shown))
    if not shown.static:
        print(f"Filters: {groups.encode_filters(shown.filters)}")
    for record_id in ids:
        print(f"{record_id}\t{names.get(record_id, '')}")
    return EXIT_OK


def _names(session: Session, kind: str, ids: list[int]) -> dict[int, str]:
    names: dict[int, str] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        if kind == "organization":
            for record_id, name in session.exec(select(Organization.id, Organization.name)
                                                .where(col(Organization.id).in_(chunk))):
                names[int(record_id or 0)] = name
        else:
            for contact in session.exec(select(Contact).where(col(Contact.id).in_(chunk))):
                names[int(contact.id or 0)] = full_name(contact)
    return names


def run_remove(args: argparse.Namespace) -> int:
    with opened(args, create=False, write=True) as database:
        with database.session() as session:
            group = groups.group_named(session=session, name=args.name, kind=args.kind)
        assert group.id is not None
        groups.remove_group(database=database, group_id=group.id)
    print(f"Removed the group {group.name}")
    return EXIT_OK


def run_rename(args: argparse.Namespace) -> int:
    with opened(args, create=False, write=True) as database:
        with database.session() as session:
            group = groups.group_named(session=session, name=args.name, kind=args.kind)
        assert group.id is not None
        groups.rename_group(database=database, group_id=group.id, name=args.new_name)
    print(f"Renamed the group {group.name} to {' '.join(args.new_name.split())}")
    return EXIT_OK


def run_letter(args: argparse.Namespace) -> int:
    with opened(args, create=False, write=True) as database:
        with database.session() as session:
            group = groups.group_named(session=session, name=args.name, kind=args.kind)
            # A title or "#ID", as `attach` names a letter.
            letter = get_letter(session=session, letter_id=attachments.record_named(
                session=session, kind="letter", name=args.letter))
        assert group.id is not None and letter.id is not None
        added = groups.add_group_to_letter(database=database, group_id=group.id,
                                           letter_id=letter.id, role=args.role)
    print(f"{added.added:,} of the group {group.name} put on “{letter.title}” as {args.role}"
          + left_off_letter(already=added.already, restricted=added.restricted))
    return EXIT_OK

