"""The search box and filter choices above the Organizations and Contacts tables.

Countries and tags are those the table's records hold (core.records.present_values),
so that no choice finds nothing. The coordinator's own fields of the yes/no and
one-of-a-list kinds, and own text fields holding few different values, are one more
choice ("Trust level: High", "Region: Hamgyong"), shown only when there are such
fields; other text, number and date fields are found with the search box.
"""

from __future__ import annotations

import dataclasses
from typing import Any, Literal

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from coalitiondesk.core.geography.country_table import get_country
from coalitiondesk.core.models import CustomFieldType, MembershipStatus, Sensitivity
from coalitiondesk.core.records import custom_fields
from coalitiondesk.core.records.contacts import ContactFilter
from coalitiondesk.core.records.organizations import OrganizationFilter, organization_choices
from coalitiondesk.core.records.present_values import (
    countries_present,
    tags_present,
    text_values_present,
)
from coalitiondesk.core.storage.db import Database
from coalitiondesk.ui.app.i18n import country_choices
from coalitiondesk.ui.app.icons import icon
from coalitiondesk.ui.text.value_labels import membership_status_label, sensitivity_label
from coalitiondesk.ui.widgets.lazy_combo import LazyComboBox

INTERNATIONAL = "__international__"


class FilterBar(QWidget):
    """Search as you type plus a row of combo boxes; `changed` carries nothing: read filters()."""

    changed = Signal()
    RECORD_KIND: Literal["organization", "contact"] = "organization"
    """Whose countries, tags and own fields the choices list."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search names, acronyms, e-mail, notes…"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setAccessibleName(self.tr("Search"))
        self.search.textChanged.connect(self.changed)
        # The search box gets a row of its own: it is what people use most and
        # its hint must not be cut short beside the table's form.
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.search)
        self._layout = QHBoxLayout()
        outer.addLayout(self._layout)
        self.country = self._combo(self.tr("Country"))
        self.tag = self._combo(self.tr("Tag"))
        self.own = self._combo(self.tr("Own field"))
        self.own.hide()

    def _combo(self, name: str, combo: QComboBox | None = None) -> QComboBox:
        combo = combo or QComboBox(self)
        combo.setAccessibleName(name)
        combo.setToolTip(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        combo.currentIndexChanged.connect(self.changed)
        self._layout.addWidget(combo, 1)
        return combo

    @staticmethod
    def _fill(combo: QComboBox, any_label: str, items: list[tuple[str, Any]]) -> None:
        """Refill a combo, keeping the current choice when it still exists."""
        current = combo.currentData()
        with QSignalBlocker(combo):
            combo.clear()
            combo.addItem(any_label, None)
            for label, value in items:
                combo.addItem(label, value)
            index = combo.findData(current)
            combo.setCurrentIndex(max(index, 0))

    def reload_choices(self) -> None:
        with self._database.session() as session:
            countries = country_choices(countries_present(session=session,
                                                          record_kind=self.RECORD_KIND))
            tags = [(name, name) for name in tags_present(session=session,
                                                          record_kind=self.RECORD_KIND)]
            own = self._own_items(session)
            self._reload_more(session)
        self._fill(self.country, self.tr("All countries"), self._country_items(countries))
        self._fill(self.tag, self.tr("Any tag"), tags)
        self._fill(self.own, self.tr("Any own field"), own)
        self.own.setVisible(bool(own))

    def _own_items(self, session: Any) -> list[tuple[str, Any]]:
        items: list[tuple[str, Any]] = []
        for definition in custom_fields.list_custom_fields(session=session,
                                                           record_kind=self.RECORD_KIND):
            kind = CustomFieldType(definition.value_type)
            if kind is CustomFieldType.choice:
                values = [(option, option) for option in custom_fields.options(definition)]
            elif kind is CustomFieldType.flag:
                values = [(self.tr("yes"), "yes"), (self.tr("no"), "no")]
            else:
                present = text_values_present(session=session, definition=definition)
                if not present:
                    continue
                values = [(value, value) for value in present]
            items.extend((f"{definition.label}: {shown}", f"{definition.id}:{value}")
                         for shown, value in values)
        return items

    def own_filter(self) -> tuple[tuple[int, Any], ...]:
        """The own field chosen, as (field id, value) for the core filter."""
        chosen = self.own.currentData()
        if not chosen:
            return ()
        field_id, _, value = str(chosen).partition(":")
        return ((int(field_id), value),)

    def _country_items(self, countries: list[tuple[str, Any]]) -> list[tuple[str, Any]]:
        return countries

    def _reload_more(self, session: Any) -> None:
        """Subclasses read their own choices here, in the same session."""

    def filters(self) -> Any:
        """The filter dataclass the table's core service takes."""
        raise NotImplementedError

    def set_country(self, code: str | None) -> None:
        """Show the records of `code`'s country, an empty table when none has it yet."""
        if code is not None and self.country.findData(code) < 0:
            with self._database.session() as session:
                [(name, value)] = country_choices([get_country(session=session, code=code)])
            with QSignalBlocker(self.country):
                self.country.addItem(name, value)
        self.country.setCurrentIndex(max(self.country.findData(code), 0))

    def clear(self) -> None:
        with QSignalBlocker(self.search):
            self.search.clear()
        for combo in self.findChildren(QComboBox):
            with QSignalBlocker(combo):
                combo.setCurrentIndex(0)
        self.changed.emit()

    def is_filtering(self) -> bool:
        return bool(self.search.text().strip()) or any(
            combo.currentIndex() > 0 for combo in self.findChildren(QComboBox))


