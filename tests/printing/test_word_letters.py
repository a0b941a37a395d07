"""Word in and out: a letter drafted in Word (bold, a list, {{ salutation }}, a Word
MERGEFIELD) merges to a PDF and to a .docx with the same text; the signature image
is in both; LibreOffice opens the .docx; an .odt draft is read through LibreOffice."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import docx
import pytest
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from pdf_reading import flat, page_texts
from pypdf import PdfReader
from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen

from coalitiondesk.core.errors import InvalidInput
from coalitiondesk.core.merge import versions
from coalitiondesk.core.merge.plan import prepare_merge
from coalitiondesk.core.merge.recipients import add_recipients
from coalitiondesk.core.merge.signature import save_signature_image
from coalitiondesk.core.merge.word_import import read_body, soffice
from coalitiondesk.core.merge.word_output import write_docx
from coalitiondesk.core.progress import run_to_end
from coalitiondesk.core.records import contacts, letters
from coalitiondesk.core.storage.db import Database, open_database
from coalitiondesk.printing.letters import write_letters

TODAY = date(2026, 12, 6)


def _writer_installed() -> bool:
    """LibreOffice with Writer: some systems install Calc alone."""
    command = soffice()
    if command is None:
        return False
    found = subprocess.run([command, "--headless", "--version"], capture_output=True,
                           text=True, timeout=120, check=False)
    program = Path(command).resolve().parent
    return found.returncode == 0 and any(program.glob("*swlo*"))


needs_libreoffice = pytest.mark.skipif(not _writer_installed(),
                                       reason="LibreOffice Writer not installed")


def _merge_field(paragraph: object, name: str) -> None:
    """A MERGEFIELD as Word inserts it: begin, instruction, separate, «shown value», end."""
    for kind, text in (("begin", ""), ("", f" MERGEFIELD {name} \\* MERGEFORMAT "),
                       ("separate", ""), ("", f"«{name}»"), ("end", "")):
        run = paragraph.add_run()  # type: ignore[attr-defined]
        if kind:
            mark = OxmlElement("w:fldChar")
            mark.set(qn("w:fldCharType"), kind)
            run._r.append(mark)
        elif text.startswith(" MERGEFIELD"):
            instruction = OxmlElement("w:instrText")
            instruction.text = text
            run._r.append(instruction)
        else:
            run.text = text


def draft(path: Path) -> Path:
    """The coalition's draft as Word saves it."""
    document = docx.Document()
    document.add_paragraph("{{ salutation }}")
    paragraph = document.add_paragraph("We ask you, ")
    paragraph.add_run("urgently").bold = True
    paragraph.add_run(", to act on ")
    paragraph.add_run("two points").italic = True
    paragraph.add_run(":")
    document.add_paragraph("release the detainees;", style="List Bullet")
    document.add_paragraph("allow visits.", style="List Bullet")
    document.add_paragraph()  # the blank line a writer leaves
    signed = document.add_paragraph("Written to ")
    _merge_field(signed, "Organization")
    signed.add_run(".")
    document.save(str(path))
    return path


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    opened = open_database(tmp_path / "letters.sqlite3")
    try:
        yield opened
    finally:
        opened.close()


def letter_with_recipients(database: Database, body: str) -> int:
    with database.transaction() as session:
        letter = letters.create_letter(session=session, title="Detainees", body="",
                                       closing="Yours sincerely,", letter_date=TODAY)
        people = [contacts.create_contact(
            session=session, given_name=given, family_name=family, honorific="Ms",
            street="1 Main Street", city="Oslo", postcode="0150",
            address_country_code="NO") for given, family in (("Ada", "Berg"),
                                                             ("Eva", "Lund"))]
        assert letter.id is not None
        add_recipients(session=session, letter_id=letter.id,
                       contact_ids=[person.id for person in people if person.id])
    versions.save_version(database, letter_id=letter.id, language="en", body=body)
    return letter.id


