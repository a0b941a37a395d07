"""What an import will do, row by row, before anything is written.

`prepare_import` reads nothing but the database: it turns rows into drafts,
finds their records and works out what each row will become. The preview
shows the plan; the user's decisions on duplicates change it; `apply_import`
carries it out in one transaction. A dry run is the plan alone.

The plan is matched while nothing is locked, so another import (another window,
another command) may store the same records before this one writes. So
`apply_import` calls `rematch` first thing inside its write transaction, which
holds SQLite's writer lock: when anything changed since the plan was made, the
rows still to be created are matched again against what is stored now.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Generator, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import Enum, StrEnum
from typing import Any

from sqlmodel import Session, col, func, select

from coalitiondesk.core.errors import InvalidInput, Message, joined
from coalitiondesk.core.importing.custom_values import COLUMN, merged_with_stored
from coalitiondesk.core.importing.dedupe import (
    Candidate,
    Match,
    MatchKind,
    StoredIndex,
    contact_name,
    exact_match,
    fuzzy_candidates,
    fuzzy_key,
    match_drafts,
    name_key,
    organization_index,
    stored_index,
)
from coalitiondesk.core.importing.drafts import CountryResolver, Draft, DraftMaker
from coalitiondesk.core.importing.fields import ImportKind, custom_targets
from coalitiondesk.core.importing.mapping import (
    ColumnMapping,
    UnmappedColumn,
    check_mapping,
    guess_mapping,
    unmapped_columns,
)
from coalitiondesk.core.importing.mixed import PeopleInFile, people_in, people_mapping, people_table
from coalitiondesk.core.importing.parallel_drafts import drafts_of
from coalitiondesk.core.importing.readers import SourceTable
from coalitiondesk.core.importing.values import clean_text
from coalitiondesk.core.models import (
    Affiliation,
    Contact,
    ContactAlias,
    ContactBase,
    ContactTag,
    JournalOperation,
    MembershipStatus,
    Organization,
    OrganizationAlias,
    OrganizationBase,
    OrganizationTag,
    Tag,
)
from coalitiondesk.core.progress import Progress
from coalitiondesk.core.storage.db import Database


class Action(StrEnum):
    create = "create"
    update = "update"
    unchanged = "unchanged"
    skip = "skip"
    error = "error"


class OnMatch(StrEnum):
    """What to do with a row that is the same as a stored record."""

    update = "update"
    keep = "keep"


class OnPossible(StrEnum):
    """What to do with a possible duplicate until the user decides."""

    skip = "skip"
    create = "create"
    update = "update"


@dataclass
class Stored:
    """A stored record's current values, as far as the import compares them."""

    values: dict[str, Any]
    tags: set[str]
    organization_ids: set[int] = field(default_factory=set)
    aliases: set[str] = field(default_factory=set)
    """fuzzy_key() of the record's other names (aliases)."""


@dataclass
class PlanRow:
    draft: Draft
    match: Match
    action: Action = Action.create
    record_id: int | None = None
    changes: dict[str, Any] = field(default_factory=dict)
    new_tags: list[str] = field(default_factory=list)
    organization_ids: list[int] = field(default_factory=list)
    """Contacts: stored organizations to affiliate with."""
    new_organizations: list[str] = field(default_factory=list)
    """Contacts: organizations the import creates first."""
    reason: Message = field(default_factory=lambda: Message(""))
    """Why the row is skipped or refused, for the preview and the report."""
    duplicate_of: int | None = None
    """Row number of the earlier row this one repeats."""
    decided: bool = False
    """The user chose what to do with this row."""
    same_record_as: int | None = None
    """Row number of an earlier row that updates the record this one matches: it is
    skipped until the user decides (two updates of one record are never silent)."""
    new_alias: str | None = None
    """The row's name, kept as another name of the record it updates whose stored name
    it does not replace (a partner's spelling, a typo): later imports recognise it."""
    person: bool = False
    """A person in a list of organizations ("Is a Company: no"): never an organization;
    a contact of their company if the user chooses (ImportPlan.people_as_contacts)."""

    @property
    def number(self) -> int:
        return self.draft.row.number

    @property
    def problems(self) -> list[Message]:
        return self.draft.problems

    @property
    def undecided(self) -> bool:
        """A possible duplicate, or a second row for one record, nobody has decided on yet."""
        return (self.match.kind is MatchKind.possible
                or self.same_record_as is not None) and not self.decided


