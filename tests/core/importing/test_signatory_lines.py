"""Printed signatory lines: markers stripped, "Name (Country)" split as a coordinator reads it."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from coalitiondesk.core.geography.countries import resolve_country
from coalitiondesk.core.importing.signatory_lines import (
    is_acronym_of,
    list_lines,
    split_signatory,
    strip_list_marker,
)

DATA = Path(__file__).resolve().parents[2] / "data"
SEED_LINES = (DATA / "seed_signatories.txt").read_text(encoding="utf-8").splitlines()


def split(line: str):  # type: ignore[no-untyped-def]
    return split_signatory(line, resolve_country)


def test_the_seed_lines_split_as_the_issue_says() -> None:
    parts = {line: split(line) for line in SEED_LINES}
    burma = parts["Burma Partnership (Thailand)"]
    assert (burma.name, burma.country_code, burma.acronym) == ("Burma Partnership", "TH", None)

    fidh = parts["International Federation for Human Rights (FIDH)"]
    assert (fidh.name, fidh.acronym, fidh.country_code) == (
        "International Federation for Human Rights", "FIDH", None)

    comjan = parts["COMJAN (Investigation Commission on Missing Japanese Probably Related to "
                   "North Korea)(Japan)"]
    assert comjan.name == "COMJAN"
    assert comjan.full_name == ("Investigation Commission on Missing Japanese Probably Related"
                                " to North Korea")
    assert comjan.country_code == "JP"

    link = parts["Liberty in North Korea – LiNK (USA)"]
    assert (link.name, link.acronym, link.country_code) == ("Liberty in North Korea", "LiNK", "US")

    paraguay = parts["Christian Lawyers Association for Paraguay"]
    assert (paraguay.name, paraguay.country_code) == (
        "Christian Lawyers Association for Paraguay", None)
    japan = parts["Asian Human Rights & Humanity Association of Japan"]
    assert japan.country_code is None

    assert parts["Free NK Gulag (ROK)"].country_code == "KR"
    assert parts["Human Rights Watch"].country_code is None


def test_every_seed_line_with_a_country_parenthesis_gets_one() -> None:
    for line in SEED_LINES:
        parts = split(line)
        has_country = line.endswith(")") and "(FIDH)" not in line
        assert (parts.country_code is not None) == has_country, line
        assert "(" not in parts.name


@pytest.mark.parametrize(("line", "name", "acronym", "country"), [
    ("Association of Nigerian Germans (ANG)", "Association of Nigerian Germans", "ANG", None),
    ("Union of Soviet Amateurs (USA)", "Union of Soviet Amateurs", "USA", None),
    ("Indian Net (in)", "Indian Net (in)", None, None),
    ("Human Rights Korea (Korea)", "Human Rights Korea", None, "KR"),
    ("Open Radio (Republic of Korea)", "Open Radio", None, "KR"),
    ("Network (Burma)", "Network", None, "MM"),
    ("Watch Group (DPRK)", "Watch Group", None, "KP"),
    ("Amnesty International (Korean Section)", "Amnesty International (Korean Section)", None,
     None),
])
def test_acronyms_and_countries_in_parentheses(line: str, name: str, acronym: str | None,
                                               country: str | None) -> None:
    parts = split(line)
    assert (parts.name, parts.acronym, parts.country_code) == (name, acronym, country)


@pytest.mark.parametrize("line", [
    "\uf0a7 Freedom House (USA)", "• Freedom House (USA)", "  - Freedom House (USA)  ",
    "1. Freedom House (USA)", "12) Freedom House (USA)", "(3) Freedom House (USA)",
    "a) Freedom House (USA)", "iv. Freedom House (USA)", "\uf0b7\tFreedom House (USA)",
    "\u00a0Freedom\u00a0House (USA)",
])
def test_bullets_numbers_and_spaces_are_stripped(line: str) -> None:
    parts = split(line)
    assert (parts.name, parts.country_code) == ("Freedom House", "US")


def test_a_pasted_list_skips_blank_lines() -> None:
    text = "\uf0a7 Kontras (Indonesia)\n\n   \n\uf0a7 No Fence (Japan)\r\n"
    assert list_lines(text) == ["Kontras (Indonesia)", "No Fence (Japan)"]


def test_names_starting_like_a_marker_keep_their_start() -> None:
    assert strip_list_marker("1.5 Degrees Coalition") == "1.5 Degrees Coalition"
    assert strip_list_marker("A. Smith Foundation") == "A. Smith Foundation"


WORD = st.from_regex(r"[A-Z][a-z]{2,9}", fullmatch=True)
NAMES = st.lists(WORD, min_size=1, max_size=6).map(" ".join)
COUNTRIES = st.sampled_from([
    ("Japan", "JP"), ("Thailand", "TH"), ("USA", "US"), ("ROK", "KR"), ("Brazil", "BR"),
    ("Belgium", "BE"), ("Canada", "CA"), ("Indonesia", "ID"), ("UK", "GB"),
    ("South Korea", "KR"), ("Burma", "MM"), ("Côte d'Ivoire", "CI"),
])


@given(NAMES, COUNTRIES)
def test_name_and_country_round_trip(name: str, country: tuple[str, str]) -> None:
    text, code = country
    assume(not is_acronym_of(text, name))
    parts = split(f"{name} ({text})")
    assert (parts.name, parts.country_code, parts.signatory_name) == (name, code, None)


@given(NAMES)
def test_a_line_without_parentheses_is_its_own_name(name: str) -> None:
    parts = split(name)
    assert (parts.name, parts.country_code, parts.acronym, parts.full_name) == (
        name, None, None, None)


@given(NAMES, st.from_regex(r"[A-Z]{2,6}", fullmatch=True), COUNTRIES)
def test_name_acronym_and_country(name: str, acronym: str, country: tuple[str, str]) -> None:
    assume(resolve_country(acronym) is None)
    text, code = country
    parts = split(f"{name} ({acronym}) ({text})")
    assert (parts.name, parts.acronym, parts.country_code) == (name, acronym, code)
    assert parts.signatory_name == f"{name} ({acronym})"


@given(st.sampled_from(["\uf0a7", "•", "-", "*", "1.", "2)", "·"]), NAMES)
def test_any_marker_comes_off(marker: str, name: str) -> None:
    assert strip_list_marker(f"{marker} {name}") == name
