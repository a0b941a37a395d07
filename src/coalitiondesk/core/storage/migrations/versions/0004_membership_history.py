"""membership history: every status an organization had, from which day

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29

Each existing organization starts its history with its current status, dated
the day it joined or, when that is unknown, the day it was recorded.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "membership_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organization_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("changed_on", sa.Date(), nullable=False),
        sa.Column("note", sa.String(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "status IN ('member', 'observer', 'prospect', 'former', 'non_member')",
            name=op.f("ck_membership_change_status_valid"),
        ),
        sa.ForeignKeyConstraint(
            ["organization_id"], ["organization.id"],
            name=op.f("fk_membership_change_organization_id_organization"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_membership_change")),
    )
    with op.batch_alter_table("membership_change", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_membership_change_organization_id"),
                              ["organization_id"], unique=False)
    # SQLite keeps datetimes as text, where date() takes the day; elsewhere a cast does.
    recorded_on = ("date(created_at)" if op.get_bind().dialect.name == "sqlite"
                   else "CAST(created_at AS DATE)")
    op.execute(
        "INSERT INTO membership_change (organization_id, status, changed_on, created_at) "
        f"SELECT id, membership_status, coalesce(joined_on, {recorded_on}), created_at "
        "FROM organization ORDER BY id"
    )


def downgrade() -> None:
    with op.batch_alter_table("membership_change", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_membership_change_organization_id"))
    op.drop_table("membership_change")
