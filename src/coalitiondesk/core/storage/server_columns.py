"""A volunteer's view of a record on a shared server: the private fields withheld.

The server enforces it with column privileges: a volunteer may read and change
only a contact's or organization's other columns, and may not change a
contact's sensitivity. So that every read CoalitionDesk makes (lists, forms,
search, reports, merge, history) still selects whole rows, each volunteer login
reads through views of the same names in a schema of their own, first on their
search_path: the withheld columns there are NULL, the search texts are those
without them (migration 0020), and the journal's and imports' stored values
have them taken out.
Writes through the record views reach the tables, whose privileges refuse a
withheld value (`coalitiondesk_refuse_withheld`).

Why do_not_mail, do_not_email and sensitivity stay readable: a volunteer's
mailing must still leave out whoever asked not to be written to, and a form
shows the sensitivity it may not change.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import sqlalchemy as sa
from sqlmodel import SQLModel

from coalitiondesk.core.records.fields import CONTACT, ORGANIZATION, Field

VOLUNTEER_SCHEMA = "coalitiondesk_volunteer"
# The key of a volunteer's sessions' info holding WITHHELD (core.storage.db).
WITHHELD_INFO = "withheld"

_READABLE_PRIVATE = frozenset({"do_not_mail", "do_not_email", "sensitivity"})


def _withheld(fields: tuple[Field, ...], *more: str) -> frozenset[str]:
    return frozenset({entry.key for entry in fields if entry.private} - _READABLE_PRIVATE
                     | set(more))


# What a volunteer may not read of each record table: the private fields (a person's
# home address in either script, mobile phone and notes) and the coordinator's own fields.
WITHHELD: Mapping[str, frozenset[str]] = {
    "contact": _withheld(CONTACT, "native_address", "custom_values"),
    "organization": _withheld(ORGANIZATION, "custom_values"),
}
# Readable, never changed by a volunteer.
UNCHANGEABLE: Mapping[str, frozenset[str]] = {"contact": frozenset({"sensitivity"})}

# Tables keeping a record's values as JSON text (the journal, an import's changes):
# their value columns, and the column naming the table whose values they hold.
_VALUE_TABLES: Mapping[str, tuple[tuple[str, ...], str]] = {
    "journal_change": (("before", "after"), "table_name"),
    "import_change": (("old_values", "new_values"), "table_name"),
}



def _columns(table: str) -> list[str]:
    return [column.name for column in SQLModel.metadata.tables[table].columns]


def _quoted(connection: sa.Connection, name: str) -> str:
    return str(connection.dialect.identifier_preparer.quote_identifier(name))


def _value_types(connection: sa.Connection, table: str) -> dict[str, str]:
    return {str(name): str(kind) for name, kind in connection.exec_driver_sql(
        "SELECT attname, format_type(atttypid, atttypmod) FROM pg_attribute"
        " WHERE attrelid = %(table)s::regclass AND attnum > 0 AND NOT attisdropped",
        {"table": f"public.{table}"})}


def grant_columns(connection: sa.Connection, *, volunteer: str) -> None:
    """The record tables' column privileges for the volunteer group (`volunteer` quoted):
    after set_up_roles granted the whole tables, narrowed to the columns it may have."""
    run = connection.exec_driver_sql
    for table, withheld in WITHHELD.items():
        readable = [name for name in _columns(table) if name not in withheld]
        changeable = [name for name in readable if name not in UNCHANGEABLE.get(table, ())]
        q_table = _quoted(connection, table)
        run(f"REVOKE SELECT, UPDATE ON {q_table} FROM {volunteer}")
        run(f"GRANT SELECT ({', '.join(readable)}) ON {q_table} TO {volunteer}")
        run(f"GRANT UPDATE ({', '.join(changeable)}) ON {q_table} TO {volunteer}")
    # The whole search texts hold the withheld values: a volunteer reads the texts
    # without them, and the triggers keeping both run as the owner
    # (`_pin_trigger_functions`).
    for table in WITHHELD:
        run(f"REVOKE ALL ON {table}_search FROM {volunteer}")
        run(f"GRANT SELECT (id, public_text) ON {table}_search TO {volunteer}")
    for table, (values, _) in _VALUE_TABLES.items():
        q_table = _quoted(connection, table)
        run(f"REVOKE SELECT ON {q_table} FROM {volunteer}")
        others = [name for name in _columns(table) if name not in values]
        run(f"GRANT SELECT ({', '.join(others)}) ON {q_table} TO {volunteer}")


def make_views(connection: sa.Connection, *, volunteer: str,
               value_tables_seen: Mapping[str, str]) -> None:
    """The volunteer's schema and its views (made again each time, from the tables as
    they stand); `value_tables_seen` says the rows of each value table a volunteer may
    see, as the database's owner (whom row-level security does not apply to) checks
    when it reads their values for them."""
    run = connection.exec_driver_sql
    schema = VOLUNTEER_SCHEMA
    run(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
    run(f"CREATE SCHEMA {schema}")
    run(f"REVOKE ALL ON SCHEMA {schema} FROM PUBLIC")
    run(f"GRANT USAGE ON SCHEMA {schema} TO {volunteer}")
    for table, withheld in WITHHELD.items():
        types = _value_types(connection, table)
        shown = ", ".join(f"NULL::{types[name]} AS {name}" if name in withheld else name
                          for name in _columns(table))
        # The caller's privileges and row-level security apply (security_invoker).
        run(f"CREATE VIEW {schema}.{table} WITH (security_invoker = true)"
            f" AS SELECT {shown} FROM public.{table}")
        _insert_through(connection, table, withheld)
        _search_view(connection, table)
        run(f"GRANT SELECT, INSERT, UPDATE ON {schema}.{table} TO {volunteer}")
        run(f"GRANT SELECT ON {schema}.{table}_search TO {volunteer}")
    for table, (values, named) in _VALUE_TABLES.items():
        for value in values:
            _value_reader(connection, table, value, named, seen=value_tables_seen[table])
        shown = ", ".join(f"{schema}.{table}_{name}(id) AS {name}" if name in values else name
                          for name in _columns(table))
        # The caller's privileges and row-level security choose the rows, with their
        # indexes (max(id) is one step); only the values asked for are read, each by
        # its function.
        run(f"CREATE VIEW {schema}.{table} WITH (security_invoker = true)"
            f" AS SELECT {shown} FROM public.{table}")
        run(f"GRANT SELECT ON {schema}.{table} TO {volunteer}")
    # An import's record of what it changed, written by the volunteer's own import.
    _insert_through(connection, "import_change", frozenset())
    run(f"GRANT INSERT ON {schema}.import_change TO {volunteer}")
    _pin_trigger_functions(connection)


def _value_reader(connection: sa.Connection, table: str, value: str, named: str, *,
                  seen: str) -> None:
    """A row's stored values without the withheld fields, read as the owner (the caller
    may not read the column), and only of a row the caller may see: asked of another
    row, it answers NULL."""
    cases = " ".join(
        f"WHEN '{kind}' THEN ({value}::jsonb - ARRAY[{', '.join(map(repr, sorted(keys)))}])"
        "::text" for kind, keys in WITHHELD.items())
    connection.exec_driver_sql(
        f"CREATE FUNCTION {VOLUNTEER_SCHEMA}.{table}_{value}(row_id integer) RETURNS text"
        " LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$"
        f" SELECT CASE {named} {cases} ELSE {value} END FROM public.{table}"
        f" WHERE {table}.id = row_id AND {seen} $$")


def _insert_through(connection: sa.Connection, table: str, withheld: frozenset[str]) -> None:
    """A record a volunteer adds goes to the table with every column it may write; a
    withheld value given is refused as the table's privileges would refuse it."""
    schema = VOLUNTEER_SCHEMA
    columns = [name for name in _columns(table) if name != "id"]
    refusals = " ".join(
        f"IF NEW.{name} IS NOT NULL THEN RAISE insufficient_privilege USING MESSAGE ="
        f" 'permission denied for column {name} of relation {table}'; END IF;"
        for name in sorted(withheld))
    values = ", ".join(f"NEW.{name}" for name in columns)
    run = connection.exec_driver_sql
    run(f"""CREATE FUNCTION {schema}.{table}_insert() RETURNS trigger LANGUAGE plpgsql
        SET search_path = public AS $$ BEGIN {refusals}
        INSERT INTO public.{table} (id, {', '.join(columns)})
        VALUES (coalesce(NEW.id, nextval(pg_get_serial_sequence('public.{table}', 'id'))),
                {values}) RETURNING id INTO NEW.id;
        RETURN NEW; END $$""")
    run(f"CREATE TRIGGER {table}_insert INSTEAD OF INSERT ON {schema}.{table}"
        f" FOR EACH ROW EXECUTE FUNCTION {schema}.{table}_insert()")


