"""Follow-ups, timelines and responses to letters, on the demo coalition."""

from __future__ import annotations

from datetime import date

import pytest

from coalitiondesk.core.errors import InvalidInput
from coalitiondesk.core.models import ActivityKind
from coalitiondesk.core.records import contacts, letters, organizations, outreach
from coalitiondesk.core.records.activities import create_activity, list_activities
from coalitiondesk.core.records.outreach import EntryKind, ResponseStatus
from coalitiondesk.core.storage.db import Database

DEMO_LETTER = "Letter to Kim Jong-il"
TODAY = date(2011, 10, 1)


def test_due_follow_ups_by_date_with_overdue_ones_marked(demo_database: Database) -> None:
    with demo_database.transaction() as session:
        late = create_activity(session=session, activity_date=date(2011, 9, 10), kind="call",
                               subject="Call HRW about the UN side event",
                               follow_up_on=date(2011, 9, 20))
        soon = create_activity(session=session, activity_date=date(2011, 9, 12),
                               kind="email", subject="Send the coalition brief",
                               follow_up_on=date(2011, 10, 5))
        create_activity(session=session, activity_date=date(2011, 9, 11), subject="Done one",
                        follow_up_on=date(2011, 9, 15), follow_up_done=True)
    with demo_database.session() as session:
        due = outreach.due_follow_ups(session=session, today=TODAY)
        assert [(item.activity_id, item.overdue) for item in due] == [
            (late.id, True), (soon.id, False)]
        assert outreach.overdue_count(session=session, today=TODAY) == 1
        assert outreach.overdue_count(session=session, today=date(2011, 10, 6)) == 2
    assert late.id is not None
    with demo_database.transaction() as session:
        outreach.mark_follow_up_done(session=session, activity_id=late.id)
    with demo_database.session() as session:
        assert outreach.overdue_count(session=session, today=TODAY) == 0
        assert [item.activity_id for item in outreach.due_follow_ups(
            session=session, today=TODAY)] == [soon.id]


def test_a_response_is_recorded_and_status_follows_the_deadline(demo_database: Database) -> None:
    with demo_database.transaction() as session:
        letter = letters.letter_by_title(session=session, title=DEMO_LETTER)
        assert letter.id is not None
        un = organizations.create_organization(session=session, name="OHCHR",
                                               kind="un_body", membership_status="non_member")
        assert un.id is not None
        extra = letters.add_recipient(session=session, letter_id=letter.id,
                                      organization_id=un.id)
        extra.dispatched_on = date(2011, 9, 9)
    with demo_database.session() as session:
        statuses = outreach.response_status(session=session, letter_id=letter.id,
                                            deadline=date(2011, 12, 31), today=TODAY)
        assert [status.status for status in statuses] == [ResponseStatus.awaiting] * 2
        assert statuses[0].name == "Kim Jong-il"
    assert extra.id is not None
    with demo_database.transaction() as session:
        outreach.record_response(session=session, recipient_id=extra.id,
                                 response_on=date(2011, 11, 2), note="Acknowledged receipt")
    with demo_database.session() as session:
        after = outreach.response_status(session=session, letter_id=letter.id,
                                         deadline=date(2011, 12, 31), today=date(2012, 1, 15))
        assert [(s.name, s.status) for s in after] == [
            ("Kim Jong-il", ResponseStatus.no_reply), ("OHCHR", ResponseStatus.responded)]
        assert after[1].note == "Acknowledged receipt"
        responses = list_activities(session=session, organization_id=un.id)
        assert [(a.kind, a.letter_id) for a in responses] == [
            (ActivityKind.response_received, letter.id)]
        timeline = outreach.timeline(session=session, organization_id=un.id)
        letters_and_activities = [e for e in timeline if e.kind is not EntryKind.membership]
        assert [entry.kind for entry in letters_and_activities] == [
            EntryKind.activity, EntryKind.letter_received]
        assert "response 2011-11-02" in letters_and_activities[1].detail


def test_an_organizations_timeline_is_newest_first(demo_database: Database) -> None:
    with demo_database.transaction() as session:
        hrw = organizations.find_organization(session=session, name="Human Rights Watch")
        assert hrw is not None and hrw.id is not None
        organizations.update_organization(
            session=session, organization_id=hrw.id, membership_status="observer",
            status_changed_on=date(2013, 2, 1))
    with demo_database.session() as session:
        entries = outreach.timeline(session=session, organization_id=hrw.id)
    assert (entries[0].on, entries[0].title) == (date(2013, 2, 1), "Became observer")
    signed = [entry for entry in entries if entry.kind is EntryKind.letter_signed]
    assert [(entry.title, entry.on, entry.detail) for entry in signed] == [
        (DEMO_LETTER, date(2011, 9, 8), "signed")]
    # The demo's history begins the day of the Tokyo conference, as does its timeline.
    assert {entry.title for entry in entries[-2:]} == {
        "ICNK inaugural conference, Tokyo", "Joined as member"}
    dates = [entry.on for entry in entries if entry.on is not None]
    assert dates == sorted(dates, reverse=True)


def test_a_contacts_timeline_shows_letters_received(demo_database: Database) -> None:
    with demo_database.session() as session:
        kim = next(c for c in contacts.list_contacts(session=session)
                   if c.family_name == "Kim" and c.given_name == "Jong-il")
        assert kim.id is not None
        entries = outreach.timeline(session=session, contact_id=kim.id)
    received = [entry for entry in entries if entry.kind is EntryKind.letter_received]
    assert [(entry.title, entry.on) for entry in received] == [(DEMO_LETTER, date(2011, 9, 8))]


def test_bad_requests_are_refused(demo_database: Database) -> None:
    with demo_database.transaction() as session:
        plain = create_activity(session=session, activity_date=TODAY, subject="No follow-up")
        assert plain.id is not None
        with pytest.raises(InvalidInput, match="no follow-up"):
            outreach.mark_follow_up_done(session=session, activity_id=plain.id)
        with pytest.raises(InvalidInput, match="one organization or one contact"):
            outreach.timeline(session=session)
