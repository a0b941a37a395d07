"""Each report's numbers, counted again from the demo coalition's own data."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

from openpyxl import load_workbook

from coalitiondesk.core.demo import load_demo_data
from coalitiondesk.core.exporting.labels import value_label
from coalitiondesk.core.models import ActivityKind, Country, LetterStatus
from coalitiondesk.core.records import contacts, membership, organizations
from coalitiondesk.core.reports import INTERNATIONAL, REPORTS, Chart, Report, make_report, save_xlsx
from coalitiondesk.core.storage.db import Database

DATA = load_demo_data()
MEMBERS = [item for item in DATA["organizations"]
           if item.get("membership_status", "member") == "member"]
BY_KEY = {item["key"]: item for item in DATA["organizations"]}


def country_of(database: Database, code: str | None, attribute: str) -> str:
    if code is None:
        return INTERNATIONAL
    with database.session() as session:
        country = session.get(Country, code)
        assert country is not None
        return str(getattr(country, attribute))


def test_members_by_country_and_by_region(demo_database: Database) -> None:
    by_country = Counter(country_of(demo_database, item.get("country_code"), "name")
                         for item in MEMBERS)
    by_region = Counter(country_of(demo_database, item.get("country_code"), "region")
                        for item in MEMBERS)
    with demo_database.session() as session:
        countries = make_report(session=session, name="members-by-country")
        regions = make_report(session=session, name="members-by-region")
    assert dict(countries.rows) == by_country
    assert dict(regions.rows) == by_region
    assert countries.column("Members") == sorted(countries.column("Members"), reverse=True)
    assert sum(regions.column("Members")) == len(MEMBERS)


def test_membership_over_time_follows_the_history(demo_database: Database) -> None:
    with demo_database.transaction() as session:
        freedom = organizations.find_organization(session=session, name="Freedom House")
        assert freedom is not None and freedom.id is not None
        membership.set_membership_status(session=session, organization_id=freedom.id,
                                         status="former", changed_on=date(2011, 11, 20))
    with demo_database.session() as session:
        report = make_report(session=session, name="membership-over-time",
                             today=date(2012, 1, 15))
    # Months in which no one joined or left are one row.
    assert report.rows == [
        ("2011-09", len(MEMBERS), len(MEMBERS), 0),
        ("2011-10", len(MEMBERS), 0, 0),
        ("2011-11", len(MEMBERS) - 1, 0, 1),
        ("2011-12 – 2012-01", len(MEMBERS) - 1, 0, 0),
    ]
    assert report.as_of == date(2012, 1, 15) and report.made_at is not None
    assert report.dates().startswith("As of 2012-01-15; made ")


def test_letters_with_signatories_countries_and_responses(demo_database: Database) -> None:
    with demo_database.session() as session:
        report = make_report(session=session, name="letters")
    expected = []
    for letter in DATA["letters"]:
        countries = {BY_KEY[key].get("country_code") for key in letter["signatories"]}
        expected.append((letter["title"], date.fromisoformat(letter["letter_date"]),
                         value_label(LetterStatus, letter["status"]),
                         len(letter["signatories"]),
                         len(countries - {None}), len(letter["recipients"]), 0,
                         len(letter["recipients"])))
    assert report.rows == expected


def test_activities_per_month(demo_database: Database) -> None:
    months = Counter(item["activity_date"][:7] for item in DATA["activities"])
    kinds = Counter(item["kind"] for item in DATA["activities"])
    with demo_database.session() as session:
        report = make_report(session=session, name="activities-per-month")
    assert dict(zip(report.column("Month"), report.column("Activities"), strict=True)) == months
    for kind, number in kinds.items():
        assert sum(report.column(value_label(ActivityKind, kind) or kind)) == number
    assert "Letter sent" in report.headers and "Letter_sent" not in report.headers


def test_every_report_works_on_an_empty_database(database: Database) -> None:
    with database.session() as session:
        for name in REPORTS:
            report = make_report(session=session, name=name)
            assert report.rows == [], name


def test_letter_statuses_are_labels(demo_database: Database) -> None:
    with demo_database.session() as session:
        report = make_report(session=session, name="letters")
    assert set(report.column("Status")) <= {"Draft", "Collecting signatures", "Sent", "Closed"}


def test_a_chart_shows_every_row_or_the_top_and_the_others() -> None:
    rows: list[tuple[object, ...]] = [(f"Country {n:02}", 40 - n) for n in range(30)]
    report = Report("Members by country", ("Country", "Members"), rows, chart=Chart(0, (1,)))
    assert report.chart_points() == [(name, value) for name, value in rows]
    top = report.chart_points(top=10)
    assert top[:9] == [(name, value) for name, value in rows[:9]]
    assert top[9] == ("Others (21)", sum(value for _, value in rows[9:]))  # type: ignore[misc]
    assert sum(value for _, value in top) == sum(value for _, value in report.chart_points())


def test_the_about_sheet_speaks_of_a_report(demo_database: Database, tmp_path: Path) -> None:
    with demo_database.session() as session:
        report = make_report(session=session, name="members-by-country",
                             today=date(2020, 5, 1))
    target = save_xlsx(report=report, target=tmp_path / "members.xlsx")
    # No print area: the chart beside the table prints with it.
    assert not load_workbook(target).worksheets[0].print_area
    about = {row[0]: row[1] for row in load_workbook(target)["About this export"].iter_rows(
        min_row=3, values_only=True) if row and row[0]}
    assert about["Report"] == "Members by country"
    assert about["As of"].date() == date(2020, 5, 1)
    assert "Restricted" not in " ".join(str(value) for value in about.values())


def test_member_directory_by_country_without_restricted_contacts(
        demo_database: Database) -> None:
    with demo_database.transaction() as session:
        member = next(organization for organization in organizations.list_organizations(
            session=session) if organization.membership_status == "member")
        hidden = contacts.create_contact(session=session, given_name="Eun-ji",
                                         family_name="Yoon", sensitivity="restricted")
        shown = contacts.create_contact(session=session, given_name="Min-su",
                                        family_name="Park", position="Director")
        for person in (hidden, shown):
            assert person.id is not None and member.id is not None
            contacts.add_affiliation(session=session, contact_id=person.id,
                                     organization_id=member.id)
    with demo_database.session() as session:
        report = make_report(session=session, name="member-directory")
        everyone = make_report(session=session, name="member-directory",
                               include_restricted=True)
    names = set(report.column("Contact"))
    assert "Min-su Park" in names and "Eun-ji Yoon" not in names
    assert "Eun-ji Yoon" in set(everyone.column("Contact"))
    assert {row[1] for row in report.rows} == {item["name"] for item in MEMBERS}
    assert report.personal_data is not None and "1 restricted contact" in report.personal_data
