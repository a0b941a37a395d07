"""The application icon: the window, task bar, dock and About box show it."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from coalitiondesk import APP_ID
from coalitiondesk.core.storage.resources import resource_path


@cache
def app_icon() -> QIcon:
    """Every rendered size, so that no size is scaled from another and no SVG
    plugin is needed (render_icons.py in packaging/ makes them from the SVG)."""
    icon = QIcon()
    for path in resource_path("icons", "app", "hicolor").glob(f"*/apps/{APP_ID}.png"):
        side = int(path.parents[1].name.partition("x")[0])  # hicolor/<side>x<side>/apps/
        icon.addFile(str(path), QSize(side, side))
    if icon.isNull():
        raise FileNotFoundError("The application icon is missing from resources/icons/app")
    return icon
