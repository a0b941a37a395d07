"""aliases of organizations and contacts; pairs marked "not a duplicate"

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06

Merging two records keeps the name of the one merged away as an alias of the
survivor. A pair a coordinator marked "not a duplicate" is not proposed again.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | Sequence[str] | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    for table, owner in (("organization_alias", "organization"), ("contact_alias", "contact")):
        op.create_table(
            table,
            sa.Column("id", sa.Integer(), nullable=False),
            sa.Column(f"{owner}_id", sa.Integer(), nullable=False),
            sa.Column("name", sa.String(), nullable=False),
            sa.ForeignKeyConstraint([f"{owner}_id"], [f"{owner}.id"],
                                    name=op.f(f"fk_{table}_{owner}_id_{owner}"),
                                    ondelete="CASCADE"),
            sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
        )
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.create_index(batch_op.f(f"ix_{table}_{owner}_id"), [f"{owner}_id"],
                                  unique=False)
    op.create_table(
        "not_duplicate",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("first_id", sa.Integer(), nullable=False),
        sa.Column("second_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("kind IN ('organization', 'contact')",
                           name=op.f("ck_not_duplicate_kind_valid")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_not_duplicate")),
        sa.UniqueConstraint("kind", "first_id", "second_id", name="uq_not_duplicate_pair"),
    )


def downgrade() -> None:
    op.drop_table("not_duplicate")
    for table, owner in (("contact_alias", "contact"), ("organization_alias", "organization")):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(batch_op.f(f"ix_{table}_{owner}_id"))
        op.drop_table(table)
