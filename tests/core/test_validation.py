from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coalitiondesk.core.errors import InvalidInput
from coalitiondesk.core.models import Sensitivity
from coalitiondesk.core.records.contacts import create_contact, get_contact
from coalitiondesk.core.records.organizations import create_organization, get_organization
from coalitiondesk.core.records.validation import (
    CONTACT_FIELDS,
    ORGANIZATION_FIELDS,
    check_affiliation,
    check_contact,
    check_email,
    check_language,
    check_organization,
    check_phone,
    check_url,
)
from coalitiondesk.core.storage.db import Database

# --- e-mail ------------------------------------------------------------------------


@pytest.mark.parametrize(("typed", "stored"), [
    ("ha@example.org", "ha@example.org"),
    ("  Ha@Example.ORG ", "Ha@example.org"),
    ("Ha Tae Kyung <ha@example.org>", "ha@example.org"),
    ("mailto:info@hrw.org", "info@hrw.org"),
    ("하태경@예시.한국", "하태경@예시.한국"),
])
def test_email_is_normalised(typed: str, stored: str) -> None:
    assert check_email(typed) == stored


@pytest.mark.parametrize(("typed", "message"), [
    ("ha.example.org", "The e-mail address is missing an @"),
    ("ha@@example.org", "The e-mail address has more than one @"),
    ("@example.org", "The e-mail address has nothing before the @"),
    ("ha@", "The e-mail address has nothing after the @"),
    ("ha tae@example.org", "The e-mail address contains a space"),
    ("ha@localhost", "The part after the @ in the e-mail address needs a dot, as in example.org"),
    ("ha..tk@example.org", "The e-mail address is not valid: an e-mail address cannot have two "
                           "periods in a row"),
    ("", "The e-mail address is empty"),
])
def test_email_problems_are_explained(typed: str, message: str) -> None:
    with pytest.raises(InvalidInput) as error:
        check_email(typed)
    assert str(error.value) == message


def test_email_check_needs_no_network() -> None:
    # A domain that cannot exist still passes: only the syntax is checked.
    assert check_email("office@no-such-domain-for-coalitiondesk.org")


# --- phone -------------------------------------------------------------------------


@pytest.mark.parametrize(("typed", "country", "stored"), [
    ("02-123-4567", "KR", "+82 2-123-4567"),
    ("010 1234 5678", "KR", "+82 10-1234-5678"),
    ("03-1234-5678", "JP", "+81 3-1234-5678"),
    ("(212) 555-0100", "US", "+1 212-555-0100"),
    # An international number is accepted whatever the record's country is.
    ("+1 212 555 0100", "KR", "+1 212-555-0100"),
    ("+32 2 550 12 34", None, "+32 2 550 12 34"),
    ("+1 212 555 0100 ext. 12", "US", "+1 212-555-0100 ext. 12"),
    ("+82 2-123-4567", "KR", "+82 2-123-4567"),
])
def test_phone_is_formatted_internationally(typed: str, country: str | None, stored: str) -> None:
    assert check_phone(typed, country_code=country) == stored


@pytest.mark.parametrize(("typed", "country", "message"), [
    ("+82 2 123", "KR", "+82 2 123 is too short for a phone number in South Korea"),
    ("02-123", "KR", "02-123 is too short for a phone number in South Korea"),
    ("+81 3 1234 5678 9012 345", "KR", "+81 3 1234 5678 9012 345 is too long for a phone number "
                                       "in Japan"),
    ("02-123-4567", None, "Start 02-123-4567 with + and the country calling code, or give the "
                          "record a country, so that the number can be read"),
    ("+999 123 456", "KR", "+999 123 456 does not start with a country calling code that exists"),
    ("call the office", "KR", "call the office does not look like a phone number"),
    ("   ", "KR", "The phone number is empty"),
])
def test_phone_problems_are_explained(typed: str, country: str | None, message: str) -> None:
    with pytest.raises(InvalidInput) as error:
        check_phone(typed, country_code=country)
    assert str(error.value) == message


# --- web address -------------------------------------------------------------------


