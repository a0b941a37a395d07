"""Finding each incoming row's record among those already stored.

Three levels, strongest first:

- the same stable ID (the UUID column of our own exports): the same record;
- the same normalized name or acronym (organizations; a country on both sides
  must agree), or the same e-mail address or the same name with no
  contradicting e-mail address (contacts): the same record, updated or kept as
  the user chooses;
- a close fuzzy match: a possible duplicate, shown for the user to decide and
  never merged on its own.

Fuzzy scores come from rapidfuzz's `process.cdist`, one batch call over every
distinct incoming name against every distinct stored name, so that 10,000 rows
against 100,000 contacts is a matrix computed in C on all cores, not a Python
double loop.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

import sqlalchemy as sa
from rapidfuzz import fuzz, process
from sqlmodel import Session

from coalitiondesk.core.errors import Term
from coalitiondesk.core.geography.countries import normalize
from coalitiondesk.core.importing.drafts import Draft
from coalitiondesk.core.importing.fields import ImportKind
from coalitiondesk.core.models import Contact, ContactAlias, Organization, OrganizationAlias

FUZZY_CUTOFF = 88
"""Scores (0-100) from here on are shown as possible duplicates."""
MAX_CANDIDATES = 3
_CHUNK = 256
FUZZY_CHARS = 200
"""Characters of a name that fuzzy matching compares. Its cost grows with the product of
the two lengths: 150 names of 20,000 characters against 150 stored ones took 80 s. The
longest real names (full names of networks) are about 150 characters."""


class MatchKind(StrEnum):
    none = "none"
    stable_id = "stable_id"
    same = "same"
    """Same name, acronym or e-mail address."""
    possible = "possible"


@dataclass(frozen=True)
class Candidate:
    record_id: int
    score: int
    label: str


@dataclass
class Match:
    kind: MatchKind = MatchKind.none
    record_id: int | None = None
    candidates: list[Candidate] = field(default_factory=list)
    reason: Term = field(default_factory=Term)


def name_key(text: str | None) -> str:
    """Names compared without case, accents, punctuation or a leading "The"."""
    return normalize(text or "")


def fuzzy_key(text: str) -> str:
    """Words in alphabetical order, so that "Kim Ji-hoon" and "Ji-hoon Kim" agree; at most
    FUZZY_CHARS of them."""
    return " ".join(sorted(name_key(text).split()))[:FUZZY_CHARS]


def contact_name(given: str | None, family: str | None, native: str | None) -> str:
    return " ".join(part for part in (given, family) if part) or (native or "")


# --- stored records ----------------------------------------------------------


@dataclass
class StoredIndex:
    kind: ImportKind
    labels: dict[int, str] = field(default_factory=dict)
    uuids: dict[str, int] = field(default_factory=dict)
    keys: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    """Organizations: name, acronym, full name, signatory name. Contacts: name."""
    name_ids: set[tuple[str, int]] = field(default_factory=set)
    """Organizations: (key, id) pairs that come from the name itself, not an acronym."""
    emails: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    countries: dict[int, str | None] = field(default_factory=dict)
    contact_emails: dict[int, str] = field(default_factory=dict)
    without_email: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    """Contacts: name key -> ids of those with no e-mail address (nothing to contradict)."""
    fuzzy: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    """Fuzzy key -> ids, scored once per distinct key."""

    def add_key(self, text: str | None, record_id: int, *, is_name: bool = False,
                has_email: bool = True) -> None:
        key = name_key(text)
        if key:
            ids = self.keys[key]
            if not ids or ids[-1] != record_id:
                ids.append(record_id)
                if not has_email:
                    self.without_email[key].append(record_id)
            if is_name:
                self.name_ids.add((key, record_id))


def organization_index(session: Session) -> StoredIndex:
    index = StoredIndex(ImportKind.organizations)
    columns: list[Any] = [Organization.id, Organization.uuid, Organization.name,
                          Organization.acronym, Organization.full_name,
                          Organization.signatory_name, Organization.country_code]
    query = sa.select(*columns)
    for record_id, record_uuid, name, acronym, full_name, signatory, country in session.execute(
            query):
        assert record_id is not None
        add_organization(index, record_id, record_uuid, name, acronym, full_name, signatory,
                         country)
    # Other names (a merged duplicate's, a partner's spelling kept on import) find the
    # record as its name does.
    aliases: list[Any] = [OrganizationAlias.organization_id, OrganizationAlias.name]
    for record_id, alias in session.execute(sa.select(*aliases)):
        if record_id in index.labels:
            index.add_key(alias, record_id, is_name=True)
    return index


def add_organization(index: StoredIndex, record_id: int, record_uuid: str | None, name: str,
                     acronym: str | None, full_name: str | None, signatory: str | None,
                     country: str | None) -> None:
    index.labels[record_id] = name if not country else f"{name} ({country})"
    if record_uuid:
        index.uuids[record_uuid] = record_id
    index.countries[record_id] = country
    index.add_key(name, record_id, is_name=True)
    index.add_key(full_name, record_id, is_name=True)
    index.add_key(signatory, record_id, is_name=True)
    index.add_key(acronym, record_id)
    index.fuzzy[fuzzy_key(name)].append(record_id)


def contact_index(session: Session) -> StoredIndex:
    index = StoredIndex(ImportKind.contacts)
    columns: list[Any] = [Contact.id, Contact.uuid, Contact.given_name, Contact.family_name,
                          Contact.native_name, Contact.email]
    query = sa.select(*columns)
    for record_id, record_uuid, given, family, native, email in session.execute(query):
        assert record_id is not None
        name = contact_name(given, family, native)
        index.labels[record_id] = f"{name} <{email}>" if email else name
        index.uuids[record_uuid] = record_id
        has_email = bool(email)
        index.add_key(name, record_id, has_email=has_email)
        if given and family:
            # Either order is the same person: "Ha Tae Kyung" and "Tae Kyung Ha".
            index.add_key(f"{family} {given}", record_id, has_email=has_email)
        if native and native != name:
            index.add_key(native, record_id, has_email=has_email)
        if email:
            index.emails[email.casefold()].append(record_id)
            index.contact_emails[record_id] = email.casefold()
        index.fuzzy[fuzzy_key(name)].append(record_id)
    aliases: list[Any] = [ContactAlias.contact_id, ContactAlias.name]
    for record_id, alias in session.execute(sa.select(*aliases)):
        if record_id in index.labels:
            index.add_key(alias, record_id, has_email=record_id in index.contact_emails)
    return index


def stored_index(session: Session, kind: ImportKind) -> StoredIndex:
    return organization_index(session) if kind is ImportKind.organizations else (
        contact_index(session))


# --- matching ----------------------------------------------------------------


def _draft_keys(draft: Draft, kind: ImportKind) -> list[tuple[str, bool]]:
    """(key, is it a name rather than an acronym) for a draft."""
    values = draft.values
    if kind is ImportKind.organizations:
        texts = [(values.get("name"), True), (values.get("full_name"), True),
                 (values.get("signatory_name"), True), (values.get("acronym"), False)]
    else:
        given, family = values.get("given_name"), values.get("family_name")
        texts = [(contact_name(given, family, values.get("native_name")), True),
                 (values.get("native_name"), True)]
    keys: list[tuple[str, bool]] = []
    for text, is_name in texts:
        key = name_key(text)
        if key and all(key != existing for existing, _ in keys):
            keys.append((key, is_name))
    return keys


def _compatible(draft: Draft, index: StoredIndex, record_id: int) -> bool:
    if index.kind is ImportKind.organizations:
        mine, theirs = draft.values.get("country_code"), index.countries.get(record_id)
        return not mine or not theirs or mine == theirs
    mine = (draft.values.get("email") or "").casefold()
    theirs = index.contact_emails.get(record_id, "")
    return not mine or not theirs or mine == theirs


def exact_match(draft: Draft, index: StoredIndex) -> Match:
    if draft.uuid and draft.uuid in index.uuids:
        return Match(MatchKind.stable_id, index.uuids[draft.uuid], reason=Term("same ID"))
    if index.kind is ImportKind.contacts:
        email = (draft.values.get("email") or "").casefold()
        by_email = index.emails.get(email, []) if email else []
        if len(by_email) == 1:
            return Match(MatchKind.same, by_email[0], reason=Term("same e-mail address"))
    by_name: dict[int, None] = {}
    by_acronym: dict[int, None] = {}
    for key, is_name in _draft_keys(draft, index.kind):
        stored = index.keys.get(key, ())
        if index.kind is ImportKind.contacts:
            # Thousands may share a common name: only those without a contradicting
            # address matter, and only a few are shown.
            mine = (draft.values.get("email") or "").casefold()
            usable = index.without_email.get(key, []) if mine else stored
            if len(usable) == 1 and not by_name:
                return Match(MatchKind.same, usable[0], reason=Term("same name"))
            by_name.update(dict.fromkeys(stored[:MAX_CANDIDATES + 1]))
            continue
        for record_id in stored:
            target = by_name if is_name and (key, record_id) in index.name_ids else by_acronym
            target[record_id] = None
    found = list(by_name or by_acronym)
    compatible = [record_id for record_id in found if _compatible(draft, index, record_id)]
    if len(compatible) == 1:
        reason = Term("same name") if by_name else Term("same acronym")
        return Match(MatchKind.same, compatible[0], reason=reason)
    if found:
        candidates = [Candidate(record_id, 100, index.labels[record_id])
                      for record_id in found[:MAX_CANDIDATES]]
        why = (Term("several records with this name") if len(compatible) > 1
               else Term("same name, different country")
               if index.kind is ImportKind.organizations
               else Term("same name, different e-mail address"))
        return Match(MatchKind.possible, candidates=candidates, reason=why)
    return Match()


def fuzzy_candidates(queries: Sequence[str], index: StoredIndex,
                     *, cutoff: int = FUZZY_CUTOFF) -> Iterator[tuple[int, list[Candidate]]]:
    """(query position, best candidates) for the queries with a stored name close enough."""
    choices = [key for key in index.fuzzy if key]
    if not choices:
        return
    # Only here: an import into an empty database, or with no name left to score,
    # starts without it.
    import numpy as np

    by_key: dict[str, list[int]] = defaultdict(list)
    for position, query in enumerate(queries):
        key = fuzzy_key(query)
        if key:
            by_key[key].append(position)
    distinct = list(by_key)
    for start in range(0, len(distinct), _CHUNK):
        chunk = distinct[start:start + _CHUNK]
        scores = process.cdist(chunk, choices, scorer=fuzz.ratio, score_cutoff=cutoff,
                               dtype=np.uint8, workers=-1)
        for row, key in enumerate(chunk):
            found = np.flatnonzero(scores[row])
            if not len(found):
                continue
            best = found[np.argsort(-scores[row][found], kind="stable")][:MAX_CANDIDATES]
            candidates: list[Candidate] = []
            for choice in best:
                score = int(scores[row][choice])
                for record_id in index.fuzzy[choices[choice]][:MAX_CANDIDATES - len(candidates)]:
                    candidates.append(Candidate(record_id, score, index.labels[record_id]))
            for position in by_key[key]:
                yield position, candidates


def match_drafts(drafts: Sequence[Draft], index: StoredIndex) -> list[Match]:
    """A match for every draft (rows with problems get none)."""
    if not index.labels:
        return [Match() for _ in drafts]  # nothing stored yet: a first import
    matches = [exact_match(draft, index) if draft.ok else Match() for draft in drafts]
    unmatched = [position for position, match in enumerate(matches)
                 if match.kind is MatchKind.none and drafts[position].ok]
    queries = [drafts[position].label(index.kind) for position in unmatched]
    for query_position, candidates in fuzzy_candidates(queries, index):
        position = unmatched[query_position]
        matches[position] = Match(MatchKind.possible, candidates=candidates,
                                  reason=Term("similar name"))
    return matches

