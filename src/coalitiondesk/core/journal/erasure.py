"""A deleted person leaves no copy of their values in the journal or the import history.

Deleting a contact, an organization or an activity blanks every journal entry
that holds its values (its own rows, its tags and affiliations, the rows of
other records that point at it), takes its name out of the labels of the
operations about it, removes its import history, and deletes its attached
files (core.records.attachments). The values are kept in
the running program's memory only (`ErasedValues`), so that the delete can
still be undone until the window closes; after that, undoing it is refused.
A merge of duplicates deletes no person (core.records.merged_records): nothing
is erased then, and deleting the survivor later erases the merged record too.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import JSONB
from sqlmodel import Session, col, select

from coalitiondesk.core.journal.operations import Operation
from coalitiondesk.core.models import (
    JOURNAL_REFERRING_ROWS,
    ImportChange,
    JournalChange,
    JournalOperation,
)
from coalitiondesk.core.records import attachments, merged_records

# Records whose deletion erases their values everywhere; the same set whose
# deletion purges the search index and the write-ahead log (core.db).
PERSONAL_TABLES = frozenset({"contact", "organization", "activity"})

# Columns of other tables that point at a personal record (each table has its
# partial index in the journal: models.JOURNAL_REFERRING_TABLES).
_REFERENCES = {
    "contact": (("recipient", "contact_id"), ("activity_contact", "contact_id"),
                ("affiliation", "contact_id"), ("attachment", "contact_id"),
                ("saved_group_member", "contact_id")),
    "organization": (("affiliation", "organization_id"), ("signature", "organization_id"),
                     ("recipient", "organization_id"),
                     ("activity_organization", "organization_id"),
                     ("attachment", "organization_id"),
                     ("saved_group_member", "organization_id")),
    "activity": (("attachment", "activity_id"),),
}

_GENERIC_LABEL = {
    "contact": "A change to a contact since deleted",
    "organization": "A change to an organization since deleted",
    "activity": "A change to an activity since deleted",
}


@dataclass
class ErasedValues:
    """What erasure took out of the file, kept in memory for this session's undo."""

    changes: dict[int, tuple[str | None, str | None]] = field(default_factory=dict)
    labels: dict[int, str] = field(default_factory=dict)
    subjects: dict[int, tuple[str, str]] = field(default_factory=dict)

    def values(self, change_id: int) -> tuple[str | None, str | None] | None:
        return self.changes.get(change_id)

    def label(self, operation_id: int, label: str) -> str:
        return self.labels.get(operation_id, label)


def deleted_personal_records(operation: Operation) -> list[tuple[str, int]]:
    """The contacts, organizations and activities a finished operation deleted."""
    deleted = [(table, int(key.strip("[]"))) for table, key in operation.deleted
               if table in PERSONAL_TABLES]
    if deleted and merged_records.is_merge(session=operation.session,
                                           operation_id=operation.id):
        return []
    return deleted


def erase(operation: Operation, memory: ErasedValues) -> int:
    """Blank every copy of the values of the records this operation deleted.

    Returns how many journal entries were blanked.
    """
    session = operation.session
    blanked = 0
    pending = deleted_personal_records(operation)
    done: set[tuple[str, int]] = set()
    merges = merged_records.Merges(session)
    while pending:
        table, record_id = pending.pop()
        if (table, record_id) in done:
            continue
        done.add((table, record_id))
        pending += [(table, other) for other in merges.into(table, record_id)]
        conditions = [sa.and_(col(JournalChange.owner_table) == table,
                              col(JournalChange.owner_key) == str(record_id))]
        # The index's own condition written into the statement: SQLite uses a partial
        # index (one per referring table) only when it can see it. Rows without values
        # (inserts, journaled by key) have nothing to erase.
        conditions += [sa.and_(sa.text(JOURNAL_REFERRING_ROWS.format(table=referring)),
                               _points_to(session, column, record_id))
                       for referring, column in _REFERENCES[table]]
        # One query per condition: joined by OR, they read the whole journal.
        found = list({row[0]: row for condition in conditions for row in session.exec(
            select(JournalChange.id, JournalChange.before, JournalChange.after)
            .where(condition, col(JournalChange.erased).is_(False))).all()}.values())
        for change_id, before, after in found:
            assert change_id is not None
            memory.changes[change_id] = (before, after)
        if found:
            session.execute(sa.update(JournalChange)
                            .where(col(JournalChange.id).in_([row[0] for row in found]))
                            .values(before=None, after=None, erased=True))
        blanked += len(found)
        _unname(session, table, record_id, memory)
        session.execute(sa.delete(ImportChange).where(
            col(ImportChange.table_name) == table, col(ImportChange.record_id) == record_id))
    # Their attached files, whose descriptions the journal no longer holds.
    attachments.erase_unreachable(session)
    return blanked


def _points_to(session: Session, column: str, record_id: int) -> sa.ColumnElement[bool]:
    """Whether a journal entry's row has `column` = `record_id`."""
    values = sa.func.coalesce(JournalChange.before, JournalChange.after)
    if session.get_bind().dialect.name == "postgresql":
        return sa.func.jsonb_extract_path_text(sa.cast(values, JSONB), column) == str(record_id)
    return sa.func.json_extract(values, f"$.{column}") == record_id


def _unname(session: Session, table: str, record_id: int, memory: ErasedValues) -> None:
    operations = list(session.exec(select(JournalOperation).where(
        JournalOperation.subject_table == table,
        JournalOperation.subject_key == str(record_id))).all())
    # Their undos and redos repeat the label ("Undo Save Kim") without a subject.
    reverted = [operation.id for operation in operations]
    while reverted:
        reversals = session.exec(select(JournalOperation).where(
            col(JournalOperation.reverts_id).in_(reverted))).all()
        operations += reversals
        reverted = [operation.id for operation in reversals]
    for operation in operations:
        assert operation.id is not None
        memory.labels.setdefault(operation.id, operation.label)
        memory.subjects.setdefault(operation.id, (table, str(record_id)))
        operation.label = _GENERIC_LABEL[table]
        operation.subject_key = None
        session.add(operation)
    session.flush()
