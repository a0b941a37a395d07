"""The letter form's language versions, Word import and signature, and the Print /
Merge dialog naming each recipient's version and writing a Word document."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QLineEdit, QWidget
from pytestqt.qtbot import QtBot
from sqlmodel import select

from coalitiondesk.core.demo import load_demo
from coalitiondesk.core.journal.undo import undo
from coalitiondesk.core.merge import versions
from coalitiondesk.core.merge.recipients import add_recipients
from coalitiondesk.core.merge.signature import letter_signature
from coalitiondesk.core.models import Dispatch
from coalitiondesk.core.records import letters
from coalitiondesk.core.records.contacts import create_contact
from coalitiondesk.core.storage.db import Database
from coalitiondesk.ui.dialogs.merge_dialog import MergeDialog
from coalitiondesk.ui.widgets.letter_editor import LetterEditor

TITLE = "Letter to Kim Jong-il"
TODAY = date(2026, 3, 10)


def answer_next(kind: type[QWidget], answer: Callable[[QWidget], None]) -> None:
    """Answer the next dialog of `kind` to appear, as the person would."""
    def look() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, kind) and widget.isVisible():
                answer(widget)
                return
        QTimer.singleShot(20, look)

    QTimer.singleShot(20, look)


def choose_file(path: Path) -> None:
    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        # Typed into the name field, as a person would: selectFile waits for the
        # dialog's folder listing, which a busy machine may not have read yet.
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        assert name is not None
        name.setText(str(path))
        dialog.accept()

    answer_next(QFileDialog, answer)


def choose_language(text: str) -> None:
    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue(text)
        dialog.accept()

    answer_next(QInputDialog, answer)


@pytest.fixture
def letter_id(database: Database) -> int:
    with database.transaction() as session:
        load_demo(session=session)
        letter = letters.letter_by_title(session=session, title=TITLE)
        korean = create_contact(session=session, given_name="Tae Kyung", family_name="Ha",
                                family_name_first=True, native_name="하태경",
                                position="대표", preferred_language="ko",
                                street="1 Sejong-daero", city="Seoul", region="Seoul",
                                postcode="03172", address_country_code="KR")
        swiss = create_contact(session=session, given_name="Yanghee", family_name="Lee",
                               honorific="Ms", preferred_language="en",
                               street="Palais des Nations", city="Geneva", postcode="1211",
                               address_country_code="CH")
        assert letter.id is not None and korean.id and swiss.id
        add_recipients(session=session, letter_id=letter.id,
                       contact_ids=[korean.id, swiss.id])
        return letter.id


def korean_draft(path: Path) -> Path:
    document = docx.Document()
    document.add_paragraph("{{ salutation }}")
    paragraph = document.add_paragraph("북한 인권 ")
    paragraph.add_run("긴급").bold = True
    paragraph.add_run(" 서한")
    document.save(str(path))
    return path


def test_a_korean_version_is_added_from_word_and_saved_as_one_operation(
        qtbot: QtBot, database: Database, letter_id: int, tmp_path: Path) -> None:
    editor = LetterEditor(database)
    qtbot.addWidget(editor)
    editor.load(letter_id)
    editor.show()
    english = versions.versions_of(database, letter_id=letter_id)["en"]

    choose_language("한국어 (ko)")
    editor.add_version_button.click()
    assert editor.version_box.currentData() == "ko" and editor.is_dirty()
    choose_file(korean_draft(tmp_path / "korean.docx"))
    editor.import_button.click()
    qtbot.waitUntil(lambda: "긴급" in editor.body.edit.toPlainText(), timeout=10_000)
    assert editor.save()

    stored = versions.versions_of(database, letter_id=letter_id)
    assert stored["en"] == english
    assert 'font-weight:700;">긴급</span>' in stored["ko"]  # as the editor saves bold
    assert editor.version_box.currentData() == "ko"
    editor.version_box.setCurrentIndex(editor.version_box.findData("en"))
    editor.version_box.activated.emit(editor.version_box.currentIndex())
    assert "We represent a variety" in editor.body.edit.toPlainText()
    undo(database)  # the save was one operation: one Undo takes the version back
    assert list(versions.versions_of(database, letter_id=letter_id)) == ["en"]


def test_the_signature_is_set_and_removed_from_the_form(
        qtbot: QtBot, database: Database, letter_id: int, tmp_path: Path) -> None:
    image = QImage(120, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    path = tmp_path / "signature.png"
    image.save(str(path))
    editor = LetterEditor(database)
    qtbot.addWidget(editor)
    editor.load(letter_id)
    choose_file(path)
    editor.signature_button.click()
    qtbot.waitUntil(lambda: bool(letter_signature(database, letter_id=letter_id)),
                    timeout=10_000)
    assert "120 × 40" in editor.signature_label.text()
    editor.remove_signature_button.click()
    assert letter_signature(database, letter_id=letter_id) == b""


def test_the_merge_dialog_names_each_version_and_writes_a_word_document(
        qtbot: QtBot, database: Database, letter_id: int, tmp_path: Path) -> None:
    versions.save_version(database, letter_id=letter_id, language="ko",
                          body="{{ salutation }}\n\n긴급 서한")
    dialog = MergeDialog(database, letter_id, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.include_incomplete.setChecked(True)
    # Kim Jong-il (North Korea) and Ha Tae Kyung get the Korean version.
    assert dialog.languages_label.isVisible()
    assert "한국어 2" in dialog.languages_label.text()
    assert "English 1" in dialog.languages_label.text()
    dialog.show_document(1)
    assert dialog.name_label.text() == "Ha Tae Kyung · 한국어"

    target = tmp_path / "letters.docx"
    dialog.to_docx.setChecked(True)
    assert dialog.path.text().endswith(".docx")
    dialog.path.setText(str(target))
    dialog.log_dispatch.setChecked(True)
    dialog.printed = None
    dialog.go_button.click()
    qtbot.waitUntil(lambda: dialog.printed is not None or "Not printed" in
                    dialog.outcome.text(), timeout=20_000)
    assert dialog.printed is not None, dialog.outcome.text()
    texts = [paragraph.text for paragraph in docx.Document(str(target)).paragraphs]
    assert "하태경 대표님께" in texts and "Dear Ms Lee," in texts
    with database.session() as session:
        languages = sorted(row.language or "" for row in session.exec(select(Dispatch))
                           if row.sent_on == TODAY)
    assert languages == ["en", "ko", "ko"]
