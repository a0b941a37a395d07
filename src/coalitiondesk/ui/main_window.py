"""The main window: a tab per list of records and a status bar naming the database."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QWidget

from coalitiondesk.core.db import Database
from coalitiondesk.ui.table_models import (
    ContactTableModel,
    CountryTableModel,
    OrganizationTableModel,
)
from coalitiondesk.ui.table_page import TablePage


class MainWindow(QMainWindow):
    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.setWindowTitle(self.tr("CoalitionDesk — {name}").format(name=self._short_name()))
        self.resize(1100, 700)

        self.organization_model = OrganizationTableModel(database, self)
        self.country_model = CountryTableModel(database, self)
        self.contact_model = ContactTableModel(database, self)
        self.organizations = TablePage(self.organization_model)
        self.countries = TablePage(self.country_model)
        self.contacts = TablePage(self.contact_model)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.organizations, self.tr("Organizations"))
        self.tabs.addTab(self.countries, self.tr("Countries"))
        self.tabs.addTab(self.contacts, self.tr("Contacts"))
        self.setCentralWidget(self.tabs)

        self.counts_label = QLabel(self)
        self.database_label = QLabel(database.display_name, self)
        self.database_label.setToolTip(self.tr("The database this window shows"))
        self.statusBar().addWidget(self.counts_label)
        self.statusBar().addPermanentWidget(self.database_label)

        self.reload()

    def pages(self) -> list[TablePage]:
        return [self.organizations, self.countries, self.contacts]

    def reload(self) -> None:
        """Read everything again; call after the database was changed."""
        for page in self.pages():
            page.model.reload()
        self._update_counts()

    def _update_counts(self) -> None:
        organizations = self.organization_model.total()
        contacts = self.contact_model.total()
        locale = QLocale()
        # One phrase per number form, so lupdate extracts each; Korean and
        # Japanese translate both forms alike.
        organizations_text = (
            self.tr("1 organization") if organizations == 1
            else self.tr("{n} organizations").format(n=locale.toString(organizations))
        )
        contacts_text = (
            self.tr("1 contact") if contacts == 1
            else self.tr("{n} contacts").format(n=locale.toString(contacts))
        )
        self.counts_label.setText(self.tr("{organizations} · {contacts}").format(
            organizations=organizations_text, contacts=contacts_text))

    def _short_name(self) -> str:
        path = self.database.path
        return path.name if path is not None else self.database.display_name
