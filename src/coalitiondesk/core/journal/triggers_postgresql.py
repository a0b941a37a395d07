"""The journal's triggers on a PostgreSQL server: the same journal rows as on SQLite.

core.journal.triggers says why triggers, and which tables with which owners;
this module writes them in PL/pgSQL. One function serves every table: each
table's triggers pass it the owner (table, column) and the primary key's
columns. A row is kept as its jsonb (to_jsonb), the same shape SQLite's
json_object gives, so undo reads both alike; the key is a compact JSON array
("[3]", "[3,7]"), as SQLite's json_array writes it and undo compares it.

Each journal row also notifies the channel core.storage.server_notify listens
on, with the operation's id: the server delivers it at commit, once per
operation (it drops a notification repeated within one transaction), and never
for a transaction rolled back, so other windows refresh at once.
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlmodel import SQLModel

from coalitiondesk.core.journal.triggers import OWNERS
from coalitiondesk.core.storage.server_notify import CHANNEL

FUNCTION = "coalitiondesk_journal"

_FUNCTION_SQL = f"""
CREATE OR REPLACE FUNCTION {FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    old_row jsonb := CASE WHEN TG_OP = 'INSERT' THEN NULL ELSE to_jsonb(OLD) END;
    new_row jsonb := CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE to_jsonb(NEW) END;
    row_now jsonb := coalesce(new_row, old_row);
    row_key text;
    operation bigint := (SELECT operation_id FROM journal_current LIMIT 1);
BEGIN
    SELECT '[' || string_agg((row_now -> column_name)::text, ',' ORDER BY place) || ']'
      INTO row_key
      FROM unnest(TG_ARGV[2:]) WITH ORDINALITY AS key_column(column_name, place);
    -- An insert is undone by its key alone (see core.journal.triggers).
    INSERT INTO journal_change (operation_id, table_name, row_key, action, before, after,
                                owner_table, owner_key, erased)
    VALUES (operation, TG_TABLE_NAME, row_key,
            lower(TG_OP), old_row::text,
            CASE WHEN TG_OP = 'UPDATE' THEN new_row::text END,
            TG_ARGV[0], row_now ->> TG_ARGV[1], false);
    PERFORM pg_notify('{CHANNEL}', coalesce(operation, 0)::text);
    RETURN NULL;
END
$$
"""

_EVENTS = ("insert", "update", "delete")


def key_columns(table: str) -> list[str]:
    """The table's primary key columns, in order (the models equal the schema: a test
    checks it on this engine too)."""
    return [column.name for column in SQLModel.metadata.tables[table].primary_key.columns]


def _trigger(table: str, event: str) -> str:
    owner_table, owner_column = OWNERS[table]
    arguments = ", ".join(f"'{name}'" for name in (owner_table, owner_column,
                                                    *key_columns(table)))
    # An UPDATE that rewrites the same values is no change.
    when = " WHEN (OLD.* IS DISTINCT FROM NEW.*)" if event == "update" else ""
    return (f'CREATE TRIGGER "journal_{table}_{event}" AFTER {event.upper()} ON "{table}"'
            f" FOR EACH ROW{when} EXECUTE FUNCTION {FUNCTION}({arguments})")


def install(connection: sa.Connection) -> None:
    """(Re)create the journal function and every journaled table's triggers."""
    connection.exec_driver_sql(_FUNCTION_SQL)
    existing = set(sa.inspect(connection).get_table_names())
    for table in OWNERS:
        if table not in existing:
            continue
        for event in _EVENTS:
            connection.exec_driver_sql(f'DROP TRIGGER IF EXISTS "journal_{table}_{event}"'
                                       f' ON "{table}"')
            connection.exec_driver_sql(_trigger(table, event))