@pytest.mark.parametrize(("typed", "stored"), [
    ("freenk.org", "https://freenk.org"),
    ("www.hrw.org/asia/north-korea", "https://www.hrw.org/asia/north-korea"),
    ("HTTP://WWW.Example.ORG/Path?q=1#top", "http://www.example.org/Path?q=1#top"),
    ("https://example.org:8443/", "https://example.org:8443/"),
    ("example.org:8080", "https://example.org:8080"),
    ("북한인권.한국", "https://북한인권.한국"),
])
def test_url_is_normalised(typed: str, stored: str) -> None:
    assert check_url(typed) == stored


@pytest.mark.parametrize(("typed", "message"), [
    ("ftp://files.example.org", "A web address must start with http:// or https://"),
    ("localhost", "localhost needs a site name with a dot in it, as in www.example.org"),
    ("https://", "https:// needs a site name with a dot in it, as in www.example.org"),
    ("info@hrw.org", "info@hrw.org looks like an e-mail address, not a web address"),
    ("http:example.org", "http:example.org is missing the // after http:"),
    ("free nk.org", "The web address contains a space"),
])
def test_url_problems_are_explained(typed: str, message: str) -> None:
    with pytest.raises(InvalidInput) as error:
        check_url(typed)
    assert str(error.value) == message


@pytest.mark.parametrize(("typed", "stored"), [
    ("KO", "ko"), ("ja", "ja"), ("pt_br", "pt-BR"), ("zh-hant", "zh-Hant"),
])
def test_language_tags(typed: str, stored: str) -> None:
    assert check_language(typed) == stored


def test_language_problem() -> None:
    with pytest.raises(InvalidInput, match="Korean is not a language code"):
        check_language("Korean")


# --- whole records -----------------------------------------------------------------


def test_organization_problems_all_at_once() -> None:
    problems = check_organization({
        "name": "  ", "website": "localhost", "email": "office", "phone": "02-123",
        "country_code": "KR", "joined_on": date(2011, 9, 8), "left_on": date(2010, 1, 1),
        "kind": "think tank",
    }).problems
    assert problems == {
        "name": "An organization needs a name",
        "website": "localhost needs a site name with a dot in it, as in www.example.org",
        "email": "The e-mail address is missing an @",
        "phone": "02-123 is too short for a phone number in South Korea",
        "left_on": "The date it left is before the date it joined",
        "kind": "think tank is not a kind of organization; choose one of ngo, network, un_body, "
                "government, media, academic, other",
    }


def test_organization_values_are_normalised() -> None:
    checked = check_organization({
        "name": "  Free NK  Gulag ", "country_code": "kr", "phone": "02-123-4567",
        "website": "freenk.org", "notes": "\n  Founding member.\n\n", "acronym": "",
        "joined_on": "2011-09-08", "show_country_on_signature": 1,
    })
    assert checked.ok
    assert checked.values == {
        "name": "Free NK Gulag", "country_code": "KR", "phone": "+82 2-123-4567",
        "website": "https://freenk.org", "notes": "Founding member.", "acronym": None,
        "joined_on": date(2011, 9, 8), "show_country_on_signature": True,
    }


def test_phone_read_in_the_address_country_first() -> None:
    # A Belgian network's Brussels office, while the record's country is international.
    checked = check_organization({"name": "FIDH", "country_code": None,
                                  "address_country_code": "BE", "phone": "02 550 12 34"})
    assert checked.values["phone"] == "+32 2 550 12 34"


def test_contact_needs_some_name() -> None:
    checked = check_contact({"given_name": " ", "family_name": None, "native_name": ""})
    assert checked.problems == {
        "given_name": "A contact needs a given name, a family name or a native-script name",
    }
    assert check_contact({"native_name": "하태경"}).problems == {}


def test_contact_values_are_normalised() -> None:
    checked = check_contact({
        "given_name": "Tae Kyung", "family_name": "Ha", "family_name_first": True,
        "phone": "02-123-4567", "address_country_code": "KR", "preferred_language": "KO",
        "sensitivity": "Restricted", "email": "HA@EXAMPLE.ORG",
    })
    assert checked.problems == {}
    assert checked.values["phone"] == "+82 2-123-4567"
    assert checked.values["preferred_language"] == "ko"
    assert checked.values["sensitivity"] == Sensitivity.restricted
    assert checked.values["email"] == "HA@example.org"


