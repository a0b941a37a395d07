"""Opening a database: where it lives, engine and sessions, schema migrations, checks.

Everything that differs between SQLite and a server database (pragmas,
transaction start, integrity checks) stays behind the small functions here, so
that a PostgreSQL backend plugs in at one place: `open_database`. An encrypted
SQLite file (core.storage.cipher) is opened there too, given its passphrase.
"""

from __future__ import annotations

import functools
import importlib.resources
import os
from collections.abc import Collection, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import platformdirs
import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlmodel import Session, func, select

from coalitiondesk import APP_NAME
from coalitiondesk.core.errors import (
    DatabaseDamaged,
    DatabaseUnavailable,
    Message,
    SchemaTooNew,
    as_message,
)
from coalitiondesk.core.geography.countries import iso_countries
from coalitiondesk.core.geography.country_table import ensure_countries
from coalitiondesk.core.journal import erasure, labels, triggers, triggers_postgresql
from coalitiondesk.core.journal import operations as journal
from coalitiondesk.core.journal.erasure import ErasedValues
from coalitiondesk.core.journal.operations import Operation
from coalitiondesk.core.models import Country
from coalitiondesk.core.storage import (
    cipher,
    postgresql,
    server_columns,
    server_errors,
    server_roles,
)
from coalitiondesk.core.storage.cipher import Passphrase
from coalitiondesk.core.storage.damage import Damage, find_damage, set_aside, set_aside_copies
from coalitiondesk.core.storage.nul_characters import refuse_nul_in_writes

if TYPE_CHECKING:
    from alembic.config import Config

DEFAULT_FILENAME = "coalitiondesk.sqlite3"
BUSY_TIMEOUT_MS = 15_000


def default_database_path() -> Path:
    return platformdirs.user_data_path(APP_NAME, appauthor=False) / DEFAULT_FILENAME


def database_url(target: str | Path | None) -> sa.URL:
    """The SQLAlchemy URL for a --db argument: a file path, a URL, or None for the default."""
    if target is None:
        return _sqlite_url(default_database_path())
    text = str(target)
    if "://" in text:
        try:
            return postgresql.server_url(make_url(text))
        except ArgumentError:
            raise DatabaseUnavailable("Not a database address: {text}", text=text) from None
    return _sqlite_url(Path(text).expanduser())


def _sqlite_url(path: Path) -> sa.URL:
    return sa.URL.create("sqlite+pysqlite", database=str(path.resolve()))


def database_file(target: str | Path | None) -> Path | None:
    """The SQLite file a --db argument names, without opening it; None for a server."""
    url = database_url(target)
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    return Path(url.database)


