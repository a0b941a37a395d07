"""In the wizard, people in a list of organizations are flagged and go in as contacts of
their company when the user ticks it (issue 14)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot
from sqlmodel import select

from coalitiondesk.core.importing import Action
from coalitiondesk.core.models import Affiliation, Contact, MembershipStatus, Organization
from coalitiondesk.core.storage.db import Database
from coalitiondesk.ui.dialogs.import_wizard import (
    PAGE_MAPPING,
    PAGE_PREVIEW,
    PAGE_RESULT,
    ImportWizard,
)

SOURCE = Path(__file__).resolve().parents[1] / "data" / "import" / "odoo_mixed_companies.csv"


def test_people_go_in_as_contacts_of_their_company(database: Database, qtbot: QtBot) -> None:
    wizard = ImportWizard(database, SOURCE)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.button(QWizard.WizardButton.NextButton).click()
    qtbot.waitUntil(lambda: wizard.currentId() == PAGE_MAPPING, timeout=20_000)
    status = wizard.mapping_page.status
    status.setCurrentIndex(status.findData(MembershipStatus.observer))
    wizard.button(QWizard.WizardButton.NextButton).click()
    qtbot.waitUntil(lambda: wizard.currentId() == PAGE_PREVIEW, timeout=20_000)
    page = wizard.preview_page
    plan = wizard.plan
    assert plan is not None
    assert page.people.isVisible() and not page.people.isChecked()
    assert page.people.text().startswith("Rows that are people, not organizations (2)")
    assert [row.reason for row in plan.rows if row.person] == [
        "a person, not an organization"] * 2
    commit = wizard.button(QWizard.WizardButton.CommitButton)
    assert not commit.isEnabled()  # "Related Company" is still to decide

    page.people.click()
    assert plan.people_as_contacts
    assert not page.columns.isVisible()  # the people's company column is read now
    assert commit.isEnabled()
    assert [row.action for row in plan.rows] == [Action.create, Action.skip, Action.skip,
                                                 Action.create]
    commit.click()
    qtbot.waitUntil(lambda: wizard.currentId() == PAGE_RESULT, timeout=20_000)
    qtbot.waitUntil(wizard.result_page.isComplete, timeout=20_000)
    assert "People as contacts: 2 new, 0 updated, 0 unchanged." in (
        wizard.result_page.message.text())
    with database.session() as session:
        linked = session.exec(select(Contact.family_name, Organization.name,
                                     Organization.membership_status)
                              .join(Affiliation, Affiliation.contact_id == Contact.id)
                              .join(Organization, Organization.id == Affiliation.organization_id)
                              .order_by(Contact.family_name)).all()
        organizations = sorted(session.exec(select(Organization.name)).all())
    assert linked == [("Ha", "National Assembly Forum", MembershipStatus.observer),
                      ("Lopez", "Iberia Rights", MembershipStatus.observer)]
    assert organizations == ["Human Rights Watch", "Iberia Rights", "National Assembly Forum"]
