"""Checking what a coordinator typed into a record, in sentences they understand.

Everything here is a check. A check of one value (check_email, check_phone ...)
returns it normalised, or raises InvalidInput. A check of a whole record
(check_organization, check_contact, check_affiliation) returns Checked: the
values normalised and every problem found, keyed by field, so that a form can
show each one beside its field. enforce() is the check that raises, for the
paths that save.

Problems are Messages (coalitiondesk.core.errors): English, with the template
the window translates.

Which check a record's field gets follows from the kind of value its entry in
records.fields holds; ORGANIZATION_FIELDS and CONTACT_FIELDS are derived from there.

Nothing here touches the network: e-mail addresses are checked for syntax
only, web addresses for their shape.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from email.utils import parseaddr
from typing import Any, Final
from urllib.parse import SplitResult, urlsplit, urlunsplit

import phonenumbers
from email_validator import EmailNotValidError, validate_email
from phonenumbers import (
    REGION_CODE_FOR_NON_GEO_ENTITY,
    UNKNOWN_REGION,
    NumberParseException,
    PhoneMetadata,
    PhoneNumberFormat,
    PhoneNumberType,
)

from coalitiondesk.core.errors import InvalidInput, Message, Term, field_term
from coalitiondesk.core.geography.countries import country_info
from coalitiondesk.core.records.fields import CONTACT, ORGANIZATION, Field, ValueKind

# --- single values ---------------------------------------------------------------


def check_email(text: str) -> str:
    """The address normalised (domain in lower case, Unicode composed), syntax only."""
    address = _bare_address(text)
    if not address:
        raise InvalidInput("The e-mail address is empty")
    if "@" not in address:
        raise InvalidInput("The e-mail address is missing an @")
    if address.count("@") > 1:
        raise InvalidInput("The e-mail address has more than one @")
    local, domain = address.split("@")
    if not local:
        raise InvalidInput("The e-mail address has nothing before the @")
    if not domain:
        raise InvalidInput("The e-mail address has nothing after the @")
    if any(char.isspace() for char in address):
        raise InvalidInput("The e-mail address contains a space")
    if "." not in domain:
        raise InvalidInput(
            "The part after the @ in the e-mail address needs a dot, as in example.org"
        )
    try:
        checked = validate_email(address, check_deliverability=False)
    except EmailNotValidError as error:
        raise InvalidInput("The e-mail address is not valid: {reason}",
                           reason=_sentence(str(error))) from None
    # Unicode text the IDNA codec cannot even encode (lone surrogates) fails
    # inside email-validator with the codec's own errors.
    except (UnicodeError, ValueError):
        raise InvalidInput("The e-mail address contains characters that cannot be used") from None
    normalized: str = checked.normalized
    return normalized


def _bare_address(text: str) -> str:
    """The address in 'Ha Tae Kyung <ha@example.org>' or 'mailto:ha@example.org'."""
    stripped = text.strip()
    if stripped.endswith(">") and "<" in stripped:
        _name, address = parseaddr(stripped)
        if address:
            stripped = address
    if stripped.lower().startswith("mailto:"):
        stripped = stripped[len("mailto:"):]
    return stripped.strip()


def _sentence(message: str) -> str:
    """email-validator's message, read as part of ours: no capital, no full stop."""
    message = message.rstrip(".").replace("email", "e-mail")
    return message[:1].lower() + message[1:]


def check_phone(text: str, *, country_code: str | None) -> str:
    """The number in international format ("+82 2-123-4567").

    A number without a leading + is read as a number in `country_code`, the
    record's country; a number starting with + is accepted whatever that is.
    An extension the user typed is kept.
    """
    typed = " ".join(text.split())
    if not typed:
        raise InvalidInput("The phone number is empty")
    region = _phone_region(country_code)
    if region is None and not typed.startswith("+"):
        raise InvalidInput(
            "Start {typed} with + and the country calling code, or give the record a country, "
            "so that the number can be read",
            typed=typed
        )
    try:
        number = phonenumbers.parse(typed, region)
    except NumberParseException as error:
        raise InvalidInput(_parse_problem(typed, error)) from None
    if phonenumbers.is_valid_number(number):
        formatted: str = phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
        return formatted
    where = _number_country(number.country_code, region)
    shortest, longest = _usual_lengths(number.country_code or 0)
    digits = len(phonenumbers.national_significant_number(number))
    if digits < shortest:
        raise InvalidInput("{typed} is too short for a phone number {where}",
                           typed=typed, where=where)
    if digits > longest:
        raise InvalidInput("{typed} is too long for a phone number {where}",
                           typed=typed, where=where)
    raise InvalidInput("{typed} is not a valid phone number {where}", typed=typed, where=where)


