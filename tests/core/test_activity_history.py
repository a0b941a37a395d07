"""Activities as journaled operations (core.edits): created, edited and deleted, then
taken back and done again (core.journal.undo), with the organizations and contacts
they involve."""

from __future__ import annotations

from datetime import date

import pytest

from coalitiondesk.core.errors import NotFound
from coalitiondesk.core.journal.undo import redo, undo
from coalitiondesk.core.records import edits
from coalitiondesk.core.records.activities import activity_links, get_activity
from coalitiondesk.core.records.contacts import create_contact
from coalitiondesk.core.records.organizations import create_organization
from coalitiondesk.core.storage.db import Database


@pytest.fixture
def linked(database: Database) -> tuple[int, int, int]:
    with database.transaction() as session:
        first = create_organization(session=session, name="Human Rights Watch")
        second = create_organization(session=session, name="Kontras")
        person = create_contact(session=session, given_name="Phil", family_name="Robertson")
        assert first.id and second.id and person.id
        return first.id, second.id, person.id


def test_an_edit_is_undone_with_its_links(database: Database,
                                          linked: tuple[int, int, int]) -> None:
    first, second, person = linked
    created = edits.save_record(
        database, kind="activity", name="Briefing",
        values={"activity_date": date(2011, 9, 8), "subject": "Briefing"},
        organization_ids=[first], contact_ids=[person])
    activity_id = created.record_id
    edits.save_record(
        database, kind="activity", name="Briefing", record_id=activity_id,
        loaded_version=created.version,
        values={"subject": "Briefing on the COI", "follow_up_on": date(2011, 10, 1)},
        organization_ids=[second], contact_ids=[])

    undo(database)
    with database.session() as session:
        activity = get_activity(session=session, activity_id=activity_id)
        assert (activity.subject, activity.follow_up_on) == ("Briefing", None)
        assert activity_links(session=session, activity_id=activity_id) == ([first], [person])

    redo(database)
    with database.session() as session:
        assert get_activity(session=session, activity_id=activity_id).subject == (
            "Briefing on the COI")
        assert activity_links(session=session, activity_id=activity_id) == ([second], [])


def test_a_delete_is_undone_with_the_same_id_and_links(
    database: Database, linked: tuple[int, int, int],
) -> None:
    first, _second, person = linked
    activity_id = edits.save_record(
        database, kind="activity", name="Conference",
        values={"activity_date": date(2011, 9, 7), "subject": "Conference"},
        organization_ids=[first], contact_ids=[person]).record_id
    edits.delete_record(database, kind="activity", record_id=activity_id, name="Conference")
    with database.session() as session, pytest.raises(NotFound):
        get_activity(session=session, activity_id=activity_id)

    undo(database)
    with database.session() as session:
        assert get_activity(session=session, activity_id=activity_id).subject == "Conference"
        assert activity_links(session=session, activity_id=activity_id) == ([first], [person])