def _search_view(connection: sa.Connection, table: str) -> None:
    """The search texts without the withheld fields (migration 0020's public_text),
    under the name search reads, and `matching`'s function."""
    connection.exec_driver_sql(
        f"CREATE VIEW {VOLUNTEER_SCHEMA}.{table}_search WITH (security_invoker = true)"
        f" AS SELECT id, public_text AS text FROM public.{table}_search")
    # Row-level security keeps LIKE (not leakproof) off the trigram index for the
    # caller; the owner's query uses it, and leaves out what the caller may not see.
    hidden = (" AND EXISTS (SELECT 1 FROM public.contact AS visible WHERE visible.id ="
              " found.id AND visible.sensitivity <> 'restricted')" if table == "contact"
              else "")
    connection.exec_driver_sql(
        f"CREATE FUNCTION {VOLUNTEER_SCHEMA}.{table}_matching(pattern text)"
        " RETURNS SETOF integer LANGUAGE sql STABLE SECURITY DEFINER"
        f" SET search_path = public AS $$ SELECT found.id FROM public.{table}_search AS found"
        f" WHERE found.public_text LIKE pattern ESCAPE '\\'{hidden} $$")


def matching(table: str, pattern: str) -> sa.sql.functions.Function[Any]:
    """The ids of a volunteer's visible records of `table` whose search text (without
    the withheld fields) is LIKE `pattern` (escaped with a backslash), from the index."""
    return sa.sql.functions.Function(f"{table}_matching", sa.literal(pattern),
                                     packagenames=(VOLUNTEER_SCHEMA,))


