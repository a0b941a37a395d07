"""letters: their language and font; signatures: the line as signed

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06

A signatory line is what the organization signed as: a later change to its
name or country must not rewrite a letter already signed. Signatures already
signed keep the line they print today. A letter's language decides its date's
wording and its default font, never the interface's language.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from coalitiondesk.core.journal import triggers

revision: str = "0009"
down_revision: str | Sequence[str] | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("letter", sa.Column("language", sa.String(), nullable=False,
                                      server_default="en"))
    op.add_column("letter", sa.Column("font_family", sa.String(), nullable=True))
    op.add_column("signature", sa.Column("signed_line", sa.String(), nullable=True))
    # As core.records.letters.signatory_line writes it.
    op.get_bind().exec_driver_sql(
        "UPDATE signature SET signed_line = ("
        " SELECT CASE WHEN country.code IS NULL OR NOT organization.show_country_on_signature"
        "  THEN coalesce(nullif(organization.signatory_name, ''), organization.name)"
        "  ELSE coalesce(nullif(organization.signatory_name, ''), organization.name)"
        "   || ' (' || country.short_form || ')' END"
        " FROM organization LEFT JOIN country ON country.code = organization.country_code"
        " WHERE organization.id = signature.organization_id)"
        " WHERE status = 'signed'")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        # SQLite refuses to drop a column its journal triggers name; they are
        # made again from the columns left.
        for table in ("letter", "signature"):
            for event in ("insert", "update", "delete"):
                bind.exec_driver_sql(f'DROP TRIGGER IF EXISTS "journal_{table}_{event}"')
    op.drop_column("signature", "signed_line")
    op.drop_column("letter", "font_family")
    op.drop_column("letter", "language")
    triggers.install(bind)
