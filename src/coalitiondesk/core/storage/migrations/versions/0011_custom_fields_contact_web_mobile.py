"""custom fields; contacts' website and mobile phone; a county or district in addresses

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-06

A custom field's values are a JSON object in the record's own row
(custom_values), so the journal's triggers, undo, the erasure of a deleted
person and the search index treat them as the record's values. The search
index's triggers are made again to read them: the words of every value, not
the object's keys or punctuation.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from coalitiondesk.core.journal import triggers

revision: str = "0011"
down_revision: str | Sequence[str] | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_CUSTOM = "(SELECT group_concat(value, char(10)) FROM json_each({r}.custom_values))"

# As in 0002, with the custom values added.
TEXTS: dict[str, tuple[str, ...]] = {
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
_TYPES = ("text", "number", "date", "flag", "choice")


def _text(table: str, row: str, texts: dict[str, tuple[str, ...]]) -> str:
    parts = [f"coalesce({column.format(r=row)}, '')" for column in texts[table]]
    return "lower(" + " || char(10) || ".join(parts) + ")"


def _search_triggers(texts: dict[str, tuple[str, ...]]) -> None:
    for table in texts:
        index = f"{table}_search"
        for event in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS {index}_{event}")
        op.execute(f"DELETE FROM {index}")
        op.execute(f"INSERT INTO {index} (rowid, text) SELECT id, "
                   f"{_text(table, table, texts)} FROM {table}")
        op.execute(
            f"CREATE TRIGGER {index}_insert AFTER INSERT ON {table} BEGIN "
            f"INSERT INTO {index} (rowid, text) VALUES (new.id, {_text(table, 'new', texts)}); END"
        )
        op.execute(
            f"CREATE TRIGGER {index}_update AFTER UPDATE ON {table} BEGIN "
            f"DELETE FROM {index} WHERE rowid = old.id; "
            f"INSERT INTO {index} (rowid, text) VALUES (new.id, {_text(table, 'new', texts)}); END"
        )
        op.execute(
            f"CREATE TRIGGER {index}_delete AFTER DELETE ON {table} BEGIN "
            f"DELETE FROM {index} WHERE rowid = old.id; END"
        )


def upgrade() -> None:
    for table in ("organization", "contact"):
        op.add_column(table, sa.Column("district", sa.String(), nullable=True))
        op.add_column(table, sa.Column("custom_values", sa.String(), nullable=True))
    op.add_column("contact", sa.Column("mobile_phone", sa.String(), nullable=True))
    op.add_column("contact", sa.Column("website", sa.String(), nullable=True))
    known = ", ".join(f"'{name}'" for name in _TYPES)
    op.create_table(
        "custom_field",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("record_kind", sa.String(length=20), nullable=False),
        sa.Column("label", sa.String(), nullable=False),
        sa.Column("value_type", sa.String(length=20), nullable=False),
        sa.Column("choices", sa.String(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.CheckConstraint("record_kind IN ('organization', 'contact')",
                           name=op.f("ck_custom_field_record_kind_valid")),
        sa.CheckConstraint(f"value_type IN ({known})",
                           name=op.f("ck_custom_field_value_type_valid")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_custom_field")),
        sa.UniqueConstraint("record_kind", "label", name="uq_custom_field_kind_label"),
    )
    if op.get_bind().dialect.name == "sqlite":
        _search_triggers(TEXTS)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        _search_triggers({table: texts[:-1] for table, texts in TEXTS.items()})
        # SQLite refuses to drop a column its journal triggers name; they are made
        # again from the columns left. (A batch copy of the table instead would
        # cascade-delete the rows that point at it.)
        for table in ("organization", "contact"):
            for event in ("insert", "update", "delete"):
                bind.exec_driver_sql(f'DROP TRIGGER IF EXISTS "journal_{table}_{event}"')
    op.drop_table("custom_field")
    op.drop_column("contact", "website")
    op.drop_column("contact", "mobile_phone")
    for table in ("contact", "organization"):
        op.drop_column(table, "custom_values")
        op.drop_column(table, "district")
    triggers.install(bind)