def _pin_trigger_functions(connection: sa.Connection) -> None:
    """The tables' trigger functions (journal, search texts) write the tables, not a
    volunteer's views of the same names: they name public first, whoever runs them.
    The search texts' run as the owner, since a volunteer may not read those tables."""
    for name, source in connection.exec_driver_sql(
            "SELECT p.oid::regprocedure::text, p.proname FROM pg_proc AS p"
            " JOIN pg_namespace AS n ON n.oid = p.pronamespace WHERE n.nspname = 'public'"
            " AND p.prorettype = 'trigger'::regtype"):
        definer = " SECURITY DEFINER" if str(source).endswith(
            tuple(f"{table}_search_{kind}" for table in WITHHELD
                  for kind in ("text", "alias_text"))) else ""
        connection.exec_driver_sql(f"ALTER FUNCTION {name}{definer} SET search_path = public")


def route_login(connection: sa.Connection, *, login: str) -> None:
    """A volunteer login reads through the views: their schema first on their path in
    this database (a login without it is refused the withheld columns, never shown)."""
    database = _quoted(connection, str(connection.exec_driver_sql(
        "SELECT current_database()").scalar()))
    connection.exec_driver_sql(
        f"ALTER ROLE {_quoted(connection, login)} IN DATABASE {database}"
        f" SET search_path = {VOLUNTEER_SCHEMA}, public")


def unroute_login(connection: sa.Connection, *, login: str) -> None:
    """Undo `route_login`: the login reads the tables themselves again in this database
    (from their next connection), as a coordinator must to see the private fields."""
    database = _quoted(connection, str(connection.exec_driver_sql(
        "SELECT current_database()").scalar()))
    connection.exec_driver_sql(
        f"ALTER ROLE {_quoted(connection, login)} IN DATABASE {database} RESET search_path")
