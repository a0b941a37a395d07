"""The Countries tab: every ISO country with its counts, the short form and aliases used
in letters and imports, and a chart of members by country or region."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QLocale, QMargins, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from coalitiondesk.core.errors import CoalitionDeskError
from coalitiondesk.core.geography.country_table import (
    add_country_alias,
    country_details,
    remove_country_alias,
    set_short_form,
)
from coalitiondesk.core.journal.operations import ChangeSet
from coalitiondesk.core.storage.db import Database
from coalitiondesk.ui.app.i18n import country_name, region_name
from coalitiondesk.ui.models.table_models import KEY_ROLE, CountryTableModel
from coalitiondesk.ui.pages.column_fit import FittingTableView
from coalitiondesk.ui.pages.page import PageDefaults
from coalitiondesk.ui.pages.record_page import configure_table, select_row, two_panes
from coalitiondesk.ui.text.core_messages import message

CHART_BARS = 15
BAR_COLOUR = QColor("#3b6ea5")


class CountryDetails(QGroupBox):
    """Short form and aliases of the selected country, saved as soon as they are changed."""

    changed = Signal()

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._code: str | None = None
        self.setTitle(self.tr("Country"))
        self.short_form = QLineEdit(self)
        self.short_form.setAccessibleName(self.tr("Short form used in letters"))
        self.short_form.setToolTip(self.tr('How the country is written on signatory lines, '
                                           'e.g. "ROK" for South Korea'))
        self.save_short_form = QPushButton(self.tr("Save"), self)
        self.save_short_form.clicked.connect(self._save_short_form)
        self.short_form.returnPressed.connect(self._save_short_form)
        self.aliases = QListWidget(self)
        self.aliases.setAccessibleName(self.tr("Aliases recognised on import"))
        self.aliases.setMaximumHeight(110)
        self.new_alias = QLineEdit(self)
        self.new_alias.setPlaceholderText(self.tr("New alias, e.g. Hanguk"))
        self.new_alias.setAccessibleName(self.tr("New alias"))
        # The hint is the example of what to type: never cut, however narrow the pane.
        self.new_alias.setMinimumWidth(self.new_alias.fontMetrics().horizontalAdvance(
            self.new_alias.placeholderText()) + 4 * self.new_alias.fontMetrics().averageCharWidth())
        self.new_alias.returnPressed.connect(self._add_alias)
        add = QPushButton(self.tr("Add"), self)
        add.clicked.connect(self._add_alias)
        self.remove = QPushButton(self.tr("Remove"), self)
        self.remove.clicked.connect(self._remove_alias)

        short_row = QHBoxLayout()
        short_row.addWidget(self.short_form)
        short_row.addWidget(self.save_short_form)
        # Remove beside the list it acts on, so that the new alias's box keeps the room
        # of a button in a narrow pane.
        list_row = QHBoxLayout()
        list_row.addWidget(self.aliases, 1)
        list_column = QVBoxLayout()
        list_column.addWidget(self.remove)
        list_column.addStretch(1)
        list_row.addLayout(list_column)
        alias_row = QHBoxLayout()
        alias_row.addWidget(self.new_alias, 1)
        alias_row.addWidget(add)
        form = QFormLayout(self)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        form.addRow(self.heading)
        form.addRow(self.tr("Short form:"), short_row)
        form.addRow(self.tr("Aliases:"), list_row)
        form.addRow("", alias_row)
        self.show_country(None)

    @property
    def code(self) -> str | None:
        return self._code

    def show_country(self, code: str | None) -> None:
        self._code = code
        self.setEnabled(code is not None)
        self.aliases.clear()
        if code is None:
            self.heading.setText(self.tr("Select a country to edit its short form and aliases."))
            self.short_form.clear()
            return
        details = country_details(self._database, code=code)
        country = details.country
        self.heading.setText(
            f"<b>{country_name(country.code, country.name)}</b> ({country.code})"
            f" · {country.official_name}"
            f"<br>{region_name(country.subregion)}, {region_name(country.region)}")
        self.short_form.setText(country.short_form)
        for alias in details.aliases:
            item = QListWidgetItem(alias.alias, self.aliases)
            item.setData(Qt.ItemDataRole.UserRole, alias.id)

    def _run(self, change: str) -> None:
        """Apply a change through the core; report a refusal without changing anything."""
        assert self._code is not None
        database, code = self._database, self._code
        try:
            if change == "short_form":
                set_short_form(database, code=code, short_form=self.short_form.text())
            elif change == "add":
                add_country_alias(database, code=code, alias=self.new_alias.text())
            else:
                item = self.aliases.currentItem()
                if item is None:
                    return
                remove_country_alias(database, alias_id=item.data(Qt.ItemDataRole.UserRole))
        except CoalitionDeskError as error:
            QMessageBox.warning(self, self.tr("Countries"), message(error))
            return
        self.new_alias.clear()
        self.show_country(self._code)
        self.changed.emit()

    def _save_short_form(self) -> None:
        self._run("short_form")

    def _add_alias(self) -> None:
        if self.new_alias.text().strip():
            self._run("add")

    def _remove_alias(self) -> None:
        self._run("remove")


def _nice_steps() -> Iterator[int]:
    magnitude = 1
    while True:
        yield from (magnitude, 2 * magnitude, 5 * magnitude)
        magnitude *= 10


def count_axis(largest: int, *, most_ticks: int = 8) -> QValueAxis:
    """An axis for counts whose ticks fall on whole numbers (1, 2, 5 × 10ⁿ apart).

    Ticks spread evenly over 0–10 land on 1.43, 2.86 …, which "%d" labels as
    1, 2, 4, 5 … beside bars of 2 and 3: the chart would misread its own data.
    """
    step = next(step for step in _nice_steps() if (largest + 1) / step <= most_ticks - 1)
    top = step * -(-(largest + 1) // step)
    axis = QValueAxis()
    axis.setLabelFormat("%d")
    axis.setRange(0, top)
    axis.setTickCount(top // step + 1)
    return axis


class MembersChart(QChartView):
    """Member organizations by country (the most represented) or by region."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(260)
        self.setAccessibleName(self.tr("Chart of member organizations"))

    def show_counts(self, title: str, counts: list[tuple[str, int]]) -> None:
        shown = list(reversed(counts[:CHART_BARS]))  # horizontal bars are drawn bottom-up
        bars = QBarSet(self.tr("Members"))
        bars.setColor(BAR_COLOUR)
        for _label, value in shown:
            bars.append(value)
        series = QHorizontalBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        chart = QChart()
        chart.addSeries(series)
        chart.setTitle(title)
        chart.legend().hide()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        # Each bar's name needs a line's height, and QtCharts cut every name to "…" when
        # the bars were thinner (a 700-pixel-high screen): thin margins leave the bars room.
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.layout().setContentsMargins(0, 0, 0, 0)
        chart.setBackgroundRoundness(0)
        categories = QBarCategoryAxis()
        categories.setTruncateLabels(False)
        categories.append([label for label, _value in shown] or [""])
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        values = count_axis(max([value for _label, value in shown] or [1]))
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(values)
        self.setChart(chart)


