"""Personal names in the right order, and how to greet their owners."""

from __future__ import annotations

from typing import Protocol

DEFAULT_SALUTATION_FALLBACK = "Dear Sir or Madam,"


class Named(Protocol):
    given_name: str | None
    family_name: str | None
    family_name_first: bool
    native_name: str | None
    honorific: str | None
    salutation: str | None


def _clean(text: str | None) -> str:
    return " ".join((text or "").split())


def full_name(person: Named) -> str:
    """The romanised name in the person's own order: "Ha Tae Kyung", "Phil Robertson".

    Falls back to the native-script name when no romanised name is stored.
    """
    given, family = _clean(person.given_name), _clean(person.family_name)
    parts = [family, given] if person.family_name_first else [given, family]
    name = " ".join(part for part in parts if part)
    return name or _clean(person.native_name)


def sort_name(person: Named) -> str:
    """Family name first for sorting lists, whatever the display order."""
    given, family = _clean(person.given_name), _clean(person.family_name)
    if family and given:
        return f"{family}, {given}"
    return family or given or _clean(person.native_name)


def salutation(person: Named, *, fallback: str = DEFAULT_SALUTATION_FALLBACK) -> str:
    """The override when set, else honorific and family name, else the neutral fallback."""
    override = _clean(person.salutation)
    if override:
        return override
    honorific, family = _clean(person.honorific), _clean(person.family_name)
    if honorific and family:
        return f"Dear {honorific} {family},"
    return fallback
