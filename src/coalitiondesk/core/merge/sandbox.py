"""The letter sandbox: Jinja2's, with a budget of time and size for every render.

Jinja2's sandbox keeps templates away from Python; it does not keep them from
working without end or filling the memory: a `for` inside a `for` over
range(99999), a list appended to while it is looped over, "x" * 1000 * 1000
* 1000, center(999999999). The editor checks a letter as it is typed, so any
of these would freeze the window, and a merge would never end.

So every place where a template spends time or memory reports to the budget
of the render in progress: each call (functions, methods, macros, filters),
arithmetic on texts and lists, each turn of a loop (charged with the text its
body writes), each value written and each namespace assignment. Calls that
can make far more than they are given (padding, replace, join, expandtabs,
indent, format widths, repetition) are estimated before they run: one of
them can fill the memory before anything gets a chance to stop it.
"""

from __future__ import annotations

import itertools
import re
import string
import time
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import wraps
from typing import Any

from jinja2 import nodes
from jinja2.exceptions import SecurityError
from jinja2.runtime import Context, Undefined
from jinja2.sandbox import SandboxedEnvironment
from jinja2.utils import Namespace
from jinja2.visitor import NodeTransformer

from coalitiondesk.core.errors import Message

RENDER_SECONDS = 1.0
"""A letter fills in within milliseconds; this stops only templates that would not finish."""
MAX_SIZE = 200_000
"""Characters of a text, or items of a list, that a value made by a template may reach.
A long letter has 20,000 characters."""
MAX_WRITTEN = 1_000_000
"""Characters one render may write, counting those written inside macros and loops and
thrown away."""
MAX_DEPTH = 50
"""Calls inside calls: a macro calling itself without end stops here, well before
Python's recursion limit."""
_MAX_BITS = 10_000
"""Integers a product may reach: a letter counts signatories, it does not square numbers."""


class LetterLimit(SecurityError):
    """A template stopped for the time or memory it would take; str() says why, in words
    for the coordinator."""


@dataclass
class _Budget:
    deadline: float
    written: int = 0
    depth: int = 0


_BUDGET: ContextVar[_Budget | None] = ContextVar("letter_budget", default=None)


@contextmanager
def render_budget(seconds: float = RENDER_SECONDS) -> Iterator[None]:
    """One budget for the renders in this block, in this thread."""
    token = _BUDGET.set(_Budget(time.monotonic() + seconds))
    try:
        yield
    finally:
        _BUDGET.reset(token)


def _charge(written: int = 0) -> _Budget | None:
    """The budget in force (None outside a render: Jinja folds constants while compiling)."""
    budget = _BUDGET.get()
    if budget is None:
        return None
    if time.monotonic() > budget.deadline:
        raise LetterLimit(Message("it takes more than {seconds:g} second to fill in"
                                  " (a repetition that does not end?)", seconds=RENDER_SECONDS))
    budget.written += written
    if budget.written > MAX_WRITTEN:
        raise LetterLimit(Message("it writes more than {limit:,} characters",
                                  limit=MAX_WRITTEN))
    return budget


def size(value: Any, limit: int = MAX_SIZE) -> int:
    """Characters and items in `value`, nested lists, mappings and namespaces included.

    Shared items count each time they appear, as they would once printed.
    Counting stops past `limit`, so that it costs little whatever `value` is
    (a list that contains itself included).
    """
    return _measure(value, limit)[0]


def _measure(value: Any, limit: int = MAX_SIZE) -> tuple[int, int]:
    """`size(value)`, and the largest integer found on the way."""
    total = largest = 0
    pending = [value]
    while pending and total <= limit:
        item = pending.pop()
        if isinstance(item, str | bytes):
            total += len(item)
        elif isinstance(item, int):
            largest = max(largest, abs(item))
        elif isinstance(item, Undefined):
            continue
        elif isinstance(item, Namespace):
            pending.append(getattr(item, "_Namespace__attrs", {}))
        elif isinstance(item, Mapping):
            total += len(item)
            if total <= limit:
                pending.extend(itertools.chain(item.keys(), item.values()))
        elif isinstance(item, Collection):
            total += len(item)
            if total <= limit:
                pending.extend(item)
    return total, largest


def _too_long(what: str) -> LetterLimit:
    return LetterLimit(Message("{what} would make a text or list longer than {limit:,}"
                               " characters", what=what, limit=MAX_SIZE))


def _check_size(value: Any, what: str) -> None:
    if size(value) > MAX_SIZE:
        raise _too_long(what)


def _check_numbers(values: Iterable[Any], what: str, *, nested: bool = False) -> None:
    """Numbers bigger than any a letter needs, which as widths and counts make huge texts.

    `nested` looks inside lists, mappings and namespaces too: a format's width can
    come from any of them ("{:{w}}".format_map(...)).
    """
    for value in values:
        number = _measure(value)[1] if nested else value
        if isinstance(number, int) and abs(number) > MAX_SIZE:
            shown = (f"{number:,}" if number.bit_length() < 64
                     else Message("so large a number"))
            raise LetterLimit(Message("{what} is given {number}, more than a letter can use",
                                      what=what, number=shown))


