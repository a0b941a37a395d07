"""The Reports tab: the steering committee's reports (and the member directory) as a table
and a chart, dated, exported to Excel, saved as PDF or printed.

A report on a large coalition takes longer than a frame (membership over time
on 20,000 organizations: about a second, benchmarks/bench_reports.py), so it is
built in a worker thread; the page shows the previous one meanwhile.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Generator
from pathlib import Path
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QDateTimeAxis,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QDateTime,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSignalBlocker,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coalitiondesk.core.journal.operations import ChangeSet
from coalitiondesk.core.records.groups import list_groups
from coalitiondesk.core.reports import (
    GROUPED,
    NAMES_PEOPLE,
    REPORTS,
    Report,
    make_report,
    save_xlsx,
)
from coalitiondesk.core.storage.db import Database
from coalitiondesk.printing.report_pdf import render_report, write_report_pdf
from coalitiondesk.ui.app import file_dialogs
from coalitiondesk.ui.app.i18n import display_date, display_number
from coalitiondesk.ui.app.workers import (
    LongWork,
    Outcome,
    run_long_work,
    show_failure,
    single_step,
)
from coalitiondesk.ui.forms.editors import OptionalDateEdit
from coalitiondesk.ui.pages.countries_page import (
    BAR_COLOUR,
    CHART_BARS,
    MembersChart,
    count_axis,
)
from coalitiondesk.ui.pages.page import PageDefaults
from coalitiondesk.ui.pages.record_page import two_panes
from coalitiondesk.ui.text.core_messages import message
from coalitiondesk.ui.text.report_words import report_header, report_value

_Index = QModelIndex | QPersistentModelIndex

VALUE_ROLE = Qt.ItemDataRole.UserRole + 2
"""A cell's value as the report holds it (int, date or text), for tests and copying."""

REPORT_TITLES = {
    "members-by-country": QT_TRANSLATE_NOOP("Reports", "Members by country"),
    "members-by-region": QT_TRANSLATE_NOOP("Reports", "Members by region"),
    "membership-over-time": QT_TRANSLATE_NOOP("Reports", "Membership over time"),
    "letters": QT_TRANSLATE_NOOP("Reports", "Letters: signatories, countries, responses"),
    "activities-per-month": QT_TRANSLATE_NOOP("Reports", "Activities per month"),
    "member-directory": QT_TRANSLATE_NOOP("Reports", "Member directory"),
}

# Reports whose numbers depend on the day they are made "as of"; the others
# count the present state of the records.
DATED = frozenset({"membership-over-time", "letters"})

# Headers as core writes them (English, into the files too); shown translated.
_HEADERS = (
    QT_TRANSLATE_NOOP("ReportHeaders", "Country"),
    QT_TRANSLATE_NOOP("ReportHeaders", "Region"),
    QT_TRANSLATE_NOOP("ReportHeaders", "Members"),
    QT_TRANSLATE_NOOP("ReportHeaders", "Month"),
    QT_TRANSLATE_NOOP("ReportHeaders", "Joined"),
    QT_TRANSLATE_NOOP("ReportHeaders", "Left"),
    QT_TRANSLATE_NOOP("ReportHeaders", "Letter"),
    QT_TRANSLATE_NOOP("ReportHeaders", "Date"),
    QT_TRANSLATE_NOOP("ReportHeaders", "Status"),
    QT_TRANSLATE_NOOP("ReportHeaders", "Signatories"),
    QT_TRANSLATE_NOOP("ReportHeaders", "Countries"),
    QT_TRANSLATE_NOOP("ReportHeaders", "Recipients"),
    QT_TRANSLATE_NOOP("ReportHeaders", "Responded"),
    QT_TRANSLATE_NOOP("ReportHeaders", "Awaiting"),
    QT_TRANSLATE_NOOP("ReportHeaders", "Activities"),
    QT_TRANSLATE_NOOP("ReportHeaders", "Organization"),
    QT_TRANSLATE_NOOP("ReportHeaders", "Contact"),
    QT_TRANSLATE_NOOP("ReportHeaders", "Position"),
    QT_TRANSLATE_NOOP("ReportHeaders", "Email"),
    QT_TRANSLATE_NOOP("ReportHeaders", "Phone"),
)

MONTH_BARS = 24
"""Activities per month charts the latest months only: more bars make unreadable labels."""

def report_title(name: str) -> str:
    return QCoreApplication.translate("Reports", str(REPORT_TITLES.get(name, name)))


