"""People coming and going on a shared server: `server set-role` moves a login wholly
from one group to the other (groups and its routing to the volunteer's views), and
`server remove-user` takes its access away, while the history keeps its name. A real
cluster, real logins connecting."""

from __future__ import annotations

import itertools
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
import sqlalchemy as sa
from sqlmodel import select

from coalitiondesk.cli import main
from coalitiondesk.core.errors import DatabaseUnavailable
from coalitiondesk.core.journal import listing
from coalitiondesk.core.models import Contact, Sensitivity
from coalitiondesk.core.records import edits
from coalitiondesk.core.storage import server_local_backups
from coalitiondesk.core.storage.db import Database, open_database
from coalitiondesk.core.storage.server_roles import Role, current_role

if TYPE_CHECKING:
    from postgresql_cluster import Cluster

pytestmark = pytest.mark.postgresql

WITNESS = "Witnessqy"
NOTE = "Shelterqy address"
# Roles belong to the whole cluster, shared by the session's tests: each server its own.
_SERVERS = itertools.count(1)


class Server:
    """A database owned by a login that may create roles (not a superuser), after
    `server init`, holding a normal contact with private notes and a restricted one."""

    def __init__(self, cluster: Cluster, name: str, capsys: pytest.CaptureFixture[str]) -> None:
        self.cluster, self.name, self.capsys = cluster, name, capsys
        cluster.execute(
            f"CREATE ROLE {name}_owner LOGIN CREATEROLE PASSWORD 'owner-secret'",
            f"CREATE DATABASE {name} OWNER {name}_owner ENCODING 'UTF8' LOCALE 'C.UTF-8'"
            " TEMPLATE template0")
        self.owner_url = cluster.url(name, user=f"{name}_owner", password="owner-secret")
        assert main(["server", "init", self.owner_url]) == 0
        owner = open_database(self.owner_url)
        try:
            edits.save_record(owner, kind="contact", name="Min-jun Parkqy",
                              values={"family_name": "Parkqy", "notes": NOTE})
            edits.save_record(owner, kind="contact", name=f"Ha {WITNESS}",
                              values={"family_name": WITNESS,
                                      "sensitivity": Sensitivity.restricted})
        finally:
            owner.close()
        capsys.readouterr()

    def run(self, *arguments: str, url: str | None = None) -> tuple[int, str, str]:
        status = main(["--db", url or self.owner_url, "server", *arguments])
        captured = self.capsys.readouterr()
        return status, captured.out, captured.err

    def add_user(self, name: str, role: Role) -> str:
        """The address `name` connects with."""
        status, out, _ = self.run("add-user", name, "--role", role.value)
        assert status == 0
        [line] = [line for line in out.splitlines() if line.startswith("One-time password")]
        return self.cluster.url(self.name, user=name, password=line.rsplit(" ", 1)[1])

    def roles_state(self) -> list[tuple[str, ...]]:
        """Every login's groups and per-database settings on the server."""
        engine = sa.create_engine(self.cluster.url().replace("postgresql://",
                                                             "postgresql+psycopg://"),
                                  poolclass=sa.NullPool)
        try:
            with engine.connect() as connection:
                return [tuple(map(str, row)) for row in connection.exec_driver_sql(
                    "SELECT person.rolname, person.rolcanlogin,"
                    " array(SELECT grouped.rolname FROM pg_auth_members AS membership"
                    "  JOIN pg_roles AS grouped ON grouped.oid = membership.roleid"
                    "  WHERE membership.member = person.oid ORDER BY 1),"
                    " array(SELECT setting.setconfig::text FROM pg_db_role_setting AS setting"
                    "  WHERE setting.setrole = person.oid ORDER BY 1),"
                    " (SELECT datacl::text FROM pg_database WHERE datname = %(name)s)"
                    " FROM pg_roles AS person WHERE person.rolname NOT LIKE 'pg\\_%%'"
                    " ORDER BY 1", {"name": self.name})]
        finally:
            engine.dispose()


@pytest.fixture
def server(postgresql_cluster: Cluster, capsys: pytest.CaptureFixture[str]) -> Server:
    return Server(postgresql_cluster, f"people_{next(_SERVERS)}", capsys)


def _family_names(database: Database) -> set[str]:
    with database.session() as session:
        return {contact.family_name or "" for contact in session.exec(select(Contact))}


def _notes(database: Database) -> str | None:
    with database.session() as session:
        return session.exec(select(Contact.notes).where(Contact.family_name == "Parkqy")).one()


@pytest.fixture
def opened() -> Iterator[list[Database]]:
    """Databases a test opens, closed after it."""
    databases: list[Database] = []
    try:
        yield databases
    finally:
        for database in databases:
            database.close()


def _open(url: str, opened: list[Database]) -> Database:
    database = open_database(url)
    opened.append(database)
    return database