@dataclass
class ImportPlan:
    kind: ImportKind
    table: SourceTable
    mapping: ColumnMapping
    rows: list[PlanRow]
    stored: dict[int, Stored]
    on_match: OnMatch = OnMatch.update
    matched_at_change: int | None = None
    """The latest change in the journal when the plan was matched (None: unknown)."""
    new_status: MembershipStatus | None = None
    """The user's membership status for organizations the import creates that no
    column gives one; None: the model's default (member), which the summary says."""

    @property
    def source(self) -> str:
        return self.table.name

    left_out: set[int] = field(default_factory=set)
    """Columns (by position) the user chose to leave out; the others the mapping leaves
    out are still to be decided (the wizard imports nothing until they are)."""
    people: PeopleInFile | None = None
    """Rows of an organization list that are people."""
    people_plan: ImportPlan | None = None
    """Those rows as contacts (their company column as the organization)."""
    people_as_contacts: bool = False
    """The user chose to import the people as contacts; otherwise they are left out."""

    def not_imported_columns(self) -> list[UnmappedColumn]:
        """Columns with values that the mapping leaves out (the columns telling people
        from companies are read; a people's company column is imported with them)."""
        columns = unmapped_columns(self.table, self.mapping)
        if self.people is None:
            return columns
        flags = set(self.people.flag_columns)
        columns = [column for column in columns if column.index not in flags]
        if not self.people_as_contacts or self.people_plan is None:
            return columns
        read = {index for index, key in enumerate(self.people_plan.mapping) if key}
        # What the contacts read counts only where organizations' rows have values, and
        # what the organizations read only where people's rows have them.
        people = set(self.people.positions)
        counts: dict[int, int] = {}
        rest = SourceTable(name=self.table.name, headers=self.table.headers, rows=[
            row for position, row in enumerate(self.table.rows) if position not in people])
        for column in unmapped_columns(rest, self.mapping):
            if column.index in read:
                counts[column.index] = column.values
        for column in columns:
            if column.index not in read:
                counts[column.index] = column.values
        for column in unmapped_columns(self.people_plan.table, self.people_plan.mapping):
            if column.index not in flags and self.mapping[column.index] is not None:
                counts[column.index] = counts.get(column.index, 0) + column.values
        return [UnmappedColumn(index=index, header=self.table.headers[index],
                               values=counts[index]) for index in sorted(counts)]

    def set_people_as_contacts(self, chosen: bool) -> None:
        """Whether the people in an organization list go in as contacts."""
        self.people_as_contacts = chosen and self.people_plan is not None
        for row in self.rows:
            if row.person:
                row.reason = (Message("a person: imported as a contact")
                              if self.people_as_contacts
                              else Message("a person, not an organization"))

    def undecided_columns(self) -> list[UnmappedColumn]:
        """Columns with values that are neither imported nor left out by the user."""
        return [column for column in self.not_imported_columns()
                if column.index not in self.left_out]

    def status_from_file(self) -> bool:
        """Whether a column gives new organizations their membership status."""
        return self.kind is ImportKind.organizations and "membership_status" in self.mapping

    def status_for_new_organizations(self) -> MembershipStatus:
        return self.new_status or MembershipStatus(
            OrganizationBase.model_fields["membership_status"].default)

    def organizations_without_status(self) -> int:
        """How many organizations the import creates with no status from the file: they
        get status_for_new_organizations()."""
        if self.kind is ImportKind.organizations:
            people = (self.people_plan.organizations_without_status()
                      if self.people_plan is not None and self.people_as_contacts else 0)
            return people + sum(1 for row in self.rows if row.action is Action.create
                                and "membership_status" not in row.draft.values)
        names = {name.casefold() for row in self.rows
                 if row.action in {Action.create, Action.update}
                 for name in row.new_organizations}
        return len(names)

    def counts(self) -> dict[Action, int]:
        counted = Counter(row.action for row in self.rows)
        return {action: counted.get(action, 0) for action in Action}

    def summary(self) -> str:
        return summary_line(self.counts())

    def candidates(self, position: int) -> list[Candidate]:
        return self.rows[position].match.candidates

    def decide(self, position: int, action: Action, record_id: int | None = None, *,
               rename: bool = False) -> None:
        """The user's choice for a row: create it, update a given record, or skip it.

        An update keeps the record's stored name, and the row's name as an alias of
        it, unless `rename`: the user chose the file's spelling (the stored name is
        then kept as the alias).
        """
        row = self.rows[position]
        if row.action is Action.error:
            return
        row.duplicate_of = None
        row.decided = True
        if action is Action.update:
            chosen = record_id if record_id is not None else row.record_id
            if chosen is None or chosen not in self.stored:
                raise ValueError("an update needs one of the row's stored records")
            _set_update(row, chosen, self.stored[chosen], self.kind, rename=rename)
        elif action is Action.create:
            row.action, row.record_id, row.changes = Action.create, None, {}
            row.new_tags, row.reason = list(row.draft.tags), Message("")
            row.new_alias = None
        else:
            row.action, row.changes, row.new_tags = Action.skip, {}, []
            row.new_alias = None
            row.reason = (Message("kept the stored record") if row.record_id
                          else Message("not imported"))
        _sync_affiliations(row, self.stored.get(row.record_id or -1))

    def shared_records(self) -> dict[int, list[int]]:
        """Row position -> numbers of the other rows that update, or wait to update, the
        same stored record: shown together, so that two rows never change one record
        unseen."""
        by_record: dict[int, list[int]] = {}
        for position, row in enumerate(self.rows):
            if row.record_id is not None and row.action in {Action.update, Action.unchanged}:
                by_record.setdefault(row.record_id, []).append(position)
        number_to_position = {row.number: position for position, row in enumerate(self.rows)}
        groups: dict[int, set[int]] = {}
        for positions in by_record.values():
            for position in positions:
                groups.setdefault(position, set()).update(positions)
        for position, row in enumerate(self.rows):
            earlier = number_to_position.get(row.same_record_as or -1)
            if earlier is not None and row.action is Action.skip:
                group = groups.setdefault(earlier, {earlier}) | {position}
                for member in group:
                    groups[member] = group
        return {position: sorted(self.rows[other].number for other in group
                                 if other != position)
                for position, group in groups.items() if len(group) > 1}

