"""Render the user guide's pictures of Find Duplicates, Change Selected and the saved
groups on the demo.

    QT_QPA_PLATFORM=offscreen python docs/screenshots/guide/render_duplicates.py
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from coalitiondesk.core.demo import load_demo
from coalitiondesk.core.records import groups, organizations
from coalitiondesk.core.records.organizations import OrganizationFilter
from coalitiondesk.core.storage.db import Database, open_database
from coalitiondesk.ui.app.main_window import MainWindow
from coalitiondesk.ui.dialogs.bulk_change_dialog import BulkChangeDialog
from coalitiondesk.ui.dialogs.duplicates_dialog import DuplicatesDialog
from coalitiondesk.ui.widgets.groups_panel import GROUP_ROLE

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
        _groups(app, database)
        database.close()


def _groups(app: QApplication, database: Database) -> None:
    QApplication.setOrganizationName("CoalitionDeskGuide")
    QSettings().clear()
    korean = groups.add_group(database=database, kind="organization",
                              name="Members in South Korea",
                              filters=OrganizationFilter(country_code="KR",
                                                         membership_status="member"))
    with database.session() as session:
        picked = [organization.id for organization in organizations.list_organizations(
            session=session)[:5] if organization.id]
    groups.add_group(database=database, kind="organization", name="Steering committee",
                     static=True, member_ids=picked)
    window = MainWindow(database)
    window.resize(1280, 760)
    window.show()
    page = window.organizations
    app.processEvents()
    tree = page.groups.list
    for row in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(row)
        if item is not None and item.data(0, GROUP_ROLE) == korean:
            tree.setCurrentItem(item)
    app.processEvents()
    window.grab().save(str(HERE / "groups.png"))
    for record_page in window.record_pages():
        record_page.form.revert()
    window.close()


if __name__ == "__main__":
    main()
