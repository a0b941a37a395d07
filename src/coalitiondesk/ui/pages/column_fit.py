"""Keeping a table's main text column readable when the table is narrow.

A stretching column gets only what the fixed columns leave; on a 1024-pixel
screen the Activities table left its Subject a few letters ("Let…"), and the
Countries table its Name in Japanese ("ア…"). Here columns people read less
closely (names of those involved, short forms, regions) give up width first,
down to a floor, so that the main column keeps at least its minimum.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHeaderView, QWidget

from coalitiondesk.ui.pages.record_page import RecordTable

_SAMPLE = "Network for Human Rights in North Korea, Seoul"


class FittingTableView(RecordTable):
    """A table whose `yielding` columns (set by keep_readable) shrink, in proportion to
    their width and down to `floor_chars`, while its stretching column (configure_table's)
    has less than `main_chars`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._yielding: list[int] = []
        self._preferred: dict[int, int] = {}
        self._main = -1
        self._main_width = self._floor = 0

    def keep_readable(self, *, main: int, yielding: Sequence[int], main_chars: int = 24,
                      floor_chars: int = 6) -> None:
        """Call after configure_table: the columns' widths then are the preferred ones."""
        metrics = self.fontMetrics()
        char_width = metrics.horizontalAdvance(_SAMPLE) / len(_SAMPLE)
        padding = 2 * metrics.horizontalAdvance("M")
        self._main = main
        self._main_width = round(main_chars * char_width) + padding
        self._floor = round(floor_chars * char_width) + padding
        self._yielding = list(yielding)
        self._preferred = {column: self.columnWidth(column) for column in self._yielding}
        # A column that gave way may be narrower than its head: "Organiz…", not "ganizatio".
        self.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        self.fit_columns()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    def fit_columns(self) -> None:
        header = self.horizontalHeader()
        shown = [column for column in self._yielding if not header.isSectionHidden(column)]
        wanted = sum(self._preferred[column] for column in shown)
        if wanted <= 0:
            return
        others = sum(header.sectionSize(column) for column in range(header.count())
                     if column not in shown and column != self._main
                     and not header.isSectionHidden(column))
        room = self.viewport().width() - others - self._main_width
        share = min(1.0, max(0.0, room / wanted))
        widths = {column: max(self._floor, round(self._preferred[column] * share))
                  for column in shown}
        for column, width in widths.items():
            self.setColumnWidth(column, width)
        # Too narrow even so (by more than a little): the main column keeps its width and
        # the table scrolls sideways (stretching, it would get what is left: nothing).
        if self.viewport().width() - others - sum(widths.values()) < 0.8 * self._main_width:
            header.setSectionResizeMode(self._main, QHeaderView.ResizeMode.Interactive)
            self.setColumnWidth(self._main, self._main_width)
        else:
            header.setSectionResizeMode(self._main, QHeaderView.ResizeMode.Stretch)