def asks_status(table: SourceTable, kind: ImportKind, mapping: Sequence[str | None]) -> bool:
    """Whether an import under this mapping may create organizations whose membership
    status no cell gives: the user chooses it (no silent default)."""
    if kind is ImportKind.contacts:
        return "organization" in mapping
    columns = [index for index, key in enumerate(mapping) if key == "membership_status"]
    return not columns or any(
        all(index >= len(row.cells) or clean_text(row.cells[index]) is None
            for index in columns) for row in table.rows)


def summary_line(counts: dict[Action, int]) -> str:
    return (f"created {counts[Action.create]}, updated {counts[Action.update]}, "
            f"unchanged {counts[Action.unchanged]}, skipped {counts[Action.skip]}, "
            f"errors {counts[Action.error]}")


# --- comparing with what is stored --------------------------------------------


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    return value


def _same(stored: Any, incoming: Any) -> bool:
    stored, incoming = _plain(stored), _plain(incoming)
    if isinstance(stored, date) or isinstance(incoming, date):
        return bool(stored == incoming)
    return bool(stored == incoming)


def _organization_aliases(values: dict[str, Any]) -> set[str]:
    return {name_key(values.get(key)) for key in ("acronym", "full_name", "signatory_name")
            } - {""}


_NAME_FIELDS = {ImportKind.organizations: frozenset({"name"}),
                ImportKind.contacts: frozenset({"given_name", "family_name", "native_name"})}


