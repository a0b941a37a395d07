"""The member directory lists contacts' names, e-mail addresses and phones: a volunteer on
a shared server may not take it out of the program, in the Reports tab as on the command
line (no exports of contacts), while a coordinator still gets it. A real server."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import openpyxl
import pytest
import sqlalchemy as sa
from pytestqt.qtbot import QtBot
from window_support import answer_next_dialog

from coalitiondesk.cli import main
from coalitiondesk.core.models import MembershipStatus
from coalitiondesk.core.records import contacts
from coalitiondesk.core.records.organizations import create_organization
from coalitiondesk.core.storage.db import Database, open_database
from coalitiondesk.ui.pages.reports_page import ReportsPage

if TYPE_CHECKING:
    from postgresql_cluster import Cluster

pytestmark = [pytest.mark.postgresql, pytest.mark.usefixtures("fresh_settings")]

PHONE = "+82 2 555 0147"


@pytest.fixture
def people(postgresql_cluster: Cluster, pg_url: str,
           capsys: pytest.CaptureFixture[str]) -> Iterator[dict[str, str]]:
    """A member organization with a contact, and a volunteer's and a coordinator's
    addresses."""
    assert main(["server", "init", pg_url]) == 0
    owner = open_database(pg_url)
    try:
        with owner.operation() as operation:
            kontras = create_organization(session=operation.session, name="Kontras",
                                          membership_status=MembershipStatus.member)
            park = contacts.create_contact(session=operation.session, given_name="Min-jun",
                                           family_name="Parkqr", email="parkqr@example.org",
                                           phone=PHONE)
            assert kontras.id is not None and park.id is not None
            contacts.set_affiliations(session=operation.session, contact_id=park.id,
                                      affiliations=[{"organization_id": kontras.id}])
    finally:
        owner.close()
    name = str(sa.make_url(pg_url).database)
    urls = {}
    for role in ("volunteer", "coordinator"):
        user = f"{role}_{name}"
        capsys.readouterr()
        assert main(["--db", pg_url, "server", "add-user", user, "--role", role]) == 0
        password = capsys.readouterr().out.split("shown once, not kept anywhere): ")[1].split()[0]
        urls[role] = postgresql_cluster.url(name, user=user, password=password)
    yield urls


def test_the_command_refuses_a_volunteer_the_member_directory(
        people: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for suffix in ("xlsx", "pdf"):
        target = tmp_path / f"directory.{suffix}"
        capsys.readouterr()
        assert main(["--db", people["volunteer"], "report", "member-directory",
                     "--out", str(target)]) == 1
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "may not export contacts" in err
        assert not target.exists()
    # Counts name no one: still the volunteer's.
    counts = tmp_path / "counts.xlsx"
    assert main(["--db", people["volunteer"], "report", "members-by-country",
                 "--out", str(counts)]) == 0
    # The coordinator's directory lists the contact.
    target = tmp_path / "directory.xlsx"
    assert main(["--db", people["coordinator"], "report", "member-directory",
                 "--out", str(target)]) == 0
    cells = [cell for row in openpyxl.load_workbook(target).worksheets[0].iter_rows(
        values_only=True) for cell in row]
    assert "parkqr@example.org" in cells


def test_the_reports_tab_refuses_a_volunteer_the_member_directory(
        qtbot: QtBot, people: dict[str, str]) -> None:
    volunteer: Database = open_database(people["volunteer"], create=False)
    try:
        page = ReportsPage(volunteer)
        qtbot.addWidget(page)
        page.resize(1024, 700)
        with qtbot.waitSignal(page.reportShown, timeout=30_000):
            page.show()
        seen: list[str] = []
        answer_next_dialog("OK", seen)
        page.select("member-directory")
        qtbot.waitUntil(lambda: bool(seen) and not page.busy(), timeout=30_000)
        assert len(seen) == 1 and "may not export contacts" in seen[0]
        shown = page.report()
        assert shown is None or shown.title != "Member directory"
        assert not any("Parkqr" in str(cell) for row in (shown.rows if shown else [])
                       for cell in row)
    finally:
        volunteer.close()