def signature_png() -> bytes:
    image = QImage(300, 100, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setPen(QPen(QColor("navy"), 6))
    painter.drawLine(10, 80, 290, 20)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


def docx_letters(path: Path) -> list[list[str]]:
    """Each section's paragraphs' text: one letter per section."""
    document = docx.Document(str(path))
    body = document.element.body
    found: list[list[str]] = [[]]
    for element in body.iterchildren():
        if element.tag != qn("w:p"):
            continue
        text = "".join(node.text or "" for node in element.iter(qn("w:t")))
        if text.strip():
            found[-1].append(text)
        if element.find(f"{qn('w:pPr')}/{qn('w:sectPr')}") is not None:
            found.append([])
    return [letter for letter in found if letter]


def test_a_word_draft_merges_to_pdf_and_docx_with_the_same_text(
        database: Database, tmp_path: Path) -> None:
    body = read_body(draft(tmp_path / "draft.docx"))
    assert "<b>urgently</b>" in body and "{{ organization }}" in body and "<ul>" in body
    letter = letter_with_recipients(database, body)
    with database.session() as session:
        job = prepare_merge(session=session, letter_id=letter, today=TODAY)
    pdf, word = tmp_path / "letters.pdf", tmp_path / "letters.docx"
    run_to_end(write_letters(job=job, target=pdf))
    written = run_to_end(write_docx(job=job, target=word))
    assert written.documents == 2

    in_word = docx_letters(word)
    assert len(in_word) == 2
    first = in_word[0]
    assert "Dear Ms Berg," in first and "Dear Ms Lund," in in_word[1]
    assert first.index("Dear Ms Berg,") < first.index("release the detainees;") < first.index(
        "Yours sincerely,")
    # Compared without white space: a PDF's text puts spaces where runs and lines meet.
    pdf_text = "".join(" ".join(page_texts(pdf)).split())
    for letter_paragraphs in in_word:
        for text in letter_paragraphs:
            assert "".join(flat(text).split()) in pdf_text, text
    assert pdf_text.count("Writtento.") == 2

    document = docx.Document(str(word))
    bold = [run.text for paragraph in document.paragraphs for run in paragraph.runs
            if run.bold]
    assert bold == ["urgently", "urgently"]
    listed = [paragraph.text for paragraph in document.paragraphs
              if paragraph.style is not None and paragraph.style.name == "List Bullet"]
    assert listed == ["release the detainees;", "allow visits."] * 2
    assert len(document.sections) == 2


def test_the_signature_image_is_printed_in_the_pdf_and_the_docx(
        database: Database, tmp_path: Path) -> None:
    letter = letter_with_recipients(database, "{{ salutation }}\n\nWe write to you.")
    with pytest.raises(InvalidInput, match="PNG or JPEG"):
        save_signature_image(database, letter_id=letter, data=b"GIF89a not accepted")
    save_signature_image(database, letter_id=letter, data=signature_png())
    with database.session() as session:
        job = prepare_merge(session=session, letter_id=letter, today=TODAY)
    pdf, word = tmp_path / "signed.pdf", tmp_path / "signed.docx"
    run_to_end(write_letters(job=job, target=pdf))
    run_to_end(write_docx(job=job, target=word))
    pages = PdfReader(pdf).pages
    assert [len(page.images) for page in pages] == [1, 1]
    document = docx.Document(str(word))
    assert len(document.inline_shapes) == 2
    texts = [paragraph.text for paragraph in document.paragraphs]
    pictured = [index for index, paragraph in enumerate(document.paragraphs)
                if paragraph._p.xpath(".//pic:pic")]
    closing = texts.index("Yours sincerely,")
    assert pictured[0] == closing + 1


@needs_libreoffice
def test_libreoffice_opens_the_merged_docx(database: Database, tmp_path: Path) -> None:
    letter = letter_with_recipients(database, read_body(draft(tmp_path / "draft.docx")))
    with database.session() as session:
        job = prepare_merge(session=session, letter_id=letter, today=TODAY)
    word = tmp_path / "letters.docx"
    run_to_end(write_docx(job=job, target=word))
    text = _libreoffice_text(word, tmp_path)
    assert text.count("urgently") == 2
    assert "Dear Ms Berg," in text and "Dear Ms Lund," in text


def _libreoffice_text(path: Path, folder: Path) -> str:
    out = folder / "converted"
    command = soffice()
    assert command is not None
    subprocess.run([command, f"-env:UserInstallation={(folder / 'profile').as_uri()}",
                    "--headless", "--convert-to", "pdf", "--outdir", str(out), str(path)],
                   check=True, capture_output=True, timeout=180)
    return " ".join(page_texts(out / (path.stem + ".pdf")))


@needs_libreoffice
def test_an_odt_draft_is_read_through_libreoffice(tmp_path: Path) -> None:
    source = draft(tmp_path / "draft.docx")
    command = soffice()
    assert command is not None
    subprocess.run([command, f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
                    "--headless", "--convert-to", "odt", "--outdir", str(tmp_path / "odt"),
                    str(source)], check=True, capture_output=True, timeout=180)
    body = read_body(tmp_path / "odt" / "draft.odt")
    assert "{{ salutation }}" in body
    assert "<b>urgently</b>" in body
    assert "<li>release the detainees;</li>" in body


def test_an_odt_draft_without_libreoffice_is_one_clear_refusal(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    odt = tmp_path / "draft.odt"
    odt.write_bytes(b"PK\x03\x04 an OpenDocument file")
    monkeypatch.setenv("PATH", str(tmp_path / "nothing here"))
    if soffice() is not None:
        pytest.skip("LibreOffice is installed outside PATH")
    with pytest.raises(InvalidInput, match="needs LibreOffice, which is not installed"):
        read_body(odt)


def test_a_file_that_is_not_a_word_document_is_refused(tmp_path: Path) -> None:
    fake = tmp_path / "letter.docx"
    fake.write_text("not a zip")
    with pytest.raises(InvalidInput, match="cannot be read as a Word document"):
        read_body(fake)
    with pytest.raises(InvalidInput, match="not a Word or OpenDocument"):
        read_body(tmp_path / "letter.pdf")

