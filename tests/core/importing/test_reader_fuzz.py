"""Mutated workbooks and csv files: the reader gives a table or refuses the file with one
sentence, in seconds, and the test process (the application) survives every one.

A seeded mutator, so that a failure names a case that can be made again: byte flips,
cuts and spliced copies of the whole file, and, inside the zip of an xlsx or ods (where
a flipped byte would only fail the zip's checksum), the XML itself: references and
numbers pushed to the edges of a sheet and beyond, tags inserted, parts cut or repeated.
A few hundred cases take well under a minute.
"""

from __future__ import annotations

import io
import random
import re
import time
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest

from coalitiondesk.core.importing.readers import SourceTable, UnreadableFile, read_file

IMPORT = Path(__file__).resolve().parents[2] / "data" / "import"
HANG = 20.0
"""Seconds after which one read counts as hung."""

Mutation = Callable[[bytes, random.Random], bytes]

EDGE_NUMBERS = [b"0", b"1048576", b"1048577", b"16384", b"99999999999", b"4294967296",
                b"18446744073709551616", b"-1", b"9" * 40]
EDGE_REFERENCES = [b"XFD1048576", b"ZZZZZZ2", b"A99999999999", b"xfd1", b"A0", b"1A", b"",
                   b"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1", b"B100001", b"ZZ99999"]
SNIPPETS = [
    b"<f/>" * 1000,
    b'<mergeCell ref="A1:XFD1048576"/>' * 100,
    b'<mergeCells count="2"><mergeCell ref="A1:C3"/><mergeCell ref="B2:D4"/></mergeCells>',
    b'<row r="99999999999"><c><v>1</v></c></row>',
    b'<c r="A1" t="s"><v>99999999</v></c>',
    b'<c r="A1" t="d"><v>not a date</v></c>',
    b'<c r="A1"><f>SUM(A1:A2)</f></c>',
    b'<table:table-row table:number-rows-repeated="1048576"><table:table-cell '
    b'office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row>',
    b'<table:table-cell table:number-columns-repeated="16384" office:value-type="float" '
    b'office:value="1"/>',
    b"<!DOCTYPE x [<!ENTITY a 'aaaa'>]>",
    b"&#0;&#xD800;",
    b"\x00\xff\xfe",
    b"<" * 5000,
]


def flip(data: bytes, generator: random.Random) -> bytes:
    mutated = bytearray(data or b"\0")
    for _ in range(generator.randint(1, 24)):
        mutated[generator.randrange(len(mutated))] = generator.randrange(256)
    return bytes(mutated)


def cut(data: bytes, generator: random.Random) -> bytes:
    return data[:generator.randrange(1, len(data))] if len(data) > 1 else data


def splice(data: bytes, generator: random.Random) -> bytes:
    if not data:
        return data
    start = generator.randrange(len(data))
    chunk = data[start:start + generator.randint(1, 2048)]
    at = generator.randrange(len(data))
    return data[:at] + chunk * generator.randint(1, 50) + data[at:]


def edge_number(xml: bytes, generator: random.Random) -> bytes:
    numbers = list(re.finditer(rb"\d+", xml))
    if not numbers:
        return xml
    found = generator.choice(numbers)
    return xml[:found.start()] + generator.choice(EDGE_NUMBERS) + xml[found.end():]


def edge_reference(xml: bytes, generator: random.Random) -> bytes:
    references = list(re.finditer(rb'(?<=\sr=")[^"]*', xml))
    if not references:
        return edge_number(xml, generator)
    for found in generator.sample(references, min(len(references), generator.randint(1, 3))):
        xml = xml[:found.start()] + generator.choice(EDGE_REFERENCES) + xml[found.end():]
        break  # positions after the first change have moved
    return xml


def insert_snippet(xml: bytes, generator: random.Random) -> bytes:
    tags = [found.start() for found in re.finditer(rb"<", xml)] or [0]
    at = generator.choice(tags)
    return xml[:at] + generator.choice(SNIPPETS) + xml[at:]


XML_MUTATIONS: list[Mutation] = [edge_reference, edge_reference, edge_number, insert_snippet,
                                 insert_snippet, cut, splice, flip]


