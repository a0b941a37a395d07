"""A combo box that reads its (possibly thousands of) entries only when someone uses it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSignalBlocker, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

Loader = Callable[[], Sequence[tuple[str, Any]]]


class LazyComboBox(QComboBox):
    """Entries come from `loader` on first use (popup, focus, lookup), after invalidate().

    Opening a window on 20,000 organizations must not wait for two drop-downs
    nobody has touched yet. `fixed` entries (such as "Any organization") come
    first and are always there.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loader: Loader = lambda: ()
        self._fixed: list[tuple[str, Any]] = []
        self._loaded = False

    def set_loader(self, loader: Loader, *, fixed: Sequence[tuple[str, Any]] = ()) -> None:
        self._loader = loader
        self._fixed = list(fixed)
        self.invalidate()

    def invalidate(self) -> None:
        """Read the entries again on next use; the current choice stays selected."""
        current = (self.currentText(), self.currentData()) if self.currentIndex() >= 0 else None
        with QSignalBlocker(self):
            self.clear()
            for label, value in self._fixed:
                self.addItem(label, value)
            if current is not None and self.findData(current[1]) < 0:
                self.addItem(*current)
            self.setCurrentIndex(self.findData(current[1]) if current else -1)
        self._loaded = False

    def ensure_loaded(self) -> None:
        if self._loaded:
            return
        self._loaded = True
        current = self.currentData() if self.currentIndex() >= 0 else None
        text = self.currentText() if self.isEditable() else None
        with QSignalBlocker(self):
            self.clear()
            for label, value in (*self._fixed, *self._loader()):
                self.addItem(label, value)
            self.setCurrentIndex(self.findData(current) if current is not None else -1)
            if text is not None and self.currentIndex() < 0:
                self.setEditText(text)

    def showPopup(self) -> None:
        self.ensure_loaded()
        super().showPopup()

    def focusInEvent(self, event: Any) -> None:
        self.ensure_loaded()
        super().focusInEvent(event)

    def setEditable(self, editable: bool) -> None:
        super().setEditable(editable)
        if editable and self.lineEdit() is not None:
            self.lineEdit().installEventFilter(self)  # type: ignore[union-attr]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            self.ensure_loaded()
        return super().eventFilter(watched, event)


def make_searchable(combo: QComboBox) -> None:
    """Type any part of an entry ("gulag", "HRW") to find it, without inventing new entries."""
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    completer = combo.completer()
    assert completer is not None  # an editable combo always has one
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)


def search_picker(parent: QWidget, *, placeholder: str, width: int,
                  on_enter: Callable[[], object] | None = None) -> LazyComboBox:
    """A lazily filled, searchable picker ("type any part of a name") that stays `width`
    characters wide however long the names it holds, so it never widens its pane;
    Enter in its search text calls `on_enter`."""
    picker = LazyComboBox(parent)
    make_searchable(picker)
    picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    picker.setMinimumContentsLength(width)
    search = picker.lineEdit()
    assert search is not None  # a searchable combo is editable
    search.setPlaceholderText(placeholder)
    if on_enter is not None:
        search.returnPressed.connect(on_enter)
    return picker
