from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QInputMethodEvent
from PySide6.QtWidgets import QApplication, QHeaderView, QWidget
from pytestqt.qtbot import QtBot

from coalitiondesk.core.contacts import create_contact
from coalitiondesk.core.db import Database
from coalitiondesk.core.organizations import create_organization
from coalitiondesk.ui.app import create_main_window
from coalitiondesk.ui.main_window import MainWindow
from coalitiondesk.ui.table_models import ContactTableModel, CountryTableModel
from coalitiondesk.ui.table_page import TablePage


def seed(database: Database) -> None:
    with database.transaction() as session:
        create_organization(
            session=session, name="Free NK Gulag", country_code="KR",
            kind="ngo", membership_status="member",
        )
        create_organization(
            session=session, name="Office of the High Commissioner for Human Rights",
            acronym="OHCHR", kind="un_body", membership_status="non_member",
        )
        create_contact(
            session=session, given_name="Tae-kyung", family_name="Ha", family_name_first=True,
            native_name="하태경", position="Chair", email="ha@example.org",
            address_country_code="KR",
        )
        create_contact(
            session=session, given_name="Ji-hoon", family_name="Kim", family_name_first=True,
            native_name="김지훈", position="Researcher", sensitivity="restricted",
        )


@pytest.fixture
def window(qtbot: QtBot, database: Database) -> MainWindow:
    seed(database)
    main = create_main_window(database)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


def column(page: TablePage, col: int) -> list[str]:
    proxy = page.proxy
    return [proxy.index(row, col).data() for row in range(proxy.rowCount())]


def test_three_tabs(window: MainWindow) -> None:
    names = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert names == ["Organizations", "Countries", "Contacts"]


def test_title_and_status_bar_name_the_database(window: MainWindow, database: Database) -> None:
    assert window.windowTitle() == "CoalitionDesk — coalition.sqlite3"
    assert window.database_label.text() == str(database.path)
    assert window.counts_label.text() == "2 organizations · 2 contacts"


def test_tables_show_seeded_records(window: MainWindow) -> None:
    assert column(window.organizations, 0) == [
        "Free NK Gulag", "Office of the High Commissioner for Human Rights",
    ]
    organizations = window.organizations.proxy
    assert organizations.index(0, 2).data() == "South Korea"
    assert organizations.index(1, 2).data() == "International"
    assert organizations.index(1, 3).data() == "UN body"
    assert organizations.index(1, 4).data() == "Non-member"
    # Family name first, as the contact's culture writes it.
    assert column(window.contacts, ContactTableModel.NAME) == ["Ha Tae-kyung", "Kim Ji-hoon"]


def test_reload_picks_up_changes(window: MainWindow, database: Database) -> None:
    with database.transaction() as session:
        create_organization(session=session, name="Amnesty International", acronym="AI")
    window.reload()
    assert "Amnesty International" in column(window.organizations, 0)
    assert window.counts_label.text() == "3 organizations · 2 contacts"


def test_search_filters_organizations(window: MainWindow, qtbot: QtBot) -> None:
    search = window.organizations.search
    assert search is not None
    assert search.placeholderText() == "Search…"
    assert search.isClearButtonEnabled()
    qtbot.keyClicks(search, "gulag")
    assert column(window.organizations, 0) == ["Free NK Gulag"]
    search.clear()
    assert window.organizations.proxy.rowCount() == 2


def type_hangul(widget: QWidget, syllables: list[list[str]]) -> None:
    """Type as a Korean input method does: each syllable is composed in preedit, then committed.

    QTest.keyClicks cannot do this: it asserts that every character is ASCII.
    """
    for steps in syllables:
        for preedit in steps[:-1]:
            QApplication.sendEvent(widget, QInputMethodEvent(preedit, []))
        commit = QInputMethodEvent()
        commit.setCommitString(steps[-1])
        QApplication.sendEvent(widget, commit)


def test_korean_search_finds_contact(window: MainWindow) -> None:
    window.tabs.setCurrentWidget(window.contacts)
    assert window.contacts.search is not None
    type_hangul(window.contacts.search, [["ㅌ", "태", "태"], ["ㄱ", "겨", "경", "경"]])
    assert window.contacts.search.text() == "태경"
    assert column(window.contacts, ContactTableModel.NATIVE_NAME) == ["하태경"]


def test_countries_tab(window: MainWindow) -> None:
    page = window.countries
    assert page.search is None
    assert page.proxy.rowCount() == 249
    codes = column(page, CountryTableModel.CODE)
    korea = page.proxy.index(codes.index("KR"), 0)
    assert korea.siblingAtColumn(CountryTableModel.SHORT_FORM).data() == "ROK"
    assert korea.siblingAtColumn(CountryTableModel.MEMBERS).data() == 1
    assert korea.siblingAtColumn(CountryTableModel.CONTACTS).data() == 1


def test_countries_sort_numerically(window: MainWindow) -> None:
    page = window.countries
    page.view.sortByColumn(CountryTableModel.MEMBERS, Qt.SortOrder.DescendingOrder)
    assert page.proxy.index(0, CountryTableModel.CODE).data() == "KR"


def test_restricted_contact_is_marked(window: MainWindow) -> None:
    proxy = window.contacts.proxy
    rows = {proxy.index(r, 0).data(): r for r in range(proxy.rowCount())}
    restricted = proxy.index(rows["Kim Ji-hoon"], ContactTableModel.SENSITIVITY)
    normal = proxy.index(rows["Ha Tae-kyung"], ContactTableModel.SENSITIVITY)
    assert restricted.data() == "Restricted"
    assert normal.data() == ""
    for role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
        assert isinstance(restricted.siblingAtColumn(0).data(role), QBrush)
        assert normal.siblingAtColumn(0).data(role) is None


def test_views_are_configured(window: MainWindow) -> None:
    for page in window.pages():
        assert page.view.isSortingEnabled()
        assert page.view.alternatingRowColors()
        header = page.view.horizontalHeader()
        assert header.sectionResizeMode(page.model.STRETCH_COLUMN) == QHeaderView.ResizeMode.Stretch
        assert page.view.model() is page.proxy


def test_window_renders(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    window.tabs.setCurrentWidget(window.contacts)
    qtbot.wait(10)
    image = tmp_path / "main.png"
    assert window.grab().save(str(image))
    assert image.stat().st_size > 0
