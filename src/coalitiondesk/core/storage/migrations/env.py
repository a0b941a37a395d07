"""Alembic environment: always run from `coalitiondesk.core.storage.db` on a given connection."""

from typing import Any

from alembic import context
from sqlmodel import SQLModel

from coalitiondesk.core import models  # noqa: F401 - registers the tables
from coalitiondesk.core.records.search import is_index_table


def include_name(name: str | None, type_: str, _parents: Any) -> bool:
    # The search index is made by hand-written SQL in its migration.
    return not (type_ == "table" and is_index_table(name))


connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    include_name=include_name,
    # SQLite cannot ALTER most things; batch mode rebuilds the table instead.
    # PostgreSQL alters in place.
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
