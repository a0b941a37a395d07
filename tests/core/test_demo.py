"""The demo coalition: ICNK's 2011 launch letter to Kim Jong-il, as the seed text records it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from sqlmodel import SQLModel

from coalitiondesk.core.demo import load_demo, load_demo_data
from coalitiondesk.core.geography import names
from coalitiondesk.core.models import (
    ActivityContact,
    ActivityKind,
    ActivityOrganization,
    Affiliation,
    Contact,
    ContactTag,
    Letter,
    MembershipStatus,
    Organization,
    OrganizationTag,
    Recipient,
    Setting,
    Signature,
    SignatureStatus,
    Tag,
)
from coalitiondesk.core.records import activities, contacts, letters, organizations, tags
from coalitiondesk.core.records.organizations import OrganizationFilter
from coalitiondesk.core.storage.db import Database
from coalitiondesk.core.storage.settings import SettingKey, get_setting, set_setting

Count = Callable[[type[SQLModel]], int]

# The 32 signatories as printed under the letter in the seed text
# (shared/seed/000_4e0a3a919fef1e97.txt beside the repository), one per line
# without the bullet: copied here so that the tests do not need the seed.
SEED_SIGNATORIES = Path(__file__).parents[1] / "data" / "seed_signatories.txt"
# Where the seed itself is, beside the repository, when it is there at all.
SEED_FOLDER = Path(__file__).parents[2].parent / "shared" / "seed"

ALL_TABLES: tuple[type[SQLModel], ...] = (
    Organization, Contact, Affiliation, Letter, Signature, Recipient, Tag, OrganizationTag,
    ContactTag, ActivityOrganization, ActivityContact, Setting,
)

LETTER = "Letter to Kim Jong-il"


def seed_signatories() -> list[str]:
    return SEED_SIGNATORIES.read_text(encoding="utf-8").splitlines()


def organization(database: Database, name: str) -> Organization:
    with database.session() as session:
        found = organizations.find_organization(session=session, name=name)
    assert found is not None, name
    return found


def contact(database: Database, search: str) -> Contact:
    with database.session() as session:
        [found] = contacts.list_contacts(
            session=session, filters=contacts.ContactFilter(search=search)
        )
    return found


def affiliated_with(database: Database, person: Contact) -> list[str]:
    assert person.id is not None
    with database.session() as session:
        rows = contacts.affiliations_of(session=session, contact_id=person.id)
    return sorted(row.organization.name for row in rows)


# --- the letter and its signatories --------------------------------------------


def test_seed_data_file_lists_32_signatories() -> None:
    lines = seed_signatories()
    assert len(lines) == 32
    assert all(line == line.strip() and line for line in lines)
    assert lines[0] == "Advocates International Global Council"
    assert lines[-1] == "North Korea Freedom Coalition"


def test_signatory_lines_are_the_seed_letters_list(demo_database: Database) -> None:
    with demo_database.session() as session:
        letter = letters.letter_by_title(session=session, title=LETTER)
        assert letter.id is not None
        lines = letters.signatory_lines(session=session, letter_id=letter.id)

    seed = seed_signatories()
    differences = [(ours, theirs) for ours, theirs in zip(lines, seed, strict=True)
                   if ours != theirs]
    # The only difference: the seed text lost the space between COMJAN's two
    # brackets, where the application writes the country as on every other line.
    assert differences == [(
        "COMJAN (Investigation Commission on Missing Japanese Probably Related to North Korea)"
        " (Japan)",
        "COMJAN (Investigation Commission on Missing Japanese Probably Related to North Korea)"
        "(Japan)",
    )]
    assert lines == [line.replace("North Korea)(Japan)", "North Korea) (Japan)") for line in seed]


def test_seed_data_file_matches_the_seed_when_it_is_there() -> None:
    seed_file = SEED_FOLDER / "000_4e0a3a919fef1e97.txt"
    if not seed_file.is_file():
        pytest.skip(f"the seed text is not at {seed_file}")
    text = seed_file.read_text(encoding="utf-8")
    after_closing = text.split("Yours sincerely,", 1)[1].splitlines()
    bulleted = [line.removeprefix("\uf0a7").strip() for line in after_closing
                if line.startswith("\uf0a7")]
    assert bulleted == seed_signatories()


def test_32_signed_signatures_in_the_letters_order(demo_database: Database) -> None:
    data = load_demo_data()
    [letter_data] = data["letters"]
    keys = {item["key"]: item["name"] for item in data["organizations"]}
    with demo_database.session() as session:
        letter = letters.letter_by_title(session=session, title=LETTER)
        assert letter.id is not None
        rows = letters.signatories(session=session, letter_id=letter.id)
    assert len(rows) == 32
    assert all(row.signature.status == SignatureStatus.signed for row in rows)
    assert [row.signature.position for row in rows] == list(range(1, 33))
    assert [row.organization.name for row in rows] == [
        keys[key] for key in letter_data["signatories"]
    ]
    assert {row.signature.status_date.isoformat() for row in rows  # type: ignore[union-attr]
            } == {letter_data["signed_on"]}


def test_the_letter(demo_database: Database) -> None:
    with demo_database.session() as session:
        letter = letters.letter_by_title(session=session, title=LETTER)
        assert letter.id is not None
        [recipient] = letters.recipients(session=session, letter_id=letter.id)
    assert letter.kind == "open_letter"
    assert letter.status == "sent"
    assert letter.letter_date is not None and letter.letter_date.isoformat() == "2011-09-08"
    assert letter.closing == "Yours sincerely,"
    assert "{{ salutation }}" in letter.body
    assert "International Labour Organization (ILO)" in letter.body
    kim = contact(demo_database, "김정일")
    assert recipient.contact_id == kim.id
    assert recipient.channel == "other"  # published as an open letter


def test_coalition_name_setting(demo_database: Database) -> None:
    with demo_database.session() as session:
        name = get_setting(session=session, key=SettingKey.coalition_name)
    assert name.endswith("(ICNK)")


# --- loading twice --------------------------------------------------------------


def test_loading_the_demo_twice_adds_nothing(demo_database: Database, count: Count) -> None:
    before = {model: count(model) for model in ALL_TABLES}
    with demo_database.transaction() as session:
        summary = load_demo(session=session)
    assert summary.total == 0
    assert {model: count(model) for model in ALL_TABLES} == before


def test_first_load_reports_what_it_added(database: Database, count: Count) -> None:
    data = load_demo_data()
    with database.transaction() as session:
        summary = load_demo(session=session)
    assert summary.added == {
        "organizations": len(data["organizations"]),
        "contacts": len(data["contacts"]),
        "letters": len(data["letters"]),
        "activities": len(data["activities"]),
    }
    assert count(Organization) == len(data["organizations"])
    assert count(Contact) == len(data["contacts"])


def test_demo_keeps_a_coalition_name_already_set(database: Database) -> None:
    with database.transaction() as session:
        set_setting(session=session, key=SettingKey.coalition_name, value="Our Coalition")
        load_demo(session=session)
    with database.session() as session:
        assert get_setting(session=session, key=SettingKey.coalition_name) == "Our Coalition"


# --- contacts -------------------------------------------------------------------


def test_ha_tae_kyung(demo_database: Database) -> None:
    ha = contact(demo_database, "하태경")
    assert ha.family_name_first is True
    assert ha.native_name == "하태경"
    assert names.full_name(ha) == "Ha Tae Kyung"
    assert names.salutation(ha) == "Dear Mr Ha,"
    assert affiliated_with(demo_database, ha) == ["Open Radio for North Korea"]
    assert contact(demo_database, "태경").id == ha.id
    assert contact(demo_database, "Ha Tae Kyung").id == ha.id


def test_christopher_green(demo_database: Database) -> None:
    green = contact(demo_database, "Christopher Green")
    assert green.social_handle is not None and "@Dest_Pyongyang" in green.social_handle
    assert names.full_name(green) == "Christopher Green"
    assert affiliated_with(demo_database, green) == ["Daily NK", "Leiden University"]
    assert contact(demo_database, "@Dest_Pyongyang").id == green.id


def test_kim_jong_il(demo_database: Database) -> None:
    kim = contact(demo_database, "김정일")
    assert names.full_name(kim) == "Kim Jong-il"
    assert names.salutation(kim) == "Dear Chairman Kim Jong-il,"
    assert kim.address_country_code == "KP"
    assert kim.city == "Pyongyang"
    assert kim.position is not None and "National Defence Commission" in kim.position


def test_phil_robertson(demo_database: Database) -> None:
    phil = contact(demo_database, "Phil Robertson")
    assert names.full_name(phil) == "Phil Robertson"
    assert names.salutation(phil) == "Dear Mr Robertson,"
    assert affiliated_with(demo_database, phil) == ["Human Rights Watch"]


# --- organizations --------------------------------------------------------------


@pytest.mark.parametrize(
    "name", ["FIDH", "Amnesty International", "Human Rights Watch", "ICRC", "WFP", "ILO"]
)
def test_international_organizations_have_no_country(demo_database: Database, name: str) -> None:
    assert organization(demo_database, name).country_code is None


def test_international_filter_on_the_demo(demo_database: Database) -> None:
    data = load_demo_data()
    expected = sorted(item["name"] for item in data["organizations"] if not item["country_code"])
    with demo_database.session() as session:
        found = organizations.list_organizations(
            session=session, filters=OrganizationFilter(international=True)
        )
    assert sorted(o.name for o in found) == expected
    assert "International Federation for Human Rights" in expected


@pytest.mark.parametrize(
    "name", ["UN Special Rapporteur for Human Rights in the DPRK", "ICRC", "WFP", "ILO"]
)
def test_bodies_named_in_the_letter_are_not_members(demo_database: Database, name: str) -> None:
    found = organization(demo_database, name)
    assert found.membership_status == MembershipStatus.non_member
    assert found.id is not None
    with demo_database.session() as session:
        assert tags.organization_tags(session=session, organization_id=found.id) == [
            "named in the letter",
        ]


def test_members_are_the_signatories_and_open_radio(demo_database: Database) -> None:
    data = load_demo_data()
    [letter_data] = data["letters"]
    with demo_database.session() as session:
        members = organizations.count_organizations(
            session=session, filters=OrganizationFilter(membership_status=MembershipStatus.member)
        )
        founding = organizations.count_organizations(
            session=session, filters=OrganizationFilter(tag="ICNK founding member")
        )
    # Open Radio for North Korea is a member that does not appear under the letter.
    assert members == founding == len(letter_data["signatories"]) + 1


# --- activities -----------------------------------------------------------------


def test_tokyo_conference_and_press_release(demo_database: Database) -> None:
    with demo_database.session() as session:
        logged = activities.list_activities(session=session)
        ornk = organizations.find_organization(session=session, name="Open Radio for North Korea")
        assert ornk is not None
        for_ornk = activities.list_activities(session=session, organization_id=ornk.id)
    by_kind = {activity.kind: activity for activity in logged}
    conference = by_kind[ActivityKind.conference]
    press = by_kind[ActivityKind.press_release]
    sent = by_kind[ActivityKind.letter_sent]
    assert "Tokyo" in conference.subject
    assert conference.activity_date.isoformat() == "2011-09-07"
    assert press.activity_date.isoformat() == "2011-09-08"
    assert press.notes is not None and "Commission of Inquiry" in press.notes
    assert sent.letter_id is not None
    assert {activity.id for activity in for_ornk} == {conference.id, press.id}

    ha = contact(demo_database, "하태경")
    phil = contact(demo_database, "Phil Robertson")
    for person in (ha, phil):
        with demo_database.session() as session:
            theirs = activities.list_activities(session=session, contact_id=person.id)
        assert [activity.id for activity in theirs] == [press.id]
