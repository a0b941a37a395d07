"""Exports for partners: workbooks and csv files that are useful at once and leak nothing.

    result = run_export(database=db, request=ExportRequest(
        kind=ExportKind.contacts, target=Path("contacts.xlsx")))

`export_steps` is the same as a generator of progress, for the GUI.
"""

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
