"""Reading merged HTML back as the text a reader sees, and the test data's place."""

from __future__ import annotations

import html
import re
from pathlib import Path

DATA = Path(__file__).parents[2] / "data"
DEMO_LETTER = "Letter to Kim Jong-il"


def paragraphs(fragment: str) -> list[str]:
    """Each <p> of an HTML fragment as text, a <br> as a line break."""
    found = re.findall(r"<p\b[^>]*>(.*?)</p>", fragment, re.S)
    texts = []
    for inner in found:
        inner = re.sub(r"<br\s*/?>\n?", "\n", inner)
        texts.append(html.unescape(re.sub(r"<[^>]+>", "", inner)))
    return texts
