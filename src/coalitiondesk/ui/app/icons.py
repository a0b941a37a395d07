"""Icons from resources/icons, by name."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from coalitiondesk.core.storage.resources import resource_path


@cache
def icon(name: str) -> QIcon:
    path = resource_path("icons", f"{name}.svg")
    if not path.exists():
        raise FileNotFoundError(f"No icon named {name!r} in resources/icons")
    return QIcon(str(path))
