"""A volunteer's window on a server database: what the server refuses is one message."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest
import sqlalchemy as sa
from pytestqt.qtbot import QtBot
from window_support import answer_next_dialog, names, open_window, select

from coalitiondesk.cli import main
from coalitiondesk.core.records import edits
from coalitiondesk.core.storage.db import Database, open_database

if TYPE_CHECKING:
    from postgresql_cluster import Cluster

pytestmark = [pytest.mark.postgresql, pytest.mark.usefixtures("fresh_settings")]


@pytest.fixture
def volunteer(postgresql_cluster: Cluster, pg_url: str,
              capsys: pytest.CaptureFixture[str]) -> Iterator[Database]:
    assert main(["server", "init", pg_url]) == 0
    owner = open_database(pg_url)
    try:
        edits.save_record(owner, kind="contact", name="Min-jun Parkqz",
                          values={"given_name": "Min-jun", "family_name": "Parkqz"})
    finally:
        owner.close()
    name = sa.make_url(pg_url).database
    assert name is not None
    user = f"window_{name}"
    capsys.readouterr()
    assert main(["--db", pg_url, "server", "add-user", user, "--role", "volunteer"]) == 0
    password = capsys.readouterr().out.split("shown once, not kept anywhere): ")[1].split()[0]
    database = open_database(postgresql_cluster.url(name, user=user, password=password))
    try:
        yield database
    finally:
        database.close()


def test_a_volunteers_delete_is_one_message_and_changes_nothing(
        qtbot: QtBot, volunteer: Database) -> None:
    window = open_window(qtbot, volunteer)
    [page] = [page for page in window.record_pages() if page.kind == "contact"]
    shown = names(page)
    [park] = [name for name in shown if "Parkqz" in name]
    select(page, park)
    seen: list[str] = []
    answer_next_dialog("Delete", seen)
    answer_next_dialog("OK", seen)
    # The refusal's message box is modal: delete_current returns once it is answered.
    assert page.delete_current() is False
    assert any("may not delete records" in text for text in seen)
    assert names(page) == shown
