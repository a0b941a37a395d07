"""The import wizard: file or pasted list, column mapping, preview with duplicates, result.

Reading the file, checking the rows and writing them run off the UI thread
(ui.app.workers.LongWork) with an inline progress bar and a Stop button
(ui.widgets.busy_bar); the widgets only call core.importing and show what
it returns.
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from coalitiondesk.core.errors import CoalitionDeskError
from coalitiondesk.core.exporting.columns import ExportKind
from coalitiondesk.core.exporting.profiles import columns_of
from coalitiondesk.core.geography.countries import resolve_country
from coalitiondesk.core.importing import (
    Action,
    ImportKind,
    ImportPlan,
    ImportResult,
    PlanRow,
    Progress,
    SourceTable,
    apply_import,
    initial_mapping,
    kind_for,
    prepare_import,
    read_file,
    read_pasted,
    sheet_choices,
    undo_import,
    write_error_report,
)
from coalitiondesk.core.importing.fields import Target, import_targets
from coalitiondesk.core.importing.mapping import check_mapping
from coalitiondesk.core.importing.name_country import mostly_name_country
from coalitiondesk.core.importing.plan import asks_status, stored_label
from coalitiondesk.core.importing.readers import ENCODINGS
from coalitiondesk.core.importing.report import rejected_rows
from coalitiondesk.core.importing.values import clean_text
from coalitiondesk.core.models import MembershipStatus
from coalitiondesk.core.storage.db import Database
from coalitiondesk.ui.app import file_dialogs
from coalitiondesk.ui.app.workers import show_failure
from coalitiondesk.ui.dialogs.import_wizard_columns import LeftOutColumns
from coalitiondesk.ui.text.core_messages import message
from coalitiondesk.ui.text.field_labels import column_label
from coalitiondesk.ui.text.value_labels import membership_status_label
from coalitiondesk.ui.widgets.busy_bar import BusyBar

PAGE_FILE, PAGE_MAPPING, PAGE_PREVIEW, PAGE_RESULT = range(4)
_ROOT = QModelIndex()
_SAMPLES = 3


def _read_steps(read: Callable[[], SourceTable]) -> Generator[Progress, None, SourceTable]:
    yield Progress("Reading", 0, 1)
    table = read()
    yield Progress("Reading", 1, 1)
    return table


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("What to import"))
        self.setSubTitle(self.tr("An Excel workbook, a csv file, or a list pasted from a letter "
                                 "or an e-mail (one organization per line)."))
        self.from_file = QRadioButton(self.tr("A file"))
        self.from_text = QRadioButton(self.tr("A pasted list"))
        group = QButtonGroup(self)
        group.addButton(self.from_file)
        group.addButton(self.from_text)
        self.from_file.setChecked(True)
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("Choose an .xlsx, .csv or .txt file"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        self.sheet = QComboBox()
        self.encoding = QComboBox()
        self.encoding.addItem(self.tr("Detect"), None)
        for name in ENCODINGS:
            self.encoding.addItem(name, name)
        self.delimiter = QComboBox()
        for label, value in ((self.tr("Detect"), None), (self.tr("Comma"), ","),
                             (self.tr("Semicolon"), ";"), (self.tr("Tab"), "\t"),
                             (self.tr("Vertical bar"), "|")):
            self.delimiter.addItem(label, value)
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(self.tr("Paste the list here, one organization per line:\n"
                                             "Burma Partnership (Thailand)\n"
                                             "International Federation for Human Rights (FIDH)"))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        self.busy = BusyBar()

        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        options = QFormLayout()
        options.addRow(self.tr("Sheet:"), self.sheet)
        options.addRow(self.tr("Encoding (csv):"), self.encoding)
        options.addRow(self.tr("Delimiter (csv):"), self.delimiter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.from_file)
        layout.addLayout(file_row)
        layout.addLayout(options)
        layout.addWidget(self.from_text)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        self.path.editingFinished.connect(self._path_changed)
        self.text.textChanged.connect(lambda: self.from_text.setChecked(True))
        self._ready = False

    def _browse(self) -> None:
        chosen, _ = file_dialogs.open_file_name(
            self, kind=file_dialogs.IMPORT, title=self.tr("Import a file"),
            current=self.path.text().strip(), filters=self.tr(
                "Spreadsheets and lists (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt);;"
                "All files (*)") + ";;" + self.tr("Address books (*.vcf *.vcard)"))
        if chosen:
            self.path.setText(chosen)
            self._path_changed()

    def _path_changed(self) -> None:
        self.from_file.setChecked(True)
        self.sheet.clear()
        self.error.clear()
        text = self.path.text().strip()
        if not text:
            return
        try:
            choices = sheet_choices(Path(text))
        except CoalitionDeskError as error:
            self.error.setText(message(error))
            return
        for choice in choices:
            label = choice.name + (self.tr(" (hidden)") if choice.hidden else "")
            self.sheet.addItem(label, choice.name)
        visible = [index for index, choice in enumerate(choices) if not choice.hidden]
        if visible:
            self.sheet.setCurrentIndex(visible[0])

    def reader(self) -> Callable[[], SourceTable]:
        if self.from_text.isChecked():
            text = self.text.toPlainText()
            return lambda: read_pasted(text)
        path = Path(self.path.text().strip())
        sheet, encoding = self.sheet.currentData(), self.encoding.currentData()
        delimiter = self.delimiter.currentData()
        return lambda: read_file(path, sheet=sheet, encoding=encoding, delimiter=delimiter)

    def initializePage(self) -> None:
        self._ready = False

    def validatePage(self) -> bool:
        if self._ready:
            return True
        if self.busy.busy:
            return False
        if self.from_file.isChecked() and not self.path.text().strip():
            self.error.setText(self.tr("Choose a file, or paste a list."))
            return False
        self.error.clear()
        read = self.reader()
        self.busy.run(lambda: _read_steps(read), self._read, self.error.setText)
        return False

    def _read(self, table: SourceTable) -> None:
        self.owner.table = table
        self.owner.left_out = set()
        self._ready = True
        self.owner.next()


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Columns"))
        self.setSubTitle(self.tr("Check what each column is. The guesses come from the "
                                 "headers; your choice is remembered for files like this one."))
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Organizations"), ImportKind.organizations)
        self.kind.addItem(self.tr("Contacts"), ImportKind.contacts)
        self.columns = QTableWidget(0, 3)
        self.columns.setHorizontalHeaderLabels(
            [self.tr("Column"), self.tr("First values"), self.tr("Import as")])
        self.columns.verticalHeader().hide()
        self.columns.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.columns.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.garbled = QLabel(self.tr("The names look garbled: the file seems to be in "
                                      "another encoding."))
        self.garbled.setWordWrap(True)
        self.garbled.setStyleSheet("color: #b00020")
        self.readable_as = QComboBox()
        self.reread = QPushButton(self.tr("Read it again as this"))
        self.reread.clicked.connect(self._read_again)
        self.status_label = QLabel(self.tr("Membership status of the organizations it "
                                           "creates:"))
        self.status = QComboBox()
        self.status.addItem(self.tr("Choose…"), None)
        for status in MembershipStatus:
            self.status.addItem(membership_status_label(status), status)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        self.busy = BusyBar()
        kind_row = QHBoxLayout()
        kind_row.addWidget(QLabel(self.tr("The rows are:")))
        kind_row.addWidget(self.kind)
        kind_row.addSpacing(16)
        kind_row.addWidget(self.status_label)
        kind_row.addWidget(self.status)
        kind_row.addStretch(1)
        garbled_row = QHBoxLayout()
        garbled_row.addWidget(self.garbled, 1)
        garbled_row.addWidget(self.readable_as)
        garbled_row.addWidget(self.reread)
        self.garbled_row = QWidget()
        self.garbled_row.setLayout(garbled_row)
        garbled_row.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.addLayout(kind_row)
        layout.addWidget(self.garbled_row)
        layout.addWidget(self.columns, 1)
        layout.addWidget(self.notes)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        self.kind.currentIndexChanged.connect(lambda _index: self._fill())
        self._ready = False

    def initializePage(self) -> None:
        table = self.owner.table
        assert table is not None
        self._ready = False
        self.error.clear()
        kind = self.owner.forced_kind or kind_for(table)
        self.kind.blockSignals(True)
        self.kind.setCurrentIndex(self.kind.findData(kind))
        self.kind.blockSignals(False)
        self.notes.setText("\n".join(table.warnings))
        self.notes.setVisible(bool(table.warnings))
        self.garbled_row.setVisible(bool(table.readable_as))
        self.readable_as.clear()
        for encoding in table.readable_as:
            self.readable_as.addItem(encoding, encoding)
        self._fill()

    def _read_again(self) -> None:
        """The file read again in the encoding chosen among those that read it cleanly."""
        if self.busy.busy:
            return
        page = self.owner.file_page
        page.encoding.setCurrentIndex(page.encoding.findData(self.readable_as.currentData()))
        read = page.reader()
        self.busy.run(lambda: _read_steps(read), self._read, self.error.setText)

    def _read(self, table: SourceTable) -> None:
        self.owner.table = table
        self.owner.left_out = set()
        self.initializePage()

    def current_kind(self) -> ImportKind:
        return ImportKind(self.kind.currentData())

    def _fill(self) -> None:
        table = self.owner.table
        assert table is not None
        kind = self.current_kind()
        with self.owner.database.session() as session:
            # The coordinator's own fields are offered after the built-in ones.
            choices = import_targets(session=session, kind=kind)
            mapping = initial_mapping(session=session, table=table, kind=kind,
                                      titles=self._titles(kind, choices))
        self.columns.setRowCount(len(table.headers))
        for column, header in enumerate(table.headers):
            self.columns.setItem(column, 0, QTableWidgetItem(header))
            samples = [clean_text(row.cells[column]) for row in table.rows[:20]]
            shown = [sample for sample in samples if sample][:_SAMPLES]
            self.columns.setItem(column, 1, QTableWidgetItem(" · ".join(shown)))
            choice = QComboBox()
            choice.addItem(self.tr("Do not import"), None)
            for target in choices:
                choice.addItem(column_label(target.label, "MappingPage"), target.key)
            choice.setCurrentIndex(max(choice.findData(mapping[column]), 0))
            choice.currentIndexChanged.connect(lambda _index: self._show_status())
            self.columns.setCellWidget(column, 2, choice)
        self.columns.resizeColumnToContents(0)
        self.columns.resizeColumnToContents(2)
        self._show_status()

    def _titles(self, kind: ImportKind, choices: tuple[Target, ...]) -> dict[str, str]:
        """This window's names of the targets in its language, as its lists and its
        exports' headers give them: a workbook exported in Korean comes back mapped."""
        exported = columns_of(self.owner.database, kind=ExportKind(kind.value))
        titles = {column_label(column.header, "ExportColumns"): column.key
                  for column in exported}
        titles.update((column_label(target.label, "MappingPage"), target.key)
                      for target in choices)
        return titles

    def _show_status(self) -> None:
        table = self.owner.table
        asked = table is not None and asks_status(table, self.current_kind(), self.mapping())
        self.status_label.setVisible(asked)
        self.status.setVisible(asked)

    def mapping(self) -> list[str | None]:
        choices: list[str | None] = []
        for row in range(self.columns.rowCount()):
            widget = self.columns.cellWidget(row, 2)
            assert isinstance(widget, QComboBox)
            choices.append(widget.currentData())
        return choices

    def set_choice(self, column: int, key: str | None) -> None:
        widget = self.columns.cellWidget(column, 2)
        assert isinstance(widget, QComboBox)
        widget.setCurrentIndex(widget.findData(key))

    def validatePage(self) -> bool:
        if self._ready:
            return True
        if self.busy.busy:
            return False
        table = self.owner.table
        assert table is not None
        kind, mapping = self.current_kind(), self.mapping()
        try:
            check_mapping(kind, mapping, len(table.headers))
        except CoalitionDeskError as error:
            self.error.setText(message(error))
            return False
        status: MembershipStatus | None = self.status.currentData()
        if status is None and asks_status(table, kind, mapping):
            self.error.setText(self.tr(
                "Choose the membership status of the organizations this import creates: "
                "no column gives one to every row."))
            self.status.setFocus()
            return False
        self.error.clear()
        self.owner.new_status = status
        database = self.owner.database
        people = self.owner.people_as_contacts
        self.busy.run(lambda: prepare_import(database=database, table=table, kind=kind,
                                             mapping=mapping, new_status=status,
                                             people_as_contacts=people),
                      self._prepared, self.error.setText)
        return False

    def _prepared(self, plan: ImportPlan) -> None:
        plan.left_out = self.owner.left_out
        self.owner.plan = plan
        self._ready = True
        self.owner.next()


