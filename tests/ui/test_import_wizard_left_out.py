"""The wizard leaves nothing out in silence: columns not imported are listed with their
number of values and each is decided before Import is on; the status of new
organizations is asked; "NA" shows as not given; "Name (Country)" is split unless the user
says not; a garbled file offers the encodings that read it (issue 14)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot
from sqlmodel import select

from coalitiondesk.core.importing import Action
from coalitiondesk.core.models import MembershipStatus, Organization
from coalitiondesk.core.storage.db import Database
from coalitiondesk.ui.dialogs.import_wizard import (
    PAGE_MAPPING,
    PAGE_PREVIEW,
    PAGE_RESULT,
    ImportWizard,
)
from coalitiondesk.ui.dialogs.import_wizard_columns import LEAVE_OUT

PARTNERS = (
    "Organisation,Country,Motto,Shoe size,Empty\n"
    "Burma Partnership,Thailand,Free Burma,,\n"
    "Forum-Asia,NA,,42,\n"
    "Korea Human Rights Network,South Korea,Rights for all,44,\n"
)


def show(qtbot: QtBot, wizard: ImportWizard) -> ImportWizard:
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def click_next(wizard: ImportWizard) -> None:
    wizard.button(QWizard.WizardButton.NextButton).click()


def reach(wizard: ImportWizard, qtbot: QtBot, page: int) -> None:
    qtbot.waitUntil(lambda: wizard.currentId() == page, timeout=20_000)


def stored(database: Database) -> dict[str, Organization]:
    with database.session() as session:
        return {org.name: org for org in session.exec(select(Organization))}


def commit(wizard: ImportWizard, qtbot: QtBot) -> None:
    wizard.button(QWizard.WizardButton.CommitButton).click()
    reach(wizard, qtbot, PAGE_RESULT)
    qtbot.waitUntil(wizard.result_page.isComplete, timeout=20_000)


def test_every_cell_is_imported_or_left_out_by_the_user_before_import(
        database: Database, qtbot: QtBot, tmp_path: Path) -> None:
    source = tmp_path / "partners.csv"
    source.write_text(PARTNERS, encoding="utf-8")
    wizard = show(qtbot, ImportWizard(database, source))
    click_next(wizard)
    reach(wizard, qtbot, PAGE_MAPPING)
    mapping_page = wizard.mapping_page
    assert mapping_page.mapping() == ["name", "country_code", None, None, None]

    # No column gives a membership status: the page asks, and says so when not answered.
    assert mapping_page.status.isVisible()
    click_next(wizard)
    assert wizard.currentId() == PAGE_MAPPING
    assert "Choose the membership status" in mapping_page.error.text()
    mapping_page.status.setCurrentIndex(mapping_page.status.findData(MembershipStatus.prospect))
    click_next(wizard)
    reach(wizard, qtbot, PAGE_PREVIEW)

    page = wizard.preview_page
    columns = page.columns
    assert columns.isVisible()
    listed = [(columns.table.item(row, 0).text(), columns.table.item(row, 1).text())
              for row in range(columns.table.rowCount())]
    assert listed == [("Motto", "2"), ("Shoe size", "2")]  # "Empty" has no value
    commit_button = wizard.button(QWizard.WizardButton.CommitButton)
    assert not commit_button.isEnabled()
    assert "Motto, Shoe size" in columns.reason.text()
    assert page.status_line.text() == ("New organizations that the file gives no status (3) "
                                       "get the membership status Prospect, as you chose.")

    # "NA" in the country column: not given, said so, not Namibia.
    model = page.model
    assert model is not None
    assert model.data(model.index(1, 2)) == "Forum-Asia (country not given)"

    columns.choose("Motto", LEAVE_OUT)
    assert not commit_button.isEnabled()
    assert columns.reason.text().endswith("still to decide: Shoe size.")
    columns.choose("Shoe size", "notes")  # the plan is made again with the column imported
    qtbot.waitUntil(lambda: wizard.plan is not None and "notes" in wizard.plan.mapping,
                    timeout=20_000)
    qtbot.waitUntil(commit_button.isEnabled, timeout=20_000)
    assert [columns.table.item(row, 0).text()
            for row in range(columns.table.rowCount())] == ["Motto"]
    assert not columns.reason.isVisible()
    assert mapping_page.mapping()[3] == "notes"

    commit(wizard, qtbot)
    assert wizard.result_page.title() == "Imported"
    assert wizard.result_page.message.text().endswith(
        "New organizations the file gives no status: Prospect.")
    plan = wizard.plan
    assert plan is not None and plan.left_out == {2}
    organizations = stored(database)
    assert {name: (org.country_code, org.notes, org.membership_status)
            for name, org in organizations.items()} == {
        "Burma Partnership": ("TH", None, MembershipStatus.prospect),
        "Forum-Asia": (None, "42", MembershipStatus.prospect),
        "Korea Human Rights Network": ("KR", "44", MembershipStatus.prospect),
    }
    # Cell by cell: each value is stored, or in a column the user left out, or says "not given".
    left_out = {plan.table.headers[index] for index in plan.left_out}
    for row, org in zip(plan.table.rows, organizations.values(), strict=True):
        for header, cell in zip(plan.table.headers, row.cells, strict=True):
            if not cell:
                continue
            kept = (header in left_out or cell == "NA" or cell in {org.name, org.notes}
                    or (header == "Country" and org.country_code is not None))
            assert kept, (header, cell)


def test_name_country_is_split_unless_the_user_unticks_it(database: Database, qtbot: QtBot,
                                                          tmp_path: Path) -> None:
    source = tmp_path / "signatories.csv"
    source.write_text("Organisation,Country,Membership\n"
                      "Committee to Protect Journalists (USA),,member\n"
                      "Burma Partnership (Thailand),Thailand,member\n"
                      "Justice for North Korea (South Korea),,member\n", encoding="utf-8")
    wizard = show(qtbot, ImportWizard(database, source))
    click_next(wizard)
    reach(wizard, qtbot, PAGE_MAPPING)
    assert not wizard.mapping_page.status.isVisible()  # the file gives every status
    click_next(wizard)
    reach(wizard, qtbot, PAGE_PREVIEW)
    page = wizard.preview_page
    assert page.split.isVisible() and page.split.isChecked()
    assert "Organisation" in page.split.text()
    assert page.status_line.text() == "New organizations get the membership status the file gives."
    model = page.model
    assert model is not None
    assert model.data(model.index(0, 2)) == "Committee to Protect Journalists (US)"

    page.split.click()
    qtbot.waitUntil(lambda: wizard.plan is not None and wizard.plan.mapping[0] == "name",
                    timeout=20_000)
    assert not page.split.isChecked()
    page.split.click()
    qtbot.waitUntil(lambda: wizard.plan is not None
                    and wizard.plan.mapping[0] == "signatory_line", timeout=20_000)
    qtbot.waitUntil(wizard.button(QWizard.WizardButton.CommitButton).isEnabled,
                    timeout=20_000)
    commit(wizard, qtbot)
    assert {name: org.country_code for name, org in stored(database).items()} == {
        "Committee to Protect Journalists": "US", "Burma Partnership": "TH",
        "Justice for North Korea": "KR"}


def test_a_garbled_file_offers_the_encodings_that_read_it(database: Database, qtbot: QtBot,
                                                          tmp_path: Path) -> None:
    source = tmp_path / "thunderbird.csv"
    source.write_bytes("First Name,Last Name,Primary Email\n権兵衛,名無し,gonbe@example.jp\n"
                       "拓也,横田,yokota@example.jp\n".encode("cp932"))
    wizard = show(qtbot, ImportWizard(database, source))
    encoding = wizard.file_page.encoding
    encoding.setCurrentIndex(encoding.findData("cp1252"))
    click_next(wizard)
    reach(wizard, qtbot, PAGE_MAPPING)
    page = wizard.mapping_page
    assert page.garbled_row.isVisible()
    assert "garbled" in page.garbled.text()
    assert [page.readable_as.itemData(i) for i in range(page.readable_as.count())] == ["cp932"]
    page.reread.click()
    qtbot.waitUntil(lambda: wizard.table is not None and wizard.table.encoding == "cp932",
                    timeout=20_000)
    assert not page.garbled_row.isVisible()
    assert wizard.table.rows[0].cells == ["権兵衛", "名無し", "gonbe@example.jp"]
    sample = page.columns.item(0, 1)
    assert sample is not None and sample.text().startswith("権兵衛")


@pytest.mark.parametrize("size", [(1024, 700), (1366, 768)])
def test_the_pages_fit_small_screens(database: Database, qtbot: QtBot, tmp_path: Path,
                                     size: tuple[int, int]) -> None:
    source = tmp_path / "partners.csv"
    source.write_text(PARTNERS, encoding="utf-8")
    wizard = show(qtbot, ImportWizard(database, source))
    wizard.resize(*size)
    click_next(wizard)
    reach(wizard, qtbot, PAGE_MAPPING)
    page = wizard.mapping_page
    page.status.setCurrentIndex(page.status.findData(MembershipStatus.member))
    assert wizard.grab().save(str(tmp_path / "mapping.png"))
    click_next(wizard)
    reach(wizard, qtbot, PAGE_PREVIEW)
    assert wizard.grab().save(str(tmp_path / "preview.png"))
    assert wizard.height() <= size[1] and wizard.width() <= size[0]
    assert wizard.plan is not None and wizard.plan.counts()[Action.create] == 3
