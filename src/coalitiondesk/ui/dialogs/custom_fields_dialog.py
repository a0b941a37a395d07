"""Edit › Own Fields: the coordinator's own fields of organizations and contacts
(core.records.custom_fields), added, renamed and removed here.

Each change is one operation (undoable from Edit › Undo and History); removing
a field that holds values says how many records lose one, and asks.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coalitiondesk.core.errors import CoalitionDeskError
from coalitiondesk.core.models import CustomField, CustomFieldType
from coalitiondesk.core.records import custom_fields
from coalitiondesk.core.storage.db import Database
from coalitiondesk.ui.text.core_messages import message

# Listed for lupdate; translated when shown (type_name).
_TYPE_NAMES: dict[CustomFieldType, str] = {
    CustomFieldType.text: str(QT_TRANSLATE_NOOP("CustomFieldsDialog", "Text")),
    CustomFieldType.number: str(QT_TRANSLATE_NOOP("CustomFieldsDialog", "Number")),
    CustomFieldType.date: str(QT_TRANSLATE_NOOP("CustomFieldsDialog", "Date")),
    CustomFieldType.flag: str(QT_TRANSLATE_NOOP("CustomFieldsDialog", "Yes or no")),
    CustomFieldType.choice: str(QT_TRANSLATE_NOOP("CustomFieldsDialog", "One of a list")),
}


def type_name(value_type: str) -> str:
    return QCoreApplication.translate("CustomFieldsDialog",
                                      _TYPE_NAMES[CustomFieldType(value_type)])


class CustomFieldsDialog(QDialog):
    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.changed = False
        """Whether a field was added, renamed or removed (the forms then show it)."""
        self.setWindowTitle(self.tr("Own Fields"))

        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("Organizations"), "organization")
        self.kind.addItem(self.tr("Contacts"), "contact")
        self.kind.currentIndexChanged.connect(self.refresh)
        intro = QLabel(self.tr(
            "Fields of your own, shown in the forms, searched, exported as their own "
            "columns and offered when importing."), self)
        intro.setWordWrap(True)

        self.fields = QListWidget(self)
        self.fields.currentRowChanged.connect(self._update_buttons)
        self.rename_button = QPushButton(self.tr("Rename…"), self)
        self.remove_button = QPushButton(self.tr("Remove…"), self)
        self.rename_button.clicked.connect(self.rename_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        side = QVBoxLayout()
        side.addWidget(self.rename_button)
        side.addWidget(self.remove_button)
        side.addStretch(1)
        listing = QHBoxLayout()
        listing.addWidget(self.fields, 1)
        listing.addLayout(side)

        adding = QGroupBox(self.tr("New field"), self)
        form = QFormLayout(adding)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.new_name = QLineEdit(adding)
        self.new_name.setPlaceholderText(self.tr("e.g. Region of origin"))
        self.new_type = QComboBox(adding)
        for value_type in CustomFieldType:
            self.new_type.addItem(type_name(value_type), value_type.value)
        self.new_choices = QPlainTextEdit(adding)
        self.new_choices.setPlaceholderText(self.tr("One choice a line"))
        self.new_choices.setFixedHeight(self.new_choices.fontMetrics().lineSpacing() * 4 + 12)
        self.add_button = QPushButton(self.tr("Add Field"), adding)
        self.add_button.clicked.connect(self.add_field)
        form.addRow(self.tr("Name"), self.new_name)
        form.addRow(self.tr("Type"), self.new_type)
        form.addRow(self.tr("Choices"), self.new_choices)
        form.addRow("", self.add_button)
        self._choices_label = form.labelForField(self.new_choices)
        self.new_type.currentIndexChanged.connect(self._update_choices)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        kind_row = QHBoxLayout()
        kind_row.addWidget(QLabel(self.tr("Fields of"), self))
        kind_row.addWidget(self.kind, 1)
        layout.addLayout(kind_row)
        layout.addWidget(intro)
        layout.addLayout(listing, 1)
        layout.addWidget(adding)
        layout.addWidget(buttons)
        self.resize(520, 520)
        self._update_choices()
        self.refresh()

    @property
    def record_kind(self) -> str:
        return str(self.kind.currentData())

    def refresh(self) -> None:
        with self.database.session() as session:
            definitions = custom_fields.list_custom_fields(session=session,
                                                           record_kind=self.record_kind)
        self.fields.clear()
        for definition in definitions:
            text = f"{definition.label} ({type_name(definition.value_type)})"
            if definition.choices:
                text += ": " + ", ".join(custom_fields.options(definition))
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, definition.id)
            self.fields.addItem(item)
        if not definitions:
            item = QListWidgetItem(self.tr("No fields of your own yet"))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.fields.addItem(item)
        self._update_buttons()

    def _selected(self) -> CustomField | None:
        item = self.fields.currentItem()
        field_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if field_id is None:
            return None
        with self.database.session() as session:
            return session.get(CustomField, int(field_id))

    def _update_buttons(self) -> None:
        chosen = self._selected() is not None
        self.rename_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def _update_choices(self) -> None:
        choice = self.new_type.currentData() == CustomFieldType.choice.value
        self.new_choices.setVisible(choice)
        if self._choices_label is not None:
            self._choices_label.setVisible(choice)

    def _refused(self, error: CoalitionDeskError) -> None:
        QMessageBox.warning(self, self.tr("Own Fields"), message(error))

    def add_field(self) -> None:
        try:
            custom_fields.add_field(
                self.database, record_kind=self.record_kind, label=self.new_name.text(),
                value_type=str(self.new_type.currentData()),
                choices=self.new_choices.toPlainText().splitlines())
        except CoalitionDeskError as error:
            self._refused(error)
            return
        self.changed = True
        self.new_name.clear()
        self.new_choices.clear()
        self.refresh()

    def rename_selected(self) -> None:
        definition = self._selected()
        if definition is None or definition.id is None:
            return
        label, accepted = QInputDialog.getText(
            self, self.tr("Rename Field"), self.tr("New name of “{name}”:").format(
                name=definition.label), QLineEdit.EchoMode.Normal, definition.label)
        if not accepted or label.strip() == definition.label:
            return
        try:
            custom_fields.rename_field(self.database, field_id=definition.id, label=label)
        except CoalitionDeskError as error:
            self._refused(error)
            return
        self.changed = True
        self.refresh()

    def remove_selected(self) -> None:
        definition = self._selected()
        if definition is None or definition.id is None:
            return
        with self.database.session() as session:
            count = custom_fields.count_values(session=session, field_id=definition.id)
        if count:
            text = self.tr("Remove “{name}” and its value from %n record(s)?", "", count)
        else:
            text = self.tr("Remove “{name}”? No record has a value in it.")
        answer = QMessageBox.question(
            self, self.tr("Remove Field"), text.format(name=definition.label) + "\n\n"
            + self.tr("Edit › Undo brings the field and its values back."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            custom_fields.remove_field(self.database, field_id=definition.id)
        except CoalitionDeskError as error:
            self._refused(error)
            return
        self.changed = True
        self.refresh()
