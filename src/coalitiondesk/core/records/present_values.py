"""The values records of a kind hold, for the tables' filter choices.

A country or tag offered as a filter that no record of the table has finds
nothing; these functions list what the records hold instead. A coordinator's own
text field ("Region", "Source") becomes a choice too when its records hold few
enough different values to pick from (MAX_CHOICES), compared without case as the
filter compares them.
"""

from __future__ import annotations

from typing import Literal

import sqlalchemy as sa
from sqlmodel import Session, col, select

from coalitiondesk.core.models import (
    Contact,
    ContactTag,
    Country,
    CustomField,
    CustomFieldType,
    Organization,
    OrganizationTag,
    Tag,
)
from coalitiondesk.core.records import custom_fields

RecordKind = Literal["organization", "contact"]

MAX_CHOICES = 25
"""More different values than this are for the search box, not a drop-down."""


def countries_present(*, session: Session, record_kind: RecordKind) -> list[Country]:
    """The countries of the kind's records (a contact's is its address's), by name."""
    code = (col(Organization.country_code) if record_kind == "organization"
            else col(Contact.address_country_code))
    used = sa.select(code).where(code.is_not(None)).distinct()
    return list(session.exec(select(Country).where(col(Country.code).in_(used))
                             .order_by(col(Country.name))))


def tags_present(*, session: Session, record_kind: RecordKind) -> list[str]:
    """The tags on at least one record of the kind, alphabetically."""
    link = OrganizationTag if record_kind == "organization" else ContactTag
    used = sa.select(col(link.tag_id)).distinct()
    return list(session.exec(select(Tag.name).where(col(Tag.id).in_(used))
                             .order_by(sa.func.lower(Tag.name), col(Tag.name))))


def text_values_present(*, session: Session, definition: CustomField,
                        limit: int = MAX_CHOICES) -> tuple[str, ...] | None:
    """The different values an own text field holds (one spelling of each, without
    regard to case), or None when there are more than `limit`."""
    if CustomFieldType(definition.value_type) is not CustomFieldType.text:
        return None
    assert definition.id is not None
    model = Organization if definition.record_kind == "organization" else Contact
    text = custom_fields.value_expression(session=session, model=model,
                                          field_id=definition.id).as_string()
    folded = sa.func.lower(text)
    # Of "HAMGYONG" and "Hamgyong", max() shows the one written in small letters.
    rows = session.execute(
        sa.select(sa.func.max(text)).where(text.is_not(None), text != "")
        .group_by(folded).order_by(folded).limit(limit + 1)).scalars().all()
    return None if len(rows) > limit else tuple(str(value) for value in rows)
