from __future__ import annotations

import itertools

import pycountry
import pytest
from hypothesis import given
from hypothesis import strategies as st

from coalitiondesk.core.geography.countries import (
    BUILTIN_ALIASES,
    CountryInfo,
    country_info,
    is_not_given,
    iso_countries,
    normalize,
    resolve_country,
)
from coalitiondesk.core.geography.regions import M49_REGIONS, REGIONS, SUBREGIONS

# --- iso_countries / country_info -------------------------------------------------


def test_iso_countries_lists_every_iso_entry_once() -> None:
    countries = iso_countries()
    codes = [c.code for c in countries]
    assert len(codes) == 250
    assert set(codes) == {c.alpha_2 for c in pycountry.countries} | {"XK"}
    assert len(set(codes)) == len(codes)


def test_iso_countries_sorted_by_name_ignoring_accents() -> None:
    names = [normalize(c.name) for c in iso_countries()]
    assert names == sorted(names)
    assert iso_countries()[1].code == "AX"  # Åland Islands right after Afghanistan


def test_iso_countries_returns_a_copy() -> None:
    first = iso_countries()
    first.clear()
    assert len(iso_countries()) == 250


def test_country_info() -> None:
    info = country_info("KR")
    assert info == CountryInfo(
        code="KR",
        alpha3="KOR",
        name="South Korea",
        official_name="Korea, Republic of",
        short_form="ROK",
        region="Asia",
        subregion="Eastern Asia",
    )
    assert country_info(" kr ") == info


@pytest.mark.parametrize("code", ["KOR", "XX", "", "  ", "South Korea", "K"])
def test_country_info_unknown(code: str) -> None:
    assert country_info(code) is None


@pytest.mark.parametrize(
    ("code", "name"),
    [
        ("KR", "South Korea"),
        ("KP", "North Korea"),
        ("IR", "Iran"),
        ("BO", "Bolivia"),
        ("RU", "Russia"),
        ("SY", "Syria"),
        ("LA", "Laos"),
        ("VN", "Vietnam"),
        ("TW", "Taiwan"),
        ("TZ", "Tanzania"),
        ("MD", "Moldova"),
        ("VE", "Venezuela"),
        ("PS", "Palestine"),
        ("FM", "Micronesia"),
        ("VA", "Vatican City"),
        ("CZ", "Czechia"),
        ("CD", "DR Congo"),
        ("CG", "Congo"),
        ("US", "United States"),
        ("GB", "United Kingdom"),
        ("JP", "Japan"),
    ],
)
def test_display_names(code: str, name: str) -> None:
    info = country_info(code)
    assert info is not None
    assert info.name == name


def test_no_inverted_iso_names_left() -> None:
    # Commas only survive in names that are genuine lists of islands.
    allowed = {"BQ", "SH"}
    inverted = [c for c in iso_countries() if "," in c.name and c.code not in allowed]
    assert inverted == []


def test_display_names_and_short_forms_are_distinct() -> None:
    countries = iso_countries()
    assert len({c.name for c in countries}) == len(countries)
    assert len({c.short_form for c in countries}) == len(countries)


@pytest.mark.parametrize(
    ("code", "short_form"),
    [
        ("KR", "ROK"),
        ("US", "USA"),
        ("KP", "DPRK"),
        ("GB", "UK"),
        ("JP", "Japan"),
        ("CA", "Canada"),
        ("TH", "Thailand"),
        ("BR", "Brazil"),
        ("BE", "Belgium"),
        ("ID", "Indonesia"),
        ("LA", "Laos"),
    ],
)
def test_short_forms(code: str, short_form: str) -> None:
    info = country_info(code)
    assert info is not None
    assert info.short_form == short_form


def test_official_names() -> None:
    us = country_info("US")
    kp = country_info("KP")
    jp = country_info("JP")
    assert us is not None and us.official_name == "United States of America"
    assert kp is not None and kp.official_name == "Democratic People's Republic of Korea"
    # pycountry has no official name for Japan; fall back to the ISO name.
    assert jp is not None and jp.official_name == "Japan"


