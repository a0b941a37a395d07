"""Accessible names for every control, given by default rather than remembered one by one.

A screen reader announces a control by its accessible name. Qt finds one by
itself only for buttons with text and for a QLabel buddy that is the
control's direct sibling; our forms put each field in a cell of its own, so a
field would be announced as "edit text" and nothing more. `install()` makes
the application name every control of a window once the focus is in it, from
what a sighted user reads beside it: its form label or buddy label, its
placeholder, its tooltip, the group box around it. A name set explicitly in
the code is never replaced. The same walk lets Tab leave every table (the
arrow keys move within it), so no table traps the focus, and takes the
nameless stop off scroll areas that hold a form.

The application installs it in ui/app.py and the tests in their conftest, so
both run the same path, and `unnamed_controls()` lists what is still silent.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QToolButton,
    QWidget,
    QWizardPage,
)

_LEVELS = 4
"""How far up from a control a label or group box is looked for: field, cell, form, group."""

_CONTAINERS = (QTabWidget,)
"""Focusable only to pass focus on to what they hold; the controls inside carry the names."""

_CELLS_SEARCHED = 5000
"""Tables with widgets in their cells are small (a mapping row per column); stop looking beyond."""

_SHORT = 2
"""Words in a button's text short enough to need the name of its row."""

_NAMER = "accessible_namer"
_WALKED = "coalitiondesk_widgets_walked"


def install(app: QCoreApplication) -> None:
    """Name the controls of every window of `app` as the focus enters it; safe to call twice."""
    if isinstance(app, QApplication) and app.findChild(_Namer, _NAMER) is None:
        namer = _Namer(app)
        namer.setObjectName(_NAMER)
        app.focusChanged.connect(namer.focus_changed)


class _Namer(QObject):
    """Walks a window when the focus moves within it.

    Qt says where the focus went before it tells a screen reader, so the names
    are there when they are read. An event filter on the application would
    see every widget as it is shown, but calling into Python for each of the
    application's events added 70% to the main window's start-up
    (docs/PERFORMANCE.md); focus changes are few.
    """

    @Slot(QWidget, QWidget)
    def focus_changed(self, _old: QWidget | None, now: QWidget | None) -> None:
        if now is None:
            return
        try:
            name_control(now)
            window = now.window()
            widgets = window.findChildren(QWidget)
        except RuntimeError:
            return  # the focus passed on inside a window being deleted (a closed message box)
        # A window with as many widgets as at its last walk needs no second one.
        if window.property(_WALKED) != len(widgets):
            window.setProperty(_WALKED, len(widgets))
            prepare_window(window, widgets)


def prepare_window(window: QWidget, widgets: list[QWidget] | None = None) -> None:
    """Name the window's controls, let Tab leave its tables, skip its scrolling forms."""
    for widget in [window, *(widgets if widgets is not None else window.findChildren(QWidget))]:
        name_control(widget)
        if isinstance(widget, QAbstractItemView):
            leave_with_tab(widget)
        elif isinstance(widget, QScrollArea):
            skip_scroll_area(widget)


def name_control(widget: QWidget) -> None:
    """Give `widget` an accessible name if it is a control without one and one can be found."""
    if not is_control(widget) or widget.accessibleName():
        return
    if isinstance(widget, QAbstractButton) and widget.text():
        # A word or two means little out of its row: "Joined: [x] Known", "Organizations:
        # Add". Longer texts name themselves, and may share a row they are not about.
        text = _plain(widget.text())
        row = _label_of(widget) if len(text.split()) <= _SHORT else ""
        if row and row != text:
            widget.setAccessibleName(f"{row}: {text}")
        return
    name = derive_name(widget)
    if name:
        widget.setAccessibleName(name)


def leave_with_tab(view: QAbstractItemView) -> None:
    """Tab moves on to the next control; the arrow keys move within the table.

    Qt's default walks Tab through every cell, so a keyboard user needs
    hundreds of presses to get past a table of records to the form beside it.
    """
    view.setTabKeyNavigation(False)


