"""Reading exports back as a partner's spreadsheet program would, and the test coalition."""

from __future__ import annotations

import csv
import re
import zipfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from coalitiondesk.core.demo import load_demo
from coalitiondesk.core.records.activities import create_activity
from coalitiondesk.core.records.contacts import add_affiliation, create_contact
from coalitiondesk.core.records.letters import find_letter
from coalitiondesk.core.records.organizations import create_organization, find_organization
from coalitiondesk.core.storage.db import Database

DATA = Path(__file__).resolve().parents[2] / "data"


def payloads() -> list[str]:
    lines = (DATA / "owasp_formula_payloads.txt").read_text(encoding="utf-8").splitlines()
    return [line.replace("<TAB>", "\t").replace("<CR>", "\r")
            for line in lines if line and not line.startswith("#")]


@dataclass
class Coalition:
    """The demo coalition plus the people and marks that privacy rules are about."""

    database: Database
    letter_id: int
    restricted_id: int
    hidden_contact_id: int
    hidden_organization_id: int
    zeros_id: int
    japanese_id: int


def make_coalition(database: Database) -> Coalition:
    with database.transaction() as session:
        load_demo(session=session)
        letter = find_letter(session=session, title="Letter to Kim Jong-il")
        assert letter is not None and letter.id is not None
        nknet = find_organization(session=session, name="Network for North Korean Democracy "
                                  "and Human Rights")
        assert nknet is not None and nknet.id is not None
        restricted = create_contact(
            session=session, given_name="Eun-ji", family_name="Yoon", family_name_first=True,
            native_name="윤은지", position="Researcher", email="eunji@example.org",
            sensitivity="restricted", notes="Escaped in 2009; family still in Hamgyong.",
            address_country_code="KR",
        )
        hidden_contact = create_contact(
            session=session, given_name="Min-jun", family_name="Park", native_name="박민준",
            tags=["Do-Not-Share"], address_country_code="KR",
        )
        hidden_organization = create_organization(
            session=session, name="Quiet Support Group", country_code="KR",
            tags=["do not share"],
        )
        zeros = create_contact(
            session=session, given_name="Ji-hoon", family_name="Kim", family_name_first=True,
            native_name="김지훈", phone="0212345678", postcode="03187",
            street="Sejong-daero 209", city="Seoul", address_country_code="KR",
            do_not_mail=True, notes="Prefers calls after 18:00.",
        )
        japanese = create_contact(
            session=session, given_name="Yoko", family_name="Tanaka", family_name_first=True,
            native_name="田中洋子", honorific="Ms", position="事務局長",
            email="tanaka@example.jp", phone="+81 3 1234 5678", postcode="100-0001",
            address_country_code="JP",
        )
        for contact in (restricted, zeros, japanese, hidden_contact):
            assert contact.id is not None
        assert hidden_organization.id is not None
        add_affiliation(session=session, contact_id=zeros.id, organization_id=nknet.id,
                        role="Director")
        add_affiliation(session=session, contact_id=zeros.id,
                        organization_id=hidden_organization.id)
        add_affiliation(session=session, contact_id=restricted.id, organization_id=nknet.id)
        create_activity(session=session, activity_date=date(2011, 10, 2), kind="meeting",
                        subject="Briefing with a witness", contact_ids=[restricted.id])
        create_activity(session=session, activity_date=date(2011, 10, 3), kind="call",
                        subject="Call about the Tokyo follow-up",
                        organization_ids=[hidden_organization.id])
        return Coalition(
            database=database, letter_id=letter.id, restricted_id=restricted.id,
            hidden_contact_id=hidden_contact.id, hidden_organization_id=hidden_organization.id,
            zeros_id=zeros.id, japanese_id=japanese.id,
        )


def data_rows(path: Path) -> tuple[list[str], list[dict[str, Any]]]:
    """Headers and rows (as header -> value) of the first sheet."""
    workbook = load_workbook(path)
    sheet = workbook.worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    headers = [str(value) for value in rows[0]]
    return headers, [dict(zip(headers, row, strict=True)) for row in rows[1:]]


def first_sheet(path: Path) -> Worksheet:
    sheet = load_workbook(path).worksheets[0]
    assert isinstance(sheet, Worksheet)
    return sheet


def about(path: Path) -> dict[str, Any]:
    """The About sheet as label -> value."""
    sheet = load_workbook(path)["About this export"]
    return {str(row[0]): row[1] for row in sheet.iter_rows(min_row=3, values_only=True)
            if row and row[0]}


def zip_texts(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name).decode("utf-8") for name in archive.namelist()}


def sheet_xml(path: Path) -> str:
    texts = zip_texts(path)
    return "".join(text for name, text in texts.items() if name.startswith("xl/worksheets/"))


def csv_rows(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "no UTF-8 byte-order mark"
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


FORMULA_ELEMENT = re.compile(r"<f[\s>/]")