class CountriesPage(QWidget, PageDefaults):
    showOrganizations = Signal(str)
    """A country was double-clicked: show its organizations."""
    changed = Signal()

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = "countries"
        self.model = CountryTableModel(database, self)
        self.view = FittingTableView(self)
        self.view.setAccessibleName(self.tr("Countries table"))
        configure_table(self.view, self.model)
        self.model.reload()
        table_width = self._size_columns()
        # On a narrow screen the short forms and regions give way to the country's name.
        self.view.keep_readable(main=self.model.column_index("name"), main_chars=22, yielding=[
            self.model.column_index(key) for key in ("short_form", "region", "subregion")])
        self.view.doubleClicked.connect(self._open)
        self.view.activatedKey.connect(lambda code: self.showOrganizations.emit(code))
        self.details = CountryDetails(database, self)
        self.details.changed.connect(self._details_changed)
        self.chart_by = QComboBox(self)
        self.chart_by.setAccessibleName(self.tr("Chart members by"))
        self.chart_by.addItem(self.tr("Members by country"), "country")
        self.chart_by.addItem(self.tr("Members by region"), "region")
        self.chart_by.currentIndexChanged.connect(self.update_chart)
        self.chart = MembersChart(self)
        self.hint = QLabel(self.tr("Double-click a country to see its organizations."), self)
        self.hint.setEnabled(False)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.details)
        right_layout.addWidget(self.chart_by)
        right_layout.addWidget(self.chart, 1)
        # The table carries the information; the chart reads well in less room.
        self.splitter = two_panes(self, [self.view, self.hint], right, stretch=(5, 3))
        # The table's columns at their width, the pane beside it at its least: on a
        # 1024-pixel screen the table then fits without scrolling sideways, and a wider
        # window shares its width in that proportion.
        self.splitter.setSizes([table_width, right.minimumSizeHint().width()])
        self.view.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.details.show_country(
                current.data(KEY_ROLE) if current.isValid() else None))
        self.update_chart()

    def _size_columns(self) -> int:
        """Size the codes, counts and regions to their heads and what they hold, and
        return the width the table needs to show every column so.

        configure_table's widths in characters are English's: "Organizations" kept its
        width for Korean 단체, and Japanese regions (南北アメリカ) were cut at any width.
        """
        view, model = self.view, self.model
        header = view.horizontalHeader()
        head_margin = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin) + 8
        cell_margin = 2 * view.fontMetrics().horizontalAdvance("M")

        def needed(column: int, sample: str = "") -> int:
            texts = {str(model.index(row, column).data()) for row in range(model.rowCount())}
            head = str(model.headerData(column, Qt.Orientation.Horizontal))
            return max(header.fontMetrics().horizontalAdvance(head) + head_margin,
                       max(view.fontMetrics().horizontalAdvance(text)
                           for text in texts | {sample}) + cell_margin)

        for key in ("code", "region"):
            column = model.column_index(key)
            view.setColumnWidth(column, max(view.columnWidth(column), needed(column)))
        # Counts are a few digits: a head shorter than English's leaves the names room.
        for key in ("members", "organizations", "contacts"):
            column = model.column_index(key)
            view.setColumnWidth(column, min(view.columnWidth(column),
                                            needed(column, sample="99,999")))
        main = model.column_index("name")
        return (sum(view.columnWidth(column) for column in range(model.columnCount())
                    if column != main) + header.sectionSize(main)
                + view.verticalScrollBar().sizeHint().width() + 2 * view.frameWidth())

    def reload(self) -> None:
        current = self.details.code
        self.model.reload()
        self.update_chart()
        if current is not None:
            self.select_code(current)

    def apply_changes(self, changes: ChangeSet) -> None:
        if changes.touches("country"):
            self.reload()

    def status_text(self) -> str:
        return QCoreApplication.translate("MainWindow", "{n} countries").format(
            n=QLocale().toString(self.model.rowCount()))

    def select_code(self, code: str) -> None:
        row = self.model.row_of(code)
        if row is not None:
            select_row(self.view, row)

    def update_chart(self) -> None:
        if self.chart_by.currentData() == "region":
            self.chart.show_counts(self.tr("Member organizations by region"),
                                   self.model.members_by_region())
        else:
            self.chart.show_counts(self.tr("Member organizations by country"),
                                   self.model.members_by_country())

    def _open(self, index: QModelIndex) -> None:
        self.showOrganizations.emit(index.data(KEY_ROLE))

    def _details_changed(self) -> None:
        self.reload()
        self.changed.emit()
