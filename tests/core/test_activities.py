"""The outreach log: activities and the organizations and contacts they involve."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from sqlmodel import SQLModel

from coalitiondesk.core.errors import InvalidInput, NotFound
from coalitiondesk.core.models import (
    Activity,
    ActivityContact,
    ActivityKind,
    ActivityOrganization,
)
from coalitiondesk.core.records import activities, contacts, letters, organizations
from coalitiondesk.core.storage.db import Database

Count = Callable[[type[SQLModel]], int]


@pytest.fixture
def records(database: Database) -> dict[str, int]:
    """Two organizations, two contacts and a letter to log activities against."""
    with database.transaction() as session:
        created = {
            "ornk": organizations.create_organization(
                session=session, name="Open Radio for North Korea", country_code="KR"
            ),
            "hrw": organizations.create_organization(session=session, name="Human Rights Watch"),
            "ha": contacts.create_contact(
                session=session, given_name="Tae Kyung", family_name="Ha"
            ),
            "phil": contacts.create_contact(
                session=session, given_name="Phil", family_name="Robertson"
            ),
            "letter": letters.create_letter(session=session, title="Letter to Kim Jong-il"),
        }
        ids = {key: record.id for key, record in created.items()}
    assert all(value is not None for value in ids.values())
    return {key: value for key, value in ids.items() if value is not None}


def log(database: Database, **values: Any) -> int:
    with database.transaction() as session:
        activity = activities.create_activity(session=session, **values)
        assert activity.id is not None
        return activity.id


def subjects(database: Database, **which: int) -> list[str]:
    with database.session() as session:
        return [a.subject for a in activities.list_activities(session=session, **which)]


def test_activity_reads_back_with_its_links(
    database: Database, records: dict[str, int], count: Count
) -> None:
    activity_id = log(
        database,
        activity_date=date(2011, 9, 8),
        kind=ActivityKind.press_release,
        subject="Press release on the launch of ICNK",
        notes="Quotes from Ha Tae Kyung and Phil Robertson",
        organization_ids=[records["ornk"], records["hrw"]],
        contact_ids=[records["ha"], records["phil"]],
        letter_id=records["letter"],
        follow_up_on=date(2011, 9, 15),
    )
    with database.session() as session:
        activity = session.get(Activity, activity_id)
    assert activity is not None
    assert activity.activity_date == date(2011, 9, 8)
    assert activity.kind == ActivityKind.press_release
    assert activity.subject == "Press release on the launch of ICNK"
    assert activity.letter_id == records["letter"]
    assert activity.follow_up_on == date(2011, 9, 15)
    assert activity.follow_up_done is False
    assert count(ActivityOrganization) == 2
    assert count(ActivityContact) == 2


def test_repeated_links_are_stored_once(
    database: Database, records: dict[str, int], count: Count
) -> None:
    log(database, activity_date=date(2011, 9, 7), subject="Tokyo conference",
        organization_ids=[records["hrw"], records["hrw"]], contact_ids=[records["ha"]] * 3)
    assert count(ActivityOrganization) == 1
    assert count(ActivityContact) == 1


def test_kind_defaults_to_other_and_may_be_given_as_text(
    database: Database, records: dict[str, int]
) -> None:
    first = log(database, activity_date=date(2011, 9, 1), subject="Phone call")
    second = log(database, activity_date=date(2011, 9, 2), subject="Call", kind="call")
    with database.session() as session:
        assert session.get(Activity, first).kind == ActivityKind.other  # type: ignore[union-attr]
        assert session.get(Activity, second).kind == ActivityKind.call  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"subject": "No date"}, "activity date"),
        ({"activity_date": date(2011, 9, 7)}, "subject"),
        ({"activity_date": date(2011, 9, 7), "subject": ""}, "subject"),
        ({"activity_date": date(2011, 9, 7), "subject": "   "}, "subject"),
        ({"activity_date": "someday", "subject": "Meeting"}, "activity date"),
        ({"activity_date": date(2011, 9, 7), "subject": "Meeting", "kind": "party"}, "kind"),
        ({"activity_date": date(2011, 9, 7), "subject": "Meeting", "place": "Tokyo"},
         "Unknown field: place"),
    ],
)
def test_invalid_activity_is_refused(
    database: Database, count: Count, values: dict[str, Any], message: str
) -> None:
    with pytest.raises(InvalidInput, match=message):
        log(database, **values)
    assert count(Activity) == 0


def test_unknown_linked_records_are_refused_and_nothing_is_written(
    database: Database, records: dict[str, int], count: Count
) -> None:
    with pytest.raises(NotFound, match="organization"):
        log(database, activity_date=date(2011, 9, 7), subject="Conference",
            organization_ids=[records["hrw"], 999])
    with pytest.raises(NotFound, match="contact"):
        log(database, activity_date=date(2011, 9, 7), subject="Conference",
            contact_ids=[999])
    assert count(Activity) == 0
    assert count(ActivityOrganization) == 0


def test_unknown_letter_is_refused(database: Database, count: Count) -> None:
    with pytest.raises((InvalidInput, NotFound), match="letter"):
        log(database, activity_date=date(2011, 9, 8), subject="Letter sent", letter_id=999)
    assert count(Activity) == 0


def test_list_newest_first_and_by_record(database: Database, records: dict[str, int]) -> None:
    log(database, activity_date=date(2011, 9, 7), subject="Tokyo conference",
        organization_ids=[records["ornk"], records["hrw"]])
    log(database, activity_date=date(2011, 9, 8), subject="Press release",
        organization_ids=[records["ornk"]], contact_ids=[records["ha"], records["phil"]])
    log(database, activity_date=date(2011, 9, 8), subject="Letter released",
        contact_ids=[records["phil"]])
    log(database, activity_date=date(2011, 8, 1), subject="Unrelated meeting")

    # Same day: the one logged last first.
    assert subjects(database) == [
        "Letter released", "Press release", "Tokyo conference", "Unrelated meeting",
    ]
    assert subjects(database, organization_id=records["ornk"]) == [
        "Press release", "Tokyo conference",
    ]
    assert subjects(database, organization_id=records["hrw"]) == ["Tokyo conference"]
    assert subjects(database, contact_id=records["phil"]) == ["Letter released", "Press release"]
    assert subjects(database, contact_id=records["ha"], organization_id=records["ornk"]) == [
        "Press release",
    ]
    assert subjects(database, contact_id=records["ha"], organization_id=records["hrw"]) == []


def test_deleting_the_letter_keeps_the_activity(
    database: Database, records: dict[str, int]
) -> None:
    activity_id = log(database, activity_date=date(2011, 9, 8), subject="Letter released",
                      kind=ActivityKind.letter_sent, letter_id=records["letter"])
    with database.transaction() as session:
        letters.delete_letter(session=session, letter_id=records["letter"])
    with database.session() as session:
        activity = session.get(Activity, activity_id)
    assert activity is not None
    assert activity.letter_id is None


def test_deleting_a_contact_unlinks_but_keeps_the_activity(
    database: Database, records: dict[str, int], count: Count
) -> None:
    log(database, activity_date=date(2011, 9, 8), subject="Press release",
        contact_ids=[records["ha"], records["phil"]])
    with database.transaction() as session:
        contacts.delete_contact(session=session, contact_id=records["ha"])
    assert count(Activity) == 1
    assert count(ActivityContact) == 1
    assert subjects(database, contact_id=records["phil"]) == ["Press release"]


def test_update_changes_fields_and_replaces_links(
    database: Database, records: dict[str, int]
) -> None:
    activity_id = log(
        database, activity_date=date(2011, 9, 7), kind=ActivityKind.meeting, subject="Planning",
        organization_ids=[records["ornk"]], contact_ids=[records["ha"]],
    )
    with database.transaction() as session:
        activities.update_activity(
            session=session, activity_id=activity_id, subject="  Tokyo conference  ",
            kind=ActivityKind.conference, organization_ids=[records["hrw"], records["ornk"]],
        )
    with database.session() as session:
        activity = activities.get_activity(session=session, activity_id=activity_id)
        links = activities.activity_links(session=session, activity_id=activity_id)
    assert (activity.subject, activity.kind) == ("Tokyo conference", ActivityKind.conference)
    assert links == (sorted([records["hrw"], records["ornk"]]), [records["ha"]])


def test_update_with_a_blank_subject_changes_nothing(
    database: Database, records: dict[str, int]
) -> None:
    activity_id = log(database, activity_date=date(2011, 9, 7), subject="Planning",
                      organization_ids=[records["ornk"]])
    with pytest.raises(InvalidInput, match="subject"), database.transaction() as session:
        activities.update_activity(session=session, activity_id=activity_id, subject="  ",
                                   organization_ids=[])
    with database.session() as session:
        assert activities.get_activity(session=session, activity_id=activity_id).subject == (
            "Planning"
        )
        assert activities.activity_links(session=session, activity_id=activity_id) == (
            [records["ornk"]], []
        )


def test_delete_removes_the_activity_and_its_links_only(
    database: Database, records: dict[str, int], count: Count
) -> None:
    activity_id = log(database, activity_date=date(2011, 9, 8), subject="Press release",
                      organization_ids=[records["hrw"]], contact_ids=[records["phil"]])
    with database.transaction() as session:
        activities.delete_activity(session=session, activity_id=activity_id)
    assert count(Activity) == 0
    assert count(ActivityOrganization) == 0
    assert count(ActivityContact) == 0
    with database.session() as session:
        assert organizations.get_organization(session=session, organization_id=records["hrw"])
    with pytest.raises(NotFound), database.transaction() as session:
        activities.delete_activity(session=session, activity_id=activity_id)


def test_link_names_for_many_activities_at_once(
    database: Database, records: dict[str, int]
) -> None:
    first = log(database, activity_date=date(2011, 9, 7), subject="Conference",
                organization_ids=[records["ornk"], records["hrw"]], contact_ids=[records["ha"]])
    second = log(database, activity_date=date(2011, 9, 8), subject="Call")
    with database.session() as session:
        names = activities.link_names(session=session, activity_ids=[first, second])
    assert names[first] == (
        [(records["hrw"], "Human Rights Watch"), (records["ornk"], "Open Radio for North Korea")],
        [(records["ha"], "Tae Kyung Ha")],
    )
    assert names[second] == ([], [])


def test_contact_choices_are_names_in_their_own_order(demo_database: Database) -> None:
    with demo_database.session() as session:
        choices = contacts.contact_choices(session=session)
    assert [name for _id, name in choices] == [
        "Christopher Green", "Ha Tae Kyung", "Kim Jong-il", "Phil Robertson"]
