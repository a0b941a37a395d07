"""The Activities tab: the outreach log or the follow-ups due, and the activity's form.

A save refused because the activity changed since the form loaded it asks, as
the record forms do, whether to reload it or put one's edits on top; one the
server was away for keeps the edits, says "Reconnecting" and is made again once
the server answers (ui.app.server_retry).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QByteArray,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QSettings,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QWidget,
)

from coalitiondesk.core.errors import CoalitionDeskError
from coalitiondesk.core.journal.operations import ChangeSet, StaleRecord
from coalitiondesk.core.records import edits, outreach
from coalitiondesk.core.records.activities import (
    activity_exists,
    follow_up_done,
    link_names,
    list_activities,
    overdue_follow_ups,
)
from coalitiondesk.core.storage.db import Database
from coalitiondesk.ui.app import settings_keys
from coalitiondesk.ui.app.server_retry import RetryWhenBack, reads_server, server_away
from coalitiondesk.ui.app.workers import run_long_work, show_failure, single_step
from coalitiondesk.ui.dialogs.stale_record_dialog import StaleChoice, ask_about_stale
from coalitiondesk.ui.forms import DiscardChoice, ask_to_save
from coalitiondesk.ui.forms.activity_form import ActivityForm, activity_kind_label
from coalitiondesk.ui.models.table_models import (
    KEY_ROLE,
    RESTRICTED_BACKGROUND,
    RESTRICTED_FOREGROUND,
    Column,
    InMemoryRecordModel,
    Row,
)
from coalitiondesk.ui.pages.column_fit import FittingTableView
from coalitiondesk.ui.pages.page import PageDefaults
from coalitiondesk.ui.pages.record_page import column_menu, configure_table, select_row, two_panes
from coalitiondesk.ui.text.core_messages import message

_Index = QModelIndex | QPersistentModelIndex


class ActivityTableModel(InMemoryRecordModel):
    """Every activity, newest first, with the names of who was involved."""

    COLUMNS = (
        Column("date", QT_TRANSLATE_NOOP("TableColumns", "Date"), 10, "date", date=True),
        Column("kind", QT_TRANSLATE_NOOP("TableColumns", "Kind"), 14, "kind"),
        Column("subject", QT_TRANSLATE_NOOP("TableColumns", "Subject"), 24, "subject"),
        Column("organizations", QT_TRANSLATE_NOOP("TableColumns", "Organizations"), 18,
               "organizations"),
        Column("contacts", QT_TRANSLATE_NOOP("TableColumns", "Contacts"), 14, "contacts"),
        Column("follow_up", QT_TRANSLATE_NOOP("TableColumns", "Follow-up"), 11, "follow_up",
               date=True),
        Column("done", QT_TRANSLATE_NOOP("TableColumns", "Done"), 5, "done"),
    )
    STRETCH_COLUMN = "subject"

    def __init__(self, database: Database, parent: Any = None) -> None:
        super().__init__(database, parent)
        self._descending = True

    def reload(self) -> None:
        rows = []
        with self._database.session() as session:
            activities = list_activities(session=session)
            links = link_names(session=session,
                               activity_ids=[a.id for a in activities if a.id is not None])
            for activity in activities:
                assert activity.id is not None
                organizations, people = links[activity.id]
                follow_up = activity.follow_up_on
                rows.append(Row(activity.id, (
                    activity.activity_date.isoformat(),
                    activity_kind_label(activity.kind),
                    activity.subject,
                    ", ".join(name for _id, name in organizations),
                    ", ".join(name for _id, name in people),
                    follow_up.isoformat() if follow_up else "",
                    (QCoreApplication.translate("ActivityTable", "Yes")
                     if follow_up and activity.follow_up_done else ""),
                )))
        self.set_rows(rows)


class DueTableModel(InMemoryRecordModel):
    """Open follow-ups, the earliest first; overdue ones in red and saying so."""

    COLUMNS = (
        Column("follow_up", QT_TRANSLATE_NOOP("TableColumns", "Follow up on"), 13, "follow_up",
               date=True),
        Column("status", QT_TRANSLATE_NOOP("TableColumns", "Status"), 8, "status"),
        Column("kind", QT_TRANSLATE_NOOP("TableColumns", "Kind"), 14, "kind"),
        Column("subject", QT_TRANSLATE_NOOP("TableColumns", "Subject"), 24, "subject"),
        Column("organizations", QT_TRANSLATE_NOOP("TableColumns", "Organizations"), 18,
               "organizations"),
        Column("contacts", QT_TRANSLATE_NOOP("TableColumns", "Contacts"), 14, "contacts"),
        Column("date", QT_TRANSLATE_NOOP("TableColumns", "Activity date"), 10, "date",
               date=True),
    )
    STRETCH_COLUMN = "subject"

    def __init__(self, database: Database, parent: Any = None) -> None:
        super().__init__(database, parent)
        self.today: Callable[[], dt.date] = dt.date.today

    def reload(self) -> None:
        with self._database.session() as session:
            due = outreach.due_follow_ups(session=session, today=self.today())
            # Whom to chase: a follow-up without its organization and contact is no use.
            links = link_names(session=session, activity_ids=[item.activity_id for item in due])
        self.set_rows([
            Row(item.activity_id, (
                item.follow_up_on.isoformat(),
                (QCoreApplication.translate("ActivityTable", "Overdue") if item.overdue
                 else QCoreApplication.translate("ActivityTable", "Due")),
                activity_kind_label(item.kind),
                item.subject,
                ", ".join(name for _id, name in links[item.activity_id][0]),
                ", ".join(name for _id, name in links[item.activity_id][1]),
                item.activity_date.isoformat(),
            ), restricted=item.overdue)
            for item in due
        ])

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Overdue rows reuse the restricted marking's colours, which stay legible on dark themes.
        if index.isValid() and self._rows[index.row()].restricted:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(RESTRICTED_FOREGROUND)
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(RESTRICTED_BACKGROUND)
        return super().data(index, role)

    def is_overdue(self, row: int) -> bool:
        return self._rows[row].restricted


class ActivitiesPage(QWidget, PageDefaults):
    """All activities or the follow-ups due, beside a form to record and edit activities.

    `changed` is emitted after every save, delete or "mark done", so that the
    window refreshes what the operation changed (timelines, the overdue count).
    """

    changed = Signal()
    actionsChanged = Signal()
    """What New, Save and Delete can do may have changed."""

    ALL, DUE = 0, 1

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = "activities"
        self.database = database
        self.today: Callable[[], dt.date] = dt.date.today
        """Where "today" comes from, for the overdue marking (tests set a fixed day)."""

        self.form = ActivityForm(database, self)
        self._retry = RetryWhenBack(database, self)
        self.model = ActivityTableModel(database, self)
        self.due_model = DueTableModel(database, self)
        self.due_model.today = lambda: self.today()

        self.view_choice = QComboBox(self)
        self.view_choice.addItem(self.tr("All activities"))
        self.view_choice.addItem(self.tr("Follow-ups due"))
        self.view_choice.setAccessibleName(self.tr("Show"))
        self.overdue_label = QLabel(self)
        self.overdue_label.setStyleSheet(f"color: {RESTRICTED_FOREGROUND.name()};")
        self.mark_done_button = QPushButton(self.tr("Mark done"), self)
        self.mark_done_button.setToolTip(self.tr("The selected follow-up has been done"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show:"), self))
        top.addWidget(self.view_choice)
        top.addWidget(self.overdue_label)
        top.addStretch(1)
        top.addWidget(self.mark_done_button)

        self.view = FittingTableView(self)
        self.view.setAccessibleName(self.tr("Activities table"))
        configure_table(self.view, self.model)
        self.due_view = FittingTableView(self)
        self.due_view.setAccessibleName(self.tr("Follow-ups due table"))
        configure_table(self.due_view, self.due_model)
        self.tables = QStackedWidget(self)
        self.tables.addWidget(self.view)
        self.tables.addWidget(self.due_view)

        self.new_button = QPushButton(self.tr("New"), self)
        self.new_button.setToolTip(self.tr("Record a new activity"))
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setDefault(True)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.form.button_row.addWidget(self.new_button)
        self.form.button_row.addStretch(1)
        self.form.button_row.addWidget(self.delete_button)
        self.form.button_row.addWidget(self.save_button)
        self.form.setMinimumWidth(380)

        self.splitter = two_panes(self, [top, self.tables], self.form)
        # The form would take as much as it likes; the table is what the user scans.
        self.splitter.setSizes([720, 460])

        for view, model in ((self.view, self.model), (self.due_view, self.due_model)):
            header = view.horizontalHeader()
            header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            header.customContextMenuRequested.connect(
                lambda position, v=view, m=model: self._show_column_menu(v, m, position))
        # On a narrow screen the names columns give way, so that the Subject stays readable.
        for view, model in ((self.view, self.model), (self.due_view, self.due_model)):
            view.keep_readable(main=model.column_index("subject"), main_chars=20, yielding=[
                model.column_index("organizations"), model.column_index("contacts")])
        self.view_choice.currentIndexChanged.connect(self._view_changed)
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        self.due_view.selectionModel().currentRowChanged.connect(self._row_changed)
        self.new_button.clicked.connect(self.new_activity)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)
        self.mark_done_button.clicked.connect(self.mark_done)
        self.form.edited.connect(self._update_buttons)
        self.form.edited.connect(self.actionsChanged)
        for view in (self.view, self.due_view):
            view.selectionModel().currentRowChanged.connect(lambda *_: self.actionsChanged.emit())

        self.form.reload_choices()
        self.form.load(None)
        self.reload()
        self._view_changed(self.ALL)

    # --- what the window uses ---------------------------------------------------------

    def reload(self) -> None:
        """Read activities, follow-ups and names again; the activity in the form stays."""
        self.form.reload_choices()
        self.model.reload()
        self.due_model.reload()
        count = self.overdue_count()
        self.overdue_label.setText(
            self.tr("%n follow-up(s) overdue", "", count) if count else "")
        self._select(self.form.activity_id)
        self._update_buttons()

    def overdue_count(self) -> int:
        return overdue_follow_ups(self.database, today=self.today())

    # --- what the window asks of a tab (ui.pages.page) -------------------------------

    def can_create(self) -> bool:
        return True

    def new_record(self) -> None:
        self.new_activity()

    def can_save(self) -> bool:
        return self.form.is_dirty()

    def can_delete(self) -> bool:
        return self.form.activity_id is not None

    def delete_current(self) -> bool:
        return self.delete()

    def is_dirty(self) -> bool:
        return self.form.is_dirty()

    def may_switch_away(self) -> bool:
        return self.may_leave()

    def apply_changes(self, changes: ChangeSet) -> None:
        """Read again what an activity shows; the activity in the form follows its record
        unless it has unsaved edits (gone: the form empties)."""
        if not changes.touches("activity", "organization", "contact", "letter"):
            return
        self.reload()
        shown = self.form.activity_id
        if shown is None or self.form.is_dirty() or not (
                changes.everything or shown in changes.ids("activity")):
            return
        exists = activity_exists(self.database, activity_id=shown)
        self.show_activity(shown if exists else None)

    def status_text(self) -> str:
        return QCoreApplication.translate("MainWindow", "{n} activities").format(
            n=QLocale().toString(self.model.rowCount()))

    def show_due(self, due: bool = True) -> None:
        """Switch to the follow-ups due (or back to all activities)."""
        self.view_choice.setCurrentIndex(self.DUE if due else self.ALL)

    def current_view(self) -> QTableView:
        return self.due_view if self.view_choice.currentIndex() == self.DUE else self.view

    # --- actions --------------------------------------------------------------------

    def open_activity(self, activity_id: int) -> bool:
        """Show the activity in the form and in the list of all activities (from a timeline),
        after asking about unsaved changes; False if the user stayed."""
        if activity_id != self.form.activity_id and not self.may_leave():
            return False
        self.show_activity(activity_id)
        return True

    def show_activity(self, activity_id: int | None) -> None:
        """Show the activity (None: a blank form) without asking (after an undo)."""
        if activity_id is not None:
            self.show_due(False)
        self.form.load(activity_id)
        self._select(activity_id)
        self._update_buttons()

    def may_leave(self) -> bool:
        """Before the form shows something else: ask about unsaved changes.

        Save stores them (False if they could not be), Discard puts the stored
        activity back, Cancel stays.
        """
        if not self.form.is_dirty():
            return True
        clicked = ask_to_save(self, self.form.display_name())
        if clicked == DiscardChoice.SAVE:
            return self.save()
        if clicked == DiscardChoice.DISCARD:
            self.form.load(self.form.activity_id)
            return True
        return False

    def new_activity(self) -> None:
        if not self.may_leave():
            return
        self.current_view().selectionModel().clear()
        self.form.load(None)
        self._update_buttons()
        self.form.subject.focus()

    def save(self) -> bool:
        """Store the form's activity; False (with the problem shown) if it could not be."""
        if not self.form.validate():
            return False
        database, form = self.database, self.form
        values, record_id, version = form.values(), form.activity_id, form.version
        organization_ids, contact_ids = form.organization_ids(), form.contact_ids()
        # One transaction, so not cancellable; a quick save shows no dialog.
        outcome = run_long_work(
            lambda: single_step("Saving", lambda: edits.save_record(
                database, kind="activity", name=f"activity “{values['subject']}”",
                record_id=record_id, loaded_version=version, values=values,
                organization_ids=organization_ids, contact_ids=contact_ids)),
            title=self.tr("Save"), parent=self.window(), cancellable=False,
            report_failure=False)
        if isinstance(outcome.error, StaleRecord):
            self._resolve_stale(outcome.error)
            return False
        if server_away(outcome.error):
            self._retry.save_when_back(
                show=form.general_error.show_problem, save=self.save,
                wanted=lambda: form.activity_id == record_id and form.is_dirty())
            return False
        if outcome.error is not None:
            self._show_failure(outcome.error)
            return False
        self._retry.cancel()
        self.form.load(outcome.result.record_id)
        self.reload()
        self.changed.emit()
        return True

    def _resolve_stale(self, stale: StaleRecord) -> None:
        form = self.form
        choice = ask_about_stale(self.window(), name=form.display_name(), stale=stale)
        if choice is StaleChoice.RELOAD:
            form.load(form.activity_id)
        elif choice is StaleChoice.KEEP_EDITS:
            form.reload_keeping_edits()

    def delete(self) -> bool:
        activity_id = self.form.activity_id
        if activity_id is None:
            return False
        answer = QMessageBox.question(
            self, self.tr("Delete activity"),
            self.tr("Delete the activity “{subject}”?").format(subject=self.form.values()[
                "subject"]))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return self.delete_activity(activity_id)

    def delete_activity(self, activity_id: int) -> bool:
        """Delete without asking (the Delete button asks first)."""
        subject = self.form.values()["subject"] if self.form.activity_id == activity_id else ""
        database = self.database
        outcome = run_long_work(
            lambda: single_step("Deleting", lambda: edits.delete_record(
                database, kind="activity", record_id=activity_id,
                name=f"activity “{subject}”")),
            title=self.tr("Delete activity"), parent=self.window(), cancellable=False,
            report_failure=False)
        if outcome.error is not None:
            self._show_failure(outcome.error)
        if not outcome.succeeded:
            return False
        self.form.load(None)
        self.reload()
        self.changed.emit()
        return True

    def _show_failure(self, error: BaseException) -> None:
        """A refusal under the form, in its own words; a bug in a message box."""
        if isinstance(error, CoalitionDeskError):
            self.form.show_problem(message(error))
        else:
            show_failure(self.window(), self.tr("Activity"), error)

    def mark_done(self) -> bool:
        """The follow-up selected in the due view is done: it leaves the view."""
        index = self.due_view.currentIndex()
        if self.view_choice.currentIndex() != self.DUE or not index.isValid():
            return False
        activity_id = index.data(KEY_ROLE)
        if activity_id != self.form.activity_id and not self.may_leave():
            return False
        try:
            follow_up_done(self.database, activity_id=activity_id)
        except CoalitionDeskError as exc:
            self.form.show_problem(message(exc))
            return False
        self.form.load(activity_id)
        self.reload()
        self.changed.emit()
        return True

    # --- keeping views and form together -----------------------------------------------

    def _view_changed(self, index: int) -> None:
        self.tables.setCurrentIndex(index)
        self.mark_done_button.setVisible(index == self.DUE)
        self._select(self.form.activity_id)
        self._update_buttons()

    @reads_server(restore=lambda page: page._select(page.form.activity_id))
    def _row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        key = current.data(KEY_ROLE) if current.isValid() else None
        if key is not None and key != self.form.activity_id:
            if not self.may_leave():
                self._select(self.form.activity_id)  # stay on the activity being edited
                return
            self.form.load(key)
            self._select(key)  # saving reloaded the lists
        self._update_buttons()

    def _select(self, activity_id: int | None) -> None:
        view = self.current_view()
        model = view.model()
        assert isinstance(model, InMemoryRecordModel)
        row = model.row_of(activity_id) if activity_id is not None else None
        if row is None:
            view.selectionModel().clear()
        else:
            select_row(view, row, quietly=True)

    def _update_buttons(self) -> None:
        self.save_button.setEnabled(self.form.is_dirty())
        self.delete_button.setEnabled(self.form.activity_id is not None)
        self.mark_done_button.setEnabled(self.due_view.currentIndex().isValid())

    # --- columns and saved state -------------------------------------------------------

    def _show_column_menu(self, view: QTableView, model: InMemoryRecordModel,
                          position: QPoint) -> None:
        column_menu(view, model, self).exec(view.horizontalHeader().mapToGlobal(position))

    def _tables(self) -> tuple[tuple[str, QTableView, InMemoryRecordModel], ...]:
        return ((self.name, self.view, self.model),
                (f"{self.name}_due", self.due_view, self.due_model))

    def save_state(self, settings: QSettings) -> None:
        """Column widths, order, visibility and sorting of both tables, and the splitter."""
        for name, view, _model in self._tables():
            settings.setValue(settings_keys.table_header(name),
                              view.horizontalHeader().saveState())
        settings.setValue(settings_keys.splitter(self.name), self.splitter.saveState())

    def restore_state(self, settings: QSettings) -> None:
        for name, view, model in self._tables():
            state = settings.value(settings_keys.table_header(name))
            header = view.horizontalHeader()
            if isinstance(state, QByteArray) and header.restoreState(state):
                # The header remembers the sort indicator; the model must sort the same way.
                model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        splitter = settings.value(settings_keys.splitter(self.name))
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