def test_a_volunteer_made_a_coordinator_reads_everything_and_backs_up(
        server: Server, opened: list[Database], tmp_path: Path) -> None:
    url = server.add_user("jun", Role.volunteer)
    before = _open(url, opened)
    assert (_family_names(before), _notes(before)) == ({"Parkqy"}, None)

    status, out, err = server.run("set-role", "jun", "--role", "coordinator")
    assert (status, err) == (0, "")
    assert "jun is now a coordinator" in out and "was a volunteer" in out
    assert "next connect" in out

    promoted = _open(url, opened)
    with promoted.engine.connect() as connection:
        assert current_role(connection) is Role.coordinator
    assert not promoted.withheld
    assert _family_names(promoted) == {"Parkqy", WITNESS}
    assert _notes(promoted) == NOTE
    assert server_local_backups.may_back_up(promoted)
    # Their backup holds the private field and the restricted contact, not NULLs.
    target = tmp_path / "jun.sqlite3"
    assert main(["--db", url, "backup", "--to", str(target)]) == 0
    with sqlite3.connect(target) as copy:
        assert dict(copy.execute("SELECT family_name, notes FROM contact")) == {
            "Parkqy": NOTE, WITNESS: None}
    # Asked again: nothing to change, said so.
    status, out, _ = server.run("set-role", "jun", "--role", "coordinator")
    assert status == 0 and "already a coordinator" in out


def test_a_volunteer_granted_the_coordinators_by_hand_is_moved_wholly(
        server: Server, opened: list[Database]) -> None:
    """The trap of promoting by hand: granted the coordinators' group, the login still
    reads through the volunteer's views (NULL private fields), so it is still a
    volunteer; set-role finishes the move."""
    url = server.add_user("seo", Role.volunteer)
    server.cluster.execute(f"GRANT {server.name}_coordinator TO seo")
    halfway = _open(url, opened)
    with halfway.engine.connect() as connection:
        assert current_role(connection) is Role.volunteer
    assert _notes(halfway) is None

    status, out, _ = server.run("set-role", "seo", "--role", "coordinator")
    assert status == 0 and "was a coordinator and volunteer" in out
    moved = _open(url, opened)
    with moved.engine.connect() as connection:
        assert current_role(connection) is Role.coordinator
    assert _notes(moved) == NOTE
    [(_, _, groups, settings, _)] = [row for row in server.roles_state() if row[0] == "seo"]
    assert (groups, settings) == (f"['{server.name}_coordinator']", "[]")


