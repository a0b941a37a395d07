"""The import wizard, clicked through offscreen on real files and a real database."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWizard
from pytestqt.qtbot import QtBot
from sqlmodel import SQLModel, func, select

from coalitiondesk.core.importing import Action
from coalitiondesk.core.models import ImportBatch, MembershipStatus, Organization, Signature
from coalitiondesk.core.storage.db import Database
from coalitiondesk.ui.app import i18n
from coalitiondesk.ui.dialogs.import_wizard import (
    PAGE_MAPPING,
    PAGE_PREVIEW,
    PAGE_RESULT,
    ImportWizard,
)

IMPORT = Path(__file__).resolve().parents[1] / "data" / "import"
SHOTS = os.environ.get("COALITIONDESK_SCREENSHOTS")


def count(database: Database, model: type[SQLModel]) -> int:
    with database.session() as session:
        return int(session.exec(select(func.count()).select_from(model)).one())


def shoot(wizard: ImportWizard, name: str, tmp_path: Path) -> None:
    """Every page renders; set COALITIONDESK_SCREENSHOTS=folder to keep the pictures."""
    folder = Path(SHOTS) if SHOTS else tmp_path
    assert wizard.grab().save(str(folder / f"import-{name}.png"))


def choose_status(wizard: ImportWizard, status: MembershipStatus = MembershipStatus.member
                  ) -> None:
    """The membership status of new organizations, which the mapping page asks for when
    no column gives it."""
    combo = wizard.mapping_page.status
    combo.setCurrentIndex(combo.findData(status))


def go_next(wizard: ImportWizard, qtbot: QtBot, page: int) -> None:
    if page == PAGE_PREVIEW and wizard.mapping_page.status.currentData() is None:
        choose_status(wizard)
    wizard.button(QWizard.WizardButton.NextButton if page != PAGE_RESULT
                  else QWizard.WizardButton.CommitButton).click()
    qtbot.waitUntil(lambda: wizard.currentId() == page, timeout=20_000)


def open_wizard(qtbot: QtBot, wizard: ImportWizard) -> ImportWizard:
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def test_pasted_seed_list_through_every_page(demo: Database, qtbot: QtBot,
                                            tmp_path: Path) -> None:
    text = (IMPORT / "seed_signatories_pasted.txt").read_text(encoding="utf-8")
    wizard = open_wizard(qtbot, ImportWizard(demo, text=text,
                                             letter_title="Letter to Kim Jong-il"))
    shoot(wizard, "1-file", tmp_path)
    go_next(wizard, qtbot, PAGE_MAPPING)
    assert wizard.mapping_page.mapping() == ["signatory_line"]
    shoot(wizard, "2-mapping", tmp_path)
    go_next(wizard, qtbot, PAGE_PREVIEW)
    assert "32 unchanged" in wizard.preview_page.summary.text()
    assert wizard.preview_page.letter.text() == "Letter to Kim Jong-il"
    shoot(wizard, "3-preview", tmp_path)
    organizations = count(demo, Organization)
    go_next(wizard, qtbot, PAGE_RESULT)
    qtbot.waitUntil(wizard.result_page.isComplete, timeout=20_000)
    assert wizard.result_page.message.text().startswith(
        "Created 0, updated 0, unchanged 32, skipped 0, errors 0.")
    shoot(wizard, "4-result", tmp_path)
    assert count(demo, Organization) == organizations
    assert count(demo, Signature) == 32


def test_file_with_errors_and_a_duplicate_decided_by_the_user(demo: Database, qtbot: QtBot,
                                                              tmp_path: Path) -> None:
    source = tmp_path / "partners.csv"
    source.write_text("Organisation,Country,E-mail\nHuman Rights Wach,USA,hrw@example.org\n"
                      "Atlantis Watch,Atlantis,\nNew Partner Group,Nepal,np@example.org\n",
                      encoding="utf-8")
    wizard = open_wizard(qtbot, ImportWizard(demo, source))
    go_next(wizard, qtbot, PAGE_MAPPING)
    assert wizard.mapping_page.mapping() == ["name", "country_code", "email"]
    go_next(wizard, qtbot, PAGE_PREVIEW)
    page = wizard.preview_page
    assert page.attention.isChecked()
    assert page.proxy is not None and page.proxy.rowCount() == 2  # the new group is fine
    assert "possible duplicates are skipped until you decide" in page.summary.text()
    shoot(wizard, "3-preview-duplicates", tmp_path)

    page.view.selectRow(0)
    labels = [page.decision.itemText(number) for number in range(page.decision.count())]
    assert labels[0] == "Skip this row"
    assert labels[2].startswith("Update Human Rights Watch (")
    page.decision.setCurrentIndex(2)
    page.decision.activated.emit(2)
    plan = wizard.plan
    assert plan is not None and plan.rows[0].action is Action.update
    assert "possible duplicates" not in page.summary.text()

    report = tmp_path / "errors.xlsx"
    page.save_report(report)
    assert report.exists()

    organizations = count(demo, Organization)
    go_next(wizard, qtbot, PAGE_RESULT)
    qtbot.waitUntil(wizard.result_page.isComplete, timeout=20_000)
    assert wizard.result_page.message.text().startswith(
        "Created 1, updated 1, unchanged 0, skipped 0, errors 1.")
    assert count(demo, Organization) == organizations + 1

    wizard.result_page.undo.click()
    assert wizard.result_page.message.text().startswith("Undone: 1 records removed, 1 restored")
    assert count(demo, Organization) == organizations


def test_a_mapping_without_a_name_is_refused_on_the_page(database: Database,
                                                         qtbot: QtBot) -> None:
    wizard = open_wizard(qtbot, ImportWizard(database, IMPORT / "organizations_cp1252.csv"))
    go_next(wizard, qtbot, PAGE_MAPPING)
    wizard.mapping_page.set_choice(0, None)
    wizard.button(QWizard.WizardButton.NextButton).click()
    assert wizard.currentId() == PAGE_MAPPING
    assert wizard.mapping_page.error.text().startswith("No column is imported as a name")


def test_an_unreadable_file_is_explained_on_the_first_page(database: Database, qtbot: QtBot
                                                           ) -> None:
    wizard = open_wizard(qtbot, ImportWizard(database, IMPORT / "truncated.xlsx"))
    assert "not a readable Excel workbook" in wizard.file_page.error.text()
    wizard.button(QWizard.WizardButton.NextButton).click()
    qtbot.waitUntil(lambda: not wizard.file_page.busy.busy, timeout=20_000)
    assert wizard.currentId() != PAGE_MAPPING
    assert "not a readable Excel workbook" in wizard.file_page.error.text()


def test_stopping_the_import_changes_nothing(database: Database, qtbot: QtBot) -> None:
    text = "\n".join(f"Generated Group {number} (Japan)" for number in range(3000))
    wizard = open_wizard(qtbot, ImportWizard(database, text=text))
    go_next(wizard, qtbot, PAGE_MAPPING)
    go_next(wizard, qtbot, PAGE_PREVIEW)
    wizard.button(QWizard.WizardButton.CommitButton).click()
    wizard.result_page.busy.stop.click()
    qtbot.waitUntil(wizard.result_page.isComplete, timeout=20_000)
    assert wizard.result_page.title() in {"Import stopped", "Imported"}
    if wizard.result_page.title() == "Import stopped":
        assert count(database, Organization) == 0
        assert count(database, ImportBatch) == 0


def test_the_work_reports_progress(database: Database, qtbot: QtBot) -> None:
    from coalitiondesk.core.importing import Progress
    from coalitiondesk.ui.app.workers import LongWork, Outcome

    def steps():  # type: ignore[no-untyped-def]
        for number in range(3):
            yield Progress("Counting", number, 3)
        return "done"

    work = LongWork(steps, parent=None, dialog=False)
    seen: list[tuple[str, int, int]] = []
    work.progress.connect(lambda *args: seen.append(args))
    with qtbot.waitSignal(work.ended, timeout=10_000) as ended:
        work.start()
    assert ended.args == [Outcome(result="done")]
    assert seen == [("Counting", 0, 3), ("Counting", 1, 3), ("Counting", 2, 3)]




@pytest.fixture
def korean(qapp: QApplication) -> Iterator[None]:
    i18n.install_translations("ko")
    yield
    i18n.remove_translations()


def test_in_korean_a_rejected_row_says_why_in_korean(korean: None, demo: Database,
                                                      qtbot: QtBot, tmp_path: Path) -> None:
    source = tmp_path / "partners.csv"
    # A second, good row: a column where no value fits is not taken for a country.
    source.write_text("Organisation,Country\nAtlantis Watch,Atlantis\nNew Group,Nepal\n",
                      encoding="utf-8")
    wizard = open_wizard(qtbot, ImportWizard(demo, source))
    go_next(wizard, qtbot, PAGE_MAPPING)
    go_next(wizard, qtbot, PAGE_PREVIEW)
    model = wizard.preview_page.model
    assert model is not None and wizard.plan is not None
    assert wizard.plan.rows[0].action is Action.error
    why = model.data(model.index(0, len(model.COLUMNS) - 1))
    assert why == "알 수 없는 국가: Atlantis"
    assert str(wizard.plan.rows[0].reason) == "unknown country: Atlantis"  # the report's English


def test_reading_checking_and_writing_run_off_the_ui_thread_with_their_stages(
        database: Database, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    from thread_spy import off_the_ui_thread, threads_running

    from coalitiondesk.ui.dialogs import import_wizard

    reading = threads_running(monkeypatch, import_wizard, "read_pasted")
    checking = threads_running(monkeypatch, import_wizard, "prepare_import")
    writing = threads_running(monkeypatch, import_wizard, "apply_import")
    wizard = open_wizard(qtbot, ImportWizard(database, text="Burma Partnership (Thailand)"))
    choose_status(wizard)
    stages: list[str] = []
    for page, bar in ((PAGE_MAPPING, wizard.file_page.busy),
                      (PAGE_PREVIEW, wizard.mapping_page.busy),
                      (PAGE_RESULT, wizard.result_page.busy)):
        wizard.button(QWizard.WizardButton.NextButton if page != PAGE_RESULT
                      else QWizard.WizardButton.CommitButton).click()
        # The work has started; its steps reach the window only once the loop turns.
        assert bar.work is not None
        bar.work.progress.connect(lambda stage, _done, _total: stages.append(stage))
        qtbot.waitUntil(lambda shown=page: wizard.currentId() == shown,
                        timeout=20_000)
    qtbot.waitUntil(wizard.result_page.isComplete, timeout=20_000)
    assert wizard.result_page.title() == "Imported"
    assert off_the_ui_thread(reading) and off_the_ui_thread(checking)
    assert off_the_ui_thread(writing)
    assert {"Reading", "Checking rows", "Importing"} <= set(stages)
