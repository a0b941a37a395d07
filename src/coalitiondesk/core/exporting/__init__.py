"""Exports for partners: workbooks and csv files that are useful at once and leak nothing.

    result = run_export(database=db, request=ExportRequest(
        kind=ExportKind.contacts, target=Path("contacts.xlsx")))

`export_steps` is the same as a generator of progress, for the GUI.

The names are loaded on first use (PEP 562): the importer reads csv escapes
from coalitiondesk.core.exporting.escaping, and a command that exports nothing
should not load the workbook writers for it.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from coalitiondesk.core.exporting.columns import Column, ExportKind, ValueType, export_kind
    from coalitiondesk.core.exporting.profiles import (
        FULL,
        PARTNER_LIST,
        Profile,
        delete_profile,
        get_profile,
        list_profiles,
        save_profile,
    )
    from coalitiondesk.core.exporting.redaction import DO_NOT_SHARE_TAG, LeftOut, Reason
    from coalitiondesk.core.exporting.run import (
        ExportPreview,
        ExportRequest,
        ExportResult,
        chosen_profile,
        export_steps,
        preview_export,
        run_export,
    )
    from coalitiondesk.core.exporting.scope import ActivityFilter, Scope, SignatoryFilter
    from coalitiondesk.core.exporting.target import ExportTargetUnavailable, FileFormat

_MODULES = {
    "columns": ("Column", "ExportKind", "ValueType", "export_kind"),
    "profiles": ("FULL", "PARTNER_LIST", "Profile", "delete_profile", "get_profile",
                 "list_profiles", "save_profile"),
    "redaction": ("DO_NOT_SHARE_TAG", "LeftOut", "Reason"),
    "run": ("ExportPreview", "ExportRequest", "ExportResult", "chosen_profile", "export_steps",
            "preview_export", "run_export"),
    "scope": ("ActivityFilter", "Scope", "SignatoryFilter"),
    "target": ("ExportTargetUnavailable", "FileFormat"),
}
_WHERE = {name: f"{__name__}.{module}" for module, names in _MODULES.items() for name in names}


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(_WHERE[name]), name)
    globals()[name] = value
    return value


__all__ = [
    "DO_NOT_SHARE_TAG",
    "FULL",
    "PARTNER_LIST",
    "ActivityFilter",
    "Column",
    "ExportKind",
    "ExportPreview",
    "ExportRequest",
    "ExportResult",
    "ExportTargetUnavailable",
    "FileFormat",
    "LeftOut",
    "Profile",
    "Reason",
    "Scope",
    "SignatoryFilter",
    "ValueType",
    "chosen_profile",
    "delete_profile",
    "export_kind",
    "export_steps",
    "get_profile",
    "list_profiles",
    "preview_export",
    "run_export",
    "save_profile",
]
