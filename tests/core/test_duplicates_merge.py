"""Finding likely duplicates among stored records, and merging two into one (undoably)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlmodel import select

from coalitiondesk.core.errors import InvalidInput
from coalitiondesk.core.journal.undo import redo, undo
from coalitiondesk.core.merge.dispatch import record_dispatch
from coalitiondesk.core.models import (
    Affiliation,
    JournalOperation,
    OrganizationAlias,
    Recipient,
    Signature,
    SignatureStatus,
)
from coalitiondesk.core.records import activities, contacts, letters, organizations
from coalitiondesk.core.records.duplicates import find_duplicates, mark_not_duplicate
from coalitiondesk.core.records.merging import merge_plan, merge_records
from coalitiondesk.core.storage.db import Database


def _rows(database: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table but the journal's and the search index's, as stored.

    Read through the database's own engine: a second SQLite library opening the
    same file in this process would drop the engine's locks when it closes."""
    with database.engine.connect() as connection:
        tables = [name for name, in connection.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'journal%'"
            " AND name NOT LIKE 'sqlite%' AND name NOT LIKE '%search%'")]
        return {table: sorted((tuple(row) for row in connection.exec_driver_sql(
            f'SELECT * FROM "{table}"')), key=repr) for table in tables}


def _coalition(database: Database) -> dict[str, int]:
    with database.transaction() as session:
        keep = organizations.create_organization(
            session=session, name="Human Rights Watch", acronym="HRW", country_code="US",
            tags=["partner"], joined_on=date(2020, 1, 1))
        other = organizations.create_organization(
            session=session, name="Human Right Watch", country_code="US",
            email="office@hrw.example", tags=["partner", "press"], membership_status="observer",
            joined_on=date(2022, 5, 1), notes="From the Geneva list")
        third = organizations.create_organization(session=session, name="Forum Asia")
        first_letter = letters.create_letter(session=session, title="Stop the executions")
        second_letter = letters.create_letter(session=session, title="Free the press")
        ids = {"keep": keep.id, "other": other.id, "third": third.id,
               "letter": first_letter.id, "second_letter": second_letter.id}
        assert all(ids.values())
        letters.add_signature(session=session, letter_id=ids["letter"], organization_id=ids["keep"],
                              status=SignatureStatus.invited, position=2)
        letters.add_signature(session=session, letter_id=ids["letter"],
                              organization_id=ids["third"], position=3)
        letters.add_signature(session=session, letter_id=ids["letter"],
                              organization_id=ids["other"], position=1,
                              status_date=date(2026, 3, 1))
        letters.add_signature(session=session, letter_id=ids["second_letter"],
                              organization_id=ids["other"], position=1)
        mine = letters.add_recipient(session=session, letter_id=ids["letter"],
                                     organization_id=ids["keep"])
        theirs = letters.add_recipient(session=session, letter_id=ids["letter"],
                                       organization_id=ids["other"])
        session.flush()
        assert mine.id and theirs.id
        record_dispatch(session=session, recipient_ids=[theirs.id], on=date(2026, 2, 1),
                        channel="email")
        record_dispatch(session=session, recipient_ids=[mine.id], on=date(2026, 2, 3),
                        channel="post")
        activities.create_activity(session=session, activity_date=date(2026, 1, 5),
                                   subject="Call", organization_ids=[ids["keep"], ids["other"]])
        activities.create_activity(session=session, activity_date=date(2026, 1, 6),
                                   subject="Visit", organization_ids=[ids["other"]])
        person = contacts.create_contact(session=session, given_name="Ana", family_name="Silva")
        assert person.id
        for organization_id in (ids["keep"], ids["other"]):
            contacts.add_affiliation(session=session, contact_id=person.id,
                                     organization_id=organization_id, role="Director")
        ids["person"] = person.id
        organizations.update_organization(session=session, organization_id=ids["other"],
                                          membership_status="member",
                                          status_changed_on=date(2024, 1, 1))
    return ids


def test_similar_names_are_proposed_and_a_pair_marked_different_stays_quiet(
        database: Database) -> None:
    ids = _coalition(database)
    with database.session() as session:
        pairs = find_duplicates(session=session, kind="organization")
    assert [(pair.first_id, pair.second_id) for pair in pairs] == [(ids["keep"], ids["other"])]
    assert pairs[0].reasons == ("similar name",) and 88 <= pairs[0].score < 100
    with database.transaction() as session:
        mark_not_duplicate(session=session, kind="organization", first_id=ids["other"],
                           second_id=ids["keep"])
    with database.session() as session:
        assert find_duplicates(session=session, kind="organization") == []


