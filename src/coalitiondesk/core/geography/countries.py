"""ISO 3166-1 countries: display names, UN regions and strict free-text resolution.

Member organisations, letters and imports refer to countries in whatever way
people write them ("ROK", "the Netherlands", "Korea, Rep.", "대한민국").
resolve_country maps such text to an alpha-2 code by exact lookup after
normalisation only: ISO's names and codes, World Bank and UN forms, and the
country names of Unicode's CLDR (through Babel) in the partners' languages.
It deliberately never guesses: pycountry's fuzzy search, for instance, maps
"ROK" to Czechia, and a wrong country on a signatory line is worse than asking
the user. For the same reason "n.a." or "NA" in a country column means no
country (is_not_given), not Namibia, and a lower-case word that happens to be
an ISO code ("and", "no", "it") is a country only in a column of codes.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from types import MappingProxyType
from typing import Final

import pycountry
from babel import Locale

from coalitiondesk.core.geography.regions import M49_REGIONS


@dataclass(frozen=True)
class CountryInfo:
    code: str
    """ISO 3166-1 alpha-2, e.g. "KR"."""
    alpha3: str
    name: str
    """Clean English name for display, e.g. "South Korea"."""
    official_name: str
    short_form: str
    """Form used on letters' signatory lines, e.g. "ROK"; else the display name."""
    region: str
    """UN M49 region (Africa, Americas, Asia, Europe, Oceania, Antarctica)."""
    subregion: str
    """UN M49 sub-region, e.g. "Eastern Asia"."""


# ISO's own names put the distinguishing word last ("Korea, Republic of") and
# pycountry's common_name only fixes some of them; these are the rest, plus a
# few whose ISO form is not what anyone writes in a letter.
_DISPLAY_NAMES: Final[Mapping[str, str]] = MappingProxyType(
    {
        "BN": "Brunei",
        "CD": "DR Congo",
        "FM": "Micronesia",
        "MF": "Saint Martin",
        "PS": "Palestine",
        "RU": "Russia",
        "SX": "Sint Maarten",
        "VA": "Vatican City",
        "VG": "British Virgin Islands",
        "VI": "U.S. Virgin Islands",
    }
)

# Kosovo is not in ISO 3166-1 but the World Bank, the EU and CLDR give it the
# user-assigned code XK, and partners' lists name it: it is listed with ISO's
# countries (the country table has it, so records can refer to it).
_KOSOVO: Final = CountryInfo(code="XK", alpha3="XKX", name="Kosovo",
                             official_name="Republic of Kosovo", short_form="Kosovo",
                             region="Europe", subregion="Southern Europe")

# Conventional abbreviations on signatory lines; everything else is signed
# with the display name.
_SHORT_FORMS: Final[Mapping[str, str]] = MappingProxyType(
    {
        "GB": "UK",
        "KP": "DPRK",
        "KR": "ROK",
        "US": "USA",
    }
)

# Names people actually write that ISO/pycountry do not carry. Texts that name
# a continent, a part of a country or a disputed claim ("America", "England",
# "Republic of China") are left out so that resolve_country returns None rather
# than a guess. Bare "Korea" is the exception: in the coalition's documents it
# means the Republic of Korea, as it does in that country's own usage.
BUILTIN_ALIASES: Final[Mapping[str, str]] = MappingProxyType(
    {
        "ROK": "KR",
        "Republic of Korea": "KR",
        "Korea": "KR",
        "DPRK": "KP",
        "DPR Korea": "KP",
        "USA": "US",
        "UK": "GB",
        "Great Britain": "GB",
        "Britain": "GB",
        "UAE": "AE",
        "Burma": "MM",
        "East Timor": "TL",
        "Lao PDR": "LA",
        "Holland": "NL",
        "Ivory Coast": "CI",
        "Turkey": "TR",
        "Republic of Turkey": "TR",
        "Czech Republic": "CZ",
        "Swaziland": "SZ",
        "Macedonia": "MK",
        "Republic of Macedonia": "MK",
        "Former Yugoslav Republic of Macedonia": "MK",
        "FYROM": "MK",
        "Cape Verde": "CV",
        "DRC": "CD",
        "Democratic Republic of the Congo": "CD",
        "Congo-Kinshasa": "CD",
        "Zaire": "CD",
        "Congo-Brazzaville": "CG",
        "Holy See": "VA",
        "Vatican": "VA",
        "Falkland Islands": "FK",
        "Republic of Ireland": "IE",
        "Macau": "MO",
        "Hong Kong SAR": "HK",
        "Macao SAR": "MO",
        "S. Korea": "KR",
        "N. Korea": "KP",
        "West Bank and Gaza": "PS",
        "Kosovo": "XK",
        # Korean's everyday name for the Republic of Korea (CLDR has the formal 대한민국).
        "한국": "KR",
        # The official names in Han characters, as Japanese (and Chinese) writes them;
        # CLDR has the everyday 韓国 and 北朝鮮.
        "大韓民国": "KR",
        "朝鮮民主主義人民共和国": "KP",
        # The World Bank's names, which put the distinguishing words last, abbreviated.
        "Korea, Rep.": "KR",
        "Korea, Dem. People's Rep.": "KP",
        "Korea, Dem. Rep.": "KP",
        "Iran, Islamic Rep.": "IR",
        "Congo, Dem. Rep.": "CD",
        "Congo, Rep.": "CG",
        "Egypt, Arab Rep.": "EG",
        "Yemen, Rep.": "YE",
        "Venezuela, RB": "VE",
        "Micronesia, Fed. Sts.": "FM",
        "Somalia, Fed. Rep.": "SO",
        "Hong Kong SAR, China": "HK",
        "Macao SAR, China": "MO",
        "Kyrgyz Republic": "KG",
        "Slovak Republic": "SK",
        "Virgin Islands (U.S.)": "VI",
        "St. Martin (French part)": "MF",
    }
)

