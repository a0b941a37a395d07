"""A CoalitionDesk database on a PostgreSQL server: the same schema, journal, undo, search,
import and export as the local file, and two people at once on one database."""

from __future__ import annotations

import json
import threading
from datetime import date
from typing import TYPE_CHECKING, Any

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlmodel import SQLModel, select

from coalitiondesk.core.demo import load_demo
from coalitiondesk.core.errors import DatabaseUnavailable
from coalitiondesk.core.journal import listing
from coalitiondesk.core.journal.operations import StaleRecord
from coalitiondesk.core.journal.triggers import OWNERS
from coalitiondesk.core.journal.undo import redo, undo
from coalitiondesk.core.models import JournalChange, Signature
from coalitiondesk.core.records import contacts, edits, letters, organizations, tags
from coalitiondesk.core.records.contacts import ContactFilter
from coalitiondesk.core.records.search import is_index_table
from coalitiondesk.core.storage import db
from coalitiondesk.core.storage.db import Database

if TYPE_CHECKING:
    from postgresql_cluster import Cluster

KIM_LETTER = "Letter to Kim Jong-il"

pytestmark = pytest.mark.postgresql

COMPARE = {
    "compare_type": True,
    "include_name": lambda name, type_, _parents: not (type_ == "table" and is_index_table(name)),
}


def test_migrations_on_the_server_produce_exactly_the_models_schema(
        pg_database: Database) -> None:
    assert pg_database.url.get_backend_name() == "postgresql"
    # The address as it was typed: no driver's name, no %2F for the socket's folder.
    assert pg_database.display_name.startswith("postgresql://postgres@/test_")
    assert "?host=/" in pg_database.display_name
    assert db.schema_revision(pg_database) == db.head_revision()
    with pg_database.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts=COMPARE)
        assert compare_metadata(context, SQLModel.metadata) == []
        triggers = connection.execute(sa.text(
            "SELECT count(DISTINCT event_object_table) FROM information_schema.triggers"
            " WHERE trigger_name LIKE 'journal%'")).scalar()
    assert triggers == len(OWNERS)


def organization(database: Database, name: str) -> organizations.Organization:
    with database.session() as session:
        found = organizations.find_organization(session=session, name=name)
        assert found is not None and found.id is not None
        return found


def test_create_update_delete_undo_and_redo_on_the_server(pg_database: Database) -> None:
    saved = edits.save_record(pg_database, kind="organization", name="Kontras",
                              values={"name": "Kontras", "email": "a@kontras.org"},
                              tags=["press", "Ärzte"])
    edits.save_record(pg_database, kind="organization", name="Kontras",
                      record_id=saved.record_id, loaded_version=saved.version,
                      values={"email": "b@kontras.org", "joined_on": date(2011, 9, 21)})
    with pg_database.session() as session:
        [change] = session.exec(select(JournalChange).where(
            JournalChange.owner_table == "organization",
            JournalChange.action == "update")).all()
    assert json.loads(change.before or "{}")["email"] == "a@kontras.org"
    assert json.loads(change.after or "{}")["email"] == "b@kontras.org"
    assert change.row_key == f"[{saved.record_id}]"
    with pg_database.session() as session:
        # Who: the role this person connects as, as each person has their own.
        assert {entry.who for entry in listing.history(session=session)} == {"postgres"}

    undo(pg_database)
    kontras = organization(pg_database, "Kontras")
    # A new member joined the day it was recorded (Joined follows the membership history).
    assert (kontras.email, kontras.joined_on) == ("a@kontras.org", date.today())
    redo(pg_database)
    assert organization(pg_database, "Kontras").joined_on == date(2011, 9, 21)

    with pg_database.transaction("delete", "Delete Kontras") as session:
        organizations.delete_organization(session=session, organization_id=saved.record_id)
    with pg_database.session() as session:
        assert organizations.find_organization(session=session, name="Kontras") is None
    undo(pg_database)
    back = organization(pg_database, "Kontras")
    assert (back.id, back.email) == (saved.record_id, "b@kontras.org")
    with pg_database.session() as session:
        assert sorted(tags.organization_tags(session=session,
                                             organization_id=saved.record_id)) == [
            "press", "Ärzte"]
        entries = listing.history(session=session, limit=10)
    assert [entry.label for entry in entries[:2]] == ["Undo Delete Kontras", "Delete Kontras"]


def test_undo_of_a_whole_deleted_letter_puts_its_lists_back(pg_database: Database) -> None:
    with pg_database.transaction() as session:
        load_demo(session=session)
        letter = letters.find_letter(session=session, title=KIM_LETTER)
        assert letter is not None and letter.id is not None
        letter_id = letter.id
        signed = len(letters.signatory_lines(session=session, letter_id=letter_id))
    with pg_database.transaction("delete", "Delete the letter") as session:
        letters.delete_letter(session=session, letter_id=letter_id)
    undo(pg_database)
    with pg_database.session() as session:
        assert len(letters.signatory_lines(session=session, letter_id=letter_id)) == signed


