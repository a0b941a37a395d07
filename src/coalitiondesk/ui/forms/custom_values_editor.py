"""The rows of the coordinator's own fields in a record form: one editor for the
record's custom_values column, holding a row per custom field (core.records.custom_fields).

It reads and writes the column's JSON text, so that the form treats it like any
other field (dirty tracking, Revert, problems under it). What it returns is the
values as typed; RecordForm checks them against their definitions before saving.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from coalitiondesk.core.models import CustomField, CustomFieldType
from coalitiondesk.core.records import custom_fields
from coalitiondesk.ui.forms.editors import (
    Callback,
    CheckEditor,
    ChoiceEditor,
    DateEditor,
    FieldEditor,
    LineEditor,
)

# The context is written out in each translate() call: lupdate skips one named by a variable.


class CustomValuesEditor(FieldEditor):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QWidget(parent))
        self._layout = QFormLayout(self.widget)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._definitions: list[CustomField] = []
        self._editors: dict[int, FieldEditor] = {}
        self._others: dict[int, Any] = {}
        """Values of fields this form does not show (another window removed or added one)."""
        self._callbacks: list[Callback] = []

    @property
    def definitions(self) -> list[CustomField]:
        return list(self._definitions)

    def editor(self, field_id: int) -> FieldEditor:
        return self._editors[field_id]

    def set_definitions(self, definitions: Sequence[CustomField]) -> None:
        """Show a row for each of these fields (after a field was added, renamed or removed)."""
        shape = [(d.id, d.label, d.value_type, d.choices) for d in definitions]
        if shape == [(d.id, d.label, d.value_type, d.choices) for d in self._definitions]:
            return
        kept = self._raw()
        while self._layout.rowCount():
            self._layout.removeRow(0)
        self._definitions = list(definitions)
        self._editors = {}
        for definition in self._definitions:
            assert definition.id is not None
            editor = self._editor_for(definition)
            if CustomFieldType(definition.value_type) is CustomFieldType.flag:
                self._layout.addRow(editor.widget)
            else:
                self._layout.addRow(definition.label, editor.widget)
                label = self._layout.labelForField(editor.widget)
                if isinstance(label, QLabel):
                    label.setWordWrap(True)
                    label.setBuddy(editor.widget)
            self._editors[definition.id] = editor
            for callback in self._callbacks:
                editor.on_change(callback)
        self._set_raw(kept)

    def align_labels(self, width: int) -> None:
        """Make the labels as wide as the form's others, so the fields line up."""
        for row in range(self._layout.rowCount()):
            item = self._layout.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item is not None else None
            if isinstance(label, QLabel):
                label.setMinimumWidth(width)

    def _editor_for(self, definition: CustomField) -> FieldEditor:
        kind = CustomFieldType(definition.value_type)
        if kind is CustomFieldType.flag:
            return CheckEditor(definition.label)
        if kind is CustomFieldType.date:
            return DateEditor(QCoreApplication.translate("CustomValuesEditor", "Known"))
        if kind is CustomFieldType.choice:
            return ChoiceEditor([("", None), *((option, option) for option in
                                               custom_fields.options(definition))])
        if kind is CustomFieldType.number:
            return LineEditor(QCoreApplication.translate("CustomValuesEditor", "A number"))
        return LineEditor()

    # --- FieldEditor -------------------------------------------------------------

    def _raw(self) -> dict[int, Any]:
        values = dict(self._others)
        for field_id, editor in self._editors.items():
            value = editor.value()
            if isinstance(value, dt.date):
                value = value.isoformat()
            if value is False or value is None or (isinstance(value, str) and not value.strip()):
                values.pop(field_id, None)
            else:
                values[field_id] = value
        return values

    def _set_raw(self, values: dict[int, Any]) -> None:
        self._others = {field_id: value for field_id, value in values.items()
                        if field_id not in self._editors}
        for field_id, editor in self._editors.items():
            value = values.get(field_id)
            if isinstance(editor, DateEditor) and isinstance(value, str):
                try:
                    value = dt.date.fromisoformat(value)
                except ValueError:
                    value = None
            editor.set_value(value)

    def value(self) -> str | None:
        raw = self._raw()
        if not raw:
            return None
        return json.dumps({str(key): raw[key] for key in sorted(raw)}, ensure_ascii=False)

    def set_value(self, value: Any) -> None:
        self._set_raw(custom_fields.read_values(value if isinstance(value, str) else None))

    def on_change(self, callback: Callback) -> None:
        self._callbacks.append(callback)
        for editor in self._editors.values():
            editor.on_change(callback)

    def focus(self) -> None:
        first = next(iter(self._editors.values()), None)
        if first is not None:
            first.focus()