_ACTION_COLORS = {Action.error: "#b00020", Action.skip: "#8a5a00", Action.create: "#1b5e20",
                  Action.update: "#0d47a1"}


class PlanModel(QAbstractTableModel):
    """The plan's rows: what each will become and why."""

    COLUMNS = (QT_TRANSLATE_NOOP("PlanModel", "Row"), QT_TRANSLATE_NOOP("PlanModel", "Will be"),
               QT_TRANSLATE_NOOP("PlanModel", "Record"),
               QT_TRANSLATE_NOOP("PlanModel", "Problems and notes"))

    def __init__(self, plan: ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.shared = plan.shared_records()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.plan.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(str(self.COLUMNS[section]))
        return None

    def action_label(self, action: Action) -> str:
        return {Action.create: self.tr("new"), Action.update: self.tr("update"),
                Action.unchanged: self.tr("unchanged"), Action.skip: self.tr("skipped"),
                Action.error: self.tr("not imported")}[action]

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.plan.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return row.number
            if column == 1:
                label = self.action_label(row.action)
                return label + (self.tr(" (decide)") if row.undecided else "")
            if column == 2:
                return self._record_text(row)
            details = [message(problem) for problem in row.problems] or (
                [message(row.reason)] if row.reason else [])
            if row.action is Action.update and row.changes:
                details.append(self.tr("changes: ") + ", ".join(
                    key.replace("_", " ") for key in row.changes))
            if row.new_tags:
                details.append(self.tr("adds tags: ") + ", ".join(row.new_tags))
            if row.new_alias:
                details.append(self.tr("keeps the stored name; adds {name} as another name"
                                       ).format(name=row.new_alias))
            others = self.shared.get(index.row())
            if others:
                details.append(self.tr("the same record as row {rows}").format(
                    rows=", ".join(str(number) for number in others)))
            return "; ".join(details + [message(note) for note in row.draft.notes])
        if role == Qt.ItemDataRole.ForegroundRole and column == 1:
            color = _ACTION_COLORS.get(row.action)
            return QColor(color) if color else None
        return None

    def _record_text(self, row: PlanRow) -> str:
        values = row.draft.values
        name = str(row.draft.label(self.plan.kind))
        extra = [str(values[key]) for key in ("acronym", "country_code", "address_country_code",
                                              "email") if values.get(key)]
        if row.draft.not_given and not any(values.get(key) for key in row.draft.not_given):
            extra.append(self.tr("country not given"))
        return name + (f" ({', '.join(extra)})" if extra else "")

    def row_changed(self, position: int) -> None:
        self.shared = self.plan.shared_records()
        self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, 3))


