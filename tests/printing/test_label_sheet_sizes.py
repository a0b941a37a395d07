"""One font size per label sheet, read back from the PDF: long names wrap before anything
shrinks; when something must shrink, its whole sheet shrinks with it, and the labels that
fit at no size are listed before printing."""

from __future__ import annotations

import math
from dataclasses import replace
from pathlib import Path
from typing import Any

from printing_seed import document, seed_job
from pypdf import PdfReader

from coalitiondesk.core.merge.documents import MergedDocument, MergeJob
from coalitiondesk.core.progress import run_to_end
from coalitiondesk.printing.labels import (
    LARGEST_POINT_SIZE,
    SMALLEST_POINT_SIZE,
    labels_not_fitting,
    write_labels,
)
from coalitiondesk.printing.output import NotFitting

BRUSSELS = ["Rue de la Loi 16", "1000 Bruxelles", "BELGIUM"]
LONG_NAME = ("International Coalition to Stop Crimes against Humanity in North Korea "
             "Secretariat")


def label(number: int, name: str, lines: list[str] = BRUSSELS) -> MergedDocument:
    made = document(number, [name, *lines])
    return replace(made, postal_lines=(name, *lines))


def job_of(*labels: MergedDocument) -> MergeJob:
    return replace(seed_job(), documents=labels)


def sizes_by_sheet(path: Path) -> list[dict[str, float]]:
    """Per sheet: each line's text and the point size it is drawn at."""
    sheets = []
    for page in PdfReader(path).pages:
        found: dict[str, float] = {}

        def visit(text: str, cm: list[float], tm: list[float], _font: Any,
                  size: float, found: dict[str, float] = found) -> None:
            if text.strip():
                scale = math.hypot(tm[0] * cm[0] + tm[1] * cm[2], tm[0] * cm[1] + tm[1] * cm[3])
                found[" ".join(text.split())] = round(size * scale, 1)

        page.extract_text(visitor_text=visit)
        sheets.append(found)
    return sheets


def test_a_long_name_wraps_at_the_sheet_s_size_instead_of_shrinking(tmp_path: Path) -> None:
    out = tmp_path / "labels.pdf"
    job = job_of(label(1, "Phil Robertson"), label(2, LONG_NAME), label(3, "Jane Doe"))
    printed = run_to_end(write_labels(job=job, target=out, sheet="L7160"))
    assert printed.not_fitting == ()
    [sheet] = sizes_by_sheet(out)
    assert set(sheet.values()) == {LARGEST_POINT_SIZE}
    # Two lines, neither of them the whole name.
    assert LONG_NAME not in sheet
    assert any(text.startswith("International Coalition") for text in sheet)


def test_when_one_label_must_shrink_its_whole_sheet_shrinks_and_no_other(
        tmp_path: Path) -> None:
    out = tmp_path / "labels.pdf"
    crowded = label(2, "Crowded", ["Care of the Secretariat", "Building 4", "Floor 12",
                                   "Room 1201", "Post box 77", "Rue de la Loi 16",
                                   "1000 Bruxelles", "BELGIUM"])
    # L7163 holds 14: the crowded label shares the first sheet, Jane Doe is on the second.
    others = [label(number, f"Recipient {number}") for number in range(3, 15)]
    job = job_of(label(1, "Phil Robertson"), crowded, *others, label(15, "Jane Doe"))
    run_to_end(write_labels(job=job, target=out, sheet="L7163"))
    first, second = sizes_by_sheet(out)
    [shrunk] = set(first.values())
    assert SMALLEST_POINT_SIZE <= shrunk < LARGEST_POINT_SIZE
    assert first["Phil Robertson"] == first["Crowded"] == shrunk
    assert set(second.values()) == {LARGEST_POINT_SIZE}


def test_the_preflight_lists_the_labels_that_would_still_overflow(tmp_path: Path) -> None:
    too_much = label(2, "Too much", [f"Line {number}" for number in range(1, 25)])
    job = job_of(label(1, "Phil Robertson"), too_much)
    assert labels_not_fitting(job=job, sheet="L7160") == (NotFitting(2, "Too much"),)
    printed = run_to_end(write_labels(job=job, target=tmp_path / "labels.pdf", sheet="L7160"))
    assert printed.not_fitting == (NotFitting(2, "Too much"),)
    assert labels_not_fitting(job=job_of(label(1, "Phil Robertson")), sheet="L7160") == ()
