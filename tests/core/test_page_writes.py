"""The writes the window's tabs make, each one journaled, undoable operation in core."""

from __future__ import annotations

import datetime as dt

import pytest

from coalitiondesk.core.demo import demo_steps, is_empty, offers_demo
from coalitiondesk.core.errors import CoalitionDeskError
from coalitiondesk.core.geography.country_table import (
    add_country_alias,
    country_details,
    remove_country_alias,
    set_short_form,
)
from coalitiondesk.core.journal import undo
from coalitiondesk.core.models import Activity
from coalitiondesk.core.progress import run_to_end
from coalitiondesk.core.records import letters
from coalitiondesk.core.records.activities import (
    activity_exists,
    create_activity,
    follow_up_done,
    overdue_follow_ups,
)
from coalitiondesk.core.storage.db import Database


def test_a_follow_up_is_marked_done_in_one_undoable_operation(database: Database) -> None:
    with database.transaction() as session:
        activity_id = create_activity(session=session, subject="Call Seoul",
                                      activity_date=dt.date(2026, 1, 5),
                                      follow_up_on=dt.date(2026, 2, 1)).id
    assert activity_id is not None
    changes = follow_up_done(database, activity_id=activity_id)
    assert activity_id in changes.ids("activity")
    assert undo.undo(database).undone.label == "Mark a follow-up done"
    with database.session() as session:
        activity = session.get(Activity, activity_id)
        assert activity is not None and not activity.follow_up_done


def test_a_follow_up_that_is_not_there_is_refused(database: Database) -> None:
    with database.transaction() as session:
        activity_id = create_activity(session=session, subject="Met",
                                      activity_date=dt.date(2026, 1, 5)).id
    assert activity_id is not None
    with pytest.raises(CoalitionDeskError, match="no follow-up"):
        follow_up_done(database, activity_id=activity_id)


def test_a_new_letter_is_trimmed_and_named_in_the_history(database: Database) -> None:
    letter_id = letters.new_letter(database, title="  Appeal ")
    with database.session() as session:
        assert letters.get_letter(session=session, letter_id=letter_id).title == "Appeal"
    with pytest.raises(CoalitionDeskError, match="already a letter"):
        letters.new_letter(database, title="appeal")
    assert undo.undo(database).undone.label == "New letter “Appeal”"


def test_deleting_a_letter_is_described_before_it_is_done(database: Database) -> None:
    letter_id = letters.new_letter(database, title="Appeal")
    deletion = letters.deletion_of(database, letter_id=letter_id)
    assert (deletion.title, deletion.signatures, deletion.recipients) == ("Appeal", 0, 0)


def test_a_countrys_short_form_and_aliases_each_change_in_one_operation(
        database: Database) -> None:
    set_short_form(database, code="kr", short_form=" ROK ")
    add_country_alias(database, code="KR", alias="Hanguk")
    details = country_details(database, code="KR")
    assert details.country.short_form == "ROK"
    assert [alias.alias for alias in details.aliases] == ["Hanguk"]
    alias_id = details.aliases[0].id
    assert alias_id is not None
    changes = remove_country_alias(database, alias_id=alias_id)
    assert changes.touches("country_alias")
    assert country_details(database, code="KR").aliases == []
    assert undo.undo(database).undone.label == "Edit country South Korea"


def test_an_empty_short_form_is_refused_and_nothing_changes(database: Database) -> None:
    before = country_details(database, code="KR").country.short_form
    with pytest.raises(CoalitionDeskError):
        set_short_form(database, code="KR", short_form="  ")
    assert country_details(database, code="KR").country.short_form == before


def test_the_demo_loads_as_one_operation_with_progress(database: Database) -> None:
    seen = []
    summary = run_to_end(demo_steps(database), seen.append)
    assert summary.total > 0
    assert seen[-1].done == seen[-1].total > 0
    assert undo.undo(database).undone.label == "Load the demo coalition"
    with database.session() as session:
        assert is_empty(session=session)


def test_a_demo_load_stopped_halfway_leaves_nothing(database: Database) -> None:
    steps = demo_steps(database)
    next(steps)
    next(steps)  # the organizations are in
    steps.close()
    with database.session() as session:
        assert is_empty(session=session)


def test_the_activities_tab_reads_overdue_follow_ups_and_whether_an_activity_is_there(
        database: Database) -> None:
    with database.transaction() as session:
        activity_id = create_activity(session=session, subject="Call Seoul",
                                      activity_date=dt.date(2026, 1, 5),
                                      follow_up_on=dt.date(2026, 2, 1)).id
    assert activity_id is not None
    assert overdue_follow_ups(database, today=dt.date(2026, 2, 1)) == 0
    assert overdue_follow_ups(database, today=dt.date(2026, 2, 2)) == 1
    assert activity_exists(database, activity_id=activity_id)
    assert not activity_exists(database, activity_id=activity_id + 1)


def test_the_demo_is_offered_on_an_empty_database_only(database: Database) -> None:
    assert offers_demo(database)
    run_to_end(demo_steps(database))
    assert not offers_demo(database)
