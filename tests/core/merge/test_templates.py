"""Letter bodies as sandboxed templates: fields by name, conditions, escaping, rich text."""

from __future__ import annotations

import re
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from merge_support import DATA, paragraphs

from coalitiondesk.core.errors import InvalidInput
from coalitiondesk.core.merge.fields import FIELDS
from coalitiondesk.core.merge.templates import (
    ProblemKind,
    TemplateError,
    check_template,
    is_rich_text,
    render_body,
)

ALL_EMPTY: dict[str, Any] = {field.key: "" for field in FIELDS}


def values(**given_values: Any) -> dict[str, Any]:
    return {**ALL_EMPTY, **given_values}


def test_plain_text_paragraphs_and_lines() -> None:
    body = "First paragraph\nstill the first.\n\n\nSecond & last."
    assert render_body(body, values()) == (
        "<p>First paragraph<br>\nstill the first.</p>\n\n<p>Second &amp; last.</p>")
    assert paragraphs(render_body(body, values())) == [
        "First paragraph\nstill the first.", "Second & last."]


def test_a_multi_line_value_becomes_lines_of_its_paragraph() -> None:
    rendered = render_body("{{ address_block }}\n\n{{ salutation }}", values(
        address_block="Kim Jong-il\nPyongyang", salutation="Dear Chairman Kim Jong-il,"))
    assert paragraphs(rendered) == ["Kim Jong-il\nPyongyang", "Dear Chairman Kim Jong-il,"]


def test_a_misspelt_field_is_reported_by_name_before_rendering() -> None:
    body = "Hello\n\n{{ salutaton }}"
    [problem] = check_template(body)
    assert problem.kind is ProblemKind.unknown_field
    assert problem.field == "salutaton"
    assert problem.line == 3
    assert "salutaton" in problem.message
    with pytest.raises(TemplateError, match="salutaton") as raised:
        render_body(body, values(salutaton="never printed"))
    assert isinstance(raised.value, InvalidInput)
    assert raised.value.field == "salutaton"


def test_a_field_without_a_value_is_an_error_not_a_blank() -> None:
    with pytest.raises(TemplateError, match="position"):
        render_body("As {{ position }}", {})


def test_blank_lines_around_the_text_print_nothing_and_keep_line_numbers() -> None:
    assert render_body("\n\nHello {{ full_name }}\n  \n", values(full_name="Ana")) == (
        "<p>Hello Ana</p>")
    [problem] = check_template("\n\nHello {{ ful_name }}")
    assert problem.line == 3


def test_a_field_written_over_two_lines_still_works() -> None:
    assert render_body("Dear {{ full_name\n }},", values(full_name="Ana")) == "<p>Dear Ana,</p>"


def test_a_condition_on_lines_of_its_own_adds_no_line_breaks() -> None:
    body = "Dear friends,\n{% if position %}\nAs {{ position }}\n{% endif %}\nThanks\n\nBye"
    assert paragraphs(render_body(body, values(position="Minister"))) == [
        "Dear friends,\nAs Minister\nThanks", "Bye"]
    assert paragraphs(render_body(body, values())) == ["Dear friends,\nThanks", "Bye"]
    whole = "{% if position %}\nAs {{ position }}\n{% endif %}\n\nBye"
    assert paragraphs(render_body(whole, values(position="Minister"))) == ["As Minister", "Bye"]
    assert paragraphs(render_body(whole, values())) == ["Bye"]
    [problem] = check_template(body.replace("Thanks", "{{ thanks }}"))
    assert problem.line == 5


def test_a_syntax_mistake_names_its_line() -> None:
    [problem] = check_template("Dear friends,\n\n{% if position %}As {{ position }}")
    assert problem.kind is ProblemKind.syntax
    assert problem.line == 3
    assert "endif" in problem.message
    with pytest.raises(TemplateError, match="line 3"):
        render_body("Dear friends,\n\n{{ position ", values())


