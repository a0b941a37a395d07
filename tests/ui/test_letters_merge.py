"""Print / Merge: the preview steps through recipients; PDFs are written off the UI
thread and the letters are logged as sent."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from coalitiondesk.core.demo import load_demo
from coalitiondesk.core.merge.recipients import add_recipients, recipient_states
from coalitiondesk.core.records.contacts import create_contact
from coalitiondesk.core.records.letters import letter_by_title
from coalitiondesk.core.storage.db import Database
from coalitiondesk.ui.dialogs.merge_dialog import MergeDialog, fitting_size

TODAY = date(2026, 3, 10)


@pytest.fixture
def letter_id(database: Database) -> int:
    """The demo letter, sent also to two people with addresses and one who must not be mailed."""
    with database.transaction() as session:
        load_demo(session=session)
        letter = letter_by_title(session=session, title="Letter to Kim Jong-il")
        people = [
            create_contact(session=session, given_name="Yanghee", family_name="Lee",
                           honorific="Ms", street="Palais des Nations", city="Geneva",
                           postcode="1211", address_country_code="CH"),
            create_contact(session=session, given_name="Tae Kyung", family_name="Ha",
                           family_name_first=True, native_name="하태경", honorific="Mr",
                           street="1 Sejong-daero", city="Seoul", postcode="03172",
                           address_country_code="KR"),
            create_contact(session=session, given_name="Marzuki", family_name="Darusman",
                           street="Jl. Sudirman 1", city="Jakarta", address_country_code="ID",
                           do_not_mail=True),
        ]
        assert letter.id is not None
        add_recipients(session=session, letter_id=letter.id,
                       contact_ids=[p.id for p in people if p.id is not None])
        return letter.id


def make_dialog(qtbot: QtBot, database: Database, letter_id: int, *,
                include_incomplete: bool = True) -> MergeDialog:
    """The dialog; Kim Jong-il's town-only address (the seed's) printed unless told not to."""
    dialog = MergeDialog(database, letter_id, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    if include_incomplete:
        dialog.include_incomplete.setChecked(True)
    return dialog


def ink(image: QImage) -> int:
    """How many sampled pixels are not white: a blank page has none."""
    return sum(1 for x in range(0, image.width(), 4) for y in range(0, image.height(), 4)
               if image.pixelColor(x, y).lightness() < 200)


def pdf_text(path: Path) -> str:
    # pypdf writes the gaps between words as tabs.
    return "\n".join(page.extract_text().replace("\t", " ") for page in PdfReader(path).pages)


def write(qtbot: QtBot, dialog: MergeDialog) -> None:
    dialog.printed = None
    qtbot.mouseClick(dialog.go_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.printed is not None or "Not printed" in dialog.outcome.text(),
                    timeout=20_000)
    assert dialog.printed is not None, dialog.outcome.text()


def test_the_preview_steps_through_the_recipients(
        qtbot: QtBot, database: Database, letter_id: int) -> None:
    dialog = make_dialog(qtbot, database, letter_id)
    assert dialog.position_label.text() == "1 of 3"
    assert dialog.name_label.text() == "Kim Jong-il"
    first = dialog.page_preview()
    assert ink(first) > 500
    assert not dialog.previous_button.isEnabled()

    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.position_label.text() == "2 of 3"
    assert dialog.name_label.text() == "Yanghee Lee"
    second = dialog.page_preview()
    assert ink(second) > 500 and second != first
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.position_label.text() == "3 of 3"
    assert not dialog.next_button.isEnabled()
    assert dialog.page_label.text().startswith("Page 1 of ")

    skipped = [dialog.skipped.item(row).text() for row in range(dialog.skipped.count())]
    assert skipped == ["Marzuki Darusman: Do not mail",
                       "Kim Jong-il (printed): Check the address: street"]


def test_an_address_to_check_is_left_out_until_included(
        qtbot: QtBot, database: Database, letter_id: int) -> None:
    dialog = make_dialog(qtbot, database, letter_id, include_incomplete=False)
    assert dialog.position_label.text() == "1 of 2"
    assert dialog.name_label.text() == "Yanghee Lee"
    skipped = [dialog.skipped.item(row).text() for row in range(dialog.skipped.count())]
    assert skipped == ["Kim Jong-il: Check the address: street", "Marzuki Darusman: Do not mail"]
    assert dialog.include_incomplete.isVisible()
    dialog.include_incomplete.setChecked(True)
    assert dialog.position_label.text() == "1 of 3"
    assert dialog.name_label.text() == "Kim Jong-il"


@pytest.mark.parametrize("screen", [(1024, 700), (1366, 768)])
def test_the_dialog_fits_the_screen_it_opens_on(
        qtbot: QtBot, database: Database, letter_id: int, screen: tuple[int, int]) -> None:
    dialog = make_dialog(qtbot, database, letter_id)
    dialog.resize(fitting_size(QRect(0, 0, *screen)))
    qtbot.waitUntil(lambda: dialog.width() <= screen[0] - 40)
    assert dialog.width() <= screen[0] - 40 and dialog.height() <= screen[1] - 60
    for button in (dialog.go_button, dialog.buttons.button(QDialogButtonBox.StandardButton.Close)):
        assert button is not None and button.isVisible()
        corner = button.mapTo(dialog, button.rect().bottomRight())
        assert dialog.rect().contains(corner), (button.text(), corner, dialog.size())


def sent(database: Database, letter_id: int) -> dict[str, tuple[str, str]]:
    with database.session() as session:
        return {state.name: (state.dispatched_on, state.channel)
                for state in recipient_states(session=session, letter_id=letter_id)}


def test_a_proof_records_nothing_and_sending_is_recorded_only_when_asked(
        qtbot: QtBot, database: Database, letter_id: int, tmp_path: Path) -> None:
    dialog = make_dialog(qtbot, database, letter_id)
    target = tmp_path / "letters.pdf"
    dialog.to_pdf.setChecked(True)
    dialog.path.setText(str(target))
    assert not dialog.log_dispatch.isChecked() and not dialog.channel.isEnabled()
    write(qtbot, dialog)
    assert sent(database, letter_id)["Yanghee Lee"] == ("", "")
    assert "Recorded" not in dialog.outcome.text()

    dialog.log_dispatch.setChecked(True)
    assert dialog.channel.isEnabled()
    dialog.channel.setCurrentIndex(dialog.channel.findData("email"))
    write(qtbot, dialog)

    text = pdf_text(target)
    assert "Dear Chairman Kim Jong-il," in text
    assert "Dear Ms Lee," in text
    assert "Darusman" not in text
    assert dialog.printed is not None and dialog.printed.documents == 3
    recorded = sent(database, letter_id)
    assert recorded["Yanghee Lee"] == (TODAY.isoformat(), "email")
    assert recorded["Marzuki Darusman"] == ("", "")
    assert "Recorded as sent on 2026-03-10" in dialog.outcome.text()


def test_one_pdf_per_recipient_is_named_after_a_field(
        qtbot: QtBot, database: Database, letter_id: int, tmp_path: Path) -> None:
    dialog = make_dialog(qtbot, database, letter_id)
    dialog.to_pdf_each.setChecked(True)
    assert dialog.name_field.isVisible()
    dialog.name_field.setCurrentIndex(dialog.name_field.findData("family_name"))
    dialog.path.setText(str(tmp_path / "each"))
    write(qtbot, dialog)
    assert sorted(path.name for path in (tmp_path / "each").iterdir()) == [
        "Ha.pdf", "Kim.pdf", "Lee.pdf"]
    assert "Dear Mr Ha," in pdf_text(tmp_path / "each" / "Ha.pdf")


def test_labels_and_envelopes_are_written_without_logging_a_dispatch(
        qtbot: QtBot, database: Database, letter_id: int, tmp_path: Path) -> None:
    dialog = make_dialog(qtbot, database, letter_id)
    dialog.labels_choice.setChecked(True)
    assert not dialog.to_pdf_each.isEnabled()
    dialog.label_sheet.setCurrentIndex(dialog.label_sheet.findData("L7163"))
    dialog.label_start.setValue(13)  # two labels left on the first sheet
    assert dialog.page_label.text() == "Sheet 1 of 2"
    assert ink(dialog.page_preview()) > 20
    assert not dialog.next_button.isEnabled()  # a sheet holds several recipients
    dialog.path.setText(str(tmp_path / "labels.pdf"))
    write(qtbot, dialog)
    assert len(PdfReader(tmp_path / "labels.pdf").pages) == 2

    dialog.envelopes_choice.setChecked(True)
    dialog.envelope_size.setCurrentIndex(dialog.envelope_size.findData("DL"))
    envelope = dialog.page_preview()
    assert envelope.width() > envelope.height() and ink(envelope) > 20
    dialog.path.setText(str(tmp_path / "envelopes.pdf"))
    write(qtbot, dialog)
    reader = PdfReader(tmp_path / "envelopes.pdf")
    assert len(reader.pages) == 3
    width_mm = float(reader.pages[0].mediabox.width) / 72 * 25.4
    assert abs(width_mm - 220) < 1
    with database.session() as session:
        states = recipient_states(session=session, letter_id=letter_id)
    assert {state.dispatched_on for state in states if state.name != "Kim Jong-il"} == {""}


def test_an_unknown_field_is_reported_and_nothing_can_be_printed(
        qtbot: QtBot, database: Database, letter_id: int) -> None:
    from coalitiondesk.core.records.letters import update_letter

    with database.transaction() as session:
        update_letter(session=session, letter_id=letter_id, body="{{ salutaton }}")
    dialog = make_dialog(qtbot, database, letter_id)
    assert "salutaton" in dialog.problem.text()
    assert not dialog.go_button.isEnabled()
    assert dialog.position_label.text() == "No letters to print"


def test_letter_settings_change_the_paper_of_the_preview(
        qtbot: QtBot, database: Database, letter_id: int) -> None:
    from coalitiondesk.core.merge.page import page_settings
    from coalitiondesk.ui.dialogs.page_settings_dialog import PageSettingsDialog

    settings = PageSettingsDialog(database)
    qtbot.addWidget(settings)
    settings.paper.setCurrentIndex(settings.paper.findData("Letter"))
    settings.margins["left"].setValue(30)
    settings.letterhead_text.setPlainText("ICNK Secretariat")
    settings.sender_address.setPlainText("PO Box 1\nSeoul\n")
    settings.accept()
    with database.session() as session:
        stored = page_settings(session=session)
    assert stored.paper == "Letter" and stored.margins.left == 30
    assert stored.letterhead.text == "ICNK Secretariat"
    assert stored.sender_address == ("PO Box 1", "Seoul")

    dialog = make_dialog(qtbot, database, letter_id)
    page = dialog.page_preview()
    assert abs(page.width() / page.height() - 215.9 / 279.4) < 0.01


def test_a_country_code_the_core_refuses_is_shown_and_not_saved(
        qtbot: QtBot, database: Database) -> None:
    from coalitiondesk.ui.dialogs.page_settings_dialog import PageSettingsDialog

    settings = PageSettingsDialog(database)
    qtbot.addWidget(settings)
    settings.sender_country.setText("XX")
    assert not settings.save()
    assert "XX" in settings.error.text()


def test_merging_and_writing_run_off_the_ui_thread(
        qtbot: QtBot, database: Database, letter_id: int, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from thread_spy import off_the_ui_thread, threads_running

    from coalitiondesk.printing import letters as letter_printing
    from coalitiondesk.ui.dialogs import merge_dialog

    merging = threads_running(monkeypatch, merge_dialog, "merge_steps")
    writing = threads_running(monkeypatch, letter_printing, "write_letters")
    dialog = make_dialog(qtbot, database, letter_id)
    assert off_the_ui_thread(merging) and dialog.document_count() == 3
    dialog.to_pdf.setChecked(True)
    dialog.path.setText(str(tmp_path / "letters.pdf"))
    stages: list[str] = []
    qtbot.mouseClick(dialog.go_button, Qt.MouseButton.LeftButton)
    assert dialog.busy.work is not None
    dialog.busy.work.progress.connect(lambda stage, _done, _total: stages.append(stage))
    qtbot.waitUntil(lambda: dialog.printed is not None, timeout=20_000)
    assert off_the_ui_thread(writing)
    assert stages and set(stages) == {"Printing letters"}
