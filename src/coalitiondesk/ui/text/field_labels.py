"""The names of records' fields (core.records.fields) in the interface's language.

A field's label, hint and tip are English in the registry; the forms, the import
wizard's targets and the export dialog's columns show them translated in the
"Fields" context, so a field is translated once. lupdate reads only literal
strings, so every text is listed below (tests/ui/test_form_fields_from_registry.py checks
that a field added to the registry is listed here too).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from coalitiondesk.core.records.fields import REGISTRY, Field

FIELDS = "Fields"


def field_label(entry: Field) -> str:
    return QCoreApplication.translate(FIELDS, entry.label)


_LABELS = frozenset(entry.label for fields in REGISTRY.values() for entry in fields)


def column_label(text: str, context: str) -> str:
    """An import target's or export column's English label, translated: a field's
    label as the forms show it, anything else (computed columns, import-only
    targets) in the dialog's own `context`."""
    return QCoreApplication.translate(FIELDS if text in _LABELS else context, text)


def field_hint(entry: Field) -> str:
    return QCoreApplication.translate(FIELDS, entry.hint) if entry.hint else ""


def field_tip(entry: Field) -> str:
    return QCoreApplication.translate(FIELDS, entry.tip) if entry.tip else ""


FIELD_TEXTS = (
    QT_TRANSLATE_NOOP("Fields", "Name"),
    QT_TRANSLATE_NOOP("Fields", "Required"),
    QT_TRANSLATE_NOOP("Fields", "Acronym"),
    QT_TRANSLATE_NOOP("Fields", "Full organization name"),
    QT_TRANSLATE_NOOP("Fields", "When longer than the name"),
    QT_TRANSLATE_NOOP("Fields", "Native name"),
    QT_TRANSLATE_NOOP("Fields", "e.g. 북한인권시민연합"),
    QT_TRANSLATE_NOOP("Fields", "Sort name"),
    QT_TRANSLATE_NOOP("Fields", "When the name sorts wrongly"),
    QT_TRANSLATE_NOOP("Fields", "Name on signatory lines"),
    QT_TRANSLATE_NOOP("Fields", "When not the name"),
    QT_TRANSLATE_NOOP("Fields", "The organization's name on the signatory lines of letters, when not its name"),  # noqa: E501
    QT_TRANSLATE_NOOP("Fields", "Kind"),
    QT_TRANSLATE_NOOP("Fields", "Country code"),
    QT_TRANSLATE_NOOP("Fields", "Show the country on signatory lines"),
    QT_TRANSLATE_NOOP("Fields", "Membership status"),
    QT_TRANSLATE_NOOP("Fields", "Joined on"),
    QT_TRANSLATE_NOOP("Fields", "Left on"),
    QT_TRANSLATE_NOOP("Fields", "Website"),
    QT_TRANSLATE_NOOP("Fields", "Mobile phone"),
    QT_TRANSLATE_NOOP("Fields", "County or district"),
    QT_TRANSLATE_NOOP("Fields", "Own fields"),
    QT_TRANSLATE_NOOP("Fields", "e.g. www.example.org"),
    QT_TRANSLATE_NOOP("Fields", "Email"),
    QT_TRANSLATE_NOOP("Fields", "e.g. office@example.org"),
    QT_TRANSLATE_NOOP("Fields", "Phone"),
    QT_TRANSLATE_NOOP("Fields", "Local, or international with +"),
    QT_TRANSLATE_NOOP("Fields", "Do not share with partners"),
    QT_TRANSLATE_NOOP("Fields", "Left out of exports for partners and of printed signatory blocks"),
    QT_TRANSLATE_NOOP("Fields", "Street"),
    QT_TRANSLATE_NOOP("Fields", "Street 2"),
    QT_TRANSLATE_NOOP("Fields", "City"),
    QT_TRANSLATE_NOOP("Fields", "Region"),
    QT_TRANSLATE_NOOP("Fields", "State, province or prefecture"),
    QT_TRANSLATE_NOOP("Fields", "Postcode"),
    QT_TRANSLATE_NOOP("Fields", "Address country code"),
    QT_TRANSLATE_NOOP("Fields", "Address in own script"),
    QT_TRANSLATE_NOOP("Fields", "Notes"),
    QT_TRANSLATE_NOOP("Fields", "Given name"),
    QT_TRANSLATE_NOOP("Fields", "Family name"),
    QT_TRANSLATE_NOOP("Fields", "Family name first"),
    QT_TRANSLATE_NOOP("Fields", "As Korean, Japanese and Chinese names are written: Ha Tae Kyung"),
    QT_TRANSLATE_NOOP("Fields", "e.g. 하태경"),
    QT_TRANSLATE_NOOP("Fields", "Honorific"),
    QT_TRANSLATE_NOOP("Fields", "e.g. Mr, Ms, Dr, Rev."),
    QT_TRANSLATE_NOOP("Fields", "Salutation"),
    QT_TRANSLATE_NOOP("Fields", "Position"),
    QT_TRANSLATE_NOOP("Fields", "e.g. name@example.org"),
    QT_TRANSLATE_NOOP("Fields", "Social handle"),
    QT_TRANSLATE_NOOP("Fields", "e.g. @handle (X)"),
    QT_TRANSLATE_NOOP("Fields", "Language"),
    QT_TRANSLATE_NOOP("Fields", "Code such as ko, ja, en"),
    QT_TRANSLATE_NOOP("Fields", "Do not send post"),
    QT_TRANSLATE_NOOP("Fields", "Do not send e-mail"),
    QT_TRANSLATE_NOOP("Fields", "Sensitivity"),
    QT_TRANSLATE_NOOP("Fields", "Restricted contacts stay on this computer: exports and partner lists leave them out unless you include restricted records explicitly"),  # noqa: E501
)
