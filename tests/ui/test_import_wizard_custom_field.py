"""In the import wizard, a column no field takes can be kept as a custom field named after
its header (issue 14): the field is defined, the plan imports the column into it, and a
column named after a field of the coordinator's own is offered and mapped to it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot
from sqlmodel import select

from coalitiondesk.core.models import MembershipStatus, Organization
from coalitiondesk.core.records import custom_fields
from coalitiondesk.core.storage.db import Database
from coalitiondesk.ui.dialogs.import_wizard import (
    PAGE_MAPPING,
    PAGE_PREVIEW,
    PAGE_RESULT,
    ImportWizard,
)
from coalitiondesk.ui.dialogs.import_wizard_columns import CUSTOM_FIELD


def test_a_column_kept_as_a_custom_field_is_imported_into_it(
        database: Database, qtbot: QtBot, tmp_path: Path) -> None:
    founded = custom_fields.add_field(database, record_kind="organization", label="Founded",
                                      value_type="number")
    assert founded.id is not None
    source = tmp_path / "partners.csv"
    source.write_text("Organisation,Country,Motto,Founded\n"
                      "Burma Partnership,Thailand,Free Burma,1996\n"
                      "Forum-Asia,Thailand,,1991\n", encoding="utf-8")
    wizard = ImportWizard(database, source)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.button(QWizard.WizardButton.NextButton).click()
    qtbot.waitUntil(lambda: wizard.currentId() == PAGE_MAPPING, timeout=20_000)
    mapping_page = wizard.mapping_page
    # The column named after the own field is mapped to it, and offered among the fields.
    assert mapping_page.mapping() == ["name", "country_code", None, f"custom_{founded.id}"]
    mapping_page.status.setCurrentIndex(mapping_page.status.findData(MembershipStatus.member))
    wizard.button(QWizard.WizardButton.NextButton).click()
    qtbot.waitUntil(lambda: wizard.currentId() == PAGE_PREVIEW, timeout=20_000)

    columns = wizard.preview_page.columns
    commit_button = wizard.button(QWizard.WizardButton.CommitButton)
    assert not commit_button.isEnabled()
    columns.choose("Motto", CUSTOM_FIELD)
    qtbot.waitUntil(lambda: wizard.plan is not None and any(
        key and key.startswith("custom_") and key != f"custom_{founded.id}"
        for key in wizard.plan.mapping), timeout=20_000)
    qtbot.waitUntil(commit_button.isEnabled, timeout=20_000)
    commit_button.click()
    qtbot.waitUntil(lambda: wizard.currentId() == PAGE_RESULT, timeout=20_000)
    qtbot.waitUntil(wizard.result_page.isComplete, timeout=20_000)

    with database.session() as session:
        motto, = [definition for definition in custom_fields.list_custom_fields(
            session=session, record_kind="organization") if definition.label == "Motto"]
        stored = {organization.name: custom_fields.read_values(organization.custom_values)
                  for organization in session.exec(select(Organization))}
    assert stored == {"Burma Partnership": {founded.id: 1996, motto.id: "Free Burma"},
                      "Forum-Asia": {founded.id: 1991}}
