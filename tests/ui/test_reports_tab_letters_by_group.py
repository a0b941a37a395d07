"""The Reports tab's Group choice limits the letters and activities reports too, which
then say they count only the organizations of one saved group."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from coalitiondesk.core.journal.operations import ChangeSet
from coalitiondesk.core.records import groups
from coalitiondesk.core.records.organizations import OrganizationFilter
from coalitiondesk.core.storage.db import Database
from coalitiondesk.ui.pages.reports_page import ReportsPage


def _show(qtbot: QtBot, page: ReportsPage, name: str) -> None:
    if page.current_name() != name:
        with qtbot.waitSignal(page.reportShown):
            page.select(name)
    qtbot.waitUntil(lambda: not page.busy())


def test_letters_and_activities_of_one_group(qtbot: QtBot, demo: Database) -> None:
    page = ReportsPage(demo)
    qtbot.addWidget(page)
    page.resize(1024, 700)
    with qtbot.waitSignal(page.reportShown):
        page.show()
    qtbot.waitUntil(lambda: not page.busy())
    _show(qtbot, page, "letters")
    everyone = page.report()
    assert everyone is not None and page.group.isVisible()
    korean = groups.add_group(database=demo, kind="organization", name="Korean",
                              filters=OrganizationFilter(country_code="KR"))
    with qtbot.waitSignal(page.reportShown):
        page.apply_changes(ChangeSet(tables=frozenset({"saved_group"})))
    qtbot.waitUntil(lambda: not page.busy())
    with qtbot.waitSignal(page.reportShown):
        page.group.setCurrentIndex(page.group.findData(korean))
    qtbot.waitUntil(lambda: not page.busy())
    letters = page.report()
    assert letters is not None and letters.title == "Letters"
    assert letters.notes[0] == "Only the 8 organizations of one saved group"
    assert 0 < sum(letters.column("Signatories")) < sum(everyone.column("Signatories"))
    assert letters.column("Countries") == [1]

    _show(qtbot, page, "activities-per-month")
    activities = page.report()
    assert activities is not None and page.group.currentData() == korean
    assert activities.notes[0] == "Only the 8 organizations of one saved group"
