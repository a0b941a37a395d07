"""Which records an export covers: all of a kind, the current filter, or a selection."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session

from coalitiondesk.core.errors import InvalidInput
from coalitiondesk.core.exporting.columns import ExportKind
from coalitiondesk.core.models import (
    ActivityKind,
    Letter,
    Organization,
    SavedGroup,
    SignatureStatus,
)
from coalitiondesk.core.records.contacts import ContactFilter
from coalitiondesk.core.records.organizations import OrganizationFilter


@dataclass(frozen=True)
class SignatoryFilter:
    status: SignatureStatus | None = None


@dataclass(frozen=True)
class ActivityFilter:
    kind: ActivityKind | None = None
    organization_id: int | None = None
    contact_id: int | None = None
    letter_id: int | None = None


Filters = OrganizationFilter | ContactFilter | SignatoryFilter | ActivityFilter

FILTER_TYPES: dict[ExportKind, type[Any] | None] = {
    ExportKind.organizations: OrganizationFilter,
    ExportKind.contacts: ContactFilter,
    ExportKind.countries: None,
    ExportKind.signatories: SignatoryFilter,
    ExportKind.recipients: None,
    ExportKind.activities: ActivityFilter,
}


@dataclass(frozen=True)
class Scope:
    """All records (neither set), those a filter lets through, or those selected.

    Selected keys are record ids, country codes for countries, and
    organization ids for a letter's signatories.
    """

    filters: Filters | None = None
    selected: tuple[int | str, ...] | None = None

    def check(self, kind: ExportKind) -> None:
        if self.filters is not None and self.selected is not None:
            raise InvalidInput("Export either the current filter or the selection, not both")
        expected = FILTER_TYPES[kind]
        if self.filters is not None and (expected is None
                                         or not isinstance(self.filters, expected)):
            raise InvalidInput("That filter does not apply to {value}", value=kind.value)

    def describe(self, kind: ExportKind) -> str:
        """What the About sheet says of the scope: never the filter's criteria.

        A search text, a tag or an organization filtered on can itself name
        someone ("defector", a withheld organization), so the file only says
        that a filter applied; the Rows and Left out lines give the counts.
        """
        if self.selected is not None:
            return f"selected {kind.value} ({len(self.selected):,})"
        if self.filters is None:
            return f"all {kind.value}"
        return f"{kind.value} shown by a filter (its criteria are not written in this file)"


def has_criteria(filters: Filters | None) -> bool:
    """Whether `filters` lets fewer than all records through (a table's empty filter does not)."""
    return filters is not None and bool(_set_fields(filters))


def describe_filters(*, session: Session, filters: Filters) -> str:
    """ "country code: KR; tag: press", or "none", for the coordinator's own screen only:
    never written into a file (see Scope.describe)."""
    parts = [_describe_part(session, field.name, value)
             for field, value in _set_fields(filters)]
    return "; ".join(parts) if parts else "none"


def _set_fields(filters: Filters) -> list[tuple[dataclasses.Field[Any], Any]]:
    return [
        (field, getattr(filters, field.name)) for field in dataclasses.fields(filters)
        if getattr(filters, field.name) not in (None, "", field.default)
    ]


def _describe_part(session: Session, name: str, value: Any) -> str:
    label = name.replace("_id", "").replace("_", " ")
    if name == "organization_id":
        organization = session.get(Organization, value)
        value = organization.name if organization is not None else value
    elif name == "group_id":
        group = session.get(SavedGroup, value)
        value = group.name if group is not None else value
    elif name == "letter_id":
        letter = session.get(Letter, value)
        value = letter.title if letter is not None else value
    elif name == "contact_id":
        # The About sheet names no person, not even the one filtered on.
        return "one contact's records"
    elif isinstance(value, bool):
        return f"{label}: {'yes' if value else 'no'}"
    return f"{label}: {value}"
