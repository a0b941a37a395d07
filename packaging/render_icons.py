"""Render the application icon from its SVG source into every file that ships it.

    python packaging/render_icons.py

Writes the hicolor PNG sizes beside the SVG (resources/icons/app/hicolor/, used by
the running application and installed as-is on Linux), the Windows .ico and the
macOS .icns (packaging/windows/, packaging/macos/, used by the PyInstaller spec).
The results are committed; run this again only after changing the SVG.
Needs Pillow for the .ico and .icns containers (`pip install -e '.[package]'`).
"""

from __future__ import annotations

import io
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from coalitiondesk import APP_ID  # noqa: E402 - after the path is set

SOURCE = ROOT / "resources" / "icons" / "app" / f"{APP_ID}.svg"
HICOLOR = ROOT / "resources" / "icons" / "app" / "hicolor"
ICO = ROOT / "packaging" / "windows" / "CoalitionDesk.ico"
ICNS = ROOT / "packaging" / "macos" / "CoalitionDesk.icns"

HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # 256 is the largest an .ico holds
ICNS_SIZES = (32, 64, 128, 256, 512, 1024)  # 16 to 512 points, at twice the pixels too
SMALLEST_WITH_DETAIL = 24  # below it, elements of class "detail" are left out
SVG_NS = "http://www.w3.org/2000/svg"


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def without_detail(svg: bytes) -> bytes:
    ET.register_namespace("", SVG_NS)
    root = ET.fromstring(svg)
    for parent in list(root.iter()):
        for child in list(parent):
            if child.get("class") == "detail":
                parent.remove(child)
    return ET.tostring(root)


def png_bytes(image: QImage) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # stubs say bytes; PySide6 takes str
    return bytes(buffer.data().data())


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    svg = SOURCE.read_bytes()
    full, small = QSvgRenderer(svg), QSvgRenderer(without_detail(svg))
    if not (full.isValid() and small.isValid()):
        print(f"render_icons: {SOURCE} is not a valid SVG", file=sys.stderr)
        return 1
    renders = {size: png_bytes(render(full if size >= SMALLEST_WITH_DETAIL else small, size))
               for size in HICOLOR_SIZES}
    for size, data in renders.items():
        target = HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    # Pillow scales the largest image down for each size unless it is handed the
    # exact renders, and Qt's small renders are the crisper ones.
    images = {size: Image.open(io.BytesIO(data)) for size, data in renders.items()}
    ICO.parent.mkdir(parents=True, exist_ok=True)
    images[256].save(ICO, sizes=[(s, s) for s in ICO_SIZES],
                     append_images=[images[s] for s in ICO_SIZES if s != 256])
    ICNS.parent.mkdir(parents=True, exist_ok=True)
    images[1024] = Image.open(io.BytesIO(png_bytes(render(full, 1024))))
    images[1024].save(ICNS, append_images=[images[s] for s in ICNS_SIZES if s != 1024])
    print(f"rendered {len(renders)} PNG sizes, {ICO.name} and {ICNS.name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
