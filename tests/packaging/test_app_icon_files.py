"""The application icon in every size and container the systems ask for."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage, QImageReader
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from coalitiondesk import APP_ID

ROOT = Path(__file__).resolve().parents[2]
APP_ICONS = ROOT / "resources" / "icons" / "app"
HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


@pytest.mark.parametrize("size", HICOLOR_SIZES)
def test_each_hicolor_size_is_a_png_of_that_size(qapp: QApplication, size: int) -> None:
    path = APP_ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
    reader = QImageReader(str(path))
    assert reader.format() == b"png"
    image = reader.read()
    assert image.size() == QSize(size, size)
    # A rounded tile: see-through corners, a solid middle.
    assert image.pixelColor(0, 0).alpha() == 0
    assert image.pixelColor(size // 2, size // 2).alpha() == 255


def test_the_svg_source_renders_square(qapp: QApplication) -> None:
    renderer = QSvgRenderer(str(APP_ICONS / f"{APP_ID}.svg"))
    assert renderer.isValid()
    assert renderer.defaultSize() == QSize(256, 256)


def container_sizes(path: Path) -> set[int]:
    reader = QImageReader(str(path))
    sizes = set()
    for index in range(reader.imageCount()):
        reader.jumpToImage(index)
        image: QImage = reader.read()
        assert image.width() == image.height()
        assert image.pixelColor(image.width() // 2, image.height() // 2) != QColor(0, 0, 0, 0)
        sizes.add(image.width())
    return sizes


def test_windows_icon_holds_16_to_256(qapp: QApplication) -> None:
    assert container_sizes(ROOT / "packaging" / "windows" / "CoalitionDesk.ico") >= {
        16, 24, 32, 48, 64, 128, 256}


def icns_entries(path: Path) -> dict[bytes, int]:
    """Each image's type and the width in its PNG header."""
    data = path.read_bytes()
    assert data[:4] == b"icns"
    assert int.from_bytes(data[4:8], "big") == len(data)
    entries, offset = {}, 8
    while offset < len(data):
        kind, length = data[offset:offset + 4], int.from_bytes(data[offset + 4:offset + 8], "big")
        payload = data[offset + 8:offset + length]
        if kind != b"TOC ":
            assert payload[:8] == b"\x89PNG\r\n\x1a\n"
            entries[kind] = int.from_bytes(payload[16:20], "big")
        offset += length
    return entries


def test_macos_icon_holds_16_to_512_points_at_both_densities() -> None:
    # Apple's types: ic11..ic14 are 16, 32, 128 and 256 points at twice the pixels.
    assert icns_entries(ROOT / "packaging" / "macos" / "CoalitionDesk.icns") == {
        b"ic07": 128, b"ic08": 256, b"ic09": 512, b"ic10": 1024,
        b"ic11": 32, b"ic12": 64, b"ic13": 256, b"ic14": 512}
