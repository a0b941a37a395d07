"""A partner-list export reads and prints as a partner needs it: labels in the export's
language rather than codes, the ID column last and outside the print area, landscape pages
as wide as the sheet, and the demo's organizations on at most two pages from LibreOffice."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from exporting_support import about, data_rows, zip_texts
from openpyxl import load_workbook
from pypdf import PdfReader

from coalitiondesk.core.errors import InvalidInput
from coalitiondesk.core.exporting import FULL, ExportKind, ExportRequest, run_export
from coalitiondesk.core.exporting.labels import (
    ExportLanguage,
    country_name,
    export_language,
    value_label,
)
from coalitiondesk.core.models import MembershipStatus, OrganizationKind, SignatureStatus
from coalitiondesk.core.storage.db import Database

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def _export(database: Database, target: Path, **options: object) -> Path:
    run_export(database=database, request=ExportRequest(
        kind=ExportKind(options.pop("kind", ExportKind.organizations)), target=target,
        **options))  # type: ignore[arg-type]
    return target


def test_the_catalogue_labels_codes_in_each_language() -> None:
    assert value_label(OrganizationKind, "un_body") == "UN body"
    assert value_label(OrganizationKind, "un_body", ExportLanguage.ko) == "유엔 기구"
    assert value_label(MembershipStatus, "non_member", ExportLanguage.ja) == "非加盟"
    assert value_label(SignatureStatus, "signed") == "Signed"
    # A value from a newer version still reads as words.
    assert value_label(OrganizationKind, "think_tank") == "Think tank"
    assert value_label(OrganizationKind, None) is None
    assert country_name("KR", "South Korea", ExportLanguage.ko) == "대한민국"
    assert country_name("JP", "Japan", ExportLanguage.ja) == "日本"
    assert country_name("KR", "South Korea") == "South Korea"
    assert export_language(" KO ") is ExportLanguage.ko
    with pytest.raises(InvalidInput):
        export_language("fr")


def test_partner_list_has_labels_and_the_id_last(demo_database: Database,
                                                 tmp_path: Path) -> None:
    headers, rows = data_rows(_export(demo_database, tmp_path / "partners.xlsx"))
    assert headers[-1] == "ID" and headers[0] == "Name"
    kinds = {row["Kind"] for row in rows}
    statuses = {row["Membership status"] for row in rows}
    assert "NGO" in kinds and "ngo" not in kinds
    assert statuses <= {"Member", "Observer", "Prospect", "Former", "Non-member", None}
    assert "Member" in statuses


def test_full_profile_keeps_the_codes(demo_database: Database, tmp_path: Path) -> None:
    headers, rows = data_rows(_export(demo_database, tmp_path / "full.xlsx", profile=FULL))
    assert headers[-1] == "ID"
    assert "ngo" in {row["Kind"] for row in rows}
    assert "member" in {row["Membership status"] for row in rows}


@pytest.mark.parametrize(("language", "ngo", "member", "korea"), [
    (ExportLanguage.ko, "NGO", "회원", "대한민국"),
    (ExportLanguage.ja, "NGO", "加盟", "韓国"),
])
def test_labels_and_countries_in_the_export_language(
        demo_database: Database, tmp_path: Path, language: ExportLanguage, ngo: str,
        member: str, korea: str) -> None:
    _, rows = data_rows(_export(demo_database, tmp_path / f"{language}.xlsx",
                                language=language))
    assert ngo in {row["Kind"] for row in rows}
    assert member in {row["Membership status"] for row in rows}
    assert korea in {row["Country"] for row in rows}


def test_signatory_and_activity_codes_are_labels(demo_database: Database,
                                                 tmp_path: Path) -> None:
    _, rows = data_rows(_export(demo_database, tmp_path / "activities.xlsx",
                                kind=ExportKind.activities))
    kinds = {row["Kind"] for row in rows}
    assert kinds and not kinds & {"letter_sent", "press_release", "meeting", "conference"}


def test_pages_are_set_up_for_printing(demo_database: Database, tmp_path: Path) -> None:
    path = _export(demo_database, tmp_path / "partners.xlsx")
    workbook = load_workbook(path)
    sheet = workbook.worksheets[0]
    assert sheet.page_setup.orientation == "landscape"
    assert sheet.page_setup.fitToWidth == 1 and sheet.page_setup.fitToHeight == 0
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.print_title_rows == "$1:$1"
    last_printed = sheet.cell(row=1, column=sheet.max_column - 1).column_letter
    assert sheet.print_area == f"'{sheet.title}'!$A$1:${last_printed}${sheet.max_row}"
    # What the workbook says about itself stays as before: no person, no library.
    texts = zip_texts(path)
    assert "<Application" not in texts["docProps/app.xml"]
    assert "openpyxl" not in texts["docProps/app.xml"] + texts["docProps/core.xml"]
    assert "<dc:creator" not in texts["docProps/core.xml"]
    assert about(path)["Profile"] == "Partner list"


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed")
def test_demo_partner_list_prints_on_two_pages_at_most(demo_database: Database,
                                                       tmp_path: Path) -> None:
    assert SOFFICE is not None
    path = _export(demo_database, tmp_path / "partners.xlsx")
    out = tmp_path / "pdf"
    subprocess.run(
        [SOFFICE, f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
         "--convert-to", "pdf", "--outdir", str(out), str(path)],
        check=True, capture_output=True, timeout=180)
    reader = PdfReader(out / "partners.pdf")
    text = "".join(page.extract_text() for page in reader.pages)
    # The whole workbook, the About sheet with it (as wide as its page too).
    assert len(reader.pages) <= 2, len(reader.pages)
    assert "NGO" in text
    assert not any(len(word) == 36 and word.count("-") == 4 for word in text.split())
