"""Every window, tab, dialog and wizard page, opened in Korean and in Japanese on the demo
coalition, shows no English word of its own (labels, buttons, group boxes, column heads,
table cells, tooltips, placeholders and menus, right-click menus and the saved groups'
prompts among them), and no label or button too narrow for its text, the main window
being 1024x700.

What may stay in Latin letters: the user's data (every text the demo's records hold, the
file being imported), proper names and codes (ALLOWED), and whatever a standard Qt widget
spells (its own translations are Qt's).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent, QFontDatabase, QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QFontComboBox,
    QGroupBox,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import inspect, text
from sqlmodel import select
from window_support import discard_edits

from coalitiondesk.core.demo import demo_steps
from coalitiondesk.core.models import Contact, Organization
from coalitiondesk.core.records import groups
from coalitiondesk.core.records.contacts import ContactFilter
from coalitiondesk.core.records.organizations import OrganizationFilter
from coalitiondesk.core.storage.db import Database
from coalitiondesk.ui.app import i18n
from coalitiondesk.ui.app.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("fresh_settings")

ALLOWED = {
    # Names of things and formats, written so in Korean and Japanese too.
    "CoalitionDesk", "Excel", "PDF", "CSV", "csv", "xlsx", "xls", "ods", "docx", "eml", "txt",
    "HTML", "OpenDocument", "SQLite", "SQLCipher", "PostgreSQL", "LibreOffice", "Word", "ID",
    "URL", "ISO",
    "UTC", "NGO", "UN", "MB", "KB", "GB", "OK", "Ctrl", "Shift", "Alt", "Del", "Delete", "Esc",
    "Tab", "Enter", "PgUp", "PgDown", "Home", "End", "Space", "Backspace", "Ins", "Print",
    "sqlite", "db", "DPRK", "GNU", "General", "Public", "License", "A4", "Letter", "Legal",
    "DL", "C4", "C5", "C6", "Avery", "AES", "SMTP", "TLS", "SSL", "STARTTLS", "Cc", "Bcc",
    "mm", "in", "cm", "pt",
    # Languages by their own names, as the language choices list them.
    "English", "Deutsch", "Español", "Français", "Português", "Italiano", "Nederlands",
    # Examples of what people type: an alias, a handle, titles, language codes.
    "Hanguk", "handle", "Mr", "Ms", "Dr", "Rev", "ko", "ja", "en",
}
"""Words that stand for themselves (a file type, a product, a key, a paper size, a unit).
Words in capitals are codes and acronyms (KR, ICNK) and pass too."""

DATA_TABLES = ("organization", "contact", "activity", "letter", "tag", "signature",
               "recipient", "dispatch", "affiliation", "membership_change", "custom_field",
               "attachment", "saved_group")
"""Tables whose text is the coordinator's own (names, notes, subjects) and stays as typed."""

PARTNERS_FILE = ("Organisation,Country,E-mail\nHuman Rights Wach,USA,hrw@example.org\n"
                 "Atlantis Watch,Atlantis,\nNew Partner Group,Nepal,np@example.org\n")

NAMES = ("Secret Service", "Credential Locker", "KWallet", "Keychain")
"""Products named as their makers name them."""

SQLITE_PROBLEM = "database disk image is malformed"
"""SQLite's own words for a damaged file, which the damaged-database dialog quotes."""

WORD = re.compile(r"[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ'’-]*[A-Za-zÀ-ÿ]")


def _demo_texts(database: Database) -> list[str]:
    """Every text the demo's records hold, longest first (so a name goes before its part)."""
    found: set[str] = set()
    tables = set(inspect(database.engine).get_table_names())
    with database.session() as session:
        for table in DATA_TABLES:
            if table not in tables:
                continue
            for row in session.execute(text(f'SELECT * FROM "{table}"')):
                for value in row:
                    # A lowercase code ("member", "ngo") is core's, to be shown as a label.
                    if isinstance(value, str) and not re.fullmatch(r"[a-z_]+", value):
                        found.update(part.strip() for part in value.splitlines())
        # The coordinator's country table: short forms for letters, and ISO's formal names
        # (which CLDR does not translate) where they are not the country's name itself.
        for short_form, official_name, name in session.execute(
                text("SELECT short_form, official_name, name FROM country")):
            found.update(value for value in (short_form, official_name if official_name != name
                                             else None) if value)
        found.update(str(name) for (name,) in session.execute(
            text("SELECT DISTINCT who FROM journal_operation")) if name)
    for line in PARTNERS_FILE.splitlines():
        found.update(line.split(","))
    if database.path is not None:
        found.update({str(database.path), database.path.name, database.display_name})
    return sorted((value for value in found if value), key=len, reverse=True)


