"""A volunteer on a shared server reads no private field (a home address, a mobile
phone, notes, the coordinator's own fields), may not change a contact's sensitivity,
and a save of theirs leaves the private values as they were: a real server, real
users in the two roles."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import openpyxl
import pytest
import sqlalchemy as sa
from sqlmodel import select

from coalitiondesk.cli import main
from coalitiondesk.core.exporting.columns import ExportKind
from coalitiondesk.core.exporting.run import ExportRequest, run_export
from coalitiondesk.core.journal import listing, triggers_postgresql, undo
from coalitiondesk.core.models import (
    ActivityContact,
    ActivityKind,
    Contact,
    Organization,
    Sensitivity,
)
from coalitiondesk.core.records import contacts, edits
from coalitiondesk.core.records.activities import create_activity
from coalitiondesk.core.records.search import text_matches
from coalitiondesk.core.storage import server_roles
from coalitiondesk.core.storage.db import Database, open_database
from coalitiondesk.core.storage.postgresql import NotPermitted

if TYPE_CHECKING:
    from postgresql_cluster import Cluster

pytestmark = pytest.mark.postgresql

SECRET = "Safehousezq"
PRIVATE = {"notes": f"Lives near the {SECRET}", "mobile_phone": "+82 10-2345-6789",
           "street": f"12 {SECRET} road", "city": "Ansan", "postcode": "15234",
           "native_address": f"{SECRET} 12"}


@pytest.fixture
def people(postgresql_cluster: Cluster, pg_url: str, capsys: pytest.CaptureFixture[str]
           ) -> Iterator[dict[str, Database]]:
    """`server init`, a contact and an organization with private values, and a
    volunteer's and a coordinator's connections."""
    assert main(["server", "init", pg_url]) == 0
    owner = open_database(pg_url)
    edits.save_record(owner, kind="contact", name="Ji-woo Leeqz",
                      values={"given_name": "Ji-woo", "family_name": "Leeqz",
                              "position": "Researcher", **PRIVATE})
    edits.save_record(owner, kind="organization", name="Kontras",
                      values={"name": "Kontras", "notes": f"Funds the {SECRET}"})
    name = sa.make_url(pg_url).database
    opened = {"owner": owner}
    for role in ("volunteer", "coordinator"):
        user = f"{role}_{name}"
        assert main(["--db", pg_url, "server", "add-user", user, "--role", role]) == 0
        [line] = [line for line in capsys.readouterr().out.splitlines()
                  if line.startswith("One-time password")]
        opened[role] = open_database(postgresql_cluster.url(
            str(name), user=user, password=line.rsplit(" ", 1)[1]))
    # Run again (as after an update), it keeps its people's views and privileges.
    assert main(["server", "init", pg_url]) == 0
    try:
        yield opened
    finally:
        for database in opened.values():
            database.close()


def _lee(database: Database) -> Contact:
    with database.session() as session:
        return session.exec(select(Contact).where(Contact.family_name == "Leeqz")).one()


def _every_readable_text(database: Database) -> str:
    """Everything the connection reads of every table and view it is shown."""
    with database.engine.connect() as connection:
        names = [str(name) for name, in connection.exec_driver_sql(
            "SELECT DISTINCT ON (table_name) table_name FROM information_schema.tables"
            " WHERE table_schema = ANY (current_schemas(false))"
            " ORDER BY table_name, array_position(current_schemas(false), table_schema)")]
        return "\n".join(str(connection.exec_driver_sql(
            f'SELECT coalesce(string_agg(t::text, chr(10)), \'\') FROM "{table}" AS t').scalar())
            for table in names)


def test_a_volunteer_reads_no_private_field_anywhere(people: dict[str, Database]) -> None:
    volunteer, coordinator = people["volunteer"], people["coordinator"]
    seen = _lee(volunteer)
    assert (seen.given_name, seen.position) == ("Ji-woo", "Researcher")
    assert all(getattr(seen, key) is None for key in PRIVATE)
    shown = _lee(coordinator)
    assert {key: getattr(shown, key) for key in PRIVATE} == PRIVATE
    with volunteer.session() as session:
        [kontras] = session.exec(select(Organization)).all()
        assert kontras.notes is None
        for model in (Contact, Organization):
            assert session.exec(select(model).where(text_matches(
                session=session, model=model, text=SECRET.lower()))).all() == []
        assert [contact.family_name for contact in session.exec(select(Contact).where(
            text_matches(session=session, model=Contact, text="ji-woo")))] == ["Leeqz"]
        assert listing.history(session=session, limit=None)
    with coordinator.session() as session:
        assert len(session.exec(select(Contact).where(text_matches(
            session=session, model=Contact, text=SECRET.lower()))).all()) == 1
    # Neither the records, the search texts, the journal nor anything else the
    # volunteer may read holds a private value; the coordinator's reads do.
    assert SECRET not in _every_readable_text(volunteer)
    assert "2345" not in _every_readable_text(volunteer)
    assert SECRET in _every_readable_text(coordinator)


def test_the_server_refuses_a_volunteer_the_tables_themselves(
        people: dict[str, Database]) -> None:
    for statement in ("SELECT notes FROM public.contact", "SELECT * FROM public.organization",
                      "SELECT before FROM public.journal_change",
                      "SELECT text FROM public.contact_search"):
        with people["volunteer"].engine.connect() as connection, pytest.raises(
                sa.exc.ProgrammingError, match="permission denied"):
            connection.exec_driver_sql(statement)


def test_a_volunteers_save_keeps_the_private_values(people: dict[str, Database]) -> None:
    volunteer = people["volunteer"]
    seen = _lee(volunteer)
    assert seen.id is not None
    version = edits.version(session=volunteer.session(), kind="contact", record_id=seen.id)
    # What the form sends: every field it shows, the private ones not among them.
    edits.save_record(volunteer, kind="contact", name="Ji-woo Leeqz", record_id=seen.id,
                      loaded_version=version,
                      values={"given_name": "Ji-woo", "family_name": "Leeqz",
                              "position": "Director", "email": "jiwoo@example.org"})
    kept = _lee(people["owner"])
    assert (kept.position, kept.notes, kept.street) == ("Director", PRIVATE["notes"],
                                                         PRIVATE["street"])
    # Undone by the volunteer, the position only goes back.
    undo.undo(volunteer)
    kept = _lee(people["owner"])
    assert (kept.position, kept.notes) == ("Researcher", PRIVATE["notes"])
    # A private value given is refused by the server, whatever sends it.
    with pytest.raises(NotPermitted):
        edits.save_record(volunteer, kind="contact", name="Ji-woo Leeqz", record_id=seen.id,
                          values={"notes": "overwritten"})
    assert _lee(people["owner"]).notes == PRIVATE["notes"]


def test_a_volunteer_may_not_change_or_give_a_sensitivity(people: dict[str, Database]) -> None:
    volunteer = people["volunteer"]
    seen = _lee(volunteer)
    assert seen.id is not None and seen.sensitivity == Sensitivity.normal
    with pytest.raises(NotPermitted):
        edits.save_record(volunteer, kind="contact", name="Ji-woo Leeqz", record_id=seen.id,
                          values={"sensitivity": Sensitivity.restricted})
    with pytest.raises(NotPermitted):
        edits.save_record(volunteer, kind="contact", name="Ha Newqz",
                          values={"family_name": "Newqz",
                                  "sensitivity": Sensitivity.restricted})
    assert _lee(people["owner"]).sensitivity == Sensitivity.normal
    # A new contact of theirs is added, and the coordinator reads it whole.
    added = edits.save_record(volunteer, kind="contact", name="Ha Newqz",
                              values={"family_name": "Newqz", "position": "Lawyer"})
    with people["coordinator"].session() as session:
        new = contacts.get_contact(session=session, contact_id=added.record_id)
    assert (new.family_name, new.sensitivity) == ("Newqz", Sensitivity.normal)
    with pytest.raises(NotPermitted):
        edits.save_record(volunteer, kind="contact", name="Ha Newqz",
                          values={"family_name": "Newqz2", "notes": "met at the border"})


def test_a_volunteers_contacts_export_is_refused_by_the_window_and_the_server(
        people: dict[str, Database], tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    volunteer = people["volunteer"]
    target = tmp_path / "contacts.xlsx"
    url = volunteer.url.render_as_string(hide_password=False)
    capsys.readouterr()
    assert main(["--db", url, "export", "--kind", "contacts", str(target)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "may not export contacts" in err
    assert not target.exists()
    # Another program skipping that check cannot record the export on the server.
    seen = _lee(volunteer)
    with pytest.raises(NotPermitted, match="may not export contacts"), \
            volunteer.operation("export") as operation:
        activity = create_activity(session=operation.session, activity_date=date.today(),
                                   kind=ActivityKind.export, subject="Exported 1 contact")
        operation.session.add(ActivityContact(activity_id=activity.id, contact_id=seen.id))
        operation.session.flush()
    # Organizations still go out, without their private notes; the coordinator's
    # contacts export is not refused.
    assert main(["--db", url, "export", "--kind", "organizations", str(target)]) == 0
    cells = " ".join(str(cell.value) for row in openpyxl.load_workbook(
        target).worksheets[0].iter_rows() for cell in row)
    assert "Kontras" in cells and SECRET not in cells
    run_export(database=people["coordinator"], request=ExportRequest(
        kind=ExportKind.contacts, target=tmp_path / "all.xlsx"))


def test_a_schema_update_keeps_a_volunteer_saving(people: dict[str, Database]) -> None:
    """An update makes the journal's function again, forgetting the search path server
    init pinned on it; the update sets the roles up again after it."""
    with people["owner"].engine.begin() as connection:
        triggers_postgresql.install(connection)
        server_roles.set_up_again(connection)
    seen = _lee(people["volunteer"])
    assert seen.id is not None
    edits.save_record(people["volunteer"], kind="contact", name="Ji-woo Leeqz",
                      record_id=seen.id, values={"position": "Editor"})
    kept = _lee(people["owner"])
    assert (kept.position, kept.notes) == ("Editor", PRIVATE["notes"])


def test_the_journal_values_a_volunteer_reads_are_those_of_rows_they_may_see(
        people: dict[str, Database]) -> None:
    """The volunteer's journal view reads each row's values through a function of the
    owner's: asked for any row, it answers only for rows the volunteer may see."""
    owner = people["owner"]
    # Updates: the journal keeps their values (an insert is kept by its key alone).
    lee = _lee(owner)
    assert lee.id is not None
    edits.save_record(owner, kind="contact", name="Ji-woo Leeqz", record_id=lee.id,
                      values={"position": "Editor"})
    hidden = edits.save_record(owner, kind="contact", name="Ha Hiddenqz",
                               values={"family_name": "Hiddenqz", "position": "Witness",
                                       "sensitivity": Sensitivity.restricted})
    edits.save_record(owner, kind="contact", name="Ha Hiddenqz", record_id=hidden.record_id,
                      values={"position": "Defector"})
    with people["volunteer"].engine.connect() as connection:
        answers = " ".join(str(value) for value, in connection.exec_driver_sql(
            "SELECT coalesce(coalitiondesk_volunteer.journal_change_after(n), '')"
            " || coalesce(coalitiondesk_volunteer.journal_change_before(n), '')"
            " FROM generate_series(1, 5000) AS n"))
        largest = connection.exec_driver_sql("SELECT max(id) FROM journal_change").scalar()
        # The search's function of the owner's leaves the restricted contact out too.
        assert connection.exec_driver_sql(
            "SELECT count(*) FROM coalitiondesk_volunteer.contact_matching('%%hiddenqz%%')"
        ).scalar() == 0
        assert connection.exec_driver_sql(
            "SELECT count(*) FROM coalitiondesk_volunteer.contact_matching('%%leeqz%%')"
        ).scalar() == 1
    assert "Leeqz" in answers
    assert "Hiddenqz" not in answers and SECRET not in answers
    with people["owner"].engine.connect() as connection:
        assert connection.exec_driver_sql(
            "SELECT max(id) FROM journal_change").scalar() > largest
