"""Table models for the main window's lists: one per entity, each fed by a core service.

Organizations and contacts are fetched a page at a time (canFetchMore /
fetchMore), sorted and filtered by the database, so that 100,000 contacts open
as fast as a hundred. Rows become display text when a page loads, so painting
never touches the database or a detached ORM object.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from sqlmodel import Session

from coalitiondesk.core.geography import names
from coalitiondesk.core.geography.country_table import country_counts, list_countries
from coalitiondesk.core.models import Sensitivity
from coalitiondesk.core.records.contacts import (
    ContactFilter,
    count_contacts,
    current_affiliations,
    list_contacts,
)
from coalitiondesk.core.records.organizations import (
    OrganizationFilter,
    count_organizations,
    list_organizations,
)
from coalitiondesk.core.storage.db import Database
from coalitiondesk.ui.app.i18n import country_name, display_date, region_name
from coalitiondesk.ui.text.value_labels import (
    membership_status_label,
    organization_kind_label,
    sensitivity_label,
)

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
"""The record's id (country code for countries), for views that open or select a record."""

# Both colours are set, not only the text colour, so the marking stays legible
# under a dark desktop theme.
RESTRICTED_FOREGROUND = QColor("#7a0000")
RESTRICTED_BACKGROUND = QColor("#fbe0e0")

PAGE_SIZE = 200

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
F = TypeVar("F", OrganizationFilter, ContactFilter)


def _tr(text: str) -> str:
    return QCoreApplication.translate("TableColumns", text)


@dataclass(frozen=True)
class Column:
    key: str
    title: object
    """Untranslated; QT_TRANSLATE_NOOP marks it for lupdate (and is typed as object)."""
    width_chars: int
    sort_key: str | None = None
    """The core service's sort key; None where the column cannot be sorted."""
    numeric: bool = False
    date: bool = False
    """Cells hold ISO dates (so they sort); shown as the locale writes dates."""


@dataclass(frozen=True)
class Row:
    key: Any
    cells: tuple[str | int, ...]
    restricted: bool = False


