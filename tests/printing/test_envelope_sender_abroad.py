"""The return address on an envelope going abroad names the coalition's country."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from pdf_reading import placed_lines
from printing_seed import document, seed_job
from pypdf import PdfReader

from coalitiondesk.core.progress import run_to_end
from coalitiondesk.printing.envelopes import write_envelopes

SENDER = ("ICNK", "Sejong-daero 1", "Seoul 03154")


def test_only_envelopes_going_abroad_carry_the_coalition_s_country(tmp_path: Path) -> None:
    seoul = replace(document(1, ["Park Min-ji", "Sejong-daero 110", "Seoul 04524"]),
                    abroad=False)
    oslo = replace(document(2, ["Ola Nordmann", "Storgata 1", "0155 OSLO", "NORWAY"]),
                   abroad=True)
    job = replace(seed_job(), documents=(seoul, oslo), sender_lines=SENDER,
                  sender_abroad_lines=(*SENDER, "REPUBLIC OF KOREA"))
    out = tmp_path / "envelopes.pdf"
    run_to_end(write_envelopes(job=job, target=out, envelope="DL"))
    home, abroad = ([text for text, _x, y in placed_lines(page) if y < 40]
                    for page in PdfReader(out).pages)
    assert "REPUBLIC OF KOREA" not in home
    assert abroad[-1] == "REPUBLIC OF KOREA"
    assert abroad[:3] == list(SENDER)
