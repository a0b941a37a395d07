"""attachments (their bytes apart from their description); saved groups

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-06

A file attached to an organization, contact, letter or activity is kept inside
the database, so that backups, encryption and a server carry it. Its bytes are
a table of their own, which the journal does not copy (core.records.attachments).
A saved group is a named search with its filters, or a hand-picked list.
"""

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0017"
down_revision: str | Sequence[str] | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_OWNERS = ("organization", "contact", "letter", "activity")


def _owner_column(table: str, owner: str) -> list[Any]:
    return [sa.Column(f"{owner}_id", sa.Integer(), nullable=True),
            sa.ForeignKeyConstraint([f"{owner}_id"], [f"{owner}.id"],
                                    name=op.f(f"fk_{table}_{owner}_id_{owner}"),
                                    ondelete="CASCADE")]


def upgrade() -> None:
    op.create_table(
        "attachment_content",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachment_content")),
    )
    op.create_table(
        "attachment",
        sa.Column("id", sa.Integer(), nullable=False),
        *(item for owner in _OWNERS for item in _owner_column("attachment", owner)),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("media_type", sa.String(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(), nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("content_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachment")),
    )
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        for column in (*(f"{owner}_id" for owner in _OWNERS), "content_id"):
            batch_op.create_index(batch_op.f(f"ix_attachment_{column}"), [column],
                                  unique=False)
    op.create_table(
        "saved_group",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("static", sa.Boolean(), nullable=False),
        sa.Column("filters", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("kind IN ('organization', 'contact')",
                           name=op.f("ck_saved_group_kind_valid")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_saved_group")),
    )
    op.create_index("uq_saved_group_kind_name_lower", "saved_group",
                    ["kind", sa.text("lower(name)")], unique=True)
    op.create_table(
        "saved_group_member",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["group_id"], ["saved_group.id"],
                                name=op.f("fk_saved_group_member_group_id_saved_group"),
                                ondelete="CASCADE"),
        *(item for owner in ("organization", "contact")
          for item in _owner_column("saved_group_member", owner)),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_saved_group_member")),
    )
    with op.batch_alter_table("saved_group_member", schema=None) as batch_op:
        for column in ("group_id", "organization_id", "contact_id"):
            batch_op.create_index(batch_op.f(f"ix_saved_group_member_{column}"), [column],
                                  unique=False)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for table in ("attachment", "saved_group", "saved_group_member"):
            for event in ("insert", "update", "delete"):
                bind.exec_driver_sql(f'DROP TRIGGER IF EXISTS "journal_{table}_{event}"')
    op.drop_table("saved_group_member")
    op.drop_index("uq_saved_group_kind_name_lower", table_name="saved_group")
    op.drop_table("saved_group")
    op.drop_table("attachment")
    op.drop_table("attachment_content")
