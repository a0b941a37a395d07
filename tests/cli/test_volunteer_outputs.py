"""What a volunteer gets out of a shared server: exports leave out the private columns
the server withholds from them (never a blank column that reads as "no value"), and
mailings say which contacts' home addresses they may not read before anything is
written. A real server, real users in the two roles, real files read back."""

from __future__ import annotations

from collections.abc import Iterator
from email import message_from_bytes, policy
from pathlib import Path
from typing import TYPE_CHECKING

import openpyxl
import pytest
import sqlalchemy as sa
from pypdf import PdfReader

from coalitiondesk.cli import main
from coalitiondesk.core.merge.recipients import add_recipients
from coalitiondesk.core.models import Organization
from coalitiondesk.core.records import contacts, custom_fields, edits
from coalitiondesk.core.records.letters import add_signature, create_letter
from coalitiondesk.core.records.organizations import create_organization
from coalitiondesk.core.storage.db import Database, open_database

if TYPE_CHECKING:
    from postgresql_cluster import Cluster

pytestmark = pytest.mark.postgresql

SECRET = "Safehousezq"


@pytest.fixture
def server(postgresql_cluster: Cluster, pg_url: str, capsys: pytest.CaptureFixture[str]
           ) -> Iterator[dict[str, Database]]:
    """`server init`, an organization with a private note and a value of the
    coordinator's own field, and a volunteer's and a coordinator's connections."""
    assert main(["server", "init", pg_url]) == 0
    owner = open_database(pg_url)
    budget = custom_fields.add_field(owner, record_kind="organization", label="Budget code")
    saved = edits.save_record(owner, kind="organization", name="Kontras",
                              values={"name": "Kontras", "notes": f"Funds the {SECRET}"})
    assert budget.id is not None
    with owner.operation() as operation:
        kontras = operation.session.get(Organization, saved.record_id)
        assert kontras is not None
        custom_fields.set_custom_values(session=operation.session, record=kontras,
                                        values={budget.id: f"{SECRET}-7"})
    name = sa.make_url(pg_url).database
    opened = {"owner": owner}
    for role in ("volunteer", "coordinator"):
        user = f"{role}_{name}"
        capsys.readouterr()
        assert main(["--db", pg_url, "server", "add-user", user, "--role", role]) == 0
        [line] = [line for line in capsys.readouterr().out.splitlines()
                  if line.startswith("One-time password")]
        opened[role] = open_database(postgresql_cluster.url(
            str(name), user=user, password=line.rsplit(" ", 1)[1]))
    try:
        yield opened
    finally:
        for database in opened.values():
            database.close()


def _url(database: Database) -> str:
    return database.url.render_as_string(hide_password=False)


def _sheets(path: Path) -> tuple[list[tuple[object, ...]], dict[object, object]]:
    book = openpyxl.load_workbook(path)
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    about = {row[0]: row[1] for row in book["About this export"].iter_rows(values_only=True)}
    return rows, about