def test_a_deleted_person_leaves_no_copy_in_the_servers_tables(pg_database: Database) -> None:
    """What the file test reads in the file's bytes, read here in every table on the
    server (its files keep deleted rows until VACUUM, as README says)."""
    saved = edits.save_record(pg_database, kind="contact", name="Eun-ji Yoonqwx",
                              values={"given_name": "Eun-ji", "family_name": "Yoonqwx",
                                      "street": "SAFEHOUSE 12 Hidden Lane"})
    edits.save_record(pg_database, kind="contact", name="Eun-ji Yoonqwx",
                      record_id=saved.record_id, loaded_version=saved.version,
                      values={"street": "SAFEHOUSE 14 Other Lane"})

    def holding(trace: str) -> set[str]:
        with pg_database.engine.connect() as connection:
            tables = sa.inspect(connection).get_table_names()
            return {table for table in tables if connection.execute(sa.text(
                f'SELECT count(*) FROM "{table}" t WHERE t::text ILIKE :trace'),
                {"trace": f"%{trace}%"}).scalar()}

    assert holding("SAFEHOUSE") == {"contact", "journal_change"}
    assert holding("Yoonqwx") == {"contact", "contact_search", "journal_change",
                                  "journal_operation"}
    edits.delete_record(pg_database, kind="contact", record_id=saved.record_id,
                        name="Eun-ji Yoonqwx")
    assert holding("SAFEHOUSE") == holding("Yoonqwx") == set()
    undo(pg_database)  # within this session, from memory
    with pg_database.session() as session:
        back = contacts.get_contact(session=session, contact_id=saved.record_id)
    assert back.street == "SAFEHOUSE 14 Other Lane"


# More in test_postgresql_shared_tests.py (test_search's own cases).
@pytest.mark.parametrize(("text", "expected"), [
    ("태경", ["하태경"]), ("ärzte", ["Ärzte ohne Grenzen"]), ("50%", []),
])
def test_search_finds_substrings_in_any_script_on_the_server(
        pg_database: Database, text: str, expected: list[str]) -> None:
    with pg_database.transaction() as session:
        contacts.create_contact(session=session, given_name="Tae Kyung", family_name="Ha",
                                family_name_first=True, native_name="하태경")
        contacts.create_contact(session=session, given_name="Phil", family_name="Robertson")
        contacts.create_contact(session=session, family_name="Ärzte ohne Grenzen")
    with pg_database.session() as session:
        found = contacts.list_contacts(session=session, filters=ContactFilter(search=text))
    assert sorted(c.native_name or c.family_name or "" for c in found) == expected


def test_search_uses_the_trigram_index(pg_database: Database) -> None:
    with pg_database.engine.connect() as connection:
        connection.exec_driver_sql("SET enable_seqscan = off")
        plan = "\n".join(str(row[0]) for row in connection.execute(sa.text(
            "EXPLAIN SELECT id FROM contact_search WHERE text LIKE :pattern"),
            {"pattern": "%태경하%"}))
    assert "contact_search_trigrams" in plan


def test_the_readme_recipe_an_owner_who_is_no_superuser_makes_the_schema(
        postgresql_cluster: Cluster) -> None:
    """README's Shared server: a role owning a UTF-8 database; the first to connect makes
    the schema, pg_trgm included (a trusted extension), without being a superuser."""
    postgresql_cluster.execute(
        "CREATE ROLE coalition LOGIN PASSWORD 'owner secret'",
        "CREATE DATABASE coalition OWNER coalition ENCODING 'UTF8' LOCALE 'C.UTF-8'"
        " TEMPLATE template0")
    database = db.open_database(postgresql_cluster.url(
        "coalition", user="coalition", password="owner secret"))
    try:
        with database.transaction() as session:
            load_demo(session=session)
        with database.session() as session:
            found = contacts.list_contacts(session=session, filters=ContactFilter(search="태경"))
            assert [contact.native_name for contact in found] == ["하태경"]
            assert {entry.who for entry in listing.history(session=session)} == {"coalition"}
    finally:
        database.close()


def test_a_server_database_that_folds_ascii_only_is_refused(
        postgresql_cluster: Cluster) -> None:
    name = postgresql_cluster.new_database()
    postgresql_cluster.execute(f'DROP DATABASE "{name}"', f'CREATE DATABASE "{name}"'
                               " TEMPLATE template0 LC_CTYPE 'C' LC_COLLATE 'C'")
    with pytest.raises(DatabaseUnavailable, match="beyond A to Z"):
        db.open_database(postgresql_cluster.url(name))
    inspected = sa.create_engine(postgresql_cluster.url(name).replace(
        "postgresql://", "postgresql+psycopg://"), poolclass=sa.NullPool)
    assert sa.inspect(inspected).get_table_names() == []  # nothing made
    inspected.dispose()


