"""Joined is read from the membership history, so the form and the history agree."""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa
from pytestqt.qtbot import QtBot

from coalitiondesk.core.journal import undo as journal_undo
from coalitiondesk.core.records.membership import membership_history
from coalitiondesk.core.records.organizations import (
    create_organization,
    get_organization,
    update_organization,
)
from coalitiondesk.core.storage.db import Database
from coalitiondesk.ui.forms import OrganizationForm

LAUNCH = date(2011, 9, 7)


def founded_member(database: Database) -> int:
    """As the demo makes its members: a status dated the coalition's launch, no Joined."""
    with database.operation("organization", "Add Freedom House") as operation:
        organization = create_organization(session=operation.session, name="Freedom House",
                                           membership_status="member", status_changed_on=LAUNCH)
        assert organization.id is not None
        return organization.id


def form_on(qtbot: QtBot, database: Database, organization_id: int) -> OrganizationForm:
    form = OrganizationForm(database)
    qtbot.addWidget(form)
    form.load(organization_id)
    return form


def test_joined_is_the_date_the_history_says_it_became_a_member(
        qtbot: QtBot, database: Database) -> None:
    key = founded_member(database)
    with database.session() as session:
        assert get_organization(session=session, organization_id=key).joined_on == LAUNCH

    form = form_on(qtbot, database, key)
    assert form.editor("joined_on").value() == LAUNCH
    assert form.status_history.rows()[0][0] == "Member"
    assert not form.editor("joined_on").widget.isEnabled()  # changed through the status


def test_an_older_database_with_joined_blank_shows_the_history_date(
        qtbot: QtBot, database: Database) -> None:
    key = founded_member(database)
    with database.operation("test", "Blank the column as older versions left it") as operation:
        operation.session.execute(sa.text("UPDATE organization SET joined_on = NULL"))

    assert form_on(qtbot, database, key).editor("joined_on").value() == LAUNCH


def test_rejoining_moves_joined_and_undo_moves_it_back(database: Database) -> None:
    key = founded_member(database)
    for status, day in (("former", date(2013, 1, 5)), ("member", date(2015, 6, 1))):
        with database.operation("organization", f"Status {status}") as operation:
            update_organization(session=operation.session, organization_id=key,
                                membership_status=status, status_changed_on=day)
    with database.session() as session:
        assert get_organization(session=session, organization_id=key).joined_on == date(2015, 6, 1)

    journal_undo.undo(database)
    with database.session() as session:
        assert get_organization(session=session, organization_id=key).joined_on == LAUNCH


def test_a_former_member_created_with_both_dates_has_both_in_its_history(
        database: Database) -> None:
    with database.operation("organization", "Add a former member") as operation:
        organization = create_organization(
            session=operation.session, name="Old Partner", membership_status="former",
            joined_on=LAUNCH, left_on=date(2014, 2, 1))
        assert organization.id is not None
        key = organization.id
    with database.session() as session:
        history = [(change.status, change.changed_on)
                   for change in membership_history(session=session, organization_id=key)]
        assert history == [("member", LAUNCH), ("former", date(2014, 2, 1))]
        assert get_organization(session=session, organization_id=key).joined_on == LAUNCH
