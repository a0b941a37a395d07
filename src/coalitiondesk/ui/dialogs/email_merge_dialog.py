"""Send by E-mail: the letter as one message per recipient, previewed message by
message, sent off the UI thread with progress, Pause and Stop.

Messages are composed when the dialog opens and again when the subject or the
restricted contacts' confirmation changes (core.mailing.compose). Sending is
core.mailing.sending's resumable run: Stop ends it between two messages, and
sending again goes on where it stopped without a second message to anyone.
The server's settings are kept in the database; the password only in the
system keyring, when the person asks.
"""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Generator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from coalitiondesk.core.errors import CoalitionDeskError
from coalitiondesk.core.mailing import ledger
from coalitiondesk.core.mailing.compose import MailJob, compose_steps
from coalitiondesk.core.mailing.eml import write_eml_files
from coalitiondesk.core.mailing.messages import sender_address
from coalitiondesk.core.mailing.sending import (
    SendReport,
    send_steps,
    send_test,
    settle_letter,
)
from coalitiondesk.core.mailing.server import (
    Security,
    ServerSettings,
    check_settings,
    remember_password,
    remembered_password,
    save_server_settings,
    server_settings,
)
from coalitiondesk.core.merge.page import page_settings
from coalitiondesk.core.models import DispatchOutcome
from coalitiondesk.core.progress import Progress, run_to_end
from coalitiondesk.core.records.letters import get_letter
from coalitiondesk.core.storage.db import Database
from coalitiondesk.core.storage.remembered import KeyringFailed, keyring_usable
from coalitiondesk.printing.file_names import safe_stem, unique_file_names
from coalitiondesk.ui.app.workers import failure_text
from coalitiondesk.ui.dialogs.merge_dialog import fitting_size, screen_area
from coalitiondesk.ui.dialogs.withheld_addresses import WithheldAddresses
from coalitiondesk.ui.text.core_messages import message
from coalitiondesk.ui.widgets.busy_bar import BusyBar

PAUSED = "Paused"


def pausable(steps: Generator[Progress, None, Any], paused: threading.Event
             ) -> Generator[Progress, None, Any]:
    """`steps`, holding still between two of them while `paused` is set; Stop still
    ends it, since progress keeps coming while it waits."""
    try:
        while True:
            try:
                progress = next(steps)
            except StopIteration as done:
                return done.value
            while paused.is_set():
                yield Progress(PAUSED, progress.done, progress.total)
                time.sleep(0.1)
            yield progress
    finally:
        steps.close()


