"""Putting many organizations or contacts on a letter at once: as its signatories
(organizations only: contacts sign through their organization) or as its
recipients, in one operation that one undo takes back.

Records already on the letter are skipped, and so are restricted contacts
unless the letter allows them, as the recipients picker and a saved group do;
`letter_additions` says so before anything is written.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from sqlmodel import Session, col, select

from coalitiondesk.core.errors import InvalidInput, Term
from coalitiondesk.core.journal.operations import ChangeSet
from coalitiondesk.core.merge.recipients import add_recipients
from coalitiondesk.core.models import (
    Contact,
    Organization,
    Recipient,
    Sensitivity,
    Signature,
    SignatureStatus,
)
from coalitiondesk.core.records.duplicates import RecordKind
from coalitiondesk.core.records.letters import add_signature, get_letter, letter_operation
from coalitiondesk.core.storage.db import Database

Role = Literal["signatories", "recipients"]
ROLES: tuple[Role, ...] = ("signatories", "recipients")
_CHUNK = 900


@dataclass(frozen=True)
class LetterAdditions:
    new: tuple[int, ...]
    """The records that would be put on the letter, in the order given."""
    already: int
    """Chosen records on the letter already."""
    restricted: int
    """Restricted contacts left out: the letter does not allow them."""


@dataclass(frozen=True)
class LetterAdded:
    added: int
    already: int
    restricted: int
    changes: ChangeSet


def _check(kind: RecordKind, role: Role) -> None:
    if role not in ROLES:
        raise InvalidInput("A record goes on a letter as a signatory or a recipient, not"
                           " {value!r}", value=role)
    if kind not in ("organization", "contact"):
        raise InvalidInput("Unknown kind of record: {kind}", kind=kind)
    if role == "signatories" and kind != "organization":
        raise InvalidInput("Only organizations sign a letter, not {kind}s", kind=Term(kind))


def _chunks(ids: list[int]) -> Iterable[list[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start:start + _CHUNK]


def letter_additions(*, session: Session, kind: RecordKind, ids: Iterable[int],
                     letter_id: int, role: Role) -> LetterAdditions:
    """What adding the records to the letter would do, without doing it."""
    _check(kind, role)
    letter = get_letter(session=session, letter_id=letter_id)
    wanted = list(dict.fromkeys(ids))
    model = Organization if kind == "organization" else Contact
    known: set[int] = set()
    for chunk in _chunks(wanted):
        known.update(int(i) for i in session.exec(
            select(col(model.id)).where(col(model.id).in_(chunk))).all() if i is not None)
    wanted = [record_id for record_id in wanted if record_id in known]
    if role == "signatories":
        on_letter = set(session.exec(select(Signature.organization_id).where(
            Signature.letter_id == letter_id)).all())
    else:
        pointer = Recipient.organization_id if kind == "organization" else Recipient.contact_id
        on_letter = {record_id for record_id in session.exec(
            select(pointer).where(Recipient.letter_id == letter_id)).all()
            if record_id is not None}
    already = [record_id for record_id in wanted if record_id in on_letter]
    wanted = [record_id for record_id in wanted if record_id not in on_letter]
    restricted: set[int] = set()
    if kind == "contact" and not letter.allow_restricted:
        for chunk in _chunks(wanted):
            restricted.update(int(i) for i in session.exec(select(col(Contact.id)).where(
                col(Contact.id).in_(chunk), Contact.sensitivity == Sensitivity.restricted)
            ).all() if i is not None)
    return LetterAdditions(new=tuple(i for i in wanted if i not in restricted),
                           already=len(already), restricted=len(restricted))


def add_to_letter(database: Database, *, kind: RecordKind, ids: Iterable[int],
                  letter_id: int, role: Role,
                  status: SignatureStatus = SignatureStatus.invited) -> LetterAdded:
    """Put the records on the letter, as `role`, in one operation: signatories at the end
    of its list (or at their place in an alphabetical one) with `status`."""
    ids = list(ids)
    with database.session() as session:
        letter_additions(session=session, kind=kind, ids=ids, letter_id=letter_id, role=role)
    template = "signatories" if role == "signatories" else "recipients"
    with letter_operation(database, letter_id=letter_id, template=template) as operation:
        session = operation.session
        # Read again under the write lock: another program may have changed the letter.
        plan = letter_additions(session=session, kind=kind, ids=ids, letter_id=letter_id,
                                role=role)
        if role == "signatories":
            for organization_id in plan.new:
                add_signature(session=session, letter_id=letter_id,
                              organization_id=organization_id, status=status)
        elif kind == "organization":
            add_recipients(session=session, letter_id=letter_id, organization_ids=plan.new)
        else:
            add_recipients(session=session, letter_id=letter_id, contact_ids=plan.new)
    return LetterAdded(added=len(plan.new), already=plan.already,
                       restricted=plan.restricted, changes=operation.changes)
