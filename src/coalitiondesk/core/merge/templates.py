"""Letter bodies as sandboxed Jinja2 templates that render to an HTML fragment.

A body is stored either as plain text (paragraphs separated by blank lines,
as the demo letter is) or as the rich text the Letters tab's editor saves
(QTextDocument.toHtml()). Either way the result is HTML in which every value
is escaped: only the template's own markup is markup.

A field that does not exist is an error naming it, found before anything is
printed; never a blank on the page (StrictUndefined). The sandbox refuses
attribute tricks such as ``''.__class__``.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from typing import Any, Final

import jinja2
from jinja2 import meta, nodes
from jinja2.exceptions import SecurityError
from markupsafe import Markup, escape

from coalitiondesk.core.errors import InvalidInput, Message, as_message
from coalitiondesk.core.merge.fields import FIELD_KEYS, FIELDS
from coalitiondesk.core.merge.sandbox import LetterLimit, LetterSandbox, render_budget


class TemplateError(InvalidInput):
    """A letter body that cannot be merged; str() names the field or the line."""

    def __init__(self, message: Message, *, field: str | None = None,
                 line: int | None = None) -> None:
        super().__init__(message)
        self.field = field
        self.line = line


class ProblemKind(StrEnum):
    syntax = "syntax"
    unknown_field = "unknown field"
    refused = "refused by the sandbox"


@dataclass(frozen=True)
class TemplateProblem:
    kind: ProblemKind
    message: Message
    # A line of the body as the coordinator sees it: a line of plain text, or
    # a paragraph of rich text.
    line: int | None = None
    field: str | None = None


def _finalize(value: Any) -> Any:
    """Line breaks inside a value (an address block) become <br>, after escaping."""
    if value is None:
        return ""
    if isinstance(value, str) and "\n" in value:
        return Markup("<br>\n").join(escape(line) for line in value.split("\n"))
    return value


_ENVIRONMENT: Final = LetterSandbox(
    undefined=jinja2.StrictUndefined, autoescape=True, finalize=_finalize
)

# Rich text as Qt's editor saves it, or anything that starts like HTML.
_RICH_START = re.compile(r"\s*<(!DOCTYPE|html|qt|body|p|div|h[1-6]|ul|ol|table)\b", re.I)
_RICH_ANYWHERE = re.compile(r"</p>|<br\s*/?>", re.I)
_TAG_OPEN = re.compile(r"\{[{%#]")
_TAG_CLOSE = {"{{": "}}", "{%": "%}", "{#": "#}"}
_BODY_OPEN = re.compile(r"<body[^<>]*>", re.I)
# [^<>] rather than [^>]: a "<" that never closes then costs one look, not a scan
# to the end of the text from every "<" before it.
_MARKUP_TAG = re.compile(r"<[^<>]*>")
_BLOCK_START = re.compile(r"<(p|li|h[1-6])\b", re.I)
# A paragraph whose only content was a conditional that came out false.
_EMPTY_PARAGRAPH = re.compile(r"<p\b[^<>]*>(?:\s|<span\b[^<>]*>\s*</span>)*</p>", re.I)
_MAX_PROBLEMS = 20
"""Problems listed for one body: enough to act on, and each costs a look through the text."""
_BLANK_LINES = re.compile(r"\n{3,}")


def split_tags(text: str) -> list[str]:
    """`text` cut into plain text and Jinja tags ({{ … }}, {% … %}, {# … #}), alternately.

    One pass: a tag is the first closer after its opener, and once an opener
    has no closer left, none of its kind is looked for again. (A regular
    expression would search the rest of the text from every unclosed "{{".)
    """
    parts: list[str] = []
    done = position = 0
    unclosed: set[str] = set()
    while (opener := _TAG_OPEN.search(text, position)) is not None:
        start, kind = opener.start(), opener.group()
        end = -1 if kind in unclosed else text.find(_TAG_CLOSE[kind], start + 2)
        if end < 0:
            unclosed.add(kind)
            position = start + 1
            continue
        parts += [text[done:start], text[start:end + 2]]
        done = position = end + 2
    parts.append(text[done:])
    return parts


def is_rich_text(body: str) -> bool:
    return bool(_RICH_START.match(body) or _RICH_ANYWHERE.search(body))


def _plain_source(body: str) -> str:
    """Plain text as an HTML template: <p> per paragraph, <br> per line, text escaped.

    Newlines are kept, so a syntax error's line number is the text's own.
    """
    text = body.replace("\r\n", "\n").replace("\r", "\n").rstrip()
    # Blank lines before the first paragraph stay outside it, keeping line numbers.
    leading = "\n" * (len(text) - len(text.lstrip("\n")))
    text = text.lstrip("\n")
    paragraphs = re.split(r"(\n[ \t]*\n+)", text)
    parts: list[str] = []
    for index, chunk in enumerate(paragraphs):
        if index % 2:
            parts.append("</p>" + "\n" * chunk.count("\n") + "<p>")
            continue
        pieces = _join_statement_lines(split_tags(chunk))
        parts.append("".join(
            piece if n % 2 else
            str(escape(piece)).replace("\n", "<br>\n").replace(_JOINED, "{#\n#}")
            for n, piece in enumerate(pieces)))
    return leading + "<p>" + "".join(parts) + "</p>"


# Marks a line break that joins a statement's own line to its neighbour; it
# becomes a Jinja comment holding the newline, so line numbers stay right.
_JOINED = "\x00"


def _join_statement_lines(pieces: list[str]) -> list[str]:
    """A {% … %} alone on its line prints no line break of its own.

    `pieces` alternate text and tags, as split_tags gives them.
    """
    pieces = [piece.replace(_JOINED, "") for piece in pieces]
    last = len(pieces) - 1
    for index in range(1, last, 2):
        before, tag, after = pieces[index - 1], pieces[index], pieces[index + 1]
        if not tag.startswith("{%"):
            continue
        starts_line = (index == 1 and not before.strip(" \t")) or bool(
            re.search(r"\n[ \t]*$", before))
        ends_line = (index + 1 == last and not after.strip(" \t")) or bool(
            re.match(r"[ \t]*\n", after))
        if not (starts_line and ends_line):
            continue
        if "\n" in after:
            pieces[index + 1] = after.replace("\n", _JOINED, 1)
        elif "\n" in before:
            cut = before.rindex("\n")
            pieces[index - 1] = before[:cut] + _JOINED + before[cut + 1:]
    return pieces


def _clean_tag(text: str) -> str:
    """A field or statement as the editor saved it, made Jinja again: entities
    decoded, and formatting tags that fell inside it moved out after it, so
    they stay balanced."""
    inner = html.unescape(_MARKUP_TAG.sub("", text)).replace("\xa0", " ")
    return inner + "".join(_MARKUP_TAG.findall(text))


def _rich_source(body: str) -> str:
    """The <body> of saved rich text, with {{ … }} and {% … %} made Jinja again.

    Qt writes quotes and ampersands inside them as entities, and may wrap part
    of a field in <span>s when the coordinator formatted it.
    """
    opening = _BODY_OPEN.search(body)
    closing = body.lower().rfind("</body>")
    inner = body[opening.end():closing] if opening and closing >= opening.end() else body
    return "".join(_clean_tag(part) if index % 2 else part
                   for index, part in enumerate(split_tags(inner))).strip("\n")


@lru_cache(maxsize=64)
def template_source(body: str) -> str:
    """The Jinja2 source a stored body is rendered from (HTML either way)."""
    return _rich_source(body) if is_rich_text(body) else _plain_source(body)


def _display_line(body: str, source: str, line: int | None) -> int | None:
    """The line the coordinator would count to: the paragraph, for rich text."""
    if line is None or not is_rich_text(body):
        return line
    upto = "\n".join(source.split("\n")[:line])
    return max(1, len(_BLOCK_START.findall(upto)))


def _sample_values() -> dict[str, Any]:
    samples: dict[str, Any] = {field.key: field.label for field in FIELDS}
    samples.update(signatory_count=2, country_count=2)
    return samples


def _refused_attributes(tree: nodes.Template) -> list[tuple[str, int]]:
    """Attributes the sandbox will refuse, found without rendering: anything private."""
    refused = []
    for node in tree.find_all((nodes.Getattr, nodes.Getitem)):
        name: object = (node.attr if isinstance(node, nodes.Getattr)
                        else getattr(getattr(node, "arg", None), "value", None))
        if isinstance(name, str) and name.startswith("_"):
            refused.append((name, node.lineno))
    return refused


@lru_cache(maxsize=64)
def _problems(body: str) -> tuple[TemplateProblem, ...]:
    source = template_source(body)
    try:
        tree = _ENVIRONMENT.parse(source)
        undeclared = meta.find_undeclared_variables(tree)
    except jinja2.TemplateSyntaxError as error:
        line = _display_line(body, source, error.lineno)
        return (TemplateProblem(
            ProblemKind.syntax, Message("The letter's text has a mistake in a field or condition"
                                        " on line {line}: {detail}.", line=line,
                                        detail=_syntax_detail(error)), line=line),)
    except (RecursionError, MemoryError) as error:  # 3,000 nested brackets
        return (_failure(error),)
    problems = [
        TemplateProblem(ProblemKind.unknown_field,
                        Message("The letter uses the field “{name}”, which does not exist.",
                                name=name),
                        line=_field_line(body, source, name), field=name)
        for name in sorted(undeclared - FIELD_KEYS)[:_MAX_PROBLEMS]
    ]
    for name, line in _refused_attributes(tree)[:_MAX_PROBLEMS]:
        shown = _display_line(body, source, line)
        problems.append(TemplateProblem(
            ProblemKind.refused, Message("The letter's text tries to reach “{name}” on line"
                                         " {line}, which templates may not do.",
                                         name=name, line=shown), line=shown))
    if not problems:
        try:
            _render(_compiled(body), _sample_values())
        except Exception as error:  # whatever the template does is the template's problem
            problems.append(_failure(error))
    return tuple(problems)


def _render(template: jinja2.Template, values: Mapping[str, Any]) -> str:
    with render_budget():
        return template.render(values)


def _failure(error: BaseException) -> TemplateProblem:
    """What stopped a body from compiling or filling in, as the coordinator is told it."""
    if isinstance(error, LetterLimit):
        return TemplateProblem(ProblemKind.refused,
                               Message("The letter's text does what letters may not do:"
                                       " {limit}.", limit=as_message(error.args[0])))
    if isinstance(error, SecurityError | OverflowError):
        return TemplateProblem(ProblemKind.refused, Message(
            "The letter's text tries to run code, which templates may not do."))
    if isinstance(error, jinja2.TemplateError):
        return TemplateProblem(ProblemKind.syntax, _sentence(error))
    if isinstance(error, RecursionError | SyntaxError):
        # Python's own limits on the code a template compiles to: 20 nested blocks,
        # 200 nested brackets, the recursion limit.
        return TemplateProblem(ProblemKind.syntax, Message(
            "The letter's text puts conditions, repetitions or brackets inside each other"
            " too deeply."))
    if isinstance(error, MemoryError):
        return TemplateProblem(ProblemKind.refused, Message(
            "The letter's text needs more memory than this computer has."))
    return TemplateProblem(ProblemKind.syntax, _sentence(error))


def _syntax_detail(error: jinja2.TemplateSyntaxError) -> str:
    message = (error.message or "").strip()
    if message.startswith("Unexpected end of template"):
        return "a condition or repetition is not closed ({% endif %} or {% endfor %} is missing)"
    return message.split("\n")[0].rstrip(".")


def _field_line(body: str, source: str, name: str) -> int | None:
    pattern = re.compile(rf"\b{re.escape(name)}\b")
    for number, text in enumerate(source.split("\n"), start=1):
        if any(pattern.search(tag) for tag in split_tags(text)[1::2]):
            return _display_line(body, source, number)
    return None


def _sentence(error: BaseException) -> Message:
    text = str(error).strip().rstrip(".") or type(error).__name__
    return Message("The letter's text cannot be filled in: {reason}.", reason=text)


def check_template(body: str) -> list[TemplateProblem]:
    """Everything wrong with a body, without any recipient: syntax, unknown fields,
    code the sandbox refuses. Empty when it can be merged."""
    return list(_problems(body))


def raise_for_problems(body: str) -> None:
    problems = _problems(body)
    if problems:
        first = problems[0]
        raise TemplateError(first.message, field=first.field, line=first.line)


@lru_cache(maxsize=64)
def _compiled(body: str) -> jinja2.Template:
    return _ENVIRONMENT.from_string(template_source(body))


def render_body(body: str, values: Mapping[str, Any]) -> str:
    """The body with `values` filled in, as an HTML fragment of <p> paragraphs.

    Raises TemplateError, naming the field or the line, for anything
    check_template reports and for a field missing from `values`.
    """
    raise_for_problems(body)
    try:
        rendered = _render(_compiled(body), values)
    except jinja2.UndefinedError as error:
        name = _undefined_name(error)
        raise TemplateError(
            Message("The letter uses the field “{name}”, which has no value.", name=name),
            field=name) from None
    except Exception as error:  # whatever the template does is the template's problem
        raise TemplateError(_failure(error).message) from None
    return _BLANK_LINES.sub("\n\n", _EMPTY_PARAGRAPH.sub("", rendered)).strip("\n")


def _undefined_name(error: jinja2.UndefinedError) -> str:
    found = re.search(r"'([^']+)' is undefined", str(error))
    return found.group(1) if found else str(error)


def uses_field(body: str, key: str) -> bool:
    """Whether the body itself places a field (e.g. the signatory block)."""
    try:
        tree = _ENVIRONMENT.parse(template_source(body))
    except (jinja2.TemplateSyntaxError, RecursionError, MemoryError):
        return False
    return key in meta.find_undeclared_variables(tree)
