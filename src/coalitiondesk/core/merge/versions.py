"""A letter in several languages: its body in its own language, and versions in others.

Each recipient gets the version of their language: the contact's preferred
language, else a language of their country (Unicode CLDR's, by Babel), else
the letter's own. The salutation follows the version's conventions: "하태경
대표님께" in Korean, "山田太郎 様" in Japanese.

The versions are stored on the letter as JSON {language: body}; they are
changed only through the operations here, each journaled, so Undo takes
them back.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final

from babel import Locale, UnknownLocaleError
from babel.languages import get_official_languages
from sqlmodel import Session

from coalitiondesk.core.errors import InvalidInput
from coalitiondesk.core.geography import names
from coalitiondesk.core.journal.labels import label
from coalitiondesk.core.journal.operations import ChangeSet, StaleRecord
from coalitiondesk.core.merge.templates import check_template
from coalitiondesk.core.models import Contact, Letter
from coalitiondesk.core.records import letters
from coalitiondesk.core.records.letters import SavedLetter, get_letter, letter_operation

if TYPE_CHECKING:
    from coalitiondesk.core.storage.db import Database

_TAG: Final = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
_HANGUL: Final = re.compile(r"[\uac00-\ud7a3]")
_CJK: Final = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3]")
# Said when nobody is named (an organization as the recipient).
_NEUTRAL: Final = {"ko": "관계자 여러분께", "ja": "ご担当者様"}


def primary(tag: str | None) -> str:
    """The language of a BCP 47 tag, lower case: "ko" of "ko-KR"; "" for none."""
    return (tag or "").strip().replace("_", "-").split("-")[0].lower()


def normalized_language(tag: str) -> str:
    """`tag` as stored ("ko", "pt-BR"), refused when it names no language."""
    text = tag.strip().replace("_", "-")
    if not _TAG.match(text):
        raise InvalidInput("“{tag}” is not a language code (such as en, ko or ja)", tag=tag)
    parts = text.split("-")
    try:
        Locale.parse(parts[0].lower())
    except (ValueError, UnknownLocaleError):
        raise InvalidInput("“{tag}” is not a language code (such as en, ko or ja)",
                           tag=tag) from None
    return "-".join([parts[0].lower(), *(part.upper() if len(part) == 2 else part
                                         for part in parts[1:])])


def language_name(tag: str, *, in_language: str = "en") -> str:
    """ "Korean" for "ko" (in English), as lists show a version."""
    try:
        return Locale.parse(tag.replace("-", "_")).get_display_name(
            in_language.replace("-", "_")) or tag
    except (ValueError, UnknownLocaleError):
        return tag


def letter_bodies(letter: Letter) -> dict[str, str]:
    """Every version of the letter's body by language, its own language first."""
    bodies = {letter.language or "en": letter.body}
    for language, body in _stored(letter).items():
        bodies.setdefault(language, body)
    return bodies


def _stored(letter: Letter) -> dict[str, str]:
    if not letter.language_versions:
        return {}
    try:
        found = json.loads(letter.language_versions)
    except ValueError:
        return {}
    if not isinstance(found, dict):
        return {}
    return {str(key): str(value) for key, value in found.items() if isinstance(value, str)}


def choose_language(*, available: Iterable[str], main: str, preferred: str | None = None,
                    country_code: str | None = None) -> str:
    """The version a recipient gets: the one in their preferred language, else one in a
    language of their country, else the letter's own (`main`).

    A version matches on the language alone ("ko" serves "ko-KR"); plain functions,
    so the e-mail merge chooses as the printed one does.
    """
    versions = list(dict.fromkeys(available))
    by_language: dict[str, str] = {}
    for tag in versions:
        by_language.setdefault(primary(tag), tag)
    wanted = preferred.strip().replace("_", "-") if preferred else ""
    if wanted:
        exact = next((tag for tag in versions if tag.lower() == wanted.lower()), None)
        if exact is not None:
            return exact
        if primary(wanted) in by_language:
            return by_language[primary(wanted)]
    if country_code:
        for language in get_official_languages(country_code.upper(), de_facto=True):
            if primary(language) in by_language:
                return by_language[primary(language)]
    return main


def recipient_language(*, letter: Letter, contact: Contact | None,
                       country_code: str | None, available: Iterable[str] | None = None
                       ) -> str:
    """The language version of `letter` for a contact (None: an organization) in
    `country_code`."""
    return choose_language(
        available=letter_bodies(letter) if available is None else available,
        main=letter.language or "en",
        preferred=contact.preferred_language if contact is not None else None,
        country_code=country_code)


