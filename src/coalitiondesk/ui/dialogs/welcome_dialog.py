"""The first start: an empty database, three ways to begin, and encryption offered.

The main window opens this (window-modal, not blocking) when its database
holds no organization, contact or letter, and acts on `choice` (and on
`passphrase`, when the person chose to encrypt the database) once it closes.
"""

from __future__ import annotations

import html
from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QCommandLinkButton,
    QDialog,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from coalitiondesk import APP_NAME
from coalitiondesk.core.storage.cipher import Passphrase
from coalitiondesk.ui.app.app_icon import app_icon
from coalitiondesk.ui.dialogs.passphrase_dialog import NewPassphraseFields


class FirstStep(StrEnum):
    demo = "demo"
    import_file = "import"
    start_empty = "empty"


class WelcomeDialog(QDialog):
    def __init__(self, database_name: str, parent: QWidget | None = None, *,
                 offer_encryption: bool = True) -> None:
        super().__init__(parent)
        self.choice = FirstStep.start_empty
        self.passphrase: Passphrase | None = None
        title = self.tr("Welcome to {app}").format(app=APP_NAME)
        self.setWindowTitle(title)
        self.setWindowIcon(app_icon())

        heading = QLabel(f"<h3>{html.escape(title)}</h3>", self)
        self.intro = intro = QLabel(self.tr(
            "Your records will be kept in {file} on this computer. It is empty. "
            "How would you like to begin?").format(file=database_name), self)
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)

        self.encrypt_box = QCheckBox(self.tr("Encrypt this database (recommended)"), self)
        self.encrypt_box.setVisible(offer_encryption)
        self.passphrase_fields = NewPassphraseFields(self)
        self.passphrase_fields.hide()
        self.encrypt_box.toggled.connect(self.passphrase_fields.setVisible)
        self.encrypt_box.toggled.connect(lambda _on: self.adjustSize())

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.encrypt_box)
        layout.addWidget(self.passphrase_fields)
        self.demo_button = self._button(
            self.tr("Load the demo coalition"),
            self.tr("ICNK and its 2011 open letter to Kim Jong-il, signed by 32 "
                    "organizations: a safe place to try every part of the application."),
            FirstStep.demo)
        self.import_button = self._button(
            self.tr("Import a spreadsheet…"),
            self.tr("Your own list of organizations or contacts, from an Excel "
                    "workbook, a CSV file or a pasted list."),
            FirstStep.import_file)
        self.empty_button = self._button(
            self.tr("Start empty"),
            self.tr("Add organizations and contacts by hand."),
            FirstStep.start_empty)
        for button in (self.demo_button, self.import_button, self.empty_button):
            layout.addWidget(button)
        self.demo_button.setDefault(True)
        self.demo_button.setFocus()
        self.setMinimumWidth(520)

    def _button(self, text: str, description: str, step: FirstStep) -> QCommandLinkButton:
        button = QCommandLinkButton(text, description, self)
        button.setAccessibleName(text)
        button.setAccessibleDescription(description)
        button.clicked.connect(lambda: self._choose(step))
        return button

    def _choose(self, step: FirstStep) -> None:
        if self.encrypt_box.isChecked():
            self.passphrase = self.passphrase_fields.take_passphrase()
            if self.passphrase is None:
                return  # the fields say what is missing
        self.choice = step
        self.accept()
