"""letters: bodies in other languages and a signature image; which language a dispatch sent

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-06

A letter keeps its body in its own language and, beside it, versions in other
languages, each recipient getting the one of their language (core.merge.versions).
The signature image is printed above the signatory block. A dispatch says which
language version went out.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from coalitiondesk.core.journal import triggers

revision: str = "0019"
down_revision: str | Sequence[str] | None = "0018"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_COLUMNS = (("letter", "language_versions"), ("letter", "signature_image"),
            ("dispatch", "language"))


def upgrade() -> None:
    # Plain ADD COLUMNs: the journal's triggers are made again from the live columns.
    for table, column in _COLUMNS:
        op.add_column(table, sa.Column(column, sa.String(), nullable=True))


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        # SQLite refuses to drop a column its journal triggers name; they are made
        # again from the columns left.
        for table in ("letter", "dispatch"):
            for event in ("insert", "update", "delete"):
                bind.exec_driver_sql(f'DROP TRIGGER IF EXISTS "journal_{table}_{event}"')
    for table, column in reversed(_COLUMNS):
        op.drop_column(table, column)
    triggers.install(bind)
