"""Files attached to an organization, contact, letter or activity, kept inside the database.

Inside the database, so that a backup, encryption and a server carry them
like every other record. Attaching, renaming and removing are operations,
journaled and undoable, but the journal never holds a file's bytes: a 25 MB
scan copied as JSON into every journal row that touches it would double the
file and slow every undo. So an attachment is two rows:

- `attachment`, its description (name, type, size, checksum, date, owner,
  and `content_id`), which the journal's triggers record as any other row;
- `attachment_content`, its bytes, which the journal does not see.

Removing an attachment deletes its description only; the bytes stay, so that
undoing the removal (which puts the description back, `content_id` and all)
finds them again. Bytes stay as long as a description, or a journal entry
that could bring one back, names them. Deleting a contact, organization or
activity erases its attachments' entries from the journal with the rest of
its values (core.journal.erasure), and then `erase_unreachable` deletes the
bytes no one can reach any more, in the same transaction, so that no copy of
a deleted person's files stays in the database. Undoing that deletion in the
same session brings the attachments' names back, marked as erased: the files
themselves are gone, on purpose.

Exports never read these tables. A copy to open with the system's viewer is
written in this process's user-only folder of files in progress
(core.storage.scratch), which is removed when the program ends (or, after a
crash, when it next starts).
"""

from __future__ import annotations

import hashlib
import mimetypes
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import JSONB
from sqlmodel import Session, col, select

from coalitiondesk.core.errors import InvalidInput, Message, NotFound, Term
from coalitiondesk.core.journal import labels
from coalitiondesk.core.models import (
    Activity,
    Attachment,
    AttachmentContent,
    Contact,
    JournalChange,
    Letter,
    Organization,
)
from coalitiondesk.core.records.common import get_or_raise
from coalitiondesk.core.storage import scratch

if TYPE_CHECKING:
    from coalitiondesk.core.storage.db import Database

KINDS: dict[str, type[Any]] = {"organization": Organization, "contact": Contact,
                               "letter": Letter, "activity": Activity}
DEFAULT_LIMIT = 25 * 1024 * 1024
_MB = 1024 * 1024


@dataclass(frozen=True)
class AttachmentInfo:
    """An attachment as a list shows it."""

    id: int
    kind: str
    record_id: int
    name: str
    media_type: str
    size: int
    added_at: datetime
    available: bool
    """False when its file was erased with a deleted record (its name came back by undo)."""


def _owner_column(kind: str) -> Any:
    if kind not in KINDS:
        raise InvalidInput("Attachments belong to an organization, contact, letter or"
                           " activity, not {kind!r}", kind=kind)
    return getattr(Attachment, f"{kind}_id")


def clean_name(name: str) -> str:
    """The file name alone (no folder), trimmed; refused when empty or unstorable."""
    text = " ".join(name.replace("\\", "/").split("/")[-1].split())
    if not text or text in (".", ".."):
        raise InvalidInput("An attachment needs a file name")
    if "\x00" in text:
        raise InvalidInput("An attachment's name cannot hold a NUL character")
    return text


def check_size(*, name: str, size: int, limit: int = DEFAULT_LIMIT) -> None:
    """Refuse a file larger than `limit` bytes, saying both sizes."""
    if size > limit:
        raise InvalidInput("“{name}” is {size} MB: attachments are limited to {limit} MB"
                           " each", name=name, size=f"{size / _MB:.1f}",
                           limit=f"{limit / _MB:g}")


def _names(kind: str) -> list[Any]:
    """The texts a record of this kind is called by, for `record_named`."""
    if kind == "organization":
        return [Organization.name, Organization.acronym]
    if kind == "contact":
        given, family = (sa.func.coalesce(Contact.given_name, ""),
                         sa.func.coalesce(Contact.family_name, ""))
        return [sa.func.trim(given + " " + family), sa.func.trim(family + " " + given),
                Contact.native_name, Contact.email]
    if kind == "letter":
        return [Letter.title]
    return [Activity.subject]


