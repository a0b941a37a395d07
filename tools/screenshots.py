"""Render the main window with each tab in front, on the demo coalition, in English, Korean
and Japanese at 1024x700 and 1366x768, to PNG files for a person to look over.

    python tools/screenshots.py FOLDER [--languages en ko ja] [--sizes 1024x700 1366x768]

Runs offscreen (no display needed); writes FOLDER/<language>-<width>x<height>-<tab>.png.
The window is as a new user first sees it: fresh settings, the demo loaded.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from coalitiondesk.core.demo import demo_steps
from coalitiondesk.core.storage.db import Database, open_database
from coalitiondesk.ui.app import i18n
from coalitiondesk.ui.app.main_window import MainWindow

SIZES = ("1024x700", "1366x768")
LANGUAGES = ("en", "ko", "ja")


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a size such as 1024x700") from None
    return width, height


def _settle(app: QApplication) -> None:
    for _ in range(3):
        app.processEvents()


def render_language(app: QApplication, database: Database, language: str,
                    sizes: list[tuple[int, int]], folder: Path) -> list[Path]:
    """One window in `language`, each tab in front in turn at each size."""
    i18n.install_translations(language)
    window = MainWindow(database)
    # The file's name alone: the temporary folder means nothing to a reader.
    window.database_label.setText(database.path.name if database.path else "")
    window.show()
    for page in window.record_pages():
        page.view.selectRow(0)  # a record in the form, as a coordinator works
    window.activities.view.selectRow(0)
    written = []
    for width, height in sizes:
        window.resize(width, height)
        for index in range(window.tabs.count()):
            tab = window.tabs.widget(index)
            window.tabs.setCurrentIndex(index)
            _settle(app)
            if tab is window.reports:
                while window.reports.busy() or window.reports.report() is None:
                    app.processEvents()  # reports are built in a worker thread
                _settle(app)
            path = folder / f"{language}-{width}x{height}-{getattr(tab, 'name', index)}.png"
            window.grab().save(str(path))
            written.append(path)
    for page in window.record_pages():
        page.form.revert()
    window.close()
    window.deleteLater()
    _settle(app)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="where the PNG files go (made if missing)")
    parser.add_argument("--languages", nargs="+", choices=LANGUAGES, default=list(LANGUAGES))
    parser.add_argument("--sizes", nargs="+", type=_size, default=[_size(s) for s in SIZES])
    args = parser.parse_args(argv)
    try:
        args.folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        print(f"Cannot make the folder {args.folder}: {error.strerror}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as scratch:
        # Fresh settings: no window state or language choice of the person running this.
        os.environ["XDG_CONFIG_HOME"] = scratch
        app = QApplication([])
        app.setOrganizationName("CoalitionDesk")
        app.setApplicationName("CoalitionDesk")
        database = open_database(Path(scratch) / "coalition.sqlite3")
        for _step in demo_steps(database):
            pass
        written = []
        for language in args.languages:
            written += render_language(app, database, language, args.sizes, args.folder)
        database.close()
    print(f"{len(written)} screenshots in {args.folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
