"""The window's names of the import's fields in every language it ships, without Qt.

The window exports with headers in its language (회원 상태, 加盟日) and its import
wizard maps them back through its translated names of the fields. The command line
has no Qt, so it reads the same names from the same compiled catalogues the window
loads, resources/translations/coalitiondesk_{ko,ja}.qm: the window and the command
line cannot disagree, nothing generated has to be kept current beside the .ts files,
and the bundle already ships the .qm files. No maintained library reads .qm files
fit for this (translate-toolkit's reader drops each message's context and reads its
source text as Latin-1, where lrelease writes UTF-8), so the small reader is here.
The format is Qt's own (qttools: src/linguist/shared/qm.cpp), and a test checks the
reader against QTranslator on every message shipped: a magic number, then blocks of
tag, length and data; only the messages block is read, each message a run of tagged
fields ending with an end tag.

An export column's title means what its English header means to the import
(the ID column's "ID" is our stable ID): a title whose English header no field
takes (the times of change) is never a title here; those are `export_only_titles`.
"""

from __future__ import annotations

import struct
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path

from coalitiondesk.core.errors import InvalidInput
from coalitiondesk.core.exporting.columns import ExportKind, columns_for
from coalitiondesk.core.importing.fields import (
    ImportKind,
    field_for_header,
    header_key,
    targets,
)
from coalitiondesk.core.records.fields import REGISTRY
from coalitiondesk.core.storage.resources import resource_path

SOURCE_LANGUAGE = "en"
"""The sources' language: its titles are the English texts themselves."""

# The contexts the window translates these texts in (ui/text/field_labels.column_label):
# a stored field's label in the forms' context, anything else in its dialog's.
_FIELDS = "Fields"
_EXPORT_COLUMNS = "ExportColumns"
_MAPPING_PAGE = "MappingPage"
_FIELD_LABELS = frozenset(entry.label for fields in REGISTRY.values() for entry in fields)
# Our own export's times of change, which no import reads back.
_EXPORT_ONLY = ("Created (UTC)", "Updated (UTC)")

_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_MESSAGES_BLOCK = 0x69
_END, _TRANSLATION, _OBSOLETE1, _SOURCE_TEXT, _CONTEXT, _COMMENT = 1, 3, 5, 6, 7, 8
_NO_TEXT = 0xFFFFFFFF

Catalogue = dict[tuple[str, str], str]
"""(context, English text) -> translation."""


def read_catalogue(data: bytes) -> Catalogue:
    """The translations of a compiled Qt catalogue (.qm) with no disambiguating comment.

    A plural message keeps its first form, the singular. A message with an empty
    translation is left out, as Qt then shows the English text. A file that is
    not a catalogue, or is cut short, is refused with ValueError.
    """
    if data[:len(_MAGIC)] != _MAGIC:
        raise ValueError("not a Qt translation catalogue")
    catalogue: Catalogue = {}
    for fields in _messages(_block(data, _MESSAGES_BLOCK)):
        translation = fields.get(_TRANSLATION)
        if translation and _SOURCE_TEXT in fields and not fields.get(_COMMENT):
            catalogue[(fields.get(_CONTEXT, ""), fields[_SOURCE_TEXT])] = translation
    return catalogue


def _block(data: bytes, wanted: int) -> bytes:
    position = len(_MAGIC)
    while position < len(data):
        tag, length = _unpack(">BI", data, position)
        position += 5
        if position + length > len(data):
            raise ValueError("a translation catalogue's block is cut short")
        if tag == wanted:
            return data[position:position + length]
        position += length
    return b""


