"""A county or district in an address block: in the destination's place for it (Korea's
district line before the city), else after the street (an English county); absent,
nothing changes."""

from __future__ import annotations

from coalitiondesk.core.geography.addresses import address_lines


def test_a_district_goes_where_the_destination_puts_it() -> None:
    assert address_lines(name_lines=["Kim Ji-hoon"], street="Sejong-daero 175",
                         district="Jung-gu", city="Seoul", postcode="04524",
                         country_code="KR", sender_country_code="DE") == [
        "Kim Ji-hoon", "Sejong-daero 175", "Jung-gu", "Seoul", "04524", "Republic of Korea"]


def test_a_county_the_format_has_no_place_for_follows_the_street() -> None:
    common = {"name_lines": ["Ann Lee"], "street": "1 High Street", "city": "Canterbury",
              "postcode": "CT1 2AA", "country_code": "GB", "sender_country_code": "DE"}
    assert address_lines(**common, district="Kent") == [  # type: ignore[arg-type]
        "Ann Lee", "1 High Street", "Kent", "Canterbury", "CT1 2AA", "United Kingdom"]
    assert address_lines(**common) == [  # type: ignore[arg-type]
        "Ann Lee", "1 High Street", "Canterbury", "CT1 2AA", "United Kingdom"]