# --- regions ----------------------------------------------------------------------


def test_region_table_covers_exactly_the_iso_codes() -> None:
    assert set(M49_REGIONS) == {c.alpha_2 for c in pycountry.countries}


def test_every_country_has_an_allowed_region_and_subregion() -> None:
    region_of_subregion: dict[str, str] = {}
    for info in iso_countries():
        assert info.region in REGIONS, info
        assert info.subregion in SUBREGIONS, info
        # A sub-region never straddles two regions.
        assert region_of_subregion.setdefault(info.subregion, info.region) == info.region


@pytest.mark.parametrize(
    ("code", "region", "subregion"),
    [
        ("KR", "Asia", "Eastern Asia"),
        ("KP", "Asia", "Eastern Asia"),
        ("TH", "Asia", "South-eastern Asia"),
        ("US", "Americas", "Northern America"),
        ("BR", "Americas", "South America"),
        ("BE", "Europe", "Western Europe"),
        ("NL", "Europe", "Western Europe"),
        ("AU", "Oceania", "Australia and New Zealand"),
        ("NG", "Africa", "Western Africa"),
        ("AQ", "Antarctica", "Antarctica"),
    ],
)
def test_region_spot_checks(code: str, region: str, subregion: str) -> None:
    info = country_info(code)
    assert info is not None
    assert (info.region, info.subregion) == (region, subregion)


# --- normalize --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("  The Côte-d'Ivoire! ", "cote divoire"),
        ("U.S.A.", "usa"),
        ("Democratic People’s Republic of Korea", "democratic peoples republic of korea"),
        ("TÜRKIYE", "turkiye"),
        ("Trinidad & Tobago", "trinidad and tobago"),
        ("the", "the"),
        ("Theodora", "theodora"),
        ("", ""),
        ("\t\n ", ""),
    ],
)
def test_normalize(text: str, expected: str) -> None:
    assert normalize(text) == expected


@given(st.text())
def test_normalize_is_idempotent(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once


# --- resolve_country --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("ROK", "KR"),
        ("South Korea", "KR"),
        ("Republic of Korea", "KR"),
        ("Korea", "KR"),
        ("Korea, Republic of", "KR"),
        ("DPRK", "KP"),
        ("North Korea", "KP"),
        ("Democratic People's Republic of Korea", "KP"),
        ("Democratic People’s Republic of Korea", "KP"),
        ("USA", "US"),
        ("United States", "US"),
        ("US", "US"),
        ("United States of America", "US"),
        ("U.S.A.", "US"),
        ("UK", "GB"),
        ("Great Britain", "GB"),
        ("United Kingdom", "GB"),
        ("Burma", "MM"),
        ("Taiwan", "TW"),
        ("East Timor", "TL"),
        ("Timor Leste", "TL"),
        ("Viet Nam", "VN"),
        ("Vietnam", "VN"),
        ("Laos", "LA"),
        ("Lao PDR", "LA"),
        ("Russia", "RU"),
        ("Japan", "JP"),
        ("Canada", "CA"),
        ("Brazil", "BR"),
        ("Thailand", "TH"),
        ("Belgium", "BE"),
        ("Indonesia", "ID"),
        ("Paraguay", "PY"),
        ("Netherlands", "NL"),
        ("The Netherlands", "NL"),
        ("Holland", "NL"),
        ("Côte d'Ivoire", "CI"),
        ("Cote d'Ivoire", "CI"),
        ("Ivory Coast", "CI"),
        ("Türkiye", "TR"),
        ("Turkey", "TR"),
        ("Czech Republic", "CZ"),
        ("Swaziland", "SZ"),
        ("Macedonia", "MK"),
        ("Cape Verde", "CV"),
        ("DR Congo", "CD"),
        ("Congo", "CG"),
        ("St. Lucia", "LC"),
        ("Trinidad & Tobago", "TT"),
        ("KOR", "KR"),
        ("  rok. ", "KR"),
        ("(Japan)", "JP"),
    ],
)
def test_resolve_country(text: str, code: str) -> None:
    assert resolve_country(text) == code