class RecordTableModel(QAbstractTableModel):
    """Rows from a core service; call reload() after the database changes."""

    COLUMNS: ClassVar[tuple[Column, ...]] = ()
    STRETCH_COLUMN: ClassVar[str] = "name"

    def __init__(self, database: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._rows: list[Row] = []
        self._sort_column = 0
        self._descending = False

    # --- for views and the window ----------------------------------------------

    def reload(self) -> None:
        raise NotImplementedError

    def column_index(self, key: str) -> int:
        return next(i for i, column in enumerate(self.COLUMNS) if column.key == key)

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def row_of(self, key: Any) -> int | None:
        """The row showing record `key`, among the rows loaded so far."""
        return next((i for i, row in enumerate(self._rows) if row.key == key), None)

    def shown(self) -> int:
        """How many records match the current search and filters."""
        return len(self._rows)

    @property
    def sort_state(self) -> tuple[int, bool]:
        return self._sort_column, self._descending

    # --- QAbstractTableModel -----------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(str(self.COLUMNS[section].title))
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if self.COLUMNS[column].date:
                return display_date(str(row.cells[column]))
            return row.cells[column]
        if role == KEY_ROLE:
            return row.key
        if role == Qt.ItemDataRole.TextAlignmentRole and self.COLUMNS[column].numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if row.restricted:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(RESTRICTED_FOREGROUND)
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(RESTRICTED_BACKGROUND)
        return None


class PagedRecordModel(RecordTableModel, Generic[F]):
    """A list too long to load at once: read a page at a time as it scrolls.

    How many records match is counted after the first page is on screen: for a
    one-letter search that count is a scan of tens of thousands of records, and
    the coordinator should see the first results without waiting for it.
    """

    matchesCounted = Signal()
    """shown() now gives the number of matching records, not a lower bound."""

    def __init__(self, database: Database, filters: F, parent: QObject | None = None) -> None:
        super().__init__(database, parent)
        self._filters: F = filters
        self._matching: int | None = 0
        self._generation = 0

    # --- what subclasses provide -----------------------------------------------

    def count(self, session: Session, filters: F | None) -> int:
        """How many records match `filters` (None: all of them)."""
        raise NotImplementedError

    def page(
        self, session: Session, filters: F, *, sort: str, descending: bool, offset: int, limit: int
    ) -> list[Row]:
        raise NotImplementedError

    def total(self) -> int:
        """All records of this kind, whatever the search and filters."""
        with self._database.session() as session:
            return self.count(session, None)

    # --- searching, filtering, sorting ---------------------------------------------

    @property
    def filters(self) -> F:
        return self._filters

    def set_filters(self, filters: F) -> None:
        if filters != self._filters:
            previous, self._filters = self._filters, filters
            try:
                self.reload()
            except Exception:
                # Not read (the server away): the same search asked again reads then.
                self._filters = previous
                raise

    def set_search(self, text: str) -> None:
        self.set_filters(dataclasses.replace(self._filters, search=text))

    def shown(self) -> int:
        """Records matching the search and filters (while not yet counted: those loaded)."""
        return self._matching if self._matching is not None else len(self._rows)

    def count_known(self) -> bool:
        return self._matching is not None

    def reload(self) -> None:
        with self._database.session() as session:
            rows = self._read(session, offset=0)
        self._generation += 1
        self.beginResetModel()
        self._rows = rows
        # A first page that is not full is everything; a full one is counted next.
        self._matching = len(rows) if len(rows) < PAGE_SIZE else None
        self.endResetModel()
        if self._matching is None:
            QTimer.singleShot(0, partial(self._count, self._generation))

    def _count(self, generation: int) -> None:
        if generation != self._generation or self._matching is not None:
            return  # the search changed meanwhile, or the last page was reached
        with self._database.session() as session:
            self._matching = self.count(session, self._filters)
        self.matchesCounted.emit()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self.COLUMNS[column].sort_key is None:
            return
        self._sort_column = column
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid():
            return False
        return self._matching is None or len(self._rows) < self._matching

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        with self._database.session() as session:
            rows = self._read(session, offset=len(self._rows))
        if not rows:
            self._matching = len(self._rows)
            self.matchesCounted.emit()
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def load_until(self, key: Any) -> int | None:
        """Fetch pages until record `key` is loaded; its row, or None if it does not match."""
        while (row := self.row_of(key)) is None and self.canFetchMore():
            self.fetchMore()
        return row

    def _read(self, session: Session, *, offset: int) -> list[Row]:
        column = self.COLUMNS[self._sort_column]
        return self.page(
            session,
            self._filters,
            sort=column.sort_key or "name",
            descending=self._descending,
            offset=offset,
            limit=PAGE_SIZE,
        )


def _country_names(session: Session) -> dict[str, str]:
    return {country.code: country_name(country.code, country.name)
            for country in list_countries(session=session)}


class OrganizationTableModel(PagedRecordModel[OrganizationFilter]):
    COLUMNS = (
        Column("name", QT_TRANSLATE_NOOP("TableColumns", "Name"), 44, "name"),
        Column("acronym", QT_TRANSLATE_NOOP("TableColumns", "Acronym"), 9, "acronym"),
        Column("country", QT_TRANSLATE_NOOP("TableColumns", "Country"), 16, "country"),
        Column("kind", QT_TRANSLATE_NOOP("TableColumns", "Kind"), 10, "kind"),
        Column(
            "membership_status",
            QT_TRANSLATE_NOOP("TableColumns", "Membership"),
            11,
            "membership_status",
        ),
    )

    def __init__(self, database: Database, parent: QObject | None = None) -> None:
        super().__init__(database, OrganizationFilter(), parent)

    def count(self, session: Session, filters: OrganizationFilter | None) -> int:
        return count_organizations(session=session, filters=filters)

    def page(
        self,
        session: Session,
        filters: OrganizationFilter,
        *,
        sort: str,
        descending: bool,
        offset: int,
        limit: int,
    ) -> list[Row]:
        countries = _country_names(session)
        international = QCoreApplication.translate("TableColumns", "International")
        records = list_organizations(
            session=session,
            filters=filters,
            sort=sort,
            descending=descending,
            offset=offset,
            limit=limit,
        )
        return [
            Row(
                org.id,
                (
                    org.name,
                    org.acronym or "",
                    countries.get(org.country_code, org.country_code)
                    if org.country_code
                    else international,
                    organization_kind_label(org.kind),
                    membership_status_label(org.membership_status),
                ),
            )
            for org in records
        ]


class ContactTableModel(PagedRecordModel[ContactFilter]):
    COLUMNS = (
        Column("name", QT_TRANSLATE_NOOP("TableColumns", "Name"), 20, "name"),
        Column("native_name", QT_TRANSLATE_NOOP("TableColumns", "Native name"), 10, "native_name"),
        Column("organizations", QT_TRANSLATE_NOOP("TableColumns", "Organization and role"), 24),
        Column("position", QT_TRANSLATE_NOOP("TableColumns", "Position"), 16, "position"),
        Column("email", QT_TRANSLATE_NOOP("TableColumns", "Email"), 18, "email"),
        Column("country", QT_TRANSLATE_NOOP("TableColumns", "Country"), 11, "country"),
        Column("sensitivity", QT_TRANSLATE_NOOP("TableColumns", "Sensitivity"), 9, "sensitivity"),
    )
    STRETCH_COLUMN = "organizations"

    def __init__(self, database: Database, parent: QObject | None = None) -> None:
        super().__init__(database, ContactFilter(), parent)

    def count(self, session: Session, filters: ContactFilter | None) -> int:
        return count_contacts(session=session, filters=filters)

    def page(
        self,
        session: Session,
        filters: ContactFilter,
        *,
        sort: str,
        descending: bool,
        offset: int,
        limit: int,
    ) -> list[Row]:
        countries = _country_names(session)
        records = list_contacts(
            session=session,
            filters=filters,
            sort=sort,
            descending=descending,
            offset=offset,
            limit=limit,
        )
        affiliations = current_affiliations(
            session=session, contact_ids=[c.id for c in records if c.id is not None]
        )
        rows = []
        for contact in records:
            restricted = contact.sensitivity == Sensitivity.restricted
            code = contact.address_country_code
            places = "; ".join(
                f"{name} ({role})" if role else name
                for name, role in affiliations.get(contact.id or 0, [])
            )
            rows.append(
                Row(
                    contact.id,
                    (
                        names.full_name(contact),
                        contact.native_name or "",
                        places,
                        contact.position or "",
                        contact.email or "",
                        countries.get(code, code) if code else "",
                        # Only the exception is spelled out, so that it stands out in a long list.
                        sensitivity_label(contact.sensitivity) if restricted else "",
                    ),
                    restricted=restricted,
                )
            )
        return rows

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role == Qt.ItemDataRole.FontRole
            and index.isValid()
            and self.COLUMNS[index.column()].key == "sensitivity"
            and self.row_at(index.row()).restricted
        ):
            font = QFont()
            font.setBold(True)
            return font
        return super().data(index, role)


