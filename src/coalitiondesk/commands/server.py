"""`coalitiondesk server init [URL]`, `server add-user NAME --role ROLE`, `server set-role
NAME --role ROLE`, `server remove-user NAME`, `server backup [URL] --to FILE` and `server
purge [URL]`: a shared server database's schema, its coordinator and volunteer roles, the
people in them (added, moved between the roles, removed), its backups and its purge.

Run by the database's owner (who needs CREATEROLE on the server); what the
roles may do is core.storage.server_roles's to say, and what a backup and a purge
are core.storage.server_backup's.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import sqlalchemy as sa

from coalitiondesk.commands import EXIT_OK
from coalitiondesk.core.errors import DatabaseUnavailable
from coalitiondesk.core.storage import postgresql, server_backup, server_roles
from coalitiondesk.core.storage.db import Database, database_url, open_database
from coalitiondesk.core.storage.server_roles import Role


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "server", help="set up a shared PostgreSQL database: its roles and users",
        description="Set up a database on a PostgreSQL server for several people. Run as the "
        "database's owner, who may create roles.")
    actions = parser.add_subparsers(dest="server_action", metavar="ACTION", required=True)
    init = actions.add_parser(
        "init", help="make the schema and the coordinator and volunteer roles",
        description="Make the schema (or bring it up to date) and the database's two group "
        "roles: coordinator (everything) and volunteer (no restricted contacts, no deletes). "
        "Run it again after updating CoalitionDesk.")
    init.add_argument("url", metavar="URL", nargs="?",
                      help="the database's address, postgresql://owner@host/name (default: --db)")
    init.set_defaults(run=run_init)
    add_user = actions.add_parser(
        "add-user", help="make a login for a person, printing its one-time password",
        description="Make a login role in the coordinator or volunteer group of the --db "
        "database and print its password once: give it to the person, who connects with it.")
    add_user.add_argument("name", metavar="NAME", help="the person's user name on the server")
    add_user.add_argument("--role", required=True, choices=[role.value for role in Role],
                          help="what the person may see and do")
    add_user.set_defaults(run=run_add_user)
    set_role = actions.add_parser(
        "set-role", help="move a person to the coordinator or volunteer group",
        description="Move a user of the --db database from one group to the other, wholly: "
        "a volunteer made a coordinator reads restricted contacts and private fields and may "
        "back up; a coordinator made a volunteer no longer does. It takes effect when they "
        "next connect (a window they have open should be closed and opened again).")
    set_role.add_argument("name", metavar="NAME", help="the person's user name on the server")
    set_role.add_argument("--role", required=True, choices=[role.value for role in Role],
                          help="what the person may see and do from now on")
    set_role.set_defaults(run=run_set_role)
    remove_user = actions.add_parser(
        "remove-user", help="take a person's access to the database away",
        description="Take a user's access to the --db database away, asking nothing: out of "
        "both groups, no connecting. Their login is dropped from the server unless another "
        "CoalitionDesk database there (or anything else on the server) still uses it. The "
        "history keeps their name on the changes they made.")
    remove_user.add_argument("name", metavar="NAME",
                             help="the person's user name on the server")
    remove_user.set_defaults(run=run_remove_user)
    backup = actions.add_parser(
        "backup", help="dump the whole server database to a file (pg_dump's custom format)",
        description="Write a consistent dump of the server database (pg_dump's custom "
        "format, restored with pg_restore into an empty database), readable by you alone. "
        "Others may keep working meanwhile. A backup in CoalitionDesk's own format on this "
        "computer, which `restore` and the Backups window take, is `coalitiondesk --db URL "
        "backup`.")
    backup.add_argument("url", metavar="URL", nargs="?",
                        help="the database's address (default: --db)")
    backup.add_argument("--to", required=True, metavar="FILE", type=Path,
                        help="the new file to write (refused if it exists)")
    backup.set_defaults(run=run_backup)
    purge = actions.add_parser(
        "purge", help="rewrite the tables holding people's values (VACUUM FULL)",
        description="Rewrite the tables that hold people's and organizations' values and "
        "the journal, so that deleted and erased rows leave the table files. Others wait "
        "while a table is rewritten. The server's disk, its write-ahead log and its own "
        "backups are not touched: they are the server operator's.")
    purge.add_argument("url", metavar="URL", nargs="?",
                       help="the database's address, as its owner (default: --db)")
    purge.set_defaults(run=run_purge)


def _server_database(target: str | None, *, command: str) -> Database:
    if target is None or not postgresql.is_server_url(database_url(target)):
        raise DatabaseUnavailable("`coalitiondesk server {command}` needs a server database's"
                                  " address: postgresql://owner@host/name", command=command)
    return open_database(target)


_REFUSALS = {
    "roles": "The server refused to set up roles on {name} ({detail}): run this as the"
             " database's owner, with the right to create roles (CREATEROLE); nothing was"
             " changed",
    "users": "The server refused to change the users of {name} ({detail}): run this as the"
             " database's owner, with the right to create roles (CREATEROLE); nothing was"
             " changed",
}


def _refused(database: Database, error: sa.exc.DBAPIError, *,
             what: str = "roles") -> DatabaseUnavailable:
    detail = str(error.orig if error.orig is not None else error).strip().splitlines()[0]
    return DatabaseUnavailable(_REFUSALS[what], name=database.display_name, detail=detail)


def run_init(args: argparse.Namespace) -> int:
    database = _server_database(args.url or args.db, command="init")
    try:
        with database.engine.begin() as connection:
            coordinator, volunteer = server_roles.set_up_roles(connection)
    except sa.exc.DBAPIError as error:
        raise _refused(database, error) from None
    finally:
        database.close()
    print(f"Set up {database.display_name}: the roles {coordinator} (everything) and "
          f"{volunteer} (no restricted contacts, no deletes). Add people with: coalitiondesk "
          "--db URL server add-user NAME --role coordinator|volunteer")
    return EXIT_OK


def run_add_user(args: argparse.Namespace) -> int:
    database = _server_database(args.db, command="add-user")
    try:
        with database.engine.begin() as connection:
            user = server_roles.add_user(connection, name=args.name, role=Role(args.role))
    except sa.exc.DBAPIError as error:
        raise _refused(database, error) from None
    finally:
        database.close()
    print(f"Added {user.name} as a {user.role.value} of {database.display_name}.")
    print(f"One-time password (shown once, not kept anywhere): {user.password}")
    print(f"They connect with: coalitiondesk --db "
          f"postgresql://{user.name}@HOST/{database.url.database}")
    return EXIT_OK


def run_set_role(args: argparse.Namespace) -> int:
    database = _server_database(args.db, command="set-role")
    try:
        with database.engine.begin() as connection:
            change = server_roles.set_role(connection, name=args.name, role=Role(args.role))
    except sa.exc.DBAPIError as error:
        raise _refused(database, error, what="users") from None
    finally:
        database.close()
    if not change.changed:
        print(f"{change.name} is already a {change.role.value} of {database.display_name};"
              " nothing was changed.")
        return EXIT_OK
    was = " and ".join(sorted(role.value for role in change.before))
    sees = ("now reads restricted contacts and private fields, and may back up and export"
            " contacts" if change.role is Role.coordinator else
            "no longer reads restricted contacts or private fields, nor backs up or exports"
            " contacts")
    print(f"{change.name} is now a {change.role.value} of {database.display_name} (was a "
          f"{was}): {sees}. It takes effect when they next connect: a window they have "
          "open should be closed and opened again.")
    return EXIT_OK


def run_remove_user(args: argparse.Namespace) -> int:
    database = _server_database(args.db, command="remove-user")
    try:
        with database.engine.begin() as connection:
            removed = server_roles.remove_user(connection, name=args.name)
    except sa.exc.DBAPIError as error:
        raise _refused(database, error, what="users") from None
    finally:
        database.close()
    was = " and ".join(sorted(role.value for role in removed.was))
    print(f"Removed {removed.name} from {database.display_name} (was a {was}): they may no "
          "longer connect to it, and the history still names them on the changes they made.")
    if removed.dropped:
        print(f"Their login {removed.name} was dropped from the server (no other CoalitionDesk"
              " database there uses it).")
        return EXIT_OK
    if removed.kept_for:
        print(f"Their login {removed.name} was kept for the others: they are a user of "
              f"{', '.join(removed.kept_for)} too (run `server remove-user` with that "
              "database's --db to take it away there).")
    others = []
    if removed.also_in:
        others.append("is also in the server's roles " + ", ".join(removed.also_in))
    if removed.owns_more:
        others.append("owns, was granted or has settings for something else on the server")
    if others:
        print(f"Their login {removed.name} was kept since it {' and '.join(others)}: ask the "
              "server's administrator whether to drop it.")
    return EXIT_OK


def _server_url(target: str | None, *, command: str) -> sa.URL:
    if target is None or not postgresql.is_server_url(database_url(target)):
        raise DatabaseUnavailable("`coalitiondesk server {command}` needs a server database's"
                                  " address: postgresql://owner@host/name", command=command)
    return database_url(target)


def run_backup(args: argparse.Namespace) -> int:
    url = _server_url(args.url or args.db, command="backup")
    # Opening first says plainly why a server cannot be reached, or is not ours.
    open_database(url.render_as_string(hide_password=False), migrate=False).close()
    dumped = server_backup.dump(url, target=args.to)
    print(f"Backed up {postgresql.display_address(url)} to {dumped.target} "
          f"({dumped.tables} tables, {dumped.size:,} bytes). Restore it with: pg_restore "
          "--dbname=postgresql://owner@host/new_empty_database --no-owner FILE")
    return EXIT_OK


def run_purge(args: argparse.Namespace) -> int:
    database = _server_database(args.url or args.db, command="purge")
    try:
        purged = server_backup.purge(database.engine)
    except sa.exc.DBAPIError as error:
        detail = str(error.orig if error.orig is not None else error).strip().splitlines()[0]
        raise DatabaseUnavailable(
            "The server refused to purge {name} ({detail}): run this as the database's"
            " owner", name=database.display_name, detail=detail) from None
    finally:
        database.close()
    print(f"Purged {database.display_name}: rewrote {len(purged.tables)} tables, "
          f"{purged.freed:,} bytes freed. The server's disk, write-ahead log and backups "
          "are the server operator's to clear.")
    return EXIT_OK