def test_a_coordinator_made_a_volunteer_reads_none_and_exports_no_contacts(
        server: Server, opened: list[Database], tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    url = server.add_user("minji", Role.coordinator)
    open_before = _open(url, opened)
    assert _notes(open_before) == NOTE

    status, out, _ = server.run("set-role", "minji", "--role", "volunteer")
    assert status == 0 and "minji is now a volunteer" in out and "was a coordinator" in out

    # The window they had open reads no private field any more either: refused, not shown.
    with open_before.engine.connect() as connection, pytest.raises(
            sa.exc.ProgrammingError, match="permission denied"):
        connection.exec_driver_sql("SELECT notes FROM contact").all()
    demoted = _open(url, opened)
    with demoted.engine.connect() as connection:
        assert current_role(connection) is Role.volunteer
    assert demoted.withheld
    assert _family_names(demoted) == {"Parkqy"}
    assert _notes(demoted) is None
    assert not server_local_backups.may_back_up(demoted)
    target = tmp_path / "contacts.xlsx"
    assert main(["--db", url, "export", "--kind", "contacts", str(target)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "may not export contacts" in err
    assert not target.exists()


def test_a_removed_user_cannot_connect_and_history_keeps_their_name(
        server: Server, opened: list[Database]) -> None:
    url = server.add_user("dana", Role.volunteer)
    dana = _open(url, opened)
    with dana.session() as session:
        park = session.exec(select(Contact).where(Contact.family_name == "Parkqy")).one()
    assert park.id is not None
    edits.save_record(dana, kind="contact", name="Min-jun Parkqy", record_id=park.id,
                      values={"position": "Reporter"})

    status, out, err = server.run("remove-user", "dana")
    assert (status, err) == (0, "")
    assert "Removed dana" in out and "was a volunteer" in out
    assert "login dana was dropped" in out

    with pytest.raises(DatabaseUnavailable) as refused:
        open_database(url)
    assert "\n" not in str(refused.value)
    # The window they still had open reads nothing more.
    with dana.engine.connect() as connection, pytest.raises(
            sa.exc.ProgrammingError, match="permission denied"):
        connection.exec_driver_sql("SELECT family_name FROM contact").all()
    assert "dana" not in {row[0] for row in server.roles_state()}
    owner = _open(server.owner_url, opened)
    with owner.session() as session:
        history = listing.history(session=session, limit=None)
    assert {entry.who for entry in history if "Parkqy" in entry.label} == {
        f"{server.name}_owner", "dana"}
    status, _, err = server.run("remove-user", "dana")
    assert status == 1 and "The server has no user dana" in err


def test_a_login_another_database_uses_is_kept_for_it(
        server: Server, postgresql_cluster: Cluster, opened: list[Database],
        capsys: pytest.CaptureFixture[str]) -> None:
    url = server.add_user("hana", Role.coordinator)
    other = Server(postgresql_cluster, server.name + "_b", capsys)
    postgresql_cluster.execute(f"GRANT {other.name}_volunteer TO hana")
    assert other.run("set-role", "hana", "--role", "volunteer")[0] == 0

    status, out, _ = server.run("remove-user", "hana")
    assert status == 0 and "Removed hana" in out
    assert f"kept for the others: they are a user of {other.name}" in out
    assert "administrator" not in out
    with pytest.raises(DatabaseUnavailable) as refused:
        open_database(url)
    assert "\n" not in str(refused.value)
    elsewhere = _open(url.replace(f"/{server.name}?", f"/{other.name}?"), opened)
    assert _family_names(elsewhere) == {"Parkqy"}
    assert _notes(elsewhere) is None


def test_a_login_the_administrator_gave_more_is_kept_saying_so(server: Server) -> None:
    ada = f"ada_{server.name}"
    url = server.add_user(ada, Role.coordinator)
    server.cluster.execute(f"GRANT pg_read_all_data TO {ada}",
                           f"ALTER ROLE {ada} SET work_mem = '8MB'")
    status, out, _ = server.run("remove-user", ada)
    assert status == 0 and f"Removed {ada}" in out
    assert ("kept since it is also in the server's roles pg_read_all_data and owns, was"
            " granted or has settings for something else on the server") in out
    with pytest.raises(DatabaseUnavailable):
        open_database(url)
    [(_, _, groups, _, _)] = [row for row in server.roles_state() if row[0] == ada]
    assert groups == "['pg_read_all_data']"


@pytest.mark.parametrize(("arguments", "said"), [
    (("set-role", "nobody", "--role", "volunteer"), "The server has no user nobody"),
    (("remove-user", "nobody"), "The server has no user nobody"),
    (("set-role", "{name}_owner", "--role", "volunteer"), "{name}_owner owns {name}"),
    (("remove-user", "{name}_owner"), "{name}_owner owns {name}"),
    (("set-role", "postgres", "--role", "coordinator"), "postgres is a superuser"),
    (("remove-user", "postgres"), "postgres is a superuser"),
    (("remove-user", "{name}_coordinator"), "is not a user of {name}"),
    (("set-role", "outsider", "--role", "volunteer"), "outsider is not a user of {name}"),
])
def test_refusals_are_one_line_and_change_nothing(
        server: Server, arguments: tuple[str, ...], said: str) -> None:
    server.add_user(f"jun_{server.name}", Role.volunteer)
    server.cluster.execute(f"CREATE ROLE outsider_{server.name} LOGIN")
    arguments = tuple(argument.format(name=server.name) for argument in arguments)
    arguments = tuple(f"outsider_{server.name}" if argument == "outsider" else argument
                      for argument in arguments)
    before = server.roles_state()
    status, out, err = server.run(*arguments)
    assert (status, out) == (1, "")
    assert err.count("\n") == 1 and said.format(name=server.name).replace(
        "outsider", f"outsider_{server.name}") in err
    assert err.rstrip().endswith("nothing was changed")
    assert server.roles_state() == before


def test_a_removal_that_would_leave_them_connecting_is_refused(
        server: Server, opened: list[Database]) -> None:
    """The database opened to everyone again by hand: the removed person could still
    connect, so nothing is done and they are told why, rather than told it is done."""
    jun = f"jun_{server.name}"
    url = server.add_user(jun, Role.volunteer)
    server.cluster.execute(f"GRANT CONNECT ON DATABASE {server.name} TO PUBLIC")
    before = server.roles_state()
    status, out, err = server.run("remove-user", jun)
    assert (status, out) == (1, "") and err.count("\n") == 1
    assert f"The server still gives {jun} access to {server.name}" in err
    assert server.roles_state() == before
    assert _family_names(_open(url, opened)) == {"Parkqy"}


def test_the_person_running_it_and_one_without_the_right_are_refused(
        server: Server, tmp_path: Path) -> None:
    kim, jun = f"kim_{server.name}", f"jun_{server.name}"
    coordinator = server.add_user(kim, Role.coordinator)
    server.add_user(jun, Role.volunteer)
    before = server.roles_state()
    # A coordinator without CREATEROLE: the server refuses, in one line.
    status, _, err = server.run("set-role", jun, "--role", "coordinator", url=coordinator)
    assert status == 1 and err.count("\n") == 1
    assert "refused to change the users of" in err and "CREATEROLE" in err
    server.cluster.execute(f"ALTER ROLE {kim} CREATEROLE")
    status, _, err = server.run("remove-user", kim, url=coordinator)
    assert status == 1 and err.count("\n") == 1 and "You cannot remove yourself" in err
    assert server.roles_state() == before
    # Before `server init` and on a local file: one line each.
    status, _, err = server.run("remove-user", kim,
                                url=server.cluster.url(server.cluster.new_database()))
    assert status == 1 and "run `coalitiondesk server init` first" in err
    local = tmp_path / "local.sqlite3"
    status, _, err = server.run("set-role", kim, "--role", "volunteer", url=str(local))
    assert status == 1 and err.count("\n") == 1 and "needs a server database's address" in err
    assert not local.exists()
