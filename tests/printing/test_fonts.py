"""The check, before printing, for characters no installed font can draw."""

from __future__ import annotations

from printing_seed import document, seed_job

from coalitiondesk.printing.fonts import job_missing_glyphs, missing_glyphs

EGYPTIAN = "\U00013000"  # no font on the system has hieroglyphs
WORD_BULLET = "\uf0a7"  # Wingdings' bullet, pasted from Word: a private-use character


def test_korean_japanese_and_chinese_names_have_fonts() -> None:
    assert missing_glyphs(["김정일", "하태경", "東京都千代田区", "ひらがな カタカナ", "北京市",
                           "Łódź Ærø Ελλάδα Москва"]) == []


def test_characters_no_font_has_are_named_with_their_text() -> None:
    texts = ["Kim Jong-il", f"Stela {EGYPTIAN} of Amenemhat", f"{WORD_BULLET} Amnesty"]
    assert missing_glyphs(texts) == [(texts[1], EGYPTIAN), (texts[2], WORD_BULLET)]


def test_spaces_and_invisible_joiners_are_not_missing() -> None:
    assert missing_glyphs(["a\u00a0b\u200bc\u200dd\te"]) == []


def test_a_job_is_checked_in_addresses_and_bodies() -> None:
    job = seed_job(extra=(document(2, ["Jane Doe", f"Rue {EGYPTIAN}"]),
                          document(3, ["A"], body=f"Signed {WORD_BULLET} here")))
    found = dict(job_missing_glyphs(job))
    assert found[f"Rue {EGYPTIAN}"] == EGYPTIAN
    assert any(WORD_BULLET in characters for characters in found.values())
