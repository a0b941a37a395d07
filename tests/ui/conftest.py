import os

# Before anything imports Qt: the tests run without a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from coalitiondesk.core.storage.db import Database, open_database


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    db = open_database(tmp_path / "coalition.sqlite3")
    try:
        yield db
    finally:
        db.close()


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """The demo coalition, loaded once per worker as one operation (as the window's Load
    demo does): loading it costs about 0.65 s of CPU, copying it a few milliseconds."""
    import sqlcipher3

    from coalitiondesk.core.demo import load_demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    database = open_database(path)
    with database.operation("demo", "Load the demo coalition") as operation:
        load_demo(session=operation.session)
    database.close()
    template = sqlcipher3.connect(path)
    yield template
    template.close()


@pytest.fixture
def demo(database: Database, _demo_template: Any) -> Database:
    """`database` holding the demo coalition and its one undoable operation."""
    connection = database.engine.raw_connection()
    try:
        _demo_template.backup(connection.driver_connection)
    finally:
        connection.close()
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