class AttentionFilter(QSortFilterProxyModel):
    """Only the rows a person should look at: errors, skips, duplicates, notes."""

    def __init__(self, plan: ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.enabled = False

    def set_enabled(self, enabled: bool) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9 and later
            self.beginFilterChange()
            self.enabled = enabled
            self.endFilterChange()
        else:
            self.enabled = enabled
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int,
                         source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self.enabled:
            return True
        row = self.plan.rows[source_row]
        return (row.action in {Action.error, Action.skip} or row.undecided
                or bool(row.draft.notes) or row.match.candidates != []
                or row.new_alias is not None or row.same_record_as is not None
                or self.shares(source_row))

    def shares(self, position: int) -> bool:
        model = self.sourceModel()
        return isinstance(model, PlanModel) and position in model.shared

    def lessThan(self, left: QModelIndex | QPersistentModelIndex,
                 right: QModelIndex | QPersistentModelIndex) -> bool:
        return self._place(left.row()) < self._place(right.row())

    def _place(self, position: int) -> tuple[int, int]:
        """Rows for one record together, under the first of them; the rest in file order."""
        model = self.sourceModel()
        others = model.shared.get(position, []) if isinstance(model, PlanModel) else []
        number = self.plan.rows[position].number
        return min([number, *others]), number

    def keep_together(self) -> None:
        """Sorted only while rows share a record: sorting 50,000 rows costs seconds."""
        model = self.sourceModel()
        if isinstance(model, PlanModel) and model.shared:
            self.sort(0)
        elif self.sortColumn() >= 0:
            self.sort(-1)


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Preview"))
        self.setSubTitle(self.tr("What each row will become. Nothing is written until you "
                                 "press Import; the whole import can be undone."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.status_line = QLabel()
        self.status_line.setWordWrap(True)
        self.split = QCheckBox()
        self.split.hide()
        self.split.clicked.connect(self._split_toggled)
        self.people = QCheckBox()
        self.people.hide()
        self.people.clicked.connect(self._people_toggled)
        self.columns = LeftOutColumns(database=wizard.database)
        self.columns.mapped.connect(self._remap)
        self.columns.decided.connect(self.completeChanged.emit)
        self.busy = BusyBar()
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        self.error.hide()
        self.attention = QCheckBox(self.tr("Only rows that need attention"))
        self.view = QTableView()
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        self.decision_label = QLabel(self.tr("This row:"))
        self.decision = QComboBox()
        self.decision.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.report = QPushButton(self.tr("Save error report…"))
        self.letter = QLineEdit()
        self.letter.setPlaceholderText(self.tr("Optional: a letter's title"))
        decision_row = QHBoxLayout()
        decision_row.addWidget(self.decision_label)
        decision_row.addWidget(self.decision, 1)
        decision_row.addWidget(self.report)
        letter_row = QFormLayout()
        letter_row.addRow(self.tr("Signatories or recipients of:"), self.letter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.status_line)
        layout.addWidget(self.split)
        layout.addWidget(self.people)
        layout.addWidget(self.columns)
        layout.addWidget(self.busy)
        layout.addWidget(self.error)
        layout.addWidget(self.attention)
        layout.addWidget(self.view, 1)
        layout.addLayout(decision_row)
        layout.addLayout(letter_row)
        self.attention.toggled.connect(self._filter)
        self.decision.activated.connect(self._decide)
        self.report.clicked.connect(self._save_report)
        self.model: PlanModel | None = None
        self.proxy: AttentionFilter | None = None
        self._decisions: dict[int, tuple[Action, int | None, bool]] = {}

    def initializePage(self) -> None:
        plan = self.owner.plan
        assert plan is not None
        self.model = PlanModel(plan, self)
        self.proxy = AttentionFilter(plan, self)
        self.proxy.setSourceModel(self.model)
        self.proxy.keep_together()
        self.view.setModel(self.proxy)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        self.view.resizeColumnsToContents()
        self.view.setColumnWidth(2, min(self.view.columnWidth(2), 380))
        self.view.selectionModel().currentRowChanged.connect(self._selected)
        self.letter.setText(self.owner.letter_title or "")
        self.attention.setChecked(any(row.action in {Action.error, Action.skip}
                                      for row in plan.rows))
        self._filter(self.attention.isChecked())
        self._update_summary()
        self._selected(QModelIndex())
        self.columns.show_plan(plan)
        self._offer_split(plan)
        self._offer_people(plan)
        self._show_error("")
        self.completeChanged.emit()

    def _offer_people(self, plan: ImportPlan) -> None:
        offered = plan.people is not None and plan.people_plan is not None
        self.people.setVisible(offered)
        if plan.people is None or not offered:
            return
        self.people.setText(self.tr(
            "Rows that are people, not organizations ({count}): import them as contacts "
            "of their organization").format(count=len(plan.people.positions)))
        self.people.setChecked(plan.people_as_contacts)

    def _people_toggled(self, checked: bool) -> None:
        plan = self.owner.plan
        if plan is None or self.model is None:
            return
        self.owner.people_as_contacts = checked
        plan.set_people_as_contacts(checked)
        self.model.row_changed(0)
        self.columns.show_plan(plan)
        self._update_summary()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        plan = self.owner.plan
        return (plan is not None and not plan.undecided_columns() and not self.busy.busy
                and super().isComplete())

    def _split_column(self, plan: ImportPlan) -> int | None:
        """The name column whose values mostly end in their country, if any."""
        if plan.table.is_list or plan.kind is not ImportKind.organizations:
            return None
        for index, key in enumerate(plan.mapping):
            if key == "signatory_line":
                return index
        if "name" not in plan.mapping:
            return None
        index = plan.mapping.index("name")
        values = [text for row in plan.table.rows[:200]
                  if index < len(row.cells) and (text := clean_text(row.cells[index]))]
        return index if mostly_name_country(values, resolve_country) else None

    def _offer_split(self, plan: ImportPlan) -> None:
        index = self._split_column(plan)
        self.split.setVisible(index is not None)
        if index is None:
            return
        self.split.setText(self.tr("Split “Name (Country)” in the column {header} into the "
                                   "name and the country").format(
            header=plan.table.headers[index]))
        self.split.setChecked(plan.mapping[index] == "signatory_line")

    def _split_toggled(self, checked: bool) -> None:
        plan = self.owner.plan
        index = self._split_column(plan) if plan is not None else None
        if index is not None:
            self._remap(index, "signatory_line" if checked else "name")

    def _remap(self, column: int, key: str) -> None:
        """Import one more column (or a column differently): the plan is made again."""
        plan = self.owner.plan
        if plan is None or self.busy.busy:
            return
        mapping = list(plan.mapping)
        mapping[column] = key
        try:
            check_mapping(plan.kind, mapping, len(plan.table.headers))
        except CoalitionDeskError as error:
            self._show_error(message(error))
            self.columns.show_plan(plan)
            return
        status = self.owner.new_status
        if status is None and asks_status(plan.table, plan.kind, mapping):
            self._show_error(self.tr("This column needs the membership status of the "
                                       "organizations it creates: go back and choose it."))
            self.columns.show_plan(plan)
            return
        self.owner.mapping_page.set_choice(column, key)
        # The user's decisions on rows outlive the new plan where they still apply.
        names = {"name", "given_name", "family_name", "native_name"}
        self._decisions = {row.number: (row.action, row.record_id, bool(names & set(row.changes)))
                           for row in plan.rows if row.decided}
        database, table, kind = self.owner.database, plan.table, plan.kind
        self._show_error("")
        people = self.owner.people_as_contacts
        self.busy.run(lambda: prepare_import(database=database, table=table, kind=kind,
                                             mapping=mapping, new_status=status,
                                             people_as_contacts=people),
                      self._prepared, self._failed)
        self.completeChanged.emit()

    def _prepared(self, plan: ImportPlan) -> None:
        plan.left_out = self.owner.left_out
        for position, row in enumerate(plan.rows):
            decision = self._decisions.get(row.number)
            if decision is None or row.action is Action.error:
                continue
            action, record_id, rename = decision
            try:
                plan.decide(position, action, record_id, rename=rename)
            except ValueError:
                continue  # the record is no longer among the row's matches
        self._decisions = {}
        self.owner.plan = plan
        self.initializePage()

    def _show_error(self, text: str) -> None:
        # Hidden when empty: an empty label still takes a line of the page.
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _failed(self, text: str) -> None:
        self._show_error(text)
        self.completeChanged.emit()

    def _filter(self, enabled: bool) -> None:
        if self.proxy is not None:
            self.proxy.set_enabled(enabled)

    def _update_summary(self) -> None:
        plan = self.owner.plan
        assert plan is not None
        counts = plan.counts()
        undecided = sum(1 for row in plan.rows if row.undecided and row.action is Action.skip)
        text = self.tr("{rows} rows from {source}: {new} new, {updated} updated, {same} "
                       "unchanged, {skipped} skipped, {errors} with errors.").format(
            rows=len(plan.rows), source=plan.source, new=counts[Action.create],
            updated=counts[Action.update], same=counts[Action.unchanged],
            skipped=counts[Action.skip], errors=counts[Action.error])
        if undecided:
            text += " " + self.tr("{count} possible duplicates are skipped until you decide."
                                  ).format(count=undecided)
        self.summary.setText(text)
        self.status_line.setText(self._status_text(plan))
        self.status_line.setVisible(bool(self.status_line.text()))
        self.report.setEnabled(bool(rejected_rows(plan)))

    def _status_text(self, plan: ImportPlan) -> str:
        without = plan.organizations_without_status()
        if without:
            return self.tr("New organizations that the file gives no status ({count}) get "
                           "the membership status {status}, as you chose.").format(
                count=without, status=membership_status_label(
                    plan.status_for_new_organizations()))
        if plan.status_from_file() and plan.counts()[Action.create]:
            return self.tr("New organizations get the membership status the file gives.")
        return ""

    def _position(self, index: QModelIndex) -> int | None:
        if self.proxy is None or not index.isValid():
            return None
        return self.proxy.mapToSource(index).row()

    def _selected(self, index: QModelIndex, _previous: QModelIndex | None = None) -> None:
        plan = self.owner.plan
        position = self._position(index)
        self.decision.clear()
        if plan is None or position is None:
            self.decision.setEnabled(False)
            return
        row = plan.rows[position]
        if row.action is Action.error:
            self.decision.setEnabled(False)
            return
        self.decision.addItem(self.tr("Skip this row"), (Action.skip, None, False))
        self.decision.addItem(self.tr("Create a new record"), (Action.create, None, False))
        candidates = [(c.record_id, c.label, c.score) for c in row.match.candidates]
        if row.match.record_id is not None:
            candidates.insert(0, (row.match.record_id, self.tr("the stored record"), 100))
        name = row.draft.label(plan.kind)
        for record_id, label, score in candidates:
            self.decision.addItem(self.tr("Update {label} ({score}% alike), keeping its name"
                                          ).format(label=label, score=score),
                                  (Action.update, record_id, False))
            stored = plan.stored.get(record_id)
            if stored is not None and stored_label(stored.values, plan.kind) != name:
                self.decision.addItem(
                    self.tr("Update {label} and rename it {name}").format(
                        label=label, name=name), (Action.update, record_id, True))
        current = {Action.skip: 0, Action.create: 1}.get(row.action)
        if current is None:
            renamed = any(key in row.changes for key in ("name", "given_name", "family_name",
                                                         "native_name"))
            current = next((number for number in range(self.decision.count())
                            if self.decision.itemData(number)[1] == row.record_id
                            and self.decision.itemData(number)[2] == renamed), 0)
        self.decision.setCurrentIndex(current)
        self.decision.setEnabled(True)

    def _decide(self, _choice: int) -> None:
        plan = self.owner.plan
        position = self._position(self.view.currentIndex())
        if plan is None or position is None or self.model is None:
            return
        action, record_id, rename = self.decision.currentData()
        if action is Action.update:
            others = [row.number for other, row in enumerate(plan.rows) if other != position
                      and row.record_id == record_id
                      and row.action in {Action.update, Action.unchanged}]
            if others and not self.confirm_shared(others):
                self._selected(self.view.currentIndex())
                return
        plan.decide(position, action, record_id, rename=rename)
        self.model.row_changed(position)
        if self.proxy is not None:
            self.proxy.keep_together()
        self._update_summary()

    def confirm_shared(self, others: list[int]) -> bool:
        """Asked when a second row would update a record another row updates."""
        answer = QMessageBox.question(
            self, self.tr("The same record twice"),
            self.tr("Row {rows} updates this record too. Update it with this row as well? "
                    "Where the rows differ, the later one's values are kept.").format(
                rows=", ".join(str(number) for number in others)))
        return answer == QMessageBox.StandardButton.Yes

    def _save_report(self) -> None:
        plan = self.owner.plan
        assert plan is not None
        chosen, _ = file_dialogs.save_file_name(
            self, kind=file_dialogs.ERROR_REPORT, title=self.tr("Save error report"),
            name=f"{Path(plan.source).stem} - import errors.xlsx",
            filters=self.tr("Excel workbook (*.xlsx)"))
        if chosen:
            self.save_report(Path(chosen))

    def save_report(self, path: Path) -> None:
        plan = self.owner.plan
        assert plan is not None
        try:
            write_error_report(plan, path)
        except OSError as error:
            show_failure(self, self.tr("Error report"), error)

    def validatePage(self) -> bool:
        self.owner.letter_title = self.letter.text().strip() or None
        return True


class ResultPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Importing"))
        self.setSubTitle(self.tr("All rows are written in one transaction: all or nothing."))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.busy = BusyBar()
        self.undo = QPushButton(self.tr("Undo this import"))
        self.undo.hide()
        self.undo.clicked.connect(self._undo)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.busy)
        undo_row = QHBoxLayout()
        undo_row.addWidget(self.undo)
        undo_row.addStretch(1)
        layout.addLayout(undo_row)
        layout.addStretch(1)
        self._done = False

    def initializePage(self) -> None:
        plan = self.owner.plan
        assert plan is not None
        self._done = False
        self.message.setText(self.tr("Writing {count} rows in one transaction…").format(
            count=len(plan.rows)))
        database, letter = self.owner.database, self.owner.letter_title
        self.busy.run(lambda: apply_import(database=database, plan=plan, letter_title=letter),
                      self._finished, self._failed, self._cancelled)

    def isComplete(self) -> bool:
        return self._done

    def _end(self, title: str, text: str) -> None:
        self.setTitle(title)
        self.message.setText(text)
        self._done = True
        self.completeChanged.emit()

    def _finished(self, result: ImportResult) -> None:
        self.owner.import_result = result
        counts = result.counts
        text = self.tr("Created {new}, updated {updated}, unchanged {same}, skipped {skipped}, "
                       "errors {errors}.").format(
            new=counts[Action.create], updated=counts[Action.update],
            same=counts[Action.unchanged], skipped=counts[Action.skip],
            errors=counts[Action.error])
        plan = self.owner.plan
        if plan is not None and plan.organizations_without_status():
            text += " " + self.tr("New organizations the file gives no status: {status}."
                                  ).format(status=membership_status_label(
                                      plan.status_for_new_organizations()))
        if result.people_counts is not None:
            text += " " + self.tr("People as contacts: {new} new, {updated} updated, "
                                  "{same} unchanged.").format(
                new=result.people_counts[Action.create],
                updated=result.people_counts[Action.update],
                same=result.people_counts[Action.unchanged])
        if result.letter_id is not None:
            text += " " + self.tr("{count} added to the letter.").format(
                count=result.letter_added)
        self._end(self.tr("Imported"), text)
        self.undo.show()
        self.owner.imported.emit(result.batch_id)

    def _failed(self, message: str) -> None:
        self._end(self.tr("Nothing was imported"), message)

    def _cancelled(self) -> None:
        self._end(self.tr("Import stopped"),
                  self.tr("The import was stopped; nothing was changed."))

    def _undo(self) -> None:
        result = self.owner.import_result
        if result is None:
            return
        try:
            undone = undo_import(database=self.owner.database, batch_id=result.batch_id)
        except CoalitionDeskError as error:
            self.message.setText(message(error))
            return
        self.undo.hide()
        text = self.tr("Undone: {deleted} records removed, {restored} restored.").format(
            deleted=undone.deleted, restored=undone.restored)
        if undone.kept:
            text += " " + self.tr("{count} later edits were kept.").format(
                count=len(undone.kept))
        self.message.setText(text)
        self.owner.imported.emit(result.batch_id)


class ImportWizard(QWizard):
    """Import a workbook, csv file or pasted list: file, columns, preview, result.

    `imported(batch_id)` is emitted after an import is written or undone, so the
    main window can refresh its tables.
    """

    imported = Signal(int)

    def __init__(self, database: Database, path: Path | str | None = None,
                 parent: QWidget | None = None, *, text: str | None = None,
                 kind: ImportKind | None = None, letter_title: str | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.forced_kind = kind
        self.letter_title = letter_title
        self.table: SourceTable | None = None
        self.plan: ImportPlan | None = None
        self.import_result: ImportResult | None = None
        self.left_out: set[int] = set()
        """Columns with values the user chose not to import."""
        self.people_as_contacts = False
        self.new_status: MembershipStatus | None = None
        self.setWindowTitle(self.tr("Import"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.result_page = ResultPage(self)
        self.setPage(PAGE_FILE, self.file_page)
        self.setPage(PAGE_MAPPING, self.mapping_page)
        self.setPage(PAGE_PREVIEW, self.preview_page)
        self.setPage(PAGE_RESULT, self.result_page)
        self.resize(860, 600)
        if path is not None:
            self.file_page.path.setText(str(path))
            self.file_page._path_changed()
        if text is not None:
            self.file_page.text.setPlainText(text)
            self.file_page.from_text.setChecked(True)

    def busy_bars(self) -> list[BusyBar]:
        return [self.file_page.busy, self.mapping_page.busy, self.preview_page.busy,
                self.result_page.busy]

    def reject(self) -> None:
        # Closing while work runs stops it first: a half-written import rolls back.
        for bar in self.busy_bars():
            if bar.busy:
                bar.cancel()
                bar.wait()
        super().reject()