class ReportTableModel(QAbstractTableModel):
    """One report's rows as they came from core; numbers and dates shown the locale's way."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.report: Report | None = None

    def set_report(self, report: Report | None) -> None:
        self.beginResetModel()
        self.report = report
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() or self.report is None else len(self.report.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.report is None else len(self.report.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (self.report is None or orientation != Qt.Orientation.Horizontal
                or role != Qt.ItemDataRole.DisplayRole):
            return None
        return report_header(self.report.headers[section])

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.report is None:
            return None
        value = self.report.rows[index.row()][index.column()]
        if role == VALUE_ROLE:
            return value
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if isinstance(value, dt.date):
                return display_date(value)
            if isinstance(value, int) and not isinstance(value, bool):
                return display_number(value)
            return "" if value is None else report_value(self.report.headers[index.column()],
                                                         str(value))
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, int):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ReportChart(MembersChart):
    """Bars by country or region, a line of members per month, bars of activities per month."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Chart of the report"))

    @staticmethod
    def has_chart(name: str) -> bool:
        return name in ("members-by-country", "members-by-region", "membership-over-time",
                        "activities-per-month")

    def show_report(self, name: str, report: Report) -> None:
        if name in ("members-by-country", "members-by-region"):
            # Every row is in the chart: the largest, and the rest as one "Others" bar.
            counts = [(report_value(report.headers[0], str(label)), count)
                      for label, count in report.chart_points(top=CHART_BARS)]
            if len(counts) < len(report.rows):
                rest = len(report.rows) - len(counts) + 1
                counts[-1] = (self.tr("Others (%1)").replace("%1", str(rest)), counts[-1][1])
            self.show_counts(report_title(name), counts)
        elif name == "membership-over-time":
            self._members_line(report)
        elif name == "activities-per-month":
            self._activity_bars(report)

    def _members_line(self, report: Report) -> None:
        series = QLineSeries()
        series.setName(self.tr("Members"))
        series.setColor(BAR_COLOUR)
        for months_label, members, *_changes in report.rows:
            # A row of quiet months ("2011-12 – 2012-08") is a level stretch of the line.
            parts = str(months_label).split(" – ")
            for month in dict.fromkeys((parts[0], parts[-1])):
                year, number = (int(part) for part in month.split("-"))
                moment = QDateTime(QDate(year, number, 1), QTime(0, 0))
                series.append(float(moment.toMSecsSinceEpoch()), float(members))
        chart = self._chart(self.tr("Members at the end of each month"))
        chart.addSeries(series)
        months = QDateTimeAxis()
        months.setFormat("yyyy-MM")
        months.setTickCount(min(max(len(report.rows), 2), 7))
        chart.addAxis(months, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(months)
        values = self._value_axis([int(row[1]) for row in report.rows])
        chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(values)
        self.setChart(chart)

    def _activity_bars(self, report: Report) -> None:
        shown = report.rows[-MONTH_BARS:]
        bars = QBarSet(self.tr("Activities"))
        bars.setColor(BAR_COLOUR)
        for row in shown:
            bars.append(float(row[1]))
        series = QBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        title = (self.tr("Activities per month") if len(report.rows) <= MONTH_BARS
                 else self.tr("Activities per month (the latest %n months)", "", MONTH_BARS))
        chart = self._chart(title)
        chart.addSeries(series)
        months = QBarCategoryAxis()
        months.append([str(row[0]) for row in shown] or [""])
        months.setLabelsAngle(-60 if len(shown) > 8 else 0)
        chart.addAxis(months, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(months)
        values = self._value_axis([int(row[1]) for row in shown])
        chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(values)
        self.setChart(chart)

    @staticmethod
    def _chart(title: str) -> QChart:
        chart = QChart()
        chart.setTitle(title)
        chart.legend().hide()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        return chart

    @staticmethod
    def _value_axis(values: list[int]) -> QValueAxis:
        return count_axis(max(values or [1]), most_ticks=6)


class ReportsPage(QWidget, PageDefaults):
    """Pick a report (and the day it is made as of), see it, take it out of the program."""

    reportShown = Signal()
    """A report was built and is now in the table and the chart."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = "reports"
        self.database = database
        self.today: Callable[[], dt.date] = dt.date.today
        self._task: LongWork | None = None
        self._stale = True
        self._again = False
        self._shown_name: str | None = None

        self.choice = QComboBox(self)
        self.choice.setAccessibleName(self.tr("Report"))
        for name in REPORTS:
            self.choice.addItem(report_title(name), name)
        self.as_of = OptionalDateEdit(self.tr("As of"), self)
        self.as_of.setToolTip(self.tr(
            "Make the report as it stood on this day: membership up to that month, "
            "letters' replies awaited then. Without a date: today."))
        self.include_restricted = QCheckBox(self.tr("Include restricted contacts"), self)
        self.include_restricted.setToolTip(self.tr(
            "The member directory leaves out restricted contacts and records tagged "
            "“do not share” unless this is ticked"))
        self.group = QComboBox(self)
        self.group.setAccessibleName(self.tr("Group"))
        self.group.setToolTip(self.tr(
            "Count only the organizations of one of your saved groups"))
        self.group.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.group.setMinimumContentsLength(14)
        self._fill_groups()
        self.status = QLabel(self)
        self.status.setEnabled(False)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Report:"), self))
        top.addWidget(self.choice, 1)
        top.addWidget(self.as_of)
        # A second row: all on one made the tab, and so the window, too wide for 1024 px.
        options = QHBoxLayout()
        self.group_label = QLabel(self.tr("Group:"), self)
        self.group_label.setBuddy(self.group)
        options.addWidget(self.group_label)
        options.addWidget(self.group)
        options.addWidget(self.include_restricted)
        options.addStretch(1)
        options.addWidget(self.status)

        self.heading = QLabel(self)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        self.dates = QLabel(self)
        self.dates.setEnabled(False)
        self.model = ReportTableModel(self)
        self.view = QTableView(self)
        self.view.setAccessibleName(self.tr("Report table"))
        self.view.setModel(self.model)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        self.view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.notes = QLabel(self)
        self.notes.setWordWrap(True)
        self.notes.setTextFormat(Qt.TextFormat.PlainText)

        self.export_button = QPushButton(self.tr("Export to Excel…"), self)
        self.pdf_button = QPushButton(self.tr("Save as PDF…"), self)
        self.print_button = QPushButton(self.tr("Print…"), self)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.export_button, self.pdf_button, self.print_button):
            buttons.addWidget(button)

        self.chart = ReportChart(self)
        self.chart_pane = QWidget(self)
        chart_layout = QVBoxLayout(self.chart_pane)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        chart_layout.addWidget(self.chart)
        self.splitter = two_panes(
            self, [top, options, self.heading, self.dates, self.view, self.notes, buttons],
            self.chart_pane, stretch=(1, 1))
        # The table's columns are narrow numbers; the chart needs the room.
        self.chart.setMinimumWidth(420)
        self.splitter.setSizes([500, 700])

        self.choice.currentIndexChanged.connect(self._choice_changed)
        self.as_of.changed.connect(self.run)
        self.include_restricted.toggled.connect(self.run)
        self.group.currentIndexChanged.connect(self.run)
        self.export_button.clicked.connect(self.choose_xlsx)
        self.pdf_button.clicked.connect(self.choose_pdf)
        self.print_button.clicked.connect(self.print_report)
        self._choice_changed()

    # --- what the window and tests use -------------------------------------------------

    def current_name(self) -> str:
        return str(self.choice.currentData())

    def select(self, name: str) -> None:
        self.choice.setCurrentIndex(self.choice.findData(name))

    def report(self) -> Report | None:
        """The report on screen (None before the first one is built)."""
        return self.model.report

    def reload(self) -> None:
        """The records changed: build the report again, now if it is on screen."""
        self._stale = True
        if self.isVisible():
            self.run()

    def apply_changes(self, changes: ChangeSet) -> None:
        """Every report counts across records of all kinds: any change may move it."""
        if changes.touches("saved_group"):
            self._fill_groups()
        self.reload()

    def _fill_groups(self) -> None:
        """The saved groups of organizations, keeping the one chosen while it exists."""
        current = self.group.currentData()
        with self.database.session() as session:
            found = list_groups(session=session, kind="organization")
        with QSignalBlocker(self.group):
            self.group.clear()
            self.group.addItem(self.tr("All organizations"), None)
            for group in found:
                self.group.addItem(group.name, group.id)
            self.group.setCurrentIndex(max(self.group.findData(current), 0))

    def status_text(self) -> str:
        return ""

    def busy(self) -> bool:
        return self._task is not None

    def run(self) -> None:
        """Build the chosen report in a worker thread; reportShown follows."""
        if self._task is not None:
            self._again = True  # the choice changed while building: build once more after
            return
        self._stale = False
        name = self.current_name()
        as_of = self.as_of.value() if name in DATED else None
        database = self.database
        today = as_of or self.today()
        include = name in NAMES_PEOPLE and self.include_restricted.isChecked()
        group_id = self.group.currentData() if name in GROUPED else None

        def steps() -> Generator[None, None, tuple[str, Report]]:
            with database.session() as session:
                return name, make_report(session=session, name=name, today=today,
                                         include_restricted=include, group_id=group_id)
            yield  # a generator, as the worker runs them

        # No progress dialog: the tab says "Counting…", and a report rebuilt after a change
        # made elsewhere must not put a window in front of the person.
        task = LongWork(steps, parent=self, dialog=False)
        task.ended.connect(self._ended)
        self._task = task
        self.status.setText(self.tr("Counting…"))
        self._update_buttons()
        task.start()

    def shutdown(self) -> None:
        """Wait for a report still being built (before the window closes the database)."""
        if self._task is not None:
            self._task.join()

    # --- taking the report out ---------------------------------------------------------

    def export_xlsx(self, target: Path) -> bool:
        report = self.report()
        if report is None:
            return False
        return self._write(lambda: save_xlsx(report=report, target=target))

    def save_pdf(self, target: Path) -> bool:
        report = self.report()
        if report is None:
            return False
        return self._write(lambda: write_report_pdf(report=report, target=target))

    def print_to(self, printer: QPrinter) -> bool:
        """Print on a printer already set up (by the print dialog, or a test's PDF printer)."""
        report = self.report()
        if report is None:
            return False
        if render_report(report, printer) == 0:
            QMessageBox.warning(self, self.tr("Print"), self.tr("The printer could not be used."))
            return False
        return True

    def choose_xlsx(self) -> None:
        path = self._ask_path(self.tr("Export report"), "xlsx",
                              self.tr("Excel workbooks (*.xlsx)"))
        if path is not None:
            self.export_xlsx(path)

    def choose_pdf(self) -> None:
        path = self._ask_path(self.tr("Save report as PDF"), "pdf", self.tr("PDF files (*.pdf)"))
        if path is not None:
            self.save_pdf(path)

    def print_report(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(report_title(self.current_name()))
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print report"))
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.print_to(printer)

    def _ask_path(self, title: str, suffix: str, filters: str) -> Path | None:
        day = (self.as_of.value() or self.today()).isoformat()
        chosen, _filter = file_dialogs.save_file_name(
            self, kind=file_dialogs.REPORT, title=title,
            name=f"{self.current_name()}-{day}.{suffix}", filters=filters)
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == f".{suffix}" else path.with_name(
            f"{path.name}.{suffix}")

    def _write(self, write: Callable[[], object]) -> bool:
        """Write the file off the UI thread; a refusal (a folder one cannot write to, a
        full disk) is one message."""
        outcome = run_long_work(lambda: single_step("Saving the file", write),
                                title=self.tr("Report"), parent=self, cancellable=False,
                                report_failure=False)
        error = outcome.error
        if error is not None:  # core's or the file system's refusal, or a bug
            show_failure(self, self.tr("Report not saved"), error)
        return outcome.succeeded

    # --- building ----------------------------------------------------------------------

    def _choice_changed(self) -> None:
        self.as_of.setEnabled(self.current_name() in DATED)
        self.include_restricted.setVisible(self.current_name() in NAMES_PEOPLE)
        self.group.setVisible(self.current_name() in GROUPED)
        self.group_label.setVisible(self.current_name() in GROUPED)
        if self.isVisible():
            self.run()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.run()

    def _built(self, result: tuple[str, Report]) -> None:
        name, report = result
        self._shown_name = name
        self.model.set_report(report)
        self.heading.setText(report_title(name))
        made = report.made_at.replace(tzinfo=dt.UTC).astimezone() if report.made_at else None
        # Dates as the lists and forms write them (the files keep ISO dates).
        self.dates.setText(self.tr("As of %1 · made %2").replace(
            "%1", display_date(report.as_of or self.today())).replace(
            "%2", f"{display_date(made.date())} {made:%H:%M}" if made else ""))
        self.notes.setText("\n".join(message(note) for note in report.notes))
        self.notes.setVisible(bool(report.notes))
        self.chart_pane.setVisible(ReportChart.has_chart(name))
        if ReportChart.has_chart(name):
            self.chart.show_report(name, report)
        self.status.setText("")
        self._update_buttons()
        self.reportShown.emit()

    def _ended(self, outcome: Outcome) -> None:
        if self._task is not None:
            self._task.deleteLater()
        self._task = None
        if outcome.error is not None:
            self.status.setText("")
            show_failure(self, self.tr("Report"), outcome.error)
        elif outcome.succeeded:
            self._built(outcome.result)
        self._update_buttons()
        if self._again:
            self._again = False
            self.run()

    def _update_buttons(self) -> None:
        ready = self._task is None and self.model.report is not None
        for button in (self.export_button, self.pdf_button, self.print_button):
            button.setEnabled(ready)
