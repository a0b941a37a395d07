"""`letter import-body`, `letter signature` and `merge --out OUT.docx`, run as a user runs
them: a Korean version read from Word goes to the Korean recipients, English to the rest."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import docx
from sqlmodel import select

from coalitiondesk.core.merge.recipients import add_recipients
from coalitiondesk.core.models import Dispatch
from coalitiondesk.core.records.contacts import create_contact
from coalitiondesk.core.records.letters import letter_by_title
from coalitiondesk.core.storage.db import open_database

TITLE = "Letter to Kim Jong-il"
# One transparent pixel.
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
    "0000000b49444154789c6360000200000500017a5eab3f0000000049454e44ae426082")


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "coalitiondesk", *args],
                          capture_output=True, text=True, timeout=180)


def korean_draft(path: Path) -> Path:
    document = docx.Document()
    document.add_paragraph("{{ salutation }}")
    paragraph = document.add_paragraph("{{ letter_date }} ")
    paragraph.add_run("긴급").bold = True
    paragraph.add_run(" 서한을 드립니다.")
    document.save(str(path))
    return path


def test_a_korean_version_from_word_merges_to_docx_and_is_recorded(
        demo_db: Path, tmp_path: Path) -> None:
    database = open_database(demo_db)
    try:
        with database.transaction() as session:
            letter = letter_by_title(session=session, title=TITLE)
            korean = create_contact(session=session, given_name="Tae-kyung",
                                    family_name="Ha", native_name="하태경", position="대표",
                                    preferred_language="ko", street="Sejong-daero 110",
                                    city="Seoul", region="Seoul", postcode="04524",
                                    address_country_code="KR")
            american = create_contact(session=session, given_name="Phil",
                                      family_name="Robertson", honorific="Mr",
                                      street="350 Fifth Avenue", city="New York", region="NY",
                                      postcode="10118", address_country_code="US")
            assert letter.id is not None and korean.id and american.id
            add_recipients(session=session, letter_id=letter.id,
                           contact_ids=[korean.id, american.id])
    finally:
        database.close()
    db = ("--db", str(demo_db))
    imported = run(*db, "letter", "import-body", TITLE, str(korean_draft(tmp_path / "ko.docx")),
                   "--language", "ko")
    assert imported.returncode == 0, imported.stderr
    assert "2 language versions: en, ko" in imported.stdout
    image = tmp_path / "signature.png"
    image.write_bytes(PNG)
    signed = run(*db, "letter", "signature", TITLE, str(image))
    assert signed.returncode == 0, signed.stderr

    out = tmp_path / "letters.docx"
    merged = run(*db, "merge", TITLE, "--include-incomplete", "--out", str(out),
                 "--record-as-sent", "post")
    assert merged.returncode == 0, merged.stderr
    # Kim Jong-il, in North Korea, gets the Korean version too: his country's language.
    assert f"Wrote 3 letters to {out} (ko 2, en 1);" in merged.stdout
    document = docx.Document(str(out))
    texts = [paragraph.text for paragraph in document.paragraphs]
    assert "하태경 대표님께" in texts
    assert "2011년 9월 8일 긴급 서한을 드립니다." in texts
    assert len(document.inline_shapes) == len(document.sections)

    database = open_database(demo_db)
    try:
        with database.session() as session:
            languages = [row.language for row in session.exec(
                select(Dispatch).where(Dispatch.channel == "post"))]
    finally:
        database.close()
    assert sorted(languages) == ["en", "ko", "ko"]


def test_bad_word_input_is_one_line_and_changes_nothing(demo_db: Path, tmp_path: Path) -> None:
    db = ("--db", str(demo_db))
    before = demo_db.read_bytes()
    fake = tmp_path / "draft.docx"
    fake.write_text("not a Word file")
    for args in (("letter", "import-body", TITLE, str(fake)),
                 ("letter", "import-body", TITLE, str(korean_draft(tmp_path / "k.docx")),
                  "--language", "not a language"),
                 ("letter", "signature", TITLE, str(fake)),
                 ("merge", TITLE, "--out", str(tmp_path / "labels.docx"), "--labels", "L7160"),
                 ("merge", TITLE, "--out", str(tmp_path / "x.pdf"), "--format", "docx")):
        result = run(*db, *args)
        assert result.returncode != 0, args
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
        assert "Traceback" not in result.stderr
    assert demo_db.read_bytes() == before
    assert not (tmp_path / "labels.docx").exists()