@pytest.mark.parametrize(
    "text",
    [
        "FIDH",
        "LiNK",
        "ILO",
        "ICRC",
        "Investigation Commission on Missing Japanese Probably Related to North Korea",
        "for Paraguay",
        "",
        "   ",
        "...",
        "Atlantis",
        "Kore",
        "Korean",
        "Korea Republic",
        "America",
        "the",
    ],
)
def test_resolve_country_returns_none_rather_than_guessing(text: str) -> None:
    assert resolve_country(text) is None


@pytest.mark.parametrize(("alias", "code"), sorted(BUILTIN_ALIASES.items()))
def test_every_builtin_alias_resolves_to_its_target(alias: str, code: str) -> None:
    assert country_info(code) is not None
    assert resolve_country(alias) == code


def test_extra_aliases_take_part_only_when_given() -> None:
    assert resolve_country("Hanguk") is None
    assert resolve_country("Hanguk", extra_aliases={"Hanguk": "KR"}) == "KR"
    assert resolve_country(" HANGUK ", extra_aliases={"hanguk": "kr"}) == "KR"
    assert resolve_country("Hanguk", extra_aliases={}) is None
    # Still exact matching, never substrings.
    assert resolve_country("Hanguk Ilbo", extra_aliases={"Hanguk": "KR"}) is None


@pytest.mark.parametrize("target", ["XX", "KOR", "", "Korea", "zz"])
def test_extra_alias_to_unknown_code_is_ignored(target: str) -> None:
    assert resolve_country("Hanguk", extra_aliases={"Hanguk": target}) is None


def test_extra_aliases_cannot_redirect_builtin_names() -> None:
    hijack = {"Korea": "KP", "USA": "GB", "JP": "CN", "Japan": "XX"}
    assert resolve_country("Korea", extra_aliases=hijack) == "KR"
    assert resolve_country("USA", extra_aliases=hijack) == "US"
    assert resolve_country("JP", extra_aliases=hijack) == "JP"
    assert resolve_country("Japan", extra_aliases=hijack) == "JP"


def test_contradictory_extra_aliases_resolve_to_nothing() -> None:
    extras = {"Hanguk": "KR", "HANGUK!": "KP", "Nippon": "JP"}
    assert resolve_country("Hanguk", extra_aliases=extras) is None
    assert resolve_country("Nippon", extra_aliases=extras) == "JP"


def test_agreeing_extra_aliases_resolve() -> None:
    extras = {"Hanguk": "KR", "hanguk": "kr"}
    assert resolve_country("Hanguk", extra_aliases=extras) == "KR"


# --- properties -------------------------------------------------------------------

_FIELDS = ("code", "alpha3", "name", "official_name", "short_form")


def _recase(text: str, flips: list[bool]) -> str:
    padded = itertools.chain(flips, itertools.repeat(False))
    pairs = zip(text, padded, strict=False)
    return "".join(char.swapcase() if flip else char for char, flip in pairs)


@given(
    info=st.sampled_from(iso_countries()),
    field=st.sampled_from(_FIELDS),
    flips=st.lists(st.booleans(), max_size=80),
)
def test_every_country_field_resolves_in_any_case(
    info: CountryInfo, field: str, flips: list[bool]
) -> None:
    text = _recase(getattr(info, field), flips)
    # A code in other than capitals is a code only in a column of codes.
    assert resolve_country(text, code_column=field in {"code", "alpha3"}) == info.code