@dataclass
class Database:
    """An open database. Sessions for reading, `transaction()` for every change."""

    url: sa.URL
    engine: Engine
    _writer: Engine = field(repr=False)
    erased: ErasedValues = field(default_factory=ErasedValues, repr=False)
    """Values erased from the journal with a deleted person, kept for this session's undo."""
    passphrase: Passphrase | None = field(default=None, repr=False)
    """An encrypted database's passphrase, for its backups; None for a plain one."""
    withheld: Mapping[str, frozenset[str]] = field(default_factory=dict, repr=False)
    """The columns of each table this person may not read (a volunteer's on a server,
    core.storage.server_columns), which their forms show as unavailable."""
    unchangeable: Mapping[str, frozenset[str]] = field(default_factory=dict, repr=False)
    """The columns of each table this person reads but may not change."""

    @property
    def encrypted(self) -> bool:
        return self.passphrase is not None

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    @property
    def path(self) -> Path | None:
        """The database file, for SQLite; None for a server."""
        if self.is_sqlite and self.url.database:
            return Path(self.url.database)
        return None

    @property
    def display_name(self) -> str:
        """What the user sees: the file path, or the URL without its password."""
        path = self.path
        return str(path) if path is not None else postgresql.display_address(self.url)

    def session(self) -> Session:
        """A session for reading. Do not write through it: use `transaction()`."""
        return Session(self.engine, expire_on_commit=False, info=self._session_info())

    def _session_info(self) -> dict[str, Any]:
        # What a query may need to know of the person's role: core.records.search asks.
        return {server_columns.WITHHELD_INFO: self.withheld} if self.withheld else {}

    @contextmanager
    def operation(self, kind: str = "change", label: str = labels.label("change"), *,
                  undoable: bool = True,
                  reverts_id: int | None = None, import_batch_id: int | None = None,
                  subject: tuple[str, Any] | None = None) -> Iterator[Operation]:
        """One change a person makes, all or nothing, written to the journal.

        The journal's triggers file every row it changes under this operation;
        on the way out `operation.changes` says what changed. On SQLite this is
        BEGIN IMMEDIATE, so a second writer waits for the lock instead of
        failing halfway with "database is locked".
        """
        committing = False
        try:
            with Session(self._writer, expire_on_commit=False,
                         info=self._session_info()) as session, session.begin():
                operation = journal.begin(
                    session, kind=kind, label=label, undoable=undoable, reverts_id=reverts_id,
                    import_batch_id=import_batch_id, subject=subject)
                yield operation
                operation.changes = journal.finish(operation)
                deleted = {table for table, _ in erasure.deleted_personal_records(operation)}
                if deleted:
                    erasure.erase(operation, self.erased)
                session.flush()
                # A connection lost from here on went during COMMIT, which the server
                # may have carried out: such a change must not be made again unseen.
                committing = True
        except sa.exc.DBAPIError as error:
            # A server's role may refuse it (a volunteer's delete), or the server may
            # be gone (before COMMIT nothing was saved; the window keeps the edits):
            # one sentence.
            refused = (postgresql.refusal(error)
                       or server_errors.lost_connection(error, committing=committing))
            if refused is None:
                raise
            raise refused from None
        if deleted and self.is_sqlite:
            purge_deleted(self)

    @contextmanager
    def transaction(self, kind: str = "change",
                    label: str = labels.label("change")) -> Iterator[Session]:
        """An operation, for callers that need only its session."""
        with self.operation(kind, label) as operation:
            yield operation.session

    def close(self) -> None:
        self.engine.dispose()
        if self.passphrase is not None and self.path is not None:
            cipher.in_use.remove(self.path)
            # A second close() must not forget another Database's passphrase.
            self.passphrase = None

    def release(self) -> None:
        """Close the file and forget its key, but keep this object: a window locked while
        its person is away holds on to it. Until `take_over`, its engines reach only an
        empty in-memory database, so nothing can reconnect to the file with the key."""
        self.close()
        self.engine = self._writer = sa.create_engine("sqlite://")

    def take_over(self, reopened: Database) -> None:
        """Use `reopened` (the same file, opened again with its passphrase) from now on."""
        self.engine.dispose()
        self.url, self.engine, self._writer = reopened.url, reopened.engine, reopened._writer
        self.passphrase = reopened.passphrase


def open_database(
    target: str | Path | None = None,
    *,
    create: bool = True,
    migrate: bool = True,
    set_aside_damaged: bool = True,
    passphrase: Passphrase | None = None,
) -> Database:
    """Open (and, with `create`, make) the database at a path or URL.

    This is the one way in: another backend is added here. Raises
    DatabaseUnavailable or SchemaTooNew with a message for the user, and
    DatabaseDamaged for a damaged file, which (with `set_aside_damaged`) is
    first moved aside untouched so that a backup can be restored in its place.

    An encrypted file needs its `passphrase`: without one this raises
    cipher.PassphraseRequired, with a wrong one cipher.WrongPassphrase, both
    before anything beside the file is made or changed. A new database given a
    passphrase is made encrypted; a plain one opens as plain whatever is given.
    """
    url = database_url(target)
    if url.get_backend_name() == "sqlite":
        _check_sqlite_path(url, create=create, passphrase=passphrase)
        passphrase = _passphrase_for(url, passphrase)
        _refuse_damaged(url, set_aside_damaged=set_aside_damaged, passphrase=passphrase)
    else:
        passphrase = None
    engine = _create_engine(url, passphrase=passphrase)
    refuse_nul_in_writes(engine)
    database = Database(url=url, engine=engine, _writer=engine.execution_options(immediate=True),
                        passphrase=passphrase)
    if passphrase is not None and database.path is not None:
        cipher.in_use.add(database.path, passphrase)
    try:
        _probe(database)
        if migrate:
            upgrade_schema(database)
            _ensure_reference_data(database)
            if database.is_sqlite:
                _delete_securely_from_search(database)
                _mark_nul_in_unique_names(database)
        if not database.is_sqlite:
            with database.engine.connect() as connection:
                if server_roles.current_role(connection) is server_roles.Role.volunteer:
                    database.withheld = server_columns.WITHHELD
                    database.unchangeable = server_columns.UNCHANGEABLE
        # Connections made before the file was known to be ours (a new database,
        # before its migrations) left its journal mode alone: a new one sets WAL.
        database.engine.dispose()
        with database.engine.connect():
            pass
    except BaseException:
        database.close()
        raise
    return database


