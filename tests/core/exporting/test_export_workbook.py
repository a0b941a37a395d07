"""The workbook a partner opens, read back with openpyxl and as raw XML."""

from __future__ import annotations

import getpass
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

from exporting_support import (
    Coalition,
    about,
    csv_rows,
    data_rows,
    first_sheet,
    zip_texts,
)
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from coalitiondesk.core.exporting import ExportResult
from coalitiondesk.core.models import MembershipStatus
from coalitiondesk.core.records.organizations import OrganizationFilter, list_organizations


def test_contacts_partner_list_values_and_types(
    export: Callable[..., ExportResult], coalition: Coalition, tmp_path: Path
) -> None:
    result = export("contacts")
    headers, rows = data_rows(result.target)
    # The order of the form (records.fields): given name first; the ID last.
    assert headers == ["Given name", "Family name", "Family name first", "Native name",
                       "Honorific", "Position", "Organizations", "Email", "Phone",
                       "Website", "Social handle", "Language", "Country", "Country code", "ID"]
    by_name = {row["Family name"]: row for row in rows}
    kim = next(row for row in rows if row["Given name"] == "Ji-hoon")
    assert kim["Native name"] == "김지훈"
    assert kim["Phone"] == "+82 2-1234-5678"  # stored in international form
    assert kim["Family name first"] is True
    assert kim["Country"] == "South Korea"
    # A "do not share" organization is not named, even beside a shared one.
    assert kim["Organizations"] == "Network for North Korean Democracy and Human Rights"
    tanaka = by_name["Tanaka"]
    assert (tanaka["Native name"], tanaka["Position"]) == ("田中洋子", "事務局長")
    assert tanaka["Phone"] == "+81 3-1234-5678"
    assert by_name["Green"]["Social handle"] == "@Dest_Pyongyang (X)"
    assert result.rows == len(rows)


def test_header_is_bold_frozen_filtered_and_fitted(export: Callable[..., ExportResult]) -> None:
    result = export("organizations", profile="Full")
    sheet = first_sheet(result.target)
    assert sheet.freeze_panes == "A2"
    last = get_column_letter(len(result.columns))
    assert sheet.auto_filter.ref == f"A1:{last}{result.rows + 1}"
    header = next(sheet.iter_rows(max_row=1))
    assert all(cell.font.b for cell in header)
    assert not any(cell.font.b for cell in next(sheet.iter_rows(min_row=2, max_row=2)))
    widths = {cell.column_letter: sheet.column_dimensions[cell.column_letter].width
              for cell in header}
    headers = {cell.column_letter: str(cell.value) for cell in header}
    # Each column is at least as wide as its header, and the Name column as its longest name.
    assert all(widths[letter] >= len(headers[letter]) for letter in widths)
    names = [row[0].value for row in sheet.iter_rows(min_row=2)]
    assert widths["A"] >= min(max(len(name) for name in names), 60)


def test_dates_are_real_dates(export: Callable[..., ExportResult],
                              coalition: Coalition) -> None:
    result = export("signatories", letter_id=coalition.letter_id)
    sheet = first_sheet(result.target)
    headers = [cell.value for cell in next(sheet.iter_rows(max_row=1))]
    column = headers.index("Status date")
    cell = next(sheet.iter_rows(min_row=2, max_row=2))[column]
    assert cell.is_date
    assert cell.value == datetime(2011, 9, 8)
    assert "yy" in cell.number_format

    created = export("contacts", name="full.xlsx", profile="Full")
    _, rows = data_rows(created.target)
    assert all(isinstance(row["Created (UTC)"], datetime) for row in rows)
    kim = next(row for row in rows if row["Native name"] == "김지훈")
    assert kim["Postcode"] == "03187"  # text: the leading zero survives
    assert kim["Do not send post"] is True and kim["Notes"] == "Prefers calls after 18:00."


def test_countries_have_member_counts(export: Callable[..., ExportResult],
                                      coalition: Coalition) -> None:
    result = export("countries", profile="Full")
    _, rows = data_rows(result.target)
    by_code = {row["Code"]: row for row in rows}
    with coalition.database.session() as session:
        korean = list_organizations(session=session, filters=OrganizationFilter(
            country_code="KR", membership_status=MembershipStatus.member))
    shared = [org for org in korean if org.id != coalition.hidden_organization_id]
    assert by_code["KR"]["Name"] == "South Korea"
    assert by_code["KR"]["Member organizations"] == len(shared) == len(korean) - 1
    assert by_code["JP"]["Contacts"] == 1
    assert "FR" not in by_code  # a country with nobody in it is not listed


