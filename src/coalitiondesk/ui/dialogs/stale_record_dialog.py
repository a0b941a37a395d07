"""The question after a save refused because the record changed since it was opened:
reload the new version, or put one's own edits on top of it.

Record forms and the letter editor ask the same question; each then does the
chosen thing with its own load and reload-keeping-edits.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import QMessageBox, QWidget

from coalitiondesk.core.journal.operations import StaleRecord
from coalitiondesk.ui.text.journal_labels import translated


class StaleChoice(Enum):
    RELOAD = "reload"
    KEEP_EDITS = "keep_edits"
    CANCEL = "cancel"


class StaleRecordBox(QMessageBox):
    """Names what changed the record since, and offers Reload or "Put my edits on top"."""

    def __init__(self, name: str, stale: StaleRecord, parent: QWidget | None = None) -> None:
        super().__init__(QMessageBox.Icon.Warning, "", "", QMessageBox.StandardButton.Cancel,
                         parent)
        self.setWindowTitle(self.tr("Changed since you opened it"))
        since = "\n".join(self.tr("• {what}, {when}, by {who}").format(
            what=translated(op.label), when=op.at.strftime("%Y-%m-%d %H:%M UTC"), who=op.who)
            for op in stale.operations) or self.tr("• another program")
        self.setText(self.tr("{name} was changed since you opened it:").format(name=name)
                     + "\n" + since)
        self.setInformativeText(self.tr(
            "Reload it to see the new version, or put your own edits on top of it "
            "and check them before saving."))
        self.reload_button = self.addButton(self.tr("Reload"),
                                            QMessageBox.ButtonRole.DestructiveRole)
        self.keep_button = self.addButton(self.tr("Put my edits on top"),
                                          QMessageBox.ButtonRole.AcceptRole)
        self.setDefaultButton(self.keep_button)

    def choice(self) -> StaleChoice:
        clicked = self.clickedButton()
        if clicked is self.reload_button:
            return StaleChoice.RELOAD
        if clicked is self.keep_button:
            return StaleChoice.KEEP_EDITS
        return StaleChoice.CANCEL


def ask_about_stale(parent: QWidget | None, *, name: str, stale: StaleRecord) -> StaleChoice:
    """Ask, modally, what to do with a save refused as stale."""
    box = StaleRecordBox(name, stale, parent)
    box.exec()
    return box.choice()
