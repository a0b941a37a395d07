"""What the PyInstaller spec must put in the bundle; the build itself runs in
test_bundle.py (`pytest -m bundle`), since it takes minutes."""

from __future__ import annotations

import ast
from pathlib import Path

from coalitiondesk import APP_ID

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "coalitiondesk.spec"


def spec_strings() -> set[str]:
    return {node.value for node in ast.walk(ast.parse(SPEC.read_text(encoding="utf-8")))
            if isinstance(node, ast.Constant) and isinstance(node.value, str)}


def test_spec_collects_resources_translations_and_migrations() -> None:
    strings = spec_strings()
    assert {"resources", "coalitiondesk/resources"} <= strings
    assert "coalitiondesk/resources/translations" in strings  # those compiled by build.py
    assert {"migrations", "coalitiondesk/core/storage/migrations"} <= strings


def test_spec_brings_the_qt_plugins_for_svg_icons_and_printing() -> None:
    assert {"PySide6.QtSvg", "PySide6.QtPrintSupport"} <= spec_strings()


def test_spec_names_icons_that_exist_and_the_bundle_identifier() -> None:
    strings = spec_strings()
    assert {"windows", "CoalitionDesk.ico", "macos", "CoalitionDesk.icns"} <= strings
    assert (ROOT / "packaging" / "windows" / "CoalitionDesk.ico").is_file()
    assert (ROOT / "packaging" / "macos" / "CoalitionDesk.icns").is_file()
    source = SPEC.read_text(encoding="utf-8")
    assert "bundle_identifier=APP_ID" in source
    assert APP_ID == "org.coalitiondesk.CoalitionDesk"

