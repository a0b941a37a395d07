"""The seed letter as a merged job, as the merge core hands it to printing."""

from __future__ import annotations

import html
from pathlib import Path

from coalitiondesk.core.merge.documents import (
    Letterhead,
    MergedDocument,
    MergeJob,
    Skipped,
    SkipReason,
)

DATA = Path(__file__).resolve().parents[1] / "data"


def seed_parts() -> tuple[list[str], str, list[str], str, list[str]]:
    """Address lines, salutation, body paragraphs, closing, signatory lines."""
    blocks = (DATA / "seed_letter.txt").read_text(encoding="utf-8").strip().split("\n\n")
    address = blocks[0].splitlines()
    salutation = blocks[1]
    closing_index = blocks.index("Yours sincerely,")
    paragraphs = blocks[2:closing_index]
    # The seed's own list carries Word's bullet characters; the block the merge
    # produces is the plain list.
    signatories = (DATA / "seed_signatories.txt").read_text(encoding="utf-8").splitlines()
    return address, salutation, paragraphs, blocks[closing_index], signatories


def letter_html(salutation: str, paragraphs: list[str], closing: str,
                signatories: list[str]) -> str:
    parts = [f"<p>{html.escape(salutation)}</p>"]
    parts += [f"<p>{html.escape(paragraph)}</p>" for paragraph in paragraphs]
    parts.append(f"<p>{html.escape(closing)}</p>")
    parts.append("<p>" + "<br>".join(html.escape(line) for line in signatories) + "</p>")
    return "".join(parts)


def document(recipient_id: int, address: list[str], salutation: str = "Dear Sir or Madam,",
             body: str = "") -> MergedDocument:
    _, _, paragraphs, closing, signatories = seed_parts()
    return MergedDocument(
        recipient_id=recipient_id, name=address[0], address_lines=tuple(address),
        body_html=letter_html(salutation, paragraphs if not body else [body], closing,
                              signatories),
        fields={"full_name": address[0], "salutation": salutation})


def seed_job(*, extra: tuple[MergedDocument, ...] = (), letterhead: Letterhead | None = None,
             ) -> MergeJob:
    address, salutation, _, _, _ = seed_parts()
    kim = document(1, address, salutation)
    return MergeJob(
        letter_id=1, title="Letter to Kim Jong-il",
        sender_lines=("ICNK Secretariat", "1-2-3 Kanda", "Tokyo 101-0051", "Japan"),
        letterhead=letterhead or Letterhead(), documents=(kim, *extra),
        skipped=(Skipped(9, "Jane Doe", SkipReason.do_not_mail),))
