"""search index on a PostgreSQL server: a second text per record without its private fields

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-06

A volunteer may not read a record's private fields (core.storage.server_columns),
so the search text 0012 and 0016 keep, which holds a contact's notes and the
coordinator's own fields, is not theirs to search. Each record's row in
organization_search and contact_search gains public_text: the same text without
notes and own fields, under a trigram index of its own, written by the same
triggers. A volunteer's search reads it (their view of the search table names it
"text"). Nothing is done on SQLite, which has no roles.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0020"
down_revision: str | Sequence[str] | None = "0019"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ALIASES = {"organization": ("organization_alias", "organization_id"),
           "contact": ("contact_alias", "contact_id")}
_CUSTOM = "(SELECT string_agg(value, chr(10)) FROM jsonb_each_text({r}.custom_values::jsonb))"
_NAMES = ("coalesce({r}.family_name, '') || ' ' || coalesce({r}.given_name, '')",
          "coalesce({r}.given_name, '') || ' ' || coalesce({r}.family_name, '')")
# As 0016 on PostgreSQL, in its order; "private" parts are left out of public_text.
_PARTS = {
    "organization": (("{r}.name", "{r}.acronym", "{r}.full_name", "{r}.native_name",
                      "{r}.signatory_name", "{r}.email"), ("{r}.notes",), ()),
    "contact": (("{r}.native_name", "{r}.email"), ("{r}.notes",),
                ("{r}.position", "{r}.social_handle", *_NAMES)),
}


def _text(table: str, row: str, *, public: bool) -> str:
    before, private, after = _PARTS[table]
    alias_table, key = ALIASES[table]
    aliases = (f"(SELECT string_agg(name, chr(10)) FROM {alias_table} "
               f"WHERE {alias_table}.{key} = {{r}}.id)")
    parts = ((*before, *after, aliases) if public
             else (*before, *private, *after, _CUSTOM, aliases))
    return "lower(" + " || chr(10) || ".join(
        f"coalesce({part.format(r=row)}, '')" for part in parts) + ")"


def _functions(*, public: bool) -> None:
    for table, (_, key) in ALIASES.items():
        index = f"{table}_search"
        columns = "id, text, public_text" if public else "id, text"
        values = (f"NEW.id, {_text(table, 'NEW', public=False)}"
                  + (f", {_text(table, 'NEW', public=True)}" if public else ""))
        kept = "text = EXCLUDED.text" + (", public_text = EXCLUDED.public_text" if public
                                         else "")
        op.execute(
            f"CREATE OR REPLACE FUNCTION {index}_text() RETURNS trigger LANGUAGE plpgsql AS "
            f"$$ BEGIN IF TG_OP = 'DELETE' THEN DELETE FROM {index} WHERE id = OLD.id; "
            "RETURN NULL; END IF; "
            f"INSERT INTO {index} ({columns}) VALUES ({values}) "
            f"ON CONFLICT (id) DO UPDATE SET {kept}; RETURN NULL; END $$")
        stored = (f"{_text(table, table, public=False)}"
                  + (f", {_text(table, table, public=True)}" if public else ""))
        again = (f"DELETE FROM {index} WHERE id = {{row}}.{key}; "
                 f"INSERT INTO {index} ({columns}) SELECT id, {stored} FROM {table} "
                 f"WHERE id = {{row}}.{key}; ")
        op.execute(
            f"CREATE OR REPLACE FUNCTION {index}_alias_text() RETURNS trigger LANGUAGE plpgsql"
            f" AS $$ BEGIN IF TG_OP <> 'INSERT' THEN {again.format(row='OLD')}END IF; "
            f"IF TG_OP <> 'DELETE' THEN {again.format(row='NEW')}END IF; "
            "RETURN NULL; END $$")


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in ALIASES:
        index = f"{table}_search"
        op.execute(f"ALTER TABLE {index} ADD COLUMN public_text text NOT NULL DEFAULT ''")
        op.execute(f"UPDATE {index} SET public_text = {_text(table, table, public=True)}"
                   f" FROM {table} WHERE {table}.id = {index}.id")
        op.execute(f"CREATE INDEX {index}_public_trigrams ON {index}"
                   " USING gin (public_text gin_trgm_ops)")
    _functions(public=True)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    _functions(public=False)
    for table in ALIASES:
        op.execute(f"ALTER TABLE {table}_search DROP COLUMN public_text")
