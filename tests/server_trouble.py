"""A server that goes away in the middle of work, made to order on the tests' real cluster.

`server_away` cuts every connection to one database and lets no new one in, as a
server that went down looks from the application, until the block ends.
`connection_lost_at_commit` and `connection_lost_once_before_commit` make the
server end the connection that writes a row of a table, during its COMMIT (a
deferred constraint trigger) or at the row itself, the first time only (a
sequence, which a rollback does not undo, counts the times).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

import sqlalchemy as sa

if TYPE_CHECKING:
    from postgresql_cluster import Cluster


def block(cluster: Cluster, name: str) -> None:
    cluster.execute(
        f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS false',
        f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'")


def unblock(cluster: Cluster, name: str) -> None:
    cluster.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true')


@contextmanager
def server_away(cluster: Cluster, name: str) -> Iterator[None]:
    block(cluster, name)
    try:
        yield
    finally:
        unblock(cluster, name)


def _run_in(url: str, *statements: str) -> None:
    engine = sa.create_engine(url.replace("postgresql://", "postgresql+psycopg://"),
                              poolclass=sa.NullPool)
    try:
        with engine.begin() as connection:
            for statement in statements:
                connection.exec_driver_sql(statement)
    finally:
        engine.dispose()


def connection_lost_at_commit(url: str, *, table: str) -> None:
    """Every transaction that inserts into `table` loses its connection during COMMIT."""
    _run_in(
        url,
        "CREATE FUNCTION test_lose_connection() RETURNS trigger LANGUAGE plpgsql AS"
        " $$ BEGIN PERFORM pg_terminate_backend(pg_backend_pid()); PERFORM pg_sleep(5);"
        " RETURN NULL; END $$",
        f"CREATE CONSTRAINT TRIGGER test_lose_connection AFTER INSERT OR UPDATE ON {table}"
        " DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION test_lose_connection()")


def connection_lost_once_before_commit(url: str, *, table: str) -> None:
    """The first transaction that writes a row of `table` loses its connection there,
    long before its COMMIT; later ones go through."""
    _run_in(
        url,
        "CREATE SEQUENCE test_lost_once",
        "CREATE FUNCTION test_lose_connection_once() RETURNS trigger LANGUAGE plpgsql AS"
        " $$ BEGIN IF nextval('test_lost_once') = 1 THEN"
        " PERFORM pg_terminate_backend(pg_backend_pid()); PERFORM pg_sleep(5); END IF;"
        " RETURN NULL; END $$",
        f"CREATE TRIGGER test_lose_connection_once AFTER INSERT OR UPDATE ON {table}"
        " FOR EACH ROW EXECUTE FUNCTION test_lose_connection_once()")
