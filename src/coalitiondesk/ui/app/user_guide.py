"""Help › User guide: docs/user-guide.md rendered in a window, with its screenshots.

The guide ships inside the package (coalitiondesk/docs, see pyproject.toml and
the PyInstaller spec), so it opens without a network or a browser. F1 opens
it at the section about the tab in front.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QImage, QTextCursor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

GUIDE_NAME = "user-guide.md"

# The guide's section (its heading's link name) for each tab; tabs without one open the top.
TAB_SECTIONS = {
    "organizations": "the-organizations-tab",
    "countries": "the-countries-tab",
    "contacts": "the-contacts-tab",
    "letters": "from-a-sign-on-letter-to-printed-letters-and-labels",
    "activities": "the-activities-tab",
    "reports": "the-reports-tab",
}


def guide_path() -> Path:
    """The guide inside the installed package, or in the source tree."""
    package = Path(__file__).resolve().parents[2]
    for folder in (package / "docs", package.parents[1] / "docs"):
        if (folder / GUIDE_NAME).is_file():
            return folder / GUIDE_NAME
    raise FileNotFoundError("The user guide is missing from this installation")


def anchor_name(heading: str) -> str:
    """The link name GitHub gives a heading, which the guide's own contents links use."""
    kept = re.sub(r"[^\w\- ]", "", heading.strip().lower())
    return kept.replace(" ", "-")


class UserGuide(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("CoalitionDesk user guide"))
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)  # the guide's links name headings, which Qt's do not
        self.browser.anchorClicked.connect(self._follow)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        path = guide_path()
        self._folder = path.parent
        self.browser.setSearchPaths([str(path.parent)])
        self.browser.document().setBaseUrl(QUrl.fromLocalFile(str(path.parent) + "/"))
        self.browser.setMarkdown(path.read_text(encoding="utf-8"))
        self._fit_to(parent)

    def _fit_to(self, parent: QWidget | None) -> None:
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        self.resize(min(900, screen.width() - 40), min(760, screen.height() - 60))
        self._shrink_pictures(self.width() - 80)

    def _shrink_pictures(self, widest: int) -> None:
        """Screenshots at their own size would be wider than the window; shown narrower,
        with their proportions."""
        document = self.browser.document()
        block = document.begin()
        while block.isValid():
            iterator = block.begin()
            while not iterator.atEnd():
                fragment = iterator.fragment()
                image_format = fragment.charFormat().toImageFormat()
                if fragment.isValid() and image_format.isValid():
                    image = QImage(str(self._folder / image_format.name()))
                    if not image.isNull() and image.width() > widest:
                        image_format.setWidth(widest)
                        image_format.setHeight(image.height() * widest / image.width())
                        cursor = QTextCursor(document)
                        cursor.setPosition(fragment.position())
                        cursor.setPosition(fragment.position() + fragment.length(),
                                           QTextCursor.MoveMode.KeepAnchor)
                        cursor.setCharFormat(image_format)
                iterator += 1
            block = block.next()

    def headings(self) -> list[str]:
        document = self.browser.document()
        block, found = document.begin(), []
        while block.isValid():
            if block.blockFormat().headingLevel() > 0:
                found.append(block.text())
            block = block.next()
        return found

    def show_section(self, name: str | None) -> bool:
        """Scroll to the heading with this link name; False (and the top) if there is none."""
        document = self.browser.document()
        block = document.begin()
        while block.isValid():
            if (name and block.blockFormat().headingLevel() > 0
                    and anchor_name(block.text()) == name):
                self.browser.verticalScrollBar().setValue(self.browser.verticalScrollBar()
                                                          .maximum())
                cursor = QTextCursor(block)
                self.browser.setTextCursor(cursor)
                self.browser.ensureCursorVisible()
                return True
            block = block.next()
        self.browser.verticalScrollBar().setValue(0)
        return False

    def section_shown(self) -> str:
        """The heading at the top of the view."""
        top = self.browser.cursorForPosition(self.browser.viewport().rect().topLeft())
        block = top.block()
        while block.isValid() and block.blockFormat().headingLevel() == 0:
            block = block.previous()
        return block.text() if block.isValid() else ""

    def _follow(self, url: QUrl) -> None:
        if url.hasFragment() and (not url.path() or url.path().endswith(GUIDE_NAME)):
            self.show_section(url.fragment())
        else:
            QDesktopServices.openUrl(url)
