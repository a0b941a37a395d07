"""The triggers that write every change to the journal, whatever made it.

Triggers rather than ORM events: imports insert in bulk, undo replays raw
rows and foreign keys cascade deletes inside SQLite, and none of these pass
through the ORM. A trigger sees them all, including a change another program
makes to the file (recorded with no operation). An import's bulk inserts stand
the insert trigger aside and write the same rows once per statement, from the
trigger's own stored SQL (core.journal.bulk_inserts).

They are made from the live schema, so a migration that adds a column only
needs `install` run again afterwards (`core.db.upgrade_schema` does that).
"""

from __future__ import annotations

import sqlalchemy as sa

# Each journaled table, with the record its rows belong to on screen: a
# contact's tags and affiliations are part of the contact's form, so changing
# them changes the contact's version. The owner is (table, column of this row).
OWNERS: dict[str, tuple[str, str]] = {
    "organization": ("organization", "id"),
    "organization_tag": ("organization", "organization_id"),
    "membership_change": ("organization", "organization_id"),
    "contact": ("contact", "id"),
    "contact_tag": ("contact", "contact_id"),
    "affiliation": ("contact", "contact_id"),
    "tag": ("tag", "id"),
    "letter": ("letter", "id"),
    "signature": ("letter", "letter_id"),
    "recipient": ("letter", "letter_id"),
    "dispatch": ("recipient", "recipient_id"),
    "activity": ("activity", "id"),
    "activity_organization": ("activity", "activity_id"),
    "activity_contact": ("activity", "activity_id"),
    "country": ("country", "code"),
    "country_alias": ("country", "country_code"),
    "setting": ("setting", "key"),
    "organization_alias": ("organization", "organization_id"),
    "contact_alias": ("contact", "contact_id"),
    "not_duplicate": ("not_duplicate", "id"),
    "custom_field": ("custom_field", "id"),
    # An attachment's description only: its bytes (attachment_content) are never
    # copied into the journal (core.records.attachments).
    "attachment": ("attachment", "id"),
    "saved_group": ("saved_group", "id"),
    "saved_group_member": ("saved_group", "group_id"),
}
# Not journaled: import_batch (the list of imports, marked undone by the undo
# itself), import_change (imports before the journal), attachment_content, and the
# journal.

_EVENTS = ("insert", "update", "delete")

# One writer at a time: the operation in progress, if any, is the newest one. A
# change made outside any operation (another program) is filed under none.
CURRENT_OPERATION = ("(SELECT id FROM journal_operation WHERE id = "
                     "(SELECT max(id) FROM journal_operation) AND in_progress)")
# Before migration 0013 (a migration between 0006 and it makes the triggers again).
_CURRENT_OPERATION_BEFORE_0013 = "(SELECT operation_id FROM journal_current)"


def _columns(connection: sa.Connection, table: str) -> tuple[list[str], list[str]]:
    """The table's columns and its primary key columns, in order."""
    rows = connection.exec_driver_sql(f'PRAGMA table_info("{table}")').all()
    columns = [str(row[1]) for row in rows]
    key = [str(row[1]) for row in sorted((r for r in rows if r[5]), key=lambda r: r[5])]
    return columns, key


def _json_row(alias: str, columns: list[str]) -> str:
    return "json_object(" + ", ".join(f"'{c}', {alias}.\"{c}\"" for c in columns) + ")"


def _json_key(alias: str, key: list[str]) -> str:
    return "json_array(" + ", ".join(f'{alias}."{c}"' for c in key) + ")"


def _trigger(table: str, event: str, columns: list[str], key: list[str],
             current_operation: str) -> str:
    owner_table, owner_column = OWNERS[table]
    row = "OLD" if event == "delete" else "NEW"
    before = _json_row("OLD", columns) if event != "insert" else "NULL"
    # An insert is undone by its key alone, and redone from the undo's record of
    # what it deleted: its values would only double the cost of every import.
    after = _json_row("NEW", columns) if event == "update" else "NULL"
    when = ""
    if event == "update":
        # An UPDATE that rewrites the same values is no change.
        when = " WHEN " + " OR ".join(f'OLD."{c}" IS NOT NEW."{c}"' for c in columns)
    return (
        f'CREATE TRIGGER "journal_{table}_{event}" AFTER {event.upper()} ON "{table}"{when} '
        "BEGIN INSERT INTO journal_change (operation_id, table_name, row_key, action, "
        "before, after, owner_table, owner_key, erased) VALUES ("
        f"{current_operation}, "
        f"'{table}', {_json_key(row, key)}, '{event}', {before}, {after}, "
        f"'{owner_table}', CAST({row}.\"{owner_column}\" AS TEXT), 0); END"
    )


def install(connection: sa.Connection) -> None:
    """(Re)create the journal triggers of every journaled table, from its current columns."""
    if connection.dialect.name != "sqlite":
        return  # the server backend brings its own (PL/pgSQL) triggers
    existing = {str(name) for name, in connection.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table'")}
    marked = "in_progress" in _columns(connection, "journal_operation")[0]
    current_operation = CURRENT_OPERATION if marked else _CURRENT_OPERATION_BEFORE_0013
    for table in OWNERS:
        if table not in existing:
            continue
        columns, key = _columns(connection, table)
        for event in _EVENTS:
            connection.exec_driver_sql(f'DROP TRIGGER IF EXISTS "journal_{table}_{event}"')
            connection.exec_driver_sql(_trigger(table, event, columns, key,
                                                current_operation))


def key_columns(connection: sa.Connection, table: str) -> list[str]:
    return _columns(connection, table)[1]
