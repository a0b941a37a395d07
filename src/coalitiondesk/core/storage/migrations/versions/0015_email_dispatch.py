"""e-mail dispatches: Message-ID, subject, outcome and the server's reply

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-06

A message is recorded as "sending" before it goes out and as "sent" or "refused"
once the server answers, so that a run killed half-way resumes without sending
anyone the same message twice (core.mailing).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from coalitiondesk.core.journal import triggers

revision: str = "0015"
down_revision: str | Sequence[str] | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = ("message_id", "subject", "outcome", "reply")


def upgrade() -> None:
    # Plain ADD COLUMNs: a batch rebuild would need the journal's triggers made again
    # for nothing; the outcome is checked in core, as the recipient's channel is.
    op.add_column("dispatch", sa.Column("message_id", sa.String(), nullable=True))
    op.add_column("dispatch", sa.Column("subject", sa.String(), nullable=True))
    op.add_column("dispatch", sa.Column("outcome", sa.String(length=20), nullable=True))
    op.add_column("dispatch", sa.Column("reply", sa.String(), nullable=True))
    op.create_index(op.f("ix_dispatch_message_id"), "dispatch", ["message_id"], unique=False)


def downgrade() -> None:
    bind = op.get_bind()
    op.drop_index(op.f("ix_dispatch_message_id"), table_name="dispatch")
    if bind.dialect.name == "sqlite":
        # SQLite refuses to drop a column its journal triggers name; they are made
        # again from the columns left.
        for event in ("insert", "update", "delete"):
            bind.exec_driver_sql(f'DROP TRIGGER IF EXISTS "journal_dispatch_{event}"')
    for column in reversed(COLUMNS):
        op.drop_column("dispatch", column)
    triggers.install(bind)