# CLDR's country names in these languages resolve too (besides ISO's English).
CLDR_LANGUAGES: Final = ("en", "ko", "ja", "zh", "zh_Hant", "de", "fr", "es", "pt", "it",
                         "ru")

# What people write in a country cell to say they do not know or it does not apply;
# compared after normalize(). "NA" is here: read as Namibia, it put partners there.
_NOT_GIVEN_TEXTS: Final = frozenset({
    "na", "n a", "none", "unknown", "nil", "null", "not applicable", "not known",
    "not given", "not available", "no country", "nk", "n k", "tbc", "tbd",
    "없음", "미상", "해당없음", "해당 없음", "모름", "なし", "無し", "不明", "該当なし", "无",
    "不详"})

# Apostrophes and full stops vanish rather than becoming spaces, so that
# "U.S.A." matches "USA" and "People’s" matches "Peoples".
_DELETED_CHARS: Final = frozenset("'’‘ʼ`´.")


@lru_cache(maxsize=4096)
def normalize(text: str) -> str:
    """Canonical form for comparing country texts.

    Case-folded, accents removed, punctuation dropped, "&" read as "and",
    a leading "the" dropped and whitespace collapsed: "  The Côte-d'Ivoire! "
    becomes "cote divoire".
    """
    # Decompose before folding as well as after (Unicode's recipe for caseless
    # matching): some compatibility characters decompose to capitals, "㎐" to "Hz".
    folded = unicodedata.normalize("NFKD", text).casefold()
    decomposed = unicodedata.normalize("NFKD", folded)
    chars: list[str] = []
    for char in decomposed:
        if unicodedata.combining(char) or char in _DELETED_CHARS:
            continue
        if char == "&":
            chars.append(" and ")
        elif char.isalnum():
            chars.append(char)
        else:
            chars.append(" ")
    words = "".join(chars).split()
    # Loop so the result is stable under a second normalisation ("the the x").
    while len(words) > 1 and words[0] == "the":
        del words[0]
    return " ".join(words)


def _iso_display_name(country: pycountry.db.Country) -> str:
    code: str = country.alpha_2
    override = _DISPLAY_NAMES.get(code)
    if override is not None:
        return override
    common = getattr(country, "common_name", None)
    if isinstance(common, str) and common:
        return common
    name: str = country.name
    return name


def _make_info(country: pycountry.db.Country) -> CountryInfo:
    code: str = country.alpha_2
    name = _iso_display_name(country)
    official = getattr(country, "official_name", None)
    region, subregion = M49_REGIONS.get(code, ("Other", "Other"))
    return CountryInfo(
        code=code,
        alpha3=country.alpha_3,
        name=name,
        official_name=official if isinstance(official, str) and official else country.name,
        short_form=_SHORT_FORMS.get(code, name),
        region=region,
        subregion=subregion,
    )


@cache
def _countries() -> tuple[CountryInfo, ...]:
    infos = (*(_make_info(country) for country in pycountry.countries), _KOSOVO)
    # Sorting on the normalised name keeps "Åland Islands" among the A's.
    return tuple(sorted(infos, key=lambda info: (normalize(info.name), info.code)))


@cache
def _by_code() -> Mapping[str, CountryInfo]:
    return MappingProxyType({info.code: info for info in _countries()})


def iso_countries() -> list[CountryInfo]:
    """All ISO 3166-1 countries and territories, and Kosovo (XK), sorted by display name."""
    # A fresh list each call so that callers cannot reorder the cached one.
    return list(_countries())


def country_info(code: str) -> CountryInfo | None:
    """The country with this alpha-2 code (any case), or None; Kosovo's XK included."""
    return _by_code().get(code.strip().upper())


