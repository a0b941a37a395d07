"""The coordinator and volunteer roles of a server database, enforced by the server: two
people connected as two users, each seeing what their role allows."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import openpyxl
import pytest
import sqlalchemy as sa
from sqlmodel import select

from coalitiondesk.cli import main
from coalitiondesk.core.exporting.columns import ExportKind
from coalitiondesk.core.exporting.run import ExportRequest, run_export
from coalitiondesk.core.journal import listing
from coalitiondesk.core.models import Contact, MembershipStatus, Sensitivity
from coalitiondesk.core.records import contacts, edits
from coalitiondesk.core.records.attachments import attach
from coalitiondesk.core.records.search import text_matches
from coalitiondesk.core.reports import member_directory
from coalitiondesk.core.storage import server_local_backups
from coalitiondesk.core.storage.db import Database, open_database
from coalitiondesk.core.storage.postgresql import NotPermitted
from coalitiondesk.core.storage.server_roles import Role, current_role

if TYPE_CHECKING:
    from postgresql_cluster import Cluster

pytestmark = pytest.mark.postgresql

WITNESS = "Witnessqz"


def _add_user(url: str, name: str, role: str, capsys: pytest.CaptureFixture[str]) -> str:
    assert main(["--db", url, "server", "add-user", name, "--role", role]) == 0
    out = capsys.readouterr().out
    [line] = [line for line in out.splitlines() if line.startswith("One-time password")]
    return line.rsplit(" ", 1)[1]


@pytest.fixture
def shared(postgresql_cluster: Cluster, pg_url: str, capsys: pytest.CaptureFixture[str]
           ) -> Iterator[dict[str, Database]]:
    """A server database set up with `server init`: a normal and a restricted contact
    made by the owner, and a volunteer's and a coordinator's connections."""
    assert main(["server", "init", pg_url]) == 0
    owner = open_database(pg_url)
    organization = edits.save_record(owner, kind="organization", name="Kontras",
                                     values={"name": "Kontras",
                                             "membership_status": MembershipStatus.member})
    edits.save_record(owner, kind="contact", name="Min-jun Parkqz",
                      values={"given_name": "Min-jun", "family_name": "Parkqz"}, tags=["press"])
    hidden = edits.save_record(owner, kind="contact", name=f"Ha {WITNESS}",
                               values={"given_name": "Ha", "family_name": WITNESS,
                                       "sensitivity": Sensitivity.restricted,
                                       "notes": f"{WITNESS} crossed in 2019"},
                               tags=["press"])
    edits.save_record(owner, kind="contact", name=f"Ha {WITNESS}", record_id=hidden.record_id,
                      loaded_version=hidden.version, values={"position": "Defector"})
    attach(database=owner, kind="contact", record_id=hidden.record_id,
           name="statement.txt", data=f"{WITNESS}'s statement".encode())
    with owner.transaction() as session:
        contacts.add_affiliation(session=session, contact_id=hidden.record_id,
                                 organization_id=organization.record_id, role="Adviser")
    name = sa.make_url(pg_url).database
    assert name is not None
    opened = {"owner": owner}
    for role in ("volunteer", "coordinator"):
        user = f"{role}_{name}"
        password = _add_user(pg_url, user, role, capsys)
        opened[role] = open_database(postgresql_cluster.url(name, user=user, password=password))
    try:
        yield opened
    finally:
        for database in opened.values():
            database.close()


def _tables_holding(database: Database, trace: str) -> set[str]:
    with database.engine.connect() as connection:
        tables = sa.inspect(connection).get_table_names()
        return {table for table in tables if connection.execute(sa.text(
            f'SELECT count(*) FROM "{table}" t WHERE t::text ILIKE :trace'),
            {"trace": f"%{trace}%"}).scalar()}


def _names(database: Database) -> set[str]:
    with database.session() as session:
        return {contact.family_name or "" for contact in contacts.list_contacts(session=session)}


def test_a_volunteer_sees_no_restricted_contact_anywhere(shared: dict[str, Database],
                                                         tmp_path: Path) -> None:
    volunteer, coordinator = shared["volunteer"], shared["coordinator"]
    assert _names(volunteer) == {"Parkqz"}
    assert _names(coordinator) == {"Parkqz", WITNESS}
    with volunteer.session() as session:
        assert session.exec(select(Contact).where(
            text_matches(session=session, model=Contact, text=WITNESS.lower()))).all() == []
        history = listing.history(session=session, limit=None)
    assert history and not any(WITNESS in entry.label for entry in history)
    # The member directory lists contacts: not for a volunteer at all (no exports of
    # contacts), restricted ones included for a coordinator who asks.
    with volunteer.session() as session, pytest.raises(NotPermitted):
        member_directory(session=session, include_restricted=True)
    with coordinator.session() as session:
        assert WITNESS in repr(member_directory(session=session, include_restricted=True).rows)
    # Every table the volunteer can read: the contact, its tags, affiliation, search text,
    # journal entries and the operations named after it are all out of sight.
    assert _tables_holding(volunteer, WITNESS) == set()
    assert _tables_holding(volunteer, "Adviser") == set()
    assert _tables_holding(volunteer, "statement.txt") == set()
    assert "attachment" in _tables_holding(coordinator, "statement.txt")
    assert {"contact", "contact_search", "journal_change",
            "journal_operation"} <= _tables_holding(coordinator, WITNESS)
    with volunteer.session() as session:
        affiliations = session.exec(sa.text("SELECT count(*) FROM affiliation")).one()[0]
        tagged = session.exec(sa.text("SELECT count(*) FROM contact_tag")).one()[0]
    assert (affiliations, tagged) == (0, 1)
    # The attached file's bytes too (their text is not searchable as the rows' are).
    for database, files in ((volunteer, 0), (coordinator, 1)):
        with database.session() as session:
            assert session.exec(sa.text("SELECT count(*) FROM attachment_content")).one()[0] \
                == files
    # Even an export that asks for restricted records gets none from the server (a
    # volunteer exports no contacts at all: test_postgresql_private_fields).
    target = tmp_path / "contacts.xlsx"
    run_export(database=volunteer, request=ExportRequest(
        kind=ExportKind.organizations, target=target, include_restricted=True))
    cells = {str(cell.value) for row in openpyxl.load_workbook(target).worksheets[0].iter_rows()
             for cell in row if cell.value is not None}
    assert any("Kontras" in cell for cell in cells)
    assert not any(WITNESS in cell or "Adviser" in cell for cell in cells)


def test_a_volunteers_delete_is_one_clear_refusal(shared: dict[str, Database]) -> None:
    volunteer = shared["volunteer"]
    with volunteer.session() as session:
        [park] = contacts.list_contacts(session=session)
    assert park.id is not None
    with pytest.raises(NotPermitted, match="may not delete records"):
        edits.delete_record(volunteer, kind="contact", record_id=park.id, name="Min-jun Parkqz")
    assert _names(volunteer) == {"Parkqz"}
    # A volunteer still edits what they see.
    edits.save_record(volunteer, kind="contact", name="Min-jun Parkqz", record_id=park.id,
                      values={"position": "Reporter"})
    with shared["owner"].session() as session:
        assert contacts.get_contact(session=session, contact_id=park.id).position == "Reporter"


def test_a_coordinator_sees_and_deletes_a_restricted_contact(
        shared: dict[str, Database]) -> None:
    coordinator = shared["coordinator"]
    with coordinator.session() as session:
        witness = session.exec(select(Contact).where(Contact.family_name == WITNESS)).one()
    assert witness.id is not None
    edits.delete_record(coordinator, kind="contact", record_id=witness.id, name=WITNESS)
    assert _names(coordinator) == {"Parkqz"}


def test_server_commands_refuse_a_local_file_in_one_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(tmp_path / "local.sqlite3"), "server", "add-user", "kim",
                 "--role", "volunteer"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "needs a server database's address" in err
    assert not (tmp_path / "local.sqlite3").exists()


def test_add_user_before_init_and_a_bad_name_are_refused(
        pg_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", pg_url, "server", "add-user", "kim", "--role", "volunteer"]) == 1
    assert "run `coalitiondesk server init` first" in capsys.readouterr().err
    assert main(["server", "init", pg_url]) == 0
    assert main(["--db", pg_url, "server", "add-user", "kim; DROP", "--role",
                 "volunteer"]) == 1
    assert "A user name is letters" in capsys.readouterr().err


def test_the_readme_recipe_as_an_owner_who_is_not_a_superuser(
        postgresql_cluster: Cluster, capsys: pytest.CaptureFixture[str]) -> None:
    """README's steps: an owner with CREATEROLE, a database of theirs, `server init`,
    `server add-user`, and the volunteer connecting with the printed password."""
    postgresql_cluster.execute(
        "CREATE ROLE recipe_owner LOGIN CREATEROLE PASSWORD 'owner-secret'",
        "CREATE DATABASE recipe OWNER recipe_owner ENCODING 'UTF8' LOCALE 'C.UTF-8'"
        " TEMPLATE template0")
    url = postgresql_cluster.url("recipe", user="recipe_owner", password="owner-secret")
    assert main(["server", "init", url]) == 0
    password = _add_user(url, "recipe_jun", "volunteer", capsys)
    owner = open_database(url)
    try:
        edits.save_record(owner, kind="contact", name=f"Ha {WITNESS}",
                          values={"family_name": WITNESS,
                                  "sensitivity": Sensitivity.restricted})
    finally:
        owner.close()
    volunteer = open_database(postgresql_cluster.url("recipe", user="recipe_jun",
                                                     password=password))
    try:
        assert _names(volunteer) == set()
        assert _tables_holding(volunteer, WITNESS) == set()
    finally:
        volunteer.close()


def test_the_superuser_and_the_owner_are_neither_volunteers_nor_refused(
        postgresql_cluster: Cluster, capsys: pytest.CaptureFixture[str]) -> None:
    """PostgreSQL counts a superuser a member of every role, the volunteers' group too:
    the superuser and the database's owner still read every field and back up, while a
    coordinator is a coordinator and a volunteer a volunteer."""
    postgresql_cluster.execute(
        "CREATE ROLE roles_owner LOGIN CREATEROLE PASSWORD 'owner-secret'",
        "CREATE DATABASE roles OWNER roles_owner ENCODING 'UTF8' LOCALE 'C.UTF-8'"
        " TEMPLATE template0")
    owner_url = postgresql_cluster.url("roles", user="roles_owner", password="owner-secret")
    assert main(["server", "init", owner_url]) == 0
    urls = {"superuser": postgresql_cluster.url("roles"), "owner": owner_url}
    for role in Role:
        password = _add_user(owner_url, f"{role}_kim", role, capsys)
        urls[role] = postgresql_cluster.url("roles", user=f"{role}_kim", password=password)
    expected = {"superuser": None, "owner": None, "coordinator": Role.coordinator,
                "volunteer": Role.volunteer}
    for who, url in urls.items():
        database = open_database(url)
        try:
            with database.engine.connect() as connection:
                assert current_role(connection) is expected[who], who
            assert bool(database.withheld) is (who == "volunteer"), who
            assert server_local_backups.may_back_up(database) is (who != "volunteer"), who
        finally:
            database.close()
    # A volunteer made a coordinator too still reads the private fields as NULL through
    # the volunteer's views: still a volunteer, whose backup would leave them out, until
    # no longer in the volunteers' group.
    for change, expected_role in (("GRANT roles_coordinator TO", Role.volunteer),
                                  ("REVOKE roles_volunteer FROM", Role.coordinator)):
        postgresql_cluster.execute(f"{change} volunteer_kim")
        database = open_database(urls[Role.volunteer])
        try:
            with database.engine.connect() as connection:
                assert current_role(connection) is expected_role, change
        finally:
            database.close()


def test_a_volunteer_may_not_copy_the_database(shared: dict[str, Database], tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    url = shared["volunteer"].url.render_as_string(hide_password=False)
    target = tmp_path / "taken.sqlite3"
    capsys.readouterr()
    assert main(["copy", url, str(target)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "A volunteer may not copy" in err
    assert not target.exists()
