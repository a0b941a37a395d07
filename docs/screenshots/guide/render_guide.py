"""Render the user guide's screenshots from the real application, offscreen.

    QT_QPA_PLATFORM=offscreen python docs/screenshots/guide/render_guide.py

Every picture is a real window on a real database in a temporary folder: an
empty one first, then the demo coalition, a partner's workbook imported
through the wizard, an export, the demo letter with recipients, its merge
preview and the backups dialog.
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget, QWizard

from coalitiondesk.core.demo import load_demo
from coalitiondesk.core.merge.recipients import add_recipients
from coalitiondesk.core.records.contacts import create_contact
from coalitiondesk.core.records.letters import letter_by_title
from coalitiondesk.core.records.organizations import find_organization
from coalitiondesk.core.storage import backup
from coalitiondesk.core.storage.db import Database, open_database
from coalitiondesk.ui.app.main_window import MainWindow
from coalitiondesk.ui.dialogs.backups_dialog import BackupsDialog
from coalitiondesk.ui.dialogs.export_dialog import ExportDialog
from coalitiondesk.ui.dialogs.import_wizard import (
    PAGE_MAPPING,
    PAGE_PREVIEW,
    PAGE_RESULT,
    ImportWizard,
)
from coalitiondesk.ui.dialogs.merge_dialog import MergeDialog

HERE = Path(__file__).resolve().parent
SIZE = (1280, 760)


def wait_for(app: QApplication, done: Callable[[], bool], seconds: float = 60) -> None:
    """Let the application work (imports and exports run in threads) until `done`."""
    deadline = time.monotonic() + seconds
    while not done():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not get there in time")
        app.processEvents()
        time.sleep(0.01)
    app.processEvents()


def save(app: QApplication, widget: QWidget, name: str) -> None:
    app.processEvents()
    if not widget.grab().save(str(HERE / f"{name}.png")):
        raise OSError(f"could not write {name}.png")
    print(f"{name}.png")


def window_on(app: QApplication, database: Database) -> MainWindow:
    window = MainWindow(database)
    window.resize(*SIZE)
    # The file's name alone: the temporary folder it sits in here means nothing to a reader.
    window.database_label.setText("coalitiondesk.sqlite3")
    window.show()
    app.processEvents()
    return window


def partner_workbook(path: Path) -> Path:
    """What a partner sends back: a correction, a new member, a typo, an unknown country."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Organisation", "Country", "E-mail", "Website"])
    sheet.append(["Burma Partnership", "Thailand", "info@burmapartnership.example",
                  "https://www.burmapartnership.example"])
    sheet.append(["Nepal Human Rights Forum", "Nepal", "forum@example.org", ""])
    sheet.append(["Human Rights Wach", "USA", "hrw@example.org", ""])
    sheet.append(["Atlantis Watch", "Atlantis", "", ""])
    book.save(path)
    return path


def first_start(app: QApplication, folder: Path) -> Database:
    database = open_database(folder / "coalitiondesk.sqlite3")
    window = window_on(app, database)
    welcome = window.offer_first_steps()
    assert welcome is not None
    save(app, welcome, "welcome")
    welcome.close()
    save(app, window, "first-start")
    window.close()
    with database.transaction() as session:
        load_demo(session=session)
        # People whose safety depends on staying off partners' lists, and two
        # addressees for the letter, so the export and merge pictures show them.
        create_contact(session=session, given_name="Eun-ji", family_name="Yoon",
                       family_name_first=True, native_name="윤은지", sensitivity="restricted",
                       address_country_code="KR")
        people = [
            create_contact(session=session, given_name="Yanghee", family_name="Lee",
                           honorific="Ms", street="Palais des Nations", city="Geneva",
                           postcode="1211", address_country_code="CH"),
            create_contact(session=session, given_name="Tae Kyung", family_name="Ha",
                           family_name_first=True, native_name="하태경", honorific="Mr",
                           street="1 Sejong-daero", city="Seoul", postcode="03172",
                           address_country_code="KR"),
        ]
        letter = letter_by_title(session=session, title="Letter to Kim Jong-il")
        assert letter.id is not None
        add_recipients(session=session, letter_id=letter.id,
                       contact_ids=[p.id for p in people if p.id is not None])
    window = window_on(app, database)
    with database.session() as session:
        found = find_organization(session=session, name="Free NK Gulag")
        key = found.id if found else None
    window.organizations.select_key(key)
    save(app, window, "demo-loaded")
    window.close()
    return database


