"""What a volunteer on a shared server is told before a mailing: which recipients' home
addresses they may not read (core.merge.recipients), and the choice between their
organization's address and leaving them out. The print merge and the e-mail merge
show it, and ask before anything is written or sent."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QMessageBox, QVBoxLayout, QWidget

from coalitiondesk.ui.forms.record_form import ErrorLabel

# Names past this many are counted, not listed: the box must fit the screen.
_NAMED = 12


class Withheld(Protocol):
    """A recipient left out (or written to at their organization) for a withheld address."""

    @property
    def name(self) -> str: ...

    @property
    def organization(self) -> str: ...


class WithheldAddresses(QWidget):
    """A warning naming the recipients whose home address the volunteer may not read, and
    "Write to their organization's address"; hidden while there are none."""

    changed = Signal()
    """The choice changed: the caller merges again."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.warning = ErrorLabel(self)
        self.use_organization = QCheckBox(
            self.tr("Write to their organization's address instead"), self)
        self.use_organization.setToolTip(self.tr(
            "Only for those whose current organization has an address; the others stay "
            "left out"))
        self._withheld: tuple[Withheld, ...] = ()
        self._answered = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.warning)
        layout.addWidget(self.use_organization)
        self.use_organization.toggled.connect(lambda _on: self.changed.emit())
        self.setVisible(False)

    @property
    def organization_address(self) -> bool:
        return self.use_organization.isChecked()

    def show_recipients(self, withheld: Sequence[Withheld],
                        at_organization: Sequence[Withheld] = ()) -> None:
        """Those left out for a withheld home address, and those written to at their
        organization's address because the box is ticked."""
        self._withheld = tuple(withheld)
        self.setVisible(bool(withheld or at_organization))
        self.use_organization.setEnabled(bool(at_organization) or any(
            item.organization for item in withheld))
        if withheld:
            self.warning.show_problem(self.tr(
                "You may not read the home addresses of %n recipient(s), who are left out: "
                "{names}", "", len(withheld)).format(names=self._names(withheld)))
        elif at_organization:
            self.warning.show_problem(self.tr(
                "Written to at their organization's address (home address not readable by "
                "a volunteer): {names}").format(names=self._names(at_organization)))
        else:
            self.warning.show_problem(None)

    def _names(self, items: Sequence[Withheld]) -> str:
        named = [self.tr("{name} ({organization})").format(
            name=item.name, organization=item.organization) if item.organization
            else self.tr("{name} (no organization address)").format(name=item.name)
            for item in items[:_NAMED]]
        if len(items) > _NAMED:
            named.append(self.tr("and %n more", "", len(items) - _NAMED))
        return ", ".join(named)

    def confirm(self) -> bool:
        """Before writing or sending: with recipients left out for a withheld address and no
        answer yet, ask whether to use their organization's address or leave them out.
        False: the user cancelled. Choosing the organization's address ticks the box,
        whose `changed` merges again before this returns."""
        if not self._withheld or self._answered:
            return True
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Home addresses withheld"),
                          self.tr("You may not read the home addresses of %n recipient(s): "
                                  "{names}", "", len(self._withheld)).format(
                              names=self._names(self._withheld)),
                          QMessageBox.StandardButton.NoButton, self.window())
        offer = any(item.organization for item in self._withheld)
        box.setInformativeText(
            self.tr("Write to them at their organization's address, or leave them out?")
            if offer else self.tr("None of them has an organization with an address: "
                                  "leave them out?"))
        use = (box.addButton(self.tr("Use their organization's address"),
                             QMessageBox.ButtonRole.AcceptRole) if offer else None)
        leave = box.addButton(self.tr("Leave them out"), QMessageBox.ButtonRole.ActionRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.exec()
        clicked = box.clickedButton()
        if clicked is leave:
            self._answered = True
            return True
        if use is not None and clicked is use:
            self._answered = True
            self.use_organization.setChecked(True)
            return True
        return False
