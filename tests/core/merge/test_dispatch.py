"""Letters sent are logged on their recipients and show on their timelines."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from coalitiondesk.core.errors import InvalidInput, NotFound
from coalitiondesk.core.merge.dispatch import record_dispatch
from coalitiondesk.core.merge.recipients import add_recipients, recipient_states
from coalitiondesk.core.records import outreach
from coalitiondesk.core.records.outreach import EntryKind
from coalitiondesk.core.storage.db import Database

Maker = Callable[..., int]


def test_a_dispatch_shows_on_the_contact_s_timeline(
        database: Database, make_letter: Maker, make_contact: Maker) -> None:
    letter = make_letter(title="Appeal to the Minister")
    person = make_contact(given_name="Ana", city="Lisbon")
    with database.transaction() as session:
        add_recipients(session=session, letter_id=letter, contact_ids=[person])
    with database.session() as session:
        [state] = recipient_states(session=session, letter_id=letter)
        before = outreach.timeline(session=session, contact_id=person)
    assert [entry.detail for entry in before] == ["not sent yet"]
    with database.transaction() as session:
        assert record_dispatch(session=session, recipient_ids=[state.recipient_id],
                               on=date(2026, 11, 29), channel="post") == 1
    with database.session() as session:
        [entry] = outreach.timeline(session=session, contact_id=person)
        [state] = recipient_states(session=session, letter_id=letter)
    assert entry.kind is EntryKind.letter_received
    assert entry.title == "Appeal to the Minister"
    assert entry.on == date(2026, 11, 29)
    assert entry.detail == "sent 2026-11-29"
    assert (state.dispatched_on, state.channel) == ("2026-11-29", "post")


def test_bad_dispatches_change_nothing(
        database: Database, make_letter: Maker, make_contact: Maker) -> None:
    letter, person = make_letter(), make_contact(city="Lisbon")
    with database.transaction() as session:
        add_recipients(session=session, letter_id=letter, contact_ids=[person])
    with database.session() as session:
        [state] = recipient_states(session=session, letter_id=letter)
    with pytest.raises(NotFound), database.transaction() as session:
        record_dispatch(session=session, recipient_ids=[state.recipient_id, 999],
                        on=date(2026, 1, 1), channel="post")
    with pytest.raises(InvalidInput), database.transaction() as session:
        record_dispatch(session=session, recipient_ids=[state.recipient_id],
                        on=date(2026, 1, 1), channel=" ")
    with database.session() as session:
        [state] = recipient_states(session=session, letter_id=letter)
    assert state.dispatched_on == ""
