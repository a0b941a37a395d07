"""The stored fields of organizations and contacts: one entry each, read by every part
that lists fields.

Adding a field to a record kind is one entry here plus a migration. From the
entries come validation's checks (records.validation), the import targets
(importing.fields), the export columns and the Partner list profile
(exporting.columns, exporting.profiles, exporting.rows), the columns searched as
you type (records.search) and the rows of the record forms (ui.forms). Labels,
hints and tips are English; the window translates them (ui.text.field_labels lists
them for lupdate, and a test checks that every one is listed).

What is not a stored field stays beside its consumer: import-only targets (a
signatory line, a whole name, tags), computed export columns (ID, country name,
organizations, times of change) and the forms' special widgets.

The coordinator's own fields are a database's, not the program's: their values are
the one custom_values entry here, and records.custom_fields gives each as a Field of
its own (key "custom_<id>", custom_id set) for the forms, import and export.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from coalitiondesk.core.errors import Term
from coalitiondesk.core.models import MembershipStatus, OrganizationKind, Sensitivity


class ValueKind(StrEnum):
    """What a field holds, which decides its check, its import parser and its editor."""

    line = "line"
    """One line of text."""
    text = "text"
    """Several lines, kept as written."""
    code = "code"
    """One line that looks like a number but is not one (a postcode): text in a spreadsheet."""
    email = "email"
    url = "url"
    phone = "phone"
    language = "language"
    date = "date"
    flag = "flag"
    country = "country"
    choice = "choice"
    """One of an enumeration's values (`Field.choices`), or a custom field's `options`."""
    number = "number"
    """A custom field's number."""


class Section(StrEnum):
    """The group of the record form a field is shown in."""

    identity = "identity"
    membership = "membership"
    details = "details"
    address = "address"
    notes = "notes"


@dataclass(frozen=True)
class Field:
    """One stored field of a record kind and what every part that lists fields needs."""

    key: str
    """The model attribute (and column)."""
    label: str
    """The field's one English name: form row, import target, export header."""
    kind: ValueKind
    section: Section
    headers: tuple[str, ...] = ()
    """More headers partners write for it, recognised on import (compared loosely)."""
    choices: type[StrEnum] | None = None
    what: Term | None = None
    """How a problem with a choice names the field ("Choose a kind of organization")."""
    phone_countries: tuple[str, ...] = ()
    """For a phone number: the fields whose country reads a number without +, in turn."""
    imported: bool = True
    exported: bool = True
    private: bool = False
    """Says more than a partner needs: never in the Partner list, marked in the export."""
    for_partners: bool = True
    """In the Partner list (unless private); False for the coordinator's working details."""
    searched: bool = False
    """Searched as you type; the search index (migration 0002) must list it too."""
    hint: str = ""
    """Placeholder text in an empty editor."""
    tip: str = ""
    custom_id: int | None = None
    """For a field of the coordinator's own (records.custom_fields): its id."""
    options: tuple[str, ...] = ()
    """A custom choice field's values (built-in choices are an enumeration, `choices`)."""

    @property
    def in_partner_list(self) -> bool:
        return self.exported and self.for_partners and not self.private


# Where other systems put the one postal address we keep: Salesforce (Mailing, Billing),
# Google Contacts (Address 1 - ...), Outlook (Business ...), Thunderbird (Work ...).
_ADDRESS_PREFIXES = ("mailing", "billing", "address 1 -", "business", "work", "primary")


def _prefixed(*headers: str) -> tuple[str, ...]:
    return (*headers, *(f"{prefix} {header}" for prefix in _ADDRESS_PREFIXES
                        for header in headers))


def _address(*, private: bool, country_label: str, country_headers: tuple[str, ...]
             ) -> tuple[Field, ...]:
    """The postal address organizations and contacts share (models.AddressFields)."""
    section = Section.address
    return (
        Field("street", "Street", ValueKind.line, section, private=private, headers=(
            *_prefixed("street", "address", "street address"), "address 1", "address line 1",
            "주소", "住所", "番地", "adresse")),
        Field("street2", "Street 2", ValueKind.line, section, private=private, headers=(
            *_prefixed("street 2", "address 2"), "address line 2", "street (second line)",
            "supplemental address 1")),
        Field("city", "City", ValueKind.line, section, private=private, headers=(
            *_prefixed("city"), "town", "도시", "시", "市区町村", "ville", "stadt")),
        Field("region", "Region", ValueKind.line, section, private=private,
              hint="State, province or prefecture", headers=(
                  *_prefixed("region", "state", "state/province", "state/region"),
                  "province", "prefecture", "도", "시도", "都道府県")),
        # England's counties, Korea's 구/군, Japan's 郡: where a letter needs them.
        Field("district", "County or district", ValueKind.line, section, private=private,
              headers=(*_prefixed("county", "district"), "county/district", "구", "군", "구/군",
                       "시군구", "郡", "区")),
        Field("postcode", "Postcode", ValueKind.code, section, private=private, headers=(
            *_prefixed("postcode", "postal code", "zip", "zip/postal code", "zipcode"),
            "post code", "zip code", "우편번호", "郵便番号", "plz")),
        Field("address_country_code", country_label, ValueKind.country, section,
              private=False, headers=country_headers),
        # Letters to Korea, Japan, China and Taiwan use it when it is given. Partners'
        # lists have no such column.
        Field("native_address", "Address in own script", ValueKind.text, section,
              imported=False, exported=False),
    )


