"""Render the user guide's pictures of Find Duplicates and Change Selected on the demo.

    QT_QPA_PLATFORM=offscreen python docs/screenshots/guide/render_duplicates.py
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from coalitiondesk.core.demo import load_demo
from coalitiondesk.core.records import organizations
from coalitiondesk.core.records.organizations import OrganizationFilter
from coalitiondesk.core.storage.db import open_database
from coalitiondesk.ui.dialogs.bulk_change_dialog import BulkChangeDialog
from coalitiondesk.ui.dialogs.duplicates_dialog import DuplicatesDialog

HERE = Path(__file__).resolve().parent


def main() -> None:
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        database = open_database(Path(folder) / "demo.sqlite3")
        with database.transaction() as session:
            load_demo(session=session)
            # What a pasted sign-on list brings in: the same partners, retyped.
            organizations.create_organization(
                session=session, name="Human Right Watch", country_code="US",
                email="hrw@example.org", notes="From the Geneva sign-on list")
            organizations.create_organization(session=session, name="Freedom Hous",
                                              phone="+1 202 555 0100")
        duplicates = DuplicatesDialog(database)
        duplicates.show()
        duplicates.find_pairs()
        duplicates.resize(900, 480)
        app.processEvents()
        duplicates.grab().save(str(HERE / "duplicates.png"))
        duplicates.close()
        change = BulkChangeDialog(database, kind="organization", selected=[],
                                  filters=OrganizationFilter(country_code="KR"))
        change.field.setCurrentIndex(change.field.findData("membership_status"))
        change.choice.setCurrentIndex(change.choice.findData("observer"))
        change.note.setText("General assembly, 20 November")
        change.show()
        app.processEvents()
        change.grab().save(str(HERE / "change-selected.png"))
        change.close()
        database.close()


if __name__ == "__main__":
    main()