def record_named(*, session: Session, kind: str, name: str) -> int:
    """The id of the one record of `kind` called `name` (ignoring case): an organization's
    name or acronym, a contact's name or e-mail, a letter's title, an activity's subject;
    or "#12", its id."""
    _owner_column(kind)
    model = KINDS[kind]
    if name.strip().startswith("#") and name.strip()[1:].isdigit():
        record = get_or_raise(session, model, int(name.strip()[1:]), what=kind)
        return int(record.id)
    wanted = " ".join(name.split()).lower()
    found = session.exec(select(model.id).where(sa.or_(
        *(sa.func.lower(column) == wanted for column in _names(kind))))
        .order_by(col(model.id))).all()
    if not found:
        raise NotFound("No {kind} called “{name}”", kind=Term(kind), name=name.strip())
    if len(found) > 1:
        raise InvalidInput("{count} records of kind {kind} are called “{name}”: name one by"
                           " its id, as #{first}", count=len(found), kind=Term(kind),
                           name=name.strip(), first=found[0])
    return int(found[0])


def attach(*, database: Database, kind: str, record_id: int, name: str, data: bytes,
           limit: int = DEFAULT_LIMIT) -> int:
    """Attach `data` under `name` to a record, as one operation; returns the attachment's id."""
    column = _owner_column(kind)
    name = clean_name(name)
    check_size(name=name, size=len(data), limit=limit)
    media_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
    with database.operation(kind="attach", label=labels.label("attach", name=name)) as operation:
        session = operation.session
        get_or_raise(session, KINDS[kind], record_id, what=kind)
        content = AttachmentContent(data=data)
        session.add(content)
        session.flush()
        assert content.id is not None
        attachment = Attachment(name=name, media_type=media_type, size=len(data),
                                sha256=hashlib.sha256(data).hexdigest(), content_id=content.id)
        setattr(attachment, column.key, record_id)
        session.add(attachment)
        session.flush()
        assert attachment.id is not None
        operation.subject = ("attachment", attachment.id)
        return attachment.id


def attach_file(*, database: Database, kind: str, record_id: int, path: Path,
                limit: int = DEFAULT_LIMIT) -> int:
    """Attach the file at `path` (its size checked before it is read)."""
    try:
        size = path.stat().st_size
        check_size(name=path.name, size=size, limit=limit)
        data = path.read_bytes()
    except OSError as error:
        raise InvalidInput("Cannot read {path}: {reason}", path=str(path),
                           reason=error.strerror or str(error)) from None
    return attach(database=database, kind=kind, record_id=record_id, name=path.name,
                  data=data, limit=limit)


def list_attachments(*, session: Session, kind: str, record_id: int) -> list[AttachmentInfo]:
    """A record's attachments, newest first."""
    column = _owner_column(kind)
    present = sa.exists().where(col(AttachmentContent.id) == Attachment.content_id)
    rows = session.exec(select(Attachment, present).where(column == record_id)
                        .order_by(col(Attachment.added_at).desc(), col(Attachment.id).desc())
                        ).all()
    return [_info(row, kind, record_id, bool(available)) for row, available in rows]


def counts(*, session: Session, kind: str, record_ids: Sequence[int]) -> dict[int, int]:
    """How many attachments each of these records has (records with none left out)."""
    column = _owner_column(kind)
    rows = session.exec(select(column, sa.func.count()).where(column.in_(record_ids))
                        .group_by(column)).all()
    return {int(key): int(number) for key, number in rows}


def _info(row: Attachment, kind: str, record_id: int, available: bool) -> AttachmentInfo:
    assert row.id is not None
    return AttachmentInfo(id=row.id, kind=kind, record_id=record_id, name=row.name,
                          media_type=row.media_type, size=row.size, added_at=row.added_at,
                          available=available)


def _get(session: Session, attachment_id: int) -> Attachment:
    return get_or_raise(session, Attachment, attachment_id, what="attachment")


def content(*, session: Session, attachment_id: int) -> bytes:
    """The attached file's bytes, checked against the checksum taken when it was attached."""
    attachment = _get(session, attachment_id)
    stored = session.get(AttachmentContent, attachment.content_id)
    if stored is None:
        raise NotFound("The file “{name}” was erased with the record it belonged to",
                       name=attachment.name)
    data = bytes(stored.data)
    if hashlib.sha256(data).hexdigest() != attachment.sha256:
        raise InvalidInput("The file “{name}” is damaged in the database: restore a backup",
                           name=attachment.name)
    return data


