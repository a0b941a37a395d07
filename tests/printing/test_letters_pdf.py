"""Merged letters written to PDF and read back: what is on each page, and where."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest
from pdf_reading import embedded_fonts, flat, page_size_mm, page_texts, placed_lines
from printing_seed import document, seed_job, seed_parts
from pypdf import PdfReader

from coalitiondesk.core.merge.documents import Letterhead
from coalitiondesk.core.merge.geometry import Paper
from coalitiondesk.core.merge.page import Margins
from coalitiondesk.core.progress import Progress, run_to_end
from coalitiondesk.printing.letter_layout import LetterSetup
from coalitiondesk.printing.letters import (
    per_recipient_targets,
    write_letters,
    write_letters_per_recipient,
)
from coalitiondesk.printing.output import NothingToPrint
from coalitiondesk.printing.preview import page_count, render_page

HA = ["하태경 (Ha Tae Kyung)", "Open Radio for North Korea", "서울특별시 중구 세종대로 110",
      "04524 SEOUL", "REPUBLIC OF KOREA"]
# A 1×1 white PNG: a letterhead image.
PIXEL_PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC")


def test_the_seed_letter_reads_back_in_order(tmp_path: Path) -> None:
    address, salutation, paragraphs, closing, signatories = seed_parts()
    job = seed_job()
    steps: list[Progress] = []
    printed = run_to_end(write_letters(job=job, target=tmp_path / "letter.pdf"), steps.append)

    pages = page_texts(tmp_path / "letter.pdf")
    assert printed.pages == len(pages) == page_count(job, 0) == 2
    assert printed.documents == 1 and printed.recipient_ids == (1,)
    assert steps[-1] == Progress(steps[-1].stage, 1, 1)
    assert pages[0].endswith("Page 1 of 2") and pages[1].endswith("Page 2 of 2")
    text = " ".join(page.rsplit(" Page ", 1)[0] for page in pages)
    expected = [*address, salutation, *paragraphs, closing, *signatories]
    position = 0
    for part in expected:
        found = text.find(flat(part), position)
        assert found >= 0, f"{part!r} missing or out of order"
        position = found + len(flat(part))
    assert pages[0].startswith(flat(address[0]))


def test_each_letter_starts_on_a_new_page(tmp_path: Path) -> None:
    job = seed_job(extra=(document(2, HA, "Dear Mr Ha,", body="Short."),))
    printed = run_to_end(write_letters(job=job, target=tmp_path / "letters.pdf"))
    pages = page_texts(tmp_path / "letters.pdf")
    assert printed.pages == len(pages) == 3 and printed.documents == 2
    assert squeezed(pages[2]).startswith(squeezed(" ".join(HA)))
    assert "Dear Mr Ha, Short." in pages[2]
    assert printed.recipient_ids == (1, 2)


def test_address_sits_in_the_window_of_a_folded_a4_letter(tmp_path: Path) -> None:
    run_to_end(write_letters(job=seed_job(), target=tmp_path / "letter.pdf"))
    page = PdfReader(tmp_path / "letter.pdf").pages[0]
    assert page_size_mm(page) == pytest.approx((210, 297), abs=0.5)
    lines = placed_lines(page)
    name = next(line for line in lines if line[0] == "Kim Jong-il")
    country = next(line for line in lines if line[0] == "Democratic People’s Republic of Korea")
    # DIN 5008 window: 20 mm from the left, within 45–90 mm from the top.
    assert name[1] == pytest.approx(20, abs=1)
    assert 45 < name[2] < country[2] < 90
    salutation = next(line for line in lines if line[0] == "Dear Chairman Kim Jong-il,")
    assert salutation[1] == pytest.approx(25, abs=1)  # the left margin
    assert salutation[2] > 90


def test_plain_envelope_letters_put_the_address_at_the_top_under_the_letterhead(
        tmp_path: Path) -> None:
    job = seed_job(letterhead=Letterhead(text="ICNK\nInternational Coalition · Tokyo"))
    setup = LetterSetup(paper=Paper.letter, margins=Margins(left=30, top=15, right=30,
                                                           bottom=15), window_envelope=False)
    run_to_end(write_letters(job=job, target=tmp_path / "letter.pdf", setup=setup))
    page = PdfReader(tmp_path / "letter.pdf").pages[0]
    assert page_size_mm(page) == pytest.approx((215.9, 279.4), abs=0.5)
    lines = placed_lines(page)
    assert [line[0] for line in lines[:3]] == [
        "ICNK", "International Coalition · Tokyo", "Kim Jong-il"]
    head, _, name = lines[:3]
    assert head[2] == pytest.approx(15 + 5, abs=2)
    assert name[1] == pytest.approx(30, abs=1)
    assert name[2] < 45


def test_letterhead_image_is_drawn(tmp_path: Path) -> None:
    job = seed_job(letterhead=Letterhead(image_png=PIXEL_PNG))
    run_to_end(write_letters(job=job, target=tmp_path / "letter.pdf"))
    page = PdfReader(tmp_path / "letter.pdf").pages[0]
    assert len(page.images) == 1


def test_hangul_is_real_text_with_its_font_embedded(tmp_path: Path) -> None:
    job = seed_job(extra=(document(2, HA, "Dear Mr Ha,"),))
    run_to_end(write_letters(job=job, target=tmp_path / "letters.pdf"))
    assert "하태경" in "".join(page_texts(tmp_path / "letters.pdf"))
    fonts = embedded_fonts(tmp_path / "letters.pdf")
    korean = [name for name in fonts if "CJK" in name]
    assert korean and all(fonts[name] for name in korean)
    assert all(fonts.values())


def test_no_person_s_name_in_the_file_s_properties(tmp_path: Path) -> None:
    run_to_end(write_letters(job=seed_job(), target=tmp_path / "letter.pdf"))
    metadata = PdfReader(tmp_path / "letter.pdf").metadata
    assert metadata is not None
    assert metadata.title == "Letter to Kim Jong-il"
    assert not metadata.author and not metadata.creator


def test_one_file_per_recipient_named_after_a_field(tmp_path: Path) -> None:
    job = seed_job(extra=(document(2, HA), document(3, ["../../etc/passwd", "x"]),
                          document(4, ["Kim Jong-il", "Elsewhere"])))
    targets = per_recipient_targets(job, tmp_path)
    assert [target.name for target in targets] == [
        "Kim Jong-il.pdf", "하태경 (Ha Tae Kyung).pdf", "etc passwd.pdf", "Kim Jong-il (2).pdf"]
    assert all(target.parent == tmp_path for target in targets)
    printed = run_to_end(write_letters_per_recipient(job=job, targets=targets))
    assert printed.documents == 4 and printed.files == tuple(targets)
    assert sorted(path.name for path in tmp_path.iterdir()) == sorted(
        target.name for target in targets)
    assert squeezed(page_texts(targets[1])[0]).startswith(squeezed(" ".join(HA)))
    assert printed.pages == sum(len(page_texts(target)) for target in targets)


def test_closing_the_generator_leaves_no_file(tmp_path: Path) -> None:
    job = seed_job(extra=(document(2, HA),))
    target = tmp_path / "letters.pdf"
    steps = write_letters(job=job, target=target)
    next(steps)
    next(steps)
    steps.close()
    assert list(tmp_path.iterdir()) == []


def test_a_job_without_documents_is_refused(tmp_path: Path) -> None:
    job = seed_job()
    empty = type(job)(letter_id=1, title=job.title, sender_lines=(), letterhead=Letterhead(),
                      documents=(), skipped=job.skipped)
    with pytest.raises(NothingToPrint, match="Jane Doe: do not mail"):
        run_to_end(write_letters(job=empty, target=tmp_path / "letters.pdf"))
    assert list(tmp_path.iterdir()) == []


def test_preview_draws_the_same_pages(tmp_path: Path) -> None:
    job = seed_job(extra=(document(2, HA, "Dear Mr Ha,"),))
    image = render_page(job, 1, 0, 50)
    assert (image.width(), image.height()) == (round(210 / 25.4 * 50), round(297 / 25.4 * 50))
    assert not image.isNull()
    # Ink at the address window, none in the right margin.
    assert _ink(image, left_mm=20, top_mm=50, width_mm=60, height_mm=20)
    assert not _ink(image, left_mm=192, top_mm=30, width_mm=15, height_mm=250)
    with pytest.raises(IndexError):
        render_page(job, 0, page_count(job, 0), 50)


def squeezed(text: str) -> str:
    """Without any white space: a PDF reader puts spaces where the font changes."""
    return "".join(text.split())


def _ink(image: object, *, left_mm: float, top_mm: float, width_mm: float,
         height_mm: float) -> bool:
    from PySide6.QtGui import QColor, QImage

    assert isinstance(image, QImage)
    scale = image.width() / 210
    for x in range(int(left_mm * scale), int((left_mm + width_mm) * scale)):
        for y in range(int(top_mm * scale), int((top_mm + height_mm) * scale)):
            if QColor(image.pixel(x, y)).lightness() < 128:
                return True
    return False


def test_a_paragraph_split_over_two_pages_prints_each_line_once_with_its_formatting(
        tmp_path: Path) -> None:
    words = [f"w{number:03d}" for number in range(1200)]
    body = "<p>" + " ".join(words[:600]) + " <b>" + " ".join(words[600:]) + "</b></p>"
    job = seed_job()
    job = type(job)(letter_id=1, title="t", sender_lines=(), letterhead=Letterhead(),
                    documents=(type(job.documents[0])(recipient_id=1, name="A",
                                                      address_lines=("A",), body_html=body),),
                    skipped=())
    printed = run_to_end(write_letters(job=job, target=tmp_path / "long.pdf"))
    assert printed.pages == 2
    pages = page_texts(tmp_path / "long.pdf")
    text = " ".join(page.rsplit(" Page ", 1)[0] for page in pages)
    assert text.split()[1:] == words
    second = PdfReader(tmp_path / "long.pdf").pages[1]
    fonts = [str(font.get_object()["/BaseFont"])
             for font in second["/Resources"]["/Font"].values()]
    assert any("Bold" in font for font in fonts)


def test_printing_goes_to_a_printer_the_same_way(tmp_path: Path) -> None:
    from PySide6.QtPrintSupport import QPrinter

    from coalitiondesk.printing.letters import print_letters

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printer.pdf"))
    job = seed_job(extra=(document(2, HA, "Dear Mr Ha,"),))
    printed = run_to_end(print_letters(job=job, device=printer))
    assert printed.pages == 4 and printed.recipient_ids == (1, 2)
    page = PdfReader(tmp_path / "printer.pdf").pages[0]
    assert page_size_mm(page) == pytest.approx((210, 297), abs=0.5)
    name = next(line for line in placed_lines(page) if line[0] == "Kim Jong-il")
    assert name[1] == pytest.approx(20, abs=1) and 45 < name[2] < 60


def test_a_body_that_places_the_address_itself_starts_in_the_window(tmp_path: Path) -> None:
    job = seed_job()
    kim = job.documents[0]
    address_html = "<p>" + "<br>".join(kim.address_lines) + "</p>"
    placed = type(kim)(recipient_id=1, name=kim.name, address_lines=kim.address_lines,
                       body_html=address_html + kim.body_html, body_has_address=True)
    job = type(job)(letter_id=1, title=job.title, sender_lines=(), letterhead=Letterhead(),
                    documents=(placed,), skipped=())
    run_to_end(write_letters(job=job, target=tmp_path / "letter.pdf"))
    lines = placed_lines(PdfReader(tmp_path / "letter.pdf").pages[0])
    assert [text for text, _, _ in lines].count("Kim Jong-il") == 1
    name = next(line for line in lines if line[0] == "Kim Jong-il")
    assert name[1] == pytest.approx(25, abs=1) and 45 < name[2] < 60