def skip_scroll_area(area: QScrollArea) -> None:
    """A scrolling form is no stop of its own: Tab goes straight to its first field.

    Otherwise a screen reader announces a nameless pane before every form. The
    fields still scroll into view as the focus reaches them.
    """
    content = area.widget()
    if content is not None and any(is_control(child) for child in content.findChildren(QWidget)):
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)


def is_control(widget: QWidget) -> bool:
    """Whether keyboard focus can land on `widget` itself (not on a proxy or a child)."""
    if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
        return False
    if widget.focusProxy() is not None:
        return False
    if isinstance(widget, _CONTAINERS):
        return False
    return not (type(widget) is QWidget and widget.findChild(QWidget) is not None)


def effective_name(widget: QWidget) -> str:
    """The name a screen reader announces: the accessible name, or a button's own text."""
    name = widget.accessibleName().strip()
    if name:
        return name
    if isinstance(widget, QAbstractButton):
        return _plain(widget.text())
    return ""


def derive_name(widget: QWidget) -> str:
    """What a sighted user reads as the control's name, from the nearest source that has one."""
    if isinstance(widget, QLineEdit) and isinstance(widget.parentWidget(), QComboBox):
        combo = widget.parentWidget()
        assert isinstance(combo, QComboBox)
        if combo.accessibleName():
            return combo.accessibleName()
    if isinstance(widget, QTabBar) and isinstance(widget.parentWidget(), QTabWidget):
        # The tab widget is what code names, but the bar is what takes the focus.
        holder = widget.parentWidget()
        if holder is not None and holder.accessibleName():
            return holder.accessibleName()
    inner = widget.widget() if isinstance(widget, QScrollArea) else None
    if inner is not None and inner.accessibleName():  # one picture scrolling: "Page preview"
        return inner.accessibleName()
    label = _label_of(widget) or _label_before(widget) or _cell_name(widget)
    if label:
        return label
    if isinstance(widget, QToolButton) and widget.defaultAction() is not None:
        action = widget.defaultAction()
        text = _plain(action.text()) or _plain(action.toolTip())
        if text:
            return text
    beside = _check_box_beside(widget)
    if beside:
        return beside
    placeholder = _placeholder(widget)
    if placeholder:
        return placeholder
    # A group box titles the one list it holds better than a tooltip explaining its use.
    return _group_title(widget) or _plain(widget.toolTip())


def unnamed_controls(root: QWidget) -> list[QWidget]:
    """Controls under `root` that a user can reach and a screen reader cannot name."""
    return [widget for widget in [root, *root.findChildren(QWidget)]
            if widget.isVisible() and is_control(widget) and not effective_name(widget)]


def describe(widget: QWidget) -> str:
    """How a test names an offender: its class, object name and where it sits."""
    path = []
    current: QWidget | None = widget
    while current is not None:
        path.append(current.objectName() or type(current).__name__)
        current = current.parentWidget()
    return f"{type(widget).__name__} in {' < '.join(path[1:4])}"


def _label_of(widget: QWidget) -> str:
    """The label of the form row holding `widget` (or one of its near ancestors), or its buddy."""
    current: QWidget | None = widget
    for _level in range(_LEVELS):
        if current is None or current.isWindow():
            break
        parent = current.parentWidget()
        if parent is None:
            break
        for child in parent.children():
            if isinstance(child, QLabel) and child.buddy() is widget and child.text():
                return _plain(child.text())
        if (layout := parent.layout()) is not None:
            label = _form_label(layout, current)
            if label:
                return label
        current = parent
    return ""


def _label_before(widget: QWidget) -> str:
    """The text of a label just before the control in a row or column: "The rows are: [▾]"."""
    before = _widget_before(widget)
    if isinstance(before, QLabel) and before.buddy() is None and before.text():
        return _plain(before.text())
    return ""