def _big(text: str) -> int:
    # int() refuses strings of more than 4,300 digits; any width of ten digits is too big.
    return int(text) if len(text) < 10 else MAX_SIZE + 1


_PERCENT_SPEC = re.compile(r"%(?:\([^)]{0,100}\))?[-#0 +]*(\d*)(?:\.(\d*))?")


def _format_widths(text: str) -> int:
    """The widths and precisions a format string asks for ("%9999s", "{:>9999}"), added up."""
    total = sum(_big(number) for match in _PERCENT_SPEC.finditer(text)
                for number in match.groups() if number)
    try:
        specs = [spec for _, _, spec, _ in string.Formatter().parse(text) if spec]
    except ValueError:  # not a valid {} format: str.format will refuse it anyway
        specs = []
    return total + sum(_big(number) for spec in specs for number in re.findall(r"\d+", spec))


def _argument(args: tuple[Any, ...], kwargs: dict[str, Any], position: int, keyword: str,
              default: Any = None) -> Any:
    return args[position] if len(args) > position else kwargs.get(keyword, default)


def _estimate(name: str, subject: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> int:
    """Characters a call known to make more than it is given could make; 0 for others.

    `subject` is the text a method is called on, or the value a filter is applied to.
    """
    if name == "sum":
        start = _argument(args, kwargs, 1, "start", 0)
        if not isinstance(start, int | float):
            raise LetterLimit("sum adds up numbers, not texts or lists")
        return 0
    if not isinstance(subject, str):
        return 0
    if name == "join":  # subject: the separator
        items = args[0] if args else ()
        return size(items) + len(subject) * (len(items) if isinstance(items, Collection) else 0)
    if name == "replace":
        old, new = _argument(args, kwargs, 0, "old", ""), _argument(args, kwargs, 1, "new", "")
        if isinstance(old, str) and isinstance(new, str):
            return len(subject) + (subject.count(old) + 1) * len(new)
    elif name == "expandtabs":
        tab = _argument(args, kwargs, 0, "tabsize", 8)
        return len(subject) + subject.count("\t") * (tab if isinstance(tab, int) else 0)
    elif name == "indent":
        width = _argument(args, kwargs, 0, "width", 4)
        step = len(width) if isinstance(width, str) else width if isinstance(width, int) else 0
        return len(subject) + (subject.count("\n") + 1) * step
    elif name == "wordwrap":
        width = _argument(args, kwargs, 0, "width", 79)
        wrap = _argument(args, kwargs, 2, "wrapstring", None) or "\n"
        lines = len(subject) // max(width if isinstance(width, int) else 1, 1) + (
            subject.count(" ") + 1)
        return len(subject) + lines * len(str(wrap))
    elif name == "urlize":
        extra = sum(len(str(_argument(args, kwargs, position, keyword, "") or ""))
                    for position, keyword in ((2, "target"), (3, "rel")))
        return len(subject) * (3 + extra)
    elif name == "translate":
        table = args[0] if args else {}
        widest = max((size(value) for value in table.values()), default=0) if isinstance(
            table, Mapping) else 0
        return len(subject) * max(widest, 1)
    elif name in ("format", "format_map"):
        return len(subject) + _format_widths(subject)
    return 0


def _listed(items: Any) -> Any:
    """An iterable that is not a collection, as a list, so that its length can be known."""
    if isinstance(items, str | Collection | Undefined):
        return items
    listed = list(itertools.islice(items, MAX_SIZE + 1))
    if len(listed) > MAX_SIZE:
        raise _too_long("join")
    return listed


def _check_call(name: str, subject: Any, args: tuple[Any, ...], kwargs: dict[str, Any]
                ) -> None:
    _check_numbers((*args, *kwargs.values()), name,
                   nested=name in ("format", "format_map"))
    if _estimate(name, subject, args, kwargs) > MAX_SIZE:
        raise _too_long(name)


def _checked_method(value: Any) -> Any:
    """A text's method that can make far more than it is given, checked wherever it is
    called: a template can pass it on (as a sort key) to be called without `call`."""
    text, name = getattr(value, "__self__", None), getattr(value, "__name__", "")
    if not isinstance(text, str) or name not in _AMPLIFIERS:
        return value
    return _checked(name, text, value)


_AMPLIFIERS = frozenset({"center", "ljust", "rjust", "zfill", "expandtabs", "replace", "join",
                         "translate"})


def _checked(name: str, text: str, function: Callable[..., Any]) -> Callable[..., Any]:
    @wraps(function)
    def checked(*args: Any, **kwargs: Any) -> Any:
        _charge()
        if name == "join" and args:
            args = (_listed(args[0]), *args[1:])
        _check_call(name, text, args, kwargs)
        return function(*args, **kwargs)

    return checked


