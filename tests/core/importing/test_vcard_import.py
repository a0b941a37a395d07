"""vCard files as Google (3.0), Apple (3.0, grouped items), Outlook (2.1: QUOTED-PRINTABLE,
CHARSET) and RFC 6350 (4.0) write them, imported as contacts cell by cell: every value on a
card is stored in its field or its column is reported as not imported.

The files are written here from the formats of RFC 2425/2426 (3.0), the vCard 2.1
specification and RFC 6350 (4.0): CRLF line ends, long lines folded with a space,
structured values separated by semicolons.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlmodel import select

from coalitiondesk.core.importing import (
    Action,
    ImportKind,
    apply_import,
    guess_mapping,
    kind_for,
    prepare_import,
    read_file,
    run_to_end,
)
from coalitiondesk.core.importing.readers import UnreadableFile
from coalitiondesk.core.models import Affiliation, Contact, ContactBase, Organization
from coalitiondesk.core.storage.db import Database


def _crlf(*lines: str) -> bytes:
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


GOOGLE = _crlf(
    "BEGIN:VCARD", "VERSION:3.0", "FN:Takuya Yokota", "N:Yokota;Takuya;;;",
    "EMAIL;TYPE=INTERNET;TYPE=HOME:yokota@families.example",
    "EMAIL;TYPE=INTERNET:takuya.second@families.example",
    "TEL;TYPE=CELL:+81 90-1234-5678", "TEL;TYPE=WORK:+81 3-1234-5678",
    "ADR;TYPE=WORK:;;1-2-3 Nagatacho;Chiyoda-ku;Tokyo;100-0014;Japan",
    "ORG:Families Association", "TITLE:Secretary General",
    "URL:https://families.example", "NOTE:Brother of the abductee\\, met in 2019",
    "BDAY:1968-10-15", "CATEGORIES:myContacts,Coalition", "END:VCARD",
    "BEGIN:VCARD", "VERSION:3.0", "FN:Ana Lopez", "N:Lopez;Ana;;Dr.;",
    "EMAIL;TYPE=INTERNET:ana@lopez.example", "END:VCARD")

# Apple: grouped items with their labels, and a long note folded onto a second line.
APPLE = _crlf(
    "BEGIN:VCARD", "VERSION:3.0", "PRODID:-//Apple Inc.//iPhone OS 17.0//EN",
    "N:Park;Ji-won;;;", "FN:Ji-won Park", "ORG:Seoul Rights Forum;Research",
    "item1.EMAIL;type=INTERNET;type=pref:jiwon@srf.example",
    "item1.X-ABLabel:_$!<Other>!$_",
    "TEL;type=CELL;type=VOICE;type=pref:010-1234-5678",
    "item2.ADR;type=WORK;type=pref:;;Sejong-daero 175\\nFloor 4;Seoul;;03154;South Korea",
    "item3.URL;type=pref:https://srf.example/jiwon", "item3.X-ABLabel:_$!<HomePage>!$_",
    "NOTE:Researcher on detention conditions; prefers Signal for anything sensit",
    " ive.", "END:VCARD")

# Outlook 2.1: bare types, QUOTED-PRINTABLE with soft line breaks, UTF-8 and cp1252.
OUTLOOK = _crlf(
    "BEGIN:VCARD", "VERSION:2.1",
    "N;CHARSET=utf-8;ENCODING=QUOTED-PRINTABLE:=ED=99=8D;=EA=B8=B8=EB=8F=99",
    "FN;CHARSET=utf-8;ENCODING=QUOTED-PRINTABLE:=ED=99=8D=EA=B8=B8=EB=8F=99",
    "ORG:Citizens' Alliance", "TITLE:Director",
    "TEL;WORK;VOICE:02-723-1672", "TEL;CELL;VOICE:010-9876-5432",
    "ADR;WORK;ENCODING=QUOTED-PRINTABLE:;;Sejong-daero 175=0D=0A4th floor;Seo=",
    "ul;;03154;Korea",
    "NOTE;CHARSET=windows-1252;ENCODING=QUOTED-PRINTABLE:Caf=E9 meeting",
    "EMAIL;PREF;INTERNET:hong@alliance.example", "END:VCARD")

V4 = _crlf(
    "BEGIN:VCARD", "VERSION:4.0", "FN:Minho Lee", "N:Lee;Minho;;Mr.;",
    "KIND:individual", "EMAIL;TYPE=work:minho@srf.example",
    'TEL;VALUE=uri;TYPE="voice,cell":tel:+82-10-5555-1234',
    "LANG:ko", "URL:https://srf.example/minho", "END:VCARD")


def _stored(database: Database) -> list[dict[str, Any]]:
    people: list[dict[str, Any]] = []
    with database.session() as session:
        for contact in session.exec(select(Contact).order_by(Contact.id)):
            values = {name: getattr(contact, name) for name in ContactBase.model_fields
                      if getattr(contact, name) not in (None, False, "")}
            values.pop("sensitivity", None)
            organizations = [organization.name for affiliation in session.exec(
                select(Affiliation).where(Affiliation.contact_id == contact.id))
                if (organization := session.get(Organization, affiliation.organization_id))]
            if organizations:
                values["organizations"] = organizations
            people.append(values)
    return people


CASES: dict[str, dict[str, Any]] = {
    "google.vcf": {
        "data": GOOGLE,
        "not_imported": [("Email 2", 1), ("Birthday", 1)],
        "stored": [{"given_name": "Takuya", "family_name": "Yokota", "family_name_first": True,
                    "position": "Secretary General", "email": "yokota@families.example",
                    "mobile_phone": "+81 90-1234-5678", "phone": "+81 3-1234-5678",
                    "website": "https://families.example",
                    "street": "1-2-3 Nagatacho", "city": "Chiyoda-ku", "region": "Tokyo",
                    "postcode": "100-0014", "address_country_code": "JP",
                    "notes": "Brother of the abductee, met in 2019",
                    "organizations": ["Families Association"]},
                   {"given_name": "Ana", "family_name": "Lopez", "honorific": "Dr.",
                    "email": "ana@lopez.example"}],
    },
    "apple.vcf": {
        "data": APPLE,
        "not_imported": [("Department", 1)],
        "stored": [{"given_name": "Ji-won", "family_name": "Park", "family_name_first": True,
                    "email": "jiwon@srf.example", "mobile_phone": "+82 10-1234-5678",
                    "website": "https://srf.example/jiwon", "street": "Sejong-daero 175",
                    "street2": "Floor 4", "city": "Seoul", "postcode": "03154",
                    "address_country_code": "KR",
                    "notes": "Researcher on detention conditions; prefers Signal for "
                             "anything sensitive.",
                    "organizations": ["Seoul Rights Forum"]}],
    },
    "outlook.vcf": {
        "data": OUTLOOK,
        "not_imported": [],
        "stored": [{"given_name": "길동", "family_name": "홍", "family_name_first": True,
                    "native_name": "홍길동",
                    "position": "Director", "phone": "+82 2-723-1672",
                    "mobile_phone": "+82 10-9876-5432", "email": "hong@alliance.example",
                    "street": "Sejong-daero 175", "street2": "4th floor", "city": "Seoul",
                    "postcode": "03154", "address_country_code": "KR",
                    "notes": "Café meeting", "organizations": ["Citizens' Alliance"]}],
    },
    "v4.vcf": {
        "data": V4,
        "not_imported": [],
        # No country and no Hangul: nothing says the family name comes first.
        "stored": [{"given_name": "Minho", "family_name": "Lee", "honorific": "Mr.",
                    "email": "minho@srf.example",
                    "mobile_phone": "+82 10-5555-1234", "preferred_language": "ko",
                    "website": "https://srf.example/minho"}],
    },
}


@pytest.mark.parametrize("name", list(CASES))
def test_a_vcard_file_is_stored_or_reported_cell_by_cell(
        database: Database, tmp_path: Path, name: str) -> None:
    case = CASES[name]
    path = tmp_path / name
    path.write_bytes(case["data"])
    table = read_file(path)
    kind = kind_for(table)
    assert kind is ImportKind.contacts
    mapping = guess_mapping(table, kind)
    plan = run_to_end(prepare_import(database=database, table=table, kind=kind,
                                     mapping=mapping))
    assert plan.counts()[Action.error] == 0, [row.problems for row in plan.rows]
    reported = [(column.header, column.values) for column in plan.not_imported_columns()]
    assert reported == case["not_imported"]
    mapped = {header for header, key in zip(table.headers, mapping, strict=True) if key}
    for row in table.rows:
        for header, cell in zip(table.headers, row.cells, strict=True):
            if cell:
                assert header in mapped or header in dict(reported), (header, cell)
    run_to_end(apply_import(database=database, plan=plan))
    assert _stored(database) == case["stored"]


def test_the_first_card_names_its_columns_as_other_imports_do(tmp_path: Path) -> None:
    path = tmp_path / "contacts.vcf"
    path.write_bytes(GOOGLE)
    table = read_file(path)
    assert table.headers[:3] == ["Name Prefix", "Given Name", "Family Name"]
    first = dict(zip(table.headers, table.rows[0].cells, strict=True))
    assert first["Tags"] == "myContacts, Coalition"
    assert first["Mobile Phone"] == "+81 90-1234-5678"


def test_a_file_named_vcf_without_cards_is_one_sentence(tmp_path: Path) -> None:
    path = tmp_path / "empty.vcf"
    path.write_bytes(b"Name,Email\nAna,ana@lopez.example\n")
    with pytest.raises(UnreadableFile, match=r"empty\.vcf holds no vCard"):
        read_file(path)
