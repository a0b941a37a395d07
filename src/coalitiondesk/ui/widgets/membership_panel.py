"""Under an organization's status: the date and note of a change of status, and the
history of its statuses (core.membership), so that "who were our members on the
day of the Tokyo conference?" keeps an answer."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlmodel import Session

from coalitiondesk.core.records.membership import membership_history
from coalitiondesk.ui.app.i18n import date_format, display_date
from coalitiondesk.ui.text.value_labels import membership_status_label


class StatusChangeFields(QWidget):
    """When and why the status changes; shown only while the edited status differs."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self.tr("The new status is recorded in the history:"), self)
        self.heading.setWordWrap(True)
        self.date = QDateEdit(self)
        self.date.setDisplayFormat(date_format())
        self.date.setCalendarPopup(True)
        self.date.setAccessibleName(self.tr("Date of the change of status"))
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("e.g. decided by the steering committee"))
        self.note.setAccessibleName(self.tr("Note on the change of status"))
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("From"), self.date)
        form.addRow(self.tr("Note"), self.note)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        self.date.dateChanged.connect(lambda _date: self.changed.emit())
        self.note.textChanged.connect(lambda _text: self.changed.emit())
        self.reset()

    def reset(self, today: dt.date | None = None) -> None:
        day = today or dt.date.today()
        self.date.setDate(QDate(day.year, day.month, day.day))
        self.note.clear()

    def changed_on(self) -> dt.date:
        picked = self.date.date().toPython()
        assert isinstance(picked, dt.date)
        return picked

    def note_text(self) -> str | None:
        return self.note.text().strip() or None


class MembershipHistory(QTreeWidget):
    """Each status the organization has had, from which day, with its note; newest first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Membership history"))
        self.setRootIsDecorated(False)
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setHeaderLabels([self.tr("Status"), self.tr("From"), self.tr("Note")])
        header = self.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self._row_height = self.fontMetrics().height() + 6

    def load(self, session: Session, organization_id: int | None) -> None:
        self.clear()
        changes = [] if organization_id is None else membership_history(
            session=session, organization_id=organization_id)
        for change in reversed(changes):
            item = QTreeWidgetItem([membership_status_label(change.status),
                                    display_date(change.changed_on), change.note or ""])
            item.setToolTip(2, change.note or "")
            self.addTopLevelItem(item)
        # As tall as its rows (up to five), so that one or two steps take little room.
        rows = min(max(len(changes), 1), 5)
        self.setFixedHeight(rows * self._row_height + self.header().sizeHint().height() + 6)

    def rows(self) -> list[tuple[str, str, str]]:
        """(status, from, note) as shown, newest first."""
        items = (self.topLevelItem(row) for row in range(self.topLevelItemCount()))
        return [(item.text(0), item.text(1), item.text(2)) for item in items if item is not None]
