"""A volunteer's contact form on a shared server: the private fields shown as not
available (never blank and savable), the sensitivity read-only, and a save from the
form leaving the private values the volunteer could not read as they were."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
import sqlalchemy as sa
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot
from sqlmodel import select

from coalitiondesk.cli import main
from coalitiondesk.core.models import Contact
from coalitiondesk.core.records import edits
from coalitiondesk.core.storage.db import Database, open_database
from coalitiondesk.ui.forms.contact_form import ContactForm

if TYPE_CHECKING:
    from postgresql_cluster import Cluster

pytestmark = pytest.mark.postgresql


@pytest.fixture
def volunteer(postgresql_cluster: Cluster, pg_url: str, capsys: pytest.CaptureFixture[str]
              ) -> Iterator[tuple[Database, Database]]:
    assert main(["server", "init", pg_url]) == 0
    owner = open_database(pg_url)
    edits.save_record(owner, kind="contact", name="Ji-woo Leeqz",
                      values={"given_name": "Ji-woo", "family_name": "Leeqz",
                              "notes": "Crossed in 2019", "street": "12 Quiet road",
                              "mobile_phone": "+82 10-2345-6789"})
    name = str(sa.make_url(pg_url).database)
    assert main(["--db", pg_url, "server", "add-user", f"v_{name}", "--role",
                 "volunteer"]) == 0
    [line] = [line for line in capsys.readouterr().out.splitlines()
              if line.startswith("One-time password")]
    database = open_database(postgresql_cluster.url(name, user=f"v_{name}",
                                                    password=line.rsplit(" ", 1)[1]))
    try:
        yield owner, database
    finally:
        database.close()
        owner.close()


def test_private_fields_are_unavailable_and_a_save_keeps_them(
        qtbot: QtBot, volunteer: tuple[Database, Database], tmp_path: Path) -> None:
    owner, database = volunteer
    with database.session() as session:
        lee_id = session.exec(select(Contact.id)).one()
    assert lee_id is not None
    form = ContactForm(database)
    qtbot.addWidget(form)
    form.load(lee_id)
    for key in ("notes", "street", "mobile_phone"):
        widget = form.editor(key).widget
        assert not widget.isEnabled()
        boxes = [box for box in (widget, *widget.findChildren(QWidget))
                 if isinstance(box, QLineEdit | QPlainTextEdit)]
        assert boxes and all("Not available" in box.placeholderText() for box in boxes)
    assert not form.editor("sensitivity").widget.isEnabled()
    assert form.editor("position").widget.isEnabled()
    form.editor("position").set_value("Director")
    values = form.values()
    assert "notes" not in values and "street" not in values and values["position"] == "Director"
    edits.save_record(database, kind="contact", name=form.display_name(), record_id=lee_id,
                      loaded_version=form.version, values=values)
    with owner.session() as session:
        kept = session.exec(select(Contact)).one()
    assert (kept.position, kept.notes, kept.street, kept.mobile_phone) == (
        "Director", "Crossed in 2019", "12 Quiet road", "+82 10-2345-6789")
    for width, height in ((1024, 700), (1366, 768)):
        form.resize(min(width, 480), height)
        form.grab().save(str(tmp_path / f"volunteer_form_{width}.png"))
