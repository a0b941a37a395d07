"""Cell values keep their meaning: leading zeros, dates in both Excel epochs, any script."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coalitiondesk.core.importing.values import (
    EXCEL_1900_EPOCH,
    EXCEL_1904_EPOCH,
    ValueProblem,
    clean_text,
    excel_serial_date,
    plain_email,
    to_bool,
    to_date,
    to_email,
    to_enum,
    to_tags,
)
from coalitiondesk.core.models import MembershipStatus
from coalitiondesk.core.records.validation import check_email


def test_text_is_trimmed_of_spaces_and_nbsp_and_keeps_leading_zeros() -> None:
    assert clean_text("\u00a0 03170 \u00a0") == "03170"
    assert clean_text("\u200bHan\u00a0Voice\ufeff") == "Han Voice"
    assert clean_text("   ") is None
    assert clean_text(None) is None
    assert clean_text(821012345678.0) == "821012345678"
    assert clean_text(4.5) == "4.5"


@pytest.mark.parametrize("text", ["하태경", "佐藤博", "ノーフェンス", "Ärzte für Menschenrechte",
                                  "Мемориал", "مركز", "Fundación Señales"])
def test_other_scripts_survive_untouched(text: str) -> None:
    assert clean_text(f" {text} ") == text


def test_dates_in_the_styles_people_write() -> None:
    expected = date(2011, 9, 8)
    for value in ("2011-09-08", "2011/9/8", "8 September 2011", "September 8, 2011",
                  "2011.09.08", "2011年9月8日", "2011년 9월 8일", datetime(2011, 9, 8, 10, 30),
                  expected):
        assert to_date(value) == expected, value
    assert to_date("30/09/2011") == date(2011, 9, 30)
    assert to_date("09/30/2011") == date(2011, 9, 30)
    assert to_date("") is None


def test_a_date_that_reads_two_ways_is_refused_not_guessed() -> None:
    with pytest.raises(ValueProblem, match="ambiguous date"):
        to_date("08/09/2011")
    with pytest.raises(ValueProblem, match="not a date"):
        to_date("soon")


def test_serial_numbers_in_both_excel_date_systems() -> None:
    assert to_date(40794.0) == date(2011, 9, 8)
    assert to_date(39332.0, date1904=True) == date(2011, 9, 8)
    assert to_date("40794") == date(2011, 9, 8)  # a date that lost its format in a csv


@given(st.dates(min_value=date(1900, 3, 1), max_value=date(9999, 12, 31)), st.booleans())
def test_serial_round_trip_in_both_epochs(day: date, date1904: bool) -> None:
    epoch = EXCEL_1904_EPOCH if date1904 else EXCEL_1900_EPOCH
    serial = (day - epoch).days
    if serial <= 0:
        return
    assert excel_serial_date(float(serial), date1904=date1904) == day


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zs", "Zl", "Zp")),
               min_size=1))
def test_text_without_edge_spaces_round_trips(text: str) -> None:
    cleaned = clean_text(text)
    if cleaned is not None:
        assert clean_text(cleaned) == cleaned
    if text == text.strip() and not any(c in text for c in "\u200b\u200c\u200d\u2060\ufeff\xad"):
        assert cleaned == text


def test_yes_no_enumerations_emails_and_tags() -> None:
    assert to_bool("Yes") is True
    assert to_bool("0") is False
    assert to_bool("") is None
    with pytest.raises(ValueProblem):
        to_bool("perhaps")
    assert to_enum("Non-member", MembershipStatus, what="status") is MembershipStatus.non_member
    with pytest.raises(ValueProblem, match="one of member"):
        to_enum("signed", MembershipStatus, what="membership status")
    assert to_email(" mailto:info@example.org ") == "info@example.org"
    with pytest.raises(ValueProblem, match="invalid email"):
        to_email("not-an-address")
    assert to_tags("founding member; Seoul, press") == ["founding member", "Seoul", "press"]


_LOCAL = st.text(alphabet="abcXYZ019!#$%&'*+/=?^_`{|}~-.", min_size=1, max_size=12)
_LABEL = st.text(alphabet="abXY09-", min_size=1, max_size=8)
_DOMAIN = st.builds(lambda labels, top: ".".join([*labels, top]),
                    st.lists(_LABEL, min_size=1, max_size=3),
                    st.text(alphabet="abcXYZ", min_size=2, max_size=5))


@given(_LOCAL, _DOMAIN)
def test_a_plain_address_is_what_the_record_check_makes_of_it(local: str, domain: str) -> None:
    # The import's short cut past email-validator stores exactly what the form would.
    address = f"{local}@{domain}"
    fast = plain_email(address)
    if fast is None:
        return
    assert fast == check_email(address)


@pytest.mark.parametrize("address", [
    "x@xn--bcher-kva.de",  # Punycode: the record keeps the Unicode domain
    "a@ab--c.example.org",  # refused by email-validator, not by the short cut's pattern
    "Ha Tae Kyung <ha@example.kr>",
    "하태경@example.kr",
    "a@example.test",
])
def test_anything_unusual_goes_through_the_full_check(address: str) -> None:
    assert plain_email(address) is None


def test_a_plain_address_keeps_its_local_part_and_lowers_its_domain() -> None:
    assert plain_email("Person.One@Example.NET") == "Person.One@example.net"
