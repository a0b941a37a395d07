"""The one rule both merges end a recipient's letter with (plan.version_ending)."""

from __future__ import annotations

from coalitiondesk.core.merge.documents import SIGNATURE_SOURCE
from coalitiondesk.core.merge.plan import version_ending
from coalitiondesk.core.models import Letter

LINES = ("Open Network (Korea)", "Rights Watch (Japan)")


def test_the_closing_ends_only_the_letters_own_language() -> None:
    letter = Letter(title="Open letter", language="en", closing="With regards,")

    english = version_ending(letter=letter, language="en", body="<p>Hello</p>",
                             signatory_lines=LINES)
    korean = version_ending(letter=letter, language="ko", body="<p>안녕하세요</p>",
                            signatory_lines=LINES)

    assert "With regards," in english and "Rights Watch (Japan)" in english
    assert "With regards," not in korean and "Rights Watch (Japan)" in korean


def test_a_body_that_places_the_block_gets_neither_it_nor_the_signature_again() -> None:
    letter = Letter(title="Open letter", language="en", closing="With regards,")
    body = "<p>{{ closing }}</p><p>{{ signatory_block }}</p>"

    assert version_ending(letter=letter, language="en", body=body,
                          signatory_lines=LINES, signature=True) == ""
    plain = version_ending(letter=letter, language="en", body="<p>Hi</p>",
                           signatory_lines=LINES, signature=True)
    assert plain.index("With regards,") < plain.index(SIGNATURE_SOURCE) < plain.index(
        "Open Network")
