"""Follow-ups due say whom to chase: the organizations and contacts of each activity."""

from __future__ import annotations

from datetime import date, timedelta

from pytestqt.qtbot import QtBot

from coalitiondesk.core.records.activities import create_activity
from coalitiondesk.core.records.contacts import create_contact
from coalitiondesk.core.records.organizations import create_organization
from coalitiondesk.core.storage.db import Database
from coalitiondesk.ui.pages.activities_page import ActivitiesPage

TODAY = date(2026, 3, 10)


def due_page(qtbot: QtBot, database: Database) -> ActivitiesPage:
    page = ActivitiesPage(database)
    qtbot.addWidget(page)
    page.today = lambda: TODAY
    page.reload()
    page.show_due()
    return page


def column(page: ActivitiesPage, name: str) -> list[str]:
    model = page.due_model
    index = model.column_index(name)
    return [str(model.index(row, index).data()) for row in range(model.rowCount())]


def test_the_due_view_names_the_organization_and_contact_of_each_follow_up(
        qtbot: QtBot, database: Database) -> None:
    with database.transaction() as session:
        alliance = create_organization(session=session, name="Citizens' Alliance")
        person = create_contact(session=session, given_name="Tae Kyung", family_name="Ha",
                                family_name_first=True)
        assert alliance.id is not None and person.id is not None
        create_activity(session=session, activity_date=TODAY - timedelta(days=9),
                        subject="Call about the hearing", follow_up_on=TODAY - timedelta(days=1),
                        organization_ids=[alliance.id], contact_ids=[person.id])
        create_activity(session=session, activity_date=TODAY, subject="Nobody in particular",
                        follow_up_on=TODAY + timedelta(days=3))

    page = due_page(qtbot, database)

    assert column(page, "subject") == ["Call about the hearing", "Nobody in particular"]
    assert column(page, "organizations") == ["Citizens' Alliance", ""]
    assert column(page, "contacts")[0].replace(" ", "") in ("HaTaeKyung", "TaeKyungHa")
    assert column(page, "contacts")[1] == ""