_EMAIL_HEADERS = ("email", "e-mail", "mail", "email address", "이메일", "メール", "メールアドレス",
                  "courriel", "primary email", "e-mail 1 - value", "email 1", "電子メール アドレス",
                  "이메일 주소", "전자우편")

# Odoo and CiviCRM "Website", Outlook "Web Page", Thunderbird "Web Page 1", Google
# "Website 1 - Value".
_WEBSITE_HEADERS = ("website", "web site", "web", "url", "homepage", "홈페이지", "website url",
                    "web page", "web page 1", "web page 2", "website 1 - value", "ホームページ",
                    "personal web page", "business web page")

# Which records a partner may see is decided per record, not by a column.
_DO_NOT_SHARE = Field(
    "do_not_share", "Do not share with partners", ValueKind.flag, Section.details,
    imported=False, exported=False,
    tip="Left out of exports for partners and of printed signatory blocks")

_NOTES = Field("notes", "Notes", ValueKind.text, Section.notes, private=True, searched=True,
               headers=("notes", "note", "comments", "comment", "remarks", "비고", "備考", "メモ",
                        "메모", "description"))

# The coordinator's own fields (records.custom_fields): one JSON text in the record's row.
# Each field it holds is a Field of its own for the forms, import and export
# (custom_fields.registry_fields); this entry is the stored column, checked as text
# here and value by value against its definitions by custom_fields.
_CUSTOM_VALUES = Field("custom_values", "Own fields", ValueKind.text, Section.notes,
                       imported=False, exported=False)

ORGANIZATION: Final[tuple[Field, ...]] = (
    Field("name", "Name", ValueKind.line, Section.identity, searched=True, hint="Required",
          headers=(
              "organisation", "organization", "organisation name", "organization name", "name",
              "org", "org name", "group", "ngo", "member", "members", "단체", "단체명", "기관",
              "기관명", "団体", "団体名", "組織", "組織名", "organisme", "organización",
              "account name", "company name", "company", "organization 1 - name", "회사",
              "회사명", "会社名")),
    Field("acronym", "Acronym", ValueKind.line, Section.identity, searched=True, headers=(
        "acronym", "abbreviation", "abbr", "short name", "약칭", "略称")),
    Field("full_name", "Full organization name", ValueKind.line, Section.identity,
          searched=True, for_partners=False, hint="When longer than the name", headers=(
              "full name", "long name", "full organisation name", "full organization name",
              "legal name")),
    Field("native_name", "Native name", ValueKind.line, Section.identity, searched=True,
          hint="e.g. 북한인권시민연합", headers=(
              "native name", "local name", "name in own script", "name in local language",
              "현지명", "한글명", "日本語名")),
    # Only for sorting in CoalitionDesk's own lists.
    Field("sort_name", "Sort name", ValueKind.line, Section.identity, exported=False,
          hint="When the name sorts wrongly", headers=("sort name", "sort as")),
    Field("signatory_name", "Name on signatory lines", ValueKind.line, Section.identity,
          searched=True, for_partners=False, hint="When not the name",
          tip="The organization's name on the signatory lines of letters, when not its name",
          headers=("signatory name", "name on letters", "name on signatory lines")),
    Field("kind", "Kind", ValueKind.choice, Section.identity, choices=OrganizationKind,
          what=Term("kind of organization"), headers=(
              "kind", "type", "org type", "organisation type", "organization type")),
    Field("country_code", "Country code", ValueKind.country, Section.identity, headers=(
        "country", "nation", "country code", "based in", "국가", "나라", "国", "国名", "pays",
        "land", "país", "country/region", *_prefixed("country", "country/region"), "国/地域")),
    # How a letter's signatory lines look is the coordinator's layout, not a partner's data.
    Field("show_country_on_signature", "Show the country on signatory lines", ValueKind.flag,
          Section.identity, exported=False, headers=(
              "show country", "show country on signature")),
    Field("membership_status", "Membership status", ValueKind.choice, Section.membership,
          choices=MembershipStatus, what=Term("membership status"), headers=(
              "membership", "membership status", "status", "member status")),
    Field("joined_on", "Joined on", ValueKind.date, Section.membership, headers=(
        "joined", "joined on", "join date", "member since", "date joined")),
    Field("left_on", "Left on", ValueKind.date, Section.membership, for_partners=False,
          headers=("left", "left on", "date left")),
    Field("website", "Website", ValueKind.url, Section.details, hint="e.g. www.example.org",
          headers=_WEBSITE_HEADERS),
    Field("email", "Email", ValueKind.email, Section.details, searched=True,
          hint="e.g. office@example.org", headers=_EMAIL_HEADERS),
    # The office's own country decides how a local number is read.
    Field("phone", "Phone", ValueKind.phone, Section.details,
          phone_countries=("address_country_code", "country_code"),
          hint="Local, or international with +", headers=(
              "phone", "tel", "telephone", "phone number", "전화", "전화번호", "電話", "電話番号",
              "business phone", "work phone", "company main phone", "phone 1 - value")),
    _DO_NOT_SHARE,
    *_address(private=False, country_label="Address country code", country_headers=(
        "address country", "address country code", "postal country")),
    # An organization's notes are the coordinator's, like a contact's.
    _NOTES,
    _CUSTOM_VALUES,
)

