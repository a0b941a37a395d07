"""Column guesses from headers, and finding rows' records among those stored."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from coalitiondesk.core.importing import (
    Action,
    ImportKind,
    guess_mapping,
    kind_for,
    prepare_import,
    run_to_end,
)
from coalitiondesk.core.importing.dedupe import MatchKind, contact_index, match_drafts
from coalitiondesk.core.importing.drafts import make_drafts
from coalitiondesk.core.importing.mapping import remember_mapping, remembered_mapping
from coalitiondesk.core.importing.readers import build_table
from coalitiondesk.core.records import contacts
from coalitiondesk.core.storage.db import Database

IMPORT = Path(__file__).resolve().parents[2] / "data" / "import"


def table_of(*rows: list[object]):  # type: ignore[no-untyped-def]
    return build_table([list(row) for row in rows], name="test")


def test_headers_people_write_are_understood() -> None:
    table = table_of(["Organization", "Nation", "E-Mail", "Tel.", "ZIP", "Street", "Town",
                      "Status", "Tags", "Tag 2", "Remarks", "Favourite colour"],
                     ["Kontras", "Indonesia", "a@b.org", "1", "10320", "Jl. 1", "Jakarta",
                      "member", "x", "y", "z", "blue"])
    assert kind_for(table) is ImportKind.organizations
    assert guess_mapping(table, ImportKind.organizations) == [
        "name", "country_code", "email", "phone", "postcode", "street", "city",
        "membership_status", "tags", "tags", "notes", None]


def test_contact_headers_make_a_contact_list() -> None:
    table = table_of(["First name", "Surname", "Position", "Organisation", "Country"],
                     ["Phil", "Robertson", "Deputy director", "Human Rights Watch", "Thailand"])
    assert kind_for(table) is ImportKind.contacts
    assert guess_mapping(table, ImportKind.contacts) == [
        "given_name", "family_name", "position", "organization", "address_country_code"]


def test_values_decide_doubtful_columns() -> None:
    signatures = table_of(["No.", "ID", "Organization", "Status"],
                          [1, "7", "Kontras", "signed"], [2, "8", "No Fence", "declined"])
    assert guess_mapping(signatures, ImportKind.organizations) == [None, None, "name", None]
    ours = table_of(["ID", "Name"], ["6cc306c7-6009-527d-9932-6b53d7b46087", "Kontras"])
    assert guess_mapping(ours, ImportKind.organizations) == ["uuid", "name"]
    printed = table_of(["Organisation"], ["Kontras (Indonesia)"], ["No Fence (Japan)"],
                       ["Human Rights Watch"])
    assert guess_mapping(printed, ImportKind.organizations) == ["signatory_line"]


def test_a_mostly_invalid_column_keeps_its_header_and_its_bad_rows_are_rejected(
        database: Database) -> None:
    # Three of four e-mail addresses, countries and dates do not convert: the columns
    # were unmapped, and the one good value of each was lost with "errors 0".
    table = table_of(["Name", "Email", "Country", "Joined"],
                     ["Good Group", "office@good.example", "Japan", "2019-04-01"],
                     ["Bad One", "not an address", "Narnia", "someday"],
                     ["Bad Two", "n/a at all", "Atlantis", "soon"],
                     ["Bad Three", "ask Kim", "Lemuria", "later"])
    mapping = guess_mapping(table, ImportKind.organizations)
    assert mapping == ["name", "email", "country_code", "joined_on"]
    plan = run_to_end(prepare_import(database=database, table=table,
                                     kind=ImportKind.organizations, mapping=mapping))
    assert plan.counts()[Action.create] == 1
    assert plan.counts()[Action.error] == 3
    good = plan.rows[0].draft.values
    assert (good["email"], good["country_code"], good["joined_on"]) == (
        "office@good.example", "JP", date(2019, 4, 1))
    problems = "; ".join(plan.rows[1].problems)
    assert "not an address" in problems and "Narnia" in problems and "someday" in problems


def test_a_mapping_is_remembered_for_the_same_headers(database: Database) -> None:
    headers = ["Org", "Land", "Mail"]
    with database.transaction() as session:
        remember_mapping(session=session, kind=ImportKind.organizations, headers=headers,
                         mapping=["name", "country_code", "email"])
    with database.session() as session:
        assert remembered_mapping(session=session, kind=ImportKind.organizations,
                                  headers=["ORG", "land", "mail"]) == [
            "name", "country_code", "email"]
        assert remembered_mapping(session=session, kind=ImportKind.contacts,
                                  headers=headers) is None


def test_contacts_match_by_email_then_name_and_close_names_are_candidates(
        database: Database) -> None:
    with database.transaction() as session:
        for given, family, email in [("Phil", "Robertson", "phil@hrw.example"),
                                     ("Tae Kyung", "Ha", None),
                                     ("Ji-hoon", "Kim", "one@example.kr"),
                                     ("Ji-hoon", "Kim", "two@example.kr")]:
            contacts.create_contact(session=session, given_name=given, family_name=family,
                                    email=email)
    table = table_of(
        ["Given name", "Family name", "Email"],
        ["P.", "Roberts", "phil@hrw.example"],    # same e-mail address
        ["Tae Kyung", "Ha", "tk@example.kr"],     # same name, no contradicting address
        ["Ji-hoon", "Kim", None],                 # two people of that name
        ["Phill", "Robertsen", None],             # close
        ["Somchai", "Srisuk", None],              # nobody like that
    )
    with database.session() as session:
        drafts = make_drafts(session=session, table=table, kind=ImportKind.contacts,
                             mapping=["given_name", "family_name", "email"])
        matches = match_drafts(drafts, contact_index(session))
    assert [match.kind for match in matches] == [
        MatchKind.same, MatchKind.same, MatchKind.possible, MatchKind.possible, MatchKind.none]
    assert matches[0].reason == "same e-mail address"
    assert len(matches[2].candidates) == 2
    assert matches[3].candidates[0].label == "Phil Robertson <phil@hrw.example>"
    assert 88 <= matches[3].candidates[0].score < 100