def _check_sqlite_path(url: sa.URL, *, create: bool, passphrase: Passphrase | None = None
                       ) -> None:
    if not url.database or url.database == ":memory:":
        return
    path = Path(url.database)
    if path.is_dir():
        raise DatabaseUnavailable("{path} is a folder, not a database file", path=path)
    if path.exists():
        return
    _refuse_to_replace(path, passphrase=passphrase)
    if not create:
        raise DatabaseUnavailable("There is no database at {path}", path=path)
    if path == default_database_path().resolve():
        path.parent.mkdir(parents=True, exist_ok=True)
    elif not path.parent.is_dir():
        raise DatabaseUnavailable("The folder {parent} does not exist", parent=path.parent)


def _passphrase_for(url: sa.URL, passphrase: Passphrase | None) -> Passphrase | None:
    """The passphrase the file at `url` is opened with: None for a plain file."""
    if not url.database or url.database == ":memory:":
        return None
    path = Path(url.database)
    cipher.refuse_locked(path, passphrase)
    if path.is_file() and path.stat().st_size > 0 and cipher.has_plain_header(path):
        return None
    return passphrase


def _refuse_to_replace(path: Path, *, passphrase: Passphrase | None = None) -> None:
    """No new, empty database where one was set aside as damaged, or one with a good
    backup was: the next write would report success into an empty file. Raises
    DatabaseDamaged naming the backup to restore. Without a good backup there is
    nothing to restore, and a new database may be started."""
    from coalitiondesk.core.storage import backup  # backup imports this module

    good = backup.newest_good_backup(path, passphrase=passphrase)
    if good is None:
        return
    moved = set_aside_copies(path)
    if moved:
        problem = Message("it was moved aside as damaged, to {moved}", moved=moved[-1])
    else:
        problem = Message("the file is missing, although it has backups")
    raise DatabaseDamaged(
        Message("There is no database at {path}: {problem}; the newest good backup is {good};"
                " a new, empty database is not made in its place while its backups are in"
                " {folder}", path=path, problem=problem, good=good.path,
                folder=backup.backup_folder(path)),
        path=path, problem=problem, moved_to=moved[-1] if moved else None, backup=good.path)


def _refuse_damaged(url: sa.URL, *, set_aside_damaged: bool,
                    passphrase: Passphrase | None = None) -> None:
    """The quick check on open: raise DatabaseDamaged for a damaged file."""
    from coalitiondesk.core.storage import backup  # backup imports this module

    if not url.database or url.database == ":memory:":
        return
    path = Path(url.database)
    damage = find_damage(path, passphrase=passphrase)
    if damage is None and _emptied(path, backup.list_backups(path)):
        # An empty file is a new database, unless this one once had records worth
        # backing up: then it was emptied by a crash or a failing disk.
        damage = Damage(path, "the file is empty, although it held records before")
    if damage is None:
        return
    moved = set_aside(path) if set_aside_damaged else None
    good = backup.newest_good_backup(path, passphrase=passphrase)
    where = (Message("it was moved aside, untouched, to {moved}", moved=moved)
             if moved is not None else Message("it was left as it is"))
    backed_up = (Message("the newest good backup is {good}", good=good.path)
                 if good is not None else Message("there is no backup of it"))
    raise DatabaseDamaged(
        Message("{path} is damaged: {problem}; {where}; {backed_up}", path=path,
                problem=as_message(damage.problem), where=where, backed_up=backed_up),
        path=path, problem=damage.problem, moved_to=moved,
        backup=good.path if good is not None else None)


def _emptied(path: Path, backups: list[Any]) -> bool:
    if not backups or not path.is_file() or path.stat().st_size > 0:
        return False
    wal = path.with_name(path.name + "-wal")
    return not wal.exists() or wal.stat().st_size == 0


