"""Errors a coordinator is shown as one plain sentence."""

from pathlib import Path


class CoalitionDeskError(Exception):
    """A problem the user can act on; str() is the message to show them."""


class DatabaseUnavailable(CoalitionDeskError):
    """The database cannot be opened: bad path, not a database, missing driver."""


class SchemaTooNew(CoalitionDeskError):
    """The database was written by a newer CoalitionDesk."""


class NotFound(CoalitionDeskError):
    """A record asked for by id, uuid or title does not exist."""


class InvalidInput(CoalitionDeskError):
    """A value the user gave does not fit the record."""


class DatabaseDamaged(CoalitionDeskError):
    """The database file is damaged; it may have been moved aside, and a backup may help."""

    def __init__(self, message: str, *, path: Path, problem: str,
                 moved_to: Path | None = None, backup: Path | None = None) -> None:
        super().__init__(message)
        self.path = path
        self.problem = problem
        self.moved_to = moved_to
        self.backup = backup


class DatabaseInUse(CoalitionDeskError):
    """The running application holds the database; only it may write to it."""


class BackupFailed(CoalitionDeskError):
    """A backup could not be made or verified, or a file cannot be restored."""
