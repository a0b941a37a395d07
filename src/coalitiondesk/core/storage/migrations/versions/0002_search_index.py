"""search index: trigram full-text tables for organizations and contacts (SQLite only)

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29

The index holds one lower-cased text per record, kept current by triggers, so
that a substring typed in the search box ("태경", "robertson") is answered from
the index instead of scanning every row. lower() is CoalitionDesk's Unicode
lower() registered on each connection (see core/db.py).
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# What the search box looks through; whole names in both orders so that
# "Ha Tae Kyung" and "Tae Kyung Ha" both match. {r} is the row: new, or the table.
TEXTS = {
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


def _text(table: str, row: str) -> str:
    """One lower-cased text per record, its fields separated by line breaks."""
    parts = [f"coalesce({column.format(r=row)}, '')" for column in TEXTS[table]]
    return "lower(" + " || char(10) || ".join(parts) + ")"


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for table in TEXTS:
        index = f"{table}_search"
        op.execute(
            f"CREATE VIRTUAL TABLE {index} USING fts5("
            "text, tokenize = 'trigram case_sensitive 1', detail = 'none')"
        )
        op.execute(f"INSERT INTO {index} (rowid, text) SELECT id, {_text(table, table)} FROM {table}")
        op.execute(
            f"CREATE TRIGGER {index}_insert AFTER INSERT ON {table} BEGIN "
            f"INSERT INTO {index} (rowid, text) VALUES (new.id, {_text(table, 'new')}); END"
        )
        op.execute(
            f"CREATE TRIGGER {index}_update AFTER UPDATE ON {table} BEGIN "
            f"DELETE FROM {index} WHERE rowid = old.id; "
            f"INSERT INTO {index} (rowid, text) VALUES (new.id, {_text(table, 'new')}); END"
        )
        op.execute(
            f"CREATE TRIGGER {index}_delete AFTER DELETE ON {table} BEGIN "
            f"DELETE FROM {index} WHERE rowid = old.id; END"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for table in TEXTS:
        index = f"{table}_search"
        for event in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS {index}_{event}")
        op.execute(f"DROP TABLE IF EXISTS {index}")
