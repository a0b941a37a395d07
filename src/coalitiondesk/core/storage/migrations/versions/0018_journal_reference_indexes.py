"""journal: an index of the rows of each table that points at a person or organization

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-06

Erasing a deleted contact or organization looks for journal rows of the tables
that point at it (recipients, signatures, affiliations, activity links). That
read the whole journal, so a delete grew slower with every change ever made.
Each index is partial (one table's rows that hold values: updates and deletes),
so saves of records and imports write nothing to them.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0018"
down_revision: str | Sequence[str] | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("recipient", "activity_contact", "affiliation", "signature", "activity_organization",
          "attachment", "saved_group_member")


def upgrade() -> None:
    for table in TABLES:
        # Only rows holding values: an insert is journaled by its key alone.
        where = sa.text(f"table_name = '{table}' AND before IS NOT NULL")
        op.create_index(f"ix_journal_change_{table}", "journal_change", ["id"], unique=False,
                        sqlite_where=where, postgresql_where=where)


def downgrade() -> None:
    for table in TABLES:
        op.drop_index(f"ix_journal_change_{table}", table_name="journal_change")