def _create_engine(url: sa.URL, *, passphrase: Passphrase | None = None) -> Engine:
    backend = url.get_backend_name()
    try:
        if backend == "sqlite":
            # Connections are kept and reused: each new one parses the whole schema
            # (the journal's triggers included) before its first statement, which
            # cost more than a form's save itself. A connection serves one thread
            # at a time, whichever checked it out (workers read in threads of their own).
            pooling: dict[str, Any] = {"poolclass": sa.QueuePool, "pool_size": 4,
                                       "max_overflow": 16}
            if passphrase is not None:
                engine = sa.create_engine(url, module=cipher.DBAPI,
                                          creator=_keyed_connections(url, passphrase),
                                          **pooling)
            else:
                # SQLCipher's SQLite for plain files too: one SQLite everywhere, with
                # FTS5's secure-delete (3.44 or later; Python's own may be older).
                engine = sa.create_engine(
                    url, module=cipher.DBAPI,
                    connect_args={"timeout": BUSY_TIMEOUT_MS / 1000,
                                  "check_same_thread": False}, **pooling)
            _configure_sqlite(engine)
            return engine
        if postgresql.is_server_url(url):
            return postgresql.create_engine(url)
        return sa.create_engine(url, pool_pre_ping=True)
    except NoSuchModuleError:
        raise DatabaseUnavailable("CoalitionDesk cannot use {backend} databases",
                                  backend=backend) from None
    except ModuleNotFoundError as exc:
        raise DatabaseUnavailable(
            "The {backend} driver ({value}) is not installed here",
            backend=backend, value=exc.name or 'unknown'
        ) from None


