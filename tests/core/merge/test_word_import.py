"""A Word draft's body as the editor's rich text: a field Word split over formatted runs
is still one field, Word's simple and complex MERGEFIELDs become {{ field }}, nested
numbered lists and alignment are kept, and the body merges."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from merge_support import paragraphs

from coalitiondesk.core.merge.templates import check_template, render_body
from coalitiondesk.core.merge.word_import import field_name, read_body


def test_word_field_instructions_name_our_fields() -> None:
    assert field_name(" MERGEFIELD  Salutation \\* MERGEFORMAT ") == "salutation"
    assert field_name(' MERGEFIELD "Full Name" ') == "full_name"
    assert field_name(" PAGE ") is None


def test_a_draft_s_fields_lists_and_alignment_come_through(tmp_path: Path) -> None:
    document = docx.Document()
    split = document.add_paragraph("{{ ")
    split.add_run("salutation").bold = True  # Word splits a field when part is formatted
    split.add_run(" }}")
    simple = document.add_paragraph("To ")
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), " MERGEFIELD organization ")
    shown = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "«organization»"
    shown.append(text)
    field.append(shown)
    simple._p.append(field)
    document.add_paragraph("first", style="List Number")
    document.add_paragraph("inner", style="List Number 2")
    document.add_paragraph("second", style="List Number")
    document.add_paragraph("Signed", style="Normal").alignment = WD_ALIGN_PARAGRAPH.RIGHT
    path = tmp_path / "draft.docx"
    document.save(str(path))

    body = read_body(path)
    assert "«organization»" not in body
    assert '<p align="right">Signed</p>' in body
    assert body.count("<ol>") == 1
    assert check_template(body) == []
    merged = render_body(body, {"salutation": "Dear Ms Lee,", "organization": "HRW"})
    assert paragraphs(merged)[:2] == ["Dear Ms Lee,", "To HRW"]
    assert "<li>first</li>" in merged and "<li>second</li>" in merged
