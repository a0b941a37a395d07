"""The letter's body: a rich-text editor with a small format bar and an "Insert field" menu.

The body is a merge template. It is stored as plain text while it has no
formatting (the demo letter, and anything typed without bold or lists), so
that it stays readable wherever it travels; as Qt's HTML once it has some.
Problems in the template (an unknown field, a broken {% if %}) show under
the editor shortly after typing stops. That check renders the template, which
may take up to its render budget (a second, for a body that would loop without
end), so while typing it runs in a thread of its own.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QFont,
    QTextCharFormat,
    QTextDocument,
    QTextListFormat,
)
from PySide6.QtWidgets import (
    QLabel,
    QMenu,
    QTextEdit,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coalitiondesk.core.merge.fields import CONDITIONAL_EXAMPLE, FIELDS, MergeField, insert_text
from coalitiondesk.core.merge.templates import check_template, is_rich_text
from coalitiondesk.ui.forms.record_form import ERROR_COLOR
from coalitiondesk.ui.text.core_messages import message

CHECK_DELAY_MS = 400
"""Long enough not to flag "{{ salu" while it is being typed."""

_PLAIN_ALIGNMENTS = {
    Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignLeading,
    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute,
}


def has_formatting(document: QTextDocument) -> bool:
    """Anything that plain text would lose: lists, alignment, bold, italic, underline."""
    block = document.begin()
    while block.isValid():
        if block.textList() is not None:
            return True
        if Qt.AlignmentFlag(block.blockFormat().alignment()) not in _PLAIN_ALIGNMENTS:
            return True
        iterator = block.begin()
        while not iterator.atEnd():
            char = iterator.fragment().charFormat()
            if char.fontWeight() > QFont.Weight.Normal or char.fontItalic() \
                    or char.fontUnderline():
                return True
            iterator += 1
        block = block.next()
    return False


def field_group_label(group: str) -> str:
    labels = {
        "Recipient": QCoreApplication.translate("MergeFields", "Recipient"),
        "Letter": QCoreApplication.translate("MergeFields", "Letter"),
        "Signatories": QCoreApplication.translate("MergeFields", "Signatories"),
        "Sender": QCoreApplication.translate("MergeFields", "Sender"),
    }
    return labels.get(group, group)


def field_label(field: MergeField) -> str:
    """The field's name in the menu, spelt out here so that lupdate finds each one."""
    translate = QCoreApplication.translate
    labels = {
        "full_name": translate("MergeFields", "Full name"),
        "honorific": translate("MergeFields", "Honorific"),
        "given_name": translate("MergeFields", "Given name"),
        "family_name": translate("MergeFields", "Family name"),
        "native_name": translate("MergeFields", "Name in own script"),
        "salutation": translate("MergeFields", "Salutation"),
        "position": translate("MergeFields", "Position"),
        "organization": translate("MergeFields", "Organization"),
        "country": translate("MergeFields", "Country"),
        "address_block": translate("MergeFields", "Address block"),
        "letter_date": translate("MergeFields", "Letter date"),
        "today": translate("MergeFields", "Today's date"),
        "title": translate("MergeFields", "Letter title"),
        "closing": translate("MergeFields", "Closing"),
        "signatory_block": translate("MergeFields", "Signatory block"),
        "signatory_count": translate("MergeFields", "Number of signatories"),
        "country_count": translate("MergeFields", "Number of signatories' countries"),
        "sender_name": translate("MergeFields", "Sender name"),
        "sender_address": translate("MergeFields", "Sender address"),
    }
    # A field added to the catalogue later still shows, in English.
    return labels.get(field.key, field.label)


class _CheckRelay(QObject):
    """Brings a check's result from its thread to the editor, on the UI thread."""

    checked = Signal(str, list)


