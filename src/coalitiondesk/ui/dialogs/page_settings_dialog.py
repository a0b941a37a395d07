"""Letter page settings: paper, margins, letterhead, the coalition as sender, and the
salutation used when a recipient has no name to address.

They are stored in the database (core.merge.page), so they travel with the
data to another coordinator's laptop.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coalitiondesk.core.errors import CoalitionDeskError
from coalitiondesk.core.merge.documents import Letterhead
from coalitiondesk.core.merge.geometry import Paper
from coalitiondesk.core.merge.page import (
    Margins,
    PageSettings,
    current_page_settings,
    save_page_settings,
)
from coalitiondesk.core.storage.db import Database
from coalitiondesk.ui.forms.record_form import ErrorLabel
from coalitiondesk.ui.text.core_messages import message

PNG_LIMIT = 2_000_000
"""A letterhead is a logo; a bigger file is a mistake and would bloat every backup."""


class PageSettingsDialog(QDialog):
    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.setWindowTitle(self.tr("Letter settings"))
        current = current_page_settings(database)
        self._image = current.letterhead.image_png

        self.paper = QComboBox(self)
        self.paper.setAccessibleName(self.tr("Paper"))
        self.paper.addItem(self.tr("A4 (210 × 297 mm)"), Paper.a4.value)
        self.paper.addItem(self.tr("US Letter (8½ × 11 in)"), Paper.letter.value)
        self.paper.setCurrentIndex(max(0, self.paper.findData(Paper(current.paper).value)))
        self.margins: dict[str, QDoubleSpinBox] = {}
        margin_grid = QGridLayout()
        names = {"top": self.tr("Top"), "bottom": self.tr("Bottom"), "left": self.tr("Left"),
                 "right": self.tr("Right")}
        for number, side in enumerate(("top", "bottom", "left", "right")):
            box = QDoubleSpinBox(self)
            box.setRange(0, 80)
            box.setDecimals(1)
            box.setSuffix(" mm")
            box.setValue(getattr(current.margins, side))
            box.setAccessibleName(self.tr("{side} margin").format(side=names[side]))
            self.margins[side] = box
            margin_grid.addWidget(QLabel(names[side], self), number // 2, (number % 2) * 2)
            margin_grid.addWidget(box, number // 2, (number % 2) * 2 + 1)

        self.letterhead_text = QPlainTextEdit(self)
        self.letterhead_text.setAccessibleName(self.tr("Letterhead text"))
        self.letterhead_text.setTabChangesFocus(True)
        self.letterhead_text.setPlaceholderText(self.tr(
            "Printed at the top of each letter's first page, e.g. the coalition's name"))
        self.letterhead_text.setPlainText(current.letterhead.text)
        self.letterhead_text.setMaximumHeight(
            self.letterhead_text.fontMetrics().lineSpacing() * 3 + 12)
        self.image_preview = QLabel(self)
        self.image_preview.setMinimumHeight(48)
        self.image_preview.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.choose_image = QPushButton(self.tr("Choose image…"), self)
        self.choose_image.setToolTip(self.tr("A PNG image printed instead of the text"))
        self.clear_image = QPushButton(self.tr("Remove image"), self)

        self.sender_name = QLineEdit(current.sender_name, self)
        self.sender_name.setAccessibleName(self.tr("Sender name"))
        self.sender_name.setCursorPosition(0)
        self.sender_address = QPlainTextEdit(self)
        self.sender_address.setAccessibleName(self.tr("Sender address"))
        self.sender_address.setTabChangesFocus(True)
        self.sender_address.setPlainText("\n".join(current.sender_address))
        self.sender_address.setPlaceholderText(self.tr("One line per line of the address"))
        self.sender_address.setMaximumHeight(
            self.sender_address.fontMetrics().lineSpacing() * 5 + 12)
        self.sender_country = QLineEdit(current.sender_country_code or "", self)
        self.sender_country.setAccessibleName(self.tr("Sender country code"))
        self.sender_country.setPlaceholderText(self.tr("e.g. KR"))
        self.sender_country.setMaxLength(2)
        self.sender_country.setToolTip(self.tr(
            "Letters to other countries get a country line in their address"))
        self.salutation = QLineEdit(current.salutation_fallback, self)
        self.salutation.setAccessibleName(self.tr("Salutation when there is no name"))
        self.error = ErrorLabel(self)

        page_box = QGroupBox(self.tr("Page"), self)
        page_form = QFormLayout(page_box)
        page_form.addRow(self.tr("Paper"), self.paper)
        page_form.addRow(self.tr("Margins"), margin_grid)
        head_box = QGroupBox(self.tr("Letterhead"), self)
        head_form = QFormLayout(head_box)
        head_form.addRow(self.tr("Text"), self.letterhead_text)
        image_row = QHBoxLayout()
        image_row.addWidget(self.image_preview, 1)
        image_row.addWidget(self.choose_image)
        image_row.addWidget(self.clear_image)
        head_form.addRow(self.tr("Image"), image_row)
        sender_box = QGroupBox(self.tr("Sender"), self)
        sender_form = QFormLayout(sender_box)
        sender_form.addRow(self.tr("Name"), self.sender_name)
        sender_form.addRow(self.tr("Address"), self.sender_address)
        sender_form.addRow(self.tr("Country"), self.sender_country)
        sender_form.addRow(self.tr("Salutation without a name"), self.salutation)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (page_box, head_box, sender_box, self.error):
            layout.addWidget(widget)
        layout.addWidget(buttons)

        self.choose_image.clicked.connect(self._choose_image)
        self.clear_image.clicked.connect(lambda: self.set_image(b""))
        self.set_image(self._image)
        self.resize(560, self.sizeHint().height())

    def set_image(self, data: bytes) -> None:
        self._image = data
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            self.image_preview.setPixmap(pixmap.scaledToHeight(
                48, Qt.TransformationMode.SmoothTransformation))
        else:
            self.image_preview.setPixmap(QPixmap())
            self.image_preview.setText(self.tr("No image"))
        self.clear_image.setEnabled(bool(data))

    def _choose_image(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Letterhead image"), str(Path.home()), self.tr("PNG images (*.png)"))
        if not path:
            return
        data = Path(path).read_bytes()
        if len(data) > PNG_LIMIT:
            self.error.show_problem(self.tr("That image is larger than 2 MB; use a smaller one."))
            return
        self.set_image(data)

    def settings(self) -> PageSettings:
        return PageSettings(
            paper=Paper(self.paper.currentData()),
            margins=Margins(**{side: box.value() for side, box in self.margins.items()}),
            letterhead=Letterhead(text=self.letterhead_text.toPlainText().strip(),
                                  image_png=self._image),
            sender_name=self.sender_name.text().strip(),
            sender_address=tuple(line.strip() for line in
                                 self.sender_address.toPlainText().splitlines() if line.strip()),
            sender_country_code=self.sender_country.text().strip().upper() or None,
            salutation_fallback=self.salutation.text().strip(),
        )

    def save(self) -> bool:
        try:
            save_page_settings(self.database, settings=self.settings())
        except CoalitionDeskError as error:
            self.error.show_problem(message(error))
            return False
        return True

    def accept(self) -> None:
        if self.save():
            super().accept()
