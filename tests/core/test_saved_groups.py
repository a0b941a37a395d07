"""Saved groups: a search that follows later edits, a hand-picked list, both undoable, used
as a letter's recipients."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from coalitiondesk.core.errors import InvalidInput, NotFound
from coalitiondesk.core.exporting import FULL, ExportRequest, run_export
from coalitiondesk.core.exporting.scope import describe_filters
from coalitiondesk.core.journal import undo
from coalitiondesk.core.models import MembershipStatus, Sensitivity
from coalitiondesk.core.records import contacts, custom_fields, edits, groups, letters
from coalitiondesk.core.records import organizations as organization_service
from coalitiondesk.core.records.contacts import ContactFilter
from coalitiondesk.core.records.organizations import OrganizationFilter
from coalitiondesk.core.storage.db import Database


def _contact(database: Database, family: str, **values: object) -> int:
    return edits.save_record(database, kind="contact", name=family, values={
        "given_name": "A", "family_name": family, **values}).record_id


def _tag(database: Database, contact_id: int, tag: str) -> None:
    with database.transaction() as session:
        contacts.update_contact(session=session, contact_id=contact_id, tags=[tag])


def test_a_search_group_used_as_recipients_follows_later_edits(database: Database) -> None:
    kim, lee, park = (_contact(database, name) for name in ("Kim", "Lee", "Park"))
    _tag(database, kim, "press")
    group_id = groups.add_group(database=database, kind="contact", name="Press",
                                filters=ContactFilter(tag="press"))
    with database.session() as session:
        assert groups.member_ids(session=session, group_id=group_id) == [kim]
    # Edited later: Lee joins the group, Kim leaves it.
    _tag(database, lee, "press")
    _tag(database, kim, "donor")
    letter_id = letters.new_letter(database, title="Briefing")

    added = groups.add_group_as_recipients(database=database, letter_id=letter_id,
                                           group_id=group_id)

    assert added.added == 1
    with database.session() as session:
        on_letter = letters.recipients(session=session, letter_id=letter_id)
    assert [recipient.contact_id for recipient in on_letter] == [lee]
    with database.session() as session:
        [listed] = groups.list_groups(session=session, kind="contact")
    assert (listed.name, listed.count, listed.static) == ("Press", 1, False)
    assert park not in (kim, lee)


def test_restricted_contacts_stay_off_a_letter_that_does_not_allow_them(
        database: Database) -> None:
    open_one = _contact(database, "Kim")
    _contact(database, "Lee", sensitivity=Sensitivity.restricted)
    group_id = groups.add_group(database=database, kind="contact", name="Everyone",
                                filters=ContactFilter())
    letter_id = letters.new_letter(database, title="Briefing")
    added = groups.add_group_as_recipients(database=database, letter_id=letter_id,
                                           group_id=group_id)
    assert added.added == 1
    with database.session() as session:
        on_letter = letters.recipients(session=session, letter_id=letter_id)
    assert [recipient.contact_id for recipient in on_letter] == [open_one]


def test_filters_are_kept_whole_and_a_static_group_loses_a_deleted_record(
        database: Database) -> None:
    with database.transaction() as session:
        first, second = (organization_service.create_organization(
            session=session, name=name, membership_status=MembershipStatus.member)
            for name in ("Alpha", "Beta"))
        assert first.id and second.id
    trust = custom_fields.add_field(database, record_kind="organization",
                                    label="Trust level", value_type="choice",
                                    choices=["High", "Low"])
    assert trust.id is not None
    wanted = OrganizationFilter(search="alp", membership_status=MembershipStatus.member,
                                tag="partner", custom=((trust.id, "High"),))
    search_id = groups.add_group(database=database, kind="organization", name="Members",
                                 filters=wanted)
    static_id = groups.add_group(database=database, kind="organization", name="Hand-picked",
                                 static=True, member_ids=[first.id, second.id])
    with database.session() as session:
        [picked, members] = groups.list_groups(session=session, kind="organization")
        assert members.filters == wanted and members.id == search_id
        assert (picked.count, picked.static) == (2, True)

    with database.transaction() as session:
        organization_service.delete_organization(session=session, organization_id=first.id)
    with database.session() as session:
        assert groups.member_ids(session=session, group_id=static_id) == [second.id]


def test_changes_are_undone_and_bad_input_changes_nothing(database: Database) -> None:
    kim = _contact(database, "Kim")
    group_id = groups.add_group(database=database, kind="contact", name="Picked",
                                static=True)
    groups.change_members(database=database, group_id=group_id, add=[kim])
    with pytest.raises(InvalidInput, match="already a group called “Picked”"):
        groups.add_group(database=database, kind="contact", name=" picked ", static=True)
    with pytest.raises(NotFound, match="No contact with id 999"):
        groups.change_members(database=database, group_id=group_id, add=[999])
    with database.session() as session:
        assert groups.member_ids(session=session, group_id=group_id) == [kim]
    undo.undo(database)
    with database.session() as session:
        assert groups.member_ids(session=session, group_id=group_id) == []
    groups.remove_group(database=database, group_id=group_id)
    with database.session() as session:
        assert groups.list_groups(session=session) == []
    undo.undo(database)
    with database.session() as session:
        assert groups.group_named(session=session, name="PICKED").id == group_id


def test_a_group_is_an_export_scope_that_follows_later_edits(database: Database,
                                                              tmp_path: Path) -> None:
    kim, lee = (_contact(database, name) for name in ("Kim", "Lee"))
    _tag(database, kim, "press")
    groups.add_group(database=database, kind="contact", name="Press",
                     filters=ContactFilter(tag="press"))
    groups.add_group(database=database, kind="contact", name="Picked", static=True,
                     member_ids=[lee])
    _tag(database, lee, "press")

    for name, expected in (("Press", {"Kim", "Lee"}), ("picked", {"Lee"})):
        with database.session() as session:
            kind, scope = groups.export_scope(session=session, name=name)
        result = run_export(database=database, request=ExportRequest(
            kind=kind, target=tmp_path / f"{name}.csv", profile=FULL, scope=scope))
        with result.target.open(encoding="utf-8-sig") as file:
            rows = list(csv.DictReader(file))
        assert {row["Family name"] for row in rows} == expected


def test_a_group_is_a_filter_of_the_tables_and_is_renamed_undoably(database: Database) -> None:
    kim, lee, park = (_contact(database, name) for name in ("Kim", "Lee", "Park"))
    _tag(database, kim, "press")
    _tag(database, park, "press")
    search_id = groups.add_group(database=database, kind="contact", name="Press",
                                 filters=ContactFilter(tag="press"))
    static_id = groups.add_group(database=database, kind="contact", name="Picked",
                                 static=True, member_ids=[lee, park])
    with database.session() as session:
        def shown(filters: ContactFilter) -> list[int]:
            return sorted(c.id for c in contacts.list_contacts(session=session, filters=filters)
                          if c.id)
        assert shown(ContactFilter(group_id=search_id)) == [kim, park]
        assert shown(ContactFilter(group_id=static_id)) == [lee, park]
        # The filter bar narrows within the group.
        assert shown(ContactFilter(group_id=static_id, search="Park")) == [park]
        with pytest.raises(InvalidInput, match="a group of contact records"):
            organization_service.list_organizations(
                session=session, filters=OrganizationFilter(group_id=static_id))
    with pytest.raises(InvalidInput, match="search within a group"):
        groups.add_group(database=database, kind="contact", name="Press in picked",
                         filters=ContactFilter(group_id=static_id, tag="press"))
    groups.rename_group(database=database, group_id=static_id, name="  Steering  group ")
    with pytest.raises(InvalidInput, match="already a group called “Press”"):
        groups.rename_group(database=database, group_id=static_id, name="press")
    with database.session() as session:
        assert [g.name for g in groups.list_groups(session=session)] == [
            "Press", "Steering group"]
    undo.undo(database)
    with database.session() as session:
        assert groups.group_named(session=session, name="Picked").id == static_id
    with database.session() as session:
        # The export dialog says which group the table shows, by its name.
        assert describe_filters(session=session, filters=ContactFilter(
            group_id=static_id)) == "group: Picked"
    groups.remove_group(database=database, group_id=static_id)
    with database.session() as session:
        # A tab still showing a group removed since shows nothing rather than failing.
        assert contacts.list_contacts(session=session,
                                      filters=ContactFilter(group_id=static_id)) == []
