"""The application bundle, built and run as a user would get it.

Takes a few minutes, so it is left out of the default run: `pytest -m bundle`.
Needs PyInstaller (`pip install -e '.[package]'`).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "dist" / "CoalitionDesk"

pytestmark = pytest.mark.bundle


def test_the_bundle_builds_and_runs_from_outside_the_source_tree() -> None:
    pytest.importorskip("PyInstaller", reason="pip install -e '.[package]'")
    result = subprocess.run([sys.executable, ROOT / "packaging" / "build.py"],
                            capture_output=True, text=True, timeout=30 * 60)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.rstrip().endswith("bundle ok")
    internal = BUNDLE / "_internal"  # Linux and Windows layout
    plugins = internal / "PySide6" / "Qt" / "plugins"
    if sys.platform.startswith("linux"):
        for plugin in ("platforms/libqxcb.so", "platforms/libqwayland.so",
                       "platforms/libqoffscreen.so", "imageformats/libqsvg.so",
                       "iconengines/libqsvgicon.so", "printsupport/libcupsprintersupport.so"):
            assert (plugins / plugin).is_file(), plugin
    resources = internal / "coalitiondesk" / "resources"
    assert (resources / "demo" / "icnk.json").is_file()
    assert {p.name for p in (resources / "translations").glob("*.qm")} >= {
        "coalitiondesk_en.qm", "coalitiondesk_ja.qm", "coalitiondesk_ko.qm"}
    assert not list((resources / "translations").glob("*.ts"))
    migrations = internal / "coalitiondesk" / "core" / "storage" / "migrations"
    assert (migrations / "env.py").is_file()
    assert len(list((migrations / "versions").glob("*.py"))) >= 5


def test_the_bundle_opens_an_encrypted_database(tmp_path: Path) -> None:
    """SQLCipher (sqlcipher3's compiled module and the OpenSSL it links) travels in the
    bundle: it encrypts a database, opens it with the passphrase and refuses a wrong one.
    Runs on the bundle the test above built (`pytest -m bundle`)."""
    program = next((BUNDLE / name for name in ("coalitiondesk", "coalitiondesk.exe")
                    if (BUNDLE / name).is_file()), None)
    if program is None:
        pytest.skip("no bundle in dist/CoalitionDesk: build it first (pytest -m bundle)")
    database = tmp_path / "coalition.sqlite3"
    base = {key: value for key, value in os.environ.items()
            if not key.startswith(("COALITIONDESK_", "PYTHON", "VIRTUAL_ENV"))}
    base.update(HOME=str(tmp_path), QT_QPA_PLATFORM="offscreen")

    def run(*args: str, passphrase: str | None) -> subprocess.CompletedProcess[str]:
        env = dict(base)
        if passphrase is not None:
            env["COALITIONDESK_PASSPHRASE"] = passphrase
        return subprocess.run([str(program), "--db", str(database), *args], cwd=tmp_path,
                              env=env, capture_output=True, text=True, timeout=180,
                              stdin=subprocess.DEVNULL)

    assert run("demo", passphrase=None).returncode == 0
    encrypted = run("encrypt", "--backups", "encrypt", passphrase="correct horse battery")
    assert encrypted.returncode == 0, encrypted.stderr
    assert not database.read_bytes().startswith(b"SQLite format 3\x00")
    assert b"Kim Jong" not in database.read_bytes()
    checked = run("check", passphrase="correct horse battery")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "Integrity: ok" in checked.stdout
    before = database.read_bytes()
    refused = run("check", passphrase="not the passphrase")
    assert refused.returncode == 1
    assert len(refused.stderr.strip().splitlines()) == 1, refused.stderr
    assert database.read_bytes() == before
