"""Which deleted records live on in another: those a merge of duplicates took in.

A merge deletes its other record, but no person leaves: the survivor holds
their values, links and name (as an alias). So the journal keeps what the
merge changed, and a merge can be undone after a restart, unlike a delete
(core.journal.erasure). When the survivor itself is deleted later, the records
merged into it are deleted people too, and erased with it.
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from sqlmodel import Session, col, select

from coalitiondesk.core.models import JournalChange, JournalOperation

MERGE = "merge"
_REVERSALS = ("undo", "redo")


def is_merge(*, session: Session, operation_id: int) -> bool:
    """Whether the operation is a merge, or a redo putting an undone merge back."""
    operation = session.get(JournalOperation, operation_id)
    seen: set[int] = set()
    while (operation is not None and operation.kind in _REVERSALS
           and operation.reverts_id is not None and operation.reverts_id not in seen):
        seen.add(operation.reverts_id)
        operation = session.get(JournalOperation, operation.reverts_id)
    return operation is not None and operation.kind == MERGE


class Merges:
    """The merges standing in the journal, read once per table for one erasure: an
    import undone erases thousands of records, each asking."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._by_survivor: dict[str, dict[int, list[int]]] = {}

    def _survivors(self, table: str) -> dict[int, list[int]]:
        if table not in self._by_survivor:
            found: dict[int, list[int]] = {}
            for operation_id, key in self.session.exec(select(
                    JournalOperation.id, JournalOperation.subject_key).where(
                    JournalOperation.kind == MERGE, JournalOperation.subject_table == table)):
                if operation_id is not None and key is not None and key.isdigit():
                    found.setdefault(int(key), []).append(operation_id)
            self._by_survivor[table] = found
        return self._by_survivor[table]

    def into(self, table: str, record_id: int) -> list[int]:
        """The records of `table` merged into `record_id` and gone now (a merge undone
        has brought its record back, a person of their own again)."""
        merges = self._survivors(table).get(record_id)
        if not merges:
            return []
        keys = self.session.exec(select(JournalChange.row_key).distinct().where(
            col(JournalChange.operation_id).in_(merges), JournalChange.table_name == table,
            JournalChange.action == "delete")).all()
        found: list[int] = []
        for key in keys:
            other = json.loads(key)[0] if key else None
            if not isinstance(other, int) or other == record_id:
                continue
            # `table` is one of erasure's own table names, never the person's input.
            exists = self.session.execute(sa.text(f'SELECT 1 FROM "{table}" WHERE id = :id'),
                                          {"id": other}).first()
            if exists is None:
                found.append(other)
        return found
