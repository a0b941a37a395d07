"""The main window: Organizations, Countries and Contacts tabs, menus, toolbar, undo.

The window coordinates; it does not query. Tables and forms read through core
services; every change is a core operation (core.edits, core.journal), and
the window refreshes from the change sets the journal watcher reports, for
its own changes and everyone else's alike. Undo and redo are the journal's.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QLocale, QSettings, Qt, QUrl
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QToolBar,
    QWidget,
)

from coalitiondesk import __version__
from coalitiondesk.core.demo import is_empty, load_demo
from coalitiondesk.core.errors import CoalitionDeskError
from coalitiondesk.core.journal import undo as journal_undo
from coalitiondesk.core.journal.labels import label
from coalitiondesk.core.journal.operations import ChangeSet, StaleRecord
from coalitiondesk.core.records import edits
from coalitiondesk.core.records.contacts import affiliations_of, list_contacts
from coalitiondesk.core.records.organizations import list_organizations, organization_links
from coalitiondesk.core.storage.db import Database
from coalitiondesk.ui.app import settings_keys
from coalitiondesk.ui.app.app_icon import app_icon
from coalitiondesk.ui.app.i18n import language_menu
from coalitiondesk.ui.app.icons import icon
from coalitiondesk.ui.app.journal_watcher import JournalWatcher
from coalitiondesk.ui.app.opened_database import AlreadyOpen, OpenedDatabase, open_for_window
from coalitiondesk.ui.app.single_instance import bring_forward
from coalitiondesk.ui.dialogs.backups_dialog import BackupsDialog
from coalitiondesk.ui.dialogs.export_dialog import ExportDialog
from coalitiondesk.ui.dialogs.history_dialog import HistoryDialog
from coalitiondesk.ui.dialogs.import_wizard import ImportWizard
from coalitiondesk.ui.dialogs.merge_dialog import MergeDialog
from coalitiondesk.ui.dialogs.welcome_dialog import FirstStep, WelcomeDialog
from coalitiondesk.ui.forms import ContactForm, DiscardChoice, OrganizationForm
from coalitiondesk.ui.models.table_models import ContactTableModel, OrganizationTableModel
from coalitiondesk.ui.pages.activities_page import ActivitiesPage
from coalitiondesk.ui.pages.countries_page import CountriesPage
from coalitiondesk.ui.pages.letters_page import LettersPage
from coalitiondesk.ui.pages.record_page import RecordPage, column_menu
from coalitiondesk.ui.pages.reports_page import ReportsPage
from coalitiondesk.ui.text.journal_labels import translated
from coalitiondesk.ui.widgets.filter_bar import ContactFilterBar, OrganizationFilterBar
from coalitiondesk.ui.widgets.recipients_panel import RecipientSources

IMPORTABLE = (".xlsx", ".csv")


class MainWindow(QMainWindow):
    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.opened: OpenedDatabase | None = None
        """The database with its claim and daily backup, when this window must close it."""
        self.setWindowTitle(self.tr("CoalitionDesk — {name}[*]").format(name=self._short_name()))
        self.setWindowIcon(app_icon())  # the About box shows it too
        self.setAcceptDrops(True)
        self.resize(1280, 760)
        self.watcher = JournalWatcher(database, self)

        self.organization_model = OrganizationTableModel(database, self)
        self.contact_model = ContactTableModel(database, self)
        self.organizations = RecordPage(
            name="organizations", model=self.organization_model,
            filter_bar=OrganizationFilterBar(database), form=OrganizationForm(database))
        self.countries = CountriesPage(database, self)
        self.contacts = RecordPage(
            name="contacts", model=self.contact_model,
            filter_bar=ContactFilterBar(database), form=ContactForm(database))
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.tabBar().setAccessibleName(self.tr("Sections"))
        self.tabs.addTab(self.organizations, icon("organization"), self.tr("Organizations"))
        self.tabs.addTab(self.countries, icon("country"), self.tr("Countries"))
        self.tabs.addTab(self.contacts, icon("contact"), self.tr("Contacts"))
        self.letters = LettersPage(database, self)
        self.tabs.addTab(self.letters, icon("letter"), self.tr("Letters"))
        self.activities = ActivitiesPage(database, self)
        self.tabs.addTab(self.activities, icon("activity"), self.tr("Activities"))
        self.reports = ReportsPage(database, self)
        self.tabs.addTab(self.reports, icon("report"), self.tr("Reports"))
        self.setCentralWidget(self.tabs)

        for page in self.record_pages():
            page.currentChanged.connect(lambda key, p=page: self._show_record(p, key))
            page.editRequested.connect(lambda _key, p=page: self._edit_current(p))
            page.countsChanged.connect(self._update_counts)
            page.leave_guard = partial(self._may_leave, page)
            page.form.saveRequested.connect(lambda p=page: self.save(p))
            page.form.dirtyChanged.connect(self._update_actions)
        self.countries.showOrganizations.connect(self.show_country_organizations)
        self.countries.changed.connect(self.watcher.sync)
        self.activities.changed.connect(self.watcher.sync)
        self.activities.form.edited.connect(self._update_actions)
        for view in (self.activities.view, self.activities.due_view, self.letters.view):
            view.selectionModel().currentRowChanged.connect(lambda *_: self._update_actions())
        for form in (self.organizations.form, self.contacts.form):
            if isinstance(form, OrganizationForm | ContactForm):
                form.timeline.activityRequested.connect(self.open_activity)
                form.timeline.letterRequested.connect(self.open_letter)
        self.letters.changed.connect(self.watcher.sync)
        self.letters.dirtyChanged.connect(self._update_actions)
        self.letters.mergeRequested.connect(self.merge_letter)
        self.letters.recipients.sources = self._recipient_sources()
        self.letters.signatories.selected_organizations = self._selected_organizations
        self._shown_tab: QWidget | None = None
        self.tabs.currentChanged.connect(self._tab_changed)
        self.tabs.currentChanged.connect(self._update_actions)

        self.counts_label = QLabel(self)
        self.database_label = QLabel(database.display_name, self)
        self.database_label.setToolTip(self.tr("The database this window shows"))
        self.overdue_label = QLabel(self)
        self.overdue_label.setStyleSheet("color: #8e1b1b; font-weight: bold")
        self.overdue_label.setToolTip(self.tr("Follow-ups past their date: see Activities"))
        self.statusBar().addWidget(self.counts_label)
        self.statusBar().addPermanentWidget(self.overdue_label)
        self.statusBar().addPermanentWidget(self.database_label)

        self._create_actions()
        self._create_menus()
        self._create_toolbar()
        self.watcher.changed.connect(self.apply_changes)
        self._restore_settings()
        for page in self.record_pages():
            page.form.load(None)
        self._update_counts()
        self._update_overdue()
        self._update_actions()

    # --- structure ---------------------------------------------------------------

    def record_pages(self) -> list[RecordPage]:
        return [self.organizations, self.contacts]

    def current_record_page(self) -> RecordPage | None:
        page = self.tabs.currentWidget()
        return page if isinstance(page, RecordPage) else None

    def _action(self, text: str, slot: Any, *, shortcut: Any = None, icon_name: str | None = None,
                tip: str | None = None) -> QAction:
        action = QAction(text, self)
        if icon_name:
            action.setIcon(icon(icon_name))
        if shortcut is not None:
            action.setShortcuts(shortcut if isinstance(shortcut, list) else [shortcut])
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(slot)
        return action

    def _create_actions(self) -> None:
        key = QKeySequence.StandardKey
        self.new_database_action = self._action(self.tr("&New Database…"), self.new_database,
                                                icon_name="new")
        self.open_database_action = self._action(self.tr("&Open Database…"), self.open_database,
                                                 shortcut=key.Open, icon_name="open")
        self.import_action = self._action(
            self.tr("&Import…"), lambda: self.start_import(None), shortcut=QKeySequence("Ctrl+I"),
            icon_name="import", tip=self.tr("Import organizations or contacts from a file"))
        self.export_action = self._action(
            self.tr("&Export…"), self.start_export, shortcut=QKeySequence("Ctrl+E"),
            icon_name="export", tip=self.tr("Export a list for partners"))
        self.print_action = self._action(
            self.tr("&Print / Merge…"), self.start_merge, shortcut=key.Print, icon_name="print",
            tip=self.tr("Print merged letters, envelopes and labels"))
        self.backup_action = self._action(
            self.tr("&Backups…"), self.show_backups, icon_name="backup",
            tip=self.tr("Back up the database now, or restore a backup"))
        self.quit_action = self._action(self.tr("&Quit"), self.close, shortcut=key.Quit)

        self.undo_action = self._action(self.tr("&Undo"), self.undo, icon_name="undo",
                                        shortcut=QKeySequence(key.Undo))
        self.redo_action = self._action(
            self.tr("&Redo"), self.redo, icon_name="redo",
            shortcut=[QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.history_action = self._action(
            self.tr("&History…"), self.show_history, shortcut=QKeySequence("Ctrl+H"),
            tip=self.tr("Every change made to the database; undo any one of them"))
        self.new_action = self._action(self.tr("&New"), self.new_record, shortcut=key.New,
                                       icon_name="new", tip=self.tr("Add a record"))
        self.save_action = self._action(self.tr("&Save"), self.save_current, shortcut=key.Save,
                                        icon_name="save", tip=self.tr("Save the record"))
        self.delete_action = self._action(
            self.tr("&Delete"), self.delete_current, shortcut=QKeySequence(Qt.Key.Key_Delete),
            icon_name="delete", tip=self.tr("Delete the selected record"))
        # Delete only acts from the tables: in a text field it deletes characters.
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        for view in (*(page.view for page in self.record_pages()), self.letters.view):
            view.addAction(self.delete_action)
        self.find_action = self._action(self.tr("&Find"), self.focus_search, shortcut=key.Find,
                                        icon_name="search")
        self.clear_filters_action = self._action(self.tr("&Clear Search and Filters"),
                                                 self.clear_filters, icon_name="filter")
        self.tab_actions = [
            self._action(self.tabs.tabText(index),
                         lambda _checked=False, i=index: self.tabs.setCurrentIndex(i),
                         shortcut=QKeySequence(f"Ctrl+{index + 1}"))
            for index in range(self.tabs.count())
        ]
        self.about_action = self._action(self.tr("&About CoalitionDesk"), self.show_about,
                                         icon_name="about")

    def _create_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addActions([self.new_database_action, self.open_database_action])
        self.recent_menu = file_menu.addMenu(self.tr("Recent &Databases"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addSeparator()
        file_menu.addActions([self.import_action, self.export_action, self.print_action])
        file_menu.addSeparator()
        file_menu.addAction(self.backup_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.undo_action, self.redo_action, self.history_action])
        edit_menu.addSeparator()
        edit_menu.addActions([self.new_action, self.save_action, self.delete_action])
        edit_menu.addSeparator()
        edit_menu.addActions([self.find_action, self.clear_filters_action])

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addActions(self.tab_actions)
        view_menu.addSeparator()
        self.columns_menu = view_menu.addMenu(icon("columns"), self.tr("&Columns"))
        self.columns_menu.aboutToShow.connect(self._fill_columns_menu)
        self.language_menu = language_menu(self)
        view_menu.addMenu(self.language_menu)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

    def _create_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Main toolbar"), self)
        toolbar.setObjectName("main_toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        toolbar.setMovable(False)
        toolbar.addActions([self.new_action, self.save_action, self.delete_action])
        toolbar.addSeparator()
        toolbar.addActions([self.undo_action, self.redo_action])
        toolbar.addSeparator()
        toolbar.addActions([self.import_action, self.export_action, self.print_action,
                            self.backup_action])
        self.addToolBar(toolbar)

    # --- records -----------------------------------------------------------------------

    @staticmethod
    def _kind(page: RecordPage) -> edits.Kind:
        return "organization" if page.name == "organizations" else "contact"

    def _show_record(self, page: RecordPage, key: Any) -> None:
        page.form.load(key)
        self._update_actions()

    def _edit_current(self, page: RecordPage) -> None:
        page.form.focus_first_field()

    def _may_leave(self, page: RecordPage) -> bool:
        """Ask about unsaved changes before the form shows something else."""
        form = page.form
        if not form.is_dirty():
            return True
        choice = form.maybe_discard(self)
        if choice == DiscardChoice.SAVE:
            return self.save(page)
        if choice == DiscardChoice.DISCARD:
            form.load(form.record_id)
            return True
        return False

    def new_record(self) -> None:
        if self.tabs.currentWidget() is self.letters:
            self.letters.ask_new_letter()
            return
        if self.tabs.currentWidget() is self.activities:
            self.activities.new_activity()
            return
        page = self.current_record_page()
        if page is None:
            self.tabs.setCurrentWidget(self.organizations)
            page = self.organizations
        if not self._may_leave(page):
            return
        page.clear_selection()
        page.form.load(None)
        page.form.focus_first_field()
        self._update_actions()

    def save_current(self) -> None:
        if self.tabs.currentWidget() is self.letters:
            self.letters.save()
            return
        if self.tabs.currentWidget() is self.activities:
            if self.activities.form.is_dirty():
                self.activities.save()
            return
        page = self.current_record_page()
        if page is not None and page.form.is_dirty():
            self.save(page)

    def save(self, page: RecordPage) -> bool:
        """Save the page's form as one operation; False when refused or invalid.

        A record changed since the form loaded it (an import, another window,
        the command line) is not overwritten: the person chooses to reload it
        or to put their own edits on top of the new version.
        """
        form = page.form
        if not form.validate():
            return False
        affiliations = form.affiliations() if isinstance(form, ContactForm) else None
        try:
            saved = edits.save_record(
                self.database, kind=self._kind(page), name=form.display_name(),
                record_id=form.record_id, loaded_version=form.version, values=form.values(),
                tags=form.tags(), affiliations=affiliations)
        except StaleRecord as stale:
            self._resolve_stale(form, stale)
            return False
        except CoalitionDeskError as error:
            QMessageBox.warning(self, self.tr("Not saved"), str(error))
            return False
        form.load(saved.record_id)
        if form.record_id is not None and page.current_key() != saved.record_id:
            page.select_key(saved.record_id)
        self.watcher.sync()
        return True

    def _resolve_stale(self, form: Any, stale: StaleRecord) -> None:
        since = "\n".join(self.tr("• {what}, {when}, by {who}").format(
            what=translated(op.label), when=op.at.strftime("%Y-%m-%d %H:%M UTC"), who=op.who)
            for op in stale.operations) or self.tr("• another program")
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Changed since you opened it"),
                          self.tr("{name} was changed since you opened it:").format(
                              name=form.display_name()) + "\n" + since,
                          QMessageBox.StandardButton.Cancel, self)
        box.setInformativeText(self.tr(
            "Reload it to see the new version, or put your own edits on top of it "
            "and check them before saving."))
        reload = box.addButton(self.tr("Reload"), QMessageBox.ButtonRole.DestructiveRole)
        reapply = box.addButton(self.tr("Put my edits on top"),
                                QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(reapply)
        box.exec()
        if box.clickedButton() is reload:
            form.load(form.record_id)
        elif box.clickedButton() is reapply:
            form.reload_keeping_edits()

    def delete_current(self) -> None:
        if self.tabs.currentWidget() is self.activities:
            self.activities.delete()
            return
        if self.tabs.currentWidget() is self.letters:
            self.letters.delete()
            return
        page = self.current_record_page()
        if page is None or page.current_key() is None:
            return
        record_id = int(page.current_key())
        name = page.form.display_name()
        if not self._confirm_delete(page, record_id, name):
            return
        try:
            edits.delete_record(self.database, kind=self._kind(page), record_id=record_id,
                                name=name)
        except CoalitionDeskError as error:
            QMessageBox.warning(self, self.tr("Not deleted"), str(error))
            return
        self.watcher.sync()

    def _confirm_delete(self, page: RecordPage, record_id: int, name: str) -> bool:
        details = []
        with self.database.session() as session:
            if page is self.organizations:
                links = organization_links(session=session, organization_id=record_id)
                counted = [
                    (links.affiliations, self.tr("{n} contact affiliation(s)")),
                    (links.signatures, self.tr("{n} signature(s) on letters")),
                    (links.recipients, self.tr("{n} place(s) among letters' recipients")),
                    (links.activities, self.tr("{n} activity link(s)")),
                ]
                details = [text.format(n=n) for n, text in counted if n]
            else:
                count = len(affiliations_of(session=session, contact_id=record_id))
                details = [self.tr("{n} affiliation(s)").format(n=count)] if count else []
        text = self.tr("Delete {name}?").format(name=name)
        informative = (self.tr("This also removes:") + "\n• " + "\n• ".join(details)
                       if details else self.tr("Nothing else refers to it."))
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Delete"), text,
                          QMessageBox.StandardButton.Cancel, self)
        box.setInformativeText(informative + "\n\n" + self.tr("You can undo this with Ctrl+Z."))
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is delete

    # --- changes, undo and redo ----------------------------------------------------

    def apply_changes(self, changes: ChangeSet) -> None:
        """Show what the database holds now, wherever the change came from.

        A form showing a changed record reloads it unless it has unsaved
        edits (the save then meets the version check); a form whose record
        is gone empties; tables re-read their page so selection and form agree.
        """
        kinds = {self.organizations: "organization", self.contacts: "contact"}
        if changes.touches("organization", "contact", "tag", "country"):
            for page in self.record_pages():
                page.reload()
                self._follow_record(page, changes.everything
                                    or page.form.record_id in changes.ids(kinds[page]))
        if changes.touches("country"):
            self.countries.reload()
        if changes.touches("letter", "recipient", "organization", "contact"):
            self.letters.reload()
        if changes.touches("activity", "organization", "contact", "letter"):
            self.activities.reload()
            self._follow_activity(changes)
            self._reload_timelines()
            self._update_overdue()
        self.reports.reload()
        self._update_actions()

    def _follow_record(self, page: RecordPage, changed: bool) -> None:
        form = page.form
        if not changed or form.is_dirty():
            return
        if form.record_id is not None and not page.select_key(form.record_id):
            with self.database.session() as session:
                exists = edits.exists(session=session, kind=self._kind(page),
                                      record_id=form.record_id)
            if not exists:
                page.clear_selection()
                form.load(None)
                return
        form.load(form.record_id)

    def _follow_activity(self, changes: ChangeSet) -> None:
        form = self.activities.form
        shown = form.activity_id
        if shown is None or form.is_dirty() or not (
                changes.everything or shown in changes.ids("activity")):
            return
        with self.database.session() as session:
            exists = edits.exists(session=session, kind="activity", record_id=shown)
        self.activities.show_activity(shown if exists else None)

    def undo(self) -> None:
        self._step(journal_undo.undo, self.tr("Undo"))

    def redo(self) -> None:
        self._step(journal_undo.redo, self.tr("Redo"))

    def _step(self, action: Any, title: str) -> None:
        if not self._may_close():  # unsaved edits first: undo may change the same record
            return
        try:
            result = action(self.database)
        except CoalitionDeskError as error:
            QMessageBox.warning(self, title, str(error))
            self.watcher.sync()
            return
        self.watcher.sync()
        self._show_touched(result)

    def _show_touched(self, result: journal_undo.UndoResult) -> None:
        """After an undo or redo, show the record it was about (or the one it changed)."""
        touched = [(kind, key) for kind in ("organization", "contact", "activity")
                   for key in result.changes.ids(kind)]
        if result.subject is not None and result.subject[1].isdigit():
            touched = [(result.subject[0], int(result.subject[1]))]
        if len(touched) != 1 or touched[0][0] not in ("organization", "contact", "activity"):
            return
        kind, key = touched[0]
        with self.database.session() as session:
            if not edits.exists(session=session, kind=kind, record_id=key):  # type: ignore[arg-type]
                return
        if kind == "activity":
            self.tabs.setCurrentWidget(self.activities)
            self.activities.show_activity(key)
            return
        page = self.organizations if kind == "organization" else self.contacts
        self.tabs.setCurrentWidget(page)
        if page.select_key(key) or page.form.record_id != key:
            page.form.load(key)

    def _update_undo_actions(self) -> None:
        try:
            with self.database.session() as session:
                undo_label, redo_label = journal_undo.undo_stack_state(session=session)
        except CoalitionDeskError:
            undo_label = redo_label = None
        self.undo_action.setEnabled(undo_label is not None)
        self.redo_action.setEnabled(redo_label is not None)
        self.undo_action.setText(self.tr("&Undo {what}").format(what=translated(undo_label))
                                 if undo_label else self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo {what}").format(what=translated(redo_label))
                                 if redo_label else self.tr("&Redo"))

    # --- activities, timelines, reports ----------------------------------------------

    def _reload_timelines(self) -> None:
        for form in (self.organizations.form, self.contacts.form):
            if isinstance(form, OrganizationForm | ContactForm) and form.record_id is not None:
                form.reload_timeline()

    def open_activity(self, activity_id: int) -> None:
        """An activity double-clicked on a timeline: show it on the Activities tab."""
        self.tabs.setCurrentWidget(self.activities)
        if self.tabs.currentWidget() is self.activities:
            self.activities.open_activity(activity_id)

    def open_letter(self, letter_id: int) -> None:
        """A letter double-clicked on a timeline: show it on the Letters tab."""
        self.tabs.setCurrentWidget(self.letters)
        if self.tabs.currentWidget() is self.letters:
            self.letters.open_letter(letter_id)

    def _tab_changed(self, index: int) -> None:
        """Leaving the Activities tab with unsaved changes asks first; Cancel stays there."""
        previous, self._shown_tab = self._shown_tab, self.tabs.widget(index)
        if (previous is self.activities and self._shown_tab is not self.activities
                and not self.activities.may_leave()):
            self.tabs.setCurrentWidget(self.activities)

    def refresh(self) -> None:
        """Read everything again, after this window or another tool changed the database."""
        for page in self.record_pages():
            page.reload()
        self.countries.reload()
        self.letters.reload()
        self.activities.reload()
        self.reports.reload()
        self._reload_timelines()
        self._update_counts()
        self._update_overdue()

    # --- search, filters, drill-down -----------------------------------------------

    def focus_search(self) -> None:
        page = self.current_record_page()
        if page is None:
            self.tabs.setCurrentWidget(self.organizations)
            page = self.organizations
        page.filter_bar.search.setFocus()
        page.filter_bar.search.selectAll()

    def clear_filters(self) -> None:
        page = self.current_record_page()
        if page is not None:
            page.filter_bar.clear()

    def show_country_organizations(self, code: str) -> None:
        self.tabs.setCurrentWidget(self.organizations)
        bar = self.organizations.filter_bar
        bar.search.clear()
        bar.set_country(code)

    # --- files and other windows -----------------------------------------------------

    def offer_first_steps(self) -> WelcomeDialog | None:
        """On an empty database: load the demo coalition, import a spreadsheet, or start empty."""
        with self.database.session() as session:
            if not is_empty(session=session):
                return None
        dialog = WelcomeDialog(self._short_name(), self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.finished.connect(lambda _result: self._take_first_step(dialog.choice))
        dialog.open()
        return dialog

    def _take_first_step(self, step: FirstStep) -> None:
        if step is FirstStep.import_file:
            self.start_import(None)
        elif step is FirstStep.demo:
            try:
                with self.database.operation("demo", label("demo")) as operation:
                    load_demo(session=operation.session)
            except CoalitionDeskError as error:
                QMessageBox.warning(self, self.tr("Demo coalition"), str(error))
                return
            self.watcher.sync()

    def start_import(self, path: Path | None) -> None:
        """The import wizard, on a dropped or chosen file; the tables follow what it writes."""
        wizard = ImportWizard(self.database, path=path, parent=self)
        wizard.imported.connect(lambda _batch: self.watcher.sync())
        wizard.exec()
        self.watcher.sync()

    def start_export(self) -> None:
        """Export what the current tab shows: its filter and its selected record come along."""
        page = self.current_record_page()
        if page is None:
            dialog = ExportDialog(self.database, kind="countries", parent=self)
        else:
            key = page.current_key()
            dialog = ExportDialog(self.database, kind=page.name, filters=page.model.filters,
                                  selected_ids=[key] if key is not None else None, parent=self)
        dialog.exec()
        self.watcher.sync()  # the export is logged as an activity on the records it sent

    def start_merge(self) -> None:
        """Print / Merge the letter chosen on the Letters tab (the tab opens to choose one)."""
        letter_id = self.letters.current_letter()
        if letter_id is None:
            self.tabs.setCurrentWidget(self.letters)
            QMessageBox.information(self, self.tr("Print / Merge"), self.tr(
                "Choose the letter to print on the Letters tab, or start a new one."))
            return
        if self.letters.may_leave():
            self.merge_letter(letter_id)

    def merge_letter(self, letter_id: int) -> None:
        dialog = MergeDialog(self.database, letter_id, self)
        dialog.dispatched.connect(self.watcher.sync)
        dialog.exec()
        dialog.deleteLater()

    def _selected_organizations(self) -> list[int]:
        key = self.organizations.current_key()
        return [int(key)] if key is not None else []

    def _recipient_sources(self) -> RecipientSources:
        """What the Letters tab's "Add from…" takes from the Contacts and Organizations tabs."""
        def selected(page: RecordPage) -> list[int]:
            key = page.current_key()
            return [int(key)] if key is not None else []

        def contacts_shown() -> list[int]:
            with self.database.session() as session:
                return [c.id for c in list_contacts(
                    session=session, filters=self.contacts.model.filters) if c.id is not None]

        def organizations_shown() -> list[int]:
            with self.database.session() as session:
                return [o.id for o in list_organizations(
                    session=session, filters=self.organizations.model.filters)
                    if o.id is not None]

        return RecipientSources(
            selected_contacts=lambda: selected(self.contacts), shown_contacts=contacts_shown,
            selected_organizations=lambda: selected(self.organizations),
            shown_organizations=organizations_shown)

    def show_history(self) -> None:
        if not self._may_close():  # an undo may change a record with unsaved edits
            return
        dialog = HistoryDialog(self.database, self)
        dialog.undone.connect(self.watcher.sync)
        dialog.exec()

    def show_backups(self) -> None:
        if self.database.path is None:
            QMessageBox.information(self, self.tr("Backups"), self.tr(
                "This database is on a server; its backups are made there."))
            return
        if not self._may_close():  # a restore replaces everything the forms show
            return
        dialog = BackupsDialog(self.database, self)
        dialog.restored.connect(self._after_restore)
        dialog.exec()

    def _after_restore(self) -> None:
        """The database now holds a backup: every page shows what it holds."""
        # A damaged file was set aside and a new one written at its path: connections
        # kept open would still reach the old one.
        self.database.engine.dispose()
        for page in self.record_pages():
            page.clear_selection()
            page.form.load(None)
        self.activities.show_activity(None)
        self.watcher.everything_changed()

    def new_database(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("New Database"), str(Path.home() / "coalition.sqlite3"),
            self.tr("CoalitionDesk databases (*.sqlite3 *.db)"))
        if path:
            if Path(path).exists():
                QMessageBox.warning(self, self.tr("New Database"), self.tr(
                    "{path} already exists. Choose a new file name, or use Open Database."
                ).format(path=path))
                return
            self.switch_database(path)

    def open_database(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Open Database"), str(Path.home()),
            self.tr("CoalitionDesk databases (*.sqlite3 *.db);;All files (*)"))
        if path:
            self.switch_database(path)

    def switch_database(self, target: str) -> MainWindow | None:
        """Open another database in a new window and close this one (and its claim)."""
        if not self._may_close():
            return None
        try:
            opened = open_for_window(target, self)
        except AlreadyOpen:
            return None
        except CoalitionDeskError as error:
            QMessageBox.critical(self, self.tr("Open Database"), str(error))
            return None
        if opened is None:
            return None
        window = MainWindow(opened.database)
        window.opened = opened
        opened.instance.activated.connect(lambda: bring_forward(window))
        window.show()
        self.close()
        return window

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        paths = [p for p in recent_databases(QSettings()) if p != self.database.display_name]
        for path in paths:
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda _checked=False, p=path: self.switch_database(p))
        if not paths:
            self.recent_menu.addAction(self.tr("No other recent databases")).setEnabled(False)

    def _fill_columns_menu(self) -> None:
        self.columns_menu.clear()
        page = self.current_record_page()
        if page is None:
            self.columns_menu.addAction(self.tr("Columns of the current table")).setEnabled(False)
            return
        for action in column_menu(page.view, page.model, self.columns_menu).actions():
            self.columns_menu.addAction(action)

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About CoalitionDesk"), self.tr(
            "<h3>CoalitionDesk {version}</h3>"
            "<p>Members, sign-on letters and mailings for the secretariat of a coalition.</p>"
            "<p>Database: {database}</p>"
            "<p>Licensed under the GNU General Public License, version 3 or later.</p>"
        ).format(version=__version__, database=self.database.display_name))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _dropped_file(event.mimeData().urls()) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = _dropped_file(event.mimeData().urls())
        if path is not None:
            event.acceptProposedAction()
            self.start_import(path)

    # --- state ---------------------------------------------------------------------------

    def _update_actions(self) -> None:
        page = self.current_record_page()
        on_letters = self.tabs.currentWidget() is self.letters
        on_activities = self.tabs.currentWidget() is self.activities
        self.new_action.setEnabled(page is not None or on_letters or on_activities)
        self.save_action.setEnabled(page.form.is_dirty() if page is not None
                                    else (on_letters and self.letters.is_dirty())
                                    or (on_activities and self.activities.form.is_dirty()))
        self.delete_action.setEnabled(
            page.current_key() is not None if page is not None
            else (on_activities and self.activities.form.activity_id is not None)
            or (on_letters and self.letters.current_letter() is not None))
        self.setWindowModified(any(p.form.is_dirty() for p in self.record_pages())
                               or self.letters.is_dirty() or self.activities.form.is_dirty())
        self._update_undo_actions()
        self._update_counts()

    def _update_counts(self) -> None:
        page = self.current_record_page()
        locale = QLocale()
        if page is None:
            if self.tabs.currentWidget() is self.activities:
                text = self.tr("{n} activities").format(
                    n=locale.toString(self.activities.model.rowCount()))
            elif self.tabs.currentWidget() is self.letters:
                text = self.tr("%n letter(s)", "", self.letters.model.rowCount())
            elif self.tabs.currentWidget() is self.reports:
                text = ""
            else:
                text = self.tr("{n} countries").format(
                    n=locale.toString(self.countries.model.rowCount()))
            self.counts_label.setText(text)
            return
        shown, total = page.model.shown(), page.model.total()
        if page is self.organizations:
            text = self.tr("{shown} of {total} organizations shown")
        else:
            text = self.tr("{shown} of {total} contacts shown")
        if not page.model.count_known():  # for a moment, while the matches are counted
            text = text.replace("{shown}", "{shown}+")
        self.counts_label.setText(text.format(shown=locale.toString(shown),
                                              total=locale.toString(total)))

    def _update_overdue(self) -> None:
        overdue = self.activities.overdue_count()
        self.overdue_label.setText(
            self.tr("{n} follow-up(s) overdue").format(n=QLocale().toString(overdue))
            if overdue else "")

    def _restore_settings(self) -> None:
        settings = QSettings()
        geometry = settings.value(settings_keys.WINDOW_GEOMETRY)
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        state = settings.value(settings_keys.WINDOW_STATE)
        if isinstance(state, QByteArray):
            self.restoreState(state)
        for page in self.record_pages():
            page.restore_state(settings)
        self.activities.restore_state(settings)
        tab = settings.value(settings_keys.CURRENT_TAB, 0)
        self.tabs.setCurrentIndex(int(str(tab)) if str(tab).isdigit() else 0)
        remember_database(settings, self.database.display_name)

    def save_settings(self) -> None:
        settings = QSettings()
        settings.setValue(settings_keys.WINDOW_GEOMETRY, self.saveGeometry())
        settings.setValue(settings_keys.WINDOW_STATE, self.saveState())
        settings.setValue(settings_keys.CURRENT_TAB, self.tabs.currentIndex())
        for page in self.record_pages():
            page.save_state(settings)
        self.activities.save_state(settings)
        settings.sync()

    def _may_close(self) -> bool:
        return (all(self._may_leave(page) for page in self.record_pages())
                and self.letters.may_leave() and self.activities.may_leave())

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._may_close():
            event.ignore()
            return
        self.save_settings()
        self.watcher.stop()
        self.reports.shutdown()  # a report being built still reads the database
        if self.opened is not None:
            self.opened.close()
        event.accept()

    def _short_name(self) -> str:
        path = self.database.path
        return path.name if path is not None else self.database.display_name


def _dropped_file(urls: list[QUrl]) -> Path | None:
    for url in urls:
        if url.isLocalFile() and url.toLocalFile().lower().endswith(IMPORTABLE):
            return Path(url.toLocalFile())
    return None


def recent_databases(settings: QSettings) -> list[str]:
    value = settings.value(settings_keys.RECENT_DATABASES, [])
    if isinstance(value, str):  # QSettings returns a lone string for a one-item list
        return [value]
    return [str(item) for item in value] if isinstance(value, list) else []


def remember_database(settings: QSettings, name: str) -> None:
    paths = [name, *(p for p in recent_databases(settings) if p != name)]
    settings.setValue(settings_keys.RECENT_DATABASES, paths[: settings_keys.RECENT_LIMIT])

