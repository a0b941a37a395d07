"""A throwaway PostgreSQL cluster for the tests: one per test session (per xdist worker).

Made with Debian's postgresql binaries (initdb, pg_ctl) in a temporary folder and
reached on a unix socket there, so that no port is shared with anything else.
initdb refuses to run as root (which CI is): as root, the server runs as the
`postgres` user through runuser. Durability is switched off, since the cluster
is thrown away at the end.
"""

from __future__ import annotations

import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import sqlalchemy as sa

SUPERUSER = "postgres"
# What a test is told when the binaries are absent (CI installs them).
MISSING = ("PostgreSQL's server binaries (initdb, pg_ctl) are not installed:"
           " apt-get install postgresql")


def server_binaries() -> Path | None:
    """The folder holding initdb and pg_ctl: the newest Debian version, else PATH."""
    versions = [path for path in Path("/usr/lib/postgresql").glob("*/bin") if
                path.parent.name.isdigit() and (path / "initdb").is_file()]
    if versions:
        return max(versions, key=lambda path: int(path.parent.name))
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Cluster:
    """A running cluster; `new_database()` makes an empty database on it."""

    def __init__(self, binaries: Path) -> None:
        self.binaries = binaries
        self.folder = Path(tempfile.mkdtemp(prefix="coalitiondesk-pg-"))
        self.data = self.folder / "data"
        self._names = itertools.count(1)
        self.port = _free_port()
        self._as_root = os.geteuid() == 0
        if self._as_root:
            account = pwd.getpwnam(SUPERUSER)
            os.chown(self.folder, account.pw_uid, account.pw_gid)

    def _run(self, *command: str) -> None:
        prefix = ["runuser", "-u", SUPERUSER, "--"] if self._as_root else []
        subprocess.run([*prefix, *command], check=True, capture_output=True, cwd=self.folder)

    def start(self) -> Cluster:
        # A UTF-8 character type, so that lower() folds every script as the local file does.
        self._run(str(self.binaries / "initdb"), "-D", str(self.data), "-U", SUPERUSER,
                  "-E", "UTF8", "--locale=C.UTF-8", "--auth=trust", "--no-sync")
        # TCP on the loopback address takes encrypted connections only, which this
        # server does not offer: a client is told that encryption is required.
        (self.data / "pg_hba.conf").write_text(
            f"local all {SUPERUSER} trust\nlocal all all scram-sha-256\n"
            "hostssl all all 127.0.0.1/32 scram-sha-256\n")
        options = (f"-c listen_addresses='127.0.0.1' -c port={self.port}"
                   f" -c unix_socket_directories='{self.folder}'"
                   " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
                   " -c max_connections=40")
        self._run(str(self.binaries / "pg_ctl"), "-D", str(self.data), "-w", "-s",
                  "-o", options, "-l", str(self.folder / "server.log"), "start")
        return self

    def stop(self) -> None:
        try:
            self._run(str(self.binaries / "pg_ctl"), "-D", str(self.data), "-s",
                      "-m", "immediate", "stop")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)

    def url(self, database: str = "postgres", user: str = SUPERUSER,
            password: str | None = None) -> str:
        """An address CoalitionDesk's --db takes, over the cluster's unix socket."""
        credentials = user if password is None else f"{user}:{password}"
        return f"postgresql://{credentials}@/{database}?host={self.folder}&port={self.port}"

    def execute(self, *statements: str) -> None:
        """Statements run as the superuser outside a transaction (CREATE DATABASE ...)."""
        engine = sa.create_engine(self.url().replace("postgresql://", "postgresql+psycopg://"),
                                  isolation_level="AUTOCOMMIT", poolclass=sa.NullPool)
        try:
            with engine.connect() as connection:
                for statement in statements:
                    connection.exec_driver_sql(statement)
        finally:
            engine.dispose()

    def new_database(self, *, template: str | None = None) -> str:
        """A new database's name: empty, or a copy of `template` (which nobody may be using)."""
        name = f"test_{next(self._names)}"
        copy = f' TEMPLATE "{template}" STRATEGY FILE_COPY' if template else ""
        self.execute(f'CREATE DATABASE "{name}"{copy}')
        return name
