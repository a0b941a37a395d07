"""The Linux menu entry and AppStream metadata pass the tools distributions check them
with, and the install script puts them where desktops look."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from configparser import ConfigParser
from pathlib import Path

import pytest

from coalitiondesk import APP_ID, __version__

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def tool(name: str, package: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed (Debian package {package})")
    return found


def desktop_entry(path: Path) -> dict[str, str]:
    parser = ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return dict(parser["Desktop Entry"])


def test_desktop_file_passes_desktop_file_validate() -> None:
    result = subprocess.run([tool("desktop-file-validate", "desktop-file-utils"), DESKTOP],
                            capture_output=True, text=True)
    assert result.returncode == 0
    assert result.stdout + result.stderr == ""  # not even a hint


def test_metainfo_passes_appstreamcli_without_errors_or_warnings() -> None:
    result = subprocess.run(
        [tool("appstreamcli", "appstream"), "validate", "--no-net", "--pedantic", METAINFO],
        capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    findings = [line for line in result.stdout.splitlines() if line[:2] in ("E:", "W:")]
    assert findings == []


def test_desktop_file_metainfo_and_icon_use_one_id() -> None:
    entry = desktop_entry(DESKTOP)
    assert entry["Icon"] == APP_ID
    assert entry["Exec"] == "coalitiondesk"
    assert entry["StartupWMClass"] == "CoalitionDesk"  # Qt's WM_CLASS is the application name
    component = ET.parse(METAINFO).getroot()
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable") == DESKTOP.name
    assert component.findtext("provides/binary") == "coalitiondesk"


def test_metainfo_names_the_current_version() -> None:
    releases = ET.parse(METAINFO).getroot().findall("releases/release")
    assert releases[0].get("version") == __version__


def test_install_script_puts_everything_where_desktops_look(tmp_path: Path) -> None:
    bundle = tmp_path / "CoalitionDesk"
    bundle.mkdir()
    (bundle / "coalitiondesk").write_text("#!/bin/sh\necho bundled\n")
    (bundle / "coalitiondesk").chmod(0o755)
    prefix = tmp_path / "prefix"
    result = subprocess.run(["sh", LINUX / "install.sh", "--prefix", prefix, "--bundle", bundle],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    share = prefix / "share"
    for size in HICOLOR_SIZES:
        assert (share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    assert (share / "metainfo" / METAINFO.name).read_bytes() == METAINFO.read_bytes()
    installed = share / "applications" / DESKTOP.name
    assert desktop_entry(installed)["Exec"] == str(prefix / "bin" / "coalitiondesk")
    launched = subprocess.run([prefix / "bin" / "coalitiondesk"], capture_output=True, text=True)
    assert launched.stdout == "bundled\n"
    if shutil.which("desktop-file-validate"):
        assert subprocess.run(["desktop-file-validate", installed]).returncode == 0


def test_install_script_refuses_an_unknown_option(tmp_path: Path) -> None:
    result = subprocess.run(["sh", LINUX / "install.sh", "--prefx", tmp_path],
                            capture_output=True, text=True)
    assert result.returncode == 2
    assert "unknown option --prefx" in result.stderr
