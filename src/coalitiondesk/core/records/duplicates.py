"""Likely duplicates among the stored organizations or contacts, and pairs said to differ.

A pair is proposed when two records share a name (or an alias, a full name,
a signatory name), an acronym, an e-mail address or a phone number, or when
their names are close (rapidfuzz, scored with the importer's keys and cutoff:
core.importing.dedupe). Organizations in two different countries and
contacts with two different e-mail addresses are not proposed on their names
alone: "Amnesty International Korea" is not "Amnesty International Japan".

Fuzzy scores come from `process.cdist` over blocks of names sharing their
first or their last four characters (of the words in alphabetical order, the
importer's fuzzy key): one typo leaves at least one end of a name of eight
letters or more alone, and comparing each name with every other one (100,000
x 100,000) would take minutes (docs/PERFORMANCE.md). A key shared by more than MAX_GROUP
records ("Kim Min-jun" with no e-mail address, an office switchboard) is
too common to mean anything and proposes nothing.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any, Literal

import numpy as np
import sqlalchemy as sa
from rapidfuzz import fuzz, process
from sqlmodel import Session, col, delete, select

from coalitiondesk.core.errors import InvalidInput, NotFound, Term
from coalitiondesk.core.importing.dedupe import FUZZY_CUTOFF, contact_name, fuzzy_key, name_key
from coalitiondesk.core.journal import labels
from coalitiondesk.core.journal.operations import ChangeSet
from coalitiondesk.core.models import (
    Contact,
    ContactAlias,
    NotDuplicate,
    Organization,
    OrganizationAlias,
)
from coalitiondesk.core.storage.db import Database

RecordKind = Literal["organization", "contact"]
KINDS: tuple[RecordKind, ...] = ("organization", "contact")

MAX_GROUP = 8
"""Records sharing one key beyond this many propose no pairs from it."""
_BLOCK_CHARS = 4
_SMALL_BLOCK = 256
_CHUNK = 2048
_MIN_PHONE_DIGITS = 7

SAME_NAME = Term("same name")
SAME_ACRONYM = Term("same acronym")
SAME_EMAIL = Term("same e-mail address")
SAME_PHONE = Term("same phone number")
SIMILAR_NAME = Term("similar name")


@dataclass(frozen=True)
class DuplicatePair:
    kind: RecordKind
    first_id: int
    second_id: int
    first_label: str
    second_label: str
    score: int
    """100 for a shared name, address or number; the fuzzy score otherwise."""
    reasons: tuple[Term, ...]


@dataclass
class _Records:
    """What finding duplicates reads of each record: columns, not ORM objects."""

    labels: dict[int, str] = field(default_factory=dict)
    countries: dict[int, str | None] = field(default_factory=dict)
    emails: dict[int, str] = field(default_factory=dict)
    names: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    acronyms: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    email_ids: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    phone_ids: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    fuzzy: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))

    def add_name(self, text: str | None, record_id: int, *, acronym: bool = False) -> None:
        key = name_key(text)
        if key:
            ids = (self.acronyms if acronym else self.names)[key]
            if record_id not in ids[-3:]:
                ids.append(record_id)

    def add_contact_points(self, record_id: int, email: str | None, phone: str | None) -> None:
        if email and email.strip():
            self.emails[record_id] = email.strip().casefold()
            self.email_ids[self.emails[record_id]].append(record_id)
        digits = phone_key(phone)
        if digits:
            self.phone_ids[digits].append(record_id)


def phone_key(phone: str | None) -> str:
    """The digits of a number (stored ones are international: "+82 2 1234 5678")."""
    digits = "".join(ch for ch in phone or "" if ch.isdigit())
    return digits if len(digits) >= _MIN_PHONE_DIGITS else ""


def _aliases(session: Session, kind: RecordKind) -> dict[int, list[str]]:
    found: dict[int, list[str]] = defaultdict(list)
    if kind == "organization":
        rows: Iterable[tuple[int, str]] = session.execute(
            sa.select(col(OrganizationAlias.organization_id), col(OrganizationAlias.name)))
    else:
        rows = session.execute(sa.select(col(ContactAlias.contact_id), col(ContactAlias.name)))
    for record_id, name in rows:
        found[record_id].append(name)
    return found


def _organizations(session: Session) -> _Records:
    records = _Records()
    aliases = _aliases(session, "organization")
    columns: list[Any] = [Organization.id, Organization.name, Organization.acronym,
                          Organization.full_name, Organization.signatory_name,
                          Organization.country_code, Organization.email, Organization.phone]
    for record_id, name, acronym, full_name, signatory, country, email, phone in (
            session.execute(sa.select(*columns))):
        records.labels[record_id] = f"{name} ({country})" if country else name
        records.countries[record_id] = country
        for text in (name, full_name, signatory, *aliases.get(record_id, ())):
            records.add_name(text, record_id)
        records.add_name(acronym, record_id, acronym=True)
        records.add_contact_points(record_id, email, phone)
        records.fuzzy[fuzzy_key(name)].append(record_id)
    return records


def _contacts(session: Session) -> _Records:
    records = _Records()
    aliases = _aliases(session, "contact")
    columns: list[Any] = [Contact.id, Contact.given_name, Contact.family_name,
                          Contact.native_name, Contact.email, Contact.phone]
    for record_id, given, family, native, email, phone in session.execute(sa.select(*columns)):
        name = contact_name(given, family, native)
        records.labels[record_id] = f"{name} <{email}>" if email else name
        for text in (name, native, *aliases.get(record_id, ())):
            records.add_name(text, record_id)
        records.add_contact_points(record_id, email, phone)
        records.fuzzy[fuzzy_key(name)].append(record_id)
    return records


def _compatible(kind: RecordKind, records: _Records, first: int, second: int) -> bool:
    """Whether a shared or similar name may mean the same record."""
    if kind == "organization":
        mine, theirs = records.countries.get(first), records.countries.get(second)
    else:
        mine, theirs = records.emails.get(first), records.emails.get(second)
    return not mine or not theirs or mine == theirs


def _pairs(ids: list[int]) -> Iterator[tuple[int, int]]:
    distinct = sorted(set(ids))
    if 1 < len(distinct) <= MAX_GROUP:
        yield from combinations(distinct, 2)


def _similar_keys(keys: list[str], cutoff: int) -> Iterator[tuple[str, str, int]]:
    """(key, key, score) of every two distinct keys scoring at least `cutoff`, each once."""
    blocks: dict[str, list[int]] = defaultdict(list)
    for position, key in enumerate(keys):
        blocks["<" + key[:_BLOCK_CHARS]].append(position)
        blocks[">" + key[-_BLOCK_CHARS:]].append(position)
    seen: set[tuple[int, int]] = set()
    for members in blocks.values():
        if len(members) < 2:
            continue
        texts = [keys[position] for position in members]
        for start in range(0, len(texts), _CHUNK):
            # Threads pay off on big blocks only; most are a few dozen names.
            scores = process.cdist(texts[start:start + _CHUNK], texts, scorer=fuzz.ratio,
                                   score_cutoff=cutoff, dtype=np.uint8,
                                   workers=-1 if len(texts) >= _SMALL_BLOCK else 1)
            rows, columns = np.nonzero(scores)
            for row, column in zip(rows.tolist(), columns.tolist(), strict=True):
                first, second = members[start + row], members[column]
                if first < second and (first, second) not in seen:
                    seen.add((first, second))
                    yield keys[first], keys[second], int(scores[row, column])


def find_duplicates(*, session: Session, kind: RecordKind,
                    cutoff: int = FUZZY_CUTOFF) -> list[DuplicatePair]:
    """Likely duplicate pairs, most certain first; pairs marked not duplicates left out."""
    if kind not in KINDS:
        raise InvalidInput("Unknown kind of record: {kind}", kind=kind)
    records = _organizations(session) if kind == "organization" else _contacts(session)
    found: dict[tuple[int, int], tuple[int, set[Term]]] = {}

    def propose(pair: tuple[int, int], score: int, reason: Term) -> None:
        best, reasons = found.get(pair, (0, set()))
        reasons.add(reason)
        found[pair] = (max(best, score), reasons)

    for ids in records.email_ids.values():
        for pair in _pairs(ids):
            propose(pair, 100, SAME_EMAIL)
    for ids in records.phone_ids.values():
        for pair in _pairs(ids):
            propose(pair, 100, SAME_PHONE)
    for key, ids in records.names.items():
        for pair in _pairs(ids):
            if _compatible(kind, records, *pair):
                propose(pair, 100, SAME_NAME)
        for pair in _pairs(ids + records.acronyms.get(key, [])):
            if pair not in found and _compatible(kind, records, *pair):
                propose(pair, 100, SAME_ACRONYM)
    for ids in records.acronyms.values():
        for pair in _pairs(ids):
            if _compatible(kind, records, *pair):
                propose(pair, 100, SAME_ACRONYM)
    for key, ids in records.fuzzy.items():
        # The same words in another order: "Tae Kyung Ha" and "Ha Tae Kyung".
        for pair in _pairs(ids):
            if key and _compatible(kind, records, *pair):
                propose(pair, 100, SAME_NAME)
    keys = [key for key in records.fuzzy if key]
    for first_key, second_key, score in _similar_keys(keys, cutoff):
        for first in records.fuzzy[first_key][:MAX_GROUP]:
            for second in records.fuzzy[second_key][:MAX_GROUP]:
                pair = (min(first, second), max(first, second))
                if first != second and _compatible(kind, records, *pair):
                    propose(pair, score, SIMILAR_NAME)
    quiet = set(session.execute(
        sa.select(col(NotDuplicate.first_id), col(NotDuplicate.second_id))
        .where(col(NotDuplicate.kind) == kind)))
    pairs = [DuplicatePair(kind=kind, first_id=first, second_id=second,
                           first_label=records.labels[first], second_label=records.labels[second],
                           score=score, reasons=tuple(sorted(reasons)))
             for (first, second), (score, reasons) in found.items()
             if (first, second) not in quiet]
    pairs.sort(key=lambda pair: (-pair.score, -len(pair.reasons), pair.first_label.casefold(),
                                 pair.first_id, pair.second_id))
    return pairs


def record_name(*, session: Session, kind: RecordKind, record_id: int) -> str:
    """The name a list or a label shows for a record."""
    if kind not in KINDS:
        raise InvalidInput("Unknown kind of record: {kind}", kind=kind)
    if kind == "organization":
        organization = session.get(Organization, record_id)
        if organization is not None:
            return organization.name
    else:
        contact = session.get(Contact, record_id)
        if contact is not None:
            return contact_name(contact.given_name, contact.family_name, contact.native_name)
    raise NotFound("No {what} with id {key}", what=Term(kind), key=record_id)


def mark_different(database: Database, *, kind: RecordKind, first_id: int,
                   second_id: int) -> ChangeSet:
    """Say two records are not the same, as an undoable operation."""
    with database.session() as session:
        first, second = (record_name(session=session, kind=kind, record_id=record_id)
                         for record_id in (first_id, second_id))
    label = labels.label("not_duplicate", first=first, second=second)
    with database.operation("form", label) as operation:
        mark_not_duplicate(session=operation.session, kind=kind, first_id=first_id,
                           second_id=second_id)
    return operation.changes


def mark_not_duplicate(*, session: Session, kind: RecordKind, first_id: int,
                       second_id: int) -> None:
    """Keep a pair out of later lists (run inside an operation: it is undoable)."""
    if kind not in KINDS:
        raise InvalidInput("Unknown kind of record: {kind}", kind=kind)
    if first_id == second_id:
        raise InvalidInput("A record cannot be a duplicate of itself")
    low, high = min(first_id, second_id), max(first_id, second_id)
    existing = session.exec(select(NotDuplicate).where(
        NotDuplicate.kind == kind, NotDuplicate.first_id == low,
        NotDuplicate.second_id == high)).first()
    if existing is None:
        session.add(NotDuplicate(kind=kind, first_id=low, second_id=high))
        session.flush()


def forget_not_duplicates(*, session: Session, kind: RecordKind, record_id: int) -> None:
    """Drop the marks naming a record that no longer exists (merged away)."""
    session.exec(delete(NotDuplicate).where(
        col(NotDuplicate.kind) == kind,
        sa.or_(col(NotDuplicate.first_id) == record_id,
               col(NotDuplicate.second_id) == record_id)))