def _keyed_connections(url: sa.URL, passphrase: Passphrase) -> Any:
    """Connections to an encrypted file, keyed before their first statement. A new file
    gets one salt, whichever connection writes its first page."""
    assert url.database
    path, salt = Path(url.database), cipher.new_salt()

    def connect() -> Any:
        return cipher.connect(path, passphrase=passphrase, timeout=BUSY_TIMEOUT_MS / 1000,
                              check_same_thread=False, new_salt_=salt)
    return connect


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Take transaction control away from the driver so that the
        # "begin" hook below decides between BEGIN and BEGIN IMMEDIATE.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        for pragma in (
            "foreign_keys = ON",
            "synchronous = FULL",
            f"busy_timeout = {BUSY_TIMEOUT_MS}",
            # Deleted records of people at risk must not linger in free pages.
            "secure_delete = ON",
        ):
            cursor.execute(f"PRAGMA {pragma}")
        _use_write_ahead_log(cursor)
        cursor.close()
        # SQLite's own lower() folds A-Z only; searching "мемориал" or "ärzte"
        # must find "Мемориал" and "Ärzte" as PostgreSQL's lower() would.
        dbapi_connection.create_function("lower", 1, _unicode_lower, deterministic=True)

    @event.listens_for(engine, "begin")
    def _on_begin(connection: sa.Connection) -> None:
        immediate = connection.get_execution_options().get("immediate", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def _use_write_ahead_log(cursor: Any) -> None:
    """WAL, on a CoalitionDesk database only: the journal mode is written into the file,
    so a file not known to be ours (another application's, or a new one before its
    migrations ran) is left in its own mode, byte for byte."""
    if cursor.execute("PRAGMA journal_mode").fetchone()[0] == "wal":
        return
    tables = {str(name) for name, in cursor.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'")}
    if is_own_schema(tables):
        cursor.execute("PRAGMA journal_mode = WAL")


def purge_deleted(database: Database) -> None:
    """Leave no trace of deleted records anywhere in the files (SQLite).

    secure_delete zeroes the freed pages, and the search indexes' FTS5
    secure-delete drops a deleted row's entries at once (see
    `_delete_securely_from_search`). The write-ahead log still holds earlier
    images of the pages until a checkpoint restarts it: a TRUNCATE checkpoint.
    Called after every transaction that deleted a person or an organization.
    """
    if not database.is_sqlite:
        return
    with database.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def _search_indexes(connection: sa.Connection) -> list[str]:
    return [str(name) for name, in connection.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table'"
        " AND sql LIKE 'CREATE VIRTUAL TABLE%USING fts5%'")]


def _deletes_securely(connection: sa.Connection, index: str) -> bool:
    """Whether the FTS5 index has secure-delete on (kept in its own config table)."""
    value = connection.exec_driver_sql(
        f"SELECT v FROM \"{index}_config\" WHERE k = 'secure-delete'").scalar()
    return bool(value)


def _delete_securely_from_search(database: Database) -> None:
    """FTS5's secure-delete on every search index: a deleted row's entries leave it at
    once, instead of staying in the file until the index is merged (which cost every
    delete about 85 times a plain one). Migration 0008 turned it on where SQLite was
    3.44 or later; plain databases it migrated with Python's older SQLite get it here,
    now that every file is opened with SQLCipher's SQLite. Their indexes hold no
    entries of deleted rows to purge first: every delete before merged them away."""
    with database.engine.connect() as connection:
        missing = [index for index in _search_indexes(connection)
                   if not _deletes_securely(connection, index)]
        if not missing:
            return
    with database.engine.execution_options(immediate=True).begin() as connection:
        for index in missing:
            connection.exec_driver_sql(
                f'INSERT INTO "{index}" ("{index}", rank) VALUES (\'secure-delete\', 1)')


# The unique indexes on lower() of a column, which a NUL in the column breaks.
_LOWER_INDEXES = {"uq_tag_name_lower": ("tag", "name"),
                  "uq_letter_title_lower": ("letter", "title")}


def _mark_nul_in_unique_names(database: Database) -> None:
    """A tag name or letter title holding U+0000, written before NULs were refused (an
    imported cell), gets U+FFFD in its place, which the person sees and may retype.

    SQLCipher's driver hands lower() the text only up to the NUL, so these rows no
    longer matched the unique lower() index Python's sqlite3 had built: the
    integrity check (and so every backup's verification) failed on them, and
    "A<NUL>B" stood for every name beginning with "a". Dropping the NUL would change
    the name without a trace; U+FFFD shows where it was.
    """
    with database.engine.connect() as connection:
        held = [index for index, (table, column) in _LOWER_INDEXES.items()
                if connection.exec_driver_sql(
                    f'SELECT 1 FROM "{table}" WHERE instr("{column}", char(0)) > 0 LIMIT 1'
                ).first() is not None]
    if not held:
        return
    try:
        with database.operation("setup", labels.label("change"), undoable=False) as operation:
            connection = operation.session.connection()
            for index in held:
                table, column = _LOWER_INDEXES[index]
                # SQLite's replace() reads char(0) as an empty pattern: Python replaces.
                rows = connection.exec_driver_sql(
                    f'SELECT id, "{column}" FROM "{table}" WHERE instr("{column}", char(0)) > 0'
                ).all()
                for row_id, text in rows:
                    connection.exec_driver_sql(
                        f'UPDATE "{table}" SET "{column}" = ? WHERE id = ?',
                        (str(text).replace("\x00", "\ufffd"), row_id))
            for index in held:
                connection.exec_driver_sql(f'REINDEX "{index}"')
    except SADatabaseError:
        # Another name already reads the same way: left as it was, for the integrity
        # check to name, rather than refusing to open the database.
        return


def _unicode_lower(value: str | None) -> str | None:
    return value.lower() if isinstance(value, str) else value


def _probe(database: Database) -> None:
    """Connect once, so a wrong file or server fails here with a plain message; and
    refuse another application's database, or one whose schema version is not one."""
    try:
        with database.engine.connect() as connection:
            connection.exec_driver_sql("SELECT 1 FROM sqlite_master LIMIT 1" if database.is_sqlite
                                       else "SELECT 1")
            if postgresql.is_server_url(database.url):
                postgresql.refuse_unsuitable(connection, name=database.display_name)
            _refuse_foreign_or_mislabelled(database, connection)
    except SADatabaseError as exc:
        if postgresql.is_server_url(database.url):
            raise postgresql.connection_failure(
                database.url, exc.orig if exc.orig is not None else exc) from None
        raise DatabaseUnavailable(_describe_failure(database, exc)) from None


# Tables every CoalitionDesk schema has had, from its first revision on.
_OWN_TABLES = frozenset({"alembic_version", "country", "organization", "contact"})
_CHANGED_OUTSIDE = Message("it was changed outside CoalitionDesk: restore a backup")


def is_own_schema(tables: Collection[str]) -> bool:
    """Whether a database with these tables is a CoalitionDesk database (of any version)."""
    return set(tables) >= _OWN_TABLES


def _refuse_foreign_or_mislabelled(database: Database, connection: sa.Connection) -> None:
    name = database.display_name
    tables = _table_names(connection)
    if tables - {"alembic_version"} and not is_own_schema(tables):
        # Another application's, even one that keeps an alembic_version table too.
        raise DatabaseUnavailable("{name} is not a CoalitionDesk database", name=name)
    if "alembic_version" not in tables:
        return
    versions = [str(version) for version, in connection.exec_driver_sql(
        "SELECT version_num FROM alembic_version")]
    if len(versions) > 1:
        raise DatabaseUnavailable(
            "{name} records {count} schema versions ({value}) where there is one; "
            "{changed_outside}",
            name=name, count=len(versions), value=', '.join(sorted(versions)),
            changed_outside=_CHANGED_OUTSIDE)
    if (versions and database.is_sqlite and versions[0] != head_revision()
            and known_revision(versions[0])):
        ahead = _ahead_of_label(connection, versions[0], tables)
        if ahead:
            raise DatabaseUnavailable(
                "{name} is labelled schema version {versions}, but it already has parts of a "
                "later version ({value}); {changed_outside}",
                name=name, versions=versions[0], value=', '.join(ahead[:3]),
                changed_outside=_CHANGED_OUTSIDE)


def _ahead_of_label(connection: sa.Connection, revision: str, tables: set[str]) -> list[str]:
    """The tables and columns of later schema versions that a database labelled
    `revision` already has: migrating it would fail half-way on them."""
    try:
        at_label, at_head = _schema_at(revision), _schema_at(head_revision())
    except Exception:
        return []  # cannot tell: the migration itself will say
    inspector = sa.inspect(connection)
    found = []
    for table, columns in sorted(at_head.items()):
        if table not in tables:
            continue
        if table not in at_label:
            found.append(f"the table {table}")
            continue
        present = {str(column["name"]) for column in inspector.get_columns(table)}
        found += [f"the column {table}.{column}"
                  for column in sorted((columns - at_label[table]) & present)]
    return found


@functools.lru_cache(maxsize=4)
def _schema_at(revision: str) -> dict[str, frozenset[str]]:
    """Each table's columns as the migrations leave them at `revision`, made in memory."""
    engine = sa.create_engine("sqlite://", poolclass=sa.StaticPool)
    try:
        with engine.begin() as connection:
            _upgrade(connection, revision)
            inspector = sa.inspect(connection)
            return {table: frozenset(str(column["name"]) for column in inspector.get_columns(table))
                    for table in inspector.get_table_names()}
    finally:
        engine.dispose()


def _describe_failure(database: Database, exc: SADatabaseError) -> Message:
    detail = str(exc.orig) if exc.orig is not None else str(exc)
    name = database.display_name
    if database.is_sqlite:
        if "not a database" in detail or "malformed" in detail:
            return Message("{name} is not a CoalitionDesk database or is damaged", name=name)
        if isinstance(exc, OperationalError) and "unable to open" in detail:
            path = database.path
            if path is not None and _in_read_only_folder(path):
                return Message("Cannot open {path}: SQLite needs to create {file}-wal and"
                               " {file}-shm beside it, and the folder {folder} is read-only;"
                               " copy the database to a folder you can write to",
                               path=path, file=path.name, folder=path.parent)
            return Message("Cannot open {name}: check that it exists and is readable",
                           name=name)
    return Message("Cannot open {name}: {detail}", name=name,
                   detail=detail.strip().splitlines()[0])


def _in_read_only_folder(path: Path) -> bool:
    """A readable database whose folder takes no new files (SQLite's -wal and -shm)."""
    return (path.is_file() and os.access(path, os.R_OK)
            and not os.access(path.parent, os.W_OK))


# --- schema migrations -------------------------------------------------------


_MIGRATIONS = importlib.resources.files("coalitiondesk.core.storage") / "migrations"


def _alembic_config(connection: sa.Connection | None = None) -> Config:
    # Alembic is loaded only when a schema is made or migrated: opening a database
    # at this version's schema (nearly every start) needs none of it.
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(_MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def _upgrade(connection: sa.Connection, revision: str) -> None:
    from alembic import command

    command.upgrade(_alembic_config(connection), revision)


@functools.cache
def _revisions() -> frozenset[str]:
    """Every schema revision this version knows. Migrations are numbered in order,
    each file named after its revision (a test checks this against Alembic's chain)."""
    return frozenset(entry.name[:4] for entry in (_MIGRATIONS / "versions").iterdir()
                     if entry.name.endswith(".py") and entry.name[:4].isdigit())


def head_revision() -> str:
    return max(_revisions())


def schema_revision(database: Database) -> str | None:
    with database.engine.connect() as connection:
        if "alembic_version" not in _table_names(connection):
            return None
        return connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


def known_revision(revision: str) -> bool:
    """Whether this version of CoalitionDesk knows a schema revision (it is not newer)."""
    return revision in _revisions()


def _has_tables(database: Database) -> bool:
    """Whether the database holds anything but Alembic's own bookkeeping."""
    return bool(_table_names(database.engine) - {"alembic_version"})


def _table_names(bind: sa.Connection | Engine) -> set[str]:
    # A server's tables are in public, whatever a volunteer's views of the same names
    # (core.storage.server_columns) hide from an unqualified look.
    schema = None if bind.dialect.name == "sqlite" else "public"
    return set(sa.inspect(bind).get_table_names(schema=schema))


def upgrade_schema(database: Database) -> None:
    """Bring the schema to this version's head; refuse a database from a newer version."""
    current = schema_revision(database)
    if current is None and _has_tables(database):
        raise DatabaseUnavailable("{display_name} is not a CoalitionDesk database",
                                  display_name=database.display_name)
    if current is not None and not known_revision(current):
        raise SchemaTooNew(
            "{display_name} was written by a newer version of CoalitionDesk; update "
            "CoalitionDesk to open it",
            display_name=database.display_name
        )
    if current == head_revision():
        return
    if current is not None:
        _back_up_before_migration(database)
    with database.engine.execution_options(immediate=True).begin() as connection:
        _upgrade(connection, "head")
        # The journal's triggers follow the columns each migration leaves.
        if postgresql.is_server_url(database.url):
            triggers_postgresql.install(connection)
            # The functions just made again forgot what `server init` set on them.
            server_roles.set_up_again(connection)
        else:
            triggers.install(connection)


def _back_up_before_migration(database: Database) -> None:
    """A migration rewrites tables; the state before it is kept, if there is anything to keep."""
    from coalitiondesk.core.storage import backup  # backup imports this module

    path = database.path
    if path is not None and backup.has_records(path, passphrase=database.passphrase):
        backup.back_up(path, reason=backup.Reason.before_migration,
                       passphrase=database.passphrase)


def _ensure_reference_data(database: Database) -> None:
    """Every ISO country is present; checked by reading first so opening takes no write lock."""
    with database.session() as session:
        present = session.exec(select(func.count()).select_from(Country)).one()
    if present < len(iso_countries()):
        with database.operation("setup", labels.label("countries"), undoable=False) as op:
            ensure_countries(session=op.session)


# --- checks ------------------------------------------------------------------


@dataclass
class CheckReport:
    database: str
    revision: str | None
    head: str
    problems: list[str]

    @property
    def healthy(self) -> bool:
        return not self.problems


def check_database(database: Database) -> CheckReport:
    """Integrity and schema version, without changing anything."""
    problems = integrity_problems(database)
    revision = schema_revision(database)
    head = head_revision()
    if revision != head:
        problems.append(f"schema version {revision or 'none'} differs from this version's {head}")
    return CheckReport(database=database.display_name, revision=revision, head=head,
                       problems=problems)


def integrity_problems(database: Database) -> list[str]:
    if not database.is_sqlite:
        return []
    with database.engine.connect() as connection:
        rows = [str(row[0]) for row in connection.exec_driver_sql("PRAGMA integrity_check")]
        problems = [] if rows == ["ok"] else rows
        for table, rowid, parent, _fk in connection.exec_driver_sql("PRAGMA foreign_key_check"):
            problems.append(f"{table} row {rowid} points to a missing {parent}")
    return problems
