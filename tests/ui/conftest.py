import os

# Before anything imports Qt: the tests run without a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from coalitiondesk.core.storage.db import Database, open_database


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    db = open_database(tmp_path / "coalition.sqlite3")
    try:
        yield db
    finally:
        db.close()


@pytest.fixture
def demo(database: Database, demo_template: Callable[[Database], None]) -> Database:
    """`database` holding the demo coalition and its one undoable operation."""
    demo_template(database)
    return database


@pytest.fixture
def fresh_settings(tmp_path: Path) -> None:
    """No saved window state: the test's own settings file (use it with pytestmark)."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    QApplication.setOrganizationName("CoalitionDeskTests")
    QApplication.setApplicationName(tmp_path.name)
    QSettings().clear()


@pytest.fixture(autouse=True, scope="session")
def _accessible_names(qapp: object) -> None:
    """Controls are named as the focus enters their window, as ui/app/start.py arranges."""
    from PySide6.QtWidgets import QApplication

    from coalitiondesk.ui.app import accessibility

    app = QApplication.instance()
    assert app is not None
    accessibility.install(app)


@pytest.fixture(autouse=True)
def _language_as_found() -> Iterator[None]:
    """A test that switched the interface to Korean or Japanese leaves English and the
    default locale behind it (a later test reads dates as "2011-09-08", not "2011. 9. 8.")."""
    from PySide6.QtCore import QLocale

    from coalitiondesk.ui.app import i18n

    before = QLocale()
    yield
    if QLocale() != before:
        i18n.remove_translations()
        QLocale.setDefault(before)