class InMemoryRecordModel(RecordTableModel):
    """Rows held and sorted in memory, for lists that stay small: countries, the activity log.

    Sorting always starts from the order the core service gave, so rows with
    equal cells keep that order whichever way a column sorts.
    """

    def __init__(self, database: Database, parent: QObject | None = None) -> None:
        super().__init__(database, parent)
        self._loaded: list[Row] = []

    def set_rows(self, rows: Sequence[Row]) -> None:
        self._loaded = list(rows)
        self.beginResetModel()
        self._rows = self._sorted()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column = column
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.layoutAboutToBeChanged.emit()
        # The current and selected rows follow their records to their new places;
        # left where they were, a click on the row now there would change nothing.
        before = self.persistentIndexList()
        keys = [(self._rows[index.row()].key, index.column()) for index in before]
        self._rows = self._sorted()
        places = {row.key: number for number, row in enumerate(self._rows)}
        self.changePersistentIndexList(before, [
            self.index(places[key], column) if key in places else QModelIndex()
            for key, column in keys])
        self.layoutChanged.emit()

    def _sorted(self) -> list[Row]:
        column = self._sort_column
        key: Callable[[Row], Any] = (
            (lambda row: row.cells[column])
            if self.COLUMNS[column].numeric
            else (lambda row: str(row.cells[column]).casefold())
        )
        return sorted(self._loaded, key=key, reverse=self._descending)


