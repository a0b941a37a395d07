"""Who may do what on a shared server: the coordinator and volunteer roles, enforced there.

`set_up_roles` gives a server database two group roles of its own, named after
it ("coalition_coordinator", "coalition_volunteer": roles belong to the whole
server, so that a volunteer of one database is nothing in another), and
`add_user` makes a login role in one of them; `set_role` moves a login from one
group to the other (its routing to the volunteer's views with it) and `remove_user`
takes its access away. The server itself enforces what each may do, whatever
program connects:

- a coordinator reads and changes everything;
- a volunteer never sees a restricted contact: row-level security hides the
  contact and every row that would show it (its links, attached files, search
  text, journal entries and the operations that name or touch it), and may delete no
  record, only the links a form removes (a tag from a contact, an affiliation);
- nor a record's private fields, which column privileges withhold
  (core.storage.server_columns: the views a volunteer reads through), nor may they
  change a contact's sensitivity or add a restricted one.

The policies are made from the tables as they stand, so `set_up_roles` is run
again after an update adds tables (it may be run any number of times).
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from enum import StrEnum

import sqlalchemy as sa
from sqlmodel import SQLModel

from coalitiondesk.core.errors import InvalidInput
from coalitiondesk.core.storage import server_columns
from coalitiondesk.core.storage.postgresql import EXPORT_REFUSED, NotPermitted

# A visible contact, as a volunteer's own query of contact sees it: the policy on
# contact applies inside these subqueries too.
_VISIBLE = "EXISTS (SELECT 1 FROM contact AS visible WHERE visible.id = {column})"
# The same, checked as the database's owner (a view of the owner's, server_columns).
_VISIBLE_AS_OWNER = ("EXISTS (SELECT 1 FROM public.contact AS visible WHERE visible.id ="
                     " {column} AND visible.sensitivity <> 'restricted')")
# Digits only: a key that is not a contact's id is never cast.
_CONTACT_KEY = ("CASE WHEN {column} ~ '^[0-9]{{1,9}}$' THEN {column}::integer END")


def _value_tables_seen(visible: str) -> dict[str, str]:
    return {
        "import_change": ("table_name <> 'contact' OR "
                          + visible.format(column="import_change.record_id")),
        # A row of a contact's form (the contact, its tags, affiliations, aliases): shown
        # while the contact is there to be seen. A deleted contact's entries are hidden, and
        # so is another table's row that held a restricted contact's id (an attachment's).
        "journal_change": ("(owner_table IS DISTINCT FROM 'contact' OR " + visible.format(
            column=_CONTACT_KEY.format(column="journal_change.owner_key")) + ") AND NOT "
            "coalitiondesk_restricted_contact(coalesce(before, after)::jsonb ->> 'contact_id')"),
    }


# What a volunteer may see of each table that can show a restricted contact.
VOLUNTEER_SEES: dict[str, str] = {
    "contact": "sensitivity <> 'restricted'",
    "contact_search": _VISIBLE.format(column="contact_search.id"),
    "affiliation": _VISIBLE.format(column="affiliation.contact_id"),
    "contact_tag": _VISIBLE.format(column="contact_tag.contact_id"),
    "contact_alias": _VISIBLE.format(column="contact_alias.contact_id"),
    "activity_contact": _VISIBLE.format(column="activity_contact.contact_id"),
    "recipient": "contact_id IS NULL OR " + _VISIBLE.format(column="recipient.contact_id"),
    "attachment": "contact_id IS NULL OR " + _VISIBLE.format(column="attachment.contact_id"),
    # A file's bytes (its description is the attachment row): checked as the owner, the
    # attachment row being out of the volunteer's sight.
    "attachment_content": "NOT coalitiondesk_restricted_content(id)",
    "saved_group_member": ("contact_id IS NULL OR "
                           + _VISIBLE.format(column="saved_group_member.contact_id")),
    "not_duplicate": ("kind <> 'contact' OR (" + _VISIBLE.format(column="not_duplicate.first_id")
                      + " AND " + _VISIBLE.format(column="not_duplicate.second_id") + ")"),
    **_value_tables_seen(_VISIBLE),
    # An operation whose label names a restricted contact ("Edited <name>", a file
    # attached to them): named as its subject, or touching their rows.
    "journal_operation": ("(subject_table IS DISTINCT FROM 'contact' OR " + _VISIBLE.format(
        column=_CONTACT_KEY.format(column="journal_operation.subject_key")) + ") AND NOT "
        "coalitiondesk_touches_restricted(id)"),
}
# What a volunteer may add: no restricted contact (nor may they change a sensitivity),
# and no record of contacts exported, which an export writes before its file is put in
# place (core.exporting.run): a contacts export of theirs is refused by the server too.
VOLUNTEER_ADDS: dict[str, str] = {
    "contact": "sensitivity <> 'restricted'",
    "activity_contact": ("NOT EXISTS (SELECT 1 FROM activity WHERE activity.id ="
                         " activity_contact.activity_id AND activity.kind = 'export')"),
}

# Asked from inside the journal's policies, so run as the database's owner (SECURITY
# DEFINER), whom row-level security does not apply to: a volunteer's own view of
# the journal would hide exactly the rows these look for.
_FUNCTIONS = (
    """CREATE OR REPLACE FUNCTION coalitiondesk_restricted_contact(contact_key text)
    RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT EXISTS (SELECT 1 FROM contact WHERE sensitivity = 'restricted' AND id = CASE
        WHEN contact_key ~ '^[0-9]{1,9}$' THEN contact_key::integer END) $$""",
    """CREATE OR REPLACE FUNCTION coalitiondesk_touches_restricted(operation integer)
    RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT EXISTS (SELECT 1 FROM journal_change AS change WHERE change.operation_id = operation
        AND ((change.owner_table = 'contact'
              AND coalitiondesk_restricted_contact(change.owner_key))
             OR coalitiondesk_restricted_contact(
                 coalesce(change.before, change.after)::jsonb ->> 'contact_id')
             OR (change.table_name = 'attachment' AND coalitiondesk_restricted_contact(
                 (SELECT attachment.contact_id::text FROM attachment
                  WHERE attachment.id::text = btrim(change.row_key, '[]')))))) $$""",
    """CREATE OR REPLACE FUNCTION coalitiondesk_restricted_content(content integer)
    RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT EXISTS (SELECT 1 FROM attachment WHERE attachment.content_id = content
        AND coalitiondesk_restricted_contact(attachment.contact_id::text)) $$""",
)

# The rows a volunteer may delete: the links a form removes, never a record, and the
# journal's note of the operation in progress.
VOLUNTEER_DELETES = frozenset({
    "affiliation", "contact_tag", "organization_tag", "activity_contact",
    "activity_organization", "signature", "recipient", "journal_current", "saved_group_member",
    "contact_search", "organization_search",
})
# The search tables are kept by triggers: a volunteer's own change rewrites them.
_SEARCH_TABLES = ("organization_search", "contact_search")
# Written by the migrations alone (as the database's owner).
_READ_ONLY = frozenset({"alembic_version"})


class Role(StrEnum):
    coordinator = "coordinator"
    volunteer = "volunteer"


@dataclass(frozen=True)
class NewUser:
    name: str
    role: Role
    password: str


def group_role(database_name: str, role: Role) -> str:
    return f"{database_name}_{role.value}"


def _quoted(connection: sa.Connection, name: str) -> str:
    return str(connection.dialect.identifier_preparer.quote_identifier(name))


def _tables(connection: sa.Connection) -> list[str]:
    present = set(sa.inspect(connection).get_table_names())
    known = [*SQLModel.metadata.tables, *_SEARCH_TABLES, "alembic_version"]
    return [table for table in known if table in present]


def _ensure_group(connection: sa.Connection, name: str) -> None:
    exists = connection.exec_driver_sql(
        "SELECT 1 FROM pg_roles WHERE rolname = %(name)s", {"name": name}).first()
    if exists is None:
        connection.exec_driver_sql(f"CREATE ROLE {_quoted(connection, name)} NOLOGIN")


def set_up_roles(connection: sa.Connection) -> tuple[str, str]:
    """Make (or make again) the two group roles of the database `connection` is on, their
    privileges and row-level security policies. Run by the database's owner, who needs
    CREATEROLE. Returns the coordinator's and the volunteer's group role names."""
    database_name = str(connection.exec_driver_sql("SELECT current_database()").scalar())
    coordinator = group_role(database_name, Role.coordinator)
    volunteer = group_role(database_name, Role.volunteer)
    for name in (coordinator, volunteer):
        _ensure_group(connection, name)
    q_database, q_coordinator, q_volunteer = (
        _quoted(connection, name) for name in (database_name, coordinator, volunteer))
    run = connection.exec_driver_sql
    # Only the owner and the two groups connect: a login of another database's
    # groups is nothing here.
    run(f"REVOKE ALL ON DATABASE {q_database} FROM PUBLIC")
    run(f"GRANT CONNECT, TEMPORARY ON DATABASE {q_database} TO {q_coordinator}, {q_volunteer}")
    run("REVOKE CREATE ON SCHEMA public FROM PUBLIC")
    run(f"GRANT USAGE ON SCHEMA public TO {q_coordinator}, {q_volunteer}")
    run(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {q_coordinator}, {q_volunteer}")
    for function in _FUNCTIONS:
        run(function)
    for table in _tables(connection):
        q_table = _quoted(connection, table)
        run(f"REVOKE ALL ON {q_table} FROM {q_coordinator}, {q_volunteer}")
        if table in _READ_ONLY:
            run(f"GRANT SELECT ON {q_table} TO {q_coordinator}, {q_volunteer}")
            continue
        run(f"GRANT SELECT, INSERT, UPDATE, DELETE ON {q_table} TO {q_coordinator}")
        volunteer_may = "SELECT, INSERT, UPDATE" + (
            ", DELETE" if table in VOLUNTEER_DELETES else "")
        run(f"GRANT {volunteer_may} ON {q_table} TO {q_volunteer}")
        _policies(connection, table, coordinator=q_coordinator, volunteer=q_volunteer)
    server_columns.grant_columns(connection, volunteer=q_volunteer)
    server_columns.make_views(connection, volunteer=q_volunteer,
                              value_tables_seen=_value_tables_seen(_VISIBLE_AS_OWNER))
    for login, in run("SELECT person.rolname FROM pg_auth_members AS membership"
                      " JOIN pg_roles AS person ON person.oid = membership.member"
                      " JOIN pg_roles AS grouped ON grouped.oid = membership.roleid"
                      " WHERE grouped.rolname = %(group)s", {"group": volunteer}):
        server_columns.route_login(connection, login=str(login))
    return coordinator, volunteer


def set_up_again(connection: sa.Connection) -> None:
    """After an update of the schema: the roles' privileges, policies and views made
    again from the tables as they now are, if `server init` made them before."""
    database_name = str(connection.exec_driver_sql("SELECT current_database()").scalar())
    if connection.exec_driver_sql(
            "SELECT 1 FROM pg_roles WHERE rolname = %(name)s",
            {"name": group_role(database_name, Role.volunteer)}).first() is not None:
        set_up_roles(connection)


def _policies(connection: sa.Connection, table: str, *, coordinator: str,
              volunteer: str) -> None:
    run = connection.exec_driver_sql
    q_table = _quoted(connection, table)
    run(f"ALTER TABLE {q_table} ENABLE ROW LEVEL SECURITY")
    existing = [str(name) for name, in run(
        "SELECT policyname FROM pg_policies WHERE schemaname = 'public'"
        " AND tablename = %(table)s", {"table": table})]
    for name in existing:
        run(f"DROP POLICY {_quoted(connection, name)} ON {q_table}")
    run(f"CREATE POLICY coordinator_all ON {q_table} TO {coordinator}"
        " USING (true) WITH CHECK (true)")
    seen = VOLUNTEER_SEES.get(table, "true")
    run(f"CREATE POLICY volunteer_reads ON {q_table} FOR SELECT TO {volunteer} USING ({seen})")
    # A volunteer's new rows are checked by the privileges, and a contact by its
    # sensitivity too.
    run(f"CREATE POLICY volunteer_adds ON {q_table} FOR INSERT TO {volunteer}"
        f" WITH CHECK ({VOLUNTEER_ADDS.get(table, 'true')})")
    run(f"CREATE POLICY volunteer_changes ON {q_table} FOR UPDATE TO {volunteer}"
        f" USING ({seen}) WITH CHECK (true)")
    run(f"CREATE POLICY volunteer_removes ON {q_table} FOR DELETE TO {volunteer}"
        f" USING ({seen})")


def add_user(connection: sa.Connection, *, name: str, role: Role) -> NewUser:
    """A login role in the database's group `role`, with a new random password that is
    shown once (the server keeps only its SCRAM hash)."""
    if not name or len(name) > 63 or not name.replace("_", "").replace("-", "").isalnum():
        raise InvalidInput("A user name is letters, digits, - and _ (at most 63): {name}",
                           name=name)
    database_name = str(connection.exec_driver_sql("SELECT current_database()").scalar())
    group = group_role(database_name, role)
    present = {str(role_name) for role_name, in connection.exec_driver_sql(
        "SELECT rolname FROM pg_roles WHERE rolname IN (%(name)s, %(group)s)",
        {"name": name, "group": group})}
    if group not in present:
        raise InvalidInput("The database {database} has no roles yet: run `coalitiondesk"
                           " server init` first", database=database_name)
    if name in present:
        raise InvalidInput("The server already has a user {name}; nothing was changed",
                           name=name)
    password = secrets.token_urlsafe(18)
    # CREATE ROLE takes no bound parameters: the password is quoted by the server.
    literal = connection.exec_driver_sql("SELECT quote_literal(%(password)s)",
                                         {"password": password}).scalar()
    connection.exec_driver_sql(
        f"CREATE ROLE {_quoted(connection, name)} LOGIN PASSWORD {literal}"
        f" IN ROLE {_quoted(connection, group)}")
    if role is Role.volunteer:
        server_columns.route_login(connection, login=name)
    return NewUser(name=name, role=role, password=password)


@dataclass(frozen=True)
class RoleChange:
    name: str
    database: str
    role: Role
    # The groups of this database the login was in before (a login promoted by hand may
    # have been in both).
    before: frozenset[Role]
    changed: bool


@dataclass(frozen=True)
class RemovedUser:
    name: str
    database: str
    was: frozenset[Role]
    dropped: bool
    # Why the login itself was kept: the other CoalitionDesk databases it is a user of,
    # and the server's other roles it is in.
    kept_for: tuple[str, ...]
    also_in: tuple[str, ...]
    # It owns, was granted or has settings for something else on the server (another
    # database, say).
    owns_more: bool


@dataclass(frozen=True)
class _Login:
    database: str
    groups: frozenset[Role]
    # Every role the login is a direct member of, this database's groups included.
    member_of: frozenset[str]


def _routed(connection: sa.Connection, *, login: str) -> bool:
    """Whether `login` reads through the volunteer's views in this database
    (server_columns.route_login)."""
    return connection.exec_driver_sql(
        "SELECT 1 FROM pg_db_role_setting AS setting"
        " JOIN pg_roles AS person ON person.oid = setting.setrole"
        " JOIN pg_database AS here ON here.oid = setting.setdatabase"
        " WHERE person.rolname = %(login)s AND here.datname = current_database()"
        " AND EXISTS (SELECT 1 FROM unnest(setting.setconfig) AS entry"
        "             WHERE entry LIKE 'search\\_path=%%')",
        {"login": login}).first() is not None


def _groups_held(connection: sa.Connection, *, name: str, database: str) -> frozenset[Role]:
    """The groups of `database` the role `name` is directly a member of."""
    groups = {group_role(database, role): role for role in Role}
    return frozenset(groups[str(group)] for group, in connection.exec_driver_sql(
        "SELECT grouped.rolname FROM pg_auth_members AS membership"
        " JOIN pg_roles AS grouped ON grouped.oid = membership.roleid"
        " JOIN pg_roles AS person ON person.oid = membership.member"
        " WHERE person.rolname = %(name)s AND grouped.rolname = ANY(%(groups)s)",
        {"name": name, "groups": list(groups)}))


def _kept_elsewhere(name: str, database: str) -> InvalidInput:
    # A REVOKE the server accepts yet leaves in place (a membership someone else granted,
    # since PostgreSQL 16 kept per grantor): refused rather than reported done.
    return InvalidInput("The server still gives {name} access to {database} in another way"
                        " (a grant made by someone else): ask the server's administrator;"
                        " nothing was changed", name=name, database=database)


def _login_of_this_database(connection: sa.Connection, *, name: str) -> _Login:
    """The login `name` as a user of this database, or one sentence refusing to touch
    it: no such login, a superuser (PostgreSQL counts them in every group, whatever is
    granted), the database's owner, or a login in neither of this database's groups."""
    database_name = str(connection.exec_driver_sql("SELECT current_database()").scalar())
    groups = {group_role(database_name, role): role for role in Role}
    present = {str(group) for group, in connection.exec_driver_sql(
        "SELECT rolname FROM pg_roles WHERE rolname = ANY(%(groups)s)",
        {"groups": list(groups)})}
    if present != set(groups):
        raise InvalidInput("The database {database} has no roles yet: run `coalitiondesk"
                           " server init` first", database=database_name)
    found = connection.exec_driver_sql(
        "SELECT person.rolsuper, pg_has_role(person.oid, here.datdba, 'USAGE'),"
        " person.rolcanlogin, array(SELECT grouped.rolname FROM pg_auth_members AS membership"
        "  JOIN pg_roles AS grouped ON grouped.oid = membership.roleid"
        "  WHERE membership.member = person.oid)"
        " FROM pg_roles AS person, pg_database AS here"
        " WHERE person.rolname = %(name)s AND here.datname = current_database()",
        {"name": name}).first()
    if found is None:
        raise InvalidInput("The server has no user {name}; nothing was changed", name=name)
    superuser, owner, can_log_in, member_of = found
    if superuser:
        raise InvalidInput("{name} is a superuser of the server, who may do everything"
                           " whatever their group: only the server's administrator changes"
                           " them; nothing was changed", name=name)
    if owner:
        raise InvalidInput("{name} owns {database} (or acts as its owner), who may do"
                           " everything: only the server's administrator changes them;"
                           " nothing was changed", name=name, database=database_name)
    held = frozenset(groups[group] for group in member_of if group in groups)
    if not can_log_in or not held:
        raise InvalidInput("{name} is not a user of {database} (a member of neither {coordinator}"
                           " nor {volunteer}); nothing was changed", name=name,
                           database=database_name,
                           coordinator=group_role(database_name, Role.coordinator),
                           volunteer=group_role(database_name, Role.volunteer))
    return _Login(database=database_name, groups=held,
                  member_of=frozenset(str(group) for group in member_of))


def set_role(connection: sa.Connection, *, name: str, role: Role) -> RoleChange:
    """Move the login `name` of this database wholly into the group `role`: out of the
    other group and, for a coordinator, no longer reading through the volunteer's views
    (in which the private fields are NULL, so that a backup or an export of theirs would
    leave them out), or, for a volunteer, reading through them. Run by the database's owner
    (CREATEROLE) inside one transaction; it takes effect from the person's next connection."""
    login = _login_of_this_database(connection, name=name)
    routed = _routed(connection, login=name)
    if login.groups == {role} and routed is (role is Role.volunteer):
        return RoleChange(name=name, database=login.database, role=role,
                          before=login.groups, changed=False)
    q_name = _quoted(connection, name)
    for other in login.groups - {role}:
        connection.exec_driver_sql(
            f"REVOKE {_quoted(connection, group_role(login.database, other))} FROM {q_name}")
    if role not in login.groups:
        connection.exec_driver_sql(
            f"GRANT {_quoted(connection, group_role(login.database, role))} TO {q_name}")
    if role is Role.volunteer:
        server_columns.route_login(connection, login=name)
    else:
        server_columns.unroute_login(connection, login=name)
    if _groups_held(connection, name=name, database=login.database) != {role}:
        raise _kept_elsewhere(name, login.database)
    return RoleChange(name=name, database=login.database, role=role, before=login.groups,
                      changed=True)