@pytest.mark.parametrize("body", [
    "{{ ''.__class__.__mro__ }}",
    "{{ full_name.__class__.__base__.__subclasses__() }}",
    "{{ full_name['__class__'] }}",
    "{{ full_name|attr('__class__') }}",
    "{{ cycler.__init__.__globals__ }}",
    "{{ full_name * 1000000000 }}",
    "{{ 10 ** 10 ** 10 }}",
    "{% for i in range(10000000) %}x{% endfor %}",
])
def test_the_sandbox_refuses_to_reach_python(body: str) -> None:
    problems = check_template(body)
    assert problems
    assert {problem.kind for problem in problems} <= {
        ProblemKind.refused, ProblemKind.unknown_field}
    with pytest.raises(TemplateError):
        render_body(body, values())


def test_string_methods_the_sandbox_allows_still_work() -> None:
    assert render_body("{{ family_name.upper() }}", values(family_name="Ha")) == "<p>HA</p>"


def test_a_conditional_paragraph() -> None:
    body = ("Dear friends,\n\n"
            "{% if organization %}On behalf of {{ organization }}.{% endif %}\n\nBye")
    assert paragraphs(render_body(body, values(organization="HRW"))) == [
        "Dear friends,", "On behalf of HRW.", "Bye"]
    assert paragraphs(render_body(body, values())) == ["Dear friends,", "Bye"]


def test_a_condition_around_several_paragraphs() -> None:
    body = "A\n\n{% if position %}\n\nAs {{ position }}:\n\nmore\n\n{% endif %}\n\nZ"
    assert paragraphs(render_body(body, values(position="Minister"))) == [
        "A", "As Minister:", "more", "Z"]
    assert paragraphs(render_body(body, values())) == ["A", "Z"]


def test_a_name_with_markup_is_printed_as_text() -> None:
    rendered = render_body("Dear {{ full_name }}, <i>literal</i>",
                           values(full_name="<b>Bold</b> & Co"))
    assert "<b>" not in rendered and "<i>" not in rendered
    assert paragraphs(rendered) == ["Dear <b>Bold</b> & Co, <i>literal</i>"]


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.sampled_from([field.key for field in FIELDS]), st.text()))
def test_any_text_value_renders_escaped_and_never_raises(given_values: dict[str, str]) -> None:
    body = "\n\n".join(f"{{{{ {field.key} }}}}" for field in FIELDS)
    rendered = render_body(body, values(**given_values))
    # The only markup is the template's own: paragraphs and line breaks.
    assert set(re.findall(r"<(/?\w+)", rendered)) <= {"p", "/p", "br"}
    shown = paragraphs(rendered)
    for value in given_values.values():
        if value.strip():
            assert value in shown


def test_rich_text_saved_by_the_editor_renders() -> None:
    """Qt's toHtml(): fields inside <span>s, quotes in a condition written as &quot;."""
    body = (DATA / "merge" / "qt_body.html").read_text(encoding="utf-8")
    assert is_rich_text(body)
    assert check_template(body) == []
    rendered = render_body(body, values(
        address_block="Kim Jong-il\nPyongyang", salutation="Dear <Chairman> Kim,",
        position="Chairman", organization="ICNK", signatory_count=32))
    texts = [text for text in paragraphs(rendered) if text.strip()]
    assert texts == [
        "Kim Jong-il\nPyongyang",
        "Dear <Chairman> Kim,",
        "We write to you as Chairman & with respect.",
        "On behalf of ICNK — thank you.",
        "Signed by 32 organizations <not markup>.",
    ]
    assert '<span style=" font-weight:700;">as Chairman</span>' in rendered
    assert "<html" not in rendered and "<style" not in rendered
    without = [text for text in paragraphs(render_body(body, values(signatory_count=1)))
               if text.strip()]
    assert "On behalf of" not in " ".join(without)


def test_rich_text_problems_name_the_paragraph() -> None:
    body = (DATA / "merge" / "qt_body.html").read_text(encoding="utf-8").replace(
        "{{ salutation }}", "{{ salutaton }}")
    [problem] = check_template(body)
    assert problem.field == "salutaton"
    assert problem.line == 3