def on_page(wizard: QWizard, page: int) -> Callable[[], bool]:
    return lambda: wizard.currentId() == page


def importing(app: QApplication, database: Database) -> None:
    # Relative names (the script works in its temporary folder) keep the pictures free of
    # this machine's folders.
    wizard = ImportWizard(database, path=partner_workbook(Path("ICNK partners.xlsx")))
    wizard.show()
    save(app, wizard, "import-1-file")
    wizard.button(QWizard.WizardButton.NextButton).click()
    wait_for(app, on_page(wizard, PAGE_MAPPING))
    save(app, wizard, "import-2-columns")
    wizard.button(QWizard.WizardButton.NextButton).click()
    wait_for(app, on_page(wizard, PAGE_PREVIEW))
    preview = wizard.preview_page
    preview.view.selectRow(0)  # the possible duplicate: the coordinator says it is the same
    preview.decision.setCurrentIndex(2)
    preview.decision.activated.emit(2)
    save(app, wizard, "import-3-preview")
    wizard.button(QWizard.WizardButton.CommitButton).click()
    wait_for(app, lambda: wizard.currentId() == PAGE_RESULT and wizard.result_page.isComplete())
    save(app, wizard, "import-4-result")
    wizard.close()


def exporting(app: QApplication, database: Database) -> None:
    dialog = ExportDialog(database, kind="contacts")
    dialog.file_edit.setText("ICNK contacts for partners.xlsx")
    dialog.show()
    save(app, dialog, "export")
    dialog.include_restricted.click()
    wait_for(app, lambda: dialog._confirm is not None and dialog._confirm.isVisible())
    box = dialog._confirm
    assert isinstance(box, QMessageBox)
    save(app, box, "export-restricted")
    box.reject()
    dialog.close()


def letters(app: QApplication, database: Database) -> None:
    window = window_on(app, database)
    window.tabs.setCurrentWidget(window.letters)
    page = window.letters
    for index, name in ((page.LETTER, "letters-letter"), (page.SIGNATORIES, "letters-signatories"),
                        (page.RECIPIENTS, "letters-recipients")):
        page.details.setCurrentIndex(index)
        save(app, window, name)
    letter_id = page.current_letter()
    assert letter_id is not None
    merge = MergeDialog(database, letter_id, window)
    merge.show()
    merge.next_button.click()  # the second recipient: Geneva, "Dear Ms Lee,"
    merge.path.setText("Letter to Kim Jong-il.pdf")
    save(app, merge, "merge-letters")
    merge.labels_choice.setChecked(True)
    merge.path.setText("Letter to Kim Jong-il - labels.pdf")
    save(app, merge, "merge-labels")
    merge.close()
    window.close()


def backups(app: QApplication, database: Database) -> None:
    assert database.path is not None
    backup.back_up(database.path, reason=backup.Reason.manual)
    dialog = BackupsDialog(database)
    dialog.show()
    save(app, dialog, "backups")
    dialog.close()


def main() -> None:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        # Fresh settings and backups: the pictures show what a new user sees.
        os.environ["XDG_CONFIG_HOME"] = str(folder / "config")
        os.environ["XDG_DATA_HOME"] = str(folder / "data")
        previous = Path.cwd()
        os.chdir(folder)
        app = QApplication([])
        app.setOrganizationName("CoalitionDesk")
        app.setApplicationName("CoalitionDesk")
        database = first_start(app, folder)
        try:
            importing(app, database)
            exporting(app, database)
            letters(app, database)
            backups(app, database)
        finally:
            database.close()
            os.chdir(previous)


if __name__ == "__main__":
    main()
