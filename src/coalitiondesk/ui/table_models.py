"""Table models for the main window's lists: one per entity, each fed by a core service.

A model turns records into display rows when it loads, so that painting never
touches the database or a detached ORM object. Sorting happens in a
QSortFilterProxyModel on SORT_ROLE, which carries keys that sort the way a
coordinator expects (family name first, sort_name for organizations, numbers
as numbers).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont
from sqlmodel import Session

from coalitiondesk.core import names
from coalitiondesk.core.contacts import ContactFilter, count_contacts, list_contacts
from coalitiondesk.core.country_records import country_counts, list_countries
from coalitiondesk.core.db import Database
from coalitiondesk.core.models import Sensitivity
from coalitiondesk.core.organizations import (
    OrganizationFilter,
    count_organizations,
    list_organizations,
)
from coalitiondesk.ui.labels import (
    membership_status_label,
    organization_kind_label,
    sensitivity_label,
)

SORT_ROLE = Qt.ItemDataRole.UserRole
KEY_ROLE = Qt.ItemDataRole.UserRole + 1
"""The record's id (country code for countries), for views that open or select a record."""

# Both colours are set, not only the text colour, so the marking stays legible
# under a dark desktop theme.
RESTRICTED_FOREGROUND = QColor("#7a0000")
RESTRICTED_BACKGROUND = QColor("#fbe0e0")

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Row:
    key: int | str | None
    cells: tuple[str | int, ...]
    sort_keys: tuple[str | int, ...]
    restricted: bool = False


class RecordTableModel(QAbstractTableModel):
    """Read-only rows from a core service; call reload() after the database changes."""

    COLUMN_WIDTHS: ClassVar[tuple[int, ...]] = ()
    """Initial column widths in average characters, a hint for views."""
    SEARCHABLE: ClassVar[bool] = False
    STRETCH_COLUMN: ClassVar[int] = 0

    def __init__(self, database: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._rows: list[Row] = []
        self._search = ""

    # --- what subclasses provide ---------------------------------------------

    def headers(self) -> list[str]:
        raise NotImplementedError

    def fetch(self, session: Session, search: str) -> list[Row]:
        raise NotImplementedError

    # --- loading ---------------------------------------------------------------

    def reload(self) -> None:
        with self._database.session() as session:
            rows = self.fetch(session, self._search)
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    @property
    def search_text(self) -> str:
        return self._search

    def set_search(self, text: str) -> None:
        """Show only records matching `text`, as the core service's search defines it."""
        if text == self._search:
            return
        self._search = text
        self.reload()

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    # --- QAbstractTableModel -------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return row.cells[column]
        if role == SORT_ROLE:
            return row.sort_keys[column]
        if role == KEY_ROLE:
            return row.key
        if row.restricted:
            return self._restricted_style(role)
        return None

    def _restricted_style(self, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(RESTRICTED_FOREGROUND)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(RESTRICTED_BACKGROUND)
        return None


def _country_names(session: Session) -> dict[str, str]:
    return {country.code: country.name for country in list_countries(session=session)}


def _key(text: str | None) -> str:
    return (text or "").casefold()


class OrganizationTableModel(RecordTableModel):
    NAME, ACRONYM, COUNTRY, KIND, MEMBERSHIP = range(5)
    COLUMN_WIDTHS = (48, 10, 18, 12, 12)
    SEARCHABLE = True

    def headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("Acronym"), self.tr("Country"), self.tr("Kind"),
                self.tr("Membership")]

    def fetch(self, session: Session, search: str) -> list[Row]:
        countries = _country_names(session)
        international = self.tr("International")
        rows = []
        for org in list_organizations(session=session, filters=OrganizationFilter(search=search)):
            code = org.country_code
            country = countries.get(code, code) if code else international
            cells = (org.name, org.acronym or "", country, organization_kind_label(org.kind),
                     membership_status_label(org.membership_status))
            sort_name = _key(org.sort_name or org.name)
            rows.append(Row(org.id, cells, (sort_name, *(_key(str(c)) for c in cells[1:]))))
        return rows

    def total(self) -> int:
        """All organizations in the database, whatever the search."""
        with self._database.session() as session:
            return count_organizations(session=session)


class CountryTableModel(RecordTableModel):
    CODE, NAME, SHORT_FORM, REGION, MEMBERS, CONTACTS = range(6)
    COLUMN_WIDTHS = (6, 34, 24, 11, 9, 9)
    STRETCH_COLUMN = NAME

    def headers(self) -> list[str]:
        return [self.tr("Code"), self.tr("Name"), self.tr("Short form"), self.tr("Region"),
                self.tr("Members"), self.tr("Contacts")]

    def fetch(self, session: Session, search: str) -> list[Row]:
        counts = country_counts(session=session)
        rows = []
        for country in list_countries(session=session):
            count = counts.get(country.code)
            members, contacts = (count.members, count.contacts) if count else (0, 0)
            text = (country.code, country.name, country.short_form, country.region)
            rows.append(Row(country.code, (*text, members, contacts),
                            (*(_key(t) for t in text), members, contacts)))
        return rows


class ContactTableModel(RecordTableModel):
    NAME, NATIVE_NAME, POSITION, EMAIL, COUNTRY, SENSITIVITY = range(6)
    COLUMN_WIDTHS = (26, 12, 28, 28, 16, 12)
    SEARCHABLE = True
    STRETCH_COLUMN = POSITION

    def headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("Native name"), self.tr("Position"), self.tr("Email"),
                self.tr("Country"), self.tr("Sensitivity")]

    def fetch(self, session: Session, search: str) -> list[Row]:
        countries = _country_names(session)
        rows = []
        for contact in list_contacts(session=session, filters=ContactFilter(search=search)):
            restricted = contact.sensitivity == Sensitivity.restricted
            code = contact.address_country_code
            cells = (
                names.full_name(contact),
                contact.native_name or "",
                contact.position or "",
                contact.email or "",
                countries.get(code, code) if code else "",
                # Only the exception is spelled out, so that it stands out in a long list.
                sensitivity_label(contact.sensitivity) if restricted else "",
            )
            sort_keys = (_key(names.sort_name(contact)), *(_key(c) for c in cells[1:]))
            rows.append(Row(contact.id, cells, sort_keys, restricted=restricted))
        return rows

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.FontRole and index.isValid()
                and index.column() == self.SENSITIVITY and self.row_at(index.row()).restricted):
            font = QFont()
            font.setBold(True)
            return font
        return super().data(index, role)

    def total(self) -> int:
        """All contacts in the database, whatever the search."""
        with self._database.session() as session:
            return count_contacts(session=session)
