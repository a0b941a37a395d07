"""Build the CoalitionDesk application bundle with PyInstaller, then check it.

    python packaging/build.py                   with this Python (pip install -e '.[package]')
    python packaging/build.py --fresh-venv DIR  in a new virtual environment with '.[package]'
                                                installed from the source (what a release uses)
    python packaging/build.py --no-check        build only

The bundle lands in dist/CoalitionDesk/ (and dist/CoalitionDesk.app on macOS);
PyInstaller's work files in build/pyinstaller/. The check (check_bundle.py) runs a
copy of the bundle from outside the source tree. Prints the build time and the
bundle's size.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import time
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "coalitiondesk.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
TRANSLATIONS_TOOL = ROOT / "tools" / "translations.py"
COMPILED_TRANSLATIONS = ROOT / "build" / "translations"  # the spec takes the .qm files here


def fresh_python(folder: Path) -> str:
    venv.create(folder, with_pip=True, clear=True)
    python = folder / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
    subprocess.run([python, "-m", "pip", "install", "-q", f"{ROOT}[package]"], check=True)
    return str(python)


def compile_translations(python: str) -> None:
    """The .qm files are compiled from the .ts sources for each build, so that a
    bundle never ships translations older than its sources; into build/, leaving
    the source tree as it is."""
    shutil.rmtree(COMPILED_TRANSLATIONS, ignore_errors=True)
    if TRANSLATIONS_TOOL.exists() and any((ROOT / "resources" / "translations").glob("*.ts")):
        COMPILED_TRANSLATIONS.mkdir(parents=True)
        subprocess.run([python, TRANSLATIONS_TOOL, "--compile-only",
                        "--qm-dir", COMPILED_TRANSLATIONS], check=True, cwd=ROOT)


def build(python: str) -> Path:
    subprocess.run(
        [python, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", DIST, "--workpath", WORK, SPEC],
        check=True, cwd=ROOT,
    )
    return DIST / "CoalitionDesk"


def files(folder: Path) -> list[Path]:
    # PyInstaller links some libraries into place: count each file once.
    return [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fresh-venv", type=Path, metavar="DIR",
                        help="build in a new virtual environment made in DIR")
    parser.add_argument("--no-check", action="store_true", help="skip check_bundle.py")
    args = parser.parse_args(argv)

    python = fresh_python(args.fresh_venv) if args.fresh_venv else sys.executable
    started = time.perf_counter()
    compile_translations(python)
    bundle = build(python)
    seconds = time.perf_counter() - started
    found = files(bundle)
    print(f"built {bundle} in {seconds:.0f} s: "
          f"{sum(p.stat().st_size for p in found) / 2**20:.0f} MiB in {len(found)} files")
    if args.no_check:
        return 0
    check = subprocess.run([python, ROOT / "packaging" / "check_bundle.py", bundle])
    return check.returncode


if __name__ == "__main__":
    raise SystemExit(main())
