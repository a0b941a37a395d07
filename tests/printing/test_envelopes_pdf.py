"""Envelopes read back from the PDF: the envelope's own page size, sender and recipient
where they belong."""

from __future__ import annotations

from pathlib import Path

import pytest
from pdf_reading import page_size_mm, placed_lines
from printing_seed import document, seed_job
from pypdf import PdfReader

from coalitiondesk.core.errors import InvalidInput
from coalitiondesk.core.merge.geometry import ENVELOPES
from coalitiondesk.core.progress import run_to_end
from coalitiondesk.printing.envelopes import write_envelopes
from coalitiondesk.printing.preview import render_envelope

JANE = ["Jane Doe", "Rue de la Loi 16", "1000 Bruxelles", "BELGIUM"]


@pytest.mark.parametrize("name", list(ENVELOPES))
def test_one_envelope_per_recipient_with_the_address_in_the_window(
        tmp_path: Path, name: str) -> None:
    envelope = ENVELOPES[name]
    job = seed_job(extra=(document(2, JANE),))
    printed = run_to_end(write_envelopes(job=job, target=tmp_path / "e.pdf", envelope=name))
    assert printed.pages == printed.documents == 2 and not printed.not_fitting
    reader = PdfReader(tmp_path / "e.pdf")
    for page in reader.pages:
        assert page_size_mm(page) == pytest.approx((envelope.width, envelope.height), abs=0.5)
    lines = placed_lines(reader.pages[1])
    sender = lines[0]
    assert sender[0] == "ICNK Secretariat" and sender[1] < 20 and sender[2] < 20
    left, top, width, height = envelope.window
    recipient = [line for line in lines if line[0] in JANE]
    assert [line[0] for line in recipient] == JANE
    for _, x, y in recipient:
        assert left < x < left + width and top < y < top + height


def test_an_address_too_long_for_the_window_is_reported(tmp_path: Path) -> None:
    crowded = [f"Line {number}" for number in range(20)]
    job = seed_job(extra=(document(2, crowded),))
    printed = run_to_end(write_envelopes(job=job, target=tmp_path / "e.pdf", envelope="DL"))
    assert [item.name for item in printed.not_fitting] == ["Line 0"]


def test_an_unknown_size_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="DL, C5, 10"):
        run_to_end(write_envelopes(job=seed_job(), target=tmp_path / "e.pdf", envelope="B4"))
    assert list(tmp_path.iterdir()) == []


def test_envelope_preview_is_landscape() -> None:
    image = render_envelope(seed_job(), 0, "C5", 30)
    assert (image.width(), image.height()) == (round(229 / 25.4 * 30), round(162 / 25.4 * 30))
