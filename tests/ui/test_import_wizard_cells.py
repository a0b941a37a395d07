"""Other systems' exports through the wizard, cell by cell: every non-empty value is stored
in the record its row became, or sits in a column the user left out (issue 14)."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot
from sqlmodel import select

from coalitiondesk.core.geography.countries import resolve_country
from coalitiondesk.core.importing import Action
from coalitiondesk.core.models import Affiliation, Contact, MembershipStatus, Organization
from coalitiondesk.core.records import tags
from coalitiondesk.core.storage.db import Database
from coalitiondesk.ui.dialogs.import_wizard import (
    PAGE_MAPPING,
    PAGE_PREVIEW,
    PAGE_RESULT,
    ImportWizard,
)
from coalitiondesk.ui.dialogs.import_wizard_columns import LEAVE_OUT

IMPORT = Path(__file__).resolve().parents[1] / "data" / "import"


def folded(value: Any) -> str:
    """Text compared without case, spaces, punctuation or width: a phone stored as
    "+81 90-1234-5678" still holds the digits of "090 1234 5678"."""
    text = unicodedata.normalize("NFKC", str(value)).casefold()
    return re.sub(r"[\W_]+", "", text)


def record_text(database: Database, record: Any) -> str:
    values = [value for value in record.model_dump(warnings=False).values() if value is not None]
    with database.session() as session:
        if isinstance(record, Contact):
            values += session.exec(select(Organization.name).join(
                Affiliation, Affiliation.organization_id == Organization.id).where(
                Affiliation.contact_id == record.id)).all()
            values += session.exec(select(Affiliation.role).where(
                Affiliation.contact_id == record.id)).all()
            values += tags.contact_tags(session=session, contact_id=record.id)
        else:
            values += tags.organization_tags(session=session, organization_id=record.id)
    return " ".join(folded(value) for value in values if value is not None)


@pytest.mark.parametrize("name", ["salesforce_contacts.csv", "thunderbird_cp932.csv",
                                  "google_contacts.csv", "odoo_companies.csv"])
def test_each_cell_is_stored_or_left_out_by_the_user(database: Database, qtbot: QtBot,
                                                    name: str) -> None:
    wizard = ImportWizard(database, IMPORT / name)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.button(QWizard.WizardButton.NextButton).click()
    qtbot.waitUntil(lambda: wizard.currentId() == PAGE_MAPPING, timeout=20_000)
    status = wizard.mapping_page.status
    status.setCurrentIndex(status.findData(MembershipStatus.member))
    wizard.button(QWizard.WizardButton.NextButton).click()
    qtbot.waitUntil(lambda: wizard.currentId() == PAGE_PREVIEW, timeout=20_000)
    plan = wizard.plan
    assert plan is not None
    commit = wizard.button(QWizard.WizardButton.CommitButton)
    for column in plan.not_imported_columns():
        assert not commit.isEnabled()
        wizard.preview_page.columns.choose(column.header, LEAVE_OUT)
    assert commit.isEnabled()
    commit.click()
    qtbot.waitUntil(lambda: wizard.currentId() == PAGE_RESULT, timeout=20_000)
    qtbot.waitUntil(wizard.result_page.isComplete, timeout=20_000)
    result = wizard.import_result
    assert result is not None and result.counts[Action.error] == 0

    model: Any = Contact if plan.kind.value == "contacts" else Organization
    left_out = {plan.table.headers[index] for index in plan.left_out}
    for row, record_id in zip(plan.table.rows, result.record_ids, strict=True):
        assert record_id is not None
        with database.session() as session:
            record = session.get(model, record_id)
        stored = record_text(database, record)
        for index, cell in enumerate(row.cells):
            header, key = plan.table.headers[index], plan.mapping[index]
            text = str(cell or "").strip()
            if not text or header in left_out:
                continue
            if key in {"country_code", "address_country_code"}:
                assert folded(resolve_country(text)) in stored, (header, text)
                continue
            if key == "honorific" or key == "family_name_first":
                continue  # read into the honorific or the name order, checked in core tests
            digits = re.sub(r"\D", "", text)
            found = folded(text) in stored or all(
                folded(part) in stored for part in re.split(r"[\s,;]+", text) if part)
            found = found or (len(digits) >= 6 and digits.lstrip("0")[-6:] in stored)
            assert found, (header, text, stored)
