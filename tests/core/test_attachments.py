"""Attachments: kept inside the database, byte for byte, undoable, never exported, erased
with a deleted person."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlmodel import SQLModel, select

from coalitiondesk.core.errors import InvalidInput, NotFound
from coalitiondesk.core.exporting import FULL, ExportKind, ExportRequest, run_export
from coalitiondesk.core.journal import undo
from coalitiondesk.core.models import Attachment, AttachmentContent, JournalChange
from coalitiondesk.core.records import activities, attachments, contacts, edits, letters
from coalitiondesk.core.records import organizations as organization_service
from coalitiondesk.core.records.merging import merge_records
from coalitiondesk.core.storage import backup
from coalitiondesk.core.storage.db import Database

SECRET = b"%PDF-1.4 signed sign-on form ATTACHMENT-SECRET-4242 \x00\xff" * 50
NAME = "signed-form-4242.pdf"


def _contact(database: Database) -> int:
    return edits.save_record(database, kind="contact", name="Kim", values={
        "given_name": "Ji-hoon", "family_name": "Kim", "email": "kim@example.org"}).record_id


def _journal_texts(database: Database) -> str:
    with database.session() as session:
        rows = session.exec(select(JournalChange.before, JournalChange.after)).all()
    return " ".join(str(value) for row in rows for value in row)


def test_a_file_round_trips_byte_for_byte_and_its_bytes_stay_out_of_the_journal(
        database: Database) -> None:
    kim = _contact(database)
    attachment_id = attachments.attach(database=database, kind="contact", record_id=kim,
                                       name=NAME, data=SECRET)
    with database.session() as session:
        [listed] = attachments.list_attachments(session=session, kind="contact", record_id=kim)
        assert (listed.name, listed.size, listed.media_type, listed.available) == (
            NAME, len(SECRET), "application/pdf", True)
        assert attachments.content(session=session, attachment_id=attachment_id) == SECRET
        copy = attachments.open_copy(session=session, attachment_id=attachment_id)
    assert copy.read_bytes() == SECRET and copy.name.endswith(NAME)
    assert copy.stat().st_mode & 0o077 == 0  # readable by the user alone
    assert "ATTACHMENT-SECRET" not in _journal_texts(database)


def test_too_large_a_file_is_refused_with_its_size_and_nothing_changes(
        database: Database, count: Callable[[type[SQLModel]], int], tmp_path: Path) -> None:
    kim = _contact(database)
    big = tmp_path / "scan.tiff"
    big.write_bytes(b"x" * (attachments.DEFAULT_LIMIT + 1))
    with pytest.raises(InvalidInput) as refused:
        attachments.attach_file(database=database, kind="contact", record_id=kim, path=big)
    assert str(refused.value) == "“scan.tiff” is 25.0 MB: attachments are limited to 25 MB each"
    assert count(Attachment) == 0 and count(AttachmentContent) == 0


def test_rename_and_remove_are_undone_and_the_removed_file_comes_back_whole(
        database: Database) -> None:
    with database.transaction() as session:
        letter = letters.create_letter(session=session, title="Joint letter")
        assert letter.id is not None
    attachment_id = attachments.attach(database=database, kind="letter",
                                       record_id=letter.id, name=NAME, data=SECRET)
    attachments.rename(database=database, attachment_id=attachment_id, name="reply.pdf")
    attachments.remove(database=database, attachment_id=attachment_id)
    with database.session() as session:
        assert attachments.list_attachments(session=session, kind="letter",
                                            record_id=letter.id) == []
    undo.undo(database)
    with database.session() as session:
        [back] = attachments.list_attachments(session=session, kind="letter",
                                              record_id=letter.id)
        assert back.name == "reply.pdf"
        assert attachments.content(session=session, attachment_id=back.id) == SECRET
    undo.undo(database)
    with database.session() as session:
        assert attachments.list_attachments(session=session, kind="letter",
                                            record_id=letter.id)[0].name == NAME


def test_a_deleted_persons_files_are_erased_and_an_undo_brings_back_only_their_names(
        database: Database, count: Callable[[type[SQLModel]], int]) -> None:
    kim = _contact(database)
    kept = attachments.attach(database=database, kind="contact", record_id=kim,
                              name="kept.pdf", data=SECRET)
    removed = attachments.attach(database=database, kind="contact", record_id=kim,
                                 name="removed.pdf", data=SECRET + b"2")
    attachments.remove(database=database, attachment_id=removed)
    with database.transaction() as session:
        activity = activities.create_activity(session=session, subject="Meeting",
                                              activity_date=date(2026, 3, 1),
                                              contact_ids=[kim])
        assert activity.id is not None
    attachments.attach(database=database, kind="activity", record_id=activity.id,
                       name="minutes.pdf", data=b"minutes")
    assert count(AttachmentContent) == 3

    with database.transaction() as session:
        contacts.delete_contact(session=session, contact_id=kim)

    # The removed file's bytes went too: its removal's journal entry was erased.
    assert count(Attachment) == 1 and count(AttachmentContent) == 1
    path = database.path
    assert path is not None
    assert b"ATTACHMENT-SECRET" not in path.read_bytes()  # secure_delete zeroed the pages

    undo.undo(database)
    with database.session() as session:
        [back] = attachments.list_attachments(session=session, kind="contact", record_id=kim)
        assert (back.name, back.available) == ("kept.pdf", False)
        with pytest.raises(NotFound, match="erased with the record"):
            attachments.content(session=session, attachment_id=kept)


def test_an_attachment_survives_backup_and_restore(database: Database, tmp_path: Path) -> None:
    path = database.path
    assert path is not None
    with database.transaction() as session:
        organization = organization_service.create_organization(session=session,
                                                                 name="Watch Group")
        assert organization.id is not None
    attachment_id = attachments.attach(database=database, kind="organization",
                                       record_id=organization.id, name=NAME, data=SECRET)
    folder = tmp_path / "backups"
    start = datetime(2026, 1, 1, 9, tzinfo=UTC)
    made = backup.back_up(path, folder=folder, now=start)
    attachments.remove(database=database, attachment_id=attachment_id)

    backup.restore(path, made.path, folder=folder, now=start.replace(hour=10))

    with database.session() as session:
        [back] = attachments.list_attachments(session=session, kind="organization",
                                              record_id=organization.id)
        assert attachments.content(session=session, attachment_id=back.id) == SECRET


def _decompressed(path: Path) -> bytes:
    if path.suffix == ".csv":
        return path.read_bytes()
    with zipfile.ZipFile(path) as book:
        return b"".join(book.read(name) for name in book.namelist())


@pytest.mark.parametrize("kind", list(ExportKind))
@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_no_export_carries_an_attachment(database: Database, tmp_path: Path,
                                         kind: ExportKind, suffix: str) -> None:
    kim = _contact(database)
    with database.transaction() as session:
        organization = organization_service.create_organization(session=session,
                                                                 name="Watch Group")
        letter = letters.create_letter(session=session, title="Joint letter")
        activity = activities.create_activity(session=session, subject="Meeting",
                                              activity_date=date(2026, 3, 1),
                                              contact_ids=[kim])
        assert organization.id and letter.id and activity.id
    letters.add_signatory(database, letter_id=letter.id, organization_id=organization.id)
    for owner, record_id in (("contact", kim), ("organization", organization.id),
                             ("letter", letter.id), ("activity", activity.id)):
        attachments.attach(database=database, kind=owner, record_id=record_id, name=NAME,
                           data=SECRET)
    request = ExportRequest(kind=kind, target=tmp_path / f"out{suffix}", profile=FULL,
                            include_restricted=True,
                            letter_id=letter.id if kind in (ExportKind.signatories,
                                                            ExportKind.recipients) else None)
    result = run_export(database=database, request=request)
    written = _decompressed(result.target)
    assert b"ATTACHMENT-SECRET" not in written and NAME.encode() not in written
    assert b"signed-form" not in written


def test_an_attachment_needs_a_record_that_exists(database: Database) -> None:
    with pytest.raises(NotFound):
        attachments.attach(database=database, kind="contact", record_id=999, name=NAME,
                           data=b"x")
    with pytest.raises(InvalidInput, match="not 'tag'"):
        attachments.attach(database=database, kind="tag", record_id=1, name=NAME, data=b"x")


def test_saved_copies_never_overwrite(database: Database, tmp_path: Path) -> None:
    kim = _contact(database)
    for data in (b"one", b"two"):
        attachments.attach(database=database, kind="contact", record_id=kim, name=NAME,
                           data=data)
    (tmp_path / NAME).write_bytes(b"mine")
    with database.session() as session:
        written = attachments.save_copies(session=session, kind="contact", record_id=kim,
                                          folder=tmp_path)
    assert (tmp_path / NAME).read_bytes() == b"mine"
    assert sorted(path.read_bytes() for path in written) == [b"one", b"two"]


def test_a_merge_moves_the_files_to_the_surviving_record(database: Database) -> None:
    keep, other = _contact(database), _contact(database)
    attachments.attach(database=database, kind="contact", record_id=other, name=NAME,
                       data=SECRET)
    merge_records(database, kind="contact", keep_id=keep, other_id=other)
    with database.session() as session:
        [moved] = attachments.list_attachments(session=session, kind="contact",
                                               record_id=keep)
        assert attachments.content(session=session, attachment_id=moved.id) == SECRET