def test_signatories_in_the_letters_order_with_status(
    export: Callable[..., ExportResult], coalition: Coalition
) -> None:
    result = export("signatories", letter_id=coalition.letter_id)
    _, rows = data_rows(result.target)
    assert len(rows) == 32
    assert [row["No."] for row in rows] == list(range(1, 33))
    assert rows[0]["Signatory line"] == "Advocates International Global Council"
    assert {row["Status"] for row in rows} == {"Signed"}
    lines = [row["Signatory line"] for row in rows]
    assert "Free NK Gulag (ROK)" in lines


def test_about_sheet_says_what_when_and_what_was_left_out(
    export: Callable[..., ExportResult]
) -> None:
    before = datetime.now(UTC).replace(tzinfo=None, microsecond=0)  # the sheet is in UTC
    result = export("contacts")
    info = about(result.target)
    assert info["Exported"] == f"{result.rows} contacts"
    assert before <= info["Exported on (UTC)"] <= datetime.now(UTC).replace(tzinfo=None)
    assert info["Rows"] == result.rows
    assert info["Records"] == "all contacts"
    assert info["Profile"] == "Partner list"
    assert info["Left out"] == "1 restricted contact, 1 record marked “do not share”"
    assert "Notes" in info["Private columns left out"]
    assert "Private columns included" not in info
    workbook = load_workbook(result.target)
    assert workbook.sheetnames == ["Contacts", "About this export"]


def test_nothing_names_the_coordinator_or_the_library(
    export: Callable[..., ExportResult], tmp_path: Path
) -> None:
    result = export("contacts", profile="Full")
    texts = zip_texts(result.target)
    everything = "\n".join(texts.values())
    assert "openpyxl" not in everything.lower()
    for revealing in (getpass.getuser(), str(Path.home()), str(tmp_path)):
        if len(revealing) > 2:
            assert revealing not in texts["docProps/core.xml"]
            assert revealing not in texts["docProps/app.xml"]
            assert revealing not in str(about(result.target))
    # (openpyxl, reading, would fill in its own name for a missing creator.)
    core = texts["docProps/core.xml"]
    assert "<dc:creator" not in core and "lastModifiedBy" not in core
    assert "<dc:title" in core
    assert "<Application" not in texts["docProps/app.xml"]


def test_no_hidden_sheets_comments_or_custom_properties(
    export: Callable[..., ExportResult]
) -> None:
    result = export("organizations", profile="Full")
    texts = zip_texts(result.target)
    assert 'state="hidden"' not in texts["xl/workbook.xml"]
    assert 'state="veryHidden"' not in texts["xl/workbook.xml"]
    assert not [name for name in texts if "comment" in name.lower() or "custom" in name.lower()
                or "vml" in name.lower()]
    workbook = load_workbook(result.target)
    assert all(sheet.sheet_state == "visible" for sheet in workbook.worksheets)
    assert len(workbook.custom_doc_props) == 0


def test_csv_is_utf8_with_bom_and_keeps_text(
    export: Callable[..., ExportResult], coalition: Coalition
) -> None:
    result = export("contacts", name="contacts.csv")
    rows = csv_rows(result.target)
    assert rows[0][:2] == ["Given name", "Family name"] and rows[0][-1] == "ID"
    by_given = {row[0]: row for row in rows[1:]}
    assert by_given["Ji-hoon"][3] == "김지훈"
    assert by_given["Ji-hoon"][8] == "'+82 2-1234-5678"  # + starts a formula: escaped
    assert by_given["Yoko"][5] == "事務局長"
    assert by_given["Ji-hoon"][2] == "TRUE"
    # OWASP: a leading @ gets an apostrophe in csv, where it could start a formula.
    assert by_given["Christopher"][10] == "'@Dest_Pyongyang (X)"
    assert result.target.read_bytes().count(b"\r\n") == len(rows)
    signatories = export("signatories", name="signatories.csv", letter_id=coalition.letter_id)
    first = csv_rows(signatories.target)[1]
    assert first[0] == "1" and first[5] == "2011-09-08"


def test_a_workbook_opens_as_dates_numbers_and_text_in_order(
    export: Callable[..., ExportResult], coalition: Coalition
) -> None:
    result = export("activities", profile="Full")
    _, rows = data_rows(result.target)
    assert [row["Date"] for row in rows] == sorted((row["Date"] for row in rows), reverse=True)
    assert all(isinstance(row["Date"], datetime) for row in rows)
    conference = next(row for row in rows if row["Kind"] == "conference")
    assert conference["Date"].date() == date(2011, 9, 7)
    assert "Amnesty International" in conference["Organizations"]
