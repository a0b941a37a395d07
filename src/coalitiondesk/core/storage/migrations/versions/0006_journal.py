"""change journal, do-not-share flag, dispatch history, indexes the code relied on

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06

The journal's triggers are made from the live schema after every migration
(core.journal.triggers, called by core.db.upgrade_schema), not here.

Existing data: records tagged "do not share" in any spelling get the flag;
each recorded dispatch becomes the first entry of its recipient's dispatch
history; tags differing only in case become one tag (their links merged) and
letters whose titles differ only in case are renamed "Title (2)", so that
the new unique indexes hold without dropping anything.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from coalitiondesk.core.records.tags import marks_do_not_share

revision: str = "0006"
down_revision: str | Sequence[str] | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CHANNELS = ("post", "email", "hand", "fax", "other")


def upgrade() -> None:
    op.create_table(
        "journal_operation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("who", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("label", sa.String(), nullable=False),
        sa.Column("undoable", sa.Boolean(), nullable=False),
        sa.Column("reverts_id", sa.Integer(), nullable=True),
        sa.Column("undone_by_id", sa.Integer(), nullable=True),
        sa.Column("import_batch_id", sa.Integer(), nullable=True),
        sa.Column("subject_table", sa.String(), nullable=True),
        sa.Column("subject_key", sa.String(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_journal_operation")),
    )
    op.create_index(op.f("ix_journal_operation_import_batch_id"), "journal_operation",
                    ["import_batch_id"], unique=False)
    op.create_table(
        "journal_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("operation_id", sa.Integer(), nullable=True),
        sa.Column("table_name", sa.String(), nullable=False),
        sa.Column("row_key", sa.String(), nullable=False),
        sa.Column("action", sa.String(), nullable=False),
        sa.Column("before", sa.String(), nullable=True),
        sa.Column("after", sa.String(), nullable=True),
        sa.Column("owner_table", sa.String(), nullable=True),
        sa.Column("owner_key", sa.String(), nullable=True),
        sa.Column("erased", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["operation_id"], ["journal_operation.id"],
                                name=op.f("fk_journal_change_operation_id_journal_operation"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_journal_change")),
    )
    op.create_index(op.f("ix_journal_change_operation_id"), "journal_change", ["operation_id"],
                    unique=False)
    op.create_index("ix_journal_change_owner", "journal_change",
                    ["owner_table", "owner_key", "id"], unique=False)
    op.create_table(
        "journal_current",
        sa.Column("operation_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("operation_id", name=op.f("pk_journal_current")),
    )
    op.create_table(
        "dispatch",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("recipient_id", sa.Integer(), nullable=False),
        sa.Column("sent_on", sa.Date(), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(f"channel IN ({', '.join(repr(c) for c in CHANNELS)})",
                           name=op.f("ck_dispatch_channel_valid")),
        sa.ForeignKeyConstraint(["recipient_id"], ["recipient.id"],
                                name=op.f("fk_dispatch_recipient_id_recipient"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dispatch")),
    )
    op.create_index(op.f("ix_dispatch_recipient_id"), "dispatch", ["recipient_id"], unique=False)
    for table in ("organization", "contact"):
        op.add_column(table, sa.Column("do_not_share", sa.Boolean(), nullable=False,
                                       server_default=sa.false()))
    for name, table, columns in (
        ("ix_activity_contact_contact_id", "activity_contact", ["contact_id"]),
        ("ix_activity_organization_organization_id", "activity_organization",
         ["organization_id"]),
        ("ix_contact_tag_tag_id", "contact_tag", ["tag_id"]),
        ("ix_organization_tag_tag_id", "organization_tag", ["tag_id"]),
        ("ix_activity_follow_up_on", "activity", ["follow_up_on"]),
        ("ix_contact_address_country_code", "contact", ["address_country_code"]),
    ):
        op.create_index(name, table, columns, unique=False)
    _carry_over_data()
    op.create_index("uq_letter_title_lower", "letter", [sa.text("lower(title)")], unique=True)
    op.create_index("uq_tag_name_lower", "tag", [sa.text("lower(name)")], unique=True)


def _carry_over_data() -> None:
    bind = op.get_bind()
    tags = bind.exec_driver_sql("SELECT id, name FROM tag ORDER BY id").all()
    marking = [tag_id for tag_id, name in tags if marks_do_not_share(name)]
    for tag_id in marking:
        for table in ("organization", "contact"):
            bind.exec_driver_sql(
                f"UPDATE {table} SET do_not_share = 1 WHERE id IN "
                f"(SELECT {table}_id FROM {table}_tag WHERE tag_id = ?)", (tag_id,))
    keep: dict[str, int] = {}
    for tag_id, name in tags:
        survivor = keep.setdefault(name.lower(), tag_id)
        if survivor == tag_id:
            continue
        for table in ("organization", "contact"):
            bind.exec_driver_sql(
                f"INSERT OR IGNORE INTO {table}_tag ({table}_id, tag_id) "
                f"SELECT {table}_id, ? FROM {table}_tag WHERE tag_id = ?", (survivor, tag_id))
        bind.exec_driver_sql("DELETE FROM tag WHERE id = ?", (tag_id,))
    titles: set[str] = set()
    for letter_id, title in bind.exec_driver_sql("SELECT id, title FROM letter ORDER BY id"):
        candidate, number = title, 1
        while candidate.lower() in titles:
            number += 1
            candidate = f"{title} ({number})"
        titles.add(candidate.lower())
        if candidate != title:
            bind.exec_driver_sql("UPDATE letter SET title = ? WHERE id = ?", (candidate, letter_id))
    known = ", ".join(f"'{c}'" for c in CHANNELS)
    bind.exec_driver_sql(
        "INSERT INTO dispatch (recipient_id, sent_on, channel, created_at) "
        "SELECT id, dispatched_on, CASE WHEN lower(trim(channel)) IN "
        f"({known}) THEN lower(trim(channel)) ELSE 'other' END, CURRENT_TIMESTAMP "
        "FROM recipient WHERE dispatched_on IS NOT NULL ORDER BY id")


def downgrade() -> None:
    bind = op.get_bind()
    for (name,) in bind.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'journal_%'"
    ).all():
        op.execute(f'DROP TRIGGER "{name}"')
    op.drop_index("uq_tag_name_lower", table_name="tag")
    op.drop_index("uq_letter_title_lower", table_name="letter")
    for name, table in (
        ("ix_activity_contact_contact_id", "activity_contact"),
        ("ix_activity_organization_organization_id", "activity_organization"),
        ("ix_contact_tag_tag_id", "contact_tag"),
        ("ix_organization_tag_tag_id", "organization_tag"),
        ("ix_activity_follow_up_on", "activity"),
        ("ix_contact_address_country_code", "contact"),
    ):
        op.drop_index(name, table_name=table)
    for table in ("organization", "contact"):
        op.drop_column(table, "do_not_share")
    op.drop_table("dispatch")
    op.drop_table("journal_current")
    op.drop_table("journal_change")
    op.drop_table("journal_operation")
