"""Each report's numbers, counted again from the demo coalition's own data."""

from __future__ import annotations

from collections import Counter
from datetime import date

from coalitiondesk.core.demo import load_demo_data
from coalitiondesk.core.models import Country
from coalitiondesk.core.records import membership, organizations
from coalitiondesk.core.reports import INTERNATIONAL, REPORTS, make_report
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
    assert report.rows == [
        ("2011-09", len(MEMBERS), len(MEMBERS), 0),
        ("2011-10", len(MEMBERS), 0, 0),
        ("2011-11", len(MEMBERS) - 1, 0, 1),
        ("2011-12", len(MEMBERS) - 1, 0, 0),
        ("2012-01", len(MEMBERS) - 1, 0, 0),
    ]


def test_letters_with_signatories_countries_and_responses(demo_database: Database) -> None:
    with demo_database.session() as session:
        report = make_report(session=session, name="letters")
    expected = []
    for letter in DATA["letters"]:
        countries = {BY_KEY[key].get("country_code") for key in letter["signatories"]}
        expected.append((letter["title"], date.fromisoformat(letter["letter_date"]),
                         letter["status"], len(letter["signatories"]),
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
        assert sum(report.column(kind.replace("_", " ").capitalize())) == number


def test_every_report_works_on_an_empty_database(database: Database) -> None:
    with database.session() as session:
        for name in REPORTS:
            report = make_report(session=session, name=name)
            assert report.rows == [], name
