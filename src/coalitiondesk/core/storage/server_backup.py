"""A shared server's own backup and purge: `coalitiondesk server backup` and `server purge`.

A backup is pg_dump's custom format of the whole database (schema, rows, the
roles' privileges and policies; the login roles themselves belong to the
server, not the database): consistent, since pg_dump reads in one snapshot
while others keep working, and restored with pg_restore into an empty
database. It is written beside its target readable by the user alone and
checked with `pg_restore --list` before it takes the target's name. A backup
in CoalitionDesk's own format, on this computer, which `restore` and the
Backups window take, is `coalitiondesk backup` (core.storage.server_local_backups).

Purging is what a server allows: VACUUM FULL rewrites the tables that hold
people's values, so that deleted and erased rows leave the table files. The
old files' blocks are freed, not overwritten; the server's disk, its
write-ahead log and its backups are the server operator's to look after.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa

from coalitiondesk.core.errors import CoalitionDeskError
from coalitiondesk.core.storage import postgresql, scratch
from coalitiondesk.core.storage.files import describe_os_error

# The tables whose rows hold people's and organizations' values, or the journal's
# copies of them: what a purge rewrites.
PERSONAL_TABLES = (
    "contact", "organization", "contact_alias", "organization_alias", "affiliation",
    "contact_tag", "organization_tag", "tag", "saved_group", "attachment",
    "attachment_content", "recipient", "signature", "dispatch", "activity",
    "activity_contact", "activity_organization",
    "import_change", "journal_change", "journal_operation", "contact_search",
    "organization_search", "saved_group_member", "not_duplicate",
)
_DUMP_TIMEOUT_S = 3600


class ServerBackupFailed(CoalitionDeskError):
    """pg_dump or pg_restore is missing or refused; nothing was written."""


@dataclass(frozen=True)
class Dumped:
    target: Path
    size: int
    tables: int


def _client(program: str) -> str:
    """The newest installed PostgreSQL client program: pg_dump refuses a server newer
    than itself, and Debian keeps one folder per version."""
    versions = sorted((path for path in Path("/usr/lib/postgresql").glob(f"*/bin/{program}")
                       if path.parent.parent.name.isdigit()),
                      key=lambda path: int(path.parent.parent.name))
    found = str(versions[-1]) if versions else shutil.which(program)
    if found is None:
        raise ServerBackupFailed("{program} is not installed on this computer: install"
                                 " PostgreSQL's client programs (postgresql-client)",
                                 program=program)
    return found


def _libpq(url: sa.URL) -> tuple[str, dict[str, str]]:
    """The address as pg_dump reads it, and its environment: the password goes there,
    never on a command line that other users of the machine can list."""
    environment = dict(os.environ)
    if url.password:
        environment["PGPASSWORD"] = str(url.password)
    plain = url.set(drivername="postgresql", password=None)
    return plain.render_as_string(hide_password=False), environment


def _first_line(text: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[0].removeprefix("pg_dump: error: ") if lines else "no reason given"


def dump(url: sa.URL, *, target: Path) -> Dumped:
    """The server database at `url`, dumped to `target` (which must not exist yet)."""
    target = target.expanduser().absolute()
    if target.exists():
        raise ServerBackupFailed("{target} already exists; choose another file name (nothing"
                                 " was written)", target=target)
    if not target.parent.is_dir():
        raise ServerBackupFailed("The folder {folder} does not exist", folder=target.parent)
    pg_dump, pg_restore = _client("pg_dump"), _client("pg_restore")
    address, environment = _libpq(url)
    partial = target.with_name(f".{target.name}.partial")
    scratch.record(partial)
    try:
        try:
            scratch.create_private(partial)
        except OSError as error:
            raise ServerBackupFailed("Cannot write to the folder {folder}: {error}",
                                     folder=target.parent,
                                     error=describe_os_error(error)) from None
        done = subprocess.run(
            # A coordinator reads under row-level security (whose policy shows them
            # every row); pg_dump otherwise refuses any table that has policies.
            [pg_dump, "--format=custom", "--no-password", "--enable-row-security",
             f"--file={partial}",
             f"--dbname={address}"], env=environment, capture_output=True, text=True,
            timeout=_DUMP_TIMEOUT_S, check=False)
        if done.returncode != 0:
            raise ServerBackupFailed(
                "The server's backup failed ({detail}); nothing was written",
                detail=_describe(url, done.stderr))
        listed = subprocess.run([pg_restore, "--list", str(partial)], capture_output=True,
                                text=True, timeout=_DUMP_TIMEOUT_S, check=False)
        if listed.returncode != 0:
            raise ServerBackupFailed("The backup written cannot be read back ({detail});"
                                     " nothing was kept", detail=_first_line(listed.stderr))
        tables = sum(1 for line in listed.stdout.splitlines() if " TABLE DATA " in line)
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)
    return Dumped(target=target, size=target.stat().st_size, tables=tables)


def _describe(url: sa.URL, stderr: str) -> str:
    detail = _first_line(stderr)
    if "permission denied" in detail:
        return f"{detail}: a backup is made by the database's owner or a coordinator"
    described = postgresql.describe_failure(url, RuntimeError(detail))
    return str(described) if "Cannot open" not in str(described) else detail


@dataclass(frozen=True)
class Purged:
    tables: tuple[str, ...]
    freed: int
    """Bytes the rewritten tables (with their indexes and TOAST) no longer take."""


def purge(engine: sa.Engine) -> Purged:
    """VACUUM FULL of the tables holding personal values (run by their owner)."""
    with engine.connect() as connection:
        present = set(sa.inspect(connection).get_table_names(schema="public"))
        tables = tuple(table for table in PERSONAL_TABLES if table in present)
        # VACUUM skips a table its caller does not own with a mere warning: a purge
        # that did nothing must not say it was done.
        others = connection.exec_driver_sql(
            "SELECT count(*) FROM pg_class WHERE relnamespace = 'public'::regnamespace"
            " AND relname = ANY(%(tables)s) AND NOT pg_has_role(current_user, relowner,"
            " 'MEMBER')", {"tables": list(tables)}).scalar()
    if others:
        raise ServerBackupFailed("Only the database's owner may purge it: connect as the"
                                 " owner (who ran `coalitiondesk server init`); nothing was"
                                 " purged")
    size = ("SELECT coalesce(sum(pg_total_relation_size(('public.' || quote_ident(name))"
            "::regclass)), 0) FROM unnest(%(tables)s::text[]) AS name")
    # VACUUM runs outside a transaction.
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        before = int(connection.exec_driver_sql(size, {"tables": list(tables)}).scalar() or 0)
        for table in tables:
            connection.exec_driver_sql(f"VACUUM (FULL, ANALYZE) public.{table}")
        after = int(connection.exec_driver_sql(size, {"tables": list(tables)}).scalar() or 0)
    return Purged(tables=tables, freed=max(before - after, 0))