def stored_label(values: dict[str, Any], kind: ImportKind) -> str:
    if kind is ImportKind.organizations:
        return str(values.get("name") or "")
    return contact_name(values.get("given_name"), values.get("family_name"),
                        values.get("native_name"))


def _set_update(row: PlanRow, record_id: int, stored: Stored, kind: ImportKind, *,
                rename: bool = False) -> None:
    """The row as an update of a stored record. A name that differs from the stored one
    replaces it only for our own export's stable ID, or when the user chose the file's
    spelling (`rename`); otherwise the stored name stays and the row's becomes an alias."""
    renames = rename or row.match.kind is MatchKind.stable_id
    changes: dict[str, Any] = {}
    for key, value in row.draft.values.items():
        if key == COLUMN:
            value = merged_with_stored(stored.values.get(key), value)
        if _same(stored.values.get(key), value):
            continue
        if (kind is ImportKind.organizations and key == "name"
                and name_key(value) in _organization_aliases(stored.values)):
            # "FIDH" in a name column matched the stored acronym: it is not a new name.
            continue
        if key in _NAME_FIELDS[kind] and stored.values.get(key) and not renames:
            continue
        changes[key] = value
    folded = {tag.casefold() for tag in stored.tags}
    row.record_id = record_id
    row.changes = changes
    row.new_tags = [tag for tag in row.draft.tags if tag.casefold() not in folded]
    row.reason = Message("")
    row.same_record_as = None
    old_name, new_name = stored_label(stored.values, kind), row.draft.label(kind)
    if renames and any(key in changes for key in _NAME_FIELDS[kind]):
        kept, name = old_name, stored_label({**stored.values, **changes}, kind)
    else:
        kept, name = new_name, old_name
    # Words in any order: "Tae Kyung Ha" is "Ha Tae Kyung", already recognised.
    known = {fuzzy_key(name)} | stored.aliases | {fuzzy_key(str(value)) for value in (
        stored.values.get(key) for key in ("acronym", "full_name", "signatory_name",
                                           "native_name")) if value}
    row.new_alias = kept if kept and fuzzy_key(kept) not in known else None
    row.action = (Action.update if changes or row.new_tags or row.new_alias
                  else Action.unchanged)


def _sync_affiliations(row: PlanRow, stored: Stored | None) -> None:
    """A contact row that adds an affiliation updates its record even if no field changed."""
    if stored is None or row.action not in {Action.update, Action.unchanged}:
        return
    if any(org_id not in stored.organization_ids for org_id in row.organization_ids) or (
            row.new_organizations):
        row.action = Action.update


def _load_stored(session: Session, kind: ImportKind, ids: Iterable[int]) -> dict[int, Stored]:
    wanted = sorted(set(ids))
    model: Any = Organization if kind is ImportKind.organizations else Contact
    base = OrganizationBase if kind is ImportKind.organizations else ContactBase
    stored: dict[int, Stored] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        for record in session.exec(select(model).where(col(model.id).in_(chunk))):
            assert record.id is not None
            values = {name: getattr(record, name) for name in base.model_fields}
            stored[record.id] = Stored(values=values, tags=set())
        if kind is ImportKind.organizations:
            tag_query: Any = (select(OrganizationTag.organization_id, Tag.name)
                              .join(Tag, col(Tag.id) == OrganizationTag.tag_id)
                              .where(col(OrganizationTag.organization_id).in_(chunk)))
        else:
            tag_query = (select(ContactTag.contact_id, Tag.name)
                         .join(Tag, col(Tag.id) == ContactTag.tag_id)
                         .where(col(ContactTag.contact_id).in_(chunk)))
            for contact_id, organization_id in session.exec(
                    select(Affiliation.contact_id, Affiliation.organization_id)
                    .where(col(Affiliation.contact_id).in_(chunk))):
                stored[contact_id].organization_ids.add(organization_id)
        for record_id, tag in session.exec(tag_query):
            stored[record_id].tags.add(tag)
        alias_query: Any = (
            select(OrganizationAlias.organization_id, OrganizationAlias.name)
            .where(col(OrganizationAlias.organization_id).in_(chunk))
            if kind is ImportKind.organizations else
            select(ContactAlias.contact_id, ContactAlias.name)
            .where(col(ContactAlias.contact_id).in_(chunk)))
        for record_id, alias in session.exec(alias_query):
            stored[record_id].aliases.add(fuzzy_key(alias))
    return stored


