"""Render the README's screenshots from the real application on the demo coalition.

    QT_QPA_PLATFORM=offscreen python docs/screenshots/render.py
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from coalitiondesk.core.contacts import ContactFilter, list_contacts
from coalitiondesk.core.db import Database, open_database
from coalitiondesk.core.demo import load_demo
from coalitiondesk.core.organizations import find_organization
from coalitiondesk.ui.app import create_main_window

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
        window.show()
        window.organizations.select_key(_organization_id(database, "Free NK Gulag"))
        window.contacts.select_key(_contact_id(database, "하태경"))
        window.countries.select_code("KR")
        for index, name in enumerate(("main-window", "countries", "contacts", "activities")):
            window.tabs.setCurrentIndex(index)
            app.processEvents()
            window.grab().save(str(HERE / f"{name}.png"))
        window.close()
        database.close()


if __name__ == "__main__":
    main()
