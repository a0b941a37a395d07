"""Settings every test run needs, whatever subset of the suite is collected."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from coalitiondesk.core.storage.db import Database
    from postgresql_cluster import Cluster

# GUI tests run without a display: in CI, over SSH, and on developers' machines alike.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True, scope="session")
def _a_qapplication_first(qapp: Any) -> None:
    """The worker's one Qt application is a QApplication from the start. Printing
    (merge, report PDFs) makes a bare QGuiApplication when none exists; a command run
    in-process before any window test then left one behind, and the first widget a
    later test made was aborted by Qt ("Cannot create a QWidget without QApplication").
    """


@pytest.fixture(autouse=True, scope="session")
def _user_data_folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Backups (made on start and before migrations) go to the user data folder, and
    window settings and recent files to the config folder: in tests, and the
    command-line processes they start, never the real ones."""
    previous = {name: os.environ.get(name) for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME")}
    os.environ["XDG_DATA_HOME"] = str(tmp_path_factory.mktemp("user-data"))
    os.environ["XDG_CONFIG_HOME"] = str(tmp_path_factory.mktemp("user-config"))
    yield
    for name, value in previous.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value


def copy_pages(template: Any, target: Database) -> None:
    """Make `target` (a local database) a copy of the open `template` connection."""
    connection = target.engine.raw_connection()
    try:
        template.backup(connection.driver_connection)
    finally:
        connection.close()


@pytest.fixture(autouse=True, scope="session")
def _new_databases_from_a_template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """A new, plain database file starts as a copy of one this worker made once through
    the real open_database (migrations, triggers, countries), copied page by page with
    SQLite's backup API: running every migration again costs about 0.35 s of CPU, and
    most tests start from a new file. Existing files, encrypted ones and server
    databases still go through the real migrations, and tests/core/storage checks
    those migrations against the models on every engine."""
    import sqlcipher3

    from coalitiondesk.core.storage import db

    template_path = tmp_path_factory.mktemp("template") / "new.sqlite3"
    db.open_database(template_path).close()
    template = sqlcipher3.connect(template_path)
    migrate = db.upgrade_schema

    def upgrade_schema(database: Database) -> None:
        new = (database.is_sqlite and database.passphrase is None and database.path is not None
               and db.schema_revision(database) is None and not db._has_tables(database))
        if not new:
            migrate(database)
            return
        copy_pages(template, database)

    db.upgrade_schema = upgrade_schema  # type: ignore[assignment]
    yield
    db.upgrade_schema = migrate  # type: ignore[assignment]
    template.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[[Database], None]]:
    """Puts the demo coalition into a new local database, as loaded once per worker in one
    operation (as the window's Load demo does): loading it costs about 0.65 s of CPU,
    copying it page by page with SQLite's backup API a few milliseconds."""
    import sqlcipher3

    from coalitiondesk.core.demo import load_demo
    from coalitiondesk.core.storage.db import open_database

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    database = open_database(path)
    with database.operation("demo", "Load the demo coalition") as operation:
        load_demo(session=operation.session)
    database.close()
    template = sqlcipher3.connect(path)

    def copy_into(target: Database) -> None:
        if not target.is_sqlite:  # a server database loads it as the window would
            with target.operation("demo", "Load the demo coalition") as operation:
                load_demo(session=operation.session)
            return
        copy_pages(template, target)

    yield copy_into
    template.close()


# --- a throwaway PostgreSQL server (tests/postgresql_cluster.py) ----------------------


@pytest.fixture(scope="session")
def postgresql_cluster() -> Iterator[Cluster]:
    """One PostgreSQL cluster for the whole session (each xdist worker has its own);
    the tests that need it are skipped, saying why, only where its binaries are absent."""
    from postgresql_cluster import MISSING, Cluster, server_binaries

    binaries = server_binaries()
    if binaries is None:
        pytest.skip(MISSING)
    cluster = Cluster(binaries).start()
    try:
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture(scope="session")
def postgresql_template(postgresql_cluster: Cluster) -> str:
    """A database just made by open_database on the server (migrated, every country),
    which each test's database copies: the migrations run once per session."""
    from coalitiondesk.core.storage.db import open_database

    name = postgresql_cluster.new_database()
    open_database(postgresql_cluster.url(name)).close()
    return name


@pytest.fixture
def pg_url(postgresql_cluster: Cluster, postgresql_template: str) -> str:
    """The address of a new CoalitionDesk database of this test's own on the server."""
    return postgresql_cluster.url(postgresql_cluster.new_database(template=postgresql_template))


@pytest.fixture
def pg_database(pg_url: str) -> Iterator[Database]:
    """A new, empty CoalitionDesk database (countries only) on the server, closed after."""
    from coalitiondesk.core.storage.db import open_database

    opened = open_database(pg_url)
    try:
        yield opened
    finally:
        opened.close()
