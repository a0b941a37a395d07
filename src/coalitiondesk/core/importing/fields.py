"""What a column can be imported as, and the headers partners write for it."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from functools import cache


class ImportKind(StrEnum):
    organizations = "organizations"
    contacts = "contacts"


class ValueType(StrEnum):
    text = "text"
    date = "date"
    bool = "bool"
    email = "email"
    country = "country"
    tags = "tags"
    uuid = "uuid"
    org_kind = "org_kind"
    membership = "membership"
    sensitivity = "sensitivity"
    signatory_line = "signatory_line"
    person_name = "person_name"
    organization = "organization"


@dataclass(frozen=True)
class Target:
    """One thing a column can fill: a record field or a special one (signatory line, tags)."""

    key: str
    label: str
    type: ValueType = ValueType.text
    headers: tuple[str, ...] = ()


def header_key(text: str) -> str:
    """Headers compared without case, spaces, punctuation or accents: "E-mail" is "email"."""
    folded = unicodedata.normalize("NFKD", text).casefold()
    return "".join(char for char in folded if char.isalnum() and not unicodedata.combining(char))


_ADDRESS = (
    Target("street", "Street", headers=("street", "address", "street address", "address 1",
                                        "address line 1", "주소", "住所", "adresse")),
    Target("street2", "Street (second line)", headers=("street 2", "address 2",
                                                       "address line 2")),
    Target("city", "City", headers=("city", "town", "도시", "市区町村", "ville", "stadt")),
    Target("region", "Region", headers=("region", "state", "province", "prefecture",
                                        "county", "도", "都道府県")),
    Target("postcode", "Postcode", headers=("postcode", "postal code", "post code", "zip",
                                            "zip code", "zipcode", "우편번호", "郵便番号", "plz")),
)

_SHARED_TAIL = (
    Target("tags", "Tags", ValueType.tags, ("tags", "tag", "labels", "categories", "groups")),
    Target("notes", "Notes", headers=("notes", "note", "comments", "comment", "remarks",
                                      "비고", "備考")),
    Target("uuid", "CoalitionDesk ID", ValueType.uuid,
           ("id", "uuid", "stable id", "coalitiondesk id", "record id")),
)

ORGANIZATION_TARGETS: tuple[Target, ...] = (
    Target("name", "Name", headers=(
        "organisation", "organization", "organisation name", "organization name", "name",
        "org", "org name", "group", "ngo", "member", "members", "단체", "단체명", "기관",
        "기관명", "団体", "団体名", "組織", "組織名", "organisme", "organización")),
    Target("signatory_line", "Name (Country)", ValueType.signatory_line, (
        "name (country)", "organisation (country)", "organization (country)", "signatory",
        "signatories", "signed by", "signatory organisations", "signatory organizations",
        "signatory line", "signatory lines")),
    Target("acronym", "Acronym", headers=("acronym", "abbreviation", "abbr", "short name",
                                          "약칭", "略称")),
    Target("full_name", "Full name", headers=("full name", "long name", "full organisation name",
                                              "full organization name")),
    Target("native_name", "Name in own script", headers=(
        "native name", "local name", "name in own script", "name in local language",
        "현지명", "한글명", "日本語名")),
    Target("signatory_name", "Name on signatory lines", headers=("signatory name",
                                                                 "name on letters",
                                                                 "name on signatory lines")),
    Target("sort_name", "Sort name", headers=("sort name", "sort as")),
    Target("kind", "Kind", ValueType.org_kind, ("kind", "type", "org type",
                                                "organisation type", "organization type")),
    Target("country_code", "Country", ValueType.country, (
        "country", "nation", "country code", "based in", "국가", "나라", "国", "国名", "pays",
        "land", "país")),
    Target("show_country_on_signature", "Show country on signature", ValueType.bool,
           ("show country", "show country on signature")),
    Target("membership_status", "Membership", ValueType.membership, (
        "membership", "membership status", "status", "member status")),
    Target("joined_on", "Joined on", ValueType.date, ("joined", "joined on", "join date",
                                                       "member since", "date joined")),
    Target("left_on", "Left on", ValueType.date, ("left", "left on", "date left")),
    Target("website", "Website", headers=("website", "web site", "web", "url", "homepage",
                                          "홈페이지")),
    Target("email", "Email", ValueType.email, ("email", "e-mail", "mail", "email address",
                                               "이메일", "メール", "メールアドレス", "courriel")),
    Target("phone", "Phone", headers=("phone", "tel", "telephone", "phone number", "전화",
                                      "전화번호", "電話", "電話番号")),
    *_ADDRESS,
    Target("address_country_code", "Address country", ValueType.country,
           ("address country", "address country code", "postal country")),
    *_SHARED_TAIL,
)

CONTACT_TARGETS: tuple[Target, ...] = (
    Target("person_name", "Name (whole)", ValueType.person_name, (
        "name", "full name", "contact", "contact name", "person", "이름", "성명", "氏名",
        "名前", "nom")),
    Target("given_name", "Given name", headers=("given name", "first name", "first",
                                                "forename", "firstname", "prénom", "vorname")),
    Target("family_name", "Family name", headers=("family name", "surname", "last name", "last",
                                                  "lastname", "성", "姓", "nom de famille",
                                                  "nachname")),
    Target("family_name_first", "Family name first", ValueType.bool,
           ("family name first", "family first")),
    Target("native_name", "Name in own script", headers=(
        "native name", "name in own script", "local name", "한글 이름", "한글명", "漢字")),
    Target("honorific", "Honorific", headers=("honorific", "prefix", "mr/ms", "courtesy title")),
    Target("salutation", "Salutation", headers=("salutation", "greeting", "dear")),
    Target("position", "Position", headers=("position", "title", "job title", "function",
                                            "직책", "직위", "役職")),
    Target("organization", "Organization", ValueType.organization, (
        "organisation", "organization", "organisations", "organizations", "org", "company",
        "employer", "affiliation", "소속", "단체", "所属", "団体")),
    Target("role", "Role at the organization", headers=("role",)),
    Target("email", "Email", ValueType.email, ("email", "e-mail", "mail", "email address",
                                               "이메일", "メール", "メールアドレス", "courriel")),
    Target("phone", "Phone", headers=("phone", "tel", "telephone", "mobile", "phone number",
                                      "cell", "전화", "전화번호", "휴대폰", "電話", "電話番号")),
    Target("social_handle", "Social media", headers=("social", "social handle", "twitter",
                                                     "handle", "social media")),
    Target("preferred_language", "Language", headers=("language", "preferred language",
                                                      "언어", "言語")),
    *_ADDRESS,
    Target("address_country_code", "Country", ValueType.country, (
        "country", "nation", "address country", "country code", "국가", "나라", "国", "国名",
        "pays", "land", "país")),
    Target("do_not_mail", "Do not mail", ValueType.bool, ("do not mail", "no mail", "no post")),
    Target("do_not_email", "Do not email", ValueType.bool, ("do not email", "no email")),
    Target("sensitivity", "Sensitivity", ValueType.sensitivity, (
        "sensitivity", "restricted", "confidential")),
    *_SHARED_TAIL,
)

# Headers that only a list of people has: they decide the kind of a file.
_PERSON_HEADERS = frozenset(
    header_key(header)
    for target in CONTACT_TARGETS
    if target.key in {"given_name", "family_name", "position", "honorific", "salutation",
                      "person_name", "do_not_email", "social_handle"}
    for header in target.headers
    if header_key(header) != "name"
)


def targets(kind: ImportKind) -> tuple[Target, ...]:
    return ORGANIZATION_TARGETS if kind is ImportKind.organizations else CONTACT_TARGETS


def target(kind: ImportKind, key: str) -> Target:
    for candidate in targets(kind):
        if candidate.key == key:
            return candidate
    raise KeyError(key)


@cache
def _header_index(kind: ImportKind) -> dict[str, str]:
    index: dict[str, str] = {}
    for candidate in targets(kind):
        for header in (*candidate.headers, candidate.label, candidate.key):
            index.setdefault(header_key(header), candidate.key)
    return index


def field_for_header(kind: ImportKind, header: str) -> str | None:
    """The target a header names, or None."""
    key = header_key(header)
    if not key:
        return None
    return _header_index(kind).get(key)


def is_known_header(header: str) -> bool:
    return any(field_for_header(kind, header) for kind in ImportKind)


def guess_kind(headers: list[str]) -> ImportKind:
    """Contacts when a header only a list of people has is present, else organizations."""
    keys = {header_key(header) for header in headers}
    return ImportKind.contacts if keys & _PERSON_HEADERS else ImportKind.organizations