def _other_databases(connection: sa.Connection, roles: frozenset[str], *,
                     here: str) -> dict[str, str]:
    """Of `roles`, those that are another database's CoalitionDesk groups, with the
    database each belongs to."""
    names = [str(name) for name, in connection.exec_driver_sql(
        "SELECT datname FROM pg_database WHERE datname <> %(here)s", {"here": here})]
    return {group_role(database, role): database for database in names for role in Role
            if group_role(database, role) in roles}


def remove_user(connection: sa.Connection, *, name: str) -> RemovedUser:
    """Take the login `name`'s access to this database away, in one transaction: out of
    both groups, no CONNECT of its own, no longer routed to the volunteer's views; then the
    login itself dropped from the server, unless it is a user of another CoalitionDesk
    database, in another of the server's roles, or owns, was granted or has settings for
    anything else there. The journal names people by their login's name, as text, so their history
    stays. Refuses the person running it, as well as what `set_role` refuses."""
    login = _login_of_this_database(connection, name=name)
    if name in {str(person) for person in connection.exec_driver_sql(
            "SELECT session_user UNION SELECT current_user").scalars()}:
        raise InvalidInput("You cannot remove yourself ({name}) from {database}: the owner"
                           " does it; nothing was changed", name=name,
                           database=login.database)
    q_name = _quoted(connection, name)
    for role in login.groups:
        connection.exec_driver_sql(
            f"REVOKE {_quoted(connection, group_role(login.database, role))} FROM {q_name}")
    connection.exec_driver_sql(f"REVOKE CONNECT, TEMPORARY ON DATABASE"
                               f" {_quoted(connection, login.database)} FROM {q_name}")
    server_columns.unroute_login(connection, login=name)
    if _groups_held(connection, name=name, database=login.database) or (
            connection.exec_driver_sql(
                "SELECT has_database_privilege(%(name)s, current_database(), 'CONNECT')",
                {"name": name}).scalar()):
        raise _kept_elsewhere(name, login.database)
    others = _other_databases(connection, login.member_of, here=login.database)
    ours = {group_role(login.database, role) for role in Role}
    also_in = tuple(sorted(login.member_of - ours - set(others)))
    # Ownership and privileges in every database of the server (pg_shdepend), what DROP
    # ROLE would refuse over, and settings of the login's own, which it would drop unsaid
    # (other than its routing as a volunteer of another database, counted in `others`).
    owns_more = connection.exec_driver_sql(
        "WITH person AS (SELECT oid FROM pg_roles WHERE rolname = %(name)s)"
        " SELECT 1 FROM pg_shdepend WHERE refclassid = 'pg_authid'::regclass"
        " AND refobjid = (SELECT oid FROM person)"
        " UNION ALL SELECT 1 FROM pg_db_role_setting, unnest(setconfig) AS entry"
        " WHERE setrole = (SELECT oid FROM person)"
        " AND NOT starts_with(entry, 'search_path=' || %(schema)s)",
        {"name": name, "schema": server_columns.VOLUNTEER_SCHEMA}).first() is not None
    dropped = not others and not also_in and not owns_more
    if dropped:
        connection.exec_driver_sql(f"DROP ROLE {q_name}")
    return RemovedUser(name=name, database=login.database, was=login.groups, dropped=dropped,
                       kept_for=tuple(sorted(set(others.values()))), also_in=also_in,
                       owns_more=owns_more)


