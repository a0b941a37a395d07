"""A version in another language is set in that language's font: the Korean version of
an English letter in the Korean default font, unless the letter names a font of its own."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from pdf_reading import embedded_fonts
from printing_seed import document, seed_job

from coalitiondesk.core.progress import run_to_end
from coalitiondesk.printing.letter_fonts import default_family
from coalitiondesk.printing.letters import write_letters


def _pdf_name(family: str) -> str:
    return family.replace(" ", "")


@pytest.mark.parametrize("named_font", [None, "DejaVu Serif"])
def test_a_korean_version_of_an_english_letter_has_its_own_font(
        tmp_path: Path, named_font: str | None) -> None:
    korean_font = default_family("ko")
    if korean_font == default_family("en"):
        pytest.skip("no Korean font installed")
    korean = replace(document(2, ["하태경", "서울"], "하태경 대표님께", body="Latin words here"),
                     language="ko", body_has_address=True)
    job = replace(seed_job(), documents=(korean,), language="en", font_family=named_font)
    target = tmp_path / "korean.pdf"
    run_to_end(write_letters(job=job, target=target))
    fonts = " ".join(embedded_fonts(target))
    if named_font is None:
        # The body is all there is on the page (it places its own address): nothing of
        # it in the English letter's font.
        assert _pdf_name(korean_font).lower() in fonts.lower()
        assert _pdf_name(default_family("en")).lower() not in fonts.lower()
    else:
        assert "DejaVuSerif" in fonts
