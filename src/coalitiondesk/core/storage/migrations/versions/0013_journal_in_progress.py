"""journal: the operation in progress marked on its own row; import index only for imports

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-06

Every save wrote and removed a journal_current row so that the SQLite triggers
knew the operation, and indexed its NULL import batch: two database pages
written per save for nothing. On SQLite the triggers now read the newest
operation while it is marked in progress; a server keeps journal_current, where
several people's operations are open at once.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | Sequence[str] | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEX = "ix_journal_operation_import_batch_id"


def upgrade() -> None:
    # A plain ADD COLUMN: a batch rebuild of this table would cascade-delete the
    # journal's entries.
    op.add_column("journal_operation", sa.Column("in_progress", sa.Boolean(),
                                                 nullable=False, server_default=sa.false()))
    op.drop_index(INDEX, table_name="journal_operation")
    op.create_index(INDEX, "journal_operation", ["import_batch_id"], unique=False,
                    sqlite_where=sa.text("import_batch_id IS NOT NULL"),
                    postgresql_where=sa.text("import_batch_id IS NOT NULL"))


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        # The triggers read the column; the next upgrade makes them again.
        for (name,) in bind.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'trigger'"
                " AND name LIKE 'journal_%'").all():
            op.execute(f'DROP TRIGGER "{name}"')
    op.drop_index(INDEX, table_name="journal_operation")
    op.create_index(INDEX, "journal_operation", ["import_batch_id"], unique=False)
    # Not a batch rebuild: dropping the table would cascade-delete the journal.
    op.drop_column("journal_operation", "in_progress")
