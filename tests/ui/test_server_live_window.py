"""A window on a server database: another person's change shows at once (the server's
notification, not the poll), and a save while the server is away keeps the edits."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from window_support import names, open_window, select

from coalitiondesk.core.records import organizations
from coalitiondesk.core.storage.db import Database, open_database
from coalitiondesk.ui.app import journal_watcher, server_listening, server_retry

if TYPE_CHECKING:
    from postgresql_cluster import Cluster

pytestmark = [pytest.mark.postgresql, pytest.mark.usefixtures("fresh_settings")]


@pytest.fixture
def database(pg_database: Database) -> Database:
    """The window's database, here on the server."""
    return pg_database


def listening(qtbot: QtBot, database: Database) -> None:
    """Wait until the window's listening connection is up (and has looked once): a change
    made before would be found by that first look, proving nothing about notifications."""
    def connected() -> bool:
        with database.engine.connect() as connection:
            return bool(connection.exec_driver_sql(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                " AND application_name = 'CoalitionDesk listener'").scalar())

    qtbot.waitUntil(connected, timeout=10_000)
    qtbot.wait(200)


@pytest.fixture
def elsewhere(pg_url: str, demo: Database) -> Iterator[Database]:
    """Another person's connection to the same server database."""
    other = open_database(pg_url)
    try:
        yield other
    finally:
        other.close()


def test_another_persons_new_organization_shows_in_the_table_at_once(
        qtbot: QtBot, demo: Database, elsewhere: Database,
        monkeypatch: pytest.MonkeyPatch) -> None:
    # The poll would find it too, but only after its interval: make that too late to count.
    monkeypatch.setattr(journal_watcher, "POLL_MS", 600_000)
    window = open_window(qtbot, demo)
    page = window.organizations
    assert "Amnesty Seoul" not in names(page)
    listening(qtbot, elsewhere)
    with elsewhere.operation("create", "New organization Amnesty Seoul") as operation:
        organizations.create_organization(session=operation.session, name="Amnesty Seoul")
    qtbot.waitUntil(lambda: "Amnesty Seoul" in names(page), timeout=1500)


def test_a_window_listens_again_after_losing_its_listening_connection(
        qtbot: QtBot, demo: Database, elsewhere: Database, postgresql_cluster: Cluster,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(journal_watcher, "POLL_MS", 600_000)
    monkeypatch.setattr(server_listening, "RECONNECT_SECONDS", 0.5)
    window = open_window(qtbot, demo)
    page = window.organizations
    postgresql_cluster.execute(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
        f" WHERE datname = '{demo.url.database}'"
        " AND application_name = 'CoalitionDesk listener'")
    qtbot.wait(300)  # the listener finds its connection gone
    listening(qtbot, elsewhere)
    with elsewhere.operation("create", "New organization Amnesty Tokyo") as operation:
        organizations.create_organization(session=operation.session, name="Amnesty Tokyo")
    qtbot.waitUntil(lambda: "Amnesty Tokyo" in names(page), timeout=1500)


def test_a_save_while_the_server_is_away_keeps_the_edits_and_goes_through_when_it_is_back(
        qtbot: QtBot, demo: Database, postgresql_cluster: Cluster,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(server_retry, "RETRY_SECONDS", 0.2)
    window = open_window(qtbot, demo)
    page = window.organizations
    select(page, "Human Rights Watch")
    page.form.editor("notes").set_value("Met in Tokyo")
    name = demo.url.database
    postgresql_cluster.execute(
        f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS false',
        f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'")
    # No message box to dismiss: the form says it is reconnecting (one would be
    # closed here, and noted, rather than hang the test).
    boxes: list[str] = []

    def close_boxes() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                boxes.append(widget.text())
                widget.close()

    QTimer.singleShot(3000, close_boxes)
    try:
        window.save_action.trigger()
        assert boxes == []
        assert page.form.general_error.isVisible()
        assert page.form.general_error.text().startswith("Reconnecting to the server")
        assert page.form.is_dirty()
        # Edits made meanwhile are kept, and are what is saved.
        page.form.editor("notes").set_value("Met in Tokyo, twice")
        qtbot.wait(600)  # a few attempts, refused
        assert page.form.is_dirty()
    finally:
        postgresql_cluster.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true')
    qtbot.waitUntil(lambda: not page.form.is_dirty(), timeout=10_000)
    assert not page.form.general_error.isVisible()
    with demo.session() as session:
        saved = organizations.find_organization(session=session, name="Human Rights Watch")
    assert saved is not None and saved.notes == "Met in Tokyo, twice"