def _plain(shown: str) -> str:
    """The words of `shown`: accelerators, merge fields, paths and codes taken out."""
    shown = re.sub(r"&(?=\w)", "", shown)
    shown = re.sub(r"\{%.*?%\}.*?\{%.*?%\}|\{\{.*?\}\}", " ", shown)
    shown = re.sub(r"(?:[A-Za-z]:)?[/\\]\S+", " ", shown)  # a folder or file
    # A letter's salutation is written in the letter's language, not the window's.
    shown = re.sub(r"\bDear [^,\n]*,", " ", shown)
    shown = re.sub(r"\S+@\S+|https?://\S+|www\.\S+|\S+\.\w{2,5}\b", " ", shown)
    return re.sub(r"\S*\d\S*", " ", shown)  # codes such as utf-8, cp949, A4


def _item_texts(view: QAbstractItemView) -> Iterator[tuple[str, str]]:
    model = view.model()
    if model is None or isinstance(view, QHeaderView):
        return
    root = view.rootIndex()
    try:
        columns = model.columnCount(root)
    except TypeError:  # a list model
        columns = 1
    header = getattr(view, "horizontalHeader", None) or getattr(view, "header", None)
    if header is not None and header().isVisible():
        for column in range(columns):
            if not (view.isColumnHidden(column) if hasattr(view, "isColumnHidden") else False):
                yield "column head", str(model.headerData(column, Qt.Orientation.Horizontal) or "")

    def rows(parent: QModelIndex, depth: int) -> Iterator[tuple[str, str]]:
        for row in range(min(model.rowCount(parent), 60)):
            for column in range(columns):
                index = model.index(row, column, parent)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = index.data(role)
                    if isinstance(value, str):
                        yield "cell", value
                if depth < 2 and column == 0 and columns > 1 and model.rowCount(index):
                    yield from rows(index, depth + 1)

    yield from rows(root, 0)


def _menu_texts(menu: QMenu, depth: int = 0) -> Iterator[tuple[str, str]]:
    menu.aboutToShow.emit()  # the menus filled as they open
    for action in menu.actions():
        yield "menu entry", action.text()
        if action.toolTip() != action.text().replace("&", ""):
            yield "menu tooltip", action.toolTip()
        yield "status tip", action.statusTip()
        submenu = action.menu()
        if isinstance(submenu, QMenu) and depth < 3:
            yield from _menu_texts(submenu, depth + 1)