# --- preparing ----------------------------------------------------------------


def prepare_import(
    *,
    database: Database,
    table: SourceTable,
    kind: ImportKind,
    mapping: Sequence[str | None],
    on_match: OnMatch = OnMatch.update,
    on_possible: OnPossible = OnPossible.skip,
    new_status: MembershipStatus | None = None,
    people_as_contacts: bool = False,
) -> Generator[Progress, None, ImportPlan]:
    """Work out what every row will do; yields progress, returns the plan. Writes nothing.

    `new_status`: the membership status of organizations it creates that no column
    gives one (ImportPlan.new_status). `people_as_contacts`: rows of an organization
    list that are people go in as contacts of their company (ImportPlan.people).
    """
    check_mapping(kind, mapping, len(table.headers))
    total = len(table.rows)
    yield Progress("Checking rows", 0, total)
    with database.session() as session:
        maker = DraftMaker(kind=kind, mapping=mapping, date1904=table.date1904,
                           resolve=CountryResolver(session), headers=table.headers,
                           custom=custom_targets(session=session, kind=kind, mapping=mapping))
        making = drafts_of(maker, table.rows)
        while True:
            try:
                made = next(making)
            except StopIteration as finished:
                drafts: list[Draft] = finished.value
                break
            yield Progress("Checking rows", made, total)
        yield Progress("Looking for duplicates", 0, total)
        # Read in the same transaction as the records: the index is of this moment.
        matched_at = latest_change(session)
        index = stored_index(session, kind)
        matches = match_drafts(drafts, index)
        ids = [match.record_id for match in matches if match.record_id is not None]
        ids += [candidate.record_id for match in matches for candidate in match.candidates]
        stored = _load_stored(session, kind, ids)
        organizations = (organization_index(session)
                         if any(draft.organizations for draft in drafts) else None)
    rows = [PlanRow(draft=draft, match=match) for draft, match in zip(drafts, matches,
                                                                        strict=True)]
    plan = ImportPlan(kind=kind, table=table, mapping=list(mapping), rows=rows, stored=stored,
                      on_match=on_match, matched_at_change=matched_at,
                      new_status=new_status)
    _initial_actions(plan, index, organizations, on_possible)
    if organizations is not None:
        _note_close_organizations(plan.rows, organizations)
    yield Progress("Looking for duplicates", total, total)
    people = people_in(table, kind, mapping)
    if people is not None:
        plan.people = people
        for position in people.positions:
            row = plan.rows[position]
            row.person, row.action, row.record_id = True, Action.skip, None
            row.changes, row.new_tags, row.new_alias = {}, [], None
            row.duplicate_of = row.same_record_as = None
        contacts = people_table(table, people)
        try:
            plan.people_plan = yield from prepare_import(
                database=database, table=contacts, kind=ImportKind.contacts,
                mapping=people_mapping(table, people,
                                       guess_mapping(contacts, ImportKind.contacts), mapping),
                on_match=on_match, on_possible=on_possible, new_status=new_status)
        except InvalidInput:
            plan.people_plan = None  # no column names them: they stay left out
        plan.set_people_as_contacts(people_as_contacts)
    return plan