def _usual_lengths(calling_code: int) -> tuple[int, int]:
    """Digits in an ordinary line or mobile number for this calling code: (fewest, most).

    The metadata's possible lengths include short service numbers (five
    digits in South Korea), which would call "02-123" merely invalid; the
    example numbers are what a coordinator would compare with.
    """
    region = phonenumbers.region_code_for_country_code(calling_code)
    kinds = (PhoneNumberType.FIXED_LINE, PhoneNumberType.MOBILE)
    if region in (UNKNOWN_REGION, REGION_CODE_FOR_NON_GEO_ENTITY):
        examples = [phonenumbers.example_number_for_non_geo_entity(calling_code)]
        metadata = PhoneMetadata.metadata_for_nongeo_region(calling_code)
        descriptions = [metadata.general_desc] if metadata else []
    else:
        examples = [phonenumbers.example_number_for_type(region, kind) for kind in kinds]
        metadata = PhoneMetadata.metadata_for_region(region)
        descriptions = [metadata.fixed_line, metadata.mobile] if metadata else []
    example_lengths = [len(phonenumbers.national_significant_number(example))
                       for example in examples if example is not None]
    possible = [length for description in descriptions if description is not None
                for length in description.possible_length or ()]
    if not example_lengths and not possible:
        return 0, 10**6
    shortest = min(example_lengths or possible)
    return shortest, max([shortest, *possible, *example_lengths])


def _phone_region(country_code: str | None) -> str | None:
    if not country_code:
        return None
    code = country_code.strip().upper()
    # Countries without a calling code of their own (Antarctica, Bouvet Island)
    # cannot supply one to a number typed without +.
    return code if phonenumbers.country_code_for_region(code) else None


def _parse_problem(typed: str, error: NumberParseException) -> Message:
    kind = error.error_type
    if kind == NumberParseException.INVALID_COUNTRY_CODE:
        return Message("{typed} does not start with a country calling code that exists",
                       typed=typed)
    if kind in (NumberParseException.TOO_SHORT_NSN, NumberParseException.TOO_SHORT_AFTER_IDD):
        return Message("{typed} is too short for a phone number", typed=typed)
    if kind == NumberParseException.TOO_LONG:
        return Message("The phone number is too long")
    return Message("{typed} does not look like a phone number", typed=typed)


def _number_country(calling_code: int | None, region: str | None) -> Message:
    """ "in South Korea": the record's country when the number belongs to it."""
    if region is not None and calling_code == phonenumbers.country_code_for_region(region):
        code = region
    else:
        code = phonenumbers.region_code_for_country_code(calling_code or 0)
    info = country_info(code) if len(code) == 2 else None
    if info is None:
        return Message("with this country calling code")
    return Message("in {country}", country=info.name)


_SCHEME: Final = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):(?!\d)")
_HOST_LABEL: Final = re.compile(r"^(?!-)[\w-]+(?<!-)$")


def check_url(text: str) -> str:
    """A web address with http:// or https:// (https:// added when missing)."""
    typed = text.strip()
    if not typed:
        raise InvalidInput("The web address is empty")
    if any(char.isspace() for char in typed):
        raise InvalidInput("The web address contains a space")
    scheme = _SCHEME.match(typed)
    if scheme is None and "@" in typed.split("/")[0]:
        raise InvalidInput("{typed} looks like an e-mail address, not a web address", typed=typed)
    if scheme is None:
        typed = "https://" + typed.lstrip("/")
    elif scheme.group(1).lower() not in ("http", "https"):
        raise InvalidInput("A web address must start with http:// or https://")
    elif not typed[scheme.end():].startswith("//"):
        raise InvalidInput("{text} is missing the // after {scheme}:",
                           text=text.strip(), scheme=scheme.group(1))
    try:
        parts = urlsplit(typed)
        port = parts.port
    except ValueError:
        raise InvalidInput("{text} is not a web address", text=text.strip()) from None
    host = parts.hostname or ""
    if parts.username is not None or parts.password is not None:
        raise InvalidInput("A web address for a record should not contain a user name or password")
    labels = host.split(".")
    if len(labels) < 2 or not all(_HOST_LABEL.match(label) for label in labels):
        raise InvalidInput(
            "{text} needs a site name with a dot in it, as in www.example.org", text=text.strip()
        )
    netloc = host if port is None else f"{host}:{port}"
    return urlunsplit(SplitResult(parts.scheme.lower(), netloc, parts.path, parts.query,
                                  parts.fragment))


