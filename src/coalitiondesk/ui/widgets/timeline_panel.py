"""An organization's or a contact's timeline, newest first: activities, letters signed
and received, joining and leaving (core.outreach.timeline), each with who recorded it,
and who last changed the record itself (both from the change journal).

The record forms fill it when they load a record, in the session they read the
record with. Double-clicking an activity asks the window to open it on the
Activities tab.
"""

from __future__ import annotations

from datetime import UTC

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlmodel import Session

from coalitiondesk.core.journal.listing import LastChange, last_changes
from coalitiondesk.core.records.outreach import EntryKind, TimelineEntry, timeline
from coalitiondesk.ui.app.i18n import display_date
from coalitiondesk.ui.forms.activity_form import activity_kind_label
from coalitiondesk.ui.text.journal_labels import translated
from coalitiondesk.ui.widgets.signatories_panel import signature_status_label

ACTIVITY_ROLE = Qt.ItemDataRole.UserRole + 1
LETTER_ROLE = Qt.ItemDataRole.UserRole + 2

VISIBLE_ROWS = 8
"""Rows shown before the list scrolls: a long timeline must not push the form away."""


def entry_kind_label(entry: TimelineEntry) -> str:
    if entry.kind == EntryKind.activity:
        # core describes the kind as words ("press release"); the label is translated.
        return activity_kind_label(entry.detail.replace(" ", "_"))
    labels = {
        EntryKind.letter_signed: QCoreApplication.translate("Timeline", "Signatory"),
        EntryKind.letter_received: QCoreApplication.translate("Timeline", "Letter received"),
        EntryKind.membership: QCoreApplication.translate("Timeline", "Membership"),
    }
    return labels.get(entry.kind, str(entry.kind))


def _when(change: LastChange) -> str:
    """The change's local date and time (the journal keeps UTC)."""
    local = change.at.replace(tzinfo=change.at.tzinfo or UTC).astimezone()
    return f"{display_date(local.date())} {local:%H:%M}"


# core.records.membership.CHANGE_SUBJECTS: a membership entry's title.
CHANGE_SUBJECTS = (
    QT_TRANSLATE_NOOP("Timeline", "Joined as member"),
    QT_TRANSLATE_NOOP("Timeline", "Became observer"),
    QT_TRANSLATE_NOOP("Timeline", "Listed as prospect"),
    QT_TRANSLATE_NOOP("Timeline", "Left (former)"),
    QT_TRANSLATE_NOOP("Timeline", "Marked as non-member"),
)


def _reception(entry: TimelineEntry) -> str:
    """A letter received: sent, answered, e-mailed, in the interface's language."""
    parts = []
    if entry.sent_on is not None:
        parts.append(QCoreApplication.translate("Timeline", "sent {date}").format(
            date=display_date(entry.sent_on)))
    if entry.response_on is not None:
        parts.append(QCoreApplication.translate("Timeline", "response {date}").format(
            date=display_date(entry.response_on)))
    if entry.response_note:
        parts.append(entry.response_note)
    parts += [QCoreApplication.translate(
        "Timeline", "e-mail “{subject}” sent {date}, Message-ID {id}").format(
            subject=email.subject, date=display_date(email.sent_on), id=email.message_id)
        for email in entry.emails]
    return "; ".join(parts) or QCoreApplication.translate("Timeline", "not sent yet")


def entry_text(entry: TimelineEntry) -> str:
    """The title, and what there is to say beyond it (an activity's kind has its own column)."""
    title = QCoreApplication.translate("Timeline", entry.title)
    if entry.kind == EntryKind.activity:
        detail = ""
    elif entry.kind == EntryKind.letter_signed:
        detail = signature_status_label(entry.detail)
    elif entry.kind == EntryKind.letter_received:
        detail = _reception(entry)
    else:
        detail = entry.detail
    return f"{title} · {detail}" if detail else title


class TimelinePanel(QWidget):
    activityRequested = Signal(int)
    """An activity was double-clicked (its id)."""
    letterRequested = Signal(int)
    """A letter was double-clicked (its id)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries: list[TimelineEntry] = []
        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(self.tr("Timeline"))
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setHeaderLabels([self.tr("Date"), self.tr("What"), self.tr("Title"),
                                   self.tr("By")])
        # The pane is narrow: the title takes what is left and never scrolls sideways.
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.tree.header()
        header.setStretchLastSection(False)
        for column in (0, 1, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.last_change = QLabel(self)
        self.last_change.setWordWrap(True)
        self.last_change.setEnabled(False)
        self._row_height = self.tree.fontMetrics().height() + 6
        self.tree.itemActivated.connect(self._activated)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.last_change)
        layout.addWidget(self.tree)
        layout.addWidget(self.empty)
        self.clear()

    def clear(self) -> None:
        """Nothing to show: a record not saved yet."""
        self.entries = []
        self.tree.clear()
        self.tree.hide()
        self.last_change.hide()
        self.empty.setText(self.tr("Once saved, the record's activities, letters and "
                                   "membership changes are listed here."))
        self.empty.show()

    def load(self, session: Session, *, organization_id: int | None = None,
             contact_id: int | None = None) -> None:
        self.show_entries(timeline(session=session, organization_id=organization_id,
                                   contact_id=contact_id))
        owner, key = (("organization", organization_id) if organization_id is not None
                      else ("contact", contact_id))
        change = last_changes(session=session, owner=owner, keys=[key]).get(str(key))
        self.last_change.setVisible(change is not None)
        if change is not None:
            self.last_change.setText(self.tr("Last changed {when} by {who}: {what}").format(
                when=_when(change), who=change.who, what=translated(change.label)))

    def show_entries(self, entries: list[TimelineEntry]) -> None:
        self.entries = entries
        self.tree.clear()
        for entry in entries:
            item = QTreeWidgetItem([
                display_date(entry.on) if entry.on else "—",
                entry_kind_label(entry),
                entry_text(entry),
                entry.changed.who if entry.changed else "",
            ])
            for column in range(3):
                item.setToolTip(column, item.text(column))
            if entry.changed is not None:
                item.setToolTip(3, self.tr("{who}, {when}: {what}").format(
                    who=entry.changed.who, when=_when(entry.changed),
                    what=translated(entry.changed.label)))
            if entry.activity_id is not None:
                item.setData(0, ACTIVITY_ROLE, entry.activity_id)
            if entry.letter_id is not None:
                item.setData(0, LETTER_ROLE, entry.letter_id)
            self.tree.addTopLevelItem(item)
        self.tree.setVisible(bool(entries))
        self.empty.setVisible(not entries)
        self.empty.setText(self.tr("Nothing recorded yet."))
        # As tall as its rows, up to VISIBLE_ROWS; longer timelines scroll.
        rows = min(max(len(entries), 1), VISIBLE_ROWS)
        self.tree.setFixedHeight(rows * self._row_height
                                 + self.tree.header().sizeHint().height() + 6)

    def titles(self) -> list[str]:
        """The rows' titles, top to bottom."""
        items = (self.tree.topLevelItem(row) for row in range(self.tree.topLevelItemCount()))
        return [item.text(2) for item in items if item is not None]

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        activity = item.data(0, ACTIVITY_ROLE)
        if activity is not None:
            self.activityRequested.emit(int(activity))
            return
        letter = item.data(0, LETTER_ROLE)
        if letter is not None:
            self.letterRequested.emit(int(letter))