def _within_file_keys(row: PlanRow, kind: ImportKind) -> list[str]:
    draft = row.draft
    keys = [f"id:{draft.uuid}"] if draft.uuid else []
    if kind is ImportKind.organizations:
        name = name_key(draft.values.get("name"))
        country = draft.values.get("country_code") or ""
        keys.append(f"name:{name}:{country}")
    else:
        email = (draft.values.get("email") or "").casefold()
        if email:
            keys.append(f"email:{email}")
        else:
            keys.append(f"name:{name_key(draft.label(kind))}")
    return keys


def _initial_actions(plan: ImportPlan, index: StoredIndex, organizations: StoredIndex | None,
                     on_possible: OnPossible) -> None:
    seen_keys: dict[str, int] = {}
    seen_records: dict[int, int] = {}
    for row in plan.rows:
        if not row.draft.ok:
            row.action, row.reason = Action.error, joined(row.draft.problems)
            continue
        _link_organizations(row, organizations)
        earlier = next((seen_keys[key] for key in _within_file_keys(row, plan.kind)
                        if key in seen_keys), None)
        match = row.match
        if earlier is not None:
            row.action, row.duplicate_of = Action.skip, earlier
            row.reason = Message("same as row {row}", row=earlier)
            continue
        claimed = (match.record_id if match.record_id is not None
                   else match.candidates[0].record_id
                   if match.kind is MatchKind.possible and on_possible is OnPossible.update
                   else None)
        if claimed is not None and claimed in seen_records:
            # Another name for a record an earlier row updates: both are shown, this
            # one waits for the user (the command line skips and reports it).
            row.action, row.same_record_as = Action.skip, seen_records[claimed]
            row.reason = Message("updates the same record as row {row}",
                                 row=seen_records[claimed])
            continue
        for key in _within_file_keys(row, plan.kind):
            seen_keys[key] = row.number
        if match.record_id is not None:
            seen_records[match.record_id] = row.number
            _set_update(row, match.record_id, plan.stored[match.record_id], plan.kind)
            if plan.on_match is OnMatch.keep:
                row.action, row.changes, row.new_tags = Action.skip, {}, []
                row.new_alias = None
                row.reason = Message("kept the stored record")
        elif match.kind is MatchKind.possible:
            best = match.candidates[0]
            if on_possible is OnPossible.update and best.record_id in plan.stored:
                seen_records[best.record_id] = row.number
                _set_update(row, best.record_id, plan.stored[best.record_id], plan.kind)
            elif on_possible is OnPossible.create:
                row.action, row.new_tags = Action.create, list(row.draft.tags)
            else:
                row.action = Action.skip
                row.reason = Message("possible duplicate of {record} ({why}, score {score})",
                                     record=best.label, why=match.reason, score=best.score)
        else:
            row.action, row.new_tags = Action.create, list(row.draft.tags)
        _sync_affiliations(row, plan.stored.get(row.record_id or -1))


def _link_organizations(row: PlanRow, organizations: StoredIndex | None) -> None:
    if organizations is None:
        return
    for name in row.draft.organizations:
        found = organizations.keys.get(name_key(name), [])
        if found:
            if found[0] not in row.organization_ids:
                row.organization_ids.append(found[0])
        elif name not in row.new_organizations:
            row.new_organizations.append(name)
            row.draft.notes.append(f"creates the organization {name}")


def _note_close_organizations(rows: Sequence[PlanRow], organizations: StoredIndex) -> None:
    """An organization a contact row would create whose name is close to a stored one
    ("Human Right Watch"): said on the row, so that a typo does not become a new
    organization unseen."""
    names = list(dict.fromkeys(name for row in rows for name in row.new_organizations))
    close = {names[position]: candidates[0].label
             for position, candidates in fuzzy_candidates(names, organizations)}
    if not close:
        return
    for row in rows:
        for name in row.new_organizations:
            if name in close:
                row.draft.notes.append(Message(
                    "the organization {name} is not stored; a close one is: {record}",
                    name=name, record=close[name]))


# --- matching again, inside the write transaction ---------------------------------


