"""merge printing: native-script addresses, restricted recipients allowed per letter

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29

Plain ADD/DROP COLUMN rather than batch mode: recreating contact and
organization would drop the search index's triggers on them.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("contact", sa.Column("native_address", sa.String(), nullable=True))
    op.add_column("organization", sa.Column("native_address", sa.String(), nullable=True))
    op.add_column(
        "letter",
        sa.Column("allow_restricted", sa.Boolean(), nullable=False, server_default=sa.false()),
    )


def downgrade() -> None:
    op.drop_column("letter", "allow_restricted")
    op.drop_column("organization", "native_address")
    op.drop_column("contact", "native_address")