def inside_zip(data: bytes, generator: random.Random) -> bytes:
    """One XML part of the zip, mutated, in a zip whose checksums are right again."""
    try:
        return _rezipped(data, generator)
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError,
            NotImplementedError):
        return flip(data, generator)  # an earlier mutation broke the zip itself


def _rezipped(data: bytes, generator: random.Random) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        infos = source.infolist()
        parts = [info.filename for info in infos if info.filename.endswith(".xml")]
        # The sheet data most of the time: that is where the cells are.
        sheets = [name for name in parts if "sheet" in name or name == "content.xml"]
        if not parts:
            return flip(data, generator)
        target = generator.choice(sheets if sheets and generator.random() < 0.8 else parts)
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
            for info in infos:
                part = source.read(info.filename)
                if info.filename == target:
                    for _ in range(generator.randint(1, 3)):
                        part = generator.choice(XML_MUTATIONS)(part, generator)
                archive.writestr(info, part, compress_type=info.compress_type)
    return out.getvalue()


def csv_mutation(data: bytes, generator: random.Random) -> bytes:
    text = data.decode("utf-8", errors="replace")
    choice = generator.randrange(6)
    at = generator.randrange(len(text))
    if choice == 0:  # an unclosed quote
        return (text[:at] + '"' + text[at:]).encode()
    if choice == 1:  # a field longer than csv's default limit
        return (text[:at] + "x" * 200_000 + text[at:]).encode()
    if choice == 2:  # delimiters and line ends of every kind
        return (text[:at] + generator.choice([";;;", "\t\t", "\r", "\r\n\r\n", "\u2028"])
                * generator.randint(1, 500) + text[at:]).encode()
    if choice == 3:  # another encoding, or none
        return text.encode(generator.choice(["utf-16", "cp949", "utf-32", "latin-1"]),
                           errors="replace")
    if choice == 4:  # control characters and lone surrogates' bytes
        return data[:at] + bytes(generator.randrange(32) for _ in range(50)) + data[at:]
    return flip(data, generator)


FORMATS: dict[str, tuple[str, list[Mutation], int]] = {
    # suffix: (seed file, mutations, cases)
    "xlsx": ("partner_members.xlsx", [inside_zip, inside_zip, inside_zip, flip, cut, splice],
             150),
    "xls": ("partner_members.xls", [flip, flip, flip, cut, splice], 150),
    "ods": ("partner_members.ods", [inside_zip, inside_zip, flip, cut, splice], 100),
    "csv": ("organizations_utf8.csv", [csv_mutation, csv_mutation, cut, splice], 100),
}


def test_the_seeds_are_read() -> None:
    for seed, _, _ in FORMATS.values():
        table = read_file(IMPORT / seed)
        assert table.rows, seed


@pytest.mark.parametrize("suffix", FORMATS)
def test_mutated_files_are_read_or_refused_in_one_sentence(suffix: str, tmp_path: Path
                                                           ) -> None:
    seed, mutations, cases = FORMATS[suffix]
    original = (IMPORT / seed).read_bytes()
    generator = random.Random(f"fuzz {suffix}")
    outcomes = {"read": 0, "refused": 0}
    failures: list[str] = []
    for case in range(cases):
        path = tmp_path / f"case {case}.{suffix}"
        data = original
        for _ in range(generator.randint(1, 2)):
            data = generator.choice(mutations)(data, generator) or data[:1]
        path.write_bytes(data)
        started = time.monotonic()
        try:
            result = read_file(path)
        except UnreadableFile as refusal:
            message = str(refusal)
            outcomes["refused"] += 1
            if "\n" in message or not message.startswith(path.name):
                failures.append(f"{path.name}: not one sentence about the file: {message!r}")
        else:
            outcomes["read"] += 1
            assert isinstance(result, SourceTable)
        took = time.monotonic() - started
        if took > HANG:
            failures.append(f"{path.name}: took {took:.0f} s")
        if not failures or not failures[-1].startswith(path.name):
            path.unlink()  # kept only when it failed, to be looked at
    assert not failures, failures
    assert outcomes["refused"], "no mutation was refused: the mutator does nothing"
