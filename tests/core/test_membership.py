"""Membership history: kept by the organization services, the import and the migration."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from sqlmodel import func, select

from coalitiondesk.core.demo import load_demo_data
from coalitiondesk.core.importing import (
    apply_import,
    initial_mapping,
    kind_for,
    prepare_import,
    read_file,
    run_to_end,
    undo_import,
)
from coalitiondesk.core.models import MembershipChange, MembershipStatus
from coalitiondesk.core.records import membership, organizations, outreach
from coalitiondesk.core.storage import db
from coalitiondesk.core.storage.db import Database

TOKYO_CONFERENCE = date(2011, 9, 7)
HISTORY_ROWS = select(func.count()).select_from(MembershipChange)


def demo_members() -> set[str]:
    return {item["name"] for item in load_demo_data()["organizations"]
            if item.get("membership_status", "member") == "member"}


def test_the_members_on_the_day_of_the_tokyo_conference(demo_database: Database) -> None:
    with demo_database.session() as session:
        members = membership.members_on(session=session, day=TOKYO_CONFERENCE)
        before = membership.members_on(session=session, day=date(2011, 9, 6))
    assert {organization.name for organization in members} == demo_members()
    assert before == []


def test_a_status_change_is_history_and_on_the_timeline(demo_database: Database) -> None:
    with demo_database.transaction() as session:
        freedom = organizations.find_organization(session=session, name="Freedom House")
        assert freedom is not None and freedom.id is not None
        membership.set_membership_status(
            session=session, organization_id=freedom.id, status=MembershipStatus.former,
            changed_on=date(2015, 3, 1), note="Merged its Korea programme")
        # Changing other fields records nothing.
        organizations.update_organization(session=session, organization_id=freedom.id,
                                          phone="+1 202 296 5101")
    with demo_database.session() as session:
        history = membership.membership_history(session=session, organization_id=freedom.id)
        assert [(change.status, change.changed_on) for change in history] == [
            ("member", TOKYO_CONFERENCE), ("former", date(2015, 3, 1))]
        assert history[-1].note == "Merged its Korea programme"
        names_then = {o.name for o in membership.members_on(session=session,
                                                            day=TOKYO_CONFERENCE)}
        names_later = {o.name for o in membership.members_on(session=session,
                                                             day=date(2015, 3, 1))}
        assert "Freedom House" in names_then and "Freedom House" not in names_later
        assert len(names_later) == len(demo_members()) - 1
        timeline = outreach.timeline(session=session, organization_id=freedom.id)
        assert (timeline[0].title, timeline[0].on, timeline[0].detail) == (
            "Left (former)", date(2015, 3, 1), "Merged its Korea programme")
        assert membership.status_on(session=session, organization_id=freedom.id,
                                    day=date(2020, 1, 1)) is MembershipStatus.former


def test_a_new_organization_starts_its_history_on_the_day_it_joined(database: Database) -> None:
    with database.transaction() as session:
        joined = organizations.create_organization(
            session=session, name="NK Watch", joined_on=date(2012, 5, 1))
        today = organizations.create_organization(
            session=session, name="PSCORE", membership_status="prospect")
        assert joined.id is not None and today.id is not None
    with database.session() as session:
        assert [(c.status, c.changed_on) for c in membership.membership_history(
            session=session, organization_id=joined.id)] == [("member", date(2012, 5, 1))]
        assert [(c.status, c.changed_on) for c in membership.membership_history(
            session=session, organization_id=today.id)] == [("prospect", date.today())]


def _import(database: Database, path: Path) -> int:
    table = read_file(path)
    kind = kind_for(table)
    with database.session() as session:
        mapping = initial_mapping(session=session, table=table, kind=kind)
    plan = run_to_end(prepare_import(database=database, table=table, kind=kind,
                                     mapping=mapping))
    return run_to_end(apply_import(database=database, plan=plan)).batch_id


def test_imports_record_history_and_undo_removes_it(demo_database: Database,
                                                    tmp_path: Path) -> None:
    source = tmp_path / "members.csv"
    source.write_text("Organisation,Country,Joined,Left,Membership\n"
                      "NK Watch,KR,2012-05-01,,member\n"
                      "Freedom House,US,,2014-06-30,former\n", encoding="utf-8")
    with demo_database.session() as session:
        before = session.exec(HISTORY_ROWS).one()
    batch_id = _import(demo_database, source)
    with demo_database.session() as session:
        watch = organizations.find_organization(session=session, name="NK Watch")
        freedom = organizations.find_organization(session=session, name="Freedom House")
        assert watch is not None and watch.id is not None
        assert freedom is not None and freedom.id is not None
        assert [(c.status, c.changed_on) for c in membership.membership_history(
            session=session, organization_id=watch.id)] == [("member", date(2012, 5, 1))]
        assert [(c.status, c.changed_on) for c in membership.membership_history(
            session=session, organization_id=freedom.id)][-1] == ("former", date(2014, 6, 30))
        members = {o.name for o in membership.members_on(session=session, day=date(2013, 1, 1))}
        assert "NK Watch" in members and "Freedom House" in members
    undo_import(database=demo_database, batch_id=batch_id)
    with demo_database.session() as session:
        assert session.exec(HISTORY_ROWS).one() == before
        assert [c.status for c in membership.membership_history(
            session=session, organization_id=freedom.id)] == ["member"]


def test_the_migration_starts_each_history_with_the_current_status(tmp_path: Path) -> None:
    from alembic import command

    path = tmp_path / "old.sqlite3"
    database = db.open_database(path)
    try:
        with database.engine.begin() as connection:
            command.downgrade(db._alembic_config(connection), "0003")
    finally:
        database.close()
    with sqlite3.connect(path) as connection:
        connection.executemany(
            "INSERT INTO organization (uuid, name, kind, membership_status, joined_on,"
            " show_country_on_signature, created_at, updated_at)"
            " VALUES (?, ?, 'ngo', ?, ?, 1, ?, ?)",
            [("u1", "Joined", "member", "2011-09-07", "2020-01-02 10:00:00.000000",
              "2020-01-02 10:00:00.000000"),
             ("u2", "Recorded", "observer", None, "2021-03-04 23:59:00.000000",
              "2021-03-04 23:59:00.000000")])
    database = db.open_database(path)
    try:
        with database.session() as session:
            history = {change.organization_id: (change.status, change.changed_on)
                       for change in session.exec(select(MembershipChange))}
    finally:
        database.close()
    assert sorted(history.values()) == [("member", date(2011, 9, 7)),
                                        ("observer", date(2021, 3, 4))]


def test_undoing_a_change_of_status_takes_its_history_with_it(demo_database: Database) -> None:
    from coalitiondesk.core.journal.undo import redo, undo
    from coalitiondesk.core.records import edits

    with demo_database.session() as session:
        found = organizations.find_organization(session=session, name="Kontras")
        assert found is not None and found.id is not None
        kontras = found.id
        before = membership.membership_history(session=session, organization_id=kontras)
    edits.save_record(demo_database, kind="organization", name="Kontras", record_id=kontras,
                      values={"membership_status": "observer"})
    undo(demo_database)
    with demo_database.session() as session:
        after = membership.membership_history(session=session, organization_id=kontras)
        assert [(c.status, c.changed_on) for c in after] == [
            (c.status, c.changed_on) for c in before]
        titles = [e.title for e in outreach.timeline(session=session, organization_id=kontras)]
        assert "Became observer" not in titles
    redo(demo_database)
    with demo_database.session() as session:
        assert membership.status_on(session=session, organization_id=kontras,
                                    day=date.today()) is MembershipStatus.observer