_LANGUAGE_TAG: Final = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")


def check_language(text: str) -> str:
    """A BCP 47 language tag, language in lower case: "ko", "ja", "zh-Hant", "pt-BR"."""
    typed = text.strip().replace("_", "-")
    if not _LANGUAGE_TAG.match(typed):
        raise InvalidInput(
            "{text} is not a language code; use a code such as ko, ja, en or pt-BR",
            text=text.strip()
        )
    language, *rest = typed.split("-")
    subtags = [_subtag_case(part) for part in rest]
    return "-".join([language.lower(), *subtags])


def _subtag_case(part: str) -> str:
    # BCP 47's conventions: regions in capitals ("BR"), scripts in title case ("Hant").
    if len(part) == 2 and part.isalpha():
        return part.upper()
    if len(part) == 4 and part.isalpha():
        return part.title()
    return part.lower()


def check_country_code(text: str) -> str:
    code = text.strip().upper()
    info = country_info(code) if len(code) == 2 else None
    if info is None:
        raise InvalidInput("{text} is not a country code", text=text.strip())
    return info.code


def check_date(value: object) -> date:
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise InvalidInput("{value} is not a date; write it as YYYY-MM-DD", value=value)


def refuse_nul(text: str) -> None:
    """Raise InvalidInput for text holding U+0000.

    No keyboard types one; it comes from a damaged or machine-made file. SQLite's
    own text functions, and SQLCipher's driver handing text to Python functions,
    read text only up to a NUL, so "Nul<NUL>Group" would be searched, and kept
    unique, as "nul". Dropping the character silently would change what the
    person gave without a word, so the value is refused instead.
    """
    if "\x00" in text:
        raise InvalidInput("contains a NUL character (an invisible control character, which"
                           " cannot be stored); remove it")


# --- whole records ---------------------------------------------------------------


@dataclass(frozen=True)
class Checked:
    """A record's values normalised, and what is wrong with them, by field."""

    values: dict[str, Any]
    problems: dict[str, Message] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems


Normaliser = Callable[[Any, Mapping[str, Any]], Any]


def _line(value: Any, _record: Mapping[str, Any]) -> str | None:
    """One line of text with its spaces tidied; blank is no value."""
    text = " ".join(_as_text(value).split())
    return text or None


def _text(value: Any, _record: Mapping[str, Any]) -> str | None:
    """Several lines (notes): kept as written, blank lines at either end dropped."""
    return _as_text(value) or None


def _flag(value: Any, _record: Mapping[str, Any]) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes", "y")
    if value is None or isinstance(value, bool | int):
        return bool(value)
    raise InvalidInput("{value} is not yes or no", value=value)


def _optional(check: Callable[[str], Any]) -> Normaliser:
    def normalise(value: Any, _record: Mapping[str, Any]) -> Any:
        text = _as_text(value)
        return check(text) if text else None

    return normalise


def _as_text(value: Any) -> str:
    """A value for a text field; a number (a phone number from a spreadsheet) is its digits."""
    if value is None:
        return ""
    if isinstance(value, str):
        refuse_nul(value)
        return value.strip()
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    raise InvalidInput("{value} is not text", value=value)


def _choice(enum: type[Any], what: Term) -> Normaliser:
    def normalise(value: Any, _record: Mapping[str, Any]) -> Any:
        text = str(value if value is not None else "").strip().lower()
        if not text:
            raise InvalidInput("Choose a {what}", what=what)
        try:
            return enum(text)
        except ValueError:
            allowed = ", ".join(member.value for member in enum)
            raise InvalidInput("{value} is not a {what}; choose one of {allowed}",
                               value=value, what=what, allowed=allowed) from None

    return normalise


def _phone(*country_fields: str) -> Normaliser:
    def normalise(value: Any, record: Mapping[str, Any]) -> str | None:
        text = _as_text(value)
        if not text:
            return None
        country = next((c for c in (_country_of(record, name) for name in country_fields) if c),
                       None)
        return check_phone(text, country_code=country)

    return normalise


def _country_of(record: Mapping[str, Any], name: str) -> str | None:
    value = record.get(name)
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        return check_country_code(value)
    except InvalidInput:
        return None


def _optional_date(value: Any, _record: Mapping[str, Any]) -> date | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return check_date(value)


_optional_country = _optional(check_country_code)

