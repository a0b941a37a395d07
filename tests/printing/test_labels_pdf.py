"""Address labels read back from the PDF: how many per sheet, and where, in millimetres."""

from __future__ import annotations

from pathlib import Path

import pytest
from pdf_reading import page_size_mm, placed_lines
from printing_seed import document, seed_job
from pypdf import PdfReader

from coalitiondesk.core.errors import InvalidInput
from coalitiondesk.core.merge.documents import MergeJob
from coalitiondesk.core.merge.geometry import LABEL_SHEETS
from coalitiondesk.core.progress import run_to_end
from coalitiondesk.printing.labels import PADDING_MM, write_labels
from coalitiondesk.printing.output import NotFitting
from coalitiondesk.printing.preview import label_sheet_count, render_label_sheet


def numbered_job(count: int) -> MergeJob:
    """Recipients whose first address line says their number: "Recipient 7"."""
    return seed_job(extra=tuple(
        document(number, [f"Recipient {number}", "Rue de la Loi 16", "1000 Bruxelles",
                          "BELGIUM"]) for number in range(2, count + 1)))


def label_starts(path: Path) -> list[dict[int, tuple[float, float]]]:
    """Per sheet: recipient number → where its first line starts (mm from the top left)."""
    sheets = []
    for page in PdfReader(path).pages:
        starts = {}
        for text, x, y in placed_lines(page):
            if text.startswith("Recipient "):
                starts[int(text.split()[1])] = (x, y)
            elif text == "Kim Jong-il":
                starts[1] = (x, y)
        sheets.append(starts)
    return sheets


@pytest.mark.parametrize(("name", "per_sheet", "paper_mm"), [
    ("L7160", 21, (210, 297)), ("L7163", 14, (210, 297)), ("5160", 30, (215.9, 279.4))])
def test_labels_fill_each_sheet_at_the_maker_s_positions(
        tmp_path: Path, name: str, per_sheet: int, paper_mm: tuple[float, float]) -> None:
    sheet = LABEL_SHEETS[name]
    job = numbered_job(per_sheet + 2)
    printed = run_to_end(write_labels(job=job, target=tmp_path / "labels.pdf", sheet=name))
    assert printed.pages == 2 == label_sheet_count(job, name) and printed.documents == per_sheet + 2
    assert page_size_mm(PdfReader(tmp_path / "labels.pdf").pages[0]) == pytest.approx(
        paper_mm, abs=0.5)
    sheets = label_starts(tmp_path / "labels.pdf")
    assert sorted(sheets[0]) == list(range(1, per_sheet + 1))
    assert sorted(sheets[1]) == [per_sheet + 1, per_sheet + 2]
    for number, (x, y) in sheets[0].items():
        left, top = sheet.position(number - 1)
        assert x == pytest.approx(left + PADDING_MM[0], abs=1), number
        assert top + PADDING_MM[1] < y < top + sheet.height - PADDING_MM[1], number
    assert sheets[1][per_sheet + 1][0] == pytest.approx(sheet.left + PADDING_MM[0], abs=1)


def test_start_position_leaves_the_used_labels_empty(tmp_path: Path) -> None:
    sheet = LABEL_SHEETS["L7160"]
    job = numbered_job(20)
    printed = run_to_end(write_labels(job=job, target=tmp_path / "labels.pdf", sheet="L7160",
                                      start=5))
    assert printed.pages == 2
    sheets = label_starts(tmp_path / "labels.pdf")
    assert sorted(sheets[0]) == list(range(1, 18))
    for number, (x, y) in sheets[0].items():
        left, top = sheet.position(number - 1 + 4)
        assert x == pytest.approx(left + PADDING_MM[0], abs=1)
        assert top < y < top + sheet.height
    first_line_tops = {round(y) for _, y in sheets[0].values()}
    assert min(first_line_tops) > sheet.top + sheet.pitch_y  # the first row is left empty
    assert sorted(sheets[1]) == [18, 19, 20]


def test_bad_start_position_is_refused(tmp_path: Path) -> None:
    for start in (0, 22):
        with pytest.raises(InvalidInput, match="between 1 and 21"):
            run_to_end(write_labels(job=seed_job(), target=tmp_path / "l.pdf", sheet="L7160",
                                    start=start))
    with pytest.raises(InvalidInput, match="L7160, L7163, 5160"):
        run_to_end(write_labels(job=seed_job(), target=tmp_path / "l.pdf", sheet="A4"))
    assert list(tmp_path.iterdir()) == []


def test_long_addresses_shrink_and_wrap_and_what_cannot_fit_is_reported(tmp_path: Path) -> None:
    # The seed's addressee has a 150-character position: it wraps on an L7160 label.
    unbreakable = "Pneumonoultramicroscopicsilicovolcanoconiosis" * 2
    job = seed_job(extra=(document(2, [unbreakable, "Somewhere"]),
                          document(3, [f"Line {number}" for number in range(16)])))
    printed = run_to_end(write_labels(job=job, target=tmp_path / "labels.pdf", sheet="L7160"))
    assert printed.not_fitting == (NotFitting(2, unbreakable), NotFitting(3, "Line 0"))
    lines = [text for text, _, _ in placed_lines(PdfReader(tmp_path / "labels.pdf").pages[0])]
    assert lines[0] == "Kim Jong-il" and "Pyongyang" in lines
    position = next(index for index, text in enumerate(lines) if text.startswith("General"))
    assert not lines[position].endswith("Republic of Korea")  # wrapped, not cut


def test_label_preview_shows_the_sheet() -> None:
    image = render_label_sheet(numbered_job(3), "L7163", 2, 0, 40)
    assert (image.width(), image.height()) == (round(210 / 25.4 * 40), round(297 / 25.4 * 40))


def test_labels_print_the_postal_form_of_the_address(tmp_path: Path) -> None:
    job = seed_job()
    kim = job.documents[0]
    postal = type(kim)(recipient_id=1, name=kim.name, address_lines=("Kim Jong-il", "Pyongyang"),
                       postal_lines=("Kim Jong-il", "PYONGYANG", "DPR KOREA"), body_html="")
    job = type(job)(letter_id=1, title=job.title, sender_lines=(), letterhead=job.letterhead,
                    documents=(postal,), skipped=())
    run_to_end(write_labels(job=job, target=tmp_path / "labels.pdf", sheet="5160"))
    lines = [text for text, _, _ in placed_lines(PdfReader(tmp_path / "labels.pdf").pages[0])]
    assert lines == ["Kim Jong-il", "PYONGYANG", "DPR KOREA"]
