"""Reading back what a PDF shows: text per page, and where each line sits in millimetres."""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Any

from pypdf import PdfReader

MM_PER_POINT = 25.4 / 72


def flat(text: str) -> str:
    """Text with every run of white space one space (Qt separates words with tabs) and
    ligatures spelt out (a PDF keeps "ﬀ" as one character)."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


def page_texts(path: Path) -> list[str]:
    return [flat(page.extract_text()) for page in PdfReader(path).pages]


def _multiply(m: list[float], n: list[float]) -> list[float]:
    return [m[0] * n[0] + m[1] * n[2], m[0] * n[1] + m[1] * n[3],
            m[2] * n[0] + m[3] * n[2], m[2] * n[1] + m[3] * n[3],
            m[4] * n[0] + m[5] * n[2] + n[4], m[4] * n[1] + m[5] * n[3] + n[5]]


def placed_lines(page: Any) -> list[tuple[str, float, float]]:
    """(text, x, y) of each line's start, in mm from the page's left and top edges."""
    height = float(page.mediabox.height)
    lines: list[tuple[str, float, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        if text.strip():
            matrix = _multiply(tm, cm)
            lines.append((flat(text), matrix[4] * MM_PER_POINT,
                          (height - matrix[5]) * MM_PER_POINT))

    page.extract_text(visitor_text=visit)
    return lines


def page_size_mm(page: Any) -> tuple[float, float]:
    return (float(page.mediabox.width) * MM_PER_POINT,
            float(page.mediabox.height) * MM_PER_POINT)


def embedded_fonts(path: Path) -> dict[str, bool]:
    """Each font's name and whether its glyphs are embedded in the file."""
    fonts: dict[str, bool] = {}
    for page in PdfReader(path).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            described = descendants[0].get_object() if descendants else font
            descriptor = described.get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor else {}
            fonts[str(font["/BaseFont"])] = any(
                key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))
    return fonts
