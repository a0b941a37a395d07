"""Errors a coordinator is shown as one plain sentence."""


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
