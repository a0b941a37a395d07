"""Files exported by other systems, written here from each system's documented export
format (tests/data/import/make_other_systems.py), imported cell by cell: every non-empty
value is stored in the right field or its column is reported as not imported (issue 14).

What each system's export carries that CoalitionDesk keeps no field for (a second e-mail,
a birthday, the system's own IDs and labels) is reported, with its number of values, never
dropped without a word. A mobile number and a contact's website have fields of their own;
Google's "Phone N - Value" is the mobile phone when its Type column says Mobile.
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
from coalitiondesk.core.importing.values import clean_text
from coalitiondesk.core.models import (
    Affiliation,
    Contact,
    ContactBase,
    Organization,
    OrganizationBase,
)
from coalitiondesk.core.records import tags as tag_service
from coalitiondesk.core.storage.db import Database

IMPORT = Path(__file__).resolve().parents[2] / "data" / "import"

ENCODINGS = {"outlook_contacts_cp932.csv": "cp932", "thunderbird_cp932.csv": "cp932",
             "korean_headers_cp949.csv": "cp949", "japanese_headers_cp932.csv": "cp932"}

# Per file: the field each mapped header fills, the columns reported as not imported
# with their number of values, and each contact as stored (fields that are set, the
# organizations it is affiliated with, its tags).
CASES: dict[str, dict[str, Any]] = {
    "salesforce_contacts.csv": {
        "mapping": {"Salutation": "salutation",
                    "First Name": "given_name",
                    "Last Name": "family_name",
                    "Title": "position",
                    "Account Name": "organization",
                    "Mailing Street": "street",
                    "Mailing City": "city",
                    "Mailing State/Province": "region",
                    "Mailing Zip/Postal Code": "postcode",
                    "Mailing Country": "address_country_code",
                    "Phone": "phone",
                    "Email": "email",
                    "Description": "notes",
                    "Mobile": "mobile_phone"},
        "not_imported": [("Contact ID", 2)],
        "stored": [{"street": "350 Fifth Avenue, 34th Floor",
                    "city": "New York",
                    "region": "NY",
                    "postcode": "10118",
                    "address_country_code": "US",
                    "given_name": "Phil",
                    "family_name": "Robertson",
                    "honorific": "Mr.",
                    "position": "Deputy Director",
                    "email": "phil@asiawatch.example",
                    "phone": "+1 212-290-4700",
                    "notes": "Met at the Geneva side event",
                    "organizations": ["Asia Watch Desk"],
                    "mobile_phone": "+1 917-555-0134"},
                   {"street": "Sejong-daero 175",
                    "city": "Seoul",
                    "postcode": "03154",
                    "address_country_code": "KR",
                    "given_name": "Ji-won",
                    "family_name": "Park",
                    "family_name_first": True,
                    "honorific": "Ms.",
                    "position": "Researcher",
                    "email": "jiwon@srf.example",
                    "phone": "+82 2-723-1672",
                    "organizations": ["Seoul Rights Forum"]}],
    },
    "google_contacts.csv": {
        "mapping": {"Name": "person_name",
                    "Given Name": "given_name",
                    "Family Name": "family_name",
                    "Name Prefix": "honorific",
                    "Sensitivity": "sensitivity",
                    "Notes": "notes",
                    "Language": "preferred_language",
                    "E-mail 1 - Value": "email",
                    "Phone 1 - Value": "mobile_phone",
                    "Address 1 - Street": "street",
                    "Address 1 - City": "city",
                    "Address 1 - Region": "region",
                    "Address 1 - Postal Code": "postcode",
                    "Address 1 - Country": "address_country_code",
                    "Organization 1 - Name": "organization",
                    "Organization 1 - Title": "position",
                    "Website 1 - Value": "website"},
        "not_imported": [("Group Membership", 2),
                         ("E-mail 1 - Type", 2),
                         ("Phone 1 - Type", 1),
                         ("Address 1 - Type", 1),
                         ("Address 1 - Formatted", 1),
                         ("Website 1 - Type", 1)],
        "stored": [{"street": "1-2-3 Nagatacho",
                    "city": "Chiyoda-ku",
                    "region": "Tokyo",
                    "postcode": "100-0014",
                    "address_country_code": "JP",
                    "given_name": "Takuya",
                    "family_name": "Yokota",
                    "family_name_first": True,
                    "position": "Secretary General",
                    "email": "yokota@families.example",
                    "notes": "Brother of the abductee",
                    "organizations": ["Families Association"],
                    "mobile_phone": "+81 90-1234-5678"},
                   {"city": "Madrid",
                    "address_country_code": "ES",
                    "given_name": "Ana",
                    "family_name": "Lopez",
                    "honorific": "Dr.",
                    "email": "ana@lopez.example",
                    "website": "https://lopez.example"}],
    },
    "outlook_contacts_cp932.csv": {
        "mapping": {"Title": "honorific",
                    "First Name": "given_name",
                    "Last Name": "family_name",
                    "Company": "organization",
                    "Job Title": "position",
                    "Business Street": "street",
                    "Business Street 2": "street2",
                    "Business City": "city",
                    "Business State": "region",
                    "Business Postal Code": "postcode",
                    "Business Country/Region": "address_country_code",
                    "Business Phone": "phone",
                    "Categories": "tags",
                    "E-mail Address": "email",
                    "Language": "preferred_language",
                    "Notes": "notes",
                    "Sensitivity": "sensitivity",
                    "Mobile Phone": "mobile_phone",
                    "Web Page": "website"},
        "not_imported": [("E-mail Type", 2),
                         ("E-mail Display Name", 2),
                         ("Gender", 2),
                         ("Initials", 2),
                         ("Priority", 2),
                         ("Private", 2)],
        "stored": [{"street": "永田町1-2-3",
                    "city": "千代田区",
                    "region": "東京都",
                    "postcode": "100-0014",
                    "address_country_code": "JP",
                    "given_name": "権兵衛",
                    "family_name": "名無",
                    "family_name_first": True,
                    "honorific": "Mr.",
                    "position": "事務局長",
                    "email": "gonbei@kazokukai.example",
                    "phone": "+81 3-1234-5678",
                    "organizations": ["拉致被害者家族会"],
                    "tags": ["Coalition", "Tokyo"],
                    "mobile_phone": "+81 90-1234-5678"},
                   {"city": "Seoul",
                    "address_country_code": "KR",
                    "given_name": "Minho",
                    "family_name": "Lee",
                    "family_name_first": True,
                    "email": "minho@srf.example",
                    "organizations": ["Seoul Rights Forum"],
                    "website": "https://srf.example/minho"}],
    },
    "thunderbird_cp932.csv": {
        "mapping": {"First Name": "given_name",
                    "Last Name": "family_name",
                    "Display Name": "person_name",
                    "Primary Email": "email",
                    "Screen Name": "social_handle",
                    "Work Phone": "phone",
                    "Work Address": "street",
                    "Work Address 2": "street2",
                    "Work City": "city",
                    "Work State": "region",
                    "Work ZipCode": "postcode",
                    "Work Country": "address_country_code",
                    "Job Title": "position",
                    "Organization": "organization",
                    "Notes": "notes",
                    "Mobile Number": "mobile_phone",
                    "Web Page 1": "website"},
        "not_imported": [("Secondary Email", 1), ("Birth Year", 1)],
        "stored": [{"street": "永田町1-2-3",
                    "city": "千代田区",
                    "region": "東京都",
                    "postcode": "100-0014",
                    "address_country_code": "JP",
                    "given_name": "権兵衛",
                    "family_name": "名無",
                    "family_name_first": True,
                    "native_name": "名無 権兵衛",
                    "position": "事務局長",
                    "email": "gonbei@kazokukai.example",
                    "phone": "+81 3-1234-5678",
                    "notes": "家族会の窓口",
                    "organizations": ["拉致被害者家族会"]},
                   {"address_country_code": "TH",
                    "given_name": "Phil",
                    "family_name": "Robertson",
                    "email": "phil@asiawatch.example",
                    "organizations": ["Asia Watch Desk"]}],
    },
    "linkedin_connections.csv": {
        "mapping": {"First Name": "given_name",
                    "Last Name": "family_name",
                    "Email Address": "email",
                    "Company": "organization",
                    "Position": "position",
                    "URL": "website"},
        "not_imported": [("Connected On", 2)],
        "stored": [{"given_name": "Ji-won",
                    "family_name": "Park",
                    "position": "Researcher",
                    "organizations": ["Seoul Rights Forum"],
                    "website": "https://www.linkedin.com/in/jiwon-park-example"},
                   {"given_name": "Ana",
                    "family_name": "Lopez",
                    "position": "Director",
                    "email": "ana@lopez.example",
                    "organizations": ["Iberia Rights"],
                    "website": "https://www.linkedin.com/in/ana-lopez-example"}],
    },
    "hubspot_contacts.csv": {
        "mapping": {"First Name": "given_name",
                    "Last Name": "family_name",
                    "Email": "email",
                    "Phone Number": "phone",
                    "Company Name": "organization",
                    "Job Title": "position",
                    "Street Address": "street",
                    "City": "city",
                    "State/Region": "region",
                    "Postal Code": "postcode",
                    "Country/Region": "address_country_code",
                    "Mobile Phone Number": "mobile_phone",
                    "Website URL": "website"},
        "not_imported": [("Record ID", 2), ("Lifecycle Stage", 2), ("Create Date", 2)],
        "stored": [{"street": "350 Fifth Avenue",
                    "city": "New York",
                    "region": "NY",
                    "postcode": "10118",
                    "address_country_code": "US",
                    "given_name": "Phil",
                    "family_name": "Robertson",
                    "position": "Deputy Director",
                    "email": "phil@asiawatch.example",
                    "phone": "+1 212-290-4700",
                    "organizations": ["Asia Watch Desk"]},
                   {"address_country_code": "KR",
                    "given_name": "Tae Kyung",
                    "family_name": "Ha",
                    "family_name_first": True,
                    "email": "ha@assembly.example",
                    "mobile_phone": "+82 10-1234-5678"}],
    },
    "civicrm_contacts.csv": {
        "mapping": {"Do Not Email": "do_not_email",
                    "Do Not Mail": "do_not_mail",
                    "Display Name": "person_name",
                    "Preferred Language": "preferred_language",
                    "First Name": "given_name",
                    "Last Name": "family_name",
                    "Individual Prefix": "honorific",
                    "Email Greeting": "salutation",
                    "Job Title": "position",
                    "Current Employer": "organization",
                    "Street Address": "street",
                    "Supplemental Address 1": "street2",
                    "City": "city",
                    "Postal Code": "postcode",
                    "State": "region",
                    "Country": "address_country_code",
                    "Phone": "phone",
                    "Email": "email",
                    "Group(s)": "tags",
                    "Tag(s)": "tags",
                    "Note(s)": "notes",
                    "Website": "website"},
        "not_imported": [("Contact ID", 2),
                         ("Contact Type", 2),
                         ("Sort Name", 2),
                         ("Birth Date", 1)],
        "stored": [{"street": "350 Fifth Avenue",
                    "street2": "34th Floor",
                    "city": "New York",
                    "region": "New York",
                    "postcode": "10118",
                    "address_country_code": "US",
                    "given_name": "Phil",
                    "family_name": "Robertson",
                    "honorific": "Mr.",
                    "salutation": "Dear Phil",
                    "position": "Deputy Director",
                    "email": "phil@asiawatch.example",
                    "phone": "+1 212-290-4700",
                    "preferred_language": "en-US",
                    "do_not_mail": True,
                    "notes": "Prefers e-mail",
                    "organizations": ["Asia Watch Desk"],
                    "tags": ["Donor", "Newsletter"],
                    "website": "https://asiawatch.example"},
                   {"address_country_code": "KR",
                    "given_name": "Ji-won",
                    "family_name": "Park",
                    "family_name_first": True,
                    "salutation": "Dear Ji-won",
                    "email": "jiwon@srf.example",
                    "preferred_language": "ko-KR"}],
    },
    "odoo_contacts.csv": {
        "mapping": {"Name": "person_name",
                    "Title": "honorific",
                    "Related Company": "organization",
                    "Job Position": "position",
                    "Email": "email",
                    "Phone": "phone",
                    "Street": "street",
                    "Street2": "street2",
                    "City": "city",
                    "State": "region",
                    "Zip": "postcode",
                    "Country": "address_country_code",
                    "Tags": "tags",
                    "Mobile": "mobile_phone",
                    "Website": "website"},
        "not_imported": [("Salesperson", 2), ("Is a Company", 2)],
        "stored": [{"street": "Uisadang-daero 1",
                    "city": "Seoul",
                    "postcode": "07233",
                    "address_country_code": "KR",
                    "given_name": "Tae Kyung",
                    "family_name": "Ha",
                    "family_name_first": True,
                    "honorific": "Mister",
                    "position": "Member",
                    "email": "ha@assembly.example",
                    "phone": "+82 2-788-2114",
                    "organizations": ["National Assembly Forum"],
                    "tags": ["Parliament"],
                    "mobile_phone": "+82 10-1234-5678"},
                   {"city": "Madrid",
                    "address_country_code": "ES",
                    "given_name": "Ana",
                    "family_name": "Lopez",
                    "honorific": "Doctor",
                    "email": "ana@lopez.example",
                    "organizations": ["Iberia Rights"],
                    "website": "https://lopez.example"}],
    },
    "korean_headers_cp949.csv": {
        "mapping": {"성": "family_name",
                    "이름": "given_name",
                    "단체": "organization",
                    "국가": "address_country_code",
                    "이메일": "email",
                    "전화": "phone",
                    "주소": "street"},
        "not_imported": [],
        "stored": [{"street": "서울시 중구 세종대로 175",
                    "address_country_code": "KR",
                    "given_name": "태경",
                    "family_name": "하",
                    "family_name_first": True,
                    "email": "ha@nkhr.example",
                    "phone": "+82 2-723-1672",
                    "organizations": ["북한인권시민연합"]},
                   {"address_country_code": "JP",
                    "given_name": "타쿠야",
                    "family_name": "요코타",
                    "family_name_first": True,
                    "email": "yokota@families.example",
                    "organizations": ["가족회"]}],
    },
    "japanese_headers_cp932.csv": {
        "mapping": {"姓": "family_name",
                    "名": "given_name",
                    "団体": "organization",
                    "国": "address_country_code",
                    "メール": "email",
                    "電話": "phone",
                    "住所": "street"},
        "not_imported": [],
        "stored": [{"street": "東京都千代田区永田町1-2-3",
                    "address_country_code": "JP",
                    "given_name": "拓也",
                    "family_name": "横田",
                    "family_name_first": True,
                    "email": "yokota@families.example",
                    "phone": "+81 3-1234-5678",
                    "organizations": ["家族会"]},
                   {"address_country_code": "KR",
                    "given_name": "泰慶",
                    "family_name": "河",
                    "family_name_first": True,
                    "email": "ha@nkhr.example",
                    "organizations": ["北朝鮮人権市民連合"]}],
    },
}


# The same for organizations; values at the model's defaults are left out.
ORGANIZATION_CASES: dict[str, dict[str, Any]] = {
    "salesforce_accounts.csv": {
        "mapping": {"Account Name": "name",
                    "Billing Street": "street",
                    "Billing City": "city",
                    "Billing State/Province": "region",
                    "Billing Zip/Postal Code": "postcode",
                    "Billing Country": "country_code",
                    "Phone": "phone",
                    "Website": "website",
                    "Description": "notes"},
        "not_imported": [("Account ID", 2), ("Type", 1), ("Account Owner", 2)],
        "stored": [{"street": "350 Fifth Avenue",
                    "city": "New York",
                    "region": "NY",
                    "postcode": "10118",
                    "name": "Asia Watch Desk",
                    "country_code": "US",
                    "website": "https://asiawatch.example",
                    "phone": "+1 212-290-4700",
                    "notes": "Co-chairs the Asia group"},
                   {"city": "Seoul", "name": "Seoul Rights Forum", "country_code": "KR"}],
    },
    "hubspot_companies.csv": {
        "mapping": {"Company name": "name",
                    "Website URL": "website",
                    "Phone Number": "phone",
                    "Street Address": "street",
                    "City": "city",
                    "State/Region": "region",
                    "Postal Code": "postcode",
                    "Country/Region": "country_code"},
        "not_imported": [("Record ID", 2),
                         ("Company Domain Name", 1),
                         ("Type", 1),
                         ("Create Date", 2)],
        "stored": [{"city": "Madrid",
                    "name": "Iberia Rights",
                    "country_code": "ES",
                    "website": "https://iberia.example",
                    "phone": "+34 911 23 45 67"},
                   {"name": "Hong Kong Watch Group", "country_code": "HK"}],
    },
    "civicrm_organizations.csv": {
        "mapping": {"Organization Name": "name",
                    "Legal Name": "full_name",
                    "Email": "email",
                    "Phone": "phone",
                    "Website": "website",
                    "Street Address": "street",
                    "City": "city",
                    "Postal Code": "postcode",
                    "State": "region",
                    "Country": "country_code",
                    "Tag(s)": "tags",
                    "Note(s)": "notes"},
        "not_imported": [("Contact ID", 2), ("Contact Type", 2)],
        "stored": [{"city": "Seoul",
                    "name": "NK Watch",
                    "full_name": "North Korea Watch Incorporated",
                    "country_code": "KR",
                    "website": "https://nkwatch.example",
                    "email": "office@nkwatch.example",
                    "notes": "Joined the 2019 letter",
                    "tags": ["Member"]},
                   {"name": "Kosovo Forum", "country_code": "XK", "phone": "+383 38 123 456"}],
    },
    "odoo_companies.csv": {
        "mapping": {"Name": "name",
                    "Email": "email",
                    "Phone": "phone",
                    "Website": "website",
                    "Street": "street",
                    "City": "city",
                    "Zip": "postcode",
                    "Country": "country_code",
                    "Tags": "tags"},
        "not_imported": [("Is a Company", 2), ("Company Type", 2), ("Salesperson", 1)],
        "stored": [{"street": "Uisadang-daero 1",
                    "city": "Seoul",
                    "postcode": "07233",
                    "name": "National Assembly Forum",
                    "country_code": "KR",
                    "email": "forum@assembly.example",
                    "phone": "+82 2-788-2114",
                    "tags": ["Parliament"]},
                   {"name": "Families Association",
                    "country_code": "JP",
                    "website": "https://families.example"}],
    },
}
_ORGANIZATION_DEFAULTS = {"kind": "ngo", "membership_status": "member",
                          "show_country_on_signature": True}


def stored_contacts(database: Database) -> list[dict[str, Any]]:
    contacts: list[dict[str, Any]] = []
    with database.session() as session:
        for contact in session.exec(select(Contact).order_by(Contact.id)):
            values = {name: getattr(contact, name) for name in ContactBase.model_fields
                      if getattr(contact, name) not in (None, False, "")}
            if values.get("sensitivity") == "normal":
                del values["sensitivity"]
            values = {name: getattr(value, "value", value) for name, value in values.items()}
            organizations = [
                organization.name for affiliation in session.exec(
                    select(Affiliation).where(Affiliation.contact_id == contact.id))
                if (organization := session.get(Organization, affiliation.organization_id))]
            if organizations:
                values["organizations"] = organizations
            assert contact.id is not None
            tags = tag_service.contact_tags(session=session, contact_id=contact.id)
            if tags:
                values["tags"] = tags
            contacts.append(values)
    return contacts


@pytest.mark.parametrize("name", list(CASES))
def test_an_export_is_stored_or_reported_cell_by_cell(database: Database, name: str) -> None:
    case = CASES[name]
    table = read_file(IMPORT / name)
    assert table.encoding == ENCODINGS.get(name, "utf-8")
    kind = kind_for(table)
    assert kind is ImportKind.contacts
    mapping = guess_mapping(table, kind)
    assert {header: key for header, key in zip(table.headers, mapping, strict=True)
            if key} == case["mapping"]
    plan = run_to_end(prepare_import(database=database, table=table, kind=kind,
                                     mapping=mapping))
    assert plan.counts()[Action.error] == 0, [row.problems for row in plan.rows]
    reported = [(column.header, column.values) for column in plan.not_imported_columns()]
    assert reported == case["not_imported"]
    for row in table.rows:
        for header, cell in zip(table.headers, row.cells, strict=False):
            if clean_text(cell) is not None:
                assert header in case["mapping"] or header in dict(reported), (header, cell)
    run_to_end(apply_import(database=database, plan=plan))
    assert stored_contacts(database) == case["stored"]


def stored_organizations(database: Database) -> list[dict[str, Any]]:
    organizations: list[dict[str, Any]] = []
    with database.session() as session:
        for organization in session.exec(select(Organization).order_by(Organization.id)):
            values = {name: getattr(getattr(organization, name), "value",
                                    getattr(organization, name))
                      for name in OrganizationBase.model_fields
                      if getattr(organization, name) not in (None, False, "")}
            values = {name: value for name, value in values.items()
                      if _ORGANIZATION_DEFAULTS.get(name) != value}
            assert organization.id is not None
            tags = tag_service.organization_tags(session=session,
                                                 organization_id=organization.id)
            if tags:
                values["tags"] = tags
            organizations.append(values)
    return organizations


@pytest.mark.parametrize("name", list(ORGANIZATION_CASES))
def test_an_organizations_export_is_stored_or_reported_cell_by_cell(
        database: Database, name: str) -> None:
    case = ORGANIZATION_CASES[name]
    table = read_file(IMPORT / name)
    kind = kind_for(table)
    assert kind is ImportKind.organizations
    mapping = guess_mapping(table, kind)
    assert {header: key for header, key in zip(table.headers, mapping, strict=True)
            if key} == case["mapping"]
    plan = run_to_end(prepare_import(database=database, table=table, kind=kind,
                                     mapping=mapping))
    assert plan.counts()[Action.error] == 0, [row.problems for row in plan.rows]
    reported = [(column.header, column.values) for column in plan.not_imported_columns()]
    assert reported == case["not_imported"]
    for row in table.rows:
        for header, cell in zip(table.headers, row.cells, strict=False):
            if clean_text(cell) is not None:
                assert header in case["mapping"] or header in dict(reported), (header, cell)
    run_to_end(apply_import(database=database, plan=plan))
    assert stored_organizations(database) == case["stored"]
