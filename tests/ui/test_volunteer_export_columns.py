"""The export dialog for a volunteer on a shared server: the private columns the server
withholds from them are shown as unavailable, saying why, and left out of the file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import openpyxl
import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from coalitiondesk.cli import main
from coalitiondesk.core.exporting import ExportKind
from coalitiondesk.core.records import edits
from coalitiondesk.core.storage.db import Database, open_database
from coalitiondesk.ui.dialogs.export_dialog import KEY_ROLE, ExportDialog

if TYPE_CHECKING:
    from postgresql_cluster import Cluster

pytestmark = [pytest.mark.postgresql, pytest.mark.usefixtures("fresh_settings")]


@pytest.fixture
def volunteer(postgresql_cluster: Cluster, pg_url: str,
              capsys: pytest.CaptureFixture[str]) -> Iterator[Database]:
    assert main(["server", "init", pg_url]) == 0
    owner = open_database(pg_url)
    try:
        edits.save_record(owner, kind="organization", name="Kontras",
                          values={"name": "Kontras", "notes": "Funds the shelter"})
    finally:
        owner.close()
    name = sa.make_url(pg_url).database
    assert name is not None
    user = f"exporter_{name}"
    capsys.readouterr()
    assert main(["--db", pg_url, "server", "add-user", user, "--role", "volunteer"]) == 0
    password = capsys.readouterr().out.split("shown once, not kept anywhere): ")[1].split()[0]
    database = open_database(postgresql_cluster.url(name, user=user, password=password))
    try:
        yield database
    finally:
        database.close()


def test_a_volunteer_sees_the_withheld_columns_unavailable_and_gets_none_of_them(
        qtbot: QtBot, volunteer: Database, tmp_path: Path) -> None:
    dialog = ExportDialog(volunteer, kind=ExportKind.organizations)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.profile_box.setCurrentIndex(1)  # Full
    items = {dialog.columns_list.item(row).data(KEY_ROLE): dialog.columns_list.item(row)
             for row in range(dialog.columns_list.count())}
    notes = items["notes"]
    assert not notes.flags() & Qt.ItemFlag.ItemIsEnabled
    assert notes.checkState() == Qt.CheckState.Unchecked
    assert "may not read" in notes.toolTip()
    assert items["name"].checkState() == Qt.CheckState.Checked
    # The Full profile is still the one chosen: nothing the user unticked.
    assert dialog.current_profile() is not None
    assert dialog.request().columns is None

    target = tmp_path / "organizations.xlsx"
    dialog.file_edit.setText(str(target))
    with qtbot.waitSignal(dialog.exported, timeout=30_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    headers = next(openpyxl.load_workbook(target).worksheets[0].iter_rows(values_only=True))
    assert "Name" in headers and "Notes" not in headers
    status = dialog.status.text()
    assert status.count("Private fields left out") == 1
    assert "Private fields left out (a volunteer may not read them): Notes." in status
    # Fits the smaller screens, the unavailable column in view.
    dialog.columns_list.scrollToItem(notes)
    qtbot.wait(50)
    for width, height in ((1024, 700), (1366, 768)):
        assert dialog.sizeHint().height() <= height
        dialog.grab().save(str(tmp_path / f"export-{width}.png"))