@given(info=st.sampled_from(iso_countries()), field=st.sampled_from(("code", "alpha3")))
def test_every_code_in_capitals_resolves_in_any_column(info: CountryInfo, field: str) -> None:
    # Except "NA", which outside a column of codes means not given, not Namibia.
    expected = None if getattr(info, field) == "NA" else info.code
    assert resolve_country(getattr(info, field)) == expected


@given(
    info=st.sampled_from(iso_countries()),
    field=st.sampled_from(_FIELDS),
    before=st.text(alphabet=" \t\n.,;:!?()[]\"'-–—/*", max_size=5),
    after=st.text(alphabet=" \t\n.,;:!?()[]\"'-–—/*", max_size=5),
)
def test_surrounding_punctuation_is_ignored(
    info: CountryInfo, field: str, before: str, after: str
) -> None:
    text = before + getattr(info, field) + after
    assert resolve_country(text, code_column=field in {"code", "alpha3"}) == info.code


@given(
    text=st.text(),
    extras=st.dictionaries(st.text(max_size=10), st.text(max_size=4), max_size=5),
)
def test_resolve_country_never_raises(text: str, extras: dict[str, str]) -> None:
    result = resolve_country(text, extra_aliases=extras)
    assert result is None or country_info(result) is not None


# --- what partners and other systems write (issue 14) ------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # World Bank
        ("Korea, Rep.", "KR"),
        ("Korea, Dem. People's Rep.", "KP"),
        ("Iran, Islamic Rep.", "IR"),
        ("Congo, Dem. Rep.", "CD"),
        ("Gambia, The", "GM"),
        ("Hong Kong SAR, China", "HK"),
        ("West Bank and Gaza", "PS"),
        # UN, "(the)" last
        ("Republic of Korea (the)", "KR"),
        ("Netherlands (the)", "NL"),
        ("S. Korea", "KR"),
        ("Kosovo", "XK"),
        # CLDR's names in the partners' languages
        ("대한민국", "KR"),
        ("한국", "KR"),
        ("北朝鮮", "KP"),
        ("日本", "JP"),
        ("韓国", "KR"),
        ("大韓民国", "KR"),
        ("中国", "CN"),
        ("Deutschland", "DE"),
        ("España", "ES"),
        ("Brasil", "BR"),
        ("Corée du Sud", "KR"),
        # Codes in capitals are codes anywhere
        ("NO", "NO"),
        ("IT", "IT"),
        ("CAN", "CA"),
    ],
)
def test_resolve_what_other_systems_and_languages_write(text: str, code: str) -> None:
    assert resolve_country(text) == code


@pytest.mark.parametrize("text", ["NA", "N/A", "n/a", "n.a.", "-", "—", "none", "None",
                                  "unknown", "Unknown", "?", "없음", "不明"])
def test_not_given_is_no_country(text: str) -> None:
    assert is_not_given(text)
    assert resolve_country(text) is None


@pytest.mark.parametrize("text", ["and", "can", "no", "it", "kor", "Can", "It"])
def test_a_word_that_is_an_iso_code_is_no_country_outside_a_code_column(text: str) -> None:
    assert resolve_country(text) is None
    assert resolve_country(text, code_column=True) is not None


def test_na_in_a_code_column_is_namibia() -> None:
    assert not is_not_given("NA", code_column=True)
    assert resolve_country("NA", code_column=True) == "NA"
    assert resolve_country("n.a.", code_column=True) is None


def test_kosovo_is_listed_with_its_user_assigned_code() -> None:
    info = country_info("xk")
    assert info is not None and info.name == "Kosovo" and info.region == "Europe"
    assert "XK" in {info.code for info in iso_countries()}
    assert resolve_country("XK") == "XK"


def test_another_language_never_takes_an_english_name() -> None:
    # CLDR names that equal another country's English name or code are left out.
    assert resolve_country("Georgia") == "GE"
    assert resolve_country("Niger") == "NE"
    assert resolve_country("Dominica") == "DM"
