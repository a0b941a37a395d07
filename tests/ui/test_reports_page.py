"""The Reports tab on the demo coalition: the numbers core counts, the chart, and the
report taken out as a workbook, a PDF and a print."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from coalitiondesk.core.records import membership
from coalitiondesk.core.records.organizations import find_organization
from coalitiondesk.core.reports import REPORTS, Report, make_report
from coalitiondesk.core.storage.db import Database
from coalitiondesk.ui.pages.reports_page import VALUE_ROLE, ReportsPage

TODAY = date(2026, 3, 10)


@pytest.fixture
def page(qtbot: QtBot, demo: Database) -> ReportsPage:
    page = ReportsPage(demo)
    qtbot.addWidget(page)
    page.today = lambda: TODAY
    page.resize(1200, 650)
    with qtbot.waitSignal(page.reportShown):
        page.show()  # the first report is built when the tab is first seen
    return page


def show(qtbot: QtBot, page: ReportsPage, name: str) -> Report:
    if page.current_name() != name:
        with qtbot.waitSignal(page.reportShown):
            page.select(name)
    qtbot.waitUntil(lambda: not page.busy())
    report = page.report()
    assert report is not None
    return report


def table(page: ReportsPage) -> list[tuple[object, ...]]:
    model = page.model
    return [tuple(model.index(row, column).data(VALUE_ROLE)
                  for column in range(model.columnCount()))
            for row in range(model.rowCount())]


def core_report(database: Database, name: str, today: date = TODAY) -> Report:
    with database.session() as session:
        return make_report(session=session, name=name, today=today)


@pytest.mark.parametrize("name", list(REPORTS))
def test_each_report_shows_the_numbers_core_counts(
    qtbot: QtBot, page: ReportsPage, demo: Database, name: str,
) -> None:
    show(qtbot, page, name)
    expected = core_report(demo, name)
    assert table(page) == expected.rows
    assert [page.model.headerData(i, Qt.Orientation.Horizontal) for i in range(
        page.model.columnCount())] == list(expected.headers)
    assert page.chart_pane.isVisibleTo(page) == (name not in ("letters", "member-directory"))


def test_members_by_country_reads_as_a_coordinator_expects(
    qtbot: QtBot, page: ReportsPage,
) -> None:
    show(qtbot, page, "members-by-country")
    rows = dict(table(page))
    assert rows["South Korea"] == 7
    assert rows["International"] == 9
    assert sum(int(str(value)) for value in rows.values()) == 33
    assert page.notes.text() == "33 members in all"
    # Numbers are right-aligned and read as the locale writes them.
    assert page.model.index(0, 1).data() == "9"


def test_as_of_ends_membership_over_time_on_that_day(
    qtbot: QtBot, page: ReportsPage, demo: Database,
) -> None:
    with demo.transaction() as session:
        freedom = find_organization(session=session, name="Freedom House")
        assert freedom is not None and freedom.id is not None
        membership.set_membership_status(session=session, organization_id=freedom.id,
                                         status="former", changed_on=date(2011, 11, 20))
    show(qtbot, page, "membership-over-time")
    assert page.as_of.isEnabled()
    with qtbot.waitSignal(page.reportShown):
        page.as_of.set_value(date(2012, 1, 15))
    qtbot.waitUntil(lambda: not page.busy())
    assert table(page) == [("2011-09", 33, 33, 0), ("2011-10", 33, 0, 0),
                           ("2011-11", 32, 0, 1), ("2011-12 – 2012-01", 32, 0, 0)]
    assert page.dates.text().startswith("As of 2012-01-15 · made ")

    show(qtbot, page, "members-by-region")
    assert not page.as_of.isEnabled()  # it counts today's members only


def test_export_to_excel_reads_back(qtbot: QtBot, page: ReportsPage, demo: Database,
                                    tmp_path: Path) -> None:
    report = show(qtbot, page, "letters")
    target = tmp_path / "letters.xlsx"
    assert page.export_xlsx(target)

    workbook = load_workbook(target)
    sheet = workbook.worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == report.headers
    title, letter_date, *numbers = rows[1]
    assert title == "Letter to Kim Jong-il"
    assert letter_date.date() == date(2011, 9, 8)
    assert tuple(numbers) == report.rows[0][2:]
    about = {row[0]: row[1] for row in workbook["About this export"].iter_rows(
        min_row=2, values_only=True) if row[0]}
    assert about["Report"] == "Letters"
    assert "names no person" in about["Personal data"]
    # The export wording about restricted contacts and IDs is for lists of records.
    assert "Why" not in about and "ID" not in about and "Restricted records" not in about


def test_the_report_files_are_written_off_the_ui_thread(
        qtbot: QtBot, page: ReportsPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from thread_spy import off_the_ui_thread, threads_running

    from coalitiondesk.ui.pages import reports_page

    xlsx = threads_running(monkeypatch, reports_page, "save_xlsx")
    pdf = threads_running(monkeypatch, reports_page, "write_report_pdf")
    show(qtbot, page, "members-by-country")
    assert page.export_xlsx(tmp_path / "members.xlsx")
    assert page.save_pdf(tmp_path / "members.pdf")
    assert off_the_ui_thread(xlsx) and off_the_ui_thread(pdf)
    assert load_workbook(tmp_path / "members.xlsx").worksheets[0].max_row > 1


def test_a_report_that_cannot_be_written_says_so_once(
        qtbot: QtBot, page: ReportsPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _parent, _title, text: warnings.append(text))
    show(qtbot, page, "members-by-country")
    assert not page.export_xlsx(tmp_path / "no such folder" / "members.xlsx")
    assert len(warnings) == 1 and "Traceback" not in warnings[0]


def test_save_as_pdf_and_print_read_back(qtbot: QtBot, page: ReportsPage,
                                         tmp_path: Path) -> None:
    show(qtbot, page, "members-by-country")
    pdf = tmp_path / "members.pdf"
    assert page.save_pdf(pdf)
    text = " ".join(PdfReader(pdf).pages[0].extract_text().split())
    assert "Members by country" in text and "South Korea" in text and "33 members" in text

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    assert page.print_to(printer)
    reader = PdfReader(printed)
    assert len(reader.pages) == 1
    assert "Japan" in reader.pages[0].extract_text()


def test_the_reports_tab_renders(qtbot: QtBot, page: ReportsPage, tmp_path: Path) -> None:
    for name in ("members-by-region", "membership-over-time", "activities-per-month"):
        show(qtbot, page, name)
        image = tmp_path / f"{name}.png"
        assert page.grab().save(str(image))
        assert image.stat().st_size > 10_000


@pytest.mark.parametrize("largest", [0, 1, 3, 7, 9, 10, 33, 120, 4321])
def test_count_axes_tick_on_whole_numbers_above_the_largest_bar(largest: int) -> None:
    from coalitiondesk.ui.pages.countries_page import count_axis

    axis = count_axis(largest)
    step = axis.max() / (axis.tickCount() - 1)
    assert axis.min() == 0 and axis.max() > largest
    assert step == int(step) and str(int(step))[0] in "125"
    assert axis.tickCount() <= 8


def test_the_countries_chart_has_every_row_or_the_others(qtbot: QtBot) -> None:
    from PySide6.QtCharts import QBarCategoryAxis

    from coalitiondesk.core.reports import Chart
    from coalitiondesk.ui.pages.countries_page import CHART_BARS
    from coalitiondesk.ui.pages.reports_page import ReportChart

    rows: list[tuple[object, ...]] = [(f"Country {n:02}", 30 - n) for n in range(25)]
    report = Report("Members by country", ("Country", "Members"), rows, chart=Chart(0, (1,)))
    widget = ReportChart()
    qtbot.addWidget(widget)
    widget.show_report("members-by-country", report)
    chart = widget.chart()
    axis = next(axis for axis in chart.axes() if isinstance(axis, QBarCategoryAxis))
    bars = chart.series()[0].barSets()[0]
    # Every member is counted in some bar; the smallest countries share "Others (n)".
    assert sum(bars.at(index) for index in range(bars.count())) == sum(
        int(str(row[1])) for row in rows)
    assert len(axis.categories()) == CHART_BARS
    assert f"Others ({25 - CHART_BARS + 1})" in axis.categories()


def test_the_member_directory_is_a_report_of_the_tab(
        qtbot: QtBot, page: ReportsPage, demo: Database) -> None:
    report = show(qtbot, page, "member-directory")
    assert report.headers[:3] == ("Country", "Organization", "Contact")
    assert page.include_restricted.isVisibleTo(page)
    show(qtbot, page, "members-by-region")
    assert not page.include_restricted.isVisibleTo(page)