def _guarded_filter(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    """`function` as a filter with the same checks as any call."""
    # Filters that take the context or environment get it first, before their value.
    skip = 1 if getattr(function, "jinja_pass_arg", None) is not None else 0

    @wraps(function)  # keeps jinja_pass_arg, which tells Jinja what to pass
    def guarded(*args: Any, **kwargs: Any) -> Any:
        _charge()
        if len(args) > skip:
            subject, rest = args[skip], args[skip + 1:]
            if name == "join":  # as str.join: the separator joins the value's items
                subject = _listed(subject)
                args = (*args[:skip], subject, *rest)
                separator = _argument(rest, kwargs, 0, "d", "")
                _check_call(name, str(separator), (subject,), {})
            else:
                _check_call(name, subject, rest, kwargs)
        result = function(*args, **kwargs)
        _check_size(result, name)
        return result

    return guarded


class _BoundedNamespace(Namespace):
    """namespace(), whose attributes grow only within the budget: `{% set ns.text = ns.text ~
    ns.text %}` in a loop doubles a text at each turn."""

    def __setitem__(self, name: str, value: Any) -> None:
        _charge()
        _check_size(value, "a namespace")
        super().__setitem__(name, value)


class _MeteredLoops(NodeTransformer):
    """Every `for` iterates through the environment's `loop_turns`, charged with the text
    its body writes, since a loop writing into a macro or a {% set %} block never
    passes through `finalize`."""

    def visit_For(self, node: nodes.For) -> nodes.For:
        self.generic_visit(node)
        texts = [data.data for data in node.find_all(nodes.TemplateData)]
        texts += [const.value for const in node.find_all(nodes.Const)
                  if isinstance(const.value, str)]
        node.iter = nodes.Call(nodes.EnvironmentAttribute("loop_turns"),
                               [node.iter, nodes.Const(sum(map(len, texts)))], [], None, None,
                               lineno=node.lineno)
        return node


class LetterSandbox(SandboxedEnvironment):
    """The sandbox, with every render held to the budget of `render_budget`."""

    intercepted_binops = frozenset({"*", "**", "+", "%"})

    def __init__(self, *, finalize: Callable[[Any], Any] | None = None, **options: Any
                 ) -> None:
        def written(value: Any) -> Any:
            _charge(size(value, MAX_WRITTEN))
            return finalize(value) if finalize is not None else value

        super().__init__(finalize=written, **options)
        self.filters = {name: _guarded_filter(name, function)
                        for name, function in self.filters.items()}
        self.globals["namespace"] = _BoundedNamespace
        # Lorem ipsum of n paragraphs of up to m words: a product no estimate needs to cover.
        self.globals.pop("lipsum", None)

    def loop_turns(self, iterable: Any, written: int) -> Iterator[Any]:
        for item in iterable:
            _charge(written)
            yield item

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        _charge()
        if operator == "**":
            raise LetterLimit("powers (**) are not allowed in letters")
        if operator == "*":
            _check_product(left, right)
        elif operator == "%" and isinstance(left, str):
            _check_call("format", left, (right,), {})
        result = super().call_binop(context, operator, left, right)
        _check_size(result, operator)
        return result

    def getattr(self, obj: Any, attribute: str) -> Any:
        return _checked_method(super().getattr(obj, attribute))

    def getitem(self, obj: Any, argument: Any) -> Any:
        return _checked_method(super().getitem(obj, argument))

    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
        # Jinja swaps a text's format method for its own sandboxed formatter whenever
        # the method is looked up: the swap is checked like the other amplifiers.
        formatter = super().wrap_str_format(value)
        return None if formatter is None else _checked(value.__name__, value.__self__,
                                                       formatter)

    def call(__self, __context: Context, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        if getattr(__obj, "__func__", None) is LetterSandbox.loop_turns:
            return __obj(*args)  # without the loop variables Jinja passes to every call
        budget = _charge()
        _check_numbers((*args, *kwargs.values()), getattr(__obj, "__name__", "") or "a call")
        if budget is not None:
            if budget.depth >= MAX_DEPTH:
                raise LetterLimit(Message("calls inside calls go more than {depth} deep"
                                          " (a macro or loop that calls itself?)",
                                          depth=MAX_DEPTH))
            budget.depth += 1
        try:
            result = super().call(__context, __obj, *args, **kwargs)
        finally:
            if budget is not None:
                budget.depth -= 1
        _check_size(result, getattr(__obj, "__name__", "") or "a call")
        subject = getattr(__obj, "__self__", None)
        if isinstance(subject, list | dict | set):  # append, extend, update...
            _check_size(subject, __obj.__name__)
        return result

    def _generate(self, source: nodes.Template, name: str | None, filename: str | None,
                  defer_init: bool = False) -> str:
        return super()._generate(_MeteredLoops().visit(source), name, filename, defer_init)


def _check_product(left: Any, right: Any) -> None:
    if isinstance(left, int) and isinstance(right, int):
        if left.bit_length() + right.bit_length() > _MAX_BITS:
            raise LetterLimit("it multiplies numbers larger than a letter can use")
        return
    times, repeated = (left, right) if isinstance(left, int) else (right, left)
    if isinstance(times, int) and size(repeated) * max(times, 0) > MAX_SIZE:
        raise _too_long("*")