def test_contacts_with_one_e_mail_address_or_a_name_in_either_order_are_proposed(
        database: Database) -> None:
    with database.transaction() as session:
        first = contacts.create_contact(session=session, given_name="Tae Kyung",
                                        family_name="Ha", email="tk@example.org")
        second = contacts.create_contact(session=session, given_name="T. K.", family_name="Ha",
                                         email="TK@example.org")
        third = contacts.create_contact(session=session, given_name="Ha", family_name="Tae Kyung")
        elsewhere = contacts.create_contact(session=session, given_name="Tae Kyung",
                                            family_name="Ha", email="other@example.org")
    with database.session() as session:
        pairs = {(pair.first_id, pair.second_id): pair.reasons
                 for pair in find_duplicates(session=session, kind="contact")}
    assert pairs[(first.id, second.id)] == ("same e-mail address",)
    assert pairs[(first.id, third.id)] == ("same name",)
    assert (first.id, elsewhere.id) not in pairs  # two addresses: two people, by name alone


def test_a_merge_keeps_every_link_once_and_one_undo_splits_them_exactly(
        database: Database) -> None:
    ids = _coalition(database)
    before = _rows(database)
    merged = merge_records(database, kind="organization", keep_id=ids["keep"],
                           other_id=ids["other"])
    with database.session() as session:
        kept = organizations.get_organization(session=session, organization_id=ids["keep"])
        assert kept.email == "office@hrw.example" and kept.acronym == "HRW"
        assert kept.notes == "From the Geneva list"
        assert kept.name == "Human Rights Watch"
        assert [a.name for a in session.exec(select(OrganizationAlias)).all()] == [
            "Human Right Watch"]
        # Its Joined is the day its history made it a member, not the date it was created with.
        assert merged.dropped == {"joined_on": date(2024, 1, 1)}
        signatures = session.exec(select(Signature).where(
            Signature.letter_id == ids["letter"]).order_by(Signature.position)).all()
        # One signature: the earlier place and the stronger status; places renumbered.
        assert [(s.organization_id, s.position, s.status) for s in signatures] == [
            (ids["keep"], 1, "signed"), (ids["third"], 2, "signed")]
        assert signatures[0].status_date == date(2026, 3, 1)
        assert session.exec(select(Signature).where(
            Signature.letter_id == ids["second_letter"])).one().organization_id == ids["keep"]
        recipient = session.exec(select(Recipient)).one()
        assert (recipient.organization_id, recipient.dispatched_on, recipient.channel) == (
            ids["keep"], date(2026, 2, 1), "email")
        assert len(letters_dispatches(database, recipient.id)) == 2
        assert organizations.organization_links(
            session=session, organization_id=ids["keep"]).activities == 2
        assert len(session.exec(select(Affiliation)).all()) == 1
        assert sorted(organization_tags(session, ids["keep"])) == ["partner", "press"]
        operations = session.exec(select(JournalOperation).where(
            JournalOperation.kind == "merge")).all()
        assert [op.label for op in operations] == [
            "Merge Human Right Watch into Human Rights Watch"]
    undo(database)
    assert _rows(database) == before


def letters_dispatches(database: Database, recipient_id: int) -> list[Any]:
    from coalitiondesk.core.merge.dispatch import dispatches

    with database.session() as session:
        return list(dispatches(session=session, recipient_id=recipient_id))


def organization_tags(session: Any, organization_id: int) -> list[str]:
    from coalitiondesk.core.records.tags import organization_tags as tags

    return tags(session=session, organization_id=organization_id)


def test_the_chosen_values_win_and_the_old_name_becomes_an_alias(database: Database) -> None:
    ids = _coalition(database)
    merge_records(database, kind="organization", keep_id=ids["keep"], other_id=ids["other"],
                  values={"name": "Human Right Watch", "joined_on": date(2022, 5, 1)})
    with database.session() as session:
        kept = organizations.get_organization(session=session, organization_id=ids["keep"])
        assert (kept.name, kept.joined_on) == ("Human Right Watch", date(2022, 5, 1))
        assert [a.name for a in session.exec(select(OrganizationAlias)).all()] == [
            "Human Rights Watch"]
    with database.transaction() as session:
        again = organizations.create_organization(session=session, name="Human Rights Watch")
    with database.session() as session:
        pairs = find_duplicates(session=session, kind="organization")
    # The alias is a name the finder knows the survivor by.
    assert [(p.first_id, p.second_id) for p in pairs] == [(ids["keep"], again.id)]
    assert "same name" in pairs[0].reasons


def test_a_merge_that_breaks_a_rule_or_names_one_record_twice_changes_nothing(
        database: Database) -> None:
    ids = _coalition(database)
    before = _rows(database)
    with pytest.raises(InvalidInput):
        merge_records(database, kind="organization", keep_id=ids["keep"],
                      other_id=ids["other"], values={"email": "not an address"})
    with pytest.raises(InvalidInput):
        merge_records(database, kind="organization", keep_id=ids["keep"], other_id=ids["keep"])
    with pytest.raises(InvalidInput):
        merge_records(database, kind="organization", keep_id=ids["keep"], other_id=ids["other"],
                      values={"colour": "red"})
    assert _rows(database) == before


