"""Search as you type: substrings in any script, answered from an index where there is one.

On SQLite, migration 0002 keeps a trigram full-text index of each organization's
and contact's searchable text, lower-cased; on PostgreSQL, migration 0012 keeps
the same texts under a pg_trgm index. Since migration 0016 a record's text holds
its aliases too (a partner's spelling an import kept, a merged duplicate's name).
Other databases fall back to comparing the columns themselves. Which fields are
searched is said in records.fields; a field newly searched needs a migration that
rebuilds the index.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

from coalitiondesk.core.models import Contact, Organization
from coalitiondesk.core.records.common import contains_any, findable, like_pattern
from coalitiondesk.core.records.fields import CONTACT, ORGANIZATION, Field
from coalitiondesk.core.storage import server_columns

_INDEXES: dict[type[Any], str] = {Organization: "organization_search", Contact: "contact_search"}


def searched_columns(model: type[Organization] | type[Contact], fields: tuple[Field, ...]
                     ) -> tuple[Any, ...]:
    """What is compared where there is no index: the searched fields, and a contact's
    name as written in either order."""
    plain = tuple(getattr(model, entry.key) for entry in fields if entry.searched)
    if model is not Contact:
        return plain
    return (*plain,
            sa.func.coalesce(Contact.family_name, "") + " " + sa.func.coalesce(
                Contact.given_name, ""),
            sa.func.coalesce(Contact.given_name, "") + " " + sa.func.coalesce(
                Contact.family_name, ""))


# Migration 0002's TEXTS must list the same (a test checks).
_COLUMNS: dict[type[Any], tuple[Any, ...]] = {
    Organization: searched_columns(Organization, ORGANIZATION),
    Contact: searched_columns(Contact, CONTACT),
}

# The trigram index answers substrings of three characters or more.
_TRIGRAM = 3


def normalized_query(text: str) -> str:
    return " ".join(text.split()).lower()


def _glob_literal(text: str) -> str:
    return "".join(f"[{char}]" if char in "*?[" else char for char in text)


def text_matches(*, session: Session, model: type[Organization] | type[Contact], text: str
                 ) -> sa.ColumnElement[bool]:
    """A condition true for the records of `model` whose searchable text contains `text`."""
    needle = normalized_query(text)
    if not findable(needle):  # a lone surrogate: no record holds one
        return sa.false()
    dialect = session.get_bind().dialect.name
    name = _INDEXES[model]
    if dialect == "postgresql":
        return _server_matches(session, model, name, needle)
    if dialect != "sqlite":
        return contains_any(_COLUMNS[model], needle)
    # GLOB reads its pattern only up to a NUL ("*" + NUL + NUL + NUL + "*" matched
    # every record): text with one is looked for with instr(), as short text is.
    if len(needle) >= _TRIGRAM and "\x00" not in needle:
        index = sa.table(name, sa.column("rowid"), sa.column("text"))
        found = select(index.c.rowid).where(
            index.c.text.op("GLOB")(f"*{_glob_literal(needle)}*"))
    else:
        # Too short for trigrams (or holding a NUL): scan the texts themselves. FTS5
        # keeps them in its "<name>_content" table (id, c0); reading that plain table
        # directly is twice as fast as through the full-text table.
        content = sa.table(f"{name}_content", sa.column("id"), sa.column("c0"))
        found = select(content.c.id).where(sa.func.instr(content.c.c0, needle) > 0)
    return col(model.id).in_(found)


def _server_matches(session: Session, model: type[Organization] | type[Contact], name: str,
                    needle: str) -> sa.ColumnElement[bool]:
    """On PostgreSQL, migration 0012's index: its GIN trigram index answers LIKE
    '%needle%' for three characters or more; shorter text scans the index's texts."""
    if "\x00" in needle:  # PostgreSQL's text cannot hold a NUL, so no record has one
        return sa.false()
    if session.info.get(server_columns.WITHHELD_INFO):
        # A volunteer's: from the index, through the owner (core.storage.server_columns).
        matching = server_columns.matching(name.removesuffix("_search"), like_pattern(needle))
        return col(model.id).in_(select(sa.column("matching", sa.Integer)).select_from(
            matching.alias("matching")))
    index = sa.table(name, sa.column("id"), sa.column("text"))
    found = select(index.c.id).where(index.c.text.like(like_pattern(needle), escape="\\"))
    return col(model.id).in_(found)


def is_index_table(name: str | None) -> bool:
    """Tables of the search index (and FTS5's shadow tables), which no model describes."""
    return any((name or "").startswith(index) for index in _INDEXES.values())
