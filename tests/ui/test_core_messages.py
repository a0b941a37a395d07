"""Core's messages reach the window in its language: every template core writes is listed
for lupdate, and message() fills the translation with the same values."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from coalitiondesk.core.errors import InvalidInput, Message, NotFound, Term
from coalitiondesk.core.records.validation import (
    CONTACT_FIELDS,
    ORGANIZATION_FIELDS,
    check_affiliation,
    check_email,
)
from coalitiondesk.ui.app import i18n
from coalitiondesk.ui.text.core_messages import (
    TRANSLATABLE_MESSAGES,
    TRANSLATABLE_TERMS,
    message,
)

CORE = Path(__file__).resolve().parents[2] / "src" / "coalitiondesk" / "core"
# The names that take a template first; every class deriving from one does too.
MAKERS = {"Message", "CoalitionDeskError", "ValueProblem"}


def _name(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    return node.attr if isinstance(node, ast.Attribute) else None


def _trees() -> dict[Path, ast.Module]:
    return {path: ast.parse(path.read_text(encoding="utf-8"))
            for path in sorted(CORE.rglob("*.py"))}


def _makers(trees: dict[Path, ast.Module]) -> set[str]:
    found = set(MAKERS)
    grew = True
    while grew:
        grew = False
        for tree in trees.values():
            for node in ast.walk(tree):
                if (isinstance(node, ast.ClassDef) and node.name not in found
                        and any(_name(base) in found for base in node.bases)):
                    found.add(node.name)
                    grew = True
    return found


def _calls(trees: dict[Path, ast.Module], names: set[str]) -> Iterator[tuple[Path, ast.Call]]:
    """Calls of `names`, and super().__init__ inside the classes so named."""
    for path, tree in trees.items():
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _name(node.func) in names and node.args:
                yield path, node
            if isinstance(node, ast.ClassDef) and node.name in names:
                for call in ast.walk(node):
                    if (isinstance(call, ast.Call) and _name(call.func) == "__init__"
                            and call.args):
                        yield path, call


def _where(path: Path, node: ast.AST) -> str:
    return f"{path.relative_to(CORE)}:{getattr(node, 'lineno', '?')}"


def test_every_template_core_writes_is_listed_for_translation() -> None:
    trees = _trees()
    listed = set(TRANSLATABLE_MESSAGES)
    missing, formatted = [], []
    for path, call in _calls(trees, _makers(trees)):
        first = call.args[0]
        if isinstance(first, ast.JoinedStr | ast.BinOp):
            formatted.append(_where(path, call))
        elif (isinstance(first, ast.Constant) and isinstance(first.value, str)
              and first.value and first.value not in listed):
            missing.append(f"{_where(path, call)}: {first.value!r}")
    assert not formatted, f"a template, not formatted text, goes to a message: {formatted}"
    assert not missing, "add these to ui/text/core_messages.py:\n" + "\n".join(missing)


def test_every_word_core_puts_in_a_message_is_listed_for_translation() -> None:
    trees = _trees()
    words: dict[str, str] = {}
    for path, call in _calls(trees, {"Term", "field_term"}):
        first = call.args[0]
        if isinstance(first, ast.Constant) and isinstance(first.value, str):
            words[first.value.replace("_", " ")] = _where(path, call)
    for path, tree in trees.items():
        for node in ast.walk(tree):
            for keyword in getattr(node, "keywords", []) if isinstance(node, ast.Call) else []:
                # what="organization": the kind of record a lookup or a check names
                if (keyword.arg == "what" and isinstance(keyword.value, ast.Constant)
                        and isinstance(keyword.value.value, str)):
                    words[keyword.value.value] = _where(path, node)
    for name in [*ORGANIZATION_FIELDS, *CONTACT_FIELDS, *check_affiliation({}).values]:
        words[name.replace("_", " ")] = "a record's field"
    missing = {word: where for word, where in words.items()
               if word not in set(TRANSLATABLE_TERMS)}
    assert not missing, f"add these to ui/text/core_messages.py: {missing}"


def test_in_english_a_message_is_the_sentence_core_wrote() -> None:
    error = NotFound("No {what} with id {key}", what=Term("organization"), key=5)
    assert message(error) == str(error) == "No organization with id 5"
    assert message("any text") == "any text"


@pytest.fixture
def korean(qapp: QApplication) -> Iterator[None]:
    i18n.install_translations("ko")
    yield
    i18n.remove_translations()


def test_in_korean_a_core_error_and_its_words_are_korean(korean: None) -> None:
    with pytest.raises(InvalidInput) as raised:
        check_email("ha.example.org")
    shown = message(raised.value)
    assert _hangul(shown) and shown != str(raised.value)
    error = NotFound("No {what} with id {key}", what=Term("organization"), key=5)
    assert "5" in message(error) and "단체" in message(error)


def test_a_message_inside_a_message_is_translated_too(korean: None) -> None:
    inner = Message("The e-mail address is missing an @")
    outer = Message("{field}: {problem}", field=Term("email"), problem=inner)
    assert message(outer) == f"{message(Term('email'))}: {message(inner)}"
    assert _hangul(message(inner))


def _hangul(text: str) -> bool:
    return any("\uac00" <= character <= "\ud7a3" for character in text)