def test_a_volunteers_export_leaves_the_withheld_columns_out_and_says_so_once(
        server: dict[str, Database], tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "organizations.xlsx"
    capsys.readouterr()
    assert main(["--db", _url(server["volunteer"]), "export", "--kind", "organizations",
                 "--profile", "Full", str(target)]) == 0
    out = capsys.readouterr().out
    assert out.count("Private fields left out") == 1
    assert "Private fields left out (a volunteer may not read them): Notes, Budget code." in out
    rows, about = _sheets(target)
    headers = rows[0]
    assert "Name" in headers and "ID" in headers
    assert "Notes" not in headers and "Budget code" not in headers
    assert [row[headers.index("Name")] for row in rows[1:]] == ["Kontras"]
    assert "Notes, Budget code" in str(about["Private columns withheld"])
    assert "Notes" not in str(about["Private columns left out"])

    # The coordinator's Full export has both columns, with their values.
    full = tmp_path / "full.xlsx"
    assert main(["--db", _url(server["coordinator"]), "export", "--kind", "organizations",
                 "--profile", "Full", str(full)]) == 0
    assert "Private fields left out" not in capsys.readouterr().out
    rows, about = _sheets(full)
    assert {"Notes", "Budget code"} <= set(rows[0])
    assert f"Funds the {SECRET}" in rows[1]
    assert "Private columns withheld" not in about


def test_a_volunteers_signatories_leave_out_the_organizations_notes(
        server: dict[str, Database], tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    with server["owner"].operation() as operation:
        statement = create_letter(session=operation.session, title="Joint statement")
        kontras = operation.session.exec(sa.select(Organization.id)).scalar_one()
        assert statement.id is not None
        add_signature(session=operation.session, letter_id=statement.id,
                      organization_id=kontras)
    target = tmp_path / "signatories.xlsx"
    capsys.readouterr()
    assert main(["--db", _url(server["volunteer"]), "export", "--letter", "Joint statement",
                 "--profile", "Full", str(target)]) == 0
    assert "Private fields left out (a volunteer may not read them): Notes." in (
        capsys.readouterr().out)
    rows, _about = _sheets(target)
    assert "Organization" in rows[0] and "Notes" not in rows[0]
    assert rows[1][rows[0].index("Organization")] == "Kontras"


def test_a_volunteers_export_of_only_withheld_columns_is_one_line_and_no_file(
        server: dict[str, Database], tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "notes.csv"
    capsys.readouterr()
    assert main(["--db", _url(server["volunteer"]), "export", "--kind", "organizations",
                 "--columns", "notes", str(target)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Notes: private fields a volunteer may not read" in err
    assert not target.exists()


TITLE = "Appeal on detentions"


@pytest.fixture
def letter(server: dict[str, Database]) -> dict[str, Database]:
    """A letter whose body places the address, to two contacts with home addresses: one
    working at an organization with an address, one with none."""
    with server["owner"].operation() as operation:
        session = operation.session
        forum = create_organization(session=session, name="Asia Forumqz",
                                    street="12 Ratchadamnoen Road", city="Bangkok",
                                    postcode="10200", address_country_code="TH",
                                    country_code="TH")
        lee = contacts.create_contact(
            session=session, given_name="Ji-woo", family_name="Leeqz",
            email="jiwoo@example.org", street=f"12 {SECRET} road", city="Ansan",
            postcode="15234", address_country_code="KR")
        han = contacts.create_contact(
            session=session, given_name="Na-ra", family_name="Hanqz",
            email="nara@example.org", street=f"8 {SECRET} lane", city="Suwon",
            postcode="16489", address_country_code="KR")
        assert lee.id is not None and han.id is not None
        contacts.set_affiliations(session=session, contact_id=lee.id,
                                  affiliations=[{"organization_id": forum.id,
                                                 "role": "Researcher"}])
        appeal = create_letter(session=session, title=TITLE,
                               body="<p>{{ address_block }}</p><p>{{ salutation }}</p>")
        assert appeal.id is not None
        add_recipients(session=session, letter_id=appeal.id, contact_ids=[lee.id, han.id])
    return server


def _text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


@pytest.mark.parametrize("output", [(), ("--labels", "L7163"), ("--envelopes", "DL")])
def test_a_volunteers_mailing_stops_naming_whose_home_address_is_withheld(
        letter: dict[str, Database], tmp_path: Path, output: tuple[str, ...],
        capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "letters.pdf"
    url = _url(letter["volunteer"])
    capsys.readouterr()
    assert main(["--db", url, "merge", TITLE, *output, "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert ("2 recipients with a home address a volunteer may not read: Ji-woo Leeqz "
            "(organization: Asia Forumqz), Na-ra Hanqz (no organization address)") in err
    assert "--organization-address" in err and "nothing was written" in err
    assert not out.exists()

    # Asked for: the organization's address, said on stderr; the other is skipped, named.
    assert main(["--db", url, "merge", TITLE, *output, "--organization-address",
                 "--out", str(out)]) == 0
    done = capsys.readouterr()
    assert ("written to at their organization's address (home address withheld from a "
            "volunteer): Ji-woo Leeqz (Asia Forumqz)") in done.err
    assert "Na-ra Hanqz (home address withheld from a volunteer)" in done.out
    text = _text(out)
    assert "Ratchadamnoen" in text and "Ji-woo" in text
    assert "Na-ra" not in text and SECRET not in text

    out.unlink()
    assert main(["--db", url, "merge", TITLE, *output, "--skip-withheld-addresses",
                 "--out", str(out)]) == 1
    # Both left out: nothing to print is one line too.
    assert capsys.readouterr().err.count("\n") == 1
    assert not out.exists()

    # The coordinator's mailing goes to the home addresses, unasked.
    assert main(["--db", _url(letter["coordinator"]), "merge", TITLE, *output,
                 "--out", str(out)]) == 0
    assert capsys.readouterr().err == ""
    text = _text(out)
    assert f"12 {SECRET} road" in text and f"8 {SECRET} lane" in text


def test_a_volunteers_e_mail_merge_that_shows_the_address_stops_the_same_way(
        letter: dict[str, Database], tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "mail"
    url = _url(letter["volunteer"])
    email = ["--db", url, "merge", TITLE, "--email", "--dry-run", "--out", str(folder),
             "--from", "desk@coalition.example"]
    capsys.readouterr()
    assert main(email) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Ji-woo Leeqz (organization: Asia Forumqz)" in err
    assert "nothing was written" in err
    assert not folder.exists() or not any(folder.iterdir())

    assert main([*email, "--skip-withheld-addresses"]) == 0
    done = capsys.readouterr().out
    assert "Wrote 0 .eml files" in done
    assert "Ji-woo Leeqz (home address withheld from a volunteer)" in done

    assert main([*email, "--organization-address"]) == 0
    [eml] = folder.glob("*.eml")
    message = message_from_bytes(eml.read_bytes(), policy=policy.default)
    body = message.get_body(("plain",))
    assert body is not None and "Ratchadamnoen" in body.get_content()
    assert message["To"].addresses[0].addr_spec == "jiwoo@example.org"
