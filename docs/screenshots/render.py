"""Render the README's screenshots from the real application on the demo coalition.

    QT_QPA_PLATFORM=offscreen python docs/screenshots/render.py
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from coalitiondesk.core.db import open_database
from coalitiondesk.core.demo import load_demo
from coalitiondesk.ui.app import create_main_window

HERE = Path(__file__).resolve().parent


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
        window.resize(1100, 640)
        window.show()
        for index, name in enumerate(("main-window", "countries", "contacts")):
            window.tabs.setCurrentIndex(index)
            app.processEvents()
            window.grab().save(str(HERE / f"{name}.png"))
        window.close()
        database.close()


if __name__ == "__main__":
    main()
