"""Letter bodies that would run without end, fill the memory or break Python's own limits
are template problems with a message, found quickly: the editor checks bodies as they are
typed, and a merge must end."""

from __future__ import annotations

import time
from typing import Any

import pytest

from coalitiondesk.core.merge.fields import FIELDS
from coalitiondesk.core.merge.templates import (
    ProblemKind,
    TemplateError,
    check_template,
    render_body,
)

VALUES: dict[str, Any] = {field.key: field.label for field in FIELDS}
HANG = 20.0
"""Seconds after which a check counts as hung; the budget itself is about one second."""

NESTED_FOR = "".join(f"{{% for a{n} in [1] %}}" for n in range(25)) + "x" + (
    "{% endfor %}" * 25)

HOSTILE = {
    "nested range loops": "{% for i in range(99999) %}{% for j in range(99999) %}x"
                          "{% endfor %}{% endfor %}",
    "nested loops writing into a block": "{% set s %}{% for i in range(99999) %}"
                                         "{% for j in range(99999) %}yyyy{% endfor %}"
                                         "{% endfor %}{% endset %}",
    "nested loops in a macro": "{% macro m() %}{% for i in range(99999) %}"
                               "{% for j in range(99999) %}{% endfor %}{% endfor %}"
                               "{% endmacro %}{{ m() }}",
    "appending while iterating": "{% set l = [1] %}{% for x in l %}{{ l.append(x) }}"
                                 "{% endfor %}",
    "center method": "{{ 'x'.center(999999999) }}",
    "center filter": "{{ full_name|center(999999999) }}",
    "center as a sort key": "{% set l = [999999999, 1] %}{{ l.sort(key='x'.center) }}",
    "repetition": "{{ 'x'*1000*1000*1000 }}",
    "doubling in a namespace": "{% set ns = namespace(s='x') %}{% for i in range(64) %}"
                               "{% set ns.s = ns.s ~ ns.s %}{% endfor %}",
    "replace": "{{ ('x'*100000)|replace('x', 'y'*100000) }}",
    "join": "{{ ('x'*100000)|join('y'*100000) }}",
    "format width": "{{ '%999999999s' % 'x' }}",
    "format width in a mapping": "{% set f = '{:{w}}' %}{{ f.format_map({'w': 999999999}) }}",
    "nested lists printed": "{% set a = ['x'*1000]*100 %}{% set b = [a]*100 %}{{ b }}",
    "recursive macro": "{% macro m(n) %}{{ m(n) }}{% endmacro %}{{ m(1) }}",
    "recursive loop": "{% for x in [[1]] recursive %}{{ loop([[1]]) }}{% endfor %}",
    "3000 nested parentheses": "{{ " + "(" * 3000 + "1" + ")" * 3000 + " }}",
    "25 nested for": NESTED_FOR,
    "truncate(-5)": "{{ full_name|truncate(-5) }}",
    "huge powers": "{% set ns = namespace(x=3) %}{% for i in range(64) %}"
                   "{% set ns.x = ns.x * ns.x %}{% endfor %}",
    "50,000 unclosed fields": "{{" * 50_000,
}


@pytest.mark.parametrize("body", HOSTILE.values(), ids=HOSTILE.keys())
def test_a_hostile_body_is_a_template_problem_found_quickly(body: str) -> None:
    started = time.monotonic()
    problems = check_template(body)
    assert time.monotonic() - started < HANG
    assert problems
    assert {problem.kind for problem in problems} <= {ProblemKind.refused, ProblemKind.syntax}
    for problem in problems:
        assert problem.message.startswith("The letter")
        assert "\n" not in problem.message and "Traceback" not in problem.message
    with pytest.raises(TemplateError) as raised:
        render_body(body, VALUES)
    assert str(raised.value) == problems[0].message


def test_a_body_that_fits_the_sample_but_not_a_recipient_is_stopped_while_merging() -> None:
    body = "{{ full_name * 2000 }}"
    assert check_template(body) == []  # "Full name" * 2000 is 18,000 characters
    with pytest.raises(TemplateError, match="longer than 200,000 characters"):
        render_body(body, {**VALUES, "full_name": "x" * 1000})


def test_memory_running_out_is_a_template_problem() -> None:
    # A value whose printing needs more memory than there is, as a huge address could.
    class Exhausting:
        def __str__(self) -> str:
            raise MemoryError

        __html__ = __str__

    with pytest.raises(TemplateError, match="more memory"):
        render_body("{{ full_name }}", {**VALUES, "full_name": Exhausting()})


def test_what_letters_do_stays_within_the_budget() -> None:
    body = ("Dear {{ full_name }},\n\n"
            "{% for line in signatory_block.split('\\n') %}{{ line|upper|center(40) }}<br>"
            "{% endfor %}\n\n"
            "{{ ['a', 'b']|join(', ') }} {{ ', '.join(['c', 'd']) }} "
            "{{ '{:,}'.format(signatory_count) }} {{ '%s and %s' % ('e', 'f') }}\n\n"
            "{% set ns = namespace(total=0) %}{% for i in range(100) %}"
            "{% set ns.total = ns.total + i %}{% endfor %}{{ ns.total }}")
    values = {**VALUES, "signatory_block": "\n".join(f"Organization {n}" for n in range(300)),
              "signatory_count": 300}
    assert check_template(body) == []
    rendered = render_body(body, values)
    assert "ORGANIZATION 299" in rendered and "a, b c, d 300 e and f" in rendered
    assert "4950" in rendered
