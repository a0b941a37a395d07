"""Importing partners' workbooks, csv files and pasted lists.

    read_file / read_pasted      -> SourceTable          (readers)
    kind_for, initial_mapping    -> ImportKind, mapping  (fields, mapping)
    prepare_import               -> ImportPlan           (drafts, dedupe, plan)
    plan.decide(...)                                     the user's choices on duplicates
    apply_import                 -> ImportResult         (apply: one transaction, a batch)
    undo_import                                          (apply)

prepare_import and apply_import are generators yielding Progress, so that the
GUI can run them off the UI thread with a progress bar and a cancel button;
`run_to_end` drives one where nobody watches.

The names are loaded on first use (PEP 562): the workbook reader's child process
imports coalitiondesk.core.importing.calamine_process, and with it this package,
so that importing the package must not bring in the rest of the application.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from coalitiondesk.core.importing.apply import (
        ImportResult,
        UndoResult,
        apply_import,
        list_imports,
        undo_import,
    )
    from coalitiondesk.core.importing.fields import ImportKind
    from coalitiondesk.core.importing.mapping import (
        ColumnMapping,
        guess_mapping,
        initial_mapping,
        kind_for,
    )
    from coalitiondesk.core.importing.plan import (
        Action,
        ImportPlan,
        OnMatch,
        OnPossible,
        PlanRow,
        prepare_import,
    )
    from coalitiondesk.core.importing.readers import (
        SourceTable,
        UnreadableFile,
        read_file,
        read_pasted,
        sheet_choices,
    )
    from coalitiondesk.core.importing.report import report_path, write_error_report
    from coalitiondesk.core.progress import Progress, run_to_end

_MODULES = {
    "apply": ("ImportResult", "UndoResult", "apply_import", "list_imports", "undo_import"),
    "fields": ("ImportKind",),
    "mapping": ("ColumnMapping", "guess_mapping", "initial_mapping", "kind_for"),
    "plan": ("Action", "ImportPlan", "OnMatch", "OnPossible", "PlanRow", "prepare_import"),
    "readers": ("SourceTable", "UnreadableFile", "read_file", "read_pasted", "sheet_choices"),
    "report": ("report_path", "write_error_report"),
}
_WHERE = {name: f"{__name__}.{module}" for module, names in _MODULES.items()
          for name in names} | {"Progress": "coalitiondesk.core.progress",
                                "run_to_end": "coalitiondesk.core.progress"}


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(_WHERE[name]), name)
    globals()[name] = value
    return value


__all__ = [
    "Action", "ColumnMapping", "ImportKind", "ImportPlan", "ImportResult", "OnMatch",
    "OnPossible", "PlanRow", "Progress", "SourceTable", "UndoResult", "UnreadableFile",
    "apply_import", "guess_mapping", "initial_mapping", "kind_for", "list_imports",
    "prepare_import", "read_file", "read_pasted", "report_path", "run_to_end",
    "sheet_choices", "undo_import", "write_error_report",
]
