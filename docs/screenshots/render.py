"""Render the README's screenshots from the real application on the demo coalition.

    QT_QPA_PLATFORM=offscreen python docs/screenshots/render.py
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from coalitiondesk.core.demo import load_demo
from coalitiondesk.core.records.contacts import ContactFilter, list_contacts
from coalitiondesk.core.records.organizations import find_organization
from coalitiondesk.core.storage.db import Database, open_database
from coalitiondesk.ui.app.i18n import install_translations
from coalitiondesk.ui.app.start import create_main_window
from coalitiondesk.ui.dialogs.merge_dialog import MergeDialog

HERE = Path(__file__).resolve().parent


def _organization_id(database: Database, name: str) -> int | None:
    with database.session() as session:
        found = find_organization(session=session, name=name)
        return found.id if found else None


def _contact_id(database: Database, native_name: str) -> int | None:
    with database.session() as session:
        people = list_contacts(session=session, filters=ContactFilter(search=native_name))
        return people[0].id if people else None


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        # Fresh settings: the screenshots show the window as a new user first sees it.
        os.environ["XDG_CONFIG_HOME"] = folder
        app = QApplication([])
        app.setOrganizationName("CoalitionDesk")
        app.setApplicationName("CoalitionDesk")
        database = open_database(Path(folder) / "coalitiondesk.sqlite3")
        with database.transaction() as session:
            load_demo(session=session)
        window = create_main_window(database)
        window.resize(1280, 760)
        # The file's name alone: the temporary folder it sits in here means nothing to a reader.
        window.database_label.setText(database.path.name if database.path else "")
        window.show()
        window.organizations.select_key(_organization_id(database, "Free NK Gulag"))
        window.contacts.select_key(_contact_id(database, "하태경"))
        window.countries.select_code("KR")
        for page, name in ((window.organizations, "main-window"), (window.countries, "countries"),
                           (window.contacts, "contacts"), (window.letters, "letters"),
                           (window.activities, "activities")):
            window.tabs.setCurrentWidget(page)
            app.processEvents()
            window.grab().save(str(HERE / f"{name}.png"))
        window.tabs.setCurrentWidget(window.reports)
        while window.reports.busy() or window.reports.report() is None:
            app.processEvents()  # reports are built in a worker thread
        app.processEvents()
        window.grab().save(str(HERE / "reports.png"))
        merge = MergeDialog(database, window.letters.current_letter() or 1, window)
        merge.path.setText("~/Documents/Letter to Kim Jong-il.pdf")  # not this machine's folders
        merge.show()
        app.processEvents()
        merge.grab().save(str(HERE / "merge-preview.png"))
        merge.close()
        window.close()
        # The same window as a Korean coordinator sees it.
        install_translations("ko")
        korean = create_main_window(database)
        korean.resize(1280, 760)
        korean.database_label.setText(window.database_label.text())
        korean.show()
        korean.tabs.setCurrentIndex(0)
        korean.organizations.select_key(_organization_id(database, "Free NK Gulag"))
        app.processEvents()
        korean.grab().save(str(HERE / "main-window-ko.png"))
        korean.close()
        database.close()


if __name__ == "__main__":
    main()
