"""The letter's signatories: who is invited, who signed, in which order, and the
signatory block as it will print.

Every change is written at once, each one journaled operation of core.letters
(one the server was away for, once it answers: ui.app.server_retry); `changed`
tells the tab to refresh its counts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coalitiondesk.core.errors import CoalitionDeskError
from coalitiondesk.core.importing import ImportKind
from coalitiondesk.core.models import SignatureStatus
from coalitiondesk.core.records import letters
from coalitiondesk.core.storage.db import Database
from coalitiondesk.ui.app.i18n import date_format, display_date
from coalitiondesk.ui.app.server_retry import ChangesWhenBack, server_away
from coalitiondesk.ui.dialogs.import_wizard import ImportWizard
from coalitiondesk.ui.forms.activity_form import organization_label
from coalitiondesk.ui.forms.record_form import ErrorLabel
from coalitiondesk.ui.models.table_models import ListModel
from coalitiondesk.ui.text.core_messages import message
from coalitiondesk.ui.widgets.lazy_combo import search_picker

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


def signature_status_label(status: str | None) -> str:
    labels: dict[str, str] = {
        SignatureStatus.invited: QCoreApplication.translate("SignatureStatus", "Invited"),
        SignatureStatus.signed: QCoreApplication.translate("SignatureStatus", "Signed"),
        SignatureStatus.declined: QCoreApplication.translate("SignatureStatus", "Declined"),
        SignatureStatus.withdrawn: QCoreApplication.translate("SignatureStatus", "Withdrawn"),
    }
    return labels.get(status or "", str(status or "").capitalize())


@dataclass(frozen=True)
class SignatoryItem:
    signature_id: int
    organization: str
    country: str
    status: str
    status_date: dt.date | None


Writer = Callable[[int, str, dt.date | None], bool]


class SignatoryModel(ListModel[SignatoryItem]):
    """The letter's signatures in its order; status and date edit in place."""

    POSITION, ORGANIZATION, COUNTRY, STATUS, DATE = range(5)
    CONTEXT = "SignatoryTable"
    HEADERS = (
        QT_TRANSLATE_NOOP("SignatoryTable", "#"),
        QT_TRANSLATE_NOOP("SignatoryTable", "Organization"),
        QT_TRANSLATE_NOOP("SignatoryTable", "Country"),
        QT_TRANSLATE_NOOP("SignatoryTable", "Status"),
        QT_TRANSLATE_NOOP("SignatoryTable", "Date"),
    )

    def __init__(self, write: Writer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._write = write

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.column() in (self.STATUS, self.DATE):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.items[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.UserRole:
            return item.signature_id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (
                str(index.row() + 1), item.organization, item.country,
                signature_status_label(item.status),
                display_date(item.status_date),
            )[column]
        if role == Qt.ItemDataRole.EditRole:
            if column == self.STATUS:
                return item.status
            if column == self.DATE:
                when = item.status_date or dt.date.today()
                return QDate(when.year, when.month, when.day)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.POSITION:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        item = self.items[index.row()]
        status, when = item.status, item.status_date
        if index.column() == self.STATUS:
            status = str(value)
            if status != item.status:
                # A new status happened today unless the coordinator says otherwise.
                when = dt.date.today()
        elif index.column() == self.DATE:
            picked = value.toPython() if isinstance(value, QDate) else value
            when = picked if isinstance(picked, dt.date) else None
        else:
            return False
        return self._write(item.signature_id, status, when)


class StatusDelegate(QStyledItemDelegate):
    """A drop-down of the four statuses in the Status column."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: _Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setAccessibleName(self.tr("Signature status"))
        for status in SignatureStatus:
            combo.addItem(signature_status_label(status), status.value)
        # One click chooses: the value is written as soon as it is picked.
        combo.activated.connect(lambda _index: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: Any, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class DateDelegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: _Index) -> QWidget:
        editor = QDateEdit(parent)
        editor.setDisplayFormat(date_format())
        editor.setCalendarPopup(True)
        editor.setAccessibleName(self.tr("Date of the status"))
        return editor

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        assert isinstance(editor, QDateEdit)
        editor.setDate(index.data(Qt.ItemDataRole.EditRole))

    def setModelData(self, editor: QWidget, model: Any, index: _Index) -> None:
        assert isinstance(editor, QDateEdit)
        model.setData(index, editor.date(), Qt.ItemDataRole.EditRole)


class PasteListDialog(QDialog):
    """A list pasted from a letter or an e-mail, one organization per line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Paste a list of signatories"))
        self.text = QPlainTextEdit(self)
        self.text.setAccessibleName(self.tr("Pasted list"))
        self.text.setPlaceholderText(self.tr(
            "One organization per line, for example:\n"
            "Burma Partnership (Thailand)\n"
            "International Federation for Human Rights (FIDH)"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Match…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "Each line is matched to a stored organization, or proposed as a new one; "
            "you check the matches before anything is added."), self))
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(560, 380)


class SignatoriesPanel(QWidget):
    """The table of signatures with its buttons, and the block that will print."""

    changed = Signal()

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self._letter_id: int | None = None
        self._letter_title = ""

        self.model = SignatoryModel(self._write_status, self)
        self.view = QTableView(self)
        self.view.setAccessibleName(self.tr("Signatories table"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.SelectedClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 10)
        self.view.setItemDelegateForColumn(SignatoryModel.STATUS, StatusDelegate(self.view))
        self.view.setItemDelegateForColumn(SignatoryModel.DATE, DateDelegate(self.view))
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SignatoryModel.ORGANIZATION, QHeaderView.ResizeMode.Stretch)

        self.picker = search_picker(
            self, placeholder=self.tr("Type to find an organization"), width=16,
            on_enter=self.add_current)
        self.picker.setAccessibleName(self.tr("Organization to add"))
        self.picker.set_loader(self._organization_choices)
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.setToolTip(self.tr("Invite the organization to sign"))
        self.selected_organizations: Callable[[], Sequence[int]] = lambda: ()
        """The organizations selected on the Organizations tab; the window sets this."""
        self.from_tab_button = QPushButton(self.tr("Add selected"), self)
        self.from_tab_button.setToolTip(self.tr(
            "Invite the organization selected on the Organizations tab"))
        self.paste_button = QPushButton(self.tr("Paste a list…"), self)
        self.paste_button.setToolTip(self.tr(
            "Match a pasted list of organizations and add them as signatories"))
        self.up_button = QPushButton(self.tr("Move up"), self)
        self.down_button = QPushButton(self.tr("Move down"), self)
        self.sort_button = QPushButton(self.tr("Sort alphabetically"), self)
        # A line keeps what the organization signed as; while the letter is still
        # collecting, this takes names and countries from the records as they are now.
        self.refresh_button = QPushButton(self.tr("Refresh lines from records"), self)
        self._stale: list[tuple[str, str]] = []
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setToolTip(self.tr(
            "Take the organization off the list (a withdrawal is a status)"))
        self.error = ErrorLabel(self)
        self._when_back = ChangesWhenBack(database, show=self.error.show_problem, parent=self)

        self.block = QPlainTextEdit(self)
        self.block.setReadOnly(True)
        self.block.setAccessibleName(self.tr("Signatory block as it will print"))
        self.block.setMaximumHeight(self.block.fontMetrics().lineSpacing() * 9 + 12)
        self.block_label = QLabel(self)

        add_row = QHBoxLayout()
        add_row.addWidget(self.picker, 1)
        add_row.addWidget(self.add_button)
        add_row.addWidget(self.from_tab_button)
        add_row.addWidget(self.paste_button)
        order_row = QHBoxLayout()
        for button in (self.up_button, self.down_button, self.sort_button):
            order_row.addWidget(button)
        order_row.addStretch(1)
        order_row.addWidget(self.remove_button)
        block_row = QHBoxLayout()
        block_row.addWidget(self.block_label, 1)
        block_row.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(add_row)
        layout.addWidget(self.error)
        layout.addWidget(self.view, 1)
        layout.addLayout(order_row)
        layout.addLayout(block_row)
        layout.addWidget(self.block)

        self.add_button.clicked.connect(self.add_current)
        self.paste_button.clicked.connect(self.paste_list)
        self.from_tab_button.clicked.connect(self.add_selected)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.sort_button.clicked.connect(self.sort_alphabetically)
        self.remove_button.clicked.connect(self.remove_selected)
        self.refresh_button.clicked.connect(self.refresh_lines)
        self.view.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.load(None)

    # --- what the tab uses ----------------------------------------------------------

    def load(self, letter_id: int | None, title: str = "") -> None:
        self._letter_id = letter_id
        self._letter_title = title
        self.setEnabled(letter_id is not None)
        self.reload()

    def reload(self) -> None:
        items: list[SignatoryItem] = []
        lines: list[str] = []
        self._stale = []
        if self._letter_id is not None:
            stored = letters.signatory_list(self.database, letter_id=self._letter_id)
            self._stale = stored.stale if stored.refreshable else []
            for row in stored.rows:
                assert row.signature.id is not None
                items.append(SignatoryItem(
                    signature_id=row.signature.id,
                    organization=organization_label(row.organization.name,
                                                    row.organization.acronym),
                    country=row.country.name if row.country is not None else "",
                    status=str(row.signature.status),
                    status_date=row.signature.status_date))
            lines = stored.block
        selected = self.selected_id()
        self.model.set_items(items)
        self.block.setPlainText("\n".join(lines))
        self.block_label.setText(self.tr("Signatory block (%n signed organization(s)):", "",
                                         len(lines)))
        self.select(selected)
        self._update_buttons()

    def block_lines(self) -> list[str]:
        text = self.block.toPlainText()
        return text.split("\n") if text else []

    def selected_id(self) -> int | None:
        index = self.view.currentIndex()
        return int(index.data(Qt.ItemDataRole.UserRole)) if index.isValid() else None

    def select(self, signature_id: int | None) -> None:
        for row, item in enumerate(self.model.items):
            if item.signature_id == signature_id:
                self.view.selectRow(row)
                return
        self.view.clearSelection()

    # --- actions ---------------------------------------------------------------------

    def add_organization(self, organization_id: int) -> bool:
        letter_id = self._letter_id
        if letter_id is None:
            return False
        return self._run(lambda: letters.add_signatory(
            self.database, letter_id=letter_id, organization_id=organization_id,
            status=SignatureStatus.invited, status_date=dt.date.today()))

    def add_current(self) -> bool:
        # The typed text decides, so a half-typed name never adds whatever was highlighted.
        self.picker.ensure_loaded()
        index = self.picker.findText(self.picker.currentText().strip(),
                                     Qt.MatchFlag.MatchFixedString)
        if index < 0:
            self.error.show_problem(self.tr("Choose an organization from the list."))
            return False
        if self.add_organization(int(self.picker.itemData(index))):
            self.picker.setCurrentIndex(-1)
            self.picker.setEditText("")
            return True
        return False

    def add_selected(self) -> bool:
        """Invite what the Organizations tab has selected."""
        ids = list(self.selected_organizations())
        if not ids:
            self.error.show_problem(self.tr(
                "Select an organization on the Organizations tab first."))
            return False
        added = [self.add_organization(key) for key in ids]
        return all(added)

    def set_status(self, signature_id: int, status: SignatureStatus | str,
                   status_date: dt.date | None) -> bool:
        return self._write_status(signature_id, str(status), status_date)

    def move_selected(self, step: int) -> bool:
        """Move the selected signature `step` places up (-1) or down (+1) the list."""
        selected = self.selected_id()
        ids = [item.signature_id for item in self.model.items]
        if selected is None or self._letter_id is None:
            return False
        here = ids.index(selected)
        there = here + step
        if not 0 <= there < len(ids):
            return False
        ids[here], ids[there] = ids[there], ids[here]
        letter_id = self._letter_id
        return self._run(lambda: letters.reorder_signatories(
            self.database, letter_id=letter_id, signature_ids=ids), keep=selected)

    def sort_alphabetically(self) -> bool:
        letter_id = self._letter_id
        if letter_id is None:
            return False
        return self._run(lambda: letters.sort_signatories(
            self.database, letter_id=letter_id), keep=self.selected_id())

    def remove_selected(self) -> bool:
        selected, letter_id = self.selected_id(), self._letter_id
        if selected is None or letter_id is None:
            return False
        return self._run(lambda: letters.remove_signatory(
            self.database, letter_id=letter_id, signature_id=selected))

    def refresh_lines(self) -> bool:
        """Take the signed lines from the records again (undoable), after saying which."""
        letter_id = self._letter_id
        if letter_id is None or not self._stale:
            return False
        return self._run(lambda: letters.refresh_lines_from_records(
            self.database, letter_id=letter_id), keep=self.selected_id())

    def paste_list(self) -> None:
        dialog = PasteListDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.text.toPlainText().strip():
            return
        self.open_import(dialog.text.toPlainText())

    def open_import(self, text: str) -> ImportWizard:
        """The import wizard on the pasted list, adding what it imports to this letter."""
        wizard = ImportWizard(self.database, parent=self, text=text,
                              kind=ImportKind.organizations, letter_title=self._letter_title)
        wizard.imported.connect(lambda _batch: self._after_import())
        wizard.open()
        return wizard

    def _after_import(self) -> None:
        self.picker.invalidate()
        self.reload()
        self.changed.emit()

    # --- writing -------------------------------------------------------------------

    def _write_status(self, signature_id: int, status: str, when: dt.date | None) -> bool:
        letter_id = self._letter_id
        if letter_id is None:
            return False
        return self._run(lambda: letters.set_signatory_status(
            self.database, letter_id=letter_id, signature_id=signature_id, status=status,
            status_date=when), keep=signature_id)

    def _run(self, change: Callable[[], object], keep: int | None = None) -> bool:
        """Make one change through core; its problem, if refused, shows above the list.
        One the server was away for is made once it answers, after those kept before it."""
        if self._when_back.waiting:
            self._when_back.keep(lambda: self._run(change, keep))
            return False
        try:
            change()
        except (CoalitionDeskError, sa.exc.DBAPIError) as error:
            if server_away(error):
                self._when_back.keep(lambda: self._run(change, keep))
                return False
            if not isinstance(error, CoalitionDeskError):
                raise
            self.error.show_problem(message(error))
            return False
        self.error.show_problem(None)
        self.reload()
        if keep is not None:
            self.select(keep)
        self._update_buttons()
        self.changed.emit()
        return True

    def _organization_choices(self) -> list[tuple[str, int]]:
        return [(organization_label(name, acronym), key)
                for key, name, acronym in letters.signatory_choices(self.database)]

    def _update_buttons(self, *_args: Any) -> None:
        row = self.view.currentIndex().row() if self.view.currentIndex().isValid() else -1
        count = self.model.rowCount()
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)
        self.remove_button.setEnabled(row >= 0)
        self.sort_button.setEnabled(count > 1)
        stale = self._stale
        self.refresh_button.setEnabled(bool(stale))
        self.refresh_button.setToolTip("\n".join(
            self.tr("{signed} → {now}").format(signed=signed, now=now) for signed, now in stale)
            if stale else self.tr("Every line is as the records say, or the letter was sent"))