# --- two people at once -----------------------------------------------------------


def test_two_people_editing_one_record_the_later_save_is_refused(pg_url: str) -> None:
    first, second = db.open_database(pg_url), db.open_database(pg_url)
    try:
        saved = edits.save_record(first, kind="organization", name="Kontras",
                                  values={"name": "Kontras"})
        # Both open the form at the same version; the first saves while the second's
        # save waits for the first to finish.
        started, proceed = threading.Event(), threading.Event()

        def first_saves() -> None:
            with first.operation("form", "Edit Kontras") as operation:
                started.set()
                proceed.wait(5)
                operation.expect("organization", saved.record_id, saved.version,
                                 what="Kontras")
                organizations.update_organization(
                    session=operation.session, organization_id=saved.record_id,
                    email="first@kontras.org")

        worker = threading.Thread(target=first_saves)
        worker.start()
        started.wait(5)
        threading.Timer(0.3, proceed.set).start()
        with pytest.raises(StaleRecord, match="Edit Kontras"):
            edits.save_record(second, kind="organization", name="Kontras",
                              record_id=saved.record_id, loaded_version=saved.version,
                              values={"email": "second@kontras.org"})
        worker.join(10)
        assert organization(second, "Kontras").email == "first@kontras.org"
    finally:
        first.close()
        second.close()


def test_signatories_added_at_once_keep_their_places_unique(pg_url: str) -> None:
    setup = db.open_database(pg_url)
    with setup.transaction() as session:
        letter = letters.create_letter(session=session, title="Concurrent letter")
        assert letter.id is not None
        letter_id = letter.id
        ids = []
        for number in range(8):
            made = organizations.create_organization(session=session, name=f"Group {number}")
            assert made.id is not None
            ids.append(made.id)
    setup.close()
    people = [db.open_database(pg_url) for _ in range(4)]
    barrier = threading.Barrier(len(people))
    failures: list[BaseException] = []

    def add(database: Database, mine: list[int]) -> None:
        barrier.wait(10)
        try:
            for organization_id in mine:
                letters.add_signatory(database, letter_id=letter_id,
                                      organization_id=organization_id)
        except BaseException as error:  # reported below, with the thread's own error
            failures.append(error)

    workers = [threading.Thread(target=add, args=(database, ids[index::len(people)]))
               for index, database in enumerate(people)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(30)
    try:
        assert failures == []
        with people[0].session() as session:
            places = sorted(session.exec(select(Signature.position).where(
                Signature.letter_id == letter_id)).all())
        assert places == list(range(1, len(ids) + 1))
    finally:
        for database in people:
            database.close()


# --- connection trouble -----------------------------------------------------------


@pytest.fixture(scope="module")
def with_password(postgresql_cluster: Cluster) -> str:
    """A role that must give its password (the cluster trusts its superuser only)."""
    postgresql_cluster.execute("CREATE ROLE staff LOGIN PASSWORD 'correct horse'")
    # A database staff may not connect to (a person removed from it, say).
    postgresql_cluster.execute("CREATE DATABASE closed_doors")
    postgresql_cluster.execute("REVOKE CONNECT ON DATABASE closed_doors FROM PUBLIC")
    return "staff"


@pytest.mark.parametrize(("address", "expected"), [
    (lambda cluster: "postgresql://postgres@/any?host=/nonexistent-folder",
     "Cannot reach the database server /nonexistent-folder: check that it is running"),
    (lambda cluster: "postgresql://postgres@127.0.0.1:1/any",
     "Cannot reach the database server 127.0.0.1"),
    (lambda cluster: cluster.url("no_such_database"),
     "There is no database no_such_database on the server"),
    (lambda cluster: cluster.url("postgres", user="staff", password="wrong"),
     "refused the password for staff"),
    (lambda cluster: cluster.url("postgres", user="staff"),
     "asks for staff's password: give it in the address or in the password file"),
    (lambda cluster: f"postgresql://staff:x@127.0.0.1:{cluster.port}/postgres",
     "The server 127.0.0.1 accepts encrypted connections only: add ?sslmode=require"),
    (lambda cluster: cluster.url("closed_doors", user="staff", password="correct horse"),
     "does not let staff in to closed_doors"),
], ids=["no server on the socket", "no server on the port", "database missing",
        "wrong password", "no password", "encryption required", "no right to connect"])
def test_connection_trouble_is_one_sentence(
        postgresql_cluster: Cluster, with_password: str, address: Any, expected: str) -> None:
    with pytest.raises(DatabaseUnavailable) as refused:
        db.open_database(address(postgresql_cluster))
    assert expected in str(refused.value)
    assert "\n" not in str(refused.value)
