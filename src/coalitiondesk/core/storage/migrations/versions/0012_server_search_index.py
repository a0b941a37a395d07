"""search index on a PostgreSQL server: trigram (pg_trgm) tables for organizations and contacts

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-06

What 0002 and 0011 make on SQLite, on a server: one lower-cased text per
record in organization_search and contact_search, kept current by a trigger,
with a GIN trigram index so that a substring typed in the search box ("태경",
"robertson") is answered from the index. pg_trgm is a trusted extension: the
database's owner may create it. Nothing is done on SQLite.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0012"
down_revision: str | Sequence[str] | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The words of every custom value, not the object's keys or punctuation (as 0011).
_CUSTOM = "(SELECT string_agg(value, chr(10)) FROM jsonb_each_text({r}.custom_values::jsonb))"

# As 0011's TEXTS on SQLite.
TEXTS = {
    "organization": (
        "{r}.name", "{r}.acronym", "{r}.full_name", "{r}.native_name", "{r}.signatory_name",
        "{r}.email", "{r}.notes", _CUSTOM,
    ),
    "contact": (
        "{r}.native_name", "{r}.email", "{r}.notes", "{r}.position", "{r}.social_handle",
        "coalesce({r}.family_name, '') || ' ' || coalesce({r}.given_name, '')",
        "coalesce({r}.given_name, '') || ' ' || coalesce({r}.family_name, '')", _CUSTOM,
    ),
}


def _text(table: str, row: str) -> str:
    """One lower-cased text per record, its fields separated by line breaks."""
    parts = [f"coalesce({column.format(r=row)}, '')" for column in TEXTS[table]]
    return "lower(" + " || chr(10) || ".join(parts) + ")"


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for table in TEXTS:
        index = f"{table}_search"
        op.execute(f"CREATE TABLE {index} (id integer PRIMARY KEY, text text NOT NULL)")
        op.execute(f"CREATE INDEX {index}_trigrams ON {index} USING gin (text gin_trgm_ops)")
        op.execute(f"INSERT INTO {index} (id, text) SELECT id, {_text(table, table)} FROM {table}")
        op.execute(
            f"CREATE FUNCTION {index}_text() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            f"IF TG_OP = 'DELETE' THEN DELETE FROM {index} WHERE id = OLD.id; RETURN NULL; END IF; "
            f"INSERT INTO {index} (id, text) VALUES (NEW.id, {_text(table, 'NEW')}) "
            "ON CONFLICT (id) DO UPDATE SET text = EXCLUDED.text; RETURN NULL; END $$")
        op.execute(f"CREATE TRIGGER {index}_change AFTER INSERT OR UPDATE OR DELETE ON {table}"
                   f" FOR EACH ROW EXECUTE FUNCTION {index}_text()")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in TEXTS:
        index = f"{table}_search"
        op.execute(f"DROP TRIGGER IF EXISTS {index}_change ON {table}")
        op.execute(f"DROP FUNCTION IF EXISTS {index}_text()")
        op.execute(f"DROP TABLE IF EXISTS {index}")
