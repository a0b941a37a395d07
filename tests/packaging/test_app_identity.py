"""The running application presents itself as CoalitionDesk: icon, names, About box."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, QTimer
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QMessageBox

from coalitiondesk import APP_ID
from coalitiondesk.core.storage.db import Database
from coalitiondesk.ui.app.app_icon import app_icon
from coalitiondesk.ui.app.main_window import MainWindow
from coalitiondesk.ui.app.start import QUIT_AFTER_START, run_gui

HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def same_picture(first: QImage, second: QImage) -> bool:
    format = QImage.Format.Format_ARGB32
    return first.convertToFormat(format) == second.convertToFormat(format)


def test_the_application_and_its_window_carry_the_app_icon(
    qapp: QApplication, database: Database
) -> None:
    seen: dict[str, object] = {}

    def look() -> None:
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
        seen["app sizes"] = QGuiApplication.windowIcon().availableSizes()
        seen["window"] = window.windowIcon().pixmap(48).toImage()
        qapp.exit(0)

    QTimer.singleShot(0, look)
    assert run_gui(database) == 0
    sizes = seen["app sizes"]
    assert sorted(size.width() for size in sizes) == list(HICOLOR_SIZES)  # type: ignore[attr-defined]
    expected = QImage(str(Path(__file__).resolve().parents[2] / "resources" / "icons" / "app"
                          / "hicolor" / "48x48" / "apps" / f"{APP_ID}.png"))
    assert same_picture(seen["window"], expected)  # type: ignore[arg-type]


def test_names_put_settings_and_desktop_matching_in_the_right_place(
    qapp: QApplication, database: Database
) -> None:
    QTimer.singleShot(0, lambda: qapp.exit(0))
    run_gui(database)
    assert QCoreApplication.applicationName() == "CoalitionDesk"
    assert QCoreApplication.organizationName() == "CoalitionDesk"
    # macOS keeps settings in ~/Library/Preferences/org.coalitiondesk.CoalitionDesk.plist.
    assert QCoreApplication.organizationDomain() == "coalitiondesk.org"
    assert QGuiApplication.desktopFileName() == APP_ID


def test_about_box_shows_the_app_icon_version_licence_and_database(
    qapp: QApplication, database: Database
) -> None:
    window = MainWindow(database)
    shown: dict[str, object] = {}

    def read_and_close() -> None:
        box = next(w for w in QApplication.topLevelWidgets()
                   if isinstance(w, QMessageBox) and w.isVisible())
        shown["text"] = box.text()
        shown["icon"] = box.iconPixmap().toImage()
        box.accept()

    QTimer.singleShot(100, read_and_close)
    window.show_about()
    window.close()
    icon = app_icon()
    expected = icon.pixmap(icon.actualSize(QSize(64, 64))).toImage()
    assert same_picture(shown["icon"], expected)  # type: ignore[arg-type]
    assert "0.1.0" in str(shown["text"])
    assert "GNU General Public License" in str(shown["text"])
    assert "coalition.sqlite3" in str(shown["text"])


def test_the_window_can_report_itself_and_close_for_a_packaging_check(tmp_path: Path) -> None:
    env = {**os.environ, QUIT_AFTER_START: "200", "QT_QPA_PLATFORM": "offscreen",
           "LC_ALL": "C.UTF-8"}
    result = subprocess.run(
        [sys.executable, "-m", "coalitiondesk", "--db", str(tmp_path / "smoke.sqlite3")],
        capture_output=True, text=True, timeout=120, env=env)
    assert result.returncode == 0, result.stderr
    line = result.stdout
    assert line.startswith("window shown: CoalitionDesk — smoke.sqlite3; tabs: Organizations, ")
    assert line.endswith("; svg icons render: yes\n")
