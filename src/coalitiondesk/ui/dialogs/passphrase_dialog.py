"""Asking for an encrypted database's passphrase, and for a new one.

`ask_until_open` shows `PassphraseDialog` until the passphrase opens the
database or the person cancels: a wrong passphrase is one line in the dialog,
and the dialog asks again. Where the database opens (not when it is unlocked)
the dialog offers to remember the passphrase in the system keyring
(core.storage.remembered), off unless ticked; without a usable keyring the box
is disabled and says why. `NewPassphraseFields` asks a new passphrase twice and
says what losing it means; the first start and File › Security use it.

The text typed is handed to core's Passphrase at once and the fields are
cleared: the window keeps no other copy.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from coalitiondesk.core.errors import CoalitionDeskError
from coalitiondesk.core.storage.cipher import Passphrase, WrongPassphrase
from coalitiondesk.core.storage.remembered import (
    KeyringFailed,
    keyring_usable,
    remember_passphrase,
)
from coalitiondesk.ui.text.core_messages import message

T = TypeVar("T")

PROBLEM_STYLE = "color: #8e1b1b"


def password_field(parent: QWidget) -> QLineEdit:
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    # Input methods would otherwise see (and may remember) what is typed.
    field.setInputMethodHints(Qt.InputMethodHint.ImhHiddenText
                              | Qt.InputMethodHint.ImhSensitiveData
                              | Qt.InputMethodHint.ImhNoPredictiveText)
    field.setMinimumWidth(field.fontMetrics().horizontalAdvance("M") * 22)
    return field


def show_toggle(parent: QWidget, fields: list[QLineEdit]) -> QCheckBox:
    box = QCheckBox(parent)

    def toggle(shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        for field in fields:
            field.setEchoMode(mode)

    box.toggled.connect(toggle)
    return box


def problem_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setStyleSheet(PROBLEM_STYLE)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.hide()
    return label


class PassphraseDialog(QDialog):
    """The passphrase of one encrypted database."""

    def __init__(self, database_name: str, parent: QWidget | None = None, *,
                 offer_remember: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Encrypted database"))
        self.intro = QLabel(self.tr("{name} is encrypted. Enter its passphrase to open it.")
                            .format(name=database_name), self)
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.field = password_field(self)
        self.field.setAccessibleName(self.tr("Passphrase"))
        self.show_box = show_toggle(self, [self.field])
        self.show_box.setText(self.tr("Show passphrase"))
        self.remember_box = QCheckBox(self.tr("Remember on this computer"), self)
        self.remember_note = QLabel(self.tr(
            "Kept in the system keyring: anyone who can log in as you here can open this "
            "database without the passphrase."), self)
        self.remember_note.setWordWrap(True)
        self.remember_note.setTextFormat(Qt.TextFormat.PlainText)
        self.remember_box.setVisible(offer_remember)
        self.remember_note.setVisible(offer_remember)
        if offer_remember and not keyring_usable():
            self.remember_box.setEnabled(False)
            why = self.tr("This computer offers no system keyring (such as the Keychain, the "
                          "Credential Locker or the Secret Service) to keep it in.")
            self.remember_box.setToolTip(why)
            self.remember_note.setToolTip(why)
            self.remember_note.setEnabled(False)
        self.problem = problem_label(self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Open"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self._accept_if_given)
        buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Passphrase:"), self.field)
        form.addRow("", self.show_box)
        form.addRow("", self.remember_box)
        form.addRow("", self.remember_note)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addSpacing(layout.spacing())
        layout.addWidget(buttons)
        self.setMinimumWidth(440)
        self.field.setFocus()

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()
        self.field.selectAll()
        self.field.setFocus()

    def take_passphrase(self) -> Passphrase:
        """The passphrase typed; the field is emptied."""
        passphrase = Passphrase(self.field.text())
        self.field.clear()
        return passphrase

    def _accept_if_given(self) -> None:
        if not self.field.text():
            self.show_problem(self.tr("Enter the passphrase."))
            return
        self.accept()


def ask_until_open(database_name: str, parent: QWidget | None,
                   attempt: Callable[[Passphrase], T], *, remember_at: Path | None = None,
                   problem: str | None = None) -> T | None:
    """`attempt(passphrase)` with what the person types, asked again after a wrong
    passphrase; None when they cancel. Other refusals end it, raised. With
    `remember_at` (the database's file) the dialog offers to remember the passphrase
    there; `problem` is a line shown from the start."""
    dialog = PassphraseDialog(database_name, parent, offer_remember=remember_at is not None)
    if problem:
        dialog.show_problem(problem)
    try:
        while dialog.exec() == QDialog.DialogCode.Accepted:
            passphrase = dialog.take_passphrase()
            try:
                result = attempt(passphrase)
            except WrongPassphrase:
                dialog.show_problem(QCoreApplication.translate(
                    "PassphraseDialog",
                    "That passphrase does not open {name}. Nothing was changed; try again."
                ).format(name=database_name))
                continue
            if remember_at is not None and dialog.remember_box.isChecked():
                _remember(remember_at, passphrase, parent)
            return result
        return None
    finally:
        dialog.deleteLater()


def _remember(path: Path, passphrase: Passphrase, parent: QWidget | None) -> None:
    """The database is open either way: a keyring's refusal is told, not raised."""
    try:
        remember_passphrase(path=path, passphrase=passphrase)
    except KeyringFailed as error:
        QMessageBox.warning(parent, QCoreApplication.translate(
            "PassphraseDialog", "Remember on this computer"), QCoreApplication.translate(
            "PassphraseDialog",
            "The system keyring did not keep the passphrase ({reason}); it will be asked "
            "when {name} next opens.").format(reason=error.reason, name=path.name))


class NewPassphraseFields(QWidget):
    """A new passphrase asked twice, and what losing it means."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first = password_field(self)
        self.first.setAccessibleName(self.tr("New passphrase"))
        self.second = password_field(self)
        self.second.setAccessibleName(self.tr("New passphrase again"))
        self.show_box = show_toggle(self, [self.first, self.second])
        self.show_box.setText(self.tr("Show passphrase"))
        self.warning = QLabel(self.tr(
            "Keep the passphrase somewhere safe. It cannot be recovered: if it is lost, "
            "nobody, you included, can open this database or its backups again, and the "
            "data is gone."), self)
        self.warning.setWordWrap(True)
        self.warning.setTextFormat(Qt.TextFormat.PlainText)
        self.problem = problem_label(self)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("New passphrase:"), self.first)
        form.addRow(self.tr("Again:"), self.second)
        form.addRow("", self.show_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.warning)
        layout.addWidget(self.problem)

    def take_passphrase(self) -> Passphrase | None:
        """The new passphrase when both fields agree (then emptied); None with the problem
        shown otherwise."""
        first, second = self.first.text(), self.second.text()
        if not first:
            self._refuse(self.tr("Enter a passphrase."))
            return None
        if first != second:
            self._refuse(self.tr("The two passphrases differ; type them again."))
            return None
        try:
            passphrase = Passphrase(first)
        except CoalitionDeskError as error:
            self._refuse(message(error))
            return None
        self.first.clear()
        self.second.clear()
        self.problem.hide()
        return passphrase

    def _refuse(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()
        self.first.setFocus()
