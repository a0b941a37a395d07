"""The main window: its tabs, menus, toolbar, undo and redo, and switching databases.

The window coordinates; it does not query. Each tab is a Page (ui.pages.page):
New, Save and Delete go to the current tab and are enabled from what it
answers, and every change set the journal watcher reports, for the window's
own changes and everyone else's alike, goes to every tab. Undo and redo are
the journal's, run off the UI thread like the demo load (ui.app.workers).

File › Security (ui.app.security_flows) encrypts the database, changes its
passphrase, saves a plain copy, forgets a remembered passphrase and sets the
minutes after which an encrypted database's window locks when away
(ui.app.away_lock); the window only wires its menu to them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import QByteArray, QSettings, Qt, QUrl
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QToolBar,
    QWidget,
)

from coalitiondesk import __version__
from coalitiondesk.core.demo import demo_steps, offers_demo
from coalitiondesk.core.errors import CoalitionDeskError
from coalitiondesk.core.journal import undo as journal_undo
from coalitiondesk.core.journal.operations import ChangeSet
from coalitiondesk.core.records import edits
from coalitiondesk.core.records.contacts import list_contacts
from coalitiondesk.core.records.organizations import list_organizations
from coalitiondesk.core.storage.cipher import Passphrase
from coalitiondesk.core.storage.db import Database
from coalitiondesk.core.storage.encryption import encrypt_database
from coalitiondesk.ui.app import file_dialogs, settings_keys
from coalitiondesk.ui.app.app_icon import app_icon
from coalitiondesk.ui.app.away_lock import AwayLock
from coalitiondesk.ui.app.i18n import language_menu
from coalitiondesk.ui.app.icons import icon
from coalitiondesk.ui.app.journal_watcher import JournalWatcher
from coalitiondesk.ui.app.opened_database import AlreadyOpen, OpenedDatabase, open_for_window
from coalitiondesk.ui.app.security_flows import SecurityFlows
from coalitiondesk.ui.app.server_retry import reads_server, server_away
from coalitiondesk.ui.app.single_instance import bring_forward
from coalitiondesk.ui.app.user_guide import TAB_SECTIONS, UserGuide
from coalitiondesk.ui.app.workers import StepsFactory, run_long_work, single_step
from coalitiondesk.ui.dialogs.backups_dialog import BackupsDialog, ask_backup_rights
from coalitiondesk.ui.dialogs.custom_fields_dialog import CustomFieldsDialog
from coalitiondesk.ui.dialogs.duplicates_dialog import DuplicatesDialog
from coalitiondesk.ui.dialogs.export_dialog import ExportDialog
from coalitiondesk.ui.dialogs.history_dialog import HistoryDialog
from coalitiondesk.ui.dialogs.import_wizard import ImportWizard
from coalitiondesk.ui.dialogs.merge_dialog import MergeDialog
from coalitiondesk.ui.dialogs.welcome_dialog import FirstStep, WelcomeDialog
from coalitiondesk.ui.forms import ContactForm, OrganizationForm
from coalitiondesk.ui.models.table_models import ContactTableModel, OrganizationTableModel
from coalitiondesk.ui.pages.activities_page import ActivitiesPage
from coalitiondesk.ui.pages.countries_page import CountriesPage
from coalitiondesk.ui.pages.letters_page import LettersPage
from coalitiondesk.ui.pages.page import Page
from coalitiondesk.ui.pages.record_page import RecordPage, column_menu
from coalitiondesk.ui.pages.reports_page import ReportsPage
from coalitiondesk.ui.text.core_messages import message
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
            page.countsChanged.connect(self._update_counts)
        writers: list[RecordPage | CountriesPage | LettersPage | ActivitiesPage] = [
            *self.record_pages(), self.countries, self.letters, self.activities]
        for writer in writers:
            writer.changed.connect(self.watcher.sync)
        editors: list[RecordPage | LettersPage | ActivitiesPage] = [
            *self.record_pages(), self.letters, self.activities]
        for editing in editors:
            editing.actionsChanged.connect(self._update_actions)
        self.countries.showOrganizations.connect(self.show_country_organizations)
        for form in (self.organizations.form, self.contacts.form):
            if isinstance(form, OrganizationForm | ContactForm):
                form.timeline.activityRequested.connect(self.open_activity)
                form.timeline.letterRequested.connect(self.open_letter)
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

        self.security = SecurityFlows(self)
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
        self.away = AwayLock(self)
        self.guide: UserGuide | None = None

    # --- structure ---------------------------------------------------------------

    def record_pages(self) -> list[RecordPage]:
        return [self.organizations, self.contacts]

    def pages(self) -> list[Page]:
        """Every tab, in the order of the tab bar."""
        return [cast(Page, self.tabs.widget(index)) for index in range(self.tabs.count())]

    def current_page(self) -> Page:
        return cast(Page, self.tabs.currentWidget())

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
        self.find_duplicates_action = self._action(
            self.tr("Find D&uplicates…"), self.show_duplicates,
            tip=self.tr("Likely duplicate organizations or contacts, and merging them"))
        self.change_selected_action = self._action(
            self.tr("C&hange Selected…"), self.change_selected,
            tip=self.tr("Set one field on the selected records, or on all the filters show"))
        self.custom_fields_action = self._action(
            self.tr("&Own Fields…"), self.show_custom_fields,
            tip=self.tr("Fields of your own for organizations and contacts"))
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
        self.guide_action = self._action(
            self.tr("&User Guide"), self.show_user_guide, shortcut=key.HelpContents,
            tip=self.tr("The user guide, at the part about the tab in front"))

    def _create_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addActions([self.new_database_action, self.open_database_action])
        self.recent_menu = file_menu.addMenu(self.tr("Recent &Databases"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addSeparator()
        file_menu.addActions([self.import_action, self.export_action, self.print_action])
        file_menu.addSeparator()
        file_menu.addAction(self.backup_action)
        self.security_menu = file_menu.addMenu(self.tr("&Security"))
        self.security.fill_menu(self.security_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.undo_action, self.redo_action, self.history_action])
        edit_menu.addSeparator()
        edit_menu.addActions([self.new_action, self.save_action, self.delete_action])
        edit_menu.addSeparator()
        edit_menu.addActions([self.find_action, self.clear_filters_action])
        edit_menu.addSeparator()
        edit_menu.addActions([self.find_duplicates_action, self.change_selected_action])
        edit_menu.addAction(self.custom_fields_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addActions(self.tab_actions)
        view_menu.addSeparator()
        self.columns_menu = view_menu.addMenu(icon("columns"), self.tr("&Columns"))
        self.columns_menu.aboutToShow.connect(self._fill_columns_menu)
        self.language_menu = language_menu(self)
        view_menu.addMenu(self.language_menu)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addActions([self.guide_action, self.about_action])

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

    # --- records: New, Save and Delete go to the current tab ---------------------------

    def new_record(self) -> None:
        page = self.current_page()
        if not page.can_create():  # a tab without records of its own: start an organization
            self.tabs.setCurrentWidget(self.organizations)
            page = self.organizations
        page.new_record()
        self._update_actions()

    def save_current(self) -> None:
        page = self.current_page()
        if page.can_save():
            page.save()

    def delete_current(self) -> None:
        page = self.current_page()
        if page.can_delete():
            page.delete_current()

    # --- changes, undo and redo ----------------------------------------------------

    def apply_changes(self, changes: ChangeSet) -> None:
        """Show what the database holds now, wherever the change came from: each tab
        reads again what the change set touches."""
        for page in self.pages():
            page.apply_changes(changes)
        if changes.touches("activity", "organization", "contact", "letter"):
            self._update_overdue()
        self._update_actions()

    def undo(self) -> None:
        self._step(journal_undo.undo, self.tr("Undo"))

    def redo(self) -> None:
        self._step(journal_undo.redo, self.tr("Redo"))

    def _step(self, action: Any, title: str) -> None:
        """Undo or redo off the UI thread: reversing an import rewrites thousands of rows."""
        if not self.may_close():  # unsaved edits first: undo may change the same record
            return
        database = self.database
        stage = "Undoing" if action is journal_undo.undo else "Redoing"
        outcome = run_long_work(lambda: single_step(stage, lambda: action(database)),
                                title=title, parent=self, cancellable=False)
        self.watcher.sync()
        if outcome.succeeded:
            self._show_touched(outcome.result)

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
        except Exception as error:
            # Typing in a form while the server is away: Undo waits for it, as the save does.
            if not server_away(error):
                raise
            undo_label = redo_label = None
        self.undo_action.setEnabled(undo_label is not None)
        self.redo_action.setEnabled(redo_label is not None)
        undo_text = (self.tr("&Undo {what}").format(what=translated(undo_label))
                     if undo_label else self.tr("&Undo"))
        redo_text = (self.tr("&Redo {what}").format(what=translated(redo_label))
                     if redo_label else self.tr("&Redo"))
        # The menu names the record; the toolbar button stays one short word, or a long
        # record name would push Backups off the toolbar. Its tooltip names the record.
        for action, text, short in ((self.undo_action, undo_text, self.tr("Undo")),
                                    (self.redo_action, redo_text, self.tr("Redo"))):
            action.setText(text)
            action.setIconText(short)
            action.setToolTip(text.replace("&", "", 1))

    # --- activities, timelines, reports ----------------------------------------------

    def open_activity(self, activity_id: int) -> None:
        """An activity double-clicked on a timeline: show it on the Activities tab."""
        if self._switch_to(self.activities):
            self.activities.open_activity(activity_id)

    def open_letter(self, letter_id: int) -> None:
        """A letter double-clicked on a timeline: show it on the Letters tab."""
        if self._switch_to(self.letters):
            self.letters.open_letter(letter_id)

    def _switch_to(self, page: QWidget) -> bool:
        """Show the tab; False when the tab shown stayed (its unsaved changes)."""
        self.tabs.setCurrentWidget(page)
        return self.tabs.currentWidget() is page

    @reads_server()
    def _tab_changed(self, index: int) -> None:
        """A tab may keep the person (unsaved changes on Activities: Cancel stays there)."""
        previous, self._shown_tab = self._shown_tab, self.tabs.widget(index)
        if (previous is not None and previous is not self._shown_tab
                and not cast(Page, previous).may_switch_away()):
            self.tabs.setCurrentWidget(previous)

    # --- search, filters, drill-down -----------------------------------------------

    def focus_search(self) -> None:
        if not self.current_page().focus_search():
            self.tabs.setCurrentWidget(self.organizations)
            self.organizations.focus_search()

    def clear_filters(self) -> None:
        self.current_page().clear_filters()

    def show_country_organizations(self, code: str) -> None:
        self.tabs.setCurrentWidget(self.organizations)
        bar = self.organizations.filter_bar
        bar.search.clear()
        bar.set_country(code)

    # --- files and other windows -----------------------------------------------------

    def offer_first_steps(self) -> WelcomeDialog | None:
        """On an empty database: load the demo coalition, import a spreadsheet, or start empty."""
        if not offers_demo(self.database):
            return None
        dialog = WelcomeDialog(self._short_name(), self, offer_encryption=(
            self.database.path is not None and not self.database.encrypted))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.finished.connect(
            lambda _result: self._take_first_step(dialog.choice, dialog.passphrase))
        dialog.open()
        return dialog

    def _take_first_step(self, step: FirstStep, passphrase: Passphrase | None = None) -> None:
        if passphrase is not None and self.database.path is not None:
            path = self.database.path
            window = self.security.rewrite_file(
                lambda: encrypt_database(path, passphrase=passphrase),
                stage="Encrypting the database", title=self.tr("Encrypt this database"),
                passphrase=passphrase)
            if window is not None:
                window._take_first_step(step)
            return
        if step is FirstStep.import_file:
            self.start_import(None)
        elif step is FirstStep.demo:
            database = self.database
            steps: StepsFactory = lambda: demo_steps(database)  # noqa: E731
            run_long_work(steps, title=self.tr("Demo coalition"), parent=self)
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

    @reads_server()
    def show_history(self) -> None:
        if not self.may_close():  # an undo may change a record with unsaved edits
            return
        dialog = HistoryDialog(self.database, self)
        dialog.undone.connect(self.watcher.sync)
        dialog.exec()

    def show_duplicates(self) -> None:
        if not self.may_close():  # a merge may change a record with unsaved edits
            return
        page = self.current_record_page()
        contacts = page is not None and page.kind == "contact"
        dialog = DuplicatesDialog(self.database, kind="contact" if contacts else "organization",
                                  parent=self)
        dialog.changed.connect(self.watcher.sync)
        dialog.show()
        dialog.find_pairs()
        dialog.exec()

    def change_selected(self) -> None:
        page = self.current_record_page()
        if page is not None:
            page.change_selected()

    def show_custom_fields(self) -> None:
        dialog = CustomFieldsDialog(self.database, self)
        dialog.exec()
        if dialog.changed:
            # The forms show the fields as they are now; one being edited keeps its edits
            # and shows them when it next loads a record.
            for page in self.record_pages():
                page.filter_bar.reload_choices()
                if not page.form.is_dirty():
                    page.form.load(page.form.record_id)
        dialog.deleteLater()

    def show_backups(self) -> None:
        # The server is asked first: one that cannot be reached is then one message, with
        # no question about the forms' edits before it.
        rights = ask_backup_rights(self.database, self)
        if rights is None or not self.may_close():  # a restore replaces what forms show
            return
        dialog = BackupsDialog(self.database, self, rights=rights)
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
        path, _filter = file_dialogs.save_file_name(
            self, kind=file_dialogs.DATABASE, title=self.tr("New Database"),
            name="coalition.sqlite3", filters=self.tr("CoalitionDesk databases (*.sqlite3 *.db)"))
        if path:
            if Path(path).exists():
                QMessageBox.warning(self, self.tr("New Database"), self.tr(
                    "{path} already exists. Choose a new file name, or use Open Database."
                ).format(path=path))
                return
            window = self.switch_database(path)
            if window is not None:
                window.offer_first_steps()  # where encryption is offered

    def open_database(self) -> None:
        path, _filter = file_dialogs.open_file_name(
            self, kind=file_dialogs.DATABASE, title=self.tr("Open Database"),
            filters=self.tr("CoalitionDesk databases (*.sqlite3 *.db);;All files (*)"))
        if path:
            self.switch_database(path)

    def switch_database(self, target: str) -> MainWindow | None:
        """Open another database in a new window and close this one (and its claim)."""
        if not self.may_close():
            return None
        try:
            opened = open_for_window(target, self)
        except AlreadyOpen:
            return None
        except CoalitionDeskError as error:
            QMessageBox.critical(self, self.tr("Open Database"), message(error))
            return None
        if opened is None:
            return None
        return self.hand_over(opened)

    def hand_over(self, opened: OpenedDatabase) -> MainWindow:
        """A new window on `opened`, in place of this one."""
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

    def show_user_guide(self) -> UserGuide:
        """The guide, opened at the section about the current tab (F1)."""
        if self.guide is None:
            self.guide = UserGuide(self)
        self.guide.show()  # first: scrolling to a section needs the laid-out window
        page_name = getattr(self.current_page(), "name", "")
        self.guide.show_section(TAB_SECTIONS.get(page_name))
        self.guide.raise_()
        self.guide.activateWindow()
        return self.guide

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
        page = self.current_page()
        self.new_action.setEnabled(page.can_create())
        self.save_action.setEnabled(page.can_save())
        self.delete_action.setEnabled(page.can_delete())
        self.change_selected_action.setEnabled(self.current_record_page() is not None)
        self.security.update_actions()
        self.setWindowModified(any(p.is_dirty() for p in self.pages()))
        self._update_undo_actions()
        self._update_counts()

    @reads_server()  # the counts shown stay as they were
    def _update_counts(self) -> None:
        self.counts_label.setText(self.current_page().status_text())

    @reads_server()
    def _update_overdue(self) -> None:
        overdue = self.activities.overdue_count()
        self.overdue_label.setText(
            self.tr("%n follow-up(s) overdue", "", overdue) if overdue else "")

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

    def may_close(self) -> bool:
        """Every tab's unsaved edits saved or given up (the person decides); False to stay."""
        return all(page.may_leave() for page in self.pages())

    def closeEvent(self, event: QCloseEvent) -> None:
        verdict = self.away.may_close()
        if verdict is False or (verdict is None and not self.may_close()):
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

