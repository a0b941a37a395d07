"""The daily backup of a server database on this computer, as a local database gets one.

When a coordinator (or the database's owner) opens a server database in the
window and the newest of its backups on this computer
(core.storage.server_local_backups) is a day old, a new one is made there,
named, checked and rotated as any other. A volunteer's never is: it would
leave out what the server withholds from them and rotate a coordinator's
complete backups out of the shared folder. Nor is a database holding no
records yet backed up, as on a local file.
"""

from __future__ import annotations

from collections.abc import Generator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import sqlalchemy as sa

from coalitiondesk.core.errors import BackupFailed
from coalitiondesk.core.progress import Progress
from coalitiondesk.core.storage import postgresql, server_local_backups
from coalitiondesk.core.storage.backup import (
    DEFAULT_POLICY,
    RECORD_TABLES,
    BackupInfo,
    Reason,
    RetentionPolicy,
    backups_in,
)
from coalitiondesk.core.storage.db import Database


def backup_if_due(
    database: Database,
    *,
    max_age: timedelta = timedelta(days=1),
    folder: Path | None = None,
    policy: RetentionPolicy = DEFAULT_POLICY,
    now: datetime | None = None,
) -> Generator[Progress, None, BackupInfo | None]:
    """Back up the server `database` on this computer when its newest backup here is older
    than `max_age`, yielding progress; returns the new backup, or None when none was due,
    the database holds no records yet or the person connected is a volunteer. Raises
    BackupFailed, leaving older backups untouched."""
    now = now or datetime.now(UTC)
    backups = backups_in(folder or server_local_backups.backup_folder(database.url))
    if backups and now - backups[0].created < max_age:
        return None
    try:
        if not server_local_backups.may_back_up(database) or not _has_records(database):
            return None
    except sa.exc.DBAPIError as error:
        raise BackupFailed("Could not back up {source}: {exc}", source=database.display_name,
                           exc=postgresql.describe_failure(database.url, error)) from None
    return (yield from server_local_backups.backup_steps(
        database, reason=Reason.daily, folder=folder, policy=policy, now=now))


def _has_records(database: Database) -> bool:
    with database.engine.connect() as connection:
        return any(connection.execute(sa.text(f'SELECT 1 FROM "{table}" LIMIT 1')).first()
                   is not None for table in RECORD_TABLES)