def latest_change(session: Session, *, before: int | None = None) -> int:
    """The id of the latest operation in the journal (before `before`); 0 for none.

    Every change to the database is an operation, and one that changed nothing
    is dropped: the same id means nothing changed in between.
    """
    query = select(func.max(JournalOperation.id))
    if before is not None:
        query = query.where(col(JournalOperation.id) < before)
    return int(session.exec(query).one() or 0)


def rematch(session: Session, plan: ImportPlan, *, operation_id: int | None = None) -> int:
    """Match the rows still to be created again, against what is stored now; returns
    how many rows changed.

    Called by `apply_import` inside its write operation (BEGIN IMMEDIATE holds
    the writer lock), so what it sees stays true until the import commits. Two
    imports of the same file at once each planned to create every row; the
    second now finds the first's records and updates them, or leaves them
    unchanged. When nothing changed since the plan was matched (the journal's
    latest operation before `operation_id` is the one the plan saw), nothing is
    read. A record the row was already shown beside (the user chose to create a
    new one anyway) does not count as found.
    """
    if plan.matched_at_change is not None and (
            latest_change(session, before=operation_id) == plan.matched_at_change):
        return 0
    changed = 0
    relinked = relink_organizations(session, plan)
    creates = [row for row in plan.rows if row.action is Action.create]
    if creates:
        changed += _rematch_creates(session, plan, creates)
    # A stored contact that was to be linked to an organization the import would
    # create: the other import may have created and linked it already.
    again = [row for row in relinked if row.action is Action.update and row.record_id
             is not None and not row.changes and not row.new_tags]
    if again:
        plan.stored.update(_load_stored(session, plan.kind, (row.record_id or 0
                                                             for row in again)))
        for row in again:
            row.action = Action.unchanged
            _sync_affiliations(row, plan.stored[row.record_id or 0])
    return changed + len(relinked)


def relink_organizations(session: Session, plan: ImportPlan) -> list[PlanRow]:
    """Contacts' organizations the plan would create that are stored now; returns the
    rows that found one."""
    rows = [row for row in plan.rows if row.new_organizations
            and row.action in {Action.create, Action.update}]
    if not rows:
        return []
    organizations = organization_index(session)
    relinked: list[PlanRow] = []
    for row in rows:
        for name in list(row.new_organizations):
            found = organizations.keys.get(name_key(name), [])
            if not found:
                continue
            row.new_organizations.remove(name)
            note = f"creates the organization {name}"
            if note in row.draft.notes:
                row.draft.notes.remove(note)
            if found[0] not in row.organization_ids:
                row.organization_ids.append(found[0])
            if not relinked or relinked[-1] is not row:
                relinked.append(row)
    return relinked


def _rematch_creates(session: Session, plan: ImportPlan, creates: list[PlanRow]) -> int:
    index = stored_index(session, plan.kind)
    found: dict[int, PlanRow] = {}
    repeats: list[tuple[PlanRow, int]] = []
    matches: dict[int, Match] = {}
    for row in creates:
        match = exact_match(row.draft, index)
        if match.kind not in {MatchKind.same, MatchKind.stable_id} or match.record_id is None:
            continue
        shown = {row.match.record_id, *(candidate.record_id
                                         for candidate in row.match.candidates)}
        if match.record_id in shown:
            continue
        if match.record_id in found:
            repeats.append((row, found[match.record_id].number))
            continue
        found[match.record_id] = row
        matches[match.record_id] = match
    if not found:
        return 0
    plan.stored.update(_load_stored(session, plan.kind, found))
    for record_id, row in found.items():
        row.match = matches[record_id]
        _set_update(row, record_id, plan.stored[record_id], plan.kind)
        if plan.on_match is OnMatch.keep:
            row.action, row.changes, row.new_tags = Action.skip, {}, []
            row.new_alias = None
            row.reason = Message("kept the stored record")
        _sync_affiliations(row, plan.stored[record_id])
    for row, earlier in repeats:
        row.action, row.duplicate_of, row.new_tags = Action.skip, earlier, []
        row.reason = Message("same as row {row}", row=earlier)
    return len(found) + len(repeats)
