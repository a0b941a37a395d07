"""What History and Edit › Undo call each operation, in English, from fixed templates.

The journal stores the English text; the window translates it by matching it
against these templates (ui.journal_labels), so a Korean or Japanese
interface shows its own words around the names a person typed.
"""

from __future__ import annotations

from typing import Any

TEMPLATES: dict[str, str] = {
    "add": "Add {name}",
    "edit": "Edit {name}",
    "delete": "Delete {name}",
    "new_letter": "New letter “{title}”",
    "edit_letter": "Edit letter “{title}”",
    "delete_letter": "Delete letter “{title}”",
    "signatories": "Change the signatories of “{title}”",
    "recipients": "Change the recipients of “{title}”",
    "record_sent": "Record “{title}” as sent by {channel}",
    "page_settings": "Change the letter settings",
    "country": "Edit country {name}",
    "follow_up_done": "Mark a follow-up done",
    "export": "Export {what} to {file}",
    "save_profile": "Save export profile “{name}”",
    "delete_profile": "Delete export profile “{name}”",
    "import": "Import {source}",
    "undo_import": "Undo import {source}",
    "demo": "Load the demo coalition",
    "countries": "Add the list of countries",
    "undo": "Undo {label}",
    "redo": "Redo {label}",
    "change": "Change",
    "merge": "Merge {other} into {name}",
    "not_duplicate": "Mark {first} and {second} as not duplicates",
    "bulk": "Change {field} of {count} records",
    "bulk_one": "Change {field} of 1 record",
    "add_field": "Add the field “{name}”",
    "rename_field": "Rename the field “{old}” to “{name}”",
    "remove_field": "Remove the field “{name}”",
    "attach": "Attach “{name}”",
    "rename_attachment": "Rename an attachment to “{name}”",
    "remove_attachment": "Remove the attachment “{name}”",
    "add_group": "Add the group “{name}”",
    "remove_group": "Remove the group “{name}”",
    "group_members": "Change the members of the group “{name}”",
    "rename_group": "Rename the group “{old}” to “{name}”",
}


def label(key: str, **values: Any) -> str:
    return TEMPLATES[key].format(**values)