def refuse_export_of_people(connection: sa.Connection, *, people: bool) -> None:
    """Refuse a volunteer an export that lists people (contacts, letters' recipients)
    before anything is read: the server would refuse to record it anyway."""
    if people and connection.dialect.name == "postgresql" and (
            current_role(connection) is Role.volunteer):
        raise NotPermitted(EXPORT_REFUSED)


def current_role(connection: sa.Connection) -> Role | None:
    """The role of the person connected: a volunteer whenever their reads go through the
    volunteer's views; otherwise None for a superuser or the database's owner (or on a
    server without roles), who may do everything; a member of the coordinators' group is
    a coordinator (even if a volunteer too); of the volunteers' group only, a volunteer."""
    database_name = str(connection.exec_driver_sql("SELECT current_database()").scalar())
    # The views first: they hand this session NULL for every withheld field, and taking it
    # for anyone else's would let a backup or an export leave those fields out in silence
    # (a volunteer later also made a coordinator still reads through them).
    # Then the owner, before any group: PostgreSQL counts a superuser a member of every
    # role, the volunteers' group too, and the owner who ran `server init` may be one.
    viewed, owner, coordinator, volunteer = connection.exec_driver_sql(
        "SELECT %(schema)s = ANY(current_schemas(false)),"
        " person.rolsuper OR pg_has_role(current_user, owned.datdba, 'USAGE'),"
        " coalesce((SELECT pg_has_role(current_user, oid, 'MEMBER') FROM pg_roles"
        "           WHERE rolname = %(coordinator)s), false),"
        " coalesce((SELECT pg_has_role(current_user, oid, 'MEMBER') FROM pg_roles"
        "           WHERE rolname = %(volunteer)s), false)"
        " FROM pg_roles AS person, pg_database AS owned"
        " WHERE person.rolname = current_user AND owned.datname = current_database()",
        {"schema": server_columns.VOLUNTEER_SCHEMA,
         "coordinator": group_role(database_name, Role.coordinator),
         "volunteer": group_role(database_name, Role.volunteer)}).one()
    if viewed:
        return Role.volunteer
    if owner:
        return None
    if coordinator:
        return Role.coordinator
    return Role.volunteer if volunteer else None
