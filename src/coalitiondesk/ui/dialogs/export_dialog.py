"""The export dialog: what to export, which records, which columns, to which file.

The export itself (and counting what would be withheld) runs off the UI
thread as ui.app.workers.LongWork; the dialog only gathers choices and
shows progress in place, with Stop. Including restricted records takes an explicit confirmation that
says how many will go out.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from coalitiondesk.core.errors import CoalitionDeskError
from coalitiondesk.core.exporting import (
    PARTNER_LIST,
    ExportKind,
    ExportPreview,
    ExportRequest,
    ExportResult,
    Profile,
    Reason,
    Scope,
    export_steps,
    preview_export,
)
from coalitiondesk.core.exporting.columns import Column
from coalitiondesk.core.exporting.labels import ExportLanguage
from coalitiondesk.core.exporting.profiles import (
    columns_of,
    delete_export_profile,
    profiles_of,
    save_export_profile,
)
from coalitiondesk.core.exporting.scope import Filters, describe_filters, has_criteria
from coalitiondesk.core.exporting.unreadable import unreadable_keys
from coalitiondesk.core.progress import Progress
from coalitiondesk.core.records.letters import letter_titles
from coalitiondesk.core.storage.db import Database
from coalitiondesk.ui.app import file_dialogs
from coalitiondesk.ui.app.workers import LongWork, Outcome, failure_text
from coalitiondesk.ui.text.core_messages import message
from coalitiondesk.ui.text.field_labels import column_label

PRIVATE_FOREGROUND = QColor("#7a0000")
KEY_ROLE = Qt.ItemDataRole.UserRole + 1

# Translated when shown, not at import time (before a translator is installed).
_KIND_LABELS: dict[ExportKind, str] = {
    ExportKind.organizations: str(QT_TRANSLATE_NOOP("ExportDialog", "Organizations")),
    ExportKind.contacts: str(QT_TRANSLATE_NOOP("ExportDialog", "Contacts")),
    ExportKind.countries: str(QT_TRANSLATE_NOOP("ExportDialog",
                                                "Countries, with member counts")),
    ExportKind.signatories: str(QT_TRANSLATE_NOOP("ExportDialog", "Signatories of a letter")),
    ExportKind.recipients: str(QT_TRANSLATE_NOOP(
        "ExportDialog", "Recipients of a letter, with each sending")),
    ExportKind.activities: str(QT_TRANSLATE_NOOP("ExportDialog", "Activities")),
}


_PER_LETTER = (ExportKind.signatories, ExportKind.recipients)


def _column_label(header: str) -> str:
    # Headers come from core in English, as they appear in the file.
    return column_label(header, "ExportColumns")


class ExportDialog(QDialog):
    """Export records to an xlsx or csv file for partners.

    `filters` is the table's current filter and `selected_ids` its selected
    records (record ids; country codes for countries; organization ids for
    signatories), both for `kind`.
    """

    exported = Signal(object)
    """The ExportResult, once the file is in place."""

    def __init__(
        self,
        database: Database,
        kind: ExportKind | str = ExportKind.contacts,
        filters: Filters | None = None,
        selected_ids: Sequence[int | str] | None = None,
        parent: QWidget | None = None,
        *,
        letter_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self._origin_kind = ExportKind(kind)
        # A filter with nothing set shows every record: that is "All records".
        self._filters = filters if has_criteria(filters) else None
        self._selected = tuple(selected_ids) if selected_ids else None
        self._task: LongWork | None = None
        self._done: Callable[[Any], None] | None = None
        self._confirm: QMessageBox | None = None
        self.result_value: ExportResult | None = None
        self._columns: tuple[Column, ...] = ()
        # Columns this person may not read (a volunteer's on a shared server): shown,
        # never exported.
        self._unreadable: frozenset[str] = frozenset()
        self.setWindowTitle(self.tr("Export for partners"))
        self.setMinimumWidth(560)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.kind_box = QComboBox()
        for value, label in _KIND_LABELS.items():
            self.kind_box.addItem(QCoreApplication.translate("ExportDialog", label), value.value)
        self.kind_box.setCurrentIndex(self.kind_box.findData(self._origin_kind.value))
        form.addRow(self.tr("Export:"), self.kind_box)

        self.letter_box = QComboBox()
        for key, title in letter_titles(database):
            self.letter_box.addItem(title, key)
        if letter_id is not None:
            self.letter_box.setCurrentIndex(max(0, self.letter_box.findData(letter_id)))
        self.letter_label = QLabel(self.tr("Letter:"))
        form.addRow(self.letter_label, self.letter_box)

        self.scope_all = QRadioButton(self.tr("All records"))
        self.scope_filter = QRadioButton(self.tr("The records the current filter shows"))
        if self._filters is not None:
            with database.session() as session:
                shown = describe_filters(session=session, filters=self._filters)
            self.scope_filter.setText(
                self.tr("The records the current filter shows (%1)").replace("%1", shown))
        count = len(self._selected or ())
        self.scope_selection = QRadioButton(
            self.tr("The selected records (%1)").replace("%1", str(count)))
        self.scope_group = QButtonGroup(self)
        scope_box = QVBoxLayout()
        scope_box.setSpacing(2)
        for button in (self.scope_all, self.scope_filter, self.scope_selection):
            self.scope_group.addButton(button)
            scope_box.addWidget(button)
        form.addRow(self.tr("Records:"), scope_box)

        self.profile_box = QComboBox()
        form.addRow(self.tr("Columns:"), self.profile_box)
        self.columns_list = QListWidget()
        self.columns_list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.columns_list.setMinimumHeight(170)
        self.columns_list.setAccessibleName(self.tr("Columns to export"))
        form.addRow("", self.columns_list)
        save_row = QHBoxLayout()
        self.profile_name = QLineEdit()
        self.profile_name.setPlaceholderText(self.tr("Name for these columns"))
        self.save_profile_button = QPushButton(self.tr("Save as profile"))
        self.delete_profile_button = QPushButton(self.tr("Delete profile"))
        save_row.addWidget(self.profile_name, 1)
        save_row.addWidget(self.save_profile_button)
        save_row.addWidget(self.delete_profile_button)
        form.addRow("", save_row)

        self.language_box = QComboBox()
        # Each language named in itself, as a partner reading it would look for it.
        for language, name in ((ExportLanguage.en, "English"), (ExportLanguage.ko, "한국어"),
                               (ExportLanguage.ja, "日本語")):
            self.language_box.addItem(name, language.value)
        self.language_box.setToolTip(self.tr(
            "The language of kinds, statuses and country names in the file; "
            "the Full profile keeps the stored codes"))
        form.addRow(self.tr("Labels in:"), self.language_box)

        self.include_restricted = QCheckBox(
            self.tr("Include restricted contacts and records tagged “do not share”"))
        form.addRow(self.tr("Privacy:"), self.include_restricted)

        file_row = QHBoxLayout()
        self.file_edit = QLineEdit()
        self.file_edit.setPlaceholderText(self.tr("Excel workbook (.xlsx) or csv file"))
        self.choose_button = QPushButton(self.tr("Choose…"))
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.choose_button)
        form.addRow(self.tr("File:"), file_row)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress = QProgressBar()
        self.progress.hide()
        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(
            self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        # Only once the button is inside the dialog does the dialog remember it as
        # its default: then Enter exports again after Tab has passed another button.
        self.export_button.setDefault(True)

        self.kind_box.currentIndexChanged.connect(self._kind_changed)
        self.letter_box.currentIndexChanged.connect(self._scope_changed)
        self.scope_group.buttonToggled.connect(self._scope_changed)
        self.profile_box.currentIndexChanged.connect(self._profile_changed)
        self.columns_list.itemChanged.connect(self._columns_edited)
        self.save_profile_button.clicked.connect(self.save_columns_as_profile)
        self.delete_profile_button.clicked.connect(self.delete_current_profile)
        self.include_restricted.clicked.connect(self._restricted_clicked)
        self.choose_button.clicked.connect(self.choose_file)
        self.file_edit.textChanged.connect(self._update_buttons)
        self.export_button.clicked.connect(self.start_export)
        self.close_button.clicked.connect(self.reject)
        self._kind_changed()

    # --- choices -------------------------------------------------------------

    @property
    def kind(self) -> ExportKind:
        return ExportKind(self.kind_box.currentData())

    def scope(self) -> Scope:
        if self.scope_filter.isChecked() and self._filters is not None:
            return Scope(filters=self._filters)
        if self.scope_selection.isChecked() and self._selected:
            return Scope(selected=self._selected)
        return Scope()

    def chosen_columns(self) -> tuple[str, ...]:
        return tuple(
            str(item.data(KEY_ROLE))
            for item in (self.columns_list.item(row) for row in range(self.columns_list.count()))
            if item.checkState() == Qt.CheckState.Checked
        )

    def current_profile(self) -> Profile | None:
        profile = self.profile_box.currentData()
        return profile if isinstance(profile, Profile) else None

    def request(self) -> ExportRequest:
        profile = self.current_profile()
        columns = self.chosen_columns()
        return ExportRequest(
            kind=self.kind, target=Path(self.file_edit.text().strip()).expanduser(),
            profile=profile.name if profile is not None else None,
            columns=None if profile is not None and self._readable_keys(profile) == columns
            else columns,
            scope=self.scope(),
            letter_id=self.letter_box.currentData() if self.kind in _PER_LETTER else None,
            include_restricted=self.include_restricted.isChecked(),
            language=ExportLanguage(self.language_box.currentData()),
            titles=self.column_titles(),
        )

    def _readable_keys(self, profile: Profile) -> tuple[str, ...]:
        return tuple(key for key in profile.keys if key not in self._unreadable)

    def column_titles(self) -> dict[str, str]:
        """The headers the file gets: each column as this dialog names it, in the
        interface's language (core keeps "ID" for the way back)."""
        return {column.key: title for column in self._columns
                if (title := _column_label(column.header)) != column.header}

    @Slot()
    def _kind_changed(self) -> None:
        kind = self.kind
        is_origin = kind is self._origin_kind
        per_letter = kind in _PER_LETTER
        self.letter_label.setVisible(per_letter)
        self.letter_box.setVisible(per_letter)
        # The table's filter and selection are records of the kind it shows.
        self.scope_filter.setEnabled(is_origin and self._filters is not None)
        self.scope_selection.setEnabled(is_origin and bool(self._selected))
        # What the table shows, never a selection the user did not pick here: a row
        # left selected would otherwise send a partner a one-row workbook.
        if self.scope_filter.isEnabled():
            self.scope_filter.setChecked(True)
        else:
            self.scope_all.setChecked(True)
        self.include_restricted.setChecked(False)
        self._load_profiles()
        self._update_buttons()

    @Slot()
    def _scope_changed(self) -> None:
        # A confirmation counted other records; what is included is asked again.
        self.include_restricted.setChecked(False)

    def _load_profiles(self, select: str | None = None) -> None:
        profiles = profiles_of(self.database, kind=self.kind)
        self._columns = columns_of(self.database, kind=self.kind)
        self._unreadable = unreadable_keys(self.database, kind=self.kind,
                                           columns=self._columns)
        self.profile_box.blockSignals(True)
        self.profile_box.clear()
        for profile in profiles:
            label = (self.tr("Partner list (public fields)") if profile.name == PARTNER_LIST
                     and profile.shipped else
                     self.tr("Full (everything, for your own use)") if profile.shipped
                     else profile.name)
            self.profile_box.addItem(label, profile)
        self.profile_box.addItem(self.tr("Columns chosen below"), None)
        index = next((i for i, profile in enumerate(profiles) if profile.name == select), 0)
        self.profile_box.setCurrentIndex(index)
        self.profile_box.blockSignals(False)
        self._profile_changed()

    @Slot()
    def _profile_changed(self) -> None:
        profile = self.current_profile()
        keys = (set(self._readable_keys(profile)) if profile is not None
                else set(self.chosen_columns()))
        self.columns_list.blockSignals(True)
        self.columns_list.clear()
        order = list(profile.keys) if profile is not None else []
        columns = sorted(self._columns,
                         key=lambda c: order.index(c.key) if c.key in order else len(order))
        for column in columns:
            label = _column_label(column.header)
            if column.private:
                label = self.tr("%1 (private)").replace("%1", label)
            item = QListWidgetItem(label)
            item.setData(KEY_ROLE, column.key)
            flags = item.flags() | Qt.ItemFlag.ItemIsUserCheckable
            if column.key == "id":
                # The ID brings a partner's corrections back as updates.
                flags &= ~Qt.ItemFlag.ItemIsEnabled
                item.setToolTip(self.tr("Always exported: it lets corrections come back "
                                        "as updates"))
            elif column.key in self._unreadable:
                flags &= ~Qt.ItemFlag.ItemIsEnabled
                item.setToolTip(self.tr("Not available: a volunteer on the shared server "
                                        "may not read this private field, so it is left "
                                        "out of the file"))
            item.setFlags(flags)
            item.setCheckState(Qt.CheckState.Checked if column.key in keys or column.key == "id"
                               else Qt.CheckState.Unchecked)
            if column.private and column.key not in self._unreadable:
                item.setForeground(QBrush(PRIVATE_FOREGROUND))
            self.columns_list.addItem(item)
        self.columns_list.blockSignals(False)
        self.delete_profile_button.setEnabled(profile is not None and not profile.shipped)

    @Slot()
    def _columns_edited(self) -> None:
        profile = self.current_profile()
        if profile is not None and set(self._readable_keys(profile)) != set(
                self.chosen_columns()):
            self.profile_box.blockSignals(True)
            self.profile_box.setCurrentIndex(self.profile_box.count() - 1)
            self.profile_box.blockSignals(False)
            self.delete_profile_button.setEnabled(False)

    @Slot()
    def save_columns_as_profile(self) -> None:
        name = self.profile_name.text()
        try:
            profile = save_export_profile(self.database, kind=self.kind, name=name,
                                          columns=self.chosen_columns())
        except CoalitionDeskError as error:
            self._show_status(message(error), error=True)
            return
        self.profile_name.clear()
        self._load_profiles(select=profile.name)
        self._show_status(self.tr("Saved the profile “%1”.").replace("%1", profile.name))

    @Slot()
    def delete_current_profile(self) -> None:
        profile = self.current_profile()
        if profile is None or profile.shipped:
            return
        try:
            delete_export_profile(self.database, kind=self.kind, name=profile.name)
        except CoalitionDeskError as error:
            self._show_status(message(error), error=True)
            return
        self._load_profiles()
        self._show_status(self.tr("Deleted the profile “%1”.").replace("%1", profile.name))

    @Slot()
    def choose_file(self) -> None:
        current = self.file_edit.text().strip() or f"{self.kind.value}.xlsx"
        workbook_filter = self.tr("Excel workbook (*.xlsx)")
        path, chosen = file_dialogs.save_file_name(
            self, kind=file_dialogs.EXPORT, title=self.tr("Export to"),
            name=Path(current).name, current=current,
            filters=";;".join((workbook_filter, self.tr("CSV file, UTF-8 (*.csv)"))))
        if not path:
            return
        if Path(path).suffix.lower() not in (".xlsx", ".csv"):
            path += ".xlsx" if chosen == workbook_filter else ".csv"
        self.file_edit.setText(path)

    @Slot()
    def _update_buttons(self) -> None:
        busy = self._task is not None
        self.export_button.setEnabled(not busy and bool(self.file_edit.text().strip()))

    # --- restricted records -------------------------------------------------

    @Slot(bool)
    def _restricted_clicked(self, checked: bool) -> None:
        if not checked:
            return
        # Ticked only once the user has read how many people it concerns.
        self.include_restricted.setChecked(False)
        # Read from the widgets here, on the UI thread; the count runs in the worker.
        request, database = self.request(), self.database

        def count() -> Generator[Progress, None, ExportPreview]:
            yield Progress("Counting restricted records", 0, 0)
            return preview_export(database=database, request=request)

        self._run(count, self._ask_about_restricted, self.tr("Counting restricted records…"))

    def _ask_about_restricted(self, preview: ExportPreview) -> None:
        counts = preview.withheld.counts
        people = counts[Reason.restricted]
        others = preview.withheld.total - people
        if not preview.withheld.total:
            self.include_restricted.setChecked(True)
            self._show_status(self.tr("There are no restricted records among these."))
            return
        text = (self.tr("This export will include 1 restricted person.") if people == 1
                else self.tr("This export will include %1 restricted people.").replace(
                    "%1", QLocale().toString(people)))
        if others:
            text += " " + (
                self.tr("It will also include 1 record tagged “do not share” or involving "
                        "restricted people.") if others == 1 else
                self.tr("It will also include %1 records tagged “do not share” or involving "
                        "restricted people.").replace("%1", QLocale().toString(others)))
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Include restricted records?"),
                          text, QMessageBox.StandardButton.NoButton, self)
        box.setInformativeText(self.tr(
            "Whoever receives the file can pass it on. Their safety may depend on not "
            "appearing in someone else's spreadsheet."))
        include = box.addButton(self.tr("Include them"), QMessageBox.ButtonRole.AcceptRole)
        leave = box.addButton(self.tr("Leave them out"), QMessageBox.ButtonRole.RejectRole)
        # Enter or Escape must never send the people out.
        box.setDefaultButton(leave)
        box.setEscapeButton(leave)
        box.finished.connect(lambda _result: self._confirmed(box.clickedButton() is include))
        self._confirm = box
        box.open()

    def _confirmed(self, include: bool) -> None:
        self.include_restricted.setChecked(include)
        self._confirm = None

    # --- running -------------------------------------------------------------

    @Slot()
    def start_export(self) -> None:
        if not self.file_edit.text().strip():
            return
        if not self.chosen_columns():
            self._show_status(self.tr("Choose at least one column."), error=True)
            return
        request = self.request()
        self._run(lambda: export_steps(database=self.database, request=request),
                  self._exported, self.tr("Exporting…"))

    def _run(self, make_steps: Callable[[], Generator[Any, None, Any]],
             done: Callable[[Any], None], message: str) -> None:
        # The dialog shows progress in place: its bar, its status line and Stop.
        self._task = LongWork(make_steps, parent=self, dialog=False)
        self._done = done
        self._task.progress.connect(self._progress)
        self._task.ended.connect(self._ended)
        self.progress.setRange(0, 0)
        self.progress.show()
        self._show_status(message)
        self.close_button.setText(self.tr("Stop"))
        self._set_inputs_enabled(False)
        self._task.start()

    def _set_inputs_enabled(self, enabled: bool) -> None:
        for widget in (self.kind_box, self.letter_box, self.scope_all, self.scope_filter,
                       self.scope_selection, self.language_box, self.profile_box,
                       self.columns_list,
                       self.profile_name, self.save_profile_button, self.include_restricted,
                       self.file_edit, self.choose_button):
            widget.setEnabled(enabled)
        if enabled:
            self._kind_enabling()
        self._update_buttons()

    def _kind_enabling(self) -> None:
        is_origin = self.kind is self._origin_kind
        self.scope_filter.setEnabled(is_origin and self._filters is not None)
        self.scope_selection.setEnabled(is_origin and bool(self._selected))
        profile = self.current_profile()
        self.delete_profile_button.setEnabled(profile is not None and not profile.shipped)

    @property
    def busy(self) -> bool:
        return self._task is not None

    @Slot(str, int, int)
    def _progress(self, stage: str, done: int, total: int) -> None:
        if stage and self.close_button.isEnabled():  # "Stopping…" stays until it has
            self.status.setText(stage)
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _end(self) -> None:
        if self._task is not None:
            self._task.deleteLater()
        self._task = None
        self.progress.hide()
        self.close_button.setEnabled(True)
        self.close_button.setText(self.tr("Close") if self.result_value else self.tr("Cancel"))
        self._set_inputs_enabled(True)

    @Slot(object)
    def _ended(self, outcome: Outcome) -> None:
        self._end()
        # Held only while the work runs: a bound method of this dialog kept on it is a
        # reference cycle, and a dialog left to the garbage collector may be collected
        # in another thread that runs Python, which crashes the program.
        done, self._done = self._done, None
        if outcome.error is not None:
            self._show_status(failure_text(outcome.error), error=True)
        elif outcome.cancelled:
            self._show_status(self.tr("Stopped; no file was written."))
        elif done is not None:
            done(outcome.result)

    def _exported(self, result: ExportResult) -> None:
        self.result_value = result
        self.close_button.setText(self.tr("Close"))
        target = str(result.target)
        if result.rows == 1:
            text = self.tr("Wrote 1 row to %1.").replace("%1", target)
        else:
            text = self.tr("Wrote %1 rows to %2.").replace(
                "%1", QLocale().toString(result.rows)).replace("%2", target)
        if result.left_out.total:
            text += " " + self.tr("Left out: %1.").replace("%1", result.left_out.describe())
        if result.included.total:
            text += " " + self.tr("Included on request: %1.").replace(
                "%1", result.included.describe())
        if result.unreadable:
            text += " " + self.tr("Private fields left out (a volunteer may not read them): "
                                  "%1.").replace("%1", ", ".join(
                                      column.header for column in result.unreadable))
        self._show_status(text)
        self.exported.emit(result)

    def _show_status(self, text: str, *, error: bool = False) -> None:
        self.status.setStyleSheet("color: #a00000;" if error else "")
        self.status.setText(text)
        # A summary of several lines grows the dialog rather than being cut at its foot.
        layout = self.layout()
        if layout is None or not self.isVisible():
            return
        needed = (layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth()
                  else layout.totalSizeHint().height())
        if needed > self.height():
            self.resize(self.width(), needed)

    def reject(self) -> None:
        if self._task is not None:
            self.close_button.setEnabled(False)
            self._show_status(self.tr("Stopping…"))
            self._task.cancel()
            return
        super().reject()

    def done(self, result: int) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task.join()
        super().done(result)