CONTACT: Final[tuple[Field, ...]] = (
    Field("given_name", "Given name", ValueKind.line, Section.identity, headers=(
        "given name", "first name", "first", "forename", "firstname", "prénom", "vorname", "名",
        "名前 (名)")),
    Field("family_name", "Family name", ValueKind.line, Section.identity, headers=(
        "family name", "surname", "last name", "last", "lastname", "성", "姓", "nom de famille",
        "nachname", "名前 (姓)")),
    Field("family_name_first", "Family name first", ValueKind.flag, Section.identity,
          tip="As Korean, Japanese and Chinese names are written: Ha Tae Kyung",
          headers=("family name first", "family first")),
    Field("native_name", "Native name", ValueKind.line, Section.identity, searched=True,
          hint="e.g. 하태경", headers=(
              "native name", "name in own script", "local name", "한글 이름", "한글명", "漢字")),
    Field("honorific", "Honorific", ValueKind.line, Section.identity,
          hint="e.g. Mr, Ms, Dr, Rev.", headers=(
              "honorific", "prefix", "mr/ms", "courtesy title", "name prefix",
              "individual prefix", "敬称", "호칭")),
    Field("salutation", "Salutation", ValueKind.line, Section.identity, for_partners=False,
          headers=("salutation", "greeting", "dear", "email greeting")),
    Field("position", "Position", ValueKind.line, Section.identity, searched=True, headers=(
        "position", "title", "job title", "function", "직책", "직위", "役職", "job position",
        "organization title", "organization 1 - title", "직함")),
    Field("email", "Email", ValueKind.email, Section.details, searched=True,
          hint="e.g. name@example.org", headers=_EMAIL_HEADERS),
    Field("phone", "Phone", ValueKind.phone, Section.details,
          phone_countries=("address_country_code",), hint="Local, or international with +",
          headers=("phone", "tel", "telephone", "phone number", "전화", "전화번호", "電話",
                   "電話番号", "phone 1 - value", "business phone", "work phone", "会社電話")),
    # Odoo "Mobile", Outlook "Mobile Phone", HubSpot "Mobile Phone Number", Thunderbird
    # "Mobile Number"; Google's "Phone N - Value" when its Type column says Mobile
    # (importing.mapping).
    Field("mobile_phone", "Mobile phone", ValueKind.phone, Section.details, private=True,
          phone_countries=("address_country_code",), hint="Local, or international with +",
          headers=("mobile", "mobile phone", "mobile number", "mobile phone number", "cell",
                   "cell phone", "cellphone", "휴대폰", "휴대전화", "핸드폰", "携帯電話", "携帯",
                   "携帯番号")),
    Field("website", "Website", ValueKind.url, Section.details, hint="e.g. www.example.org",
          headers=_WEBSITE_HEADERS),
    Field("social_handle", "Social handle", ValueKind.line, Section.details, searched=True,
          hint="e.g. @handle (X)", headers=(
              "social", "social handle", "twitter", "handle", "social media", "screen name")),
    Field("preferred_language", "Language", ValueKind.language, Section.details,
          hint="Code such as ko, ja, en", headers=(
              "language", "preferred language", "언어", "言語")),
    # A person's postal address is their home address as often as not.
    *_address(private=True, country_label="Country code", country_headers=(
        "country", "nation", "address country", "country code", "국가", "나라", "国", "国名",
        "pays", "land", "país", "country/region", *_prefixed("country", "country/region"),
        "国/地域")),
    Field("do_not_mail", "Do not send post", ValueKind.flag, Section.details, private=True,
          headers=("do not mail", "no mail", "no post")),
    Field("do_not_email", "Do not send e-mail", ValueKind.flag, Section.details, private=True,
          headers=("do not email", "no email")),
    Field("sensitivity", "Sensitivity", ValueKind.choice, Section.identity, private=True,
          choices=Sensitivity, what=Term("sensitivity"),
          tip="Restricted contacts stay on this computer: exports and partner lists leave "
              "them out unless you include restricted records explicitly",
          headers=("sensitivity", "restricted", "confidential")),
    _DO_NOT_SHARE,
    _NOTES,
    _CUSTOM_VALUES,
)

REGISTRY: Final[dict[str, tuple[Field, ...]]] = {"organization": ORGANIZATION,
                                                  "contact": CONTACT}
"""The fields of each record kind, by the kind's name."""


def field(fields: tuple[Field, ...], key: str) -> Field:
    for candidate in fields:
        if candidate.key == key:
            return candidate
    raise KeyError(key)


def in_section(fields: tuple[Field, ...], section: Section) -> tuple[Field, ...]:
    return tuple(candidate for candidate in fields if candidate.section is section)
