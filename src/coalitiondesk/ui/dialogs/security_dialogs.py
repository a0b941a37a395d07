"""File › Security: a new passphrase for encrypting a database or changing its passphrase,
and what to do with the database's existing backups; the idle minutes before an
encrypted database's window locks.

The window's security flows (ui.app.security_flows) run the work once a dialog is
accepted; the dialogs only ask.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coalitiondesk.core.storage.cipher import Passphrase
from coalitiondesk.core.storage.encryption import BackupsChoice
from coalitiondesk.ui.dialogs.passphrase_dialog import NewPassphraseFields


class NewPassphraseDialog(QDialog):
    """The new passphrase, twice; with backups, whether they follow."""

    def __init__(self, *, title: str, intro: str, backups_question: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.passphrase: Passphrase | None = None
        self.setWindowTitle(title)
        self.intro = QLabel(intro, self)
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.fields = NewPassphraseFields(self)
        self.backups_box = QCheckBox(backups_question or "", self)
        self.backups_box.setChecked(True)
        self.backups_box.setVisible(backups_question is not None)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self._accept_if_agreed)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.fields)
        layout.addWidget(self.backups_box)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        # The wrapped texts' height at the dialog's own width, not at a narrower one.
        self.resize(520, layout.totalHeightForWidth(520))
        self.fields.first.setFocus()

    @property
    def backups(self) -> BackupsChoice:
        return BackupsChoice.encrypt if self.backups_box.isChecked() else BackupsChoice.keep

    def _accept_if_agreed(self) -> None:
        self.passphrase = self.fields.take_passphrase()
        if self.passphrase is not None:
            self.accept()


def encrypt_dialog(backup_count: int, parent: QWidget | None) -> NewPassphraseDialog:
    # The class's tr, for lupdate reads QCoreApplication.translate's count as no plural
    # ("1 backup(s)" in English); the stubs know tr on an instance only.
    question = NewPassphraseDialog.tr(
        "Encrypt its %n existing backup(s) too", "", backup_count)  # type: ignore[arg-type]
    dialog = NewPassphraseDialog(
        title=QCoreApplication.translate("NewPassphraseDialog", "Encrypt this database"),
        intro=QCoreApplication.translate(
            "NewPassphraseDialog",
            "Anyone who holds this computer can read a plain database. Encrypted, it opens "
            "only with the passphrase. CoalitionDesk writes an encrypted copy, checks it, "
            "puts it in place of the database and overwrites the plain file with zeros."),
        backups_question=question if backup_count else None,
        parent=parent)
    dialog.ok_button.setText(QCoreApplication.translate("NewPassphraseDialog", "Encrypt"))
    return dialog


def change_passphrase_dialog(backup_count: int, parent: QWidget | None) -> NewPassphraseDialog:
    n = backup_count  # the call on one line, for the stubs' sake (see encrypt_dialog)
    question = NewPassphraseDialog.tr(
        "Encrypt its %n backup(s) with the new passphrase too", "", n)  # type: ignore[arg-type]
    dialog = NewPassphraseDialog(
        title=QCoreApplication.translate("NewPassphraseDialog", "Change passphrase"),
        intro=QCoreApplication.translate(
            "NewPassphraseDialog",
            "The database is written again under the new passphrase; the file under the "
            "old one is overwritten with zeros."),
        backups_question=question if backup_count else None,
        parent=parent)
    dialog.ok_button.setText(
        QCoreApplication.translate("NewPassphraseDialog", "Change passphrase"))
    return dialog


# A working day: longer is as good as never, and says so less plainly.
LOCK_AFTER_LIMIT = 8 * 60


class LockAfterDialog(QDialog):
    """The idle minutes after which an encrypted database's window locks (0: never)."""

    def __init__(self, minutes: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Lock when away"))
        self.intro = QLabel(self.tr(
            "When nobody has used the keyboard or mouse for these minutes, the window of an "
            "encrypted database hides its records, closes the database and forgets its key "
            "until the passphrase is entered again. Unsaved changes are kept."), self)
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.spin = QSpinBox(self)
        self.spin.setRange(0, LOCK_AFTER_LIMIT)
        self.spin.setValue(min(max(minutes, 0), LOCK_AFTER_LIMIT))
        self.spin.setSuffix(self.tr(" min"))
        self.spin.setSpecialValueText(self.tr("Never"))
        self.spin.setAccessibleName(self.tr("Lock after idle minutes"))
        self.note = QLabel(self.tr(
            "0 means never. Plain databases are never locked: they have no key to forget."),
            self)
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("Lock after:"), self.spin)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        # The wrapped texts' height at the dialog's own width, not at a narrower one.
        self.resize(460, layout.totalHeightForWidth(460))
        self.spin.setFocus()

    def minutes(self) -> int:
        return self.spin.value()
