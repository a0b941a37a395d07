"""The change journal: every change recorded, versions that refuse stale saves, undo and
redo for every operation across restarts, and no copy of a deleted person left behind."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
import sqlcipher3
from sqlmodel import select

from coalitiondesk.core.errors import InvalidInput, NotFound
from coalitiondesk.core.journal.operations import StaleRecord, latest_change
from coalitiondesk.core.journal.undo import UndoRefused, next_redo, next_undo, redo, undo
from coalitiondesk.core.merge.dispatch import dispatches, record_dispatch
from coalitiondesk.core.models import (
    ImportBatch,
    ImportChange,
    JournalChange,
    JournalOperation,
    Letter,
    Recipient,
    Signature,
)
from coalitiondesk.core.records import contacts, edits, letters, organizations
from coalitiondesk.core.storage.db import Database, open_database

KIM_LETTER = "Letter to Kim Jong-il"


def operations(database: Database) -> list[JournalOperation]:
    with database.session() as session:
        return list(session.exec(select(JournalOperation).order_by(JournalOperation.id)))


def organization(database: Database, name: str) -> organizations.Organization:
    with database.session() as session:
        found = organizations.find_organization(session=session, name=name)
        assert found is not None and found.id is not None
        return found


def test_every_change_is_journaled_with_who_what_and_the_values(database: Database) -> None:
    saved = edits.save_record(database, kind="organization", name="Human Rights Watch",
                              values={"name": "Human Rights Watch"}, tags=["press"])
    edits.save_record(database, kind="organization", name="Human Rights Watch",
                      record_id=saved.record_id, loaded_version=saved.version,
                      values={"email": "hrwpress@hrw.org"})
    last = operations(database)[-1]
    assert (last.kind, last.label) == ("form", "Edit Human Rights Watch")
    assert last.who and last.at is not None
    with database.session() as session:
        [change] = session.exec(select(JournalChange).where(
            JournalChange.operation_id == last.id)).all()
    assert change.action == "update" and change.table_name == "organization"
    assert json.loads(change.before or "{}")["email"] is None
    assert json.loads(change.after or "{}")["email"] == "hrwpress@hrw.org"


def test_a_change_made_by_another_program_is_journaled_too(database: Database) -> None:
    edits.save_record(database, kind="organization", name="Kontras", values={"name": "Kontras"})
    assert database.path is not None
    # Another program with an SQLite that has FTS5 secure-delete (3.44+), as ours has.
    with sqlcipher3.connect(str(database.path)) as connection:
        connection.execute("UPDATE organization SET notes = 'edited elsewhere'")
    with database.session() as session:
        change = session.exec(select(JournalChange).order_by(
            JournalChange.id.desc())).first()  # type: ignore[union-attr]
    assert change is not None and change.operation_id is None
    assert json.loads(change.after or "{}")["notes"] == "edited elsewhere"


def test_a_stale_save_is_refused_and_the_newer_values_survive(demo_database: Database) -> None:
    """A form opened before an import changed the record cannot erase what it wrote."""
    hrw = organization(demo_database, "Human Rights Watch")
    with demo_database.session() as session:
        opened_at = edits.version(session=session, kind="organization", record_id=hrw.id)
    with demo_database.operation("import", "Import partners.xlsx") as operation:
        organizations.update_organization(
            session=operation.session, organization_id=hrw.id, email="hrwpress@hrw.org",
            website="https://www.hrw.org", city="New York")
    with pytest.raises(StaleRecord, match=r"Import partners\.xlsx") as refused:
        edits.save_record(demo_database, kind="organization", name="Human Rights Watch",
                          record_id=hrw.id, loaded_version=opened_at,
                          values={"notes": "Met in Tokyo", "email": None, "website": None,
                                  "city": None})
    after = organization(demo_database, "Human Rights Watch")
    assert (after.email, after.website, after.city, after.notes) == (
        "hrwpress@hrw.org", "https://www.hrw.org", "New York", hrw.notes)
    # Put on top of the new version, the person's own edit is saved.
    edits.save_record(demo_database, kind="organization", name="Human Rights Watch",
                      record_id=hrw.id, loaded_version=refused.value.version,
                      values={"notes": "Met in Tokyo"})
    assert organization(demo_database, "Human Rights Watch").email == "hrwpress@hrw.org"


def test_the_rules_hold_on_every_path(database: Database) -> None:
    for values, field in (({"email": "not an email"}, "email"),
                          ({"website": "javascript:alert(1)"}, "website"),
                          ({"phone": "call me"}, "phone")):
        with pytest.raises(InvalidInput, match=field), database.transaction() as session:
            organizations.create_organization(session=session, name="Bad", **values)
    with database.session() as session:
        assert organizations.find_organization(session=session, name="Bad") is None


def test_undo_is_refused_naming_the_later_change_and_changes_nothing(
        database: Database) -> None:
    saved = edits.save_record(database, kind="organization", name="Kontras",
                              values={"name": "Kontras", "email": "a@kontras.org"})
    first = operations(database)[-1].id
    edits.save_record(database, kind="organization", name="Kontras", record_id=saved.record_id,
                      loaded_version=saved.version, values={"email": "b@kontras.org"})
    latest = latest_change_id(database)
    with pytest.raises(UndoRefused, match="Edit Kontras"):
        undo(database, first)
    assert latest_change_id(database) == latest
    assert organization(database, "Kontras").email == "b@kontras.org"


def latest_change_id(database: Database) -> int:
    with database.session() as session:
        return latest_change(session=session)


def test_undo_and_redo_survive_a_restart(tmp_path: Path, database: Database) -> None:
    saved = edits.save_record(database, kind="contact", name="Phil Robertson",
                              values={"given_name": "Phil", "family_name": "Robertson"})
    assert database.path is not None
    path = database.path
    database.close()
    again = open_database(path)
    try:
        with again.session() as session:
            step = next_undo(session=session)
            assert step is not None and step.label == "Add Phil Robertson"
        undo(again)
        with again.session() as session:
            with pytest.raises(NotFound):
                contacts.get_contact(session=session, contact_id=saved.record_id)
            assert next_redo(session=session) is not None
        redo(again)
        with again.session() as session:
            assert contacts.get_contact(session=session, contact_id=saved.record_id).given_name \
                == "Phil"
    finally:
        again.close()


def test_a_deleted_letter_comes_back_whole(demo_database: Database) -> None:
    with demo_database.session() as session:
        letter = letters.find_letter(session=session, title=KIM_LETTER)
        assert letter is not None and letter.id is not None
        letter_id = letter.id
        signatures = sorted((s.organization_id, s.position) for s in session.exec(
            select(Signature).where(Signature.letter_id == letter_id)))
        links = edits.letter_links(session=session, letter_id=letter_id)
    assert links.signatures == 32
    edits.delete_letter(demo_database, letter_id=letter_id)
    with demo_database.session() as session:
        assert session.get(Letter, letter_id) is None
        step = next_undo(session=session)
        assert step is not None and step.label == f"Delete letter “{KIM_LETTER}”"
    undo(demo_database)
    with demo_database.session() as session:
        assert session.get(Letter, letter_id) is not None
        assert sorted((s.organization_id, s.position) for s in session.exec(
            select(Signature).where(Signature.letter_id == letter_id))) == signatures
        assert edits.letter_links(session=session, letter_id=letter_id) == links


def test_undoing_an_import_refuses_to_remove_a_record_linked_since(
        demo_database: Database) -> None:
    """An organization created by an import, then made a signatory: undo would delete the
    signature with it, so it is refused and says why."""
    with demo_database.operation("import", "Import partners.csv") as operation:
        created = organizations.create_organization(session=operation.session,
                                                    name="Brand New Group")
        assert created.id is not None
    import_op = operations(demo_database)[-1].id
    with demo_database.operation("letter", "Add a signatory") as operation:
        letter = letters.find_letter(session=operation.session, title=KIM_LETTER)
        assert letter is not None and letter.id is not None
        letters.add_signature(session=operation.session, letter_id=letter.id,
                              organization_id=created.id)
    with pytest.raises(UndoRefused, match="signature added since"):
        undo(demo_database, import_op)
    assert organization(demo_database, "Brand New Group").id == created.id


def read_file_bytes(path: Path) -> bytes:
    wal = path.with_name(path.name + "-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def test_a_deleted_person_leaves_no_copy_in_the_journal_or_import_history(
        demo_database: Database) -> None:
    saved = edits.save_record(demo_database, kind="contact", name="Eun-ji Yoon",
                              values={"given_name": "Eun-ji", "family_name": "Yoonqwx",
                                      "street": "SAFEHOUSE 12 Hidden Lane",
                                      "notes": "Escaped in 2009"})
    edits.save_record(demo_database, kind="contact", name="Eun-ji Yoonqwx",
                      record_id=saved.record_id, loaded_version=saved.version,
                      values={"phone": "+82 2 555 0199", "street": "SAFEHOUSE 14 Other Lane"})
    with demo_database.transaction() as session:  # as an import before the journal wrote
        batch = ImportBatch(source="old.xlsx", kind="contacts")
        session.add(batch)
        session.flush()
        assert batch.id is not None
        session.add(ImportChange(batch_id=batch.id, table_name="contact",
                                 record_id=saved.record_id, action="updated",
                                 old_values='{"street": "SAFEHOUSE 10 First Lane"}',
                                 new_values='{"street": "SAFEHOUSE 12 Hidden Lane"}'))
    assert demo_database.path is not None
    assert b"SAFEHOUSE" in read_file_bytes(demo_database.path)
    edits.delete_record(demo_database, kind="contact", record_id=saved.record_id,
                        name="Eun-ji Yoonqwx")
    data = read_file_bytes(demo_database.path)
    for trace in (b"SAFEHOUSE", b"Yoonqwx", b"Escaped in 2009", b"555 0199"):
        assert trace not in data, trace
    with demo_database.session() as session:
        assert session.exec(select(ImportChange)).all() == []
        labels = [op.label for op in session.exec(select(JournalOperation))]
    assert not any("Yoonqwx" in label for label in labels)
    # Within this session the delete can still be undone, from memory.
    undo(demo_database)
    with demo_database.session() as session:
        back = contacts.get_contact(session=session, contact_id=saved.record_id)
        assert back.street == "SAFEHOUSE 14 Other Lane"


def test_after_a_restart_a_deleted_person_cannot_be_brought_back(
        database: Database) -> None:
    saved = edits.save_record(database, kind="contact", name="Min-jun Park",
                              values={"given_name": "Min-jun", "family_name": "Park"})
    edits.delete_record(database, kind="contact", record_id=saved.record_id,
                        name="Min-jun Park")
    assert database.path is not None
    path = database.path
    database.close()
    again = open_database(path)
    try:
        with pytest.raises(UndoRefused, match="erased"):
            undo(again)
    finally:
        again.close()


def test_a_dispatch_adds_to_the_history_and_keeps_the_first_date(
        demo_database: Database) -> None:
    with demo_database.session() as session:
        recipient = session.exec(select(Recipient)).first()
        assert recipient is not None and recipient.id is not None
        first = (recipient.dispatched_on, recipient.channel)
    with demo_database.operation("merge", "Record as sent") as operation:
        record_dispatch(session=operation.session, recipient_ids=[recipient.id],
                        on=date(2026, 12, 6), channel="post")
    with demo_database.session() as session:
        stored = session.get(Recipient, recipient.id)
        assert stored is not None and (stored.dispatched_on, stored.channel) == first
        assert [(d.sent_on, d.channel) for d in dispatches(
            session=session, recipient_id=recipient.id)] == [
            (date(2011, 9, 8), "other"), (date(2026, 12, 6), "post")]
    with pytest.raises(InvalidInput), demo_database.transaction() as session:
        record_dispatch(session=session, recipient_ids=[recipient.id], on=date.today(),
                        channel="pdf")


def test_the_database_keeps_one_recipient_row_and_one_place_each(
        demo_database: Database) -> None:
    import sqlalchemy as sa
    from sqlalchemy.exc import IntegrityError

    with demo_database.session() as session:
        recipient = session.exec(select(Recipient)).first()
        signature = session.exec(select(Signature).where(Signature.position == 1)).one()
    assert recipient is not None and signature is not None
    statements = [
        ("INSERT INTO recipient (letter_id, contact_id) VALUES (:letter, :contact)",
         {"letter": recipient.letter_id, "contact": recipient.contact_id}),
        ("UPDATE signature SET position = 2 WHERE id = :id", {"id": signature.id}),
        ("UPDATE recipient SET channel = 'carrier pigeon' WHERE id = :id", {"id": recipient.id}),
    ]
    for statement, values in statements:
        with pytest.raises(IntegrityError), demo_database.transaction() as session:
            session.execute(sa.text(statement), values)
    with pytest.raises(InvalidInput, match="Place 3"), demo_database.transaction() as session:
        organization = organizations.create_organization(session=session, name="Late Signer")
        assert organization.id is not None
        letters.add_signature(session=session, letter_id=signature.letter_id,
                              organization_id=organization.id, position=3)
    with demo_database.transaction() as session:  # reordering passes through no clash
        ids = [s.id for s in session.exec(select(Signature).where(
            Signature.letter_id == signature.letter_id).order_by(Signature.position))]
        letters.reorder_signatures(session=session, letter_id=signature.letter_id,
                                   signature_ids=[i for i in reversed(ids) if i is not None])


def test_the_migration_merges_what_the_new_rules_forbid(tmp_path: Path) -> None:
    from alembic import command

    from coalitiondesk.core.demo import load_demo
    from coalitiondesk.core.storage import db

    path = tmp_path / "old.sqlite3"
    database = open_database(path)
    with database.transaction() as session:
        load_demo(session=session)
    with database.engine.begin() as connection:
        command.downgrade(db._alembic_config(connection), "0006")
    database.close()
    with sqlcipher3.connect(str(path)) as connection:
        letter_id, contact_id = connection.execute(
            "SELECT letter_id, contact_id FROM recipient WHERE dispatched_on IS NOT NULL"
        ).fetchone()
        connection.execute(
            "INSERT INTO recipient (letter_id, contact_id, response_on, response_note, channel)"
            " VALUES (?, ?, '2011-10-01', 'No reply expected', 'pdf')", (letter_id, contact_id))
        connection.execute("UPDATE signature SET position = 1 WHERE letter_id = ?", (letter_id,))
    migrated = open_database(path)
    try:
        with migrated.session() as session:
            rows = session.exec(select(Recipient).where(Recipient.letter_id == letter_id,
                                                        Recipient.contact_id == contact_id)).all()
            assert len(rows) == 1
            assert (rows[0].dispatched_on, rows[0].response_note) == (
                date(2011, 9, 8), "No reply expected")
            places = [s.position for s in session.exec(select(Signature).where(
                Signature.letter_id == letter_id))]
            assert sorted(places) == list(range(1, 33))
    finally:
        migrated.close()


def test_erasing_a_deleted_person_reads_only_the_rows_that_point_at_them(
        database: Database) -> None:
    """Each table whose rows point at a person has its partial index, and the erasure's
    queries use it: a delete does not read the whole journal, however long it is."""
    from coalitiondesk.core.journal import erasure
    from coalitiondesk.core.models import JOURNAL_REFERRING_ROWS, JOURNAL_REFERRING_TABLES

    referring = {table for pointers in erasure._REFERENCES.values() for table, _ in pointers}
    assert referring <= set(JOURNAL_REFERRING_TABLES)
    with database.engine.connect() as connection:
        for table in sorted(referring):
            plan = " ".join(str(row[-1]) for row in connection.exec_driver_sql(
                "EXPLAIN QUERY PLAN SELECT id FROM journal_change WHERE"
                f" {JOURNAL_REFERRING_ROWS.format(table=table)} AND"
                " json_extract(coalesce(before, after), '$.contact_id') = 7 AND erased = 0"))
            assert f"ix_journal_change_{table}" in plan, plan