def salutation(*, language: str, contact: Contact | None, position: str,
               fallback: str) -> str:
    """The salutation in the version's conventions.

    A salutation typed on the contact wins. Korean: the name in Hangul with the
    position when it is written in Korean, then 님께 ("하태경 대표님께"); Japanese:
    the name, then 様. Other languages: "Dear Ms Doe," (core.geography.names).
    """
    code = primary(language)
    if contact is None:
        return _NEUTRAL.get(code, fallback)
    if (contact.salutation or "").strip() or code not in _NEUTRAL:
        return names.salutation(contact, fallback=fallback)
    name = (contact.native_name or "").strip()
    if not _CJK.search(name):
        name = names.full_name(contact)
    if not name:
        return _NEUTRAL[code]
    if code == "ko":
        title = position.strip() if _HANGUL.search(position) else ""
        return f"{name} {title}님께" if title else f"{name} 님께"
    return f"{name} 様"


@dataclass(frozen=True)
class VersionSaved:
    languages: tuple[str, ...]
    """The letter's languages after the change, its own first."""
    changes: ChangeSet


def set_version(*, session: Session, letter_id: int, language: str, body: str) -> Letter:
    """Store the body in `language`: the letter's own body when it is the letter's
    language, else a version beside it. Refuses a body that cannot be merged."""
    letter = get_letter(session=session, letter_id=letter_id)
    tag = normalized_language(language)
    problems = check_template(body)
    if problems:
        raise InvalidInput(problems[0].message)
    if tag == letter.language:
        letter.body = body
    else:
        stored = _stored(letter)
        stored[tag] = body
        letter.language_versions = json.dumps(stored, ensure_ascii=False, sort_keys=True)
    session.add(letter)
    session.flush()
    return letter


def remove_version(*, session: Session, letter_id: int, language: str) -> Letter:
    """Drop the version in `language`; the letter's own body cannot be removed."""
    letter = get_letter(session=session, letter_id=letter_id)
    tag = normalized_language(language)
    if tag == letter.language:
        raise InvalidInput("The letter's body in its own language cannot be removed")
    stored = _stored(letter)
    if tag not in stored:
        raise InvalidInput("The letter has no version in “{tag}”", tag=tag)
    del stored[tag]
    letter.language_versions = (json.dumps(stored, ensure_ascii=False, sort_keys=True)
                                if stored else None)
    session.add(letter)
    session.flush()
    return letter


def save_version(database: Database, *, letter_id: int, language: str,
                 body: str) -> VersionSaved:
    """set_version as one journaled operation ("Edit letter …")."""
    with letter_operation(database, letter_id=letter_id, template="edit_letter") as operation:
        letter = set_version(session=operation.session, letter_id=letter_id,
                             language=language, body=body)
        languages = tuple(letter_bodies(letter))
    return VersionSaved(languages=languages, changes=operation.changes)


def delete_version(database: Database, *, letter_id: int, language: str) -> VersionSaved:
    """remove_version as one journaled operation."""
    with letter_operation(database, letter_id=letter_id, template="edit_letter") as operation:
        letter = remove_version(session=operation.session, letter_id=letter_id,
                                language=language)
        languages = tuple(letter_bodies(letter))
    return VersionSaved(languages=languages, changes=operation.changes)


def versions_of(database: Database, *, letter_id: int) -> dict[str, str]:
    """The letter's bodies by language, its own first."""
    with database.session() as session:
        return letter_bodies(get_letter(session=session, letter_id=letter_id))


def save_letter_with_version(database: Database, *, letter_id: int, values: dict[str, Any],
                             language: str, loaded_version: int | None = None
                             ) -> SavedLetter:
    """The editor's save while it shows a version: the letter's fields, and `values`'
    body as the version in `language`, as one operation (one Undo).

    Refused with StaleRecord as letters.save_letter refuses a letter changed since
    the editor loaded it.
    """
    fields = {name: value for name, value in values.items() if name != "body"}
    title = str(values.get("title") or "")
    with database.operation("letter", label("edit_letter", title=title)) as operation:
        session = operation.session
        current = letters.letter_version(session=session, letter_id=letter_id)
        if loaded_version is not None and current != loaded_version:
            # The same refusal, naming the same edits, as letters.save_letter's.
            raise StaleRecord(title, letters._edits_since(session, letter_id, loaded_version),
                              current)
        letters.update_letter(session=session, letter_id=letter_id, **fields)
        set_version(session=session, letter_id=letter_id, language=language,
                    body=str(values.get("body") or ""))
        saved = letters.letter_version(session=session, letter_id=letter_id)
    return SavedLetter(version=saved, changes=operation.changes)