def test_unknown_fields_are_reported() -> None:
    assert check_contact({"given_name": "Phil", "country": "TH"}).problems == {
        "country": "Unknown field: country"}


def test_affiliation_problems() -> None:
    assert check_affiliation({"organization_id": 3, "start_date": None}).problems == {}
    assert check_affiliation({
        "organization_id": None, "start_date": "2012-01-01", "end_date": "2011-01-01",
    }).problems == {"organization_id": "Choose the organization",
           "end_date": "The end date is before the start date"}
    assert check_affiliation({"organization_id": 1, "start_date": "spring"}).problems == {
        "start_date": "spring is not a date; write it as YYYY-MM-DD"}


def test_checked_values_are_accepted_by_the_services(database: Database) -> None:
    organization = check_organization({
        "name": "Free NK Gulag", "country_code": "kr", "phone": "02-123-4567",
        "website": "freenk.org", "kind": "ngo", "membership_status": "member",
    })
    contact = check_contact({
        "given_name": "Tae Kyung", "family_name": "Ha", "family_name_first": "yes",
        "address_country_code": "kr", "sensitivity": "normal", "email": "ha@example.org",
    })
    with database.transaction() as session:
        org_id = create_organization(session=session, **organization.values).id
        contact_id = create_contact(session=session, **contact.values).id
    with database.session() as session:
        assert org_id is not None and contact_id is not None
        assert get_organization(session=session, organization_id=org_id).website == (
            "https://freenk.org")
        assert get_contact(session=session, contact_id=contact_id).address_country_code == "KR"


# --- properties --------------------------------------------------------------------

# Text that looks like what people type or paste: letters of several scripts,
# digits, punctuation used in addresses and numbers, and some of anything.
_typed = st.one_of(
    st.text(),
    st.text(alphabet=st.sampled_from("abcxyz019+-(). @/:_#?=가나日本éß\t"), max_size=40),
    st.builds(lambda user, host, tld: f"{user}@{host}.{tld}",
              st.text(min_size=1, max_size=12), st.text(min_size=1, max_size=12),
              st.sampled_from(["org", "kr", "jp", "c", "한국", ""])),
    st.builds(lambda prefix, digits: prefix + digits,
              st.sampled_from(["", "+", "+82 ", "+1 ", "0", "00", "+800 "]),
              st.text(alphabet="0123456789 -()", max_size=24)),
)
_countries = st.sampled_from([None, "KR", "JP", "US", "BE", "AQ", "XX", "kr", ""])
_fast = settings(max_examples=300, deadline=None)


def _same_or_invalid(check: object, text: str) -> None:
    assert callable(check)
    try:
        result = check(text)
    except InvalidInput as error:
        assert str(error)
        return
    assert check(result) == result


@_fast
@given(_typed)
def test_email_raises_only_invalid_input_and_is_idempotent(text: str) -> None:
    _same_or_invalid(check_email, text)


@_fast
@given(_typed)
def test_url_raises_only_invalid_input_and_is_idempotent(text: str) -> None:
    _same_or_invalid(check_url, text)


@_fast
@given(_typed, _countries)
def test_phone_raises_only_invalid_input_and_is_idempotent(
    text: str, country: str | None
) -> None:
    _same_or_invalid(lambda t: check_phone(t, country_code=country), text)


@_fast
@given(_typed)
def test_language_raises_only_invalid_input_and_is_idempotent(text: str) -> None:
    _same_or_invalid(check_language, text)


_values = st.one_of(_typed, st.none(), st.booleans(), st.dates(), st.integers())


@_fast
@given(st.dictionaries(st.sampled_from(sorted(ORGANIZATION_FIELDS)), _values))
def test_organization_check_never_raises_and_is_idempotent(values: dict[str, object]) -> None:
    checked = check_organization(values)
    if checked.ok:
        again = check_organization(checked.values)
        assert again.ok and again.values == checked.values


@_fast
@given(st.dictionaries(st.sampled_from(sorted(CONTACT_FIELDS)), _values))
def test_contact_check_never_raises_and_is_idempotent(values: dict[str, object]) -> None:
    checked = check_contact(values)
    if checked.ok:
        again = check_contact(checked.values)
        assert again.ok and again.values == checked.values
