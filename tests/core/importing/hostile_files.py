"""Hostile and broken files, made on the spot: kept out of the repository on purpose."""

from __future__ import annotations

import random
import struct
import zipfile
from pathlib import Path

IMPORT_DATA = Path(__file__).resolve().parents[2] / "data" / "import"


def _bomb_part(size: int) -> bytes:
    return b"<row>" + b"\0" * size


def make_zip_bomb(path: Path, *, unpacked: int = 40 * 2**20) -> Path:
    """An xlsx whose sheet part unpacks to `unpacked` bytes of almost nothing."""
    with zipfile.ZipFile(IMPORT_DATA / "partner_members.xlsx") as source, zipfile.ZipFile(
            path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            if info.filename == "xl/worksheets/sheet1.xml":
                out.writestr(info.filename, _bomb_part(unpacked), zipfile.ZIP_DEFLATED)
            else:
                out.writestr(info, source.read(info.filename))
    return path


def make_lying_zip_bomb(path: Path) -> Path:
    """Like make_zip_bomb, but the part declares 1,000 bytes in both zip headers."""
    make_zip_bomb(path)
    data = bytearray(path.read_bytes())
    name = b"xl/worksheets/sheet1.xml"
    local = data.find(b"PK\x03\x04")
    while local >= 0:
        name_length = struct.unpack_from("<H", data, local + 26)[0]
        if data[local + 30: local + 30 + name_length] == name:
            struct.pack_into("<I", data, local + 22, 1000)
            break
        local = data.find(b"PK\x03\x04", local + 4)
    central = data.find(b"PK\x01\x02")
    while central >= 0:
        name_length = struct.unpack_from("<H", data, central + 28)[0]
        if data[central + 46: central + 46 + name_length] == name:
            struct.pack_into("<I", data, central + 24, 1000)
        central = data.find(b"PK\x01\x02", central + 4)
    path.write_bytes(bytes(data))
    return path


def make_entity_bomb(path: Path) -> Path:
    """An xlsx whose shared strings declare the billion-laughs entities."""
    laughs = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
              + b"".join(f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">'.encode()
                         .replace(b"&lol0;", b"&lol;") for i in range(1, 10))
              + b"]>")
    with zipfile.ZipFile(IMPORT_DATA / "partner_members.xlsx") as source, zipfile.ZipFile(
            path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "xl/sharedStrings.xml":
                data = laughs + data.split(b"?>", 1)[1]
            out.writestr(info, data)
    return path


def make_binary_garbage(path: Path) -> Path:
    path.write_bytes(random.Random(4).randbytes(200_000))
    return path