_NORMALISERS: Final[dict[ValueKind, Normaliser]] = {
    ValueKind.line: _line,
    ValueKind.code: _line,
    ValueKind.text: _text,
    ValueKind.flag: _flag,
    ValueKind.email: _optional(check_email),
    ValueKind.url: _optional(check_url),
    ValueKind.language: _optional(check_language),
    ValueKind.country: _optional_country,
    ValueKind.date: _optional_date,
}


def _normaliser(entry: Field) -> Normaliser:
    """The check of one registry field, by the kind of value it holds."""
    if entry.kind is ValueKind.phone:
        return _phone(*entry.phone_countries)
    if entry.kind is ValueKind.choice:
        assert entry.choices is not None and entry.what is not None, entry.key
        return _choice(entry.choices, entry.what)
    return _NORMALISERS[entry.kind]


def normalisers(fields: tuple[Field, ...]) -> dict[str, Normaliser]:
    """Each field's check, by key, in the registry's order."""
    return {entry.key: _normaliser(entry) for entry in fields}


ORGANIZATION_FIELDS: Final[dict[str, Normaliser]] = normalisers(ORGANIZATION)
"""Every stored field of an organization and its check (from records.fields)."""

CONTACT_FIELDS: Final[dict[str, Normaliser]] = normalisers(CONTACT)
"""Every stored field of a contact and its check (from records.fields)."""


def _check(values: Mapping[str, Any], fields: Mapping[str, Normaliser]) -> Checked:
    clean: dict[str, Any] = {}
    problems: dict[str, Message] = {}
    for name, value in values.items():
        normalise = fields.get(name)
        if normalise is None:
            problems[name] = Message("Unknown field: {field}", field=name)
            continue
        try:
            clean[name] = normalise(value, values)
        except InvalidInput as error:
            problems[name] = error.message
            clean[name] = value
    return Checked(clean, problems)


def check_organization(values: Mapping[str, Any]) -> Checked:
    """Every field given, normalised, and every problem found (the name is required)."""
    checked = _check(values, ORGANIZATION_FIELDS)
    clean, problems = checked.values, checked.problems
    if not clean.get("name") and "name" not in problems:
        problems["name"] = Message("An organization needs a name")
    _check_order(clean, problems, "joined_on", "left_on",
                 Message("The date it left is before the date it joined"))
    return checked


def check_contact(values: Mapping[str, Any]) -> Checked:
    """Every field given, normalised, and every problem found (a name is required)."""
    checked = _check(values, CONTACT_FIELDS)
    clean, problems = checked.values, checked.problems
    name_fields = ("given_name", "family_name", "native_name")
    if not any(clean.get(name) for name in name_fields) and not (set(problems) & set(name_fields)):
        problems["given_name"] = Message(
            "A contact needs a given name, a family name or a native-script name")
    return checked


def enforce(kind: str, values: Mapping[str, Any], *,
            stored: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """The rules every path obeys (form, import, command line): `values` normalised,
    or InvalidInput naming the first problem.

    `stored` is the record as it is, for an update: a phone number is read
    with the record's country even when only the phone changes. Only the
    fields in `values` are returned.
    """
    check = check_organization if kind == "organization" else check_contact
    merged = {**(stored or {}), **values}
    checked = check(merged)
    # A problem already stored (an old address) does not block an edit of other fields.
    problems = {name: problem for name, problem in checked.problems.items()
                if stored is None or name in values}
    if problems:
        name, problem = next(iter(problems.items()))
        raise InvalidInput("{field}: {problem}", field=field_term(name), problem=problem)
    return {name: checked.values[name] for name in values}


def _check_order(
    clean: Mapping[str, Any], problems: dict[str, Message], first: str, last: str,
    message: Message,
) -> None:
    start, end = clean.get(first), clean.get(last)
    if (isinstance(start, date) and isinstance(end, date) and end < start
            and first not in problems and last not in problems):
        problems[last] = message


def check_affiliation(values: Mapping[str, Any]) -> Checked:
    """One affiliation's dates normalised, and its problems: an organization is
    required, dates in order."""
    problems: dict[str, Message] = {}
    clean: dict[str, Any] = dict(values)
    if values.get("organization_id") is None:
        problems["organization_id"] = Message("Choose the organization")
    for name in ("start_date", "end_date"):
        try:
            clean[name] = _optional_date(values.get(name), values)
        except InvalidInput as error:
            problems[name] = error.message
    _check_order(clean, problems, "start_date", "end_date",
                 Message("The end date is before the start date"))
    return Checked(clean, problems)