class EmailMergeDialog(QDialog):
    """The letter sent by e-mail, one personal message each, never twice."""

    dispatched = Signal()
    """Messages were recorded as sent (or refused) on their recipients."""

    def __init__(self, database: Database, letter_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.letter_id = letter_id
        self.job: MailJob | None = None
        self._paused = threading.Event()
        with database.session() as session:
            letter = get_letter(session=session, letter_id=letter_id)
            stored = server_settings(session=session)
            self._sender_name = page_settings(session=session).sender_name
        self.setWindowTitle(self.tr("Send “{title}” by e-mail").format(title=letter.title))

        self.host = QLineEdit(stored.host, self)
        self.host.setPlaceholderText(self.tr("smtp.example.org"))
        self.port = QSpinBox(self)
        self.port.setRange(0, 65535)
        self.port.setSpecialValueText(self.tr("Default"))
        self.port.setValue(stored.port or 0)
        self.security = QComboBox(self)
        self.security.addItem(self.tr("STARTTLS"), Security.starttls.value)
        self.security.addItem(self.tr("TLS"), Security.tls.value)
        self.security.addItem(self.tr("None (no password)"), Security.none.value)
        self.security.setCurrentIndex(max(0, self.security.findData(stored.security.value)))
        self.user = QLineEdit(stored.user, self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Remember in the system keyring"), self)
        if not keyring_usable():
            self.remember.setEnabled(False)
            self.remember.setToolTip(self.tr("This computer offers no system keyring"))
        self.from_address = QLineEdit(stored.sender, self)
        self.rate = QSpinBox(self)
        self.rate.setRange(0, 10_000)
        self.rate.setSpecialValueText(self.tr("No limit"))
        self.rate.setSuffix(self.tr(" a minute"))
        self.rate.setValue(stored.rate)
        server = QFormLayout()
        # The host has a row of its own: beside the port and the security choice it was
        # squeezed to a few letters in Korean and Japanese.
        server.addRow(self.tr("Mail server"), self.host)
        port_row = QHBoxLayout()
        port_row.addWidget(self.port)
        port_row.addWidget(self.security)
        port_row.addStretch(1)
        server.addRow(self.tr("Port"), port_row)
        server.addRow(self.tr("User"), self.user)
        password_row = QHBoxLayout()
        password_row.addWidget(self.password, 1)
        password_row.addWidget(self.remember)
        server.addRow(self.tr("Password"), password_row)
        server.addRow(self.tr("From"), self.from_address)
        server.addRow(self.tr("Messages"), self.rate)
        server_box = QGroupBox(self.tr("Sending"), self)
        server_box.setLayout(server)

        self.subject = QLineEdit(letter.title, self)
        self.subject.setToolTip(self.tr("Merge fields work here too: {{ full_name }}"))
        self.attach = QComboBox(self)
        self.attach.addItem(self.tr("Nothing attached"), "")
        self.attach.addItem(self.tr("The letter as a PDF"), "pdf")
        self.attach.addItem(self.tr("The letter as a Word document (.docx)"), "docx")
        self.attach.setAccessibleName(self.tr("Attachment"))
        self.restricted = QCheckBox(self)
        self.restricted.hide()
        self.retry_refused = QCheckBox(self)
        self.retry_refused.hide()
        self.resend_uncertain = QCheckBox(self)
        self.resend_uncertain.setToolTip(self.tr(
            "A run stopped after the server took these and before that was recorded: "
            "look in your sent folder first"))
        self.resend_uncertain.hide()
        message_form = QFormLayout()
        message_form.addRow(self.tr("Subject"), self.subject)
        message_form.addRow(self.tr("Attachment"), self.attach)
        message_form.addRow("", self.restricted)
        message_form.addRow("", self.retry_refused)
        message_form.addRow("", self.resend_uncertain)

        self.messages = QListWidget(self)
        self.messages.setAccessibleName(self.tr("Messages"))
        self.left_out = QListWidget(self)
        self.left_out.setAccessibleName(self.tr("Left out"))
        self.left_out_label = QLabel(self)
        self.header = QLabel(self)
        self.header.setWordWrap(True)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview = QTextBrowser(self)
        self.preview.setOpenLinks(False)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.messages_label = QLabel(self)
        left_layout.addWidget(self.messages_label)
        left_layout.addWidget(self.messages, 3)
        left_layout.addWidget(self.left_out_label)
        left_layout.addWidget(self.left_out, 1)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.header)
        right_layout.addWidget(self.preview, 1)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)

        # A volunteer's recipients whose home address the message would show: said, and asked.
        self.withheld = WithheldAddresses(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.busy = BusyBar(self)
        self.pause = QPushButton(self.tr("Pause"), self)
        self.pause.setCheckable(True)
        self.pause.hide()
        self.test_button = QPushButton(self.tr("Send a test to myself"), self)
        self.test_button.setToolTip(self.tr(
            "The selected message, sent to the From address only; nothing is recorded"))
        self.eml_button = QPushButton(self.tr("Save as .eml files…"), self)
        self.eml_button.setToolTip(self.tr(
            "One file per recipient for any mail client; nothing is sent or recorded"))
        self.send_button = QPushButton(self.tr("Send"), self)
        self.send_button.setDefault(True)
        self.close_button = QPushButton(self.tr("Close"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.eml_button)
        buttons.addStretch(1)
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.close_button)
        busy_row = QHBoxLayout()
        busy_row.addWidget(self.busy, 1)
        busy_row.addWidget(self.pause)

        top = QHBoxLayout()
        top.addWidget(server_box, 1)
        message_box = QGroupBox(self.tr("Message"), self)
        message_box.setLayout(message_form)
        top.addWidget(message_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.withheld)
        layout.addWidget(self.status)
        layout.addLayout(busy_row)
        layout.addLayout(buttons)

        self.subject.editingFinished.connect(self.compose)
        # An attached letter shows the postal address: who is concerned is counted again.
        self.attach.currentIndexChanged.connect(lambda _index: self.compose())
        self.withheld.changed.connect(self.compose)
        self.restricted.toggled.connect(self.compose)
        self.messages.currentRowChanged.connect(self._show_message)
        self.test_button.clicked.connect(self.send_test)
        self.eml_button.clicked.connect(self.save_eml)
        self.send_button.clicked.connect(self.send)
        self.close_button.clicked.connect(self.reject)
        self.pause.toggled.connect(self._pause_toggled)
        self.resize(fitting_size(screen_area(parent)))
        self.compose()

    # --- composing and previewing ---------------------------------------------------

    def compose(self) -> None:
        confirmed = self.job.restricted if self.job and self.restricted.isChecked() else None
        try:
            with self.database.session() as session:
                self.job = run_to_end(compose_steps(
                    session=session, letter_id=self.letter_id, today=dt.date.today(),
                    subject=self.subject.text(), confirmed_restricted=confirmed,
                    letters_attached=bool(self.attach.currentData()),
                    organization_address=self.withheld.organization_address))
        except CoalitionDeskError as error:
            self.status.setText(failure_text(error))
            self.send_button.setEnabled(False)
            return
        job = self.job
        self.restricted.blockSignals(True)
        self.restricted.setVisible(job.restricted > 0)
        self.restricted.setText(self.tr("Send to the %n restricted contact(s) too", "",
                                        job.restricted))
        self.restricted.blockSignals(False)
        row = max(0, self.messages.currentRow())
        self.messages.clear()
        for item in job.messages:
            self.messages.addItem(QListWidgetItem(f"{item.name} <{item.address}>"))
        self.left_out.clear()
        for left in job.left_out:
            self.left_out.addItem(f"{left.name}: {_reason(left.reason)}")
        self.messages_label.setText(self.tr("%n message(s)", "", len(job.messages)))
        self.left_out_label.setText(self.tr("Left out: %n", "", len(job.left_out)))
        self.withheld.show_recipients(job.withheld_addresses(), job.organization_addressed)
        self.send_button.setEnabled(bool(job.messages))
        self.test_button.setEnabled(bool(job.messages))
        self.eml_button.setEnabled(bool(job.messages))
        self.status.clear()
        self._show_states()
        if job.messages:
            self.messages.setCurrentRow(min(row, len(job.messages) - 1))
        else:
            self._show_message(-1)

    def _show_states(self) -> None:
        """Offer to send again what earlier runs left refused or uncertain."""
        if self.job is None:
            return
        # What a killed run left in its log, recorded first: else its unsent messages
        # would be offered as uncertain.
        settle_letter(self.database, letter_id=self.letter_id, title=self.job.title,
                      on=dt.date.today())
        with self.database.session() as session:
            states = ledger.email_states(session=session, letter_id=self.letter_id)
        wanted = {item.recipient_id for item in self.job.messages}
        outcomes = [row.outcome for key, row in states.items() if key in wanted]
        refused = outcomes.count(DispatchOutcome.refused.value)
        uncertain = outcomes.count(DispatchOutcome.sending.value)
        self.retry_refused.setText(self.tr("Try the %n refused message(s) again", "",
                                           refused))
        self.retry_refused.setVisible(refused > 0)
        self.resend_uncertain.setText(self.tr(
            "Send the %n uncertain message(s) again", "", uncertain))
        self.resend_uncertain.setVisible(uncertain > 0)

    def _show_message(self, row: int) -> None:
        if self.job is None or not 0 <= row < len(self.job.messages):
            self.header.clear()
            self.preview.clear()
            return
        item = self.job.messages[row]
        self.header.setText(self.tr("To: {to}\nSubject: {subject}").format(
            to=f"{item.name} <{item.address}>", subject=item.subject))
        self.preview.setHtml(item.html)

    # --- the server ---------------------------------------------------------------------

    def _settings(self) -> ServerSettings:
        settings = ServerSettings(
            host=self.host.text().strip(), port=self.port.value() or None,
            security=Security(self.security.currentData()), user=self.user.text().strip(),
            sender=self.from_address.text().strip(), rate=self.rate.value())
        check_settings(settings)
        return ServerSettings(host=settings.host, port=settings.port,
                              security=settings.security, user=settings.user,
                              sender=sender_address(settings.sender), rate=settings.rate)

    def _password(self, settings: ServerSettings) -> str | None:
        if not settings.user:
            return None
        typed = self.password.text()
        if typed and self.remember.isChecked():
            try:
                remember_password(settings, typed)
            except KeyringFailed as error:
                self.status.setText(self.tr("The password was not remembered: {reason}")
                                    .format(reason=error.reason))
        found = typed or remembered_password(settings)
        if not found:
            raise _Refused(self.tr("Type the password for {user} at {host}").format(
                user=settings.user, host=settings.host))
        return found

    def _ready(self) -> tuple[ServerSettings, str | None] | None:
        try:
            settings = self._settings()
            secret = self._password(settings)
        except CoalitionDeskError as error:
            QMessageBox.warning(self, self.windowTitle(), failure_text(error))
            return None
        except _Refused as refused:
            QMessageBox.warning(self, self.windowTitle(), str(refused))
            return None
        return settings, secret

    def send_test(self) -> None:
        ready = self._ready()
        if ready is None or self.job is None or not self.job.messages:
            return
        settings, secret = ready
        item = self.job.messages[max(0, self.messages.currentRow())]
        try:
            send_test(message=item, settings=settings, password=secret,
                      sender_name=self._sender_name)
        except CoalitionDeskError as error:
            QMessageBox.warning(self, self.windowTitle(), failure_text(error))
            return
        self.status.setText(self.tr("A test of {name}'s message was sent to {address}.")
                            .format(name=item.name, address=settings.sender))

    # --- .eml files ---------------------------------------------------------------------

    def save_eml(self) -> None:
        if self.job is None or not self.withheld.confirm():
            return
        try:
            sender = sender_address(self.from_address.text())
        except CoalitionDeskError as error:
            QMessageBox.warning(self, self.windowTitle(), failure_text(error))
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("Save the messages in"),
                                                  _documents_folder())
        if folder:
            self.write_eml(Path(folder), sender=sender)

    def write_eml(self, folder: Path, *, sender: str) -> None:
        job = self.job
        assert job is not None
        names = unique_file_names((safe_stem(item.name, fallback="recipient")
                                   for item in job.messages), extension=".eml")
        attach = self._attachments(job)
        self._set_busy(True)
        self.busy.run(lambda: write_eml_files(
            job=job, targets=[folder / name for name in names], sender=sender,
            sender_name=self._sender_name, attach=attach),
            done=lambda written: self._finished_eml(folder, len(written)),
            failed=self._failed, cancelled=lambda: self._set_busy(False))

    def _finished_eml(self, folder: Path, count: int) -> None:
        self._set_busy(False)
        self.status.setText(self.tr("Wrote %n .eml file(s) to {folder}; nothing was sent.",
                                    "", count).format(folder=folder))

    # --- sending ------------------------------------------------------------------------

    def send(self) -> None:
        if not self.withheld.confirm():
            return
        ready = self._ready()
        job = self.job
        if ready is None or job is None:
            return
        settings, secret = ready
        with self.database.operation("change") as operation:
            save_server_settings(session=operation.session, settings=settings)
        attach = self._attachments(job)
        # Read here: the steps are made in the worker's thread, which must not touch widgets.
        retry = not self.retry_refused.isHidden() and self.retry_refused.isChecked()
        resend = not self.resend_uncertain.isHidden() and self.resend_uncertain.isChecked()
        self._paused.clear()
        self._set_busy(True)
        self.busy.run(lambda: pausable(send_steps(
            self.database, job=job, settings=settings, password=secret,
            today=dt.date.today(), attach=attach, sender_name=self._sender_name,
            retry_refused=retry, resend_uncertain=resend), self._paused),
            done=self._finished_sending, failed=self._failed, cancelled=self._stopped)

    def _attachments(self, job: MailJob) -> Any:
        """The chosen attachment's maker, or None."""
        kind = self.attach.currentData()
        if not kind:
            return None
        # The command line's: the same printing and Word code writes each letter.
        from coalitiondesk.commands.email_merge import attachments

        return attachments(job, kind)

    def _pause_toggled(self, paused: bool) -> None:
        if paused:
            self._paused.set()
            self.pause.setText(self.tr("Resume"))
        else:
            self._paused.clear()
            self.pause.setText(self.tr("Pause"))

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.send_button, self.test_button, self.eml_button, self.close_button,
                       self.subject, self.restricted, self.attach, self.retry_refused,
                       self.resend_uncertain):
            widget.setEnabled(not busy)
        self.pause.setVisible(busy)
        self.pause.setChecked(False)

    def _finished_sending(self, report: SendReport) -> None:
        self._set_busy(False)
        self.dispatched.emit()
        self._show_states()
        self.status.setText(report_text(report))

    def _stopped(self) -> None:
        self._set_busy(False)
        self.dispatched.emit()
        self._show_states()
        self.status.setText(self.tr(
            "Stopped. Those sent are recorded; Send goes on with the others, and nobody "
            "gets a message twice."))

    def _failed(self, text: str) -> None:
        self._set_busy(False)
        self.dispatched.emit()
        self._show_states()
        QMessageBox.warning(self, self.windowTitle(), text)

    def reject(self) -> None:
        if self.busy.busy:
            return  # Stop first: closing mid-message would leave it uncertain
        super().reject()


