"""File › Security for one window: encrypting the database, changing its passphrase,
saving a plain copy, forgetting a passphrase remembered in the system keyring, and
the minutes after which the window locks when away.

Encrypting and changing the passphrase replace the file, so the window lets go of
the database first and a new window opens on the file written. A passphrase
remembered for the file follows a change of passphrase; one left from an earlier
database at the same path is forgotten when the file is encrypted.

The texts keep the "MainWindow" translation context they had when these flows
were part of the main window, so that their translations still apply.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu, QMessageBox

from coalitiondesk.core.errors import CoalitionDeskError
from coalitiondesk.core.storage.backup import list_backups
from coalitiondesk.core.storage.cipher import Passphrase
from coalitiondesk.core.storage.encryption import (
    EncryptionResult,
    decrypt_copy,
    encrypt_database,
    rekey_database,
)
from coalitiondesk.core.storage.remembered import (
    KeyringFailed,
    forget_passphrase,
    is_remembered,
    replace_remembered,
)
from coalitiondesk.ui.app import file_dialogs
from coalitiondesk.ui.app.away_lock import lock_after_minutes, set_lock_after_minutes
from coalitiondesk.ui.app.opened_database import AlreadyOpen, open_for_window
from coalitiondesk.ui.app.workers import run_long_work, single_step
from coalitiondesk.ui.dialogs.security_dialogs import (
    LockAfterDialog,
    change_passphrase_dialog,
    encrypt_dialog,
)
from coalitiondesk.ui.text.core_messages import message

if TYPE_CHECKING:
    from coalitiondesk.ui.app.main_window import MainWindow

# The context is written out in each translate() call: lupdate skips a call whose context
# is a name, and the text would stay English.


class SecurityFlows(QObject):
    """The Security menu of one window, and what each of its entries does."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.encrypt_action = self._action(
            QCoreApplication.translate("MainWindow", "&Encrypt this database…"),
            lambda: self.encrypt_this_database(),
            tip=QCoreApplication.translate(
                "MainWindow", "Keep the database encrypted: it opens only with its passphrase"))
        self.change_passphrase_action = self._action(
            QCoreApplication.translate("MainWindow", "&Change passphrase…"),
            lambda: self.change_passphrase())
        self.plain_copy_action = self._action(
            QCoreApplication.translate("MainWindow", "Save a &plain copy…"),
            lambda: self.save_plain_copy(),
            tip=QCoreApplication.translate(
                "MainWindow", "Write an unencrypted copy of the database to a file"))
        self.forget_action = self._action(
            QCoreApplication.translate("MainWindow", "&Forget the remembered passphrase"),
            lambda: self.forget_remembered(),
            tip=QCoreApplication.translate(
                "MainWindow", "Ask for the passphrase again each time this database opens"))
        self.lock_after_action = self._action(
            QCoreApplication.translate("MainWindow", "&Lock when away…"),
            lambda: self.choose_lock_minutes(),
            tip=QCoreApplication.translate(
                "MainWindow", "The idle minutes after which an encrypted database is locked"))

    def _action(self, text: str, slot: Callable[[], object], *,
                tip: str | None = None) -> QAction:
        action = QAction(text, self.window)
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(slot)
        return action

    def fill_menu(self, menu: QMenu) -> None:
        menu.addActions([self.encrypt_action, self.change_passphrase_action,
                         self.plain_copy_action])
        menu.addSeparator()
        menu.addActions([self.forget_action, self.lock_after_action])
        # Asked only as the menu opens: a keyring may be slow, or ask to be unlocked.
        menu.aboutToShow.connect(self._update_forget_action)

    def update_actions(self) -> None:
        database = self.window.database
        self.encrypt_action.setEnabled(database.path is not None and not database.encrypted)
        self.change_passphrase_action.setEnabled(database.encrypted)
        self.plain_copy_action.setEnabled(database.encrypted)

    def _update_forget_action(self) -> None:
        path = self.window.database.path
        self.forget_action.setEnabled(path is not None and is_remembered(path=path))

    def _refuse(self, title: str, text: str) -> None:
        QMessageBox.information(self.window, title, text)

    def _tell(self, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
        """Beside the window, not blocking it."""
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self.window)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.open()
        return box

    # --- encrypting and changing the passphrase: the file is replaced ----------------

    def encrypt_this_database(self) -> MainWindow | None:
        """Ask a passphrase and replace the plain file with an encrypted one; the window
        that shows it afterwards, or None when nothing changed."""
        window = self.window
        title = QCoreApplication.translate("MainWindow", "Encrypt this database")
        path = window.database.path
        if path is None:
            self._refuse(title, QCoreApplication.translate(
                "MainWindow", "This database is on a server; it is encrypted there."))
            return None
        if window.database.encrypted:
            self._refuse(title, QCoreApplication.translate(
                "MainWindow",
                "This database is encrypted already; use Change passphrase to change it."))
            return None
        if not window.may_close():
            return None
        dialog = encrypt_dialog(len(list_backups(path)), window)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.passphrase is None:
            return None
        passphrase, backups = dialog.passphrase, dialog.backups
        return self.rewrite_file(
            lambda: encrypt_database(path, passphrase=passphrase, backups=backups),
            stage="Encrypting the database", title=title, passphrase=passphrase)

    def change_passphrase(self) -> MainWindow | None:
        window = self.window
        title = QCoreApplication.translate("MainWindow", "Change passphrase")
        path, current = window.database.path, window.database.passphrase
        if path is None or current is None:
            self._refuse(title, QCoreApplication.translate(
                "MainWindow", "This database is not encrypted; use Encrypt this database first."))
            return None
        if not window.may_close():
            return None
        dialog = change_passphrase_dialog(len(list_backups(path)), window)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.passphrase is None:
            return None
        new, backups = dialog.passphrase, dialog.backups
        if new.same_as(current):
            self._refuse(title, QCoreApplication.translate(
                "MainWindow", "The new passphrase is the current one; nothing was changed."))
            return None
        return self.rewrite_file(
            lambda: rekey_database(path, passphrase=current, new_passphrase=new,
                                   backups=backups),
            stage="Changing the passphrase", title=title, passphrase=new)

    def rewrite_file(self, work: Callable[[], EncryptionResult], *, stage: str, title: str,
                     passphrase: Passphrase) -> MainWindow | None:
        """Run `work` (which replaces the database file) with the database let go, then
        open the file in a new window: under `passphrase` when the work succeeded, as it
        was when it failed (nothing changed then)."""
        window = self.window
        path, before = window.database.path, window.database.passphrase
        assert path is not None
        self.let_go_of_database()
        outcome = run_long_work(lambda: single_step(stage, work), title=title, parent=window,
                                cancellable=False)
        keyring_problem = (self._follow_in_keyring(path, before, passphrase)
                           if outcome.succeeded else None)
        try:
            opened = open_for_window(str(path), window,
                                     passphrase=passphrase if outcome.succeeded else before)
        except (AlreadyOpen, CoalitionDeskError) as error:
            if isinstance(error, CoalitionDeskError):
                QMessageBox.critical(window, title, message(error))
            opened = None
        if opened is None:
            window.close()
            return None
        replacement = window.hand_over(opened)
        if outcome.succeeded:
            replacement.security.tell_encrypted(outcome.result, keyring_problem)
        return replacement

    @staticmethod
    def _follow_in_keyring(path: Path, before: Passphrase | None,
                           after: Passphrase) -> str | None:
        """The new passphrase where the old one was remembered; a passphrase left from an
        earlier database at the path forgotten. The keyring's refusal, if any."""
        try:
            if before is None:
                forget_passphrase(path=path)
            else:
                replace_remembered(path=path, passphrase=after)
        except KeyringFailed as error:
            # The old passphrase must not stay behind as if it still opened the file.
            with contextlib.suppress(KeyringFailed):
                forget_passphrase(path=path)
            return error.reason
        return None

    def let_go_of_database(self) -> None:
        """Nothing of this window reads the file from here on (it is about to be replaced)."""
        window = self.window
        window.save_settings()
        window.watcher.stop()
        window.reports.shutdown()
        window.setEnabled(False)
        if window.opened is not None:
            if window.opened.daily is not None:
                window.opened.daily.join()  # it reads the file
            window.opened.close()
        else:
            window.database.close()

    def tell_encrypted(self, result: EncryptionResult,
                       keyring_problem: str | None = None) -> QMessageBox:
        """What changed, beside the window (not blocking it)."""
        parts = [QCoreApplication.translate(
            "MainWindow", "The database is encrypted. The file it replaced was overwritten "
            "with zeros and removed.")]
        if result.backups_changed:
            # self.tr: lupdate takes QCoreApplication.translate's count for no plural.
            parts.append(self.tr("Also encrypted: %n backup(s) in {folder}.", "",
                                 len(result.backups_changed)).format(
                folder=result.backup_folder))
        if result.plain_backups:
            parts.append(self.tr("Still plain: %n backup(s) in {folder}, readable by anyone "
                                 "who has the disk.", "", len(result.plain_backups)).format(
                folder=result.backup_folder))
        parts.append(QCoreApplication.translate(
            "MainWindow", "SSDs and file-system snapshots may still keep old blocks of the plain "
            "file; encryption protects what is written from now on."))
        if keyring_problem is not None:
            parts.append(QCoreApplication.translate(
                "MainWindow", "The system keyring did not take the new passphrase ({reason}); it "
                "will be asked when the database next opens.").format(reason=keyring_problem))
        return self._tell(QMessageBox.Icon.Information,
                          QCoreApplication.translate("MainWindow", "Encrypted"), "\n\n".join(parts))

    # --- a plain copy ---------------------------------------------------------------

    def save_plain_copy(self, to: Path | None = None) -> Path | None:
        """Write an unencrypted copy of the encrypted database to a file the person names."""
        window = self.window
        title = QCoreApplication.translate("MainWindow", "Save a plain copy")
        path, current = window.database.path, window.database.passphrase
        if path is None or current is None:
            self._refuse(title, QCoreApplication.translate(
                "MainWindow", "This database is not encrypted; copy its file as it is."))
            return None
        if to is None:
            chosen, _filter = file_dialogs.save_file_name(
                window, kind=file_dialogs.DATABASE,
                title=QCoreApplication.translate("MainWindow", "Save a plain (unencrypted) copy"),
                name=f"{path.stem}-plain.sqlite3", filters=QCoreApplication.translate(
                    "MainWindow", "CoalitionDesk databases (*.sqlite3 *.db)"))
            if not chosen:
                return None
            to = Path(chosen)
        target = to
        outcome = run_long_work(
            lambda: single_step("Writing a plain copy", lambda: decrypt_copy(
                path, passphrase=current, to=target)),
            title=title, parent=window, cancellable=False)
        if not outcome.succeeded:
            return None
        written = Path(outcome.result)
        self._tell(QMessageBox.Icon.Warning, title, QCoreApplication.translate(
            "MainWindow",
            "Wrote a plain copy to {file}. Anyone who has this file can read every record in "
            "it: delete it when you are done.").format(file=written))
        return written

    # --- the keyring and the lock -------------------------------------------------------

    def forget_remembered(self) -> bool:
        """Remove the passphrase remembered for this database from the system keyring."""
        window = self.window
        title = QCoreApplication.translate("MainWindow", "Forget the remembered passphrase")
        path = window.database.path
        try:
            forgotten = path is not None and forget_passphrase(path=path)
        except KeyringFailed as error:
            QMessageBox.warning(window, title, QCoreApplication.translate(
                "MainWindow", "The system keyring did not forget the passphrase ({reason}); it "
                "still opens this database without asking.").format(reason=error.reason))
            return False
        self._tell(QMessageBox.Icon.Information, title, QCoreApplication.translate(
            "MainWindow", "The passphrase is no longer remembered on this computer; it will be "
            "asked each time the database opens.") if forgotten else
            QCoreApplication.translate(
                "MainWindow", "No passphrase was remembered for this database."))
        return forgotten

    def choose_lock_minutes(self) -> LockAfterDialog:
        """The idle minutes before the lock, applied to this window once accepted."""
        settings = QSettings()
        dialog = LockAfterDialog(lock_after_minutes(settings), self.window)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)

        def apply(result: int) -> None:
            if result == QDialog.DialogCode.Accepted:
                set_lock_after_minutes(QSettings(), dialog.minutes())
                self.window.away.apply_setting()

        dialog.finished.connect(apply)
        dialog.open()
        return dialog
