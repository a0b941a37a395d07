"""What the organization and contact forms share.

A form shows one record beside its table. It reads through core services and
never writes: when the user presses Save it checks the values and emits
saveRequested, and the main window saves values(), tags() (and a contact's
affiliations()) through an undoable command, then calls load() or
mark_clean().

Its rows are the record kind's fields in core.records.fields, made by
add_fields() section by section; the special widgets (affiliations, tags,
membership history, timeline, previews) are placed by the forms themselves, and
the country pickers take a label of their own.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)
from sqlmodel import Session

from coalitiondesk.core.errors import Message
from coalitiondesk.core.geography.country_table import list_countries
from coalitiondesk.core.records import custom_fields, edits
from coalitiondesk.core.records.fields import REGISTRY, Field, Section, ValueKind, in_section
from coalitiondesk.core.records.tags import clean_tags
from coalitiondesk.core.records.validation import Checked
from coalitiondesk.core.storage.db import Database
from coalitiondesk.ui.app.i18n import country_choices
from coalitiondesk.ui.forms.custom_values_editor import CustomValuesEditor
from coalitiondesk.ui.forms.editors import (
    CheckEditor,
    ChoiceEditor,
    DateEditor,
    FieldEditor,
    LineEditor,
    TextEditor,
)
from coalitiondesk.ui.text.core_messages import message
from coalitiondesk.ui.text.field_labels import field_hint, field_label, field_tip
from coalitiondesk.ui.text.value_labels import choice_label

ERROR_COLOR = "#b3261e"


TAGS = "tags"
"""The key of the tags field in problems and in the form's state."""

_CHECKED_AS_TYPED = frozenset({ValueKind.email, ValueKind.url, ValueKind.phone,
                               ValueKind.language})


def live_checked(fields: tuple[Field, ...]) -> tuple[str, ...]:
    """The fields checked as soon as the user leaves them: those with a format to get right."""
    return tuple(entry.key for entry in fields if entry.kind in _CHECKED_AS_TYPED)


class DiscardChoice(Enum):
    """What the caller of maybe_discard() should do next."""

    SAVE = "save"
    """Save values() now, then go on."""
    DISCARD = "discard"
    """Go on without saving: the user said so, or there was nothing to save."""
    CANCEL = "cancel"
    """Stay on this record."""


