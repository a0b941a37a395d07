"""letters: whether the list of signatories is kept in alphabetical order

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-06

Sorting a letter's list alphabetically keeps it so: organizations added
later (a pasted list, the Add button) go to their alphabetical place, until
someone moves one by hand. Letters stored before keep their order.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from coalitiondesk.core.journal import triggers

revision: str = "0014"
down_revision: str | Sequence[str] | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("letter", sa.Column("signatories_alphabetical", sa.Boolean(), nullable=False,
                                      server_default=sa.false()))


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        # SQLite refuses to drop a column its journal triggers name; they are made
        # again from the columns left.
        for event in ("insert", "update", "delete"):
            bind.exec_driver_sql(f'DROP TRIGGER IF EXISTS "journal_letter_{event}"')
    op.drop_column("letter", "signatories_alphabetical")
    triggers.install(bind)
