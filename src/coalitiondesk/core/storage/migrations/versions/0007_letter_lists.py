"""one recipient row per letter and person or organization, one signature per place

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06

The code checked these; now the database does too. What is already stored is
kept: a recipient listed twice on a letter becomes one row holding every
sending of both and the first answer given (a second answer joins the note);
signatures sharing a place are numbered again in their current order. A
recipient's first channel must be one a dispatch can have; an older free text
("pdf", "open letter") becomes "other". SQLite cannot add a CHECK without
rebuilding the table (which would cascade-delete its dispatches), so that
rule is a pair of triggers there.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | Sequence[str] | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CHANNELS = ("post", "email", "hand", "fax", "other")
_KNOWN = ", ".join(f"'{channel}'" for channel in CHANNELS)


def upgrade() -> None:
    bind = op.get_bind()
    _merge_duplicate_recipients(bind)
    _renumber_shared_places(bind)
    bind.exec_driver_sql(
        f"UPDATE recipient SET channel = CASE WHEN lower(trim(channel)) IN ({_KNOWN})"
        " THEN lower(trim(channel)) ELSE 'other' END WHERE channel IS NOT NULL")
    op.create_index("uq_recipient_letter_contact", "recipient", ["letter_id", "contact_id"],
                    unique=True, sqlite_where=sa.text("contact_id IS NOT NULL"),
                    postgresql_where=sa.text("contact_id IS NOT NULL"))
    op.create_index("uq_recipient_letter_organization", "recipient",
                    ["letter_id", "organization_id"], unique=True,
                    sqlite_where=sa.text("organization_id IS NOT NULL"),
                    postgresql_where=sa.text("organization_id IS NOT NULL"))
    op.create_index("uq_signature_letter_position", "signature", ["letter_id", "position"],
                    unique=True, sqlite_where=sa.text("position IS NOT NULL"),
                    postgresql_where=sa.text("position IS NOT NULL"))
    if bind.dialect.name == "sqlite":
        for event in ("INSERT", "UPDATE"):
            bind.exec_driver_sql(
                f"CREATE TRIGGER recipient_channel_valid_{event.lower()} BEFORE {event} ON "
                f"recipient WHEN NEW.channel IS NOT NULL AND NEW.channel NOT IN ({_KNOWN}) "
                "BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: channel_valid'); END")
    else:
        op.create_check_constraint("channel_valid", "recipient",
                                   f"channel IS NULL OR channel IN ({_KNOWN})")


def _merge_duplicate_recipients(bind: sa.Connection) -> None:
    for column in ("contact_id", "organization_id"):
        groups = bind.exec_driver_sql(
            f"SELECT letter_id, {column}, min(id) FROM recipient WHERE {column} IS NOT NULL"
            f" GROUP BY letter_id, {column} HAVING count(*) > 1").all()
        for letter_id, key, keep in groups:
            others = [row for row in bind.exec_driver_sql(
                f"SELECT id, dispatched_on, channel, response_on, response_note FROM recipient"
                f" WHERE letter_id = ? AND {column} = ? AND id <> ? ORDER BY id",
                (letter_id, key, keep)).all()]
            for other_id, sent_on, channel, response_on, note in others:
                bind.exec_driver_sql("UPDATE dispatch SET recipient_id = ? WHERE recipient_id = ?",
                                     (keep, other_id))
                bind.exec_driver_sql(
                    "UPDATE recipient SET dispatched_on = coalesce(dispatched_on, ?),"
                    " channel = coalesce(channel, ?), response_on = coalesce(response_on, ?),"
                    " response_note = CASE WHEN response_note IS NULL THEN ?"
                    " WHEN ? IS NULL OR ? = response_note THEN response_note"
                    " ELSE response_note || char(10) || ? END WHERE id = ?",
                    (sent_on, channel, response_on, note, note, note, note, keep))
                bind.exec_driver_sql("DELETE FROM recipient WHERE id = ?", (other_id,))


def _renumber_shared_places(bind: sa.Connection) -> None:
    letters = [letter_id for letter_id, in bind.exec_driver_sql(
        "SELECT DISTINCT letter_id FROM signature WHERE position IS NOT NULL"
        " GROUP BY letter_id, position HAVING count(*) > 1").all()]
    for letter_id in letters:
        ordered = [signature_id for signature_id, in bind.exec_driver_sql(
            "SELECT id FROM signature WHERE letter_id = ? AND position IS NOT NULL"
            " ORDER BY position, id", (letter_id,)).all()]
        for place, signature_id in enumerate(ordered, start=1):
            bind.exec_driver_sql("UPDATE signature SET position = ? WHERE id = ?",
                                 (place, signature_id))


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for event in ("insert", "update"):
            bind.exec_driver_sql(f"DROP TRIGGER IF EXISTS recipient_channel_valid_{event}")
    else:
        op.drop_constraint("channel_valid", "recipient", type_="check")
    op.drop_index("uq_signature_letter_position", table_name="signature")
    op.drop_index("uq_recipient_letter_organization", table_name="recipient")
    op.drop_index("uq_recipient_letter_contact", table_name="recipient")
