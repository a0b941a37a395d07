"""search index: FTS5 secure-delete, so a deleted record's words leave it at once

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06

Without it FTS5 only marks a deleted row's entries as deleted and keeps them in
the file until its segments are merged, which every delete paid for (the whole
index merged: about 85 times a plain delete). secure-delete needs SQLite 3.44
or later: every database now has it (SQLCipher's SQLite opens plain files too);
a plain database this migrated with Python's older SQLite gets it when opened
(core.storage.db). Once a delete has used it, SQLite older than 3.44 reads the
tables but no longer the search index; a plain copy made for other tools turns
it off again (core.storage.cipher.export_copy).
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0008"
down_revision: str | Sequence[str] | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEXES = ("organization_search", "contact_search")
SECURE_DELETE_SINCE = (3, 44)


def _sqlite_with_secure_delete() -> bool:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return False
    version = str(bind.exec_driver_sql("SELECT sqlite_version()").scalar())
    return tuple(int(part) for part in version.split(".")[:2]) >= SECURE_DELETE_SINCE


def upgrade() -> None:
    if _sqlite_with_secure_delete():
        for index in INDEXES:
            op.execute(f"INSERT INTO {index} ({index}, rank) VALUES ('secure-delete', 1)")


def downgrade() -> None:
    if _sqlite_with_secure_delete():
        for index in INDEXES:
            op.execute(f"INSERT INTO {index} ({index}, rank) VALUES ('secure-delete', 0)")