def _messages(block: bytes) -> Iterator[dict[int, str]]:
    """Each message's fields by tag: its first translation, source text, context, comment."""
    fields: dict[int, str] = {}
    position = 0
    while position < len(block):
        tag = block[position]
        position += 1
        if tag == _END:
            yield fields
            fields = {}
            continue
        (length,) = _unpack(">I", block, position)
        position += 4
        if tag == _OBSOLETE1:  # a hash, four bytes that were the length
            continue
        if tag not in {_TRANSLATION, _SOURCE_TEXT, _CONTEXT, _COMMENT}:
            raise ValueError(f"unknown field {tag:#x} in a translation catalogue")
        if length == _NO_TEXT:
            fields.setdefault(tag, "")
            continue
        if position + length > len(block):
            raise ValueError("a translation catalogue's message is cut short")
        raw = block[position:position + length]
        position += length
        if tag == _TRANSLATION:
            fields.setdefault(tag, raw.decode("utf-16-be"))
        else:
            fields[tag] = raw.decode("utf-8")


def _unpack(layout: str, data: bytes, offset: int) -> tuple[int, ...]:
    try:
        return struct.unpack_from(layout, data, offset)
    except struct.error:
        raise ValueError("a translation catalogue is cut short") from None


# --- the languages shipped and their titles ------------------------------------------


def _catalogue_path(language: str) -> Path:
    return resource_path("translations", f"coalitiondesk_{language}.qm")


def shipped_languages() -> tuple[str, ...]:
    """English, then every language with a catalogue, in code order."""
    folder = resource_path("translations")
    found = sorted(path.stem.removeprefix("coalitiondesk_")
                   for path in folder.glob("coalitiondesk_*.qm"))
    return (SOURCE_LANGUAGE, *(code for code in found if code != SOURCE_LANGUAGE))


def header_language(value: str) -> str:
    """A language of the headers as the command line names it: en, ko, ja."""
    code = value.strip().lower()
    choices = shipped_languages()
    if code not in choices:
        raise InvalidInput("No language {value!r} of headers: choose one of {choices}",
                           value=value, choices=", ".join(choices))
    return code


@cache
def _catalogue(language: str) -> Catalogue:
    if language == SOURCE_LANGUAGE:
        return {}  # English's catalogue holds its plurals alone
    try:
        return read_catalogue(_catalogue_path(language).read_bytes())
    except (OSError, ValueError):
        # Without its catalogue a language's headers stay unmatched, and the import
        # names each such column as not imported: nothing is dropped unsaid.
        return {}


def _translated(language: str, text: str, context: str) -> str:
    context = _FIELDS if text in _FIELD_LABELS else context
    return _catalogue(language).get((context, text), text)


def _titles_in(language: str, kind: ImportKind) -> dict[str, str]:
    """As the import wizard gathers them: the export's column titles, then the mapping
    page's names of the fields, a later name of the same title winning."""
    keys = {target.key for target in targets(kind)}
    titles: dict[str, str] = {}
    for column in columns_for(ExportKind(kind.value)):
        key = column.key if column.key in keys else field_for_header(kind, column.header)
        if key is not None:
            titles[_translated(language, column.header, _EXPORT_COLUMNS)] = key
    for target in targets(kind):
        titles[_translated(language, target.label, _MAPPING_PAGE)] = target.key
    return titles


def interface_titles(*, kind: ImportKind, languages: Iterable[str] | None = None
                     ) -> dict[str, str]:
    """Title -> field key, for `initial_mapping(titles=...)`, in each of `languages`
    (default: every language shipped).

    A title that two languages give to different fields is left out, so that a
    column is never filled by a guess between them: it is reported as not
    imported, and naming the file's language takes it.
    """
    found: dict[str, tuple[str, set[str]]] = {}
    for language in shipped_languages() if languages is None else languages:
        for title, key in _titles_in(language, kind).items():
            found.setdefault(header_key(title), (title, set()))[1].add(key)
    return {title: next(iter(keys)) for title, keys in found.values() if len(keys) == 1}


@cache
def export_only_titles() -> frozenset[str]:
    """Our own export's times of change in each language shipped, compared as
    header_key() does: no import reads them back, so they are not data left out."""
    return frozenset(header_key(_translated(language, text, _EXPORT_COLUMNS))
                     for language in shipped_languages() for text in _EXPORT_ONLY)