class OrganizationFilterBar(FilterBar):
    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(database, parent)
        self.membership = self._combo(self.tr("Membership"))
        self._fill(self.membership, self.tr("Any membership"),
                   [(membership_status_label(s), s.value) for s in MembershipStatus])
        self.reload_choices()

    def _country_items(self, countries: list[tuple[str, Any]]) -> list[tuple[str, Any]]:
        return [(self.tr("International (no country)"), INTERNATIONAL), *countries]

    def filters(self) -> OrganizationFilter:
        country = self.country.currentData()
        return OrganizationFilter(
            search=self.search.text(),
            country_code=None if country in (None, INTERNATIONAL) else country,
            international=True if country == INTERNATIONAL else None,
            membership_status=self.membership.currentData(),
            tag=self.tag.currentData(),
            custom=self.own_filter(),
        )


class ContactFilterBar(FilterBar):
    RECORD_KIND: Literal["organization", "contact"] = "contact"

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(database, parent)
        self.organization = LazyComboBox(self)
        self._combo(self.tr("Organization"), self.organization)
        # Thousands of organizations: let the coordinator type to find one.
        self.organization.setEditable(True)
        self.organization.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        line_edit = self.organization.lineEdit()
        assert line_edit is not None
        line_edit.setPlaceholderText(self.tr("Any organization"))
        self.sensitivity = self._combo(self.tr("Sensitivity"))
        self._fill(self.sensitivity, self.tr("Any sensitivity"),
                   [(sensitivity_label(s), s.value) for s in Sensitivity])
        self.reload_choices()

    def _reload_more(self, session: Any) -> None:
        self.organization.set_loader(self._organizations,
                                     fixed=[(self.tr("Any organization"), None)])

    def _organizations(self) -> list[tuple[str, Any]]:
        with self._database.session() as session:
            return [(name, i) for i, name, _acronym in organization_choices(session=session)]

    def filters(self) -> ContactFilter:
        return dataclasses.replace(
            ContactFilter(),
            search=self.search.text(),
            country_code=self.country.currentData(),
            organization_id=self.organization.currentData(),
            sensitivity=self.sensitivity.currentData(),
            tag=self.tag.currentData(),
            custom=self.own_filter(),
        )
