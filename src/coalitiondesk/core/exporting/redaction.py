"""What an export leaves out, and why.

Restricted contacts never leave the machine unless the coordinator
explicitly includes them, and neither do contacts or organizations marked
"do not share" (a flag of their own, which a "do not share" tag in any
spelling also sets: core.tags.marks_do_not_share). An activity involving a withheld record
is withheld too, since its subject may name the person. Private columns are
left out unless a profile or the column picker names them.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from enum import StrEnum

from sqlmodel import Session, col, select

from coalitiondesk.core.exporting.columns import Column, ExportKind, columns_for
from coalitiondesk.core.models import Contact, Organization, Sensitivity

DO_NOT_SHARE_TAG = "do not share"


class Reason(StrEnum):
    """Why a record was left out, as "1 …" reads (see `plural` for "2 …")."""

    restricted = "restricted contact"
    do_not_share = "record marked “do not share”"
    involves_restricted = "activity involving a restricted contact"
    involves_do_not_share = "activity involving a record marked “do not share”"

    def plural(self) -> str:
        return _PLURALS[self]


_PLURALS = {
    Reason.restricted: "restricted contacts",
    Reason.do_not_share: "records marked “do not share”",
    Reason.involves_restricted: "activities involving a restricted contact",
    Reason.involves_do_not_share: "activities involving a record marked “do not share”",
}


@dataclass(frozen=True)
class Withheld:
    """The records an export leaves out unless restricted records are included."""

    restricted_contacts: frozenset[int] = frozenset()
    do_not_share_contacts: frozenset[int] = frozenset()
    do_not_share_organizations: frozenset[int] = frozenset()

    def contact_reason(self, contact_id: int) -> Reason | None:
        if contact_id in self.restricted_contacts:
            return Reason.restricted
        if contact_id in self.do_not_share_contacts:
            return Reason.do_not_share
        return None

    def organization_reason(self, organization_id: int) -> Reason | None:
        return Reason.do_not_share if organization_id in self.do_not_share_organizations else None


def withheld_records(*, session: Session) -> Withheld:
    restricted = session.exec(
        select(Contact.id).where(Contact.sensitivity == Sensitivity.restricted)
    ).all()
    contacts = session.exec(select(Contact.id).where(col(Contact.do_not_share).is_(True))).all()
    organizations = session.exec(
        select(Organization.id).where(col(Organization.do_not_share).is_(True))).all()
    return Withheld(
        restricted_contacts=frozenset(i for i in restricted if i is not None),
        do_not_share_contacts=frozenset(i for i in contacts if i is not None),
        do_not_share_organizations=frozenset(i for i in organizations if i is not None),
    )


@dataclass
class LeftOut:
    """Records of the export's scope that a partner does not get, counted by reason.

    With restricted records included, the same counts say how many went in.
    """

    counts: Counter[Reason] = field(default_factory=Counter)

    def add(self, reason: Reason) -> None:
        self.counts[reason] += 1

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def by_reason(self) -> dict[str, int]:
        return {reason.value: self.counts[reason] for reason in Reason if self.counts[reason]}

    def describe(self) -> str:
        """ "3 restricted contacts, 1 record marked “do not share”" or "none"."""
        if not self.total:
            return "none"
        parts = []
        for reason in Reason:
            count = self.counts[reason]
            if count:
                parts.append(f"{count:,} {reason.value if count == 1 else reason.plural()}")
        return ", ".join(parts)


def private_columns(kind: ExportKind) -> tuple[Column, ...]:
    return tuple(column for column in columns_for(kind) if column.private)


def private_left_out(kind: ExportKind, chosen: tuple[Column, ...]) -> tuple[Column, ...]:
    keys = {column.key for column in chosen}
    return tuple(column for column in private_columns(kind) if column.key not in keys)
