"""Small helpers shared by the service modules."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

import sqlalchemy as sa
from pydantic import ValidationError
from sqlalchemy.ext.compiler import compiles
from sqlmodel import Session, SQLModel

from coalitiondesk.core.errors import InvalidInput, NotFound, Term, field_term
from coalitiondesk.core.models import Country, utcnow

T = TypeVar("T", bound=SQLModel)


def get_or_raise(session: Session, model: type[T], key: Any, *, what: str) -> T:
    record = session.get(model, key)
    if record is None:
        raise NotFound("No {what} with id {key}", what=Term(what), key=key)
    return record


def reject_unknown_fields(values: Mapping[str, Any], model: type[SQLModel]) -> None:
    """Refuse field names the model does not have, rather than silently dropping them."""
    unknown = set(values) - set(model.model_fields)
    if unknown:
        raise InvalidInput("Unknown field: {value}", value=', '.join(sorted(unknown)))


def _storable(text: str) -> bool:
    """False for text holding a lone surrogate, which pasted text can carry and UTF-8 cannot."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def validated(model: type[T], values: Mapping[str, Any]) -> T:
    """Build a non-table model, turning pydantic's report into one readable sentence.

    A field the model does not have is refused (a misspelt "country" would
    otherwise vanish without a word).
    """
    reject_unknown_fields(values, model)
    for name, value in values.items():
        if isinstance(value, str) and not _storable(value):
            raise InvalidInput("{field}: contains a broken character (half of a character"
                               " pair); retype it", field=field_term(name))
    try:
        return model.model_validate(dict(values))
    except ValidationError as exc:
        first = exc.errors()[0]
        field = ".".join(str(part) for part in first["loc"]) or "value"
        raise InvalidInput("{field}: {problem}", field=field_term(field),
                           problem=first["msg"]) from None


def apply_changes(record: SQLModel, changes: Mapping[str, Any], *, base: type[SQLModel]) -> None:
    """Set the given fields on a table record after validating them against `base`."""
    reject_unknown_fields(changes, base)
    merged = {name: getattr(record, name) for name in base.model_fields} | dict(changes)
    clean = validated(base, merged)
    for name in changes:
        setattr(record, name, getattr(clean, name))
    if hasattr(record, "updated_at"):
        record.updated_at = utcnow()


def check_country_codes(session: Session, codes: Iterable[str | None]) -> None:
    # No autoflush: a record already holding the bad code must not reach the
    # database (and fail there with a foreign-key error) before it is checked.
    with session.no_autoflush:
        for code in sorted({c for c in codes if c}):
            if session.get(Country, code) is None:
                raise InvalidInput("Unknown country code: {code}", code=code)


def like_pattern(text: str) -> str:
    """A LIKE pattern matching `text` anywhere, with its own % and _ taken literally."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def findable(text: str) -> bool:
    """False for search text no stored value can hold: a lone surrogate, which UTF-8
    (and so the database) cannot encode, and which the driver refuses to send."""
    return _storable(text)


def contains_any(columns: Iterable[Any], text: str) -> sa.ColumnElement[bool]:
    """Any of the columns contains `text`, ignoring case (lower() is Unicode-aware, see db)."""
    if not findable(text):
        return sa.false()
    needle = text.strip().lower()
    if "\x00" in needle:
        # SQLite reads a LIKE pattern only up to a NUL: "%a" + NUL + "%" is "%a". instr()
        # compares the whole text.
        return sa.or_(*(sa.func.instr(sa.func.lower(column), needle) > 0 for column in columns))
    pattern = like_pattern(needle)
    return sa.or_(*(sa.func.lower(column).like(pattern, escape="\\") for column in columns))


class sort_text(sa.sql.functions.FunctionElement[str]):
    """A text column as a case-blind sort key.

    SQLite sorts with its built-in NOCASE collation, which runs in C: the
    Unicode lower() registered in core/db.py is a Python call per row and made
    sorting 100,000 contacts several times slower. Elsewhere, lower().
    """

    type = sa.String()
    inherit_cache = True


@compiles(sort_text)
def _sort_text_default(element: sort_text, compiler: Any, **kw: Any) -> str:
    return f"lower({compiler.process(element.clauses, **kw)})"


@compiles(sort_text, "sqlite")
def _sort_text_sqlite(element: sort_text, compiler: Any, **kw: Any) -> str:
    return f"({compiler.process(element.clauses, **kw)}) COLLATE NOCASE"
