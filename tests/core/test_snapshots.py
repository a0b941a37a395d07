"""Undo material: a record taken with everything hanging on it, and put back exactly."""

from __future__ import annotations

from datetime import date

import pytest
from sqlmodel import func, select

from coalitiondesk.core import contacts, letters, organizations, snapshots, tags
from coalitiondesk.core.db import Database
from coalitiondesk.core.demo import demo_uuid
from coalitiondesk.core.errors import NotFound
from coalitiondesk.core.models import Affiliation, Contact, Organization, Signature
from coalitiondesk.core.organizations import OrganizationFilter


def organization_id(database: Database, name: str) -> int:
    with database.session() as session:
        found = organizations.find_organization(session=session, name=name)
        assert found is not None and found.id is not None
        return found.id


def test_delete_and_restore_brings_back_the_same_organization(demo_database: Database) -> None:
    hrw = organization_id(demo_database, "Human Rights Watch")
    with demo_database.session() as session:
        before = snapshots.take(session=session, model=Organization, record_id=hrw)
        lines_before = letters.signatory_lines(
            session=session,
            letter_id=letters.letter_by_title(session=session, title="Letter to Kim Jong-il").id,
        )
    assert before.dependents["signature"] and before.dependents["affiliation"]

    with demo_database.transaction() as session:
        snapshots.delete(session=session, snapshot=before)
    with demo_database.session() as session:
        assert organizations.find_organization(session=session, name="Human Rights Watch") is None
        assert organizations.count_organizations(
            session=session, filters=OrganizationFilter(search="rights watch")) == 0

    with demo_database.transaction() as session:
        snapshots.restore(session=session, snapshot=before)
    with demo_database.session() as session:
        after = snapshots.take(session=session, model=Organization, record_id=hrw)
        letter = letters.letter_by_title(session=session, title="Letter to Kim Jong-il")
        assert letters.signatory_lines(session=session, letter_id=letter.id) == lines_before
        # The search index follows the restore through its triggers.
        assert organizations.count_organizations(
            session=session, filters=OrganizationFilter(search="rights watch")) == 1
    assert after == before
    assert after.row["uuid"] == demo_uuid("organization", "Human Rights Watch")


def test_overwrite_undoes_an_edit_of_fields_tags_and_affiliations(
    demo_database: Database,
) -> None:
    with demo_database.session() as session:
        ha_id = session.exec(select(Contact.id).where(Contact.native_name == "하태경")).one()
        assert ha_id is not None
        before = snapshots.take(session=session, model=Contact, record_id=ha_id)
    hrw = organization_id(demo_database, "Human Rights Watch")
    with demo_database.transaction() as session:
        contacts.update_contact(session=session, contact_id=ha_id, honorific="Dr",
                                tags=["speaker"])
        contacts.set_affiliations(session=session, contact_id=ha_id, affiliations=[
            {"organization_id": hrw, "role": "Adviser", "start_date": date(2012, 1, 1)}])
    with demo_database.transaction() as session:
        snapshots.overwrite(session=session, snapshot=before)
    with demo_database.session() as session:
        contact = contacts.get_contact(session=session, contact_id=ha_id)
        assert contact.honorific == "Mr"
        assert tags.contact_tags(session=session, contact_id=ha_id) == []
        names = [row.organization.name
                 for row in contacts.affiliations_of(session=session, contact_id=ha_id)]
        assert names == ["Open Radio for North Korea"]
        assert snapshots.take(session=session, model=Contact, record_id=ha_id) == before


def test_snapshot_of_a_missing_record(database: Database) -> None:
    with pytest.raises(NotFound), database.session() as session:
        snapshots.take(session=session, model=Organization, record_id=999)


def test_restore_keeps_counts_exact(demo_database: Database) -> None:
    def totals() -> tuple[int, ...]:
        with demo_database.session() as session:
            return tuple(
                int(session.exec(select(func.count()).select_from(model)).one())
                for model in (Organization, Signature, Affiliation)
            )

    before = totals()
    free_nk = organization_id(demo_database, "Free NK Gulag")
    with demo_database.transaction() as session:
        snapshot = snapshots.take(session=session, model=Organization, record_id=free_nk)
        snapshots.delete(session=session, snapshot=snapshot)
    assert totals() == (before[0] - 1, before[1] - 1, before[2])
    with demo_database.transaction() as session:
        snapshots.restore(session=session, snapshot=snapshot)
    assert totals() == before
