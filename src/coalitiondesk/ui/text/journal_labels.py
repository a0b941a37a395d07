"""The journal's English operation labels in the interface's language.

Core writes each label from a template of core.journal.labels; here each
template is matched back (longest first, so "Delete letter “…”" is not read
as "Delete …") and its translation filled with the same names. A label
that matches none (written by an older version) is shown as it is.
"""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from coalitiondesk.core.journal.labels import TEMPLATES

CONTEXT = "Journal"

# For lupdate: the same templates as core.journal.labels (a test keeps them equal).
TRANSLATABLE = (
    QT_TRANSLATE_NOOP("Journal", "Add {name}"),
    QT_TRANSLATE_NOOP("Journal", "Edit {name}"),
    QT_TRANSLATE_NOOP("Journal", "Delete {name}"),
    QT_TRANSLATE_NOOP("Journal", "New letter “{title}”"),
    QT_TRANSLATE_NOOP("Journal", "Edit letter “{title}”"),
    QT_TRANSLATE_NOOP("Journal", "Delete letter “{title}”"),
    QT_TRANSLATE_NOOP("Journal", "Change the signatories of “{title}”"),
    QT_TRANSLATE_NOOP("Journal", "Change the recipients of “{title}”"),
    QT_TRANSLATE_NOOP("Journal", "Record “{title}” as sent by {channel}"),
    QT_TRANSLATE_NOOP("Journal", "Change the letter settings"),
    QT_TRANSLATE_NOOP("Journal", "Edit country {name}"),
    QT_TRANSLATE_NOOP("Journal", "Mark a follow-up done"),
    QT_TRANSLATE_NOOP("Journal", "Export {what} to {file}"),
    QT_TRANSLATE_NOOP("Journal", "Save export profile “{name}”"),
    QT_TRANSLATE_NOOP("Journal", "Delete export profile “{name}”"),
    QT_TRANSLATE_NOOP("Journal", "Import {source}"),
    QT_TRANSLATE_NOOP("Journal", "Undo import {source}"),
    QT_TRANSLATE_NOOP("Journal", "Load the demo coalition"),
    QT_TRANSLATE_NOOP("Journal", "Add the list of countries"),
    QT_TRANSLATE_NOOP("Journal", "Undo {label}"),
    QT_TRANSLATE_NOOP("Journal", "Redo {label}"),
    QT_TRANSLATE_NOOP("Journal", "Change"),
    QT_TRANSLATE_NOOP("Journal", "Merge {other} into {name}"),
    QT_TRANSLATE_NOOP("Journal", "Mark {first} and {second} as not duplicates"),
    QT_TRANSLATE_NOOP("Journal", "Change {field} of {count} records"),
    QT_TRANSLATE_NOOP("Journal", "Change {field} of 1 record"),
    QT_TRANSLATE_NOOP("Journal", "Add the field “{name}”"),
    QT_TRANSLATE_NOOP("Journal", "Rename the field “{old}” to “{name}”"),
    QT_TRANSLATE_NOOP("Journal", "Remove the field “{name}”"),
    QT_TRANSLATE_NOOP("Journal", "Attach “{name}”"),
    QT_TRANSLATE_NOOP("Journal", "Rename an attachment to “{name}”"),
    QT_TRANSLATE_NOOP("Journal", "Remove the attachment “{name}”"),
    QT_TRANSLATE_NOOP("Journal", "Add the group “{name}”"),
    QT_TRANSLATE_NOOP("Journal", "Remove the group “{name}”"),
    QT_TRANSLATE_NOOP("Journal", "Change the members of the group “{name}”"),
    QT_TRANSLATE_NOOP("Journal", "Rename the group “{old}” to “{name}”"),
)
# Labels of other labels: translated inside as well.
_NESTED = {"label"}


@cache
def _patterns() -> list[tuple[re.Pattern[str], str]]:
    patterns = []
    for template in sorted(TEMPLATES.values(), key=lambda t: -len(re.sub(r"\{\w+\}", "", t))):
        parts = re.split(r"(\{\w+\})", template)
        regex = "".join(f"(?P<{part[1:-1]}>.+)" if part.startswith("{") else re.escape(part)
                        for part in parts)
        patterns.append((re.compile(f"^{regex}$", re.DOTALL), template))
    return patterns


def translated(label: str) -> str:
    for pattern, template in _patterns():
        found = pattern.match(label)
        if found is None:
            continue
        values = {name: translated(value) if name in _NESTED else value
                  for name, value in found.groupdict().items()}
        return QCoreApplication.translate(CONTEXT, template).format(**values)
    return label
