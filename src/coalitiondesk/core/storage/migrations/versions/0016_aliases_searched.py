"""search index: an organization's or a person's other names (aliases) are searched too

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-06

An import that updates a record from a row spelt otherwise keeps the row's name
as an alias, and a merge keeps the duplicate's name; the search box finds the
record by either. Each record's indexed text gains its aliases, on SQLite (the
FTS5 tables of 0002, the triggers of 0011) and on PostgreSQL (the pg_trgm tables
of 0012). An alias added, changed or removed writes its record's text again.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0016"
down_revision: str | Sequence[str] | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The alias table and its column naming the record, per record table.
ALIASES = {"organization": ("organization_alias", "organization_id"),
           "contact": ("contact_alias", "contact_id")}

# As 0011 (SQLite) and 0012 (PostgreSQL): a custom field's values, their words only.
_CUSTOM = {
    "sqlite": "(SELECT group_concat(value, char(10)) FROM json_each({r}.custom_values))",
    "postgresql": "(SELECT string_agg(value, chr(10)) "
                  "FROM jsonb_each_text({r}.custom_values::jsonb))",
}
_JOINED = {"sqlite": "group_concat(name, char(10))", "postgresql": "string_agg(name, chr(10))"}
_NEWLINE = {"sqlite": "char(10)", "postgresql": "chr(10)"}

_FIELDS = {
    "organization": (
        "{r}.name", "{r}.acronym", "{r}.full_name", "{r}.native_name", "{r}.signatory_name",
        "{r}.email", "{r}.notes",
    ),
    "contact": (
        "{r}.native_name", "{r}.email", "{r}.notes", "{r}.position", "{r}.social_handle",
        "coalesce({r}.family_name, '') || ' ' || coalesce({r}.given_name, '')",
        "coalesce({r}.given_name, '') || ' ' || coalesce({r}.family_name, '')",
    ),
}


def texts(dialect: str, *, with_aliases: bool) -> dict[str, tuple[str, ...]]:
    """Each table's indexed parts: 0011's and 0012's, then the aliases."""
    result: dict[str, tuple[str, ...]] = {}
    for table, fields in _FIELDS.items():
        parts: tuple[str, ...] = (*fields, _CUSTOM[dialect])
        if with_aliases:
            alias_table, key = ALIASES[table]
            parts = (*parts, f"(SELECT {_JOINED[dialect]} FROM {alias_table} "
                             f"WHERE {alias_table}.{key} = {{r}}.id)")
        result[table] = parts
    return result


def _text(dialect: str, table: str, row: str, *, with_aliases: bool) -> str:
    parts = [f"coalesce({column.format(r=row)}, '')"
             for column in texts(dialect, with_aliases=with_aliases)[table]]
    return "lower(" + f" || {_NEWLINE[dialect]} || ".join(parts) + ")"


def _sqlite(*, with_aliases: bool) -> None:
    for table in _FIELDS:
        index = f"{table}_search"
        text = _text("sqlite", table, "new", with_aliases=with_aliases)
        for event in ("insert", "update", "delete", "alias_insert", "alias_update",
                      "alias_delete"):
            op.execute(f"DROP TRIGGER IF EXISTS {index}_{event}")
        op.execute(f"DELETE FROM {index}")
        op.execute(f"INSERT INTO {index} (rowid, text) SELECT id, "
                   f"{_text('sqlite', table, table, with_aliases=with_aliases)} FROM {table}")
        op.execute(f"CREATE TRIGGER {index}_insert AFTER INSERT ON {table} BEGIN "
                   f"INSERT INTO {index} (rowid, text) VALUES (new.id, {text}); END")
        op.execute(f"CREATE TRIGGER {index}_update AFTER UPDATE ON {table} BEGIN "
                   f"DELETE FROM {index} WHERE rowid = old.id; "
                   f"INSERT INTO {index} (rowid, text) VALUES (new.id, {text}); END")
        op.execute(f"CREATE TRIGGER {index}_delete AFTER DELETE ON {table} BEGIN "
                   f"DELETE FROM {index} WHERE rowid = old.id; END")
        if not with_aliases:
            continue
        alias_table, key = ALIASES[table]
        stored = _text("sqlite", table, table, with_aliases=True)

        def again(row: str, index: str = index, table: str = table, key: str = key,
                  stored: str = stored) -> str:
            # Read from the record's row, which is gone when the alias went with it
            # (a cascade): then nothing is written back.
            return (f"DELETE FROM {index} WHERE rowid = {row}.{key}; "
                    f"INSERT INTO {index} (rowid, text) SELECT id, {stored} FROM {table} "
                    f"WHERE id = {row}.{key}; ")

        op.execute(f"CREATE TRIGGER {index}_alias_insert AFTER INSERT ON {alias_table} "
                   f"BEGIN {again('new')}END")
        op.execute(f"CREATE TRIGGER {index}_alias_update AFTER UPDATE ON {alias_table} "
                   f"BEGIN {again('old')}{again('new')}END")
        op.execute(f"CREATE TRIGGER {index}_alias_delete AFTER DELETE ON {alias_table} "
                   f"BEGIN {again('old')}END")


def _postgresql(*, with_aliases: bool) -> None:
    for table in _FIELDS:
        index = f"{table}_search"
        alias_table, key = ALIASES[table]
        text = _text("postgresql", table, "NEW", with_aliases=with_aliases)
        op.execute(
            f"CREATE OR REPLACE FUNCTION {index}_text() RETURNS trigger LANGUAGE plpgsql AS "
            f"$$ BEGIN IF TG_OP = 'DELETE' THEN DELETE FROM {index} WHERE id = OLD.id; "
            "RETURN NULL; END IF; "
            f"INSERT INTO {index} (id, text) VALUES (NEW.id, {text}) "
            "ON CONFLICT (id) DO UPDATE SET text = EXCLUDED.text; RETURN NULL; END $$")
        op.execute(f"DROP TRIGGER IF EXISTS {index}_alias_change ON {alias_table}")
        op.execute(f"DROP FUNCTION IF EXISTS {index}_alias_text()")
        op.execute(f"DELETE FROM {index}")
        op.execute(f"INSERT INTO {index} (id, text) SELECT id, "
                   f"{_text('postgresql', table, table, with_aliases=with_aliases)} "
                   f"FROM {table}")
        if not with_aliases:
            continue
        stored = _text("postgresql", table, table, with_aliases=True)
        again = (f"DELETE FROM {index} WHERE id = {{row}}.{key}; "
                 f"INSERT INTO {index} (id, text) SELECT id, {stored} FROM {table} "
                 f"WHERE id = {{row}}.{key}; ")
        op.execute(
            f"CREATE FUNCTION {index}_alias_text() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            f"IF TG_OP <> 'INSERT' THEN {again.format(row='OLD')}END IF; "
            f"IF TG_OP <> 'DELETE' THEN {again.format(row='NEW')}END IF; "
            "RETURN NULL; END $$")
        op.execute(f"CREATE TRIGGER {index}_alias_change AFTER INSERT OR UPDATE OR DELETE "
                   f"ON {alias_table} FOR EACH ROW EXECUTE FUNCTION {index}_alias_text()")


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        _sqlite(with_aliases=True)
    elif dialect == "postgresql":
        _postgresql(with_aliases=True)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        _sqlite(with_aliases=False)
    elif dialect == "postgresql":
        _postgresql(with_aliases=False)
