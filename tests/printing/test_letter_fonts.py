"""A letter's fonts follow the letter, never the interface's language."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from pdf_reading import embedded_fonts, page_texts
from printing_seed import seed_job
from PySide6.QtCore import QLocale
from PySide6.QtGui import QFont, QGuiApplication

from coalitiondesk.core.merge.documents import MergeJob
from coalitiondesk.core.progress import run_to_end
from coalitiondesk.printing.letter_fonts import default_family, letter_families
from coalitiondesk.printing.letters import write_letters


@pytest.fixture
def korean_interface() -> Iterator[None]:
    """What a Korean interface does to the application: Korean locale, a Hangul font."""
    font, locale = QGuiApplication.font(), QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Korean, QLocale.Country.SouthKorea))
    QGuiApplication.setFont(QFont("Noto Sans CJK KR"))
    try:
        yield
    finally:
        QGuiApplication.setFont(font)
        QLocale.setDefault(locale)


def fonts_and_pages(job: MergeJob, target: Path) -> tuple[set[str], list[str]]:
    run_to_end(write_letters(job=job, target=target))
    # "ABCDEF+DejaVuSans": the subset's tag changes from file to file, the font does not.
    return {name.split("+")[-1] for name in embedded_fonts(target)}, page_texts(target)


def english_letter() -> MergeJob:
    return replace(seed_job(), language="en")


def test_the_same_english_letter_under_an_english_and_a_korean_interface(
        tmp_path: Path, request: pytest.FixtureRequest) -> None:
    english = fonts_and_pages(english_letter(), tmp_path / "english.pdf")
    request.getfixturevalue("korean_interface")
    korean = fonts_and_pages(english_letter(), tmp_path / "korean.pdf")
    assert korean == english
    fonts, pages = english
    assert not any("CJK" in font for font in fonts)
    assert len(pages) >= 2


def test_a_korean_letter_is_set_in_a_korean_font_and_its_own_font_when_named(
        tmp_path: Path) -> None:
    assert default_family("ko") == "Noto Sans CJK KR"
    assert default_family("ja") == "Noto Sans CJK JP"
    assert default_family("en") == "DejaVu Sans"
    fonts, _pages = fonts_and_pages(replace(seed_job(), language="ko"), tmp_path / "ko.pdf")
    assert fonts == {"NotoSansCJKkr-Regular"} or all("CJK" in font for font in fonts)
    assert letter_families(language="en", font_family="DejaVu Serif")[0] == "DejaVu Serif"
    serif, _pages = fonts_and_pages(replace(seed_job(), font_family="DejaVu Serif"),
                                    tmp_path / "serif.pdf")
    assert any("Serif" in font for font in serif)
