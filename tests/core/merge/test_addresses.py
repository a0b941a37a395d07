"""Address blocks in the destination country's postal order."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from coalitiondesk.core.geography.addresses import (
    address_lines,
    expects_native_script,
    has_postal_address,
    postal_country_name,
)


def test_the_seed_letter_s_addressee_block() -> None:
    position = ("General Secretary of the Workers’ Party of Korea and Chairman of the National "
                "Defence Commission of the Democratic People’s Republic of Korea")
    assert address_lines(
        name_lines=["Kim Jong-il", position], street=None, city="Pyongyang",
        country_code="KP", sender_country_code="KR",
    ) == ["Kim Jong-il", position, "Pyongyang", "Democratic People’s Republic of Korea"]


def test_germany_postcode_before_town_with_its_leading_zero() -> None:
    lines = address_lines(
        name_lines=["Anna Schmidt"], street="Theaterplatz 2", city="Dresden", postcode="01067",
        country_code="DE", sender_country_code="KR")
    assert lines == ["Anna Schmidt", "Theaterplatz 2", "01067 Dresden", "Germany"]


def test_the_country_line_only_on_international_mail() -> None:
    values = dict(name_lines=["Anna Schmidt"], street="Theaterplatz 2", city="Dresden",
                  postcode="01067", country_code="DE")
    assert address_lines(**values, sender_country_code="DE")[-1] == "01067 Dresden"
    assert address_lines(**values, sender_country_code="de")[-1] == "01067 Dresden"
    # Not knowing where the coalition mails from, every letter gets its country.
    assert address_lines(**values, sender_country_code=None)[-1] == "Germany"


def test_united_states_town_state_and_zip_on_one_line() -> None:
    lines = address_lines(
        name_lines=["Sarah Cook"], organization_lines=["Freedom House"],
        street="1850 M Street NW", street2="11th Floor", city="Washington", region="DC",
        postcode="20036", country_code="US", sender_country_code="KR")
    assert lines == ["Sarah Cook", "Freedom House", "1850 M Street NW", "11th Floor",
                     "Washington, DC 20036", "United States"]


def test_postal_capitals_for_envelopes() -> None:
    lines = address_lines(
        name_lines=["Sarah Cook"], street="1850 M Street NW", city="Washington", region="dc",
        postcode="20036", country_code="US", sender_country_code="KR", upper=True)
    assert lines[-2:] == ["WASHINGTON, DC 20036", "UNITED STATES"]


def test_united_kingdom_postcode_on_its_own_line() -> None:
    lines = address_lines(
        name_lines=["Ben Rogers"], street="PO Box 99", city="London", postcode="SW1A 2AA",
        country_code="GB", sender_country_code="GB")
    assert lines == ["Ben Rogers", "PO Box 99", "London", "SW1A 2AA"]


def test_japan_in_latin_letters_keeps_the_town_the_format_folds_into_the_street() -> None:
    lines = address_lines(
        name_lines=["Yamada Taro"], street="1-1 Chiyoda", city="Chiyoda-ku", region="Tokyo",
        postcode="100-8111", country_code="JP", sender_country_code="KR")
    assert lines == ["Yamada Taro", "1-1 Chiyoda", "Chiyoda-ku, Tokyo", "100-8111", "Japan"]


def test_japan_in_its_own_script_large_to_small_with_the_postal_mark() -> None:
    lines = address_lines(
        name_lines=["山田太郎"], street="東京都千代田区千代田1-1", postcode="100-8111",
        country_code="JP", sender_country_code="JP", native=True)
    assert lines == ["〒100-8111", "東京都千代田区千代田1-1", "山田太郎"]


def test_korea_in_hangul_with_the_country_in_english_for_the_sending_post() -> None:
    lines = address_lines(
        name_lines=["하태경"], organization_lines=["자유북한방송"],
        street="서울특별시 영등포구 의사당대로 1", postcode="07233",
        country_code="KR", sender_country_code="JP", native=True)
    assert lines == ["서울특별시 영등포구 의사당대로 1", "자유북한방송", "하태경", "07233",
                     "Republic of Korea"]


def test_empty_fields_leave_no_stray_separators() -> None:
    lines = address_lines(name_lines=["Sarah Cook", ""], street="  ", city="Washington",
                          country_code="US", sender_country_code="US")
    assert lines == ["Sarah Cook", "Washington"]


def test_unknown_destination_prints_everything_typed() -> None:
    lines = address_lines(name_lines=["X"], street="1 Road", city="Town", region="Province",
                          postcode="0001", country_code=None, sender_country_code="KR")
    assert lines == ["X", "1 Road", "Province", "Town", "0001"]


def test_country_names_as_addressed() -> None:
    assert postal_country_name("KR") == "Republic of Korea"
    assert postal_country_name("kp") == "Democratic People’s Republic of Korea"
    assert postal_country_name("CI") == "Côte d’Ivoire"
    assert expects_native_script("KR") and expects_native_script("jp")
    assert not expects_native_script("DE") and not expects_native_script(None)


def test_a_town_alone_is_a_postal_address() -> None:
    assert has_postal_address(street=None, city="Pyongyang")
    assert has_postal_address(street=None, city=None, native_address="서울특별시")
    assert not has_postal_address(street=" ", city="")


@settings(max_examples=150, deadline=None)
@given(
    name=st.text(min_size=1), street=st.text(), city=st.text(),
    postcode=st.from_regex(r"[0-9A-Z][0-9A-Z -]{0,8}[0-9A-Z]", fullmatch=True),
    country=st.sampled_from(["KR", "KP", "JP", "US", "GB", "DE", "FR", "BR", "CN", "", "ZZ"]),
    native=st.booleans(), upper=st.booleans(),
)
def test_any_address_gives_clean_lines_and_keeps_the_postcode(
        name: str, street: str, city: str, postcode: str, country: str, native: bool,
        upper: bool) -> None:
    lines = address_lines(name_lines=[name], street=street, city=city, postcode=postcode,
                          country_code=country or None, sender_country_code="KR",
                          native=native, upper=upper)
    assert all(line and line == line.strip() and "\n" not in line for line in lines)
    # Kept as text, zeros and all; only runs of spaces are closed up.
    assert any(" ".join(postcode.split()) in line for line in lines)
