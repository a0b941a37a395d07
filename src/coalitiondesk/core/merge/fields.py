"""The merge fields a letter's body may use, as the editor's "Insert field" menu lists them.

Labels and groups are English; the GUI translates them.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType
from typing import Final


class FieldGroup(StrEnum):
    recipient = "Recipient"
    letter = "Letter"
    signatories = "Signatories"
    sender = "Sender"


@dataclass(frozen=True)
class MergeField:
    key: str
    """The name used in the template: {{ key }}."""
    label: str
    group: FieldGroup
    # Multi-line values (address and signatory blocks) become lines, not one paragraph.
    multiline: bool = False


FIELDS: Final[tuple[MergeField, ...]] = (
    MergeField("full_name", "Full name", FieldGroup.recipient),
    MergeField("honorific", "Honorific", FieldGroup.recipient),
    MergeField("given_name", "Given name", FieldGroup.recipient),
    MergeField("family_name", "Family name", FieldGroup.recipient),
    MergeField("native_name", "Name in own script", FieldGroup.recipient),
    MergeField("salutation", "Salutation", FieldGroup.recipient),
    MergeField("position", "Position", FieldGroup.recipient),
    MergeField("organization", "Organization", FieldGroup.recipient),
    MergeField("country", "Country", FieldGroup.recipient),
    MergeField("address_block", "Address block", FieldGroup.recipient, multiline=True),
    MergeField("letter_date", "Letter date", FieldGroup.letter),
    MergeField("today", "Today's date", FieldGroup.letter),
    MergeField("title", "Letter title", FieldGroup.letter),
    MergeField("closing", "Closing", FieldGroup.letter),
    MergeField("signatory_block", "Signatory block", FieldGroup.signatories, multiline=True),
    MergeField("signatory_count", "Number of signatories", FieldGroup.signatories),
    MergeField("country_count", "Number of signatories' countries", FieldGroup.signatories),
    MergeField("sender_name", "Sender name", FieldGroup.sender),
    MergeField("sender_address", "Sender address", FieldGroup.sender, multiline=True),
)

FIELDS_BY_KEY: Final = MappingProxyType({field.key: field for field in FIELDS})

FIELD_KEYS: Final[frozenset[str]] = frozenset(FIELDS_BY_KEY)


def insert_text(key: str) -> str:
    """The snippet the editor inserts for a field: "{{ salutation }}"."""
    if key not in FIELDS_BY_KEY:
        raise KeyError(key)
    return f"{{{{ {key} }}}}"


def conditional_text(key: str, text: str = "") -> str:
    """A paragraph printed only when the field has a value:
    "{% if position %}…{{ position }}…{% endif %}"."""
    inner = text or insert_text(key)
    return f"{{% if {key} %}}{inner}{{% endif %}}"


CONDITIONAL_EXAMPLE: Final = conditional_text("position", "As {{ position }}, you …")
