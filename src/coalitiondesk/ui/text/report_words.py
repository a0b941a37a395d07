"""A report's column heads and words in the interface's language.

Core builds reports in English (coalitiondesk.core.reports), as their Excel and
PDF files carry them: country and region names, a letter's status, activity
kinds as column heads, "International". The Reports tab shows them translated,
knowing each by the column it is in; names and numbers pass as they are.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from coalitiondesk.core.exporting.labels import value_label
from coalitiondesk.core.geography.countries import iso_countries
from coalitiondesk.core.models import ActivityKind, LetterStatus
from coalitiondesk.core.reports import INTERNATIONAL
from coalitiondesk.ui.app.i18n import country_name, region_name
from coalitiondesk.ui.forms.activity_form import activity_kind_label
from coalitiondesk.ui.widgets.letter_editor import letter_status_label

_INTERNATIONAL = QT_TRANSLATE_NOOP("Reports", "International")


@cache
def _country_codes() -> dict[str, str]:
    return {info.name: info.code for info in iso_countries()}


@cache
def _activity_kinds() -> dict[str, str]:
    return {value_label(ActivityKind, kind) or kind: kind.value for kind in ActivityKind}


@cache
def _letter_statuses() -> dict[str, str]:
    return {value_label(LetterStatus, status) or status: status.value
            for status in LetterStatus}


def report_header(header: str) -> str:
    """A column head: core's words, or an activity kind (Activities per month)."""
    kind = _activity_kinds().get(header)
    if kind is not None:
        return activity_kind_label(kind)
    return QCoreApplication.translate("ReportHeaders", header)


def report_value(header: str, value: str) -> str:
    """A text cell of the column headed `header` (core's English head)."""
    if header in ("Country", "Region") and value == INTERNATIONAL:
        return QCoreApplication.translate("Reports", str(_INTERNATIONAL))
    if header == "Country":
        code = _country_codes().get(value)
        return country_name(code, value) if code else value
    if header == "Region":
        return region_name(value)
    if header == "Status":
        status = _letter_statuses().get(value)
        return letter_status_label(status) if status else value
    return value