class BodyEditor(QWidget):
    """Format bar, the text, and the template's problems under it.

    `edited` is emitted on every change of the text; `problemsChanged` after
    each (debounced) check, with the problems' messages.
    """

    edited = Signal()
    problemsChanged = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QTextEdit(self)
        self.edit.setAcceptRichText(True)
        self.edit.setTabChangesFocus(True)
        self.edit.setAccessibleName(self.tr("Letter body"))
        self.edit.setPlaceholderText(self.tr(
            "The letter's text. Use Insert field for the recipient's name, the salutation, "
            "the signatory block…"))
        self._stored = ""
        self._problems: list[str] = []

        self.toolbar = QToolBar(self.tr("Format"), self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.bold_action = self._toggle(self.tr("Bold"), "B", "Ctrl+B", self._set_bold)
        bold_font = self.bold_action.font()
        bold_font.setBold(True)
        self.bold_action.setFont(bold_font)
        self.italic_action = self._toggle(self.tr("Italic"), "I", None, self._set_italic)
        italic_font = self.italic_action.font()
        italic_font.setItalic(True)
        self.italic_action.setFont(italic_font)
        self.toolbar.addSeparator()
        self.bullet_action = self._toggle(self.tr("Bulleted list"), "•", None,
                                          lambda on: self._set_list(on, bullet=True))
        self.numbered_action = self._toggle(self.tr("Numbered list"), "1.", None,
                                            lambda on: self._set_list(on, bullet=False))
        self.toolbar.addSeparator()
        self.alignment_group = QActionGroup(self)
        self.alignment_actions: dict[Qt.AlignmentFlag, QAction] = {}
        for alignment, text, short in (
            (Qt.AlignmentFlag.AlignLeft, self.tr("Align left"), self.tr("Left")),
            (Qt.AlignmentFlag.AlignHCenter, self.tr("Centre"), self.tr("Centre")),
            (Qt.AlignmentFlag.AlignRight, self.tr("Align right"), self.tr("Right")),
            (Qt.AlignmentFlag.AlignJustify, self.tr("Justify"), self.tr("Justify")),
        ):
            action = self._toggle(text, short, None, partial(self._set_alignment, alignment))
            self.alignment_group.addAction(action)
            self.alignment_actions[alignment] = action
        self.toolbar.addSeparator()
        self.field_menu = self._field_menu()
        self.insert_button = QToolButton(self)
        self.insert_button.setText(self.tr("Insert field"))
        self.insert_button.setAccessibleName(self.tr("Insert field"))
        self.insert_button.setToolTip(self.tr("Insert a merge field at the cursor"))
        self.insert_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.insert_button.setMenu(self.field_menu)
        self.toolbar.addWidget(self.insert_button)

        self.problems = QLabel(self)
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.PlainText)
        self.problems.setStyleSheet(f"color: {ERROR_COLOR};")
        self.problems.setAccessibleName(self.tr("Problems in the letter's fields"))
        self.problems.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.problems)

        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(CHECK_DELAY_MS)
        self._check_timer.timeout.connect(self._check_in_background)
        self._relay = _CheckRelay(self)
        self._relay.checked.connect(self._checked)
        self.edit.textChanged.connect(self._text_changed)
        self.edit.currentCharFormatChanged.connect(self._show_format)
        self.edit.cursorPositionChanged.connect(self._show_block_format)

    # --- value --------------------------------------------------------------------

    def set_body(self, body: str) -> None:
        """Show a stored body; the editor is unmodified afterwards."""
        self._stored = body
        if is_rich_text(body):
            self.edit.setHtml(body)
        else:
            self.edit.setPlainText(body)
        self.edit.document().setModified(False)
        self.check_now()

    def body(self) -> str:
        """The body as it will be stored: unchanged text when nothing was edited."""
        document = self.edit.document()
        if not document.isModified():
            return self._stored
        return document.toHtml() if has_formatting(document) else document.toPlainText()

    def is_modified(self) -> bool:
        return bool(self.edit.document().isModified())

    def restore_edit(self, body: str) -> None:
        """Put back what the person had written over a body loaded again; still unsaved."""
        if is_rich_text(body):
            self.edit.setHtml(body)
        else:
            self.edit.setPlainText(body)
        self.edit.document().setModified(True)
        self.check_now()

    def insert_field(self, key: str) -> None:
        """The field's snippet at the cursor, replacing any selection."""
        self.edit.textCursor().insertText(insert_text(key))
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def insert_snippet(self, text: str) -> None:
        self.edit.textCursor().insertText(text)
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- the template's problems ----------------------------------------------------

    def problem_messages(self) -> list[str]:
        return list(self._problems)

    def check_now(self) -> list[str]:
        self._check_timer.stop()
        self._show_problems([message(problem.message) for problem in check_template(self.body())])
        return self.problem_messages()

    def _check_in_background(self) -> None:
        body, relay = self.body(), self._relay

        def check() -> None:
            messages = [message(problem.message) for problem in check_template(body)]
            with contextlib.suppress(RuntimeError):  # the editor was closed meanwhile
                relay.checked.emit(body, messages)

        threading.Thread(target=check, name="letter template check", daemon=True).start()

    def _checked(self, body: str, messages: list[str]) -> None:
        if body == self.body():  # else a newer check is on its way
            self._show_problems(messages)

    def _show_problems(self, messages: list[str]) -> None:
        self._problems = messages
        self.problems.setText("\n".join(self._problems))
        self.problems.setVisible(bool(self._problems))
        self.problemsChanged.emit(self.problem_messages())

    def _text_changed(self) -> None:
        self._check_timer.start()
        self.edited.emit()

    # --- formatting -------------------------------------------------------------

    def _toggle(self, text: str, short: str, shortcut: str | None,
                slot: Callable[[bool], object]) -> QAction:
        action = QAction(short, self)
        action.setToolTip(text)
        action.setStatusTip(text)
        action.setCheckable(True)
        if shortcut:
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.toolbar.addAction(action)
        button = self.toolbar.widgetForAction(action)
        if button is not None:
            button.setAccessibleName(text)
        return action

    def _merge_format(self, change: QTextCharFormat) -> None:
        self.edit.textCursor().mergeCharFormat(change)
        self.edit.mergeCurrentCharFormat(change)
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _set_bold(self, on: bool) -> None:
        change = QTextCharFormat()
        change.setFontWeight(QFont.Weight.Bold if on else QFont.Weight.Normal)
        self._merge_format(change)

    def _set_italic(self, on: bool) -> None:
        change = QTextCharFormat()
        change.setFontItalic(on)
        self._merge_format(change)

    def _set_list(self, on: bool, *, bullet: bool) -> None:
        cursor = self.edit.textCursor()
        current = cursor.currentList()
        if not on:
            if current is not None:
                block_format = cursor.blockFormat()
                block_format.setIndent(0)
                for index in reversed(range(current.count())):
                    block = current.item(index)
                    if cursor.selectionStart() <= block.position() + block.length() - 1 \
                            and block.position() <= max(cursor.selectionEnd(), cursor.position()):
                        current.remove(block)
                cursor.setBlockFormat(block_format)
        else:
            style = (QTextListFormat.Style.ListDisc if bullet
                     else QTextListFormat.Style.ListDecimal)
            cursor.createList(style)
        self._show_block_format()
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _set_alignment(self, alignment: Qt.AlignmentFlag, on: bool = True) -> None:
        if not on:
            return
        self.edit.setAlignment(alignment)
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_format(self, char: QTextCharFormat) -> None:
        self.bold_action.setChecked(char.fontWeight() > QFont.Weight.Normal)
        self.italic_action.setChecked(char.fontItalic())

    def _show_block_format(self) -> None:
        cursor = self.edit.textCursor()
        current = cursor.currentList()
        style = current.format().style() if current is not None else None
        self.bullet_action.setChecked(style == QTextListFormat.Style.ListDisc)
        self.numbered_action.setChecked(style == QTextListFormat.Style.ListDecimal)
        alignment = Qt.AlignmentFlag(self.edit.alignment())
        for flag, action in self.alignment_actions.items():
            action.setChecked(bool(alignment & flag) if flag != Qt.AlignmentFlag.AlignLeft
                              else Qt.AlignmentFlag(alignment) in _PLAIN_ALIGNMENTS)

    def _field_menu(self) -> QMenu:
        menu = QMenu(self.tr("Insert field"), self)
        menu.setToolTipsVisible(True)
        groups: dict[str, QMenu] = {}
        for field in FIELDS:
            group = str(field.group)
            if group not in groups:
                groups[group] = menu.addMenu(field_group_label(group))
            action = groups[group].addAction(field_label(field))
            action.setData(field.key)
            action.setToolTip(insert_text(field.key))
            action.triggered.connect(lambda _checked=False, k=field.key: self.insert_field(k))
        menu.addSeparator()
        conditional = menu.addAction(self.tr("Text only when a field is set"))
        conditional.setToolTip(CONDITIONAL_EXAMPLE)
        conditional.triggered.connect(lambda: self.insert_snippet(CONDITIONAL_EXAMPLE))
        return menu
