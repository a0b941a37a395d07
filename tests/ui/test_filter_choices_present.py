"""The filter row above the Contacts and Organizations tables offers the countries, tags
and own text values the table's records hold: every choice finds someone."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from coalitiondesk.core.records import contacts, custom_fields, edits, organizations
from coalitiondesk.core.storage.db import Database
from coalitiondesk.ui.widgets.filter_bar import ContactFilterBar, OrganizationFilterBar


def _texts(combo: object) -> list[str]:
    return [combo.itemText(index) for index in range(combo.count())]  # type: ignore[attr-defined]


def test_countries_tags_and_few_text_values_are_the_ones_records_hold(
    qtbot: QtBot, database: Database
) -> None:
    region = custom_fields.add_field(database, record_kind="contact", label="Home area")
    source = custom_fields.add_field(database, record_kind="contact", label="Source")
    assert region.id is not None and source.id is not None
    for index, (name, country, area, tags) in enumerate((
            ("Kim", "KR", "Hamgyong", ["witness"]), ("Lee", "KR", "HAMGYONG", []),
            ("Park", "JP", "Ryanggang", ["press"]), ("Choi", None, None, []))):
        edits.save_record(database, kind="contact", name=name, tags=tags, values={
            "family_name": name, "address_country_code": country,
            "custom_values": custom_fields.encode_values(
                {region.id: area, source.id: f"interview {index}"} if area else {})})
    # Thirty different sources are for the search box, not a drop-down.
    for number in range(30):
        edits.save_record(database, kind="contact", name=f"P{number}", values={
            "family_name": f"P{number}",
            "custom_values": custom_fields.encode_values({source.id: f"note {number}"})})
    edits.save_record(database, kind="organization", name="NK Watch", tags=["donor"],
                      values={"name": "NK Watch", "country_code": "DE"})

    bar = ContactFilterBar(database)
    qtbot.addWidget(bar)
    assert _texts(bar.country) == ["All countries", "Japan", "South Korea"]
    assert _texts(bar.tag) == ["Any tag", "press", "witness"]
    assert _texts(bar.own) == ["Any own field", "Home area: Hamgyong", "Home area: Ryanggang"]
    bar.own.setCurrentIndex(1)
    with database.session() as session:
        found = contacts.list_contacts(session=session, filters=bar.filters())
        assert sorted(contact.family_name or "" for contact in found) == ["Kim", "Lee"]

    organization_bar = OrganizationFilterBar(database)
    qtbot.addWidget(organization_bar)
    assert _texts(organization_bar.country) == [
        "All countries", "International (no country)", "Germany"]
    assert _texts(organization_bar.tag) == ["Any tag", "donor"]
    # A country no organization has yet (from the Countries tab) shows an empty table.
    organization_bar.set_country("FR")
    assert organization_bar.country.currentText() == "France"
    with database.session() as session:
        assert organizations.list_organizations(
            session=session, filters=organization_bar.filters()) == []
