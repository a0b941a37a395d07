"""The export dialog, driven with real clicks on the demo coalition."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot
from sqlmodel import func, select

from coalitiondesk.core.demo import load_demo
from coalitiondesk.core.exporting import ExportKind
from coalitiondesk.core.models import Activity, ActivityKind, Contact
from coalitiondesk.core.records import custom_fields, edits
from coalitiondesk.core.records.contacts import ContactFilter, create_contact
from coalitiondesk.core.records.organizations import OrganizationFilter
from coalitiondesk.core.storage.db import Database
from coalitiondesk.ui.app import i18n
from coalitiondesk.ui.dialogs.export_dialog import ExportDialog


@pytest.fixture
def coalition(database: Database) -> Database:
    with database.transaction() as session:
        load_demo(session=session)
        create_contact(session=session, given_name="Eun-ji", family_name="Yoon",
                       native_name="윤은지", sensitivity="restricted", address_country_code="KR")
    return database


def open_dialog(qtbot: QtBot, database: Database, **options: object) -> ExportDialog:
    dialog = ExportDialog(database, **options)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def export_and_wait(qtbot: QtBot, dialog: ExportDialog, target: Path) -> None:
    dialog.file_edit.setText(str(target))
    with qtbot.waitSignal(dialog.exported, timeout=30_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)


def native_names(path: Path) -> set[str]:
    rows = list(load_workbook(path).worksheets[0].iter_rows(values_only=True))
    column = rows[0].index("Native name")
    return {str(row[column]) for row in rows[1:] if row[column]}


def exports_recorded(database: Database) -> int:
    with database.session() as session:
        return int(session.exec(select(func.count()).select_from(Activity).where(
            Activity.kind == ActivityKind.export)).one())


def confirmation(dialog: ExportDialog, qtbot: QtBot) -> QMessageBox:
    qtbot.waitUntil(lambda: dialog._confirm is not None and dialog._confirm.isVisible(),
                    timeout=10_000)
    box = dialog._confirm
    assert box is not None
    return box


def click(qtbot: QtBot, box: QMessageBox, text: str) -> None:
    button = next(button for button in box.buttons() if button.text() == text)
    assert isinstance(button, QPushButton)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_exports_contacts_leaving_restricted_people_out(
    qtbot: QtBot, coalition: Database, tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, coalition, kind=ExportKind.contacts)
    assert dialog.profile_box.currentText() == "Partner list (public fields)"
    assert not dialog.include_restricted.isChecked()
    export_and_wait(qtbot, dialog, tmp_path / "contacts.xlsx")
    assert "윤은지" not in native_names(tmp_path / "contacts.xlsx")
    assert "Wrote 4 rows" in dialog.status.text()
    assert "1 restricted contact" in dialog.status.text()
    assert dialog.close_button.text() == "Close"
    assert exports_recorded(coalition) == 1


def test_including_restricted_people_needs_a_confirmation_that_counts_them(
    qtbot: QtBot, coalition: Database, tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, coalition, kind=ExportKind.contacts)
    qtbot.mouseClick(dialog.include_restricted, Qt.MouseButton.LeftButton)
    box = confirmation(dialog, qtbot)
    assert box.text() == "This export will include 1 restricted person."
    assert not dialog.include_restricted.isChecked()  # not before the answer
    click(qtbot, box, "Leave them out")
    qtbot.waitUntil(lambda: dialog._confirm is None)
    assert not dialog.include_restricted.isChecked()

    qtbot.mouseClick(dialog.include_restricted, Qt.MouseButton.LeftButton)
    click(qtbot, confirmation(dialog, qtbot), "Include them")
    qtbot.waitUntil(dialog.include_restricted.isChecked)
    export_and_wait(qtbot, dialog, tmp_path / "everyone.xlsx")
    assert "윤은지" in native_names(tmp_path / "everyone.xlsx")
    assert "Included on request: 1 restricted contact" in dialog.status.text()


def test_columns_picked_and_saved_as_a_profile(
    qtbot: QtBot, coalition: Database, tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, coalition, kind=ExportKind.organizations)
    keep = {"id", "name", "country"}
    for row in range(dialog.columns_list.count()):
        item = dialog.columns_list.item(row)
        if item.data(Qt.ItemDataRole.UserRole + 1) not in keep and item.flags() & \
                Qt.ItemFlag.ItemIsEnabled:
            item.setCheckState(Qt.CheckState.Unchecked)
    assert dialog.profile_box.currentText() == "Columns chosen below"
    qtbot.keyClicks(dialog.profile_name, "Names and countries")
    qtbot.mouseClick(dialog.save_profile_button, Qt.MouseButton.LeftButton)
    assert dialog.profile_box.currentText() == "Names and countries"
    assert dialog.delete_profile_button.isEnabled()
    export_and_wait(qtbot, dialog, tmp_path / "names.csv")
    header = (tmp_path / "names.csv").read_text(encoding="utf-8-sig").splitlines()[0]
    assert header == '"Name","Country","ID"'

    again = open_dialog(qtbot, coalition, kind=ExportKind.organizations)
    labels = [again.profile_box.itemText(i) for i in range(again.profile_box.count())]
    assert "Names and countries" in labels


def test_private_columns_are_marked(qtbot: QtBot, coalition: Database) -> None:
    dialog = open_dialog(qtbot, coalition, kind=ExportKind.contacts)
    labels = {dialog.columns_list.item(row).text(): dialog.columns_list.item(row).checkState()
              for row in range(dialog.columns_list.count())}
    assert labels["Notes (private)"] == Qt.CheckState.Unchecked
    assert labels["Street (private)"] == Qt.CheckState.Unchecked
    dialog.profile_box.setCurrentIndex(1)  # Full
    assert dialog.columns_list.item(dialog.columns_list.count() - 1).checkState() == \
        Qt.CheckState.Checked


def test_current_filter_and_selection(qtbot: QtBot, coalition: Database,
                                      tmp_path: Path) -> None:
    with coalition.session() as session:
        kim = session.exec(select(Contact.id).where(Contact.family_name == "Kim")).one()
    dialog = open_dialog(qtbot, coalition, kind=ExportKind.contacts,
                         filters=ContactFilter(country_code="KR"), selected_ids=[kim])
    # What the table shows by default; the selection only when picked, with its count.
    assert dialog.scope_filter.isChecked()
    assert "country code: KR" in dialog.scope_filter.text()
    assert dialog.scope_selection.text().endswith("(1)")
    export_and_wait(qtbot, dialog, tmp_path / "korea.xlsx")
    assert native_names(tmp_path / "korea.xlsx") == {"하태경"}  # the restricted one stays home
    dialog.scope_selection.setChecked(True)
    export_and_wait(qtbot, dialog, tmp_path / "one.xlsx")
    assert native_names(tmp_path / "one.xlsx") == {"김정일"}

    other = open_dialog(qtbot, coalition, kind=ExportKind.contacts)
    other.kind_box.setCurrentIndex(other.kind_box.findData("signatories"))
    assert other.letter_box.isVisible() and other.letter_box.currentText() == \
        "Letter to Kim Jong-il"
    assert not other.scope_filter.isEnabled()


def test_an_unwritable_target_is_explained_in_the_dialog(
    qtbot: QtBot, coalition: Database, tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, coalition, kind=ExportKind.contacts)
    dialog.file_edit.setText(str(tmp_path / "missing" / "x.xlsx"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "does not exist" in dialog.status.text(), timeout=10_000)
    assert not dialog.busy and dialog.export_button.isEnabled()
    assert exports_recorded(coalition) == 0


def test_stopping_an_export_writes_nothing(qtbot: QtBot, coalition: Database,
                                           tmp_path: Path) -> None:
    now = datetime.now(UTC)
    with coalition.transaction() as session:
        session.connection().execute(sa.insert(Contact.__table__), [  # type: ignore[arg-type]
            {"given_name": f"Person {number}", "uuid": f"00000000-0000-4000-8000-{number:012}",
             "family_name_first": False, "do_not_mail": False, "do_not_email": False,
             "sensitivity": "normal", "created_at": now, "updated_at": now}
            for number in range(6_000)
        ])
    dialog = open_dialog(qtbot, coalition, kind=ExportKind.contacts)
    target = tmp_path / "big.xlsx"
    dialog.file_edit.setText(str(target))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.close_button.text() == "Stop"
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=30_000)
    if dialog.result_value is not None:
        pytest.skip("the export finished before the stop arrived")
    assert "Stopped" in dialog.status.text()
    assert list(tmp_path.glob("*.xlsx")) == [] and list(tmp_path.glob(".*.tmp")) == []
    assert exports_recorded(coalition) == 0
    assert dialog.isVisible()  # stopping the export does not close the dialog


def test_the_export_runs_off_the_ui_thread_and_shows_its_stages(
        qtbot: QtBot, coalition: Database, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from thread_spy import off_the_ui_thread, threads_running

    from coalitiondesk.ui.dialogs import export_dialog

    threads = threads_running(monkeypatch, export_dialog, "export_steps")
    dialog = open_dialog(qtbot, coalition, kind=ExportKind.contacts)
    dialog.file_edit.setText(str(tmp_path / "contacts.xlsx"))
    stages: list[str] = []
    with qtbot.waitSignal(dialog.exported, timeout=30_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        assert dialog._task is not None
        dialog._task.progress.connect(lambda stage, _done, _total: stages.append(stage))
    assert off_the_ui_thread(threads)
    assert stages[0] == "Reading records" and stages[-1] == "Saving the file"


def test_a_selected_row_does_not_become_the_scope(qtbot: QtBot, coalition: Database,
                                                  tmp_path: Path) -> None:
    with coalition.session() as session:
        kim = session.exec(select(Contact.id).where(Contact.family_name == "Kim")).one()
    # The table unfiltered (its filter empty), one row selected: all records go.
    dialog = open_dialog(qtbot, coalition, kind=ExportKind.organizations,
                         filters=OrganizationFilter(), selected_ids=[kim])
    assert dialog.scope_all.isChecked() and not dialog.scope_filter.isEnabled()
    assert "(none)" not in dialog.scope_filter.text()
    assert dialog.scope_selection.isEnabled() and not dialog.scope_selection.isChecked()
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("ja"))
    export_and_wait(qtbot, dialog, tmp_path / "all.xlsx")
    rows = list(load_workbook(tmp_path / "all.xlsx").worksheets[0].iter_rows(values_only=True))
    assert len(rows) > 30 and rows[0][-1] == "ID"
    status = rows[0].index("Membership status")
    assert "加盟" in {row[status] for row in rows[1:]}


def test_own_fields_are_columns_to_choose_and_go_out_with_their_titles(
    qtbot: QtBot, coalition: Database, tmp_path: Path
) -> None:
    region = custom_fields.add_field(coalition, record_kind="contact", label="Home region")
    assert region.id is not None
    with coalition.session() as session:
        kim = session.exec(select(Contact).where(Contact.native_name == "윤은지")).one()
    edits.save_record(coalition, kind="contact", record_id=kim.id, name="Yoon", values={
        "custom_values": custom_fields.encode_values({region.id: "함경북도"})})
    dialog = open_dialog(qtbot, coalition, kind=ExportKind.contacts)
    items = {dialog.columns_list.item(row).text(): dialog.columns_list.item(row)
             for row in range(dialog.columns_list.count())}
    own = items["Home region (private)"]
    assert own.checkState() == Qt.CheckState.Unchecked  # not in the Partner list
    keep = {"family_name", f"custom_{region.id}"}
    for item in items.values():
        if item.flags() & Qt.ItemFlag.ItemIsEnabled:
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole + 1)
                               in keep else Qt.CheckState.Unchecked)
    assert dialog.profile_box.currentText() == "Columns chosen below"
    dialog.include_restricted.setChecked(True)
    export_and_wait(qtbot, dialog, tmp_path / "regions.xlsx")
    rows = list(load_workbook(tmp_path / "regions.xlsx").worksheets[0].iter_rows(
        values_only=True))
    assert rows[0] == ("Family name", "Home region", "ID")
    assert [row[:2] for row in rows[1:] if row[1]] == [("Yoon", "함경북도")]


def test_headers_are_in_the_interface_language_and_the_id_stays_id(
    qtbot: QtBot, coalition: Database, tmp_path: Path
) -> None:
    i18n.install_translations("ko")
    try:
        dialog = open_dialog(qtbot, coalition, kind=ExportKind.organizations)
        export_and_wait(qtbot, dialog, tmp_path / "단체.xlsx")
    finally:
        i18n.remove_translations()
    book = load_workbook(tmp_path / "단체.xlsx")
    header = next(book.worksheets[0].iter_rows(max_row=1, values_only=True))
    assert header[0] == "이름" and "국가" in header and header[-1] == "ID"
    about = {row[0]: row[1] for row in book["About this export"].iter_rows(values_only=True)}
    assert str(about["Columns"]).startswith("이름, ")


def test_a_workbook_exported_in_korean_comes_back_mapped_in_korean(
    qtbot: QtBot, coalition: Database, tmp_path: Path
) -> None:
    from coalitiondesk.core.importing import ImportKind
    from coalitiondesk.ui.dialogs.import_wizard import PAGE_MAPPING, ImportWizard

    i18n.install_translations("ko")
    try:
        dialog = open_dialog(qtbot, coalition, kind=ExportKind.organizations)
        export_and_wait(qtbot, dialog, tmp_path / "단체.xlsx")
        wizard = ImportWizard(coalition, tmp_path / "단체.xlsx")
        qtbot.addWidget(wizard)
        wizard.show()
        wizard.next()
        qtbot.waitUntil(lambda: wizard.currentId() == PAGE_MAPPING, timeout=20_000)
        # "이름" is also a Korean list of people's given-name header: the kind is chosen.
        kind = wizard.mapping_page.kind
        kind.setCurrentIndex(kind.findData(ImportKind.organizations))
        headers = [wizard.mapping_page.columns.item(row, 0).text()
                   for row in range(wizard.mapping_page.columns.rowCount())]
        mapping = dict(zip(headers, wizard.mapping_page.mapping(), strict=True))
    finally:
        i18n.remove_translations()
    assert mapping["이름"] == "name" and mapping["국가"] == "country_code"
    assert mapping["ID"] == "uuid"
    assert mapping["시·도"] == "region" and mapping["도시"] == "city"
    # The country's code beside its name maps too: the import checks the two agree.
    assert mapping["국가 코드"] == "country_code"
    assert [header for header, target in mapping.items() if target is None] == []
