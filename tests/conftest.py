"""Settings every test run needs, whatever subset of the suite is collected."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from coalitiondesk.core.storage.db import Database
    from postgresql_cluster import Cluster

# GUI tests run without a display: in CI, over SSH, and on developers' machines alike.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


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
