"""In the wizard a possible duplicate updates its record under the stored name unless the
user picks the file's spelling; a second row for the same record asks first; a pasted
signatory with a typo waits for the user instead of signing (issue 14)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWizard
from pytestqt.qtbot import QtBot
from sqlmodel import select

from coalitiondesk.core.demo import load_demo
from coalitiondesk.core.importing import Action
from coalitiondesk.core.models import (
    Letter,
    MembershipStatus,
    Organization,
    OrganizationAlias,
    Signature,
)
from coalitiondesk.core.storage.db import Database
from coalitiondesk.ui.dialogs.import_wizard import (
    PAGE_MAPPING,
    PAGE_PREVIEW,
    PAGE_RESULT,
    ImportWizard,
)


def to_preview(qtbot: QtBot, wizard: ImportWizard) -> None:
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.button(QWizard.WizardButton.NextButton).click()
    qtbot.waitUntil(lambda: wizard.currentId() == PAGE_MAPPING, timeout=20_000)
    status = wizard.mapping_page.status
    status.setCurrentIndex(status.findData(MembershipStatus.member))
    wizard.button(QWizard.WizardButton.NextButton).click()
    qtbot.waitUntil(lambda: wizard.currentId() == PAGE_PREVIEW, timeout=20_000)


def choose(wizard: ImportWizard, position: int, text: str) -> None:
    page = wizard.preview_page
    assert page.proxy is not None and page.model is not None
    page.view.setCurrentIndex(page.proxy.mapFromSource(page.model.index(position, 0)))
    number = page.decision.findText(text)
    assert number >= 0, [page.decision.itemText(i) for i in range(page.decision.count())]
    page.decision.setCurrentIndex(number)
    page.decision.activated.emit(number)


def answer_next_question(button: QMessageBox.StandardButton, seen: list[str]) -> None:
    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.button(button).click()
    QTimer.singleShot(0, answer)


def test_the_stored_name_stays_and_the_second_row_asks(database: Database, qtbot: QtBot,
                                                      tmp_path: Path) -> None:
    with database.transaction() as session:
        load_demo(session=session)
    source = tmp_path / "partners.csv"
    source.write_text("Organisation,Country\nHuman Right Watch,USA\nHuman Rights Wach,USA\n",
                      encoding="utf-8")
    wizard = ImportWizard(database, source)
    to_preview(qtbot, wizard)
    plan = wizard.plan
    assert plan is not None and all(row.undecided for row in plan.rows)

    choose(wizard, 0, "Update Human Rights Watch (97% alike), keeping its name")
    assert plan.rows[0].action is Action.update and "name" not in plan.rows[0].changes
    model = wizard.preview_page.model
    assert model is not None
    assert "adds Human Right Watch as another name" in model.data(model.index(0, 3))

    # The second row for the same record asks; No leaves it skipped.
    seen: list[str] = []
    answer_next_question(QMessageBox.StandardButton.No, seen)
    choose(wizard, 1, "Update Human Rights Watch (97% alike), keeping its name")
    assert seen and seen[0].startswith("Row 2 updates this record too.")
    assert plan.rows[1].action is Action.skip
    answer_next_question(QMessageBox.StandardButton.Yes, seen)
    choose(wizard, 1, "Update Human Rights Watch and rename it Human Rights Wach")
    assert plan.rows[1].changes.get("name") == "Human Rights Wach"
    assert "the same record as row 2" in model.data(model.index(1, 3))
    assert "the same record as row 3" in model.data(model.index(0, 3))
    choose(wizard, 1, "Skip this row")

    wizard.button(QWizard.WizardButton.CommitButton).click()
    qtbot.waitUntil(lambda: wizard.currentId() == PAGE_RESULT, timeout=20_000)
    qtbot.waitUntil(wizard.result_page.isComplete, timeout=20_000)
    with database.session() as session:
        watch = session.exec(select(Organization).where(
            Organization.name == "Human Rights Watch")).one()
        aliases = session.exec(select(OrganizationAlias.name).where(
            OrganizationAlias.organization_id == watch.id)).all()
    assert aliases == ["Human Right Watch"]


def test_a_pasted_signatory_with_a_typo_waits_instead_of_signing(
        database: Database, qtbot: QtBot) -> None:
    with database.transaction() as session:
        load_demo(session=session)
    wizard = ImportWizard(database, text="Human Rights Wach\nFreedom House\n",
                          letter_title="Typo letter")
    to_preview(qtbot, wizard)
    plan = wizard.plan
    assert plan is not None
    assert plan.rows[0].undecided and plan.rows[0].action is Action.skip
    wizard.button(QWizard.WizardButton.CommitButton).click()
    qtbot.waitUntil(lambda: wizard.currentId() == PAGE_RESULT, timeout=20_000)
    qtbot.waitUntil(wizard.result_page.isComplete, timeout=20_000)
    with database.session() as session:
        letter = session.exec(select(Letter).where(Letter.title == "Typo letter")).one()
        signed = session.exec(select(Organization.name).join(
            Signature, Signature.organization_id == Organization.id).where(
            Signature.letter_id == letter.id)).all()
    assert signed == ["Freedom House"]


def test_two_rows_for_one_record_are_shown_together(database: Database, qtbot: QtBot,
                                                    tmp_path: Path) -> None:
    from coalitiondesk.core.importing import (
        ImportKind,
        apply_import,
        guess_mapping,
        prepare_import,
        run_to_end,
    )
    from coalitiondesk.core.importing.readers import build_table

    first = build_table([["Name", "Acronym"], ["Human Rights Watch", "HRW"]], name="first")
    kind = ImportKind.organizations
    run_to_end(apply_import(database=database, plan=run_to_end(prepare_import(
        database=database, table=first, kind=kind, mapping=guess_mapping(first, kind),
        new_status=MembershipStatus.member))))
    source = tmp_path / "partners.csv"
    source.write_text("Organisation,Notes\nHuman Rights Watch,from the name\n"
                      "New Group,\nThird Group,\nHRW,from the acronym\n", encoding="utf-8")
    wizard = ImportWizard(database, source)
    to_preview(qtbot, wizard)
    page = wizard.preview_page
    page.attention.setChecked(False)
    proxy = page.proxy
    assert proxy is not None
    shown = [proxy.data(proxy.index(row, 0)) for row in range(proxy.rowCount())]
    assert shown == [2, 5, 3, 4]
    model = page.model
    assert model is not None
    assert model.data(model.index(3, 3)).startswith("updates the same record as row 2")
    assert model.data(model.index(3, 1)) == "skipped (decide)"


def test_decisions_outlive_importing_one_more_column(database: Database, qtbot: QtBot,
                                                     tmp_path: Path) -> None:
    with database.transaction() as session:
        load_demo(session=session)
    source = tmp_path / "partners.csv"
    source.write_text("Organisation,Country,Motto\nHuman Right Watch,USA,Rights first\n",
                      encoding="utf-8")
    wizard = ImportWizard(database, source)
    to_preview(qtbot, wizard)
    choose(wizard, 0, "Update Human Rights Watch (97% alike), keeping its name")
    wizard.preview_page.columns.choose("Motto", "notes")
    qtbot.waitUntil(lambda: wizard.plan is not None and "notes" in wizard.plan.mapping,
                    timeout=20_000)
    plan = wizard.plan
    assert plan is not None
    assert plan.rows[0].decided and plan.rows[0].action is Action.update
    assert plan.rows[0].changes == {"country_code": "US", "notes": "Rights first"}
