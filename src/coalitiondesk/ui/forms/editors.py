"""Field editors: a widget for one record field, and how to read, set and watch its value.

A form treats every field alike through this small interface, so dirty
tracking, reverting and error display are written once, in RecordForm.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QDate, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from coalitiondesk.ui.app.i18n import date_format
from coalitiondesk.ui.widgets.lazy_combo import make_searchable

Callback = Callable[[], None]

DATE_FORMAT = "yyyy-MM-dd"
"""ISO dates, where a date is typed as text; the date boxes show the locale's
format (i18n.date_format), which stays ISO without a locale."""


NO_DATE = QDate(1900, 1, 1)


class FieldEditor:
    def __init__(self, widget: QWidget) -> None:
        self.widget = widget

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def on_change(self, callback: Callback) -> None:
        raise NotImplementedError

    def on_finished(self, callback: Callback) -> None:
        """Called when the user leaves the field after editing it; not every field says so."""

    def focus(self) -> None:
        self.widget.setFocus(Qt.FocusReason.OtherFocusReason)


class LineEditor(FieldEditor):
    def __init__(self, placeholder: str = "", parent: QWidget | None = None) -> None:
        self.edit = QLineEdit(parent)
        self.edit.setPlaceholderText(placeholder)
        super().__init__(self.edit)

    def value(self) -> str:
        return self.edit.text()

    def set_value(self, value: Any) -> None:
        self.edit.setText("" if value is None else str(value))
        # A long position or address shows its beginning, not its end.
        self.edit.setCursorPosition(0)

    def on_change(self, callback: Callback) -> None:
        self.edit.textChanged.connect(callback)

    def on_finished(self, callback: Callback) -> None:
        self.edit.editingFinished.connect(callback)


class TextEditor(FieldEditor):
    def __init__(self, lines: int = 5, parent: QWidget | None = None) -> None:
        self.edit = QPlainTextEdit(parent)
        # Tab moves on to the next field, as in every other field of the form.
        self.edit.setTabChangesFocus(True)
        line_height = self.edit.fontMetrics().lineSpacing()
        self.edit.setFixedHeight(lines * line_height + 12)
        super().__init__(self.edit)

    def value(self) -> str:
        return self.edit.toPlainText()

    def set_value(self, value: Any) -> None:
        self.edit.setPlainText("" if value is None else str(value))

    def on_change(self, callback: Callback) -> None:
        self.edit.textChanged.connect(callback)


class CheckEditor(FieldEditor):
    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        self.box = QCheckBox(text, parent)
        super().__init__(self.box)

    def value(self) -> bool:
        return self.box.isChecked()

    def set_value(self, value: Any) -> None:
        self.box.setChecked(bool(value))

    def on_change(self, callback: Callback) -> None:
        self.box.toggled.connect(lambda _checked: callback())


class ChoiceEditor(FieldEditor):
    """A drop-down of (label, stored value) pairs; None can be one of the values."""

    def __init__(
        self, choices: Sequence[tuple[str, Any]], *, searchable: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        self.combo = QComboBox(parent)
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        # Long country names must not widen the form beyond its pane.
        self.combo.setMinimumContentsLength(12)
        self._values: list[Any] = []
        for label, value in choices:
            self.combo.addItem(label)
            self._values.append(value)
        if searchable:
            make_searchable(self.combo)
            search = self.combo.lineEdit()
            assert search is not None
            search.editingFinished.connect(self._settle)
        super().__init__(self.combo)

    def _settle(self) -> None:
        """After typing: take the entry the text names exactly, else show the chosen one again.

        Otherwise half-typed text ("Kor") could stay on screen while another
        country is what would be saved.
        """
        text = self.combo.currentText().strip()
        index = self.combo.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            self.combo.setCurrentIndex(index)
        self.combo.setEditText(self.combo.itemText(self.combo.currentIndex()))

    def value(self) -> Any:
        index = self.combo.currentIndex()
        return self._values[index] if 0 <= index < len(self._values) else None

    def set_value(self, value: Any) -> None:
        key = _plain(value)
        for index, candidate in enumerate(self._values):
            if _plain(candidate) == key:
                self.combo.setCurrentIndex(index)
                return
        # A value this version does not list (written by a newer one, or a
        # country code since removed) stays visible and is kept on save.
        self.combo.addItem(str(key))
        self._values.append(value)
        self.combo.setCurrentIndex(len(self._values) - 1)

    def on_change(self, callback: Callback) -> None:
        self.combo.currentIndexChanged.connect(lambda _index: callback())


def _plain(value: Any) -> Any:
    # StrEnum members read from the database compare as their text.
    return str(value) if isinstance(value, str) else value


class OptionalDateEdit(QWidget):
    """A date that may be left out: the box says whether there is one."""

    changed = Signal()

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QCheckBox(text, self)
        self.edit = QDateEdit(self)
        self.edit.setDisplayFormat(date_format())
        self.edit.setCalendarPopup(True)
        # The lowest date stands for "no date" and shows as a dash, so that an
        # unticked box is not read as today's date.
        self.edit.setMinimumDate(NO_DATE)
        self.edit.setSpecialValueText("—")
        self.edit.setDate(NO_DATE)
        self.edit.setEnabled(False)
        self.box.toggled.connect(self._toggled)
        self.edit.dateChanged.connect(lambda _date: self.changed.emit())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box)
        layout.addWidget(self.edit, 1)

    def _toggled(self, checked: bool) -> None:
        self.edit.setEnabled(checked)
        with QSignalBlocker(self.edit):
            if checked and self.edit.date() == NO_DATE:
                self.edit.setDate(QDate.currentDate())
            elif not checked:
                self.edit.setDate(NO_DATE)
        self.changed.emit()

    def value(self) -> dt.date | None:
        if not self.box.isChecked():
            return None
        picked = self.edit.date().toPython()
        assert isinstance(picked, dt.date)
        return picked

    def set_value(self, value: dt.date | None) -> None:
        with QSignalBlocker(self.box), QSignalBlocker(self.edit):
            self.box.setChecked(value is not None)
            self.edit.setEnabled(value is not None)
            shown = NO_DATE if value is None else QDate(value.year, value.month, value.day)
            self.edit.setDate(shown)
        self.changed.emit()


class DateEditor(FieldEditor):
    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        self.dates = OptionalDateEdit(text, parent)
        super().__init__(self.dates)

    def value(self) -> dt.date | None:
        return self.dates.value()

    def set_value(self, value: Any) -> None:
        self.dates.set_value(value if isinstance(value, dt.date) else None)

    def on_change(self, callback: Callback) -> None:
        self.dates.changed.connect(callback)

    def focus(self) -> None:
        self.dates.box.setFocus(Qt.FocusReason.OtherFocusReason)
