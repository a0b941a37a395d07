"""Update the Korean and Japanese translation sources, then compile them.

English needs a file too, for its plurals alone: "%n message(s)" in the sources is
"1 message" and "4 messages" on the screen. coalitiondesk_en.ts holds only those
strings (lupdate -pluralonly) and is filled in by this tool.

    python tools/translations.py             lupdate into resources/translations/*.ts,
                                             then lrelease to the .qm files beside them
    python tools/translations.py --ts-dir D  update the .ts files in D instead, not compiling
                                             (the tests check a copy this way)
    python tools/translations.py --compile-only [--qm-dir D]

New strings arrive in the .ts files marked unfinished: translate them (Qt
Linguist, or by hand), then run this again so that the .qm files follow.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

import PySide6

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
SOURCES = (ROOT / "src" / "coalitiondesk" / "ui", ROOT / "src" / "coalitiondesk" / "printing")
LANGUAGES = {"ko": "ko_KR", "ja": "ja_JP"}
"""Our .ts suffix and the target language lupdate records (it decides the plural forms)."""
ENGLISH = "en"

# "(s)" is how the sources write an English plural; the singular drops it.
_SUFFIX = re.compile(r"\((e?s)\)")
_SINGULAR_VERBS = {"%n are ": "%n is "}


def _tool(name: str) -> str:
    # The binaries ship inside the PySide6 wheel; the pyside6-* launchers may not be on PATH.
    folder = Path(PySide6.__file__).resolve().parent
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    raise SystemExit(f"{name} is missing from the PySide6 installation in {folder}")


def source_files() -> list[Path]:
    return sorted(path for folder in SOURCES for path in folder.rglob("*.py"))


def ts_name(language: str) -> str:
    return f"coalitiondesk_{language}.ts"


def update(ts_dir: Path = TRANSLATIONS) -> list[Path]:
    """Add the sources' new strings to each .ts file and drop those no longer used."""
    sources = [str(path) for path in source_files()]
    written = []
    for language, target in LANGUAGES.items():
        ts = ts_dir / ts_name(language)
        # No locations: line numbers would change the files on every unrelated edit.
        subprocess.run(
            [_tool("lupdate"), "-silent", "-no-obsolete", "-locations", "none",
             "-target-language", target, *sources, "-ts", str(ts)],
            check=True)
        written.append(ts)
    english = ts_dir / ts_name(ENGLISH)
    subprocess.run(
        [_tool("lupdate"), "-silent", "-no-obsolete", "-locations", "none", "-pluralonly",
         "-target-language", "en_GB", *sources, "-ts", str(english)],
        check=True)
    fill_english_plurals(english)
    written.append(english)
    return written


def english_forms(source: str) -> tuple[str, str]:
    """The singular and the plural of a source string written with "(s)"."""
    singular = _SUFFIX.sub("", source)
    for plural_verb, singular_verb in _SINGULAR_VERBS.items():
        singular = singular.replace(plural_verb, singular_verb)
    return singular, _SUFFIX.sub(r"\1", source)


def fill_english_plurals(ts: Path) -> None:
    text = ts.read_text(encoding="utf-8")

    def filled(match: re.Match[str]) -> str:
        source = _unescape(match.group("source"))
        singular, plural = (_escape(form) for form in english_forms(source))
        return (f"{match.group('head')}<translation>\n"
                f"            <numerusform>{singular}</numerusform>\n"
                f"            <numerusform>{plural}</numerusform>\n"
                f"        </translation>")

    pattern = re.compile(
        r'(?P<head><message numerus="yes">\s*<source>(?P<source>.*?)</source>\s*'
        r'(?:<comment>.*?</comment>\s*)?)<translation[^>]*>.*?</translation>', re.S)
    ts.write_text(pattern.sub(filled, text), encoding="utf-8")


def _unescape(text: str) -> str:
    return (text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"')
            .replace("&apos;", "'").replace("&amp;", "&"))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def compile_all(ts_dir: Path = TRANSLATIONS, qm_dir: Path = TRANSLATIONS) -> list[Path]:
    written = []
    for language in (*LANGUAGES, ENGLISH):
        ts = ts_dir / ts_name(language)
        qm = qm_dir / ts.with_suffix(".qm").name
        subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        written.append(qm)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ts-dir", type=Path, help="update the .ts files in this folder only")
    parser.add_argument("--compile-only", action="store_true")
    parser.add_argument("--qm-dir", type=Path, default=TRANSLATIONS)
    args = parser.parse_args(argv)
    if args.ts_dir is not None:
        update(args.ts_dir)
        return 0
    if not args.compile_only:
        update()
    compile_all(qm_dir=args.qm_dir)
    return 0


if __name__ == "__main__":
    sys.exit(main())