T = TypeVar("T")


class ListModel(QAbstractTableModel, Generic[T]):
    """Items shown as rows under fixed headers, for the small lists of a letter's panels.

    Subclasses set CONTEXT and HEADERS (marked with QT_TRANSLATE_NOOP in that
    context) and say in data() what each column shows of an item.
    """

    CONTEXT: ClassVar[str]
    HEADERS: ClassVar[tuple[object, ...]]

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.items: list[T] = []

    def set_items(self, items: list[T]) -> None:
        self.beginResetModel()
        self.items = items
        self.endResetModel()

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return QCoreApplication.translate(self.CONTEXT, str(self.HEADERS[section]))


class CountryTableModel(InMemoryRecordModel):
    """All ISO countries with their counts: few enough to hold and sort in memory."""

    COLUMNS = (
        Column("code", QT_TRANSLATE_NOOP("TableColumns", "Code"), 4, "code"),
        Column("name", QT_TRANSLATE_NOOP("TableColumns", "Name"), 22, "name"),
        Column("short_form", QT_TRANSLATE_NOOP("TableColumns", "Short form"), 12, "short_form"),
        Column("region", QT_TRANSLATE_NOOP("TableColumns", "Region"), 9, "region"),
        Column("subregion", QT_TRANSLATE_NOOP("TableColumns", "Sub-region"), 14, "subregion"),
        Column("members", QT_TRANSLATE_NOOP("TableColumns", "Members"), 8, "members", numeric=True),
        Column(
            "organizations",
            QT_TRANSLATE_NOOP("TableColumns", "Organizations"),
            11,
            "organizations",
            numeric=True,
        ),
        Column(
            "contacts", QT_TRANSLATE_NOOP("TableColumns", "Contacts"), 7, "contacts", numeric=True
        ),
    )

    def reload(self) -> None:
        with self._database.session() as session:
            counts = country_counts(session=session)
            rows = []
            for country in list_countries(session=session):
                count = counts.get(country.code)
                rows.append(
                    Row(
                        country.code,
                        (
                            country.code,
                            country_name(country.code, country.name),
                            country.short_form,
                            region_name(country.region),
                            region_name(country.subregion),
                            count.members if count else 0,
                            count.organizations if count else 0,
                            count.contacts if count else 0,
                        ),
                    )
                )
        self.set_rows(rows)

    def members_by_country(self) -> list[tuple[str, int]]:
        """(country name, member organizations) for countries with members, most first."""
        pairs = [(str(row.cells[1]), int(row.cells[5])) for row in self._rows if row.cells[5]]
        return sorted(pairs, key=lambda pair: (-pair[1], pair[0]))

    def members_by_region(self) -> list[tuple[str, int]]:
        totals: dict[str, int] = {}
        for row in self._rows:
            totals[str(row.cells[3])] = totals.get(str(row.cells[3]), 0) + int(row.cells[5])
        return sorted(((r, n) for r, n in totals.items() if n), key=lambda p: (-p[1], p[0]))