def is_not_given(text: str, *, code_column: bool = False) -> bool:
    """Text that says no country is given: "n.a.", "N/A", "-", "none", "unknown".

    In a column of codes "NA" is Namibia's code, as our own exports write it
    ("n.a." is not).
    """
    key = normalize(text)
    if code_column and key == "na" and not _DOTTED_NA.search(text):
        return False
    # Only punctuation ("-", "?") says nothing too.
    return (not key and bool(text.strip())) or key in _not_given_keys()


_DOTTED_NA: Final = re.compile(r"[Nn]\s*\.\s*[Aa]")


@cache
def _not_given_keys() -> frozenset[str]:
    return frozenset(normalize(text) for text in _NOT_GIVEN_TEXTS)


def _variants(text: str) -> Iterable[str]:
    # "The" never tells two countries apart, wherever it stands: "Gambia, The",
    # "Republic of Korea (the)", "Congo (the Democratic Republic of the)".
    words = normalize(text).split()
    key = " ".join(word for word in words if word != "the") or " ".join(words)
    if key:
        yield key
    # "St Lucia" and "St. Kitts and Nevis" are how these are usually written.
    if key.startswith("saint "):
        yield "st " + key.removeprefix("saint ")


def _cldr_names() -> Iterable[tuple[str, str]]:
    for language in CLDR_LANGUAGES:
        for code, name in Locale.parse(language).territories.items():
            if country_info(code) is not None:
                yield name, code


def _unique(candidates: Mapping[str, set[str]]) -> dict[str, str]:
    # A text that names two countries resolves to neither.
    return {key: next(iter(codes)) for key, codes in candidates.items() if len(codes) == 1}


@cache
def _indexes() -> tuple[Mapping[str, str], frozenset[str]]:
    """Every known text's key -> code, and the keys that are only ISO codes."""
    candidates: dict[str, set[str]] = {}
    codes_only: set[str] = set()
    named: set[str] = set()

    def add(text: str, code: str, *, is_code: bool = False) -> None:
        for key in _variants(text):
            candidates.setdefault(key, set()).add(code)
            (codes_only if is_code else named).add(key)

    for country in pycountry.countries:
        code: str = country.alpha_2
        add(code, code, is_code=True)
        add(country.alpha_3, code, is_code=True)
        add(country.name, code)
        for attr in ("common_name", "official_name"):
            value = getattr(country, attr, None)
            if isinstance(value, str):
                add(value, code)
    add(_KOSOVO.code, _KOSOVO.code, is_code=True)
    add(_KOSOVO.alpha3, _KOSOVO.code, is_code=True)
    for info in _countries():
        add(info.name, info.code)
        add(info.short_form, info.code)
    for alias, code in BUILTIN_ALIASES.items():
        add(alias, code)
    index = _unique(candidates)
    # Another language's name never takes an English text or code away from its country.
    foreign: dict[str, set[str]] = {}
    for name, code in _cldr_names():
        for key in _variants(name):
            if key not in candidates:
                foreign.setdefault(key, set()).add(code)
    index.update(_unique(foreign))
    return MappingProxyType(index), frozenset(codes_only - named)


def _in_capitals(text: str) -> bool:
    letters = [char for char in text if char.isalpha()]
    return bool(letters) and all(char.isupper() for char in letters)


def _resolve_extra(key: str, extra_aliases: Mapping[str, str]) -> str | None:
    codes: set[str] = set()
    for alias, target in extra_aliases.items():
        info = country_info(target)
        # An alias pointing at something that is not an ISO alpha-2 code
        # would otherwise leak garbage into member records.
        if info is not None and key in _variants(alias):
            codes.add(info.code)
    return codes.pop() if len(codes) == 1 else None


def resolve_country(text: str, *, extra_aliases: Mapping[str, str] | None = None,
                    code_column: bool = False) -> str | None:
    """The alpha-2 code that text names, or None if it names no single country.

    Matches ISO codes and names, pycountry's common and official names, the
    display names, BUILTIN_ALIASES, CLDR's names in CLDR_LANGUAGES and
    extra_aliases (alias text -> alpha-2 code) after normalize(), a "the"
    anywhere ignored. There is no partial or fuzzy matching.

    A text that is only an ISO code (two or three letters) resolves when written
    in capitals or read from a column of codes (`code_column`): "no", "it" and
    "and" in a name are words. Text that says no country is given (is_not_given)
    is not one either.

    Built-in names win over extra_aliases, so a user alias cannot redirect
    "Korea" or "USA"; extra aliases only add texts that are otherwise unknown,
    and are ignored when they point at an unknown code or contradict each other.
    """
    key = next(iter(_variants(text)), "")
    if not key or is_not_given(text, code_column=code_column):
        return None
    index, codes_only = _indexes()
    code = index.get(key)
    if code is not None and key in codes_only and not (code_column or _in_capitals(text)):
        return None
    if code is not None or not extra_aliases:
        return code
    return _resolve_extra(key, extra_aliases)