def shown_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(what, text) for everything `root` shows in words."""
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        if widget.isWindow():
            yield "window title", widget.windowTitle().replace("[*]", "")
        yield "tooltip", widget.toolTip()
        if isinstance(widget, QLabel):
            yield "label", widget.text()
        elif isinstance(widget, QAbstractButton):
            yield "button", widget.text()
            menu = getattr(widget, "menu", lambda: None)()
            if isinstance(menu, QMenu):  # New Group ▾, Insert field ▾
                yield from _menu_texts(menu)
        elif isinstance(widget, QGroupBox):
            yield "group box", widget.title()
        elif isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
            yield "placeholder", widget.placeholderText()
        elif isinstance(widget, QComboBox) and not isinstance(widget, QFontComboBox):
            for index in range(widget.count()):
                yield "choice", widget.itemText(index)
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                yield "tab", widget.tabText(index)
                yield "tab tooltip", widget.tabToolTip(index)
        elif isinstance(widget, QAbstractItemView):
            yield from _item_texts(widget)
        if isinstance(widget, QGroupBox) and widget.isCheckable():
            yield "group box", widget.title()
        if isinstance(widget, QWizard) and widget.currentPage() is not None:
            yield "page title", widget.currentPage().title()
            yield "page subtitle", widget.currentPage().subTitle()
        for action in widget.actions():
            yield "action", action.text()
            yield "action tooltip", action.toolTip()
            submenu = action.menu()
            if isinstance(submenu, QMenu):
                yield from _menu_texts(submenu)


class EnglishFinder:
    """Collects English words left in what the windows show, with where they were seen."""

    def __init__(self, database: Database) -> None:
        # Whole words only: the family name "Han" is no licence for "Hanguk". (A Korean
        # particle may follow a name: "Human Rights Watch와".)
        self.data = re.compile("|".join(
            rf"(?<![A-Za-z]){re.escape(value)}(?![A-Za-z])"
            for value in (*NAMES, SQLITE_PROBLEM, *_demo_texts(database))))
        self.fonts = set(QFontDatabase.families())
        self.found: dict[str, str] = {}

    def english(self, shown: str) -> list[str]:
        if not WORD.search(shown):
            return []
        if "<" in shown and ">" in shown:
            shown = QTextDocumentFragment.fromHtml(shown).toPlainText()
        shown = self.data.sub(" ", shown)
        return [word for word in WORD.findall(_plain(shown))
                if word not in ALLOWED and not word.isupper()]

    def scan(self, where: str, root: QWidget) -> None:
        QApplication.processEvents()
        self.cut(where, root)
        for what, shown in shown_texts(root):
            if what == "choice" and shown in self.fonts:
                continue  # a font's name, in a letter's font choice
            if shown and self.english(shown):
                self.found.setdefault(f"{what}: {shown!r}", where)

    def cut(self, where: str, root: QWidget) -> None:
        """Labels and buttons too narrow for their text: Qt cuts it off or elides it."""
        for widget in [root, *root.findChildren(QWidget)]:
            if not widget.isVisible():
                continue
            if isinstance(widget, QLabel) and widget.text() and not widget.wordWrap():
                shown = _plain(widget.text()) if "<" in widget.text() else widget.text()
                needed = max((widget.fontMetrics().horizontalAdvance(line)
                              for line in shown.replace("&", "").splitlines()), default=0)
                room = widget.contentsRect().width() - 2 * widget.margin() - widget.indent()
            elif isinstance(widget, QPushButton) and widget.text():
                needed = widget.fontMetrics().horizontalAdvance(widget.text().replace("&", ""))
                if not widget.icon().isNull():
                    needed += widget.iconSize().width() + 4
                room = widget.width() - 6  # the button's frame
            elif isinstance(widget, QCheckBox | QRadioButton) and widget.text():
                needed, room = widget.sizeHint().width(), widget.width()
            else:
                continue
            if needed > room + 1:
                self.found.setdefault(f"cut ({needed} px in {room}): {widget.text()!r}", where)

    def report(self) -> list[str]:
        return [f"{where} | {found}" for found, where in sorted(self.found.items())]


# --- opening everything ------------------------------------------------------------------

def _wait(qtbot: QtBot, done: Callable[[], bool]) -> None:
    qtbot.waitUntil(done, timeout=30_000)


def _scan_tabs(finder: EnglishFinder, where: str, window: QWidget) -> None:
    """Every tab of every tab widget inside `window`, each in front in turn."""
    for tabs in window.findChildren(QTabWidget):
        if not tabs.isVisible():
            continue
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            finder.scan(f"{where} › {tabs.tabText(index)}", window)


def _scan_reports(finder: EnglishFinder, qtbot: QtBot, window: MainWindow, where: str) -> None:
    """Each report in turn, once built (in a worker thread)."""
    reports = window.reports
    for number in range(reports.choice.count()):
        reports.choice.setCurrentIndex(number)
        _wait(qtbot, lambda: not reports.busy() and reports.report() is not None)
        finder.scan(f"{where} › {reports.choice.itemText(number)}", window)


def _scan_main_window(finder: EnglishFinder, qtbot: QtBot, window: MainWindow) -> None:
    finder.scan("main window", window)
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        page = window.tabs.widget(index)
        where = window.tabs.tabText(index)
        if page is window.reports:
            _scan_reports(finder, qtbot, window, where)
            continue
        if page is window.activities:
            for choice in (page.ALL, page.DUE):
                page.view_choice.setCurrentIndex(choice)
                finder.scan(f"{where} › {page.view_choice.currentText()}", window)
            page.view_choice.setCurrentIndex(page.ALL)
        view = getattr(page, "view", None)
        if isinstance(view, QAbstractItemView) and view.model() is not None:
            for row in range(min(view.model().rowCount(), 3)):
                view.selectRow(row) if hasattr(view, "selectRow") else None
                finder.scan(where, window)
        if page is window.contacts or page is window.organizations:
            page.new_record()  # a new record's form: the empty fields' hints
            finder.scan(f"{where} › new", window)
            page.form.revert()
            page.view.selectRow(0)
        _scan_tabs(finder, where, window)


def _open(finder: EnglishFinder, qtbot: QtBot, where: str, dialog: QWidget,
          prepare: Callable[[], None] | None = None) -> None:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    if prepare is not None:
        prepare()
    finder.scan(where, dialog)
    _scan_tabs(finder, where, dialog)
    dialog.close()


def _scan_message_box(finder: EnglishFinder, where: str, show: Callable[[], object]) -> None:
    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            finder.scan(where, box)
            box.close()
        else:
            QTimer.singleShot(20, read_and_close)

    QTimer.singleShot(20, read_and_close)
    show()


def _scan_dialogs(finder: EnglishFinder, qtbot: QtBot, window: MainWindow, database: Database,
                  tmp_path: Path) -> None:
    from coalitiondesk.core.errors import DatabaseDamaged
    from coalitiondesk.core.exporting.columns import ExportKind
    from coalitiondesk.ui.dialogs.backups_dialog import BackupsDialog
    from coalitiondesk.ui.dialogs.bulk_change_dialog import BulkChangeDialog
    from coalitiondesk.ui.dialogs.custom_fields_dialog import CustomFieldsDialog
    from coalitiondesk.ui.dialogs.damaged_dialog import DamagedDialog
    from coalitiondesk.ui.dialogs.duplicates_dialog import DuplicatesDialog
    from coalitiondesk.ui.dialogs.email_merge_dialog import EmailMergeDialog
    from coalitiondesk.ui.dialogs.export_dialog import ExportDialog
    from coalitiondesk.ui.dialogs.history_dialog import HistoryDialog
    from coalitiondesk.ui.dialogs.import_wizard import (
        PAGE_MAPPING,
        PAGE_PREVIEW,
        PAGE_RESULT,
        ImportWizard,
    )
    from coalitiondesk.ui.dialogs.merge_dialog import MergeDialog
    from coalitiondesk.ui.dialogs.page_settings_dialog import PageSettingsDialog
    from coalitiondesk.ui.dialogs.passphrase_dialog import PassphraseDialog
    from coalitiondesk.ui.dialogs.security_dialogs import LockAfterDialog, NewPassphraseDialog
    from coalitiondesk.ui.dialogs.welcome_dialog import WelcomeDialog
    from coalitiondesk.ui.widgets.recipients_panel import ResponseDialog
    from coalitiondesk.ui.widgets.signatories_panel import PasteListDialog

    for kind in ExportKind:
        _open(finder, qtbot, f"export {kind.value}", ExportDialog(database, kind=kind,
                                                                   parent=window))
    letter = window.letters.current_letter() or 1
    merge = MergeDialog(database, letter, window)
    _open(finder, qtbot, "print / merge", merge)
    _open(finder, qtbot, "e-mail merge", EmailMergeDialog(database, letter, window))
    for kind in ("organization", "contact"):
        duplicates = DuplicatesDialog(database, kind=kind, parent=window)
        _open(finder, qtbot, f"find duplicates ({kind})", duplicates, duplicates.find_pairs)
    organizations = [int(window.organizations.model.row_at(row).key) for row in range(2)]
    _open(finder, qtbot, "change selected", BulkChangeDialog(
        database, kind="organization", selected=organizations, filters=None, parent=window))
    _open(finder, qtbot, "own fields", CustomFieldsDialog(database, window))
    _open(finder, qtbot, "letter settings", PageSettingsDialog(database, window))
    _open(finder, qtbot, "history", HistoryDialog(database, window))
    _open(finder, qtbot, "backups", BackupsDialog(database, window))
    _open(finder, qtbot, "welcome", WelcomeDialog("coalition.sqlite3", window))
    _open(finder, qtbot, "passphrase", PassphraseDialog("coalition.sqlite3", window,
                                                        offer_remember=True))
    _open(finder, qtbot, "new passphrase", NewPassphraseDialog(
        title="", intro="", backups_question=None, parent=window))
    _open(finder, qtbot, "lock when away", LockAfterDialog(5, window))
    _open(finder, qtbot, "response to a letter", ResponseDialog("Human Rights Watch", window))
    _open(finder, qtbot, "paste signatories", PasteListDialog(window))
    _open(finder, qtbot, "damaged database", DamagedDialog(DatabaseDamaged(
        "The database file is damaged", path=tmp_path / "coalition.sqlite3",
        problem=SQLITE_PROBLEM), window))
    _open(finder, qtbot, "user guide", window.show_user_guide())
    _scan_message_box(finder, "about", window.show_about)

    source = tmp_path / "partners.csv"
    source.write_text(PARTNERS_FILE, encoding="utf-8")
    wizard = ImportWizard(database, source, parent=window)
    qtbot.addWidget(wizard)
    wizard.show()
    finder.scan("import › file", wizard)
    for page, name in ((PAGE_MAPPING, "columns"), (PAGE_PREVIEW, "preview"),
                       (PAGE_RESULT, "result")):
        if page == PAGE_PREVIEW:
            status = wizard.mapping_page.status
            status.setCurrentIndex(max(1, status.currentIndex()))
        wizard.button(QWizard.WizardButton.NextButton if page != PAGE_RESULT
                      else QWizard.WizardButton.CommitButton).click()
        _wait(qtbot, lambda: wizard.currentId() == page)  # noqa: B023 - waited for at once
        if page == PAGE_RESULT:
            _wait(qtbot, wizard.result_page.isComplete)
        finder.scan(f"import › {name}", wizard)
    wizard.close()


def _scan_popup(finder: EnglishFinder, qtbot: QtBot, where: str,
                open_it: Callable[[], object]) -> None:
    """The menu `open_it` pops up (a right-click), scanned while it shows, then closed."""
    seen: list[str] = []

    def read_and_close() -> None:
        popup = QApplication.activePopupWidget()
        if isinstance(popup, QMenu):
            finder.scan(where, popup)
            seen.append(where)
            popup.close()
        else:
            QTimer.singleShot(20, read_and_close)

    QTimer.singleShot(20, read_and_close)
    open_it()
    _wait(qtbot, lambda: seen == [where])


def _scan_prompts(finder: EnglishFinder, qtbot: QtBot, where: str, show: Callable[[], object],
                  *, accept: bool = False, then_message: bool = False) -> None:
    """The prompt `show` asks (a QInputDialog), scanned, then cancelled or, with `accept`,
    answered as it stands; `then_message`: the message box it leads to, scanned and closed."""
    left = [2 if then_message else 1]

    def read_and_answer() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QInputDialog):
            finder.scan(where, modal)
            modal.accept() if accept else modal.reject()
        elif isinstance(modal, QMessageBox) and then_message:
            finder.scan(where, modal)
            modal.close()
        else:
            QTimer.singleShot(20, read_and_answer)
            return
        left[0] -= 1
        if left[0]:
            QTimer.singleShot(20, read_and_answer)

    QTimer.singleShot(20, read_and_answer)
    show()
    _wait(qtbot, lambda: left == [0])


def _add_groups(database: Database) -> dict[str, tuple[int, int]]:
    """A hand-picked group and a saved search of each kind: (hand-picked, search) by kind."""
    made = {}
    with database.session() as session:
        firsts = {"organization": list(session.exec(select(Organization.id).limit(2))),
                  "contact": list(session.exec(select(Contact.id).limit(2)))}
    for kind, ids in firsts.items():
        filters = (OrganizationFilter(country_code="KR") if kind == "organization"
                   else ContactFilter(country_code="KR"))
        made[kind] = (
            groups.add_group(database=database, kind=kind, name="Partners picked",
                             static=True, member_ids=[int(key) for key in ids if key]),
            groups.add_group(database=database, kind=kind, name="Korea search",
                             filters=filters))
    return made


def _scan_right_clicks(finder: EnglishFinder, qtbot: QtBot, window: MainWindow,
                       made: dict[str, tuple[int, int]]) -> None:
    """Each table's right-click menu (Add to Group ▸ opened too) and its columns' menu, each
    saved group's menu, and the prompts the groups ask with: last, for putting a group on a
    letter changes the letter."""
    for page in window.record_pages():
        window.tabs.setCurrentWidget(page)
        where = window.tabs.tabText(window.tabs.currentIndex())
        picked, searched = made[page.kind]
        page.view.selectRow(0)
        viewport = page.view.viewport()
        _scan_popup(finder, qtbot, f"{where} › right-click", lambda v=viewport: (
            QApplication.sendEvent(v, QContextMenuEvent(
                QContextMenuEvent.Reason.Mouse, QPoint(20, 10), v.mapToGlobal(QPoint(20, 10))))))
        header = page.view.horizontalHeader()
        _scan_popup(finder, qtbot, f"{where} › column heads' right-click",
                    lambda h=header: h.customContextMenuRequested.emit(QPoint(10, 5)))
        items = {page.groups.list.topLevelItem(row).text(0): page.groups.list.topLevelItem(row)
                 for row in range(page.groups.list.topLevelItemCount())}
        for name in ("Partners picked", "Korea search"):
            spot = page.groups.list.visualItemRect(items[name]).center()
            _scan_popup(finder, qtbot, f"{where} › group right-click ({name})",
                        lambda p=spot, g=page.groups: g.list.customContextMenuRequested.emit(p))
        _scan_prompts(finder, qtbot, f"{where} › save the search as a group",
                      page.groups.save_search)
        _scan_prompts(finder, qtbot, f"{where} › hand-picked group", page.groups.save_selected)
        _scan_prompts(finder, qtbot, f"{where} › rename a group",
                      lambda p=page, g=picked: p.groups.rename(g))
        roles = ["recipients", "signatories"] if page.kind == "organization" else ["recipients"]
        for role in roles:
            _scan_prompts(finder, qtbot, f"{where} › group to a letter ({role})",
                          lambda p=page, g=searched, r=role: p.groups.add_to_letter(g, r),
                          accept=True, then_message=True)
    window.tabs.setCurrentWidget(window.activities)
    where = window.tabs.tabText(window.tabs.currentIndex())
    for header in (window.activities.view.horizontalHeader(),
                   window.activities.due_view.horizontalHeader()):
        _scan_popup(finder, qtbot, f"{where} › column heads' right-click",
                    lambda h=header: h.customContextMenuRequested.emit(QPoint(10, 5)))


@pytest.mark.parametrize("language", ["ko", "ja"])
def test_no_english_is_left_in_any_window(
        qtbot: QtBot, database: Database, tmp_path: Path, language: str) -> None:
    for _step in demo_steps(database):
        pass
    made = _add_groups(database)
    i18n.install_translations(language)
    window = MainWindow(database)
    qtbot.addWidget(window, before_close_func=discard_edits)
    window.resize(1024, 700)  # the smallest screen it is made for: no label may be cut
    window.show()
    qtbot.waitExposed(window)
    finder = EnglishFinder(database)
    _scan_main_window(finder, qtbot, window)
    _scan_dialogs(finder, qtbot, window, database, tmp_path)
    _scan_right_clicks(finder, qtbot, window, made)
    assert finder.report() == [], (
        f"English left in {language}:\n" + "\n".join(finder.report()))
