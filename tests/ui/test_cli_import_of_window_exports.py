"""A workbook the window exported in Korean or Japanese (its headers in that language)
comes back whole through `coalitiondesk import`, which has no Qt: every cell of the
export is in the records the command line made of it, as an export of the new database
shows, cell by cell (issue 14). An English export maps as before, and so do kinds and
membership statuses labelled in Korean or Japanese, whatever the window's language."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from coalitiondesk.core.exporting import ExportKind
from coalitiondesk.core.storage.db import Database, open_database
from coalitiondesk.ui.app import i18n
from coalitiondesk.ui.dialogs.export_dialog import ExportDialog
from coalitiondesk.ui.text.field_labels import column_label

PARTNER_LIST, FULL = 0, 1


def export(qtbot: QtBot, database: Database, target: Path, *, kind: ExportKind,
           language: str, profile: int, labels: str = "en") -> None:
    """As a coordinator exports with the window in `language`, the labels of kinds and
    statuses in `labels` (English is the dialog's default)."""
    i18n.install_translations(language)
    try:
        dialog = ExportDialog(database, kind=kind)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.profile_box.setCurrentIndex(profile)
        dialog.language_box.setCurrentIndex(dialog.language_box.findData(labels))
        dialog.file_edit.setText(str(target))
        with qtbot.waitSignal(dialog.exported, timeout=30_000):
            qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    finally:
        i18n.remove_translations()


def rows_by_id(path: Path) -> tuple[list[str], dict[str, dict[str, object]]]:
    """The headers, and each row's cells by header keyed by its ID (the last column)."""
    sheet = load_workbook(path, read_only=True).worksheets[0]
    rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    headers = [str(header) for header in rows[0]]
    assert headers[-1] == "ID"
    return headers, {str(row[-1]): dict(zip(headers, row, strict=True)) for row in rows[1:]}


def title(text: str, language: str) -> str:
    i18n.install_translations(language)
    try:
        return column_label(text, "ExportColumns")
    finally:
        i18n.remove_translations()


@pytest.mark.parametrize("profile", [PARTNER_LIST, FULL], ids=["partner list", "full"])
@pytest.mark.parametrize("kind", [ExportKind.organizations, ExportKind.contacts],
                         ids=lambda kind: kind.value)
@pytest.mark.parametrize("language", ["ko", "ja", "en"])
def test_the_command_line_imports_every_cell_of_a_window_export(
        qtbot: QtBot, demo: Database, tmp_path: Path, language: str, kind: ExportKind,
        profile: int) -> None:
    sent = tmp_path / f"{kind.value}.xlsx"
    export(qtbot, demo, sent, kind=kind, language=language, profile=profile)
    headers, sent_rows = rows_by_id(sent)
    if language != "en":
        assert not any(header.isascii() for header in headers[:3]), headers

    fresh = tmp_path / "fresh.sqlite3"
    open_database(fresh).close()
    result = subprocess.run(
        [sys.executable, "-m", "coalitiondesk", "--db", str(fresh), "import", str(sent),
         "--status", "member"], capture_output=True, text=True, timeout=120)
    assert "Traceback" not in result.stderr
    # The contacts' name as written is made from the name's parts: nothing left out.
    assert (result.returncode, result.stderr) == (0, ""), result.stdout
    assert result.stdout.startswith(f"created {len(sent_rows)}, "), result.stdout

    back = tmp_path / f"{kind.value}-again.xlsx"
    database = open_database(fresh)
    try:
        export(qtbot, database, back, kind=kind, language=language, profile=profile)
    finally:
        database.close()
    headers_back, back_rows = rows_by_id(back)
    assert headers_back == headers
    assert back_rows.keys() == sent_rows.keys()
    changing = {title("Created (UTC)", language), title("Updated (UTC)", language)}
    for record, cells in sent_rows.items():
        for header, value in cells.items():
            if header not in changing:
                assert back_rows[record][header] == value, (record, header, value)


@pytest.mark.parametrize(("language", "labels"), [("ko", "ko"), ("ja", "ja"), ("en", "ko"),
                                                  ("ko", "ja")])
def test_the_command_line_reads_back_labels_in_korean_and_japanese(
        qtbot: QtBot, demo: Database, tmp_path: Path, language: str, labels: str) -> None:
    sent = tmp_path / "organizations.xlsx"
    export(qtbot, demo, sent, kind=ExportKind.organizations, language=language,
           profile=PARTNER_LIST, labels=labels)
    _, sent_rows = rows_by_id(sent)
    kinds = {cells[title("Kind", language)] for cells in sent_rows.values()}
    assert not all(isinstance(label, str) and label.isascii() for label in kinds), kinds

    fresh = tmp_path / "fresh.sqlite3"
    open_database(fresh).close()
    result = subprocess.run(
        [sys.executable, "-m", "coalitiondesk", "--db", str(fresh), "import", str(sent)],
        capture_output=True, text=True, timeout=120)
    assert (result.returncode, result.stderr) == (0, ""), result.stdout
    assert result.stdout.startswith(f"created {len(sent_rows)}, "), result.stdout

    back = tmp_path / "organizations-again.xlsx"
    database = open_database(fresh)
    try:
        export(qtbot, database, back, kind=ExportKind.organizations, language=language,
               profile=PARTNER_LIST, labels=labels)
    finally:
        database.close()
    assert rows_by_id(back) == rows_by_id(sent)


def test_the_command_line_takes_the_language_of_the_headers_when_told(
        qtbot: QtBot, demo: Database, tmp_path: Path) -> None:
    sent = tmp_path / "단체.xlsx"
    export(qtbot, demo, sent, kind=ExportKind.organizations, language="ko",
           profile=PARTNER_LIST)
    fresh = tmp_path / "fresh.sqlite3"
    open_database(fresh).close()

    def dry_run(*options: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "coalitiondesk", "--db", str(fresh), "import", str(sent),
             "--status", "member", "--dry-run", *options],
            capture_output=True, text=True, timeout=120)

    assert dry_run("--language", "ko").returncode == 0
    japanese = dry_run("--language", "ja")
    assert japanese.returncode != 0
    assert japanese.stderr.splitlines() == [
        "coalitiondesk: No column is imported as a name (Name or Name (Country))"]
    wrong = dry_run("--language", "fr")
    assert wrong.returncode != 0
    assert wrong.stderr.strip().splitlines() == [
        "coalitiondesk: No language 'fr' of headers: choose one of en, ja, ko"]