class _Refused(Exception):
    pass


def _reason(reason: str) -> str:
    words = {
        "do not e-mail": QCoreApplication.translate("EmailMergeDialog", "do not e-mail"),
        "restricted, and not confirmed for this sending": QCoreApplication.translate(
            "EmailMergeDialog", "restricted"),
        "no e-mail address": QCoreApplication.translate("EmailMergeDialog",
                                                        "no e-mail address"),
        "not a usable e-mail address": QCoreApplication.translate(
            "EmailMergeDialog", "not a usable e-mail address"),
        "home address withheld from a volunteer": QCoreApplication.translate(
            "EmailMergeDialog", "home address withheld from a volunteer"),
    }
    return words.get(str(reason), str(reason))


def report_text(report: SendReport) -> str:
    # Each literal is written out in its own call, and each count is a plain name:
    # lupdate lists neither a string passed through a helper nor a call whose count
    # is itself a call.
    sent, before = len(report.sent), len(report.already_sent)
    refused, uncertain = len(report.refused), len(report.uncertain)
    # The class's tr for a plural: lupdate reads QCoreApplication.translate's count as
    # none ("Sent 1 message(s)."); the stubs know tr on an instance only.
    parts = [EmailMergeDialog.tr("Sent %n message(s).", "", sent)]  # type: ignore[arg-type]
    if before:
        parts.append(QCoreApplication.translate("EmailMergeDialog", "%n sent before.", "",
                                                before))
    if refused:
        parts.append(QCoreApplication.translate("EmailMergeDialog", "Refused: %n", "",
                                                refused)
                     + " ("
                     + "; ".join(f"{item.name}: {item.reply}" for item in report.refused)
                     + ")")
    if uncertain:
        parts.append(QCoreApplication.translate(
            "EmailMergeDialog", "Uncertain, check your sent folder: %n", "", uncertain)
            + " (" + ", ".join(item.name for item in report.uncertain) + ")")
    if report.stopped is not None:
        parts.append(message(report.stopped))
    return " ".join(parts)


def _documents_folder() -> str:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return folder if folder and Path(folder).is_dir() else str(Path.home())
