"""The names of records' fields (core.records.fields) in the interface's language.

A field's label, hint and tip are English in the registry; the forms show them
translated in the "Fields" context. The import wizard shows a field's label as an
import target ("MappingPage") and the export dialog as a column header
("ExportColumns"), each in its own context. lupdate reads only literal strings, so
every text is listed below (tests/ui/test_field_registry.py checks that a field
added to the registry is listed here too).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from coalitiondesk.core.records.fields import Field

FIELDS = "Fields"


def field_label(entry: Field) -> str:
    return QCoreApplication.translate(FIELDS, entry.label)


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

# The labels of imported fields, as the import wizard's column choices.
IMPORT_LABELS = (
    QT_TRANSLATE_NOOP("MappingPage", "Name"),
    QT_TRANSLATE_NOOP("MappingPage", "Acronym"),
    QT_TRANSLATE_NOOP("MappingPage", "Full organization name"),
    QT_TRANSLATE_NOOP("MappingPage", "Native name"),
    QT_TRANSLATE_NOOP("MappingPage", "Sort name"),
    QT_TRANSLATE_NOOP("MappingPage", "Name on signatory lines"),
    QT_TRANSLATE_NOOP("MappingPage", "Kind"),
    QT_TRANSLATE_NOOP("MappingPage", "Country code"),
    QT_TRANSLATE_NOOP("MappingPage", "Show the country on signatory lines"),
    QT_TRANSLATE_NOOP("MappingPage", "Membership status"),
    QT_TRANSLATE_NOOP("MappingPage", "Joined on"),
    QT_TRANSLATE_NOOP("MappingPage", "Left on"),
    QT_TRANSLATE_NOOP("MappingPage", "Website"),
    QT_TRANSLATE_NOOP("MappingPage", "Email"),
    QT_TRANSLATE_NOOP("MappingPage", "Phone"),
    QT_TRANSLATE_NOOP("MappingPage", "Street"),
    QT_TRANSLATE_NOOP("MappingPage", "Street 2"),
    QT_TRANSLATE_NOOP("MappingPage", "City"),
    QT_TRANSLATE_NOOP("MappingPage", "Region"),
    QT_TRANSLATE_NOOP("MappingPage", "Postcode"),
    QT_TRANSLATE_NOOP("MappingPage", "Address country code"),
    QT_TRANSLATE_NOOP("MappingPage", "Notes"),
    QT_TRANSLATE_NOOP("MappingPage", "Given name"),
    QT_TRANSLATE_NOOP("MappingPage", "Family name"),
    QT_TRANSLATE_NOOP("MappingPage", "Family name first"),
    QT_TRANSLATE_NOOP("MappingPage", "Honorific"),
    QT_TRANSLATE_NOOP("MappingPage", "Salutation"),
    QT_TRANSLATE_NOOP("MappingPage", "Position"),
    QT_TRANSLATE_NOOP("MappingPage", "Social handle"),
    QT_TRANSLATE_NOOP("MappingPage", "Language"),
    QT_TRANSLATE_NOOP("MappingPage", "Do not send post"),
    QT_TRANSLATE_NOOP("MappingPage", "Do not send e-mail"),
    QT_TRANSLATE_NOOP("MappingPage", "Sensitivity"),
)

# The labels of exported fields, as the export dialog's column headers.
EXPORT_HEADERS = (
    QT_TRANSLATE_NOOP("ExportColumns", "Name"),
    QT_TRANSLATE_NOOP("ExportColumns", "Acronym"),
    QT_TRANSLATE_NOOP("ExportColumns", "Full organization name"),
    QT_TRANSLATE_NOOP("ExportColumns", "Native name"),
    QT_TRANSLATE_NOOP("ExportColumns", "Name on signatory lines"),
    QT_TRANSLATE_NOOP("ExportColumns", "Kind"),
    QT_TRANSLATE_NOOP("ExportColumns", "Country code"),
    QT_TRANSLATE_NOOP("ExportColumns", "Membership status"),
    QT_TRANSLATE_NOOP("ExportColumns", "Joined on"),
    QT_TRANSLATE_NOOP("ExportColumns", "Left on"),
    QT_TRANSLATE_NOOP("ExportColumns", "Website"),
    QT_TRANSLATE_NOOP("ExportColumns", "Email"),
    QT_TRANSLATE_NOOP("ExportColumns", "Phone"),
    QT_TRANSLATE_NOOP("ExportColumns", "Street"),
    QT_TRANSLATE_NOOP("ExportColumns", "Street 2"),
    QT_TRANSLATE_NOOP("ExportColumns", "City"),
    QT_TRANSLATE_NOOP("ExportColumns", "Region"),
    QT_TRANSLATE_NOOP("ExportColumns", "Postcode"),
    QT_TRANSLATE_NOOP("ExportColumns", "Address country code"),
    QT_TRANSLATE_NOOP("ExportColumns", "Notes"),
    QT_TRANSLATE_NOOP("ExportColumns", "Given name"),
    QT_TRANSLATE_NOOP("ExportColumns", "Family name"),
    QT_TRANSLATE_NOOP("ExportColumns", "Family name first"),
    QT_TRANSLATE_NOOP("ExportColumns", "Honorific"),
    QT_TRANSLATE_NOOP("ExportColumns", "Salutation"),
    QT_TRANSLATE_NOOP("ExportColumns", "Position"),
    QT_TRANSLATE_NOOP("ExportColumns", "Social handle"),
    QT_TRANSLATE_NOOP("ExportColumns", "Language"),
    QT_TRANSLATE_NOOP("ExportColumns", "Do not send post"),
    QT_TRANSLATE_NOOP("ExportColumns", "Do not send e-mail"),
    QT_TRANSLATE_NOOP("ExportColumns", "Sensitivity"),
)
