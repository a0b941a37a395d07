"""Errors a coordinator is shown as one plain sentence, and the sentences themselves.

A sentence is a Message: an English template with named placeholders and the
values that fill them. It is a str (the English sentence, which the command
line prints), and it keeps its template and values so that the window can
show it in the coordinator's language (coalitiondesk.ui.text.core_messages).
Values that are core's own words (a field, a kind of record) are Terms, which
the window translates too.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any


class Term(str):
    """A word of core's vocabulary used inside a message: "organization", "e-mail"."""

    __slots__ = ()


def field_term(name: str) -> Term:
    """The field "given_name" as a message names it: "given name"."""
    return Term(name.replace("_", " "))


class Message(str):
    """An English sentence made from `template` and `args`; equal to its English text."""

    template: str
    args: dict[str, Any]

    def __new__(cls, template: str, /, **args: Any) -> Message:
        # Without values, the text is the sentence as it is: a library's own
        # message may hold braces.
        message = super().__new__(cls, template.format(**args) if args else template)
        message.template = template
        message.args = args
        return message

    def __reduce__(self) -> tuple[Any, ...]:
        # Messages cross process boundaries (import readers); keep what they are.
        return (_rebuild, (self.template, self.args))


def _rebuild(template: str, args: dict[str, Any]) -> Message:
    return Message(template, **args)


def as_message(text: str) -> Message:
    """`text` as a Message: a Message stays as it is; other text (a library's own
    sentence) is shown as written, untranslated."""
    return text if isinstance(text, Message) else Message(text)


def joined(messages: Sequence[Message]) -> Message:
    """Several messages as one, separated by semicolons: "missing name; not a date: 3/4"."""
    names = [f"part{index}" for index in range(len(messages))]
    return Message("; ".join("{" + name + "}" for name in names), **dict(zip(names, messages,
                                                                       strict=True)))


class CoalitionDeskError(Exception):
    """A problem the user can act on; str() is the message to show them, in English,
    and `message` the same sentence as a Message for the window to translate."""

    def __init__(self, template: str, /, **args: Any) -> None:
        self.message = (template if isinstance(template, Message) and not args
                        else Message(template, **args))
        super().__init__(str(self.message))


class DatabaseUnavailable(CoalitionDeskError):
    """The database cannot be opened: bad path, not a database, missing driver."""


class SchemaTooNew(CoalitionDeskError):
    """The database was written by a newer CoalitionDesk."""


class NotFound(CoalitionDeskError):
    """A record asked for by id, uuid or title does not exist."""


class InvalidInput(CoalitionDeskError):
    """A value the user gave does not fit the record."""


class DatabaseDamaged(CoalitionDeskError):
    """The database file is damaged; it may have been moved aside, and a backup may help."""

    def __init__(self, message: str, *, path: Path, problem: str,
                 moved_to: Path | None = None, backup: Path | None = None) -> None:
        super().__init__(message)
        self.path = path
        self.problem = problem
        self.moved_to = moved_to
        self.backup = backup


class DatabaseInUse(CoalitionDeskError):
    """The running application holds the database; only it may write to it."""


class BackupFailed(CoalitionDeskError):
    """A backup could not be made or verified, or a file cannot be restored."""
