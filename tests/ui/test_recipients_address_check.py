"""The recipients table names what an address lacks: "Check the address: street, country"."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from coalitiondesk.core.records.contacts import create_contact
from coalitiondesk.core.storage.db import Database
from coalitiondesk.ui.pages.letters_page import LettersPage
from coalitiondesk.ui.widgets.recipients_panel import RecipientModel


def test_an_incomplete_address_is_to_check_with_its_missing_parts(
        qtbot: QtBot, database: Database) -> None:
    with database.transaction() as session:
        phil = create_contact(session=session, given_name="Phil", family_name="Robertson",
                              city="New York")
        lee = create_contact(session=session, given_name="Yanghee", family_name="Lee",
                             street="Palais des Nations", city="Geneva", postcode="1211",
                             address_country_code="CH")
        ids = [contact.id for contact in (phil, lee) if contact.id is not None]
    page = LettersPage(database)
    qtbot.addWidget(page)
    page.show()
    page.new_letter("Mailing to rapporteurs")
    panel = page.recipients
    assert panel.add(contact_ids=ids) == 2
    model = panel.model
    shown = {model.index(row, RecipientModel.NAME).data():
             model.index(row, RecipientModel.PRINTS).data() for row in range(model.rowCount())}
    assert shown == {"Phil Robertson": "Check the address: street, country",
                     "Yanghee Lee": "✓"}
    assert panel.summary.text() == "1 of 2 will be printed"
