"""Human-readable, translatable names for the values stored in enum columns.

The database keeps lowercase identifiers ("non_member", "un_body"); people see
these labels. Each string is spelled out in a translate() call so that
pyside6-lupdate can extract it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from coalitiondesk.core.models import MembershipStatus, OrganizationKind, Sensitivity


def organization_kind_label(kind: str | None) -> str:
    labels: dict[str, str] = {
        OrganizationKind.ngo: QCoreApplication.translate("OrganizationKind", "NGO"),
        OrganizationKind.network: QCoreApplication.translate("OrganizationKind", "Network"),
        OrganizationKind.un_body: QCoreApplication.translate("OrganizationKind", "UN body"),
        OrganizationKind.government: QCoreApplication.translate("OrganizationKind", "Government"),
        OrganizationKind.media: QCoreApplication.translate("OrganizationKind", "Media"),
        OrganizationKind.academic: QCoreApplication.translate("OrganizationKind", "Academic"),
        OrganizationKind.other: QCoreApplication.translate("OrganizationKind", "Other"),
    }
    return _label(labels, kind)


def membership_status_label(status: str | None) -> str:
    labels: dict[str, str] = {
        MembershipStatus.member: QCoreApplication.translate("MembershipStatus", "Member"),
        MembershipStatus.observer: QCoreApplication.translate("MembershipStatus", "Observer"),
        MembershipStatus.prospect: QCoreApplication.translate("MembershipStatus", "Prospect"),
        MembershipStatus.former: QCoreApplication.translate("MembershipStatus", "Former"),
        MembershipStatus.non_member: QCoreApplication.translate("MembershipStatus", "Non-member"),
    }
    return _label(labels, status)


def sensitivity_label(sensitivity: str | None) -> str:
    labels: dict[str, str] = {
        Sensitivity.normal: QCoreApplication.translate("Sensitivity", "Normal"),
        Sensitivity.restricted: QCoreApplication.translate("Sensitivity", "Restricted"),
    }
    return _label(labels, sensitivity)


def _label(labels: Mapping[str, str], value: str | None) -> str:
    if value is None:
        return ""
    # A value written by a newer version still shows, readably, instead of vanishing.
    return labels.get(value, str(value).replace("_", " ").capitalize())


def choice_label(choices: type[StrEnum], value: str | None) -> str:
    """The label of `value`, one of the enumeration `choices` (a registry field's)."""
    return _CHOICE_LABELS[choices](value)


_CHOICE_LABELS: dict[type[StrEnum], Callable[[str | None], str]] = {
    OrganizationKind: organization_kind_label,
    MembershipStatus: membership_status_label,
    Sensitivity: sensitivity_label,
}