class ErrorLabel(QLabel):
    """A problem shown under its field, hidden while there is none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet(f"color: {ERROR_COLOR};")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.hide()

    def show_problem(self, text: str | None) -> None:
        self.setText(text or "")
        self.setVisible(bool(text))


class RecordForm(QWidget):
    """A scrollable form of grouped fields with Save and Revert buttons.

    Subclasses set FIELDS, add their groups in __init__ (add_group, add_fields for
    the registry's rows, add_field for others) and provide read_record, check,
    display_name and title_text.
    """

    FIELDS: tuple[Field, ...] = ()
    """The record kind's fields (core.records.fields), from which add_fields makes rows."""

    dirtyChanged = Signal(bool)
    saveRequested = Signal()

    LIVE_CHECKED: tuple[str, ...] = ()
    """Fields checked as soon as the user leaves them (addresses, numbers)."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self._record_id: int | None = None
        self.version: int | None = None
        """The record's version when loaded: a save is refused if it changed since."""
        self._editors: dict[str, FieldEditor] = {}
        self._errors: dict[str, ErrorLabel] = {}
        self._rows: dict[str, QWidget] = {}
        self._snapshot: dict[str, Any] = {}
        self._countries: list[tuple[str, str]] | None = None
        self._label_width = 0
        self._dirty = False
        self._loading = False

        self.title = QLabel(self)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.general_error = ErrorLabel(self)

        self._content = QWidget()
        self._groups = QVBoxLayout(self._content)
        self._groups.setContentsMargins(0, 0, 4, 0)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        # The pane beside the table is narrow: fields shrink and labels wrap
        # rather than hiding half the form off to the right.
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(self._content)

        self.revert_button = QPushButton(self.tr("Revert"), self)
        self.revert_button.setToolTip(self.tr("Undo the changes made since the record was loaded"))
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setDefault(True)
        self.revert_button.clicked.connect(self.revert)
        self.save_button.clicked.connect(self._save_clicked)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)

        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(6, 6, 6, 6)
        self._layout.addWidget(self.title)
        self._layout.addWidget(self.general_error)
        self._layout.addWidget(self.scroll_area, 1)
        self._layout.addLayout(buttons)
        self._update_buttons()

    def minimumSizeHint(self) -> QSize:
        # The fields never scroll sideways, so the form is at least as wide as they need;
        # without this a splitter could squeeze it and cut the fields off on the right.
        hint = super().minimumSizeHint()
        margins = self._layout.contentsMargins()
        needed = (self._content.minimumSizeHint().width()
                  + self.scroll_area.verticalScrollBar().sizeHint().width()
                  + margins.left() + margins.right())
        return QSize(max(hint.width(), needed), hint.height())

    # --- building (subclasses) ------------------------------------------------------

    def add_group(self, title: str) -> QFormLayout:
        group = QGroupBox(title, self._content)
        form = QFormLayout(group)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self._groups.addWidget(group)
        return form

    def finish_groups(self) -> None:
        """Call after the last group: fields line up across groups, spare height goes below."""
        self._groups.addStretch(1)
        labels = [label for form in self._content.findChildren(QFormLayout)
                  for row in range(form.rowCount())
                  if isinstance(label := _label_at(form, row), QLabel)]
        width = 4 + max((label.fontMetrics().horizontalAdvance(label.text()) for label in labels),
                    default=0)
        for label in labels:
            label.setMinimumWidth(width)
        self._label_width = width

    def add_field(self, form: QFormLayout, name: str, label: str, editor: FieldEditor) -> None:
        """A row for one field, with room for its problem underneath."""
        cell = QWidget(form.parentWidget())
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        editor.widget.setParent(cell)
        column.addWidget(editor.widget)
        error = ErrorLabel(cell)
        column.addWidget(error)
        if label:
            form.addRow(label, cell)
            buddy = form.labelForField(cell)
            if isinstance(buddy, QLabel):
                buddy.setBuddy(editor.widget)
                buddy.setWordWrap(True)
        else:
            form.addRow(cell)
        self._editors[name] = editor
        self._errors[name] = error
        self._rows[name] = cell
        self._show_limits(name, editor)
        editor.on_change(lambda: self._field_changed(name))
        if name in self.LIVE_CHECKED:
            editor.on_finished(lambda: self._check_field(name))
        for widget in (editor.widget, *editor.widget.findChildren(QWidget)):
            widget.installEventFilter(self)

    def _limits(self, which: Mapping[str, frozenset[str]]) -> frozenset[str]:
        table = next((kind for kind, fields in REGISTRY.items() if fields is self.FIELDS), "")
        return which.get(table, frozenset())

    def _show_limits(self, name: str, editor: FieldEditor) -> None:
        """A field the person's role on a server may not read is shown unavailable, not
        blank (and never saved); one they may not change is shown read-only."""
        if name in self._limits(self.database.withheld):
            editor.widget.setEnabled(False)
            unavailable = self.tr("Not available to your role on this server")
            for box in (editor.widget, *editor.widget.findChildren(QWidget)):
                if isinstance(box, QLineEdit | QPlainTextEdit):
                    box.setPlaceholderText(unavailable)
            editor.widget.setToolTip(unavailable)
        elif name in self._limits(self.database.unchangeable):
            editor.widget.setEnabled(False)
            editor.widget.setToolTip(self.tr("Your role on this server may not change this"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+Z in a field of a form with nothing unsaved is the window's Undo (the
        last change saved); while the form has edits, it undoes typing in the field."""
        if (event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
                and not self._dirty
                and (event.matches(QKeySequence.StandardKey.Undo)
                     or event.matches(QKeySequence.StandardKey.Redo))):
            event.ignore()
            return True
        return super().eventFilter(watched, event)

    def add_fields(self, form: QFormLayout, section: Section, *,
                   labels: Mapping[str, str] | None = None,
                   editors: Mapping[str, FieldEditor] | None = None) -> None:
        """A row for each of FIELDS in `section`, in the registry's order.

        `labels` and `editors` give a field a label or an editor of its own (a
        country picker says "Country" and may offer "International").
        """
        for entry in in_section(self.FIELDS, section):
            editor = (editors or {}).get(entry.key) or self.field_editor(entry)
            label = (labels or {}).get(entry.key)
            self.add_field(form, entry.key, self._row_label(entry) if label is None else label,
                           editor)
            if entry.tip:
                editor.widget.setToolTip(field_tip(entry))

    @staticmethod
    def _row_label(entry: Field) -> str:
        # A check box says what it is itself; the notes fill their group, whose title
        # names them.
        if entry.kind is ValueKind.flag or (entry.kind is ValueKind.text
                                            and entry.section is Section.notes):
            return ""
        return field_label(entry)

    def field_editor(self, entry: Field) -> FieldEditor:
        """The editor for a registry field, by the kind of value it holds."""
        kind = entry.kind
        if entry.key == custom_fields.COLUMN:
            return CustomValuesEditor()
        if kind is ValueKind.flag:
            return CheckEditor(field_label(entry))
        if kind is ValueKind.date:
            return DateEditor(self.tr("Known"))
        if kind is ValueKind.choice:
            assert entry.choices is not None, entry.key
            return ChoiceEditor([(choice_label(entry.choices, member), member.value)
                                 for member in entry.choices])
        if kind is ValueKind.country:
            return self.country_editor(self.tr("Not given"))
        if kind is ValueKind.text:
            return TextEditor(lines=5 if entry.section is Section.notes else 3)
        return LineEditor(field_hint(entry))

    def country_editor(self, blank: str) -> ChoiceEditor:
        """A searchable list of the countries, `blank` standing for no country."""
        if self._countries is None:
            with self.database.session() as session:
                self._countries = country_choices(list_countries(session=session))
        return ChoiceEditor([(blank, None), *self._countries], searchable=True)

    def insert_row_after(self, name: str, label: str, widget: QWidget) -> None:
        """Put `widget` in a row of its own right under the field `name` (a preview)."""
        cell = self._rows[name]
        group = cell.parentWidget()
        form = group.layout() if group is not None else None
        assert isinstance(form, QFormLayout), name
        position: Any = form.getWidgetPosition(cell)
        row = int(position[0])
        if label:
            form.insertRow(row + 1, label, widget)
        else:
            form.insertRow(row + 1, widget)

    def add_address_group(self, countries: list[tuple[str, str]] | None = None) -> None:
        """The postal address fields organizations and contacts share (core AddressFields).

        `countries` is no longer needed (the form reads them); it is accepted as before.
        """
        if countries is not None:
            self._countries = countries
        address = self.add_group(self.tr("Address"))
        self.add_fields(address, Section.address,
                        labels={"address_country_code": self.tr("Country")})

    def add_tags_field(self, form: QFormLayout) -> None:
        editor = LineEditor(self.tr("Separated by commas"))
        self.add_field(form, TAGS, self.tr("Tags"), editor)

    def add_banner(self, widget: QWidget) -> None:
        """Put `widget` under the title, outside the scrolling part, so it is always seen."""
        self._layout.insertWidget(1, widget)

    def add_problem_slot(self, name: str, cell: QWidget, error: ErrorLabel) -> None:
        """Show problems keyed `name` (not a model field, such as affiliations) in `error`."""
        self._errors[name] = error
        self._rows[name] = cell

    def editor(self, name: str) -> FieldEditor:
        return self._editors[name]

    def focus_first_field(self) -> None:
        """Put the cursor in the first field (the name), ready to type over it."""
        first = next(iter(self._editors.values()), None)
        if first is None:
            return
        self.scroll_area.verticalScrollBar().setValue(0)
        first.focus()
        if isinstance(first, LineEditor):
            first.edit.selectAll()

    # --- what subclasses provide ----------------------------------------------------

    KIND: edits.Kind = "organization"
    """The kind of record the form edits, for its version."""

    def read_record(self, session: Session, record_id: int) -> dict[str, Any]:
        """The stored record as field values, including TAGS as a list."""
        raise NotImplementedError

    def blank_record(self) -> dict[str, Any]:
        """Field values for a new record; defaults other than blank."""
        return {}

    def check(self, values: dict[str, Any]) -> Checked:
        raise NotImplementedError

    def display_name(self) -> str:
        """How the record is named in "Save changes to …?"."""
        raise NotImplementedError

    def title_text(self) -> str:
        """The heading above the fields: the name as edited, or "New …"."""
        raise NotImplementedError

    def extra_state(self) -> Any:
        """Edited state beyond the fields (a contact's affiliations), for dirty tracking."""
        return None

    def restore_extra_state(self, state: Any) -> None:
        """Put back what extra_state() returned."""

    def extra_problems(self) -> dict[str, str]:
        return {}

    def record_changed(self) -> None:
        """Called after any edit or load, for previews and banners."""

    def extra_load(self, session: Session, record_id: int | None) -> None:
        """Read what the form shows beyond the record's fields (lists to pick from)."""

    # --- the record ----------------------------------------------------------------

    @property
    def record_id(self) -> int | None:
        """The loaded record's id; None for a new record."""
        return self._record_id

    def load(self, record_id: int | None) -> None:
        """Show the record with this id, or empty fields for a new record (None)."""
        with self.database.session() as session:
            values = self.blank_record() if record_id is None else self.read_record(
                session, record_id)
            self.version = None if record_id is None else edits.version(
                session=session, kind=self.KIND, record_id=record_id)
            custom = self._editors.get(custom_fields.COLUMN)
            if isinstance(custom, CustomValuesEditor):
                # Fields may have been added, renamed or removed since the last record.
                custom.set_definitions(custom_fields.list_custom_fields(
                    session=session, record_kind=self.KIND))
                # The rows span the group as the notes do, so their labels start where
                # the group's others do.
                custom.align_labels(self._label_width)
            self.extra_load(session, record_id)
        self._record_id = record_id
        self._loading = True
        try:
            for name, editor in self._editors.items():
                value = values.get(name)
                editor.set_value(", ".join(value or []) if name == TAGS else value)
        finally:
            self._loading = False
        self.mark_clean()
        self.scroll_area.verticalScrollBar().setValue(0)

    def reload_keeping_edits(self) -> None:
        """Load the record as it is now, then put back what the person had changed.

        After a refused save: the fields they did not touch show the newer
        values, theirs stay as typed, and the form stays unsaved for them to check.
        """
        mine = {name: value for name, value in self._state().items()
                if self._comparable({name: value}) != self._comparable(
                    {name: self._snapshot.get(name)})}
        self.load(self._record_id)
        self._loading = True
        try:
            for name, value in mine.items():
                if name == "__extra__":
                    self.restore_extra_state(value)
                else:
                    self._editors[name].set_value(value)
        finally:
            self._loading = False
        self.edited()

    def raw_values(self) -> dict[str, Any]:
        """What the fields hold, as typed (model fields only)."""
        withheld = self._limits(self.database.withheld)
        return {name: editor.value() for name, editor in self._editors.items()
                if name != TAGS and name not in withheld}

    def values(self) -> dict[str, Any]:
        """The model fields, normalised (a phone number in international format).

        A field with a problem holds what was typed; call validate() first.
        """
        return self._checked(self.raw_values()).values

    def _checked(self, values: dict[str, Any]) -> Checked:
        """check(), and each custom value against its field's type (a number, a date,
        one of the field's choices), its problems named by field in one line each."""
        checked = self.check(values)
        editor = self._editors.get(custom_fields.COLUMN)
        if not isinstance(editor, CustomValuesEditor) or custom_fields.COLUMN not in values:
            return checked
        definitions = editor.definitions
        clean, problems = custom_fields.check_values(
            definitions=definitions, values=custom_fields.read_values(
                values[custom_fields.COLUMN]))
        checked.values[custom_fields.COLUMN] = custom_fields.encode_values(clean)
        if problems:
            labels = {definition.id: definition.label for definition in definitions}
            checked.problems[custom_fields.COLUMN] = Message("\n".join(
                f"{labels[field_id]}: {message(problem)}"
                for field_id, problem in problems.items()))
        return checked

    def tags(self) -> list[str]:
        editor = self._editors.get(TAGS)
        if editor is None:
            return []
        return clean_tags(str(editor.value()).split(","))

    # --- dirty state ---------------------------------------------------------------

    def _state(self) -> dict[str, Any]:
        state = {name: editor.value() for name, editor in self._editors.items()}
        state["__extra__"] = self.extra_state()
        return state

    @staticmethod
    def _comparable(state: dict[str, Any]) -> dict[str, Any]:
        # Spaces at either end are dropped on save, so they are not a change.
        return {name: value.strip() if isinstance(value, str) else value
                for name, value in state.items()}

    def is_dirty(self) -> bool:
        return self._dirty

    def mark_clean(self) -> None:
        """The fields as they are now are what is stored (after a save, or a load)."""
        self._snapshot = self._state()
        self.show_problems({})
        self._set_dirty(False)
        self.record_changed()

    def revert(self) -> None:
        """Put back the values as they were loaded or last saved."""
        self._loading = True
        try:
            for name, editor in self._editors.items():
                editor.set_value(self._snapshot.get(name))
            self.restore_extra_state(self._snapshot.get("__extra__"))
        finally:
            self._loading = False
        self.mark_clean()

    def edited(self) -> None:
        """Tell the form that state outside its fields changed (subclass editors)."""
        if self._loading:
            return
        self._set_dirty(self._comparable(self._state()) != self._comparable(self._snapshot))
        self._update_title()
        self.record_changed()

    def _field_changed(self, name: str) -> None:
        if self._loading:
            return
        # A problem is about what was there before; the user is fixing it.
        self._errors[name].show_problem(None)
        self.edited()

    def _set_dirty(self, dirty: bool) -> None:
        changed = dirty != self._dirty
        self._dirty = dirty
        self._update_buttons()
        self._update_title()
        if changed:
            self.dirtyChanged.emit(dirty)

    def _update_buttons(self) -> None:
        self.save_button.setEnabled(self._dirty)
        self.revert_button.setEnabled(self._dirty)

    def _update_title(self) -> None:
        name = self.title_text()
        self.title.setText(self.tr("{name} (edited)").format(name=name) if self._dirty else name)

    # --- problems ------------------------------------------------------------------

    def show_problems(self, problems: dict[str, str]) -> None:
        """Show each problem beside its field; ones for no field at the top. {} clears them."""
        for name, label in self._errors.items():
            label.show_problem(problems.get(name))
        others = [problem for name, problem in problems.items() if name not in self._errors]
        self.general_error.show_problem("\n".join(others))

    def problems(self) -> dict[str, str]:
        """Each field's problem, in the interface's language."""
        problems = {name: message(problem)
                    for name, problem in self._checked(self.raw_values()).problems.items()}
        problems.update(self.extra_problems())
        return problems

    def validate(self) -> bool:
        """Check every field, show what is wrong and bring the first problem into view."""
        problems = self.problems()
        self.show_problems(problems)
        first = next((name for name in self._rows if name in problems), None)
        if first is not None:
            self.scroll_area.ensureWidgetVisible(self._rows[first])
            if first in self._editors:
                self._editors[first].focus()
        return not problems

    def _check_field(self, name: str) -> None:
        self._errors[name].show_problem(self.problems().get(name))

    def _save_clicked(self) -> None:
        if self.validate():
            self.saveRequested.emit()

    # --- leaving -------------------------------------------------------------------

    def maybe_discard(self, parent: QWidget | None = None) -> DiscardChoice:
        """Before showing another record or closing: ask what to do with unsaved changes.

        Returns DISCARD straight away when there is nothing unsaved. When the
        user picks Save but a field has a problem, the problems are shown and
        CANCEL is returned, so the user stays to fix them.
        """
        if not self._dirty:
            return DiscardChoice.DISCARD
        choice = ask_to_save(parent or self, self.display_name())
        if choice == DiscardChoice.SAVE and not self.validate():
            return DiscardChoice.CANCEL
        return choice


def ask_to_save(parent: QWidget, name: str) -> DiscardChoice:
    """Save, Discard or Cancel for unsaved changes to `name`: the one question every editor asks."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("RecordForm", "Unsaved changes"))
    box.setText(QCoreApplication.translate("RecordForm", "Save changes to {name}?").format(
        name=name))
    box.setInformativeText(QCoreApplication.translate(
        "RecordForm", "Your changes are lost if you don't save them."))
    box.setStandardButtons(
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel
    )
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    clicked = box.standardButton(box.clickedButton())
    box.deleteLater()
    return {QMessageBox.StandardButton.Save: DiscardChoice.SAVE,
            QMessageBox.StandardButton.Discard: DiscardChoice.DISCARD}.get(
        clicked, DiscardChoice.CANCEL)


def _label_at(form: QFormLayout, row: int) -> QWidget | None:
    item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
    return item.widget() if item is not None else None


def banner(text: str, parent: QWidget | None = None) -> QLabel:
    """A red strip across the form: something the user must not overlook."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
    # Both colours are set so that it reads the same under a dark theme.
    label.setStyleSheet(
        f"background-color: {ERROR_COLOR}; color: white; font-weight: bold;"
        " padding: 6px; border-radius: 3px;"
    )
    return label
