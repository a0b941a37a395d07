"""Every QSettings key the GUI uses, in one place (no key strings scattered in widgets)."""

from __future__ import annotations

WINDOW_GEOMETRY = "window/geometry"
WINDOW_STATE = "window/state"
CURRENT_TAB = "window/current_tab"
LANGUAGE = "view/language"
RECENT_DATABASES = "files/recent_databases"
RECENT_LIMIT = 8
LOCK_AFTER_MINUTES = "security/lock_after_minutes"
LOCK_AFTER_DEFAULT = 15


def table_header(page: str) -> str:
    """Column widths, order, visibility and sort order of one table."""
    return f"tables/{page}/header"


def splitter(page: str) -> str:
    return f"tables/{page}/splitter"