def _widget_before(widget: QWidget) -> QWidget | None:
    """The widget laid out just before `widget` in the same row or column, if any."""
    parent = widget.parentWidget()
    layout = parent.layout() if parent is not None else None
    box = _box_holding(layout, widget) if layout is not None else None
    if box is None:
        return None
    index = box.indexOf(widget)
    item = box.itemAt(index - 1) if index > 0 else None
    return item.widget() if item is not None else None


def _box_holding(layout: QLayout, widget: QWidget) -> QBoxLayout | None:
    if isinstance(layout, QBoxLayout) and layout.indexOf(widget) >= 0:
        return layout
    for index in range(layout.count()):
        item = layout.itemAt(index)
        inner = item.layout() if item is not None else None
        if inner is not None and (found := _box_holding(inner, widget)) is not None:
            return found
    return None


def _cell_name(widget: QWidget) -> str:
    """A control in a table cell: its column header and its row's first cell, "Import as: Name"."""
    viewport = widget.parentWidget()
    view = viewport.parentWidget() if viewport is not None else None
    if not isinstance(view, QAbstractItemView) or view.viewport() is not viewport:
        return ""
    model = view.model()
    if model is None:
        return ""
    rows, columns = model.rowCount(), model.columnCount()
    if rows * columns > _CELLS_SEARCHED:
        return ""
    for row in range(rows):
        for column in range(columns):
            index = model.index(row, column)
            if view.indexWidget(index) is widget:
                header = model.headerData(column, Qt.Orientation.Horizontal)
                first = model.index(row, 0).data() if column else model.headerData(
                    row, Qt.Orientation.Vertical)
                parts = [_plain(str(part)) for part in (header, first) if part]
                return ": ".join(part for part in parts if part)
    return ""


def _form_label(layout: QLayout, field: QWidget) -> str:
    if isinstance(layout, QFormLayout):
        label = layout.labelForField(field)
        for row in range(layout.rowCount()):
            item = layout.itemAt(row, QFormLayout.ItemRole.FieldRole)
            row_layout = item.layout() if item is not None else None
            if row_layout is not None and _box_holding(row_layout, field) is not None:
                label = layout.labelForField(row_layout)  # a field sharing its row: [file][…]
        if isinstance(label, QLabel) and label.text():
            return _plain(label.text())
    for index in range(layout.count()):
        item = layout.itemAt(index)
        inner = item.layout() if item is not None else None
        if inner is not None:
            found = _form_label(inner, field)
            if found:
                return found
    return ""


def _placeholder(widget: QWidget) -> str:
    if isinstance(widget, (QLineEdit, QTextEdit, QPlainTextEdit)):
        return _plain(widget.placeholderText())
    if isinstance(widget, QComboBox) and (edit := widget.lineEdit()) is not None:
        return _plain(edit.placeholderText())
    return ""


def _check_box_beside(widget: QWidget) -> str:
    """The text of a check box just before an editor that it switches on: "Follow up on [date]"."""
    if isinstance(widget, (QAbstractButton, QAbstractItemView)):
        return ""
    before = _widget_before(widget)
    return _plain(before.text()) if isinstance(before, QCheckBox) else ""


def _group_title(widget: QWidget) -> str:
    # Only for lists and tables: a group box titles the one view it holds, whereas
    # naming a line edit after its group ("Address") would tell the user nothing.
    if not isinstance(widget, (QAbstractItemView, QAbstractScrollArea, QTabBar)):
        return ""
    current = widget.parentWidget()
    for _level in range(_LEVELS):
        if current is None:
            break
        if isinstance(current, QGroupBox) and current.title():
            return _plain(current.title())
        if isinstance(current, QWizardPage) and current.title():
            return _plain(current.title())
        current = current.parentWidget()
    return ""


def _plain(text: str) -> str:
    """Label text as spoken: no mnemonic ampersands, no trailing colon, no markup line breaks."""
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return " ".join(text.split()).rstrip(":").strip()

