"""A server gone after the window opened: backing up or restoring onto it is one sentence
(BackupFailed), never the driver's error."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from coalitiondesk.core.errors import BackupFailed
from coalitiondesk.core.progress import run_to_end
from coalitiondesk.core.storage import server_local_backups
from coalitiondesk.core.storage.db import Database, open_database
from server_trouble import server_away

if TYPE_CHECKING:
    from postgresql_cluster import Cluster

pytestmark = pytest.mark.postgresql


def test_backing_up_a_server_gone_is_one_sentence(
        pg_database: Database, postgresql_cluster: Cluster, tmp_path: Path) -> None:
    name = pg_database.url.database
    assert name is not None
    with server_away(postgresql_cluster, name), pytest.raises(BackupFailed) as refused:
        run_to_end(server_local_backups.backup_steps(pg_database, folder=tmp_path))
    assert str(refused.value).startswith(f"Could not back up {pg_database.display_name}: ")
    assert not list(tmp_path.iterdir())


def test_restoring_onto_a_server_gone_is_one_sentence(
        pg_database: Database, postgresql_cluster: Cluster, tmp_path: Path) -> None:
    backup_file = tmp_path / "backup.sqlite3"
    open_database(backup_file).close()
    name = pg_database.url.database
    assert name is not None
    with server_away(postgresql_cluster, name), pytest.raises(BackupFailed) as refused:
        run_to_end(server_local_backups.restore_steps(pg_database, backup_file,
                                                      folder=tmp_path / "backups"))
    assert str(refused.value).startswith(f"Could not restore {pg_database.display_name} ")