def test_the_merge_plan_shows_both_sides_and_the_cautious_defaults(database: Database) -> None:
    with database.transaction() as session:
        first = contacts.create_contact(session=session, given_name="Min-jun", family_name="Kim",
                                        notes="met in Seoul")
        second = contacts.create_contact(session=session, given_name="Minjun", family_name="Kim",
                                         sensitivity="restricted", do_not_mail=True,
                                         notes="asylum case")
    with database.session() as session:
        assert first.id and second.id
        plan = merge_plan(session=session, kind="contact", keep_id=first.id,
                          other_id=second.id)
    assert plan.defaults["sensitivity"] == "restricted" and plan.defaults["do_not_mail"] is True
    assert plan.defaults["notes"] == "met in Seoul\nasylum case"
    assert "given_name" in plan.differing


def test_two_contacts_merge_into_one_person_and_come_apart_again(database: Database) -> None:
    with database.transaction() as session:
        organization = organizations.create_organization(session=session, name="Forum Asia")
        letter = letters.create_letter(session=session, title="Stop the executions")
        first = contacts.create_contact(session=session, given_name="Ji-hoon", family_name="Kim",
                                        tags=["press"])
        second = contacts.create_contact(session=session, given_name="Jihoon", family_name="Kim",
                                         email="jh@example.org", tags=["press", "Seoul"],
                                         do_not_email=True)
        assert organization.id and letter.id and first.id and second.id
        for person in (first.id, second.id):
            contacts.add_affiliation(session=session, contact_id=person,
                                     organization_id=organization.id, role="Researcher")
            letters.add_recipient(session=session, letter_id=letter.id, contact_id=person)
        activities.create_activity(session=session, activity_date=date(2026, 1, 5),
                                   subject="Call", contact_ids=[first.id, second.id])
    before = _rows(database)
    merged = merge_records(database, kind="contact", keep_id=first.id, other_id=second.id)
    assert merged.aliases == ("Jihoon Kim",)
    with database.session() as session:
        kept = contacts.get_contact(session=session, contact_id=first.id)
        assert (kept.email, kept.do_not_email) == ("jh@example.org", True)
        assert len(session.exec(select(Affiliation)).all()) == 1
        assert [r.contact_id for r in session.exec(select(Recipient)).all()] == [first.id]
    after = _rows(database)
    assert [row[1] for row in after["contact_tag"]] != [] and len(after["contact_tag"]) == 2
    assert len(after["activity_contact"]) == 1
    undo(database)
    assert _rows(database) == before


def test_attachments_and_hand_picked_groups_follow_the_record_kept(database: Database) -> None:
    from coalitiondesk.core.models import Attachment, SavedGroup, SavedGroupMember
    from coalitiondesk.core.records.attachments import attach

    with database.transaction() as session:
        keep = organizations.create_organization(session=session, name="Forum Asia")
        other = organizations.create_organization(session=session, name="Forum-Asia")
        group = SavedGroup(kind="organization", name="Steering committee", static=True)
        session.add(group)
        session.flush()
        assert keep.id and other.id and group.id
        for organization_id in (keep.id, other.id):
            session.add(SavedGroupMember(group_id=group.id, organization_id=organization_id))
    attach(database=database, kind="organization", record_id=other.id,
           name="signed form.pdf", data=b"%PDF-1.4 signed")
    before = _rows(database)
    merge_records(database, kind="organization", keep_id=keep.id, other_id=other.id)
    with database.session() as session:
        assert [a.organization_id for a in session.exec(select(Attachment)).all()] == [keep.id]
        assert [m.organization_id for m in session.exec(select(SavedGroupMember)).all()] == [
            keep.id]
    undo(database)
    assert _rows(database) == before


def test_a_merge_is_undone_exactly_after_the_database_is_closed_and_reopened(
        database: Database) -> None:
    from coalitiondesk.core.models import JournalChange
    from coalitiondesk.core.storage.db import open_database

    ids = _coalition(database)
    before = _rows(database)
    merge_records(database, kind="organization", keep_id=ids["keep"], other_id=ids["other"])
    path = database.path
    assert path is not None
    database.close()
    reopened = open_database(path)
    try:
        undo(reopened)
        assert _rows(reopened) == before
        # Redone (the links the undo moved back go with it), and undone again after
        # another restart: the redo is a merge too.
        redo(reopened)
        reopened.close()
        reopened = open_database(path)
        undo(reopened)
        assert _rows(reopened) == before
        # Merged again, and the survivor then deleted: the record merged into it is a
        # deleted person too, whose values leave the journal with the survivor's.
        merge_records(reopened, kind="organization", keep_id=ids["keep"],
                      other_id=ids["other"])
        with reopened.transaction() as session:
            organizations.delete_organization(session=session, organization_id=ids["keep"])
        with reopened.session() as session:
            kept = [change for change in session.exec(select(JournalChange)).all()
                    if not change.erased and "office@hrw.example" in
                    f"{change.before}{change.after}"]
            labels = [op.label for op in session.exec(select(JournalOperation)).all()]
        assert kept == []
        assert not [label for label in labels if "Human Right Watch" in label]
    finally:
        reopened.close()