def rename(*, database: Database, attachment_id: int, name: str) -> None:
    new_name = clean_name(name)
    with database.operation(kind="rename_attachment",
                            label=labels.label("rename_attachment", name=new_name),
                            subject=("attachment", attachment_id)) as operation:
        attachment = _get(operation.session, attachment_id)
        attachment.name = new_name
        attachment.media_type = (mimetypes.guess_type(new_name)[0]
                                 or attachment.media_type)
        operation.session.add(attachment)


def remove(*, database: Database, attachment_id: int) -> None:
    """Remove an attachment; its bytes stay for the undo (see the module's docstring)."""
    with database.session() as session:
        name = _get(session, attachment_id).name
    with database.operation(kind="remove_attachment",
                            label=labels.label("remove_attachment", name=name)) as operation:
        operation.session.execute(sa.delete(Attachment).where(
            col(Attachment.id) == attachment_id))


def erase_unreachable(session: Session) -> int:
    """Delete the bytes that no attachment, nor any journal entry not erased, names.

    Run after the erasure of deleted records (core.journal.erasure): their
    attachments' descriptions went with them, and the journal's copies of those
    descriptions were just blanked. Returns how many files were deleted.
    """
    described = select(Attachment.content_id)
    values = sa.func.coalesce(JournalChange.before, JournalChange.after)
    named: sa.ColumnElement[Any]
    if session.get_bind().dialect.name == "postgresql":
        named = sa.cast(sa.func.jsonb_extract_path_text(sa.cast(values, JSONB), "content_id"),
                        sa.Integer)
    else:
        named = sa.func.json_extract(values, "$.content_id")
    journaled = (select(named).where(JournalChange.table_name == "attachment",
                                     col(JournalChange.erased).is_(False))
                 .where(named.is_not(None)))
    result = session.execute(sa.delete(AttachmentContent).where(
        col(AttachmentContent.id).not_in(described), col(AttachmentContent.id).not_in(journaled)))
    return int(getattr(result, "rowcount", 0) or 0)


def open_copy(*, session: Session, attachment_id: int) -> Path:
    """A copy of the file to open with the system's viewer, readable by the user alone,
    in the folder of files in progress that is removed when the program ends."""
    attachment = _get(session, attachment_id)
    data = content(session=session, attachment_id=attachment_id)
    path = scratch.new_file(suffix="-" + attachment.name)  # made 0600
    path.write_bytes(data)
    return path


def save_copies(*, session: Session, kind: str, record_id: int, folder: Path) -> list[Path]:
    """Write a record's available attachments into `folder`, never over an existing file
    ("name (2).pdf" instead); returns the files written."""
    if not folder.is_dir():
        raise InvalidInput("{path} is not a folder", path=str(folder))
    written: list[Path] = []
    for item in list_attachments(session=session, kind=kind, record_id=record_id):
        if not item.available:
            continue
        data = content(session=session, attachment_id=item.id)
        target = _free_name(folder, item.name)
        try:
            with target.open("xb") as file:
                file.write(data)
        except OSError as error:
            raise InvalidInput("Cannot write {path}: {reason}", path=str(target),
                               reason=error.strerror or str(error)) from None
        written.append(target)
    return written


def _free_name(folder: Path, name: str) -> Path:
    stem, suffix = Path(name).stem, Path(name).suffix
    target, number = folder / name, 1
    while target.exists():
        number += 1
        target = folder / f"{stem} ({number}){suffix}"
    return target


def describe_size(size: int) -> Message:
    """A size as a list shows it: "512 bytes", "34 KB", "2.5 MB"."""
    if size < 1024:
        return Message("{count} bytes", count=size)
    if size < _MB:
        return Message("{count} KB", count=f"{size / 1024:.0f}")
    return Message("{count} MB", count=f"{size / _MB:.1f}")

