"""Page settings: paper, margins, letterhead and sender, stored in the database."""

from __future__ import annotations

import base64
from dataclasses import replace

import pytest

from coalitiondesk.core.errors import InvalidInput
from coalitiondesk.core.merge.documents import Letterhead
from coalitiondesk.core.merge.geometry import Paper
from coalitiondesk.core.merge.page import Margins, PageSettings, page_settings, set_page_settings
from coalitiondesk.core.storage.db import Database
from coalitiondesk.core.storage.settings import SettingKey, get_setting, set_setting

PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")


def test_a_new_database_has_sensible_defaults(database: Database) -> None:
    with database.session() as session:
        settings = page_settings(session=session)
    assert settings.paper is Paper.a4
    assert settings.margins == Margins(top=20, right=20, bottom=20, left=25)
    assert not settings.letterhead
    assert settings.sender_country_code is None
    assert settings.salutation_fallback == "Dear Sir or Madam,"


def test_settings_round_trip(database: Database) -> None:
    chosen = PageSettings(
        paper=Paper.letter, margins=Margins(top=25.4, right=19, bottom=25.4, left=19),
        letterhead=Letterhead(text="ICNK Secretariat", image_png=PNG),
        sender_name="ICNK", sender_address=("1 Sejong-daero", "Seoul 04524"),
        sender_country_code="kr", salutation_fallback="Dear friends,")
    with database.transaction() as session:
        set_page_settings(session=session, settings=chosen)
    with database.session() as session:
        stored = page_settings(session=session)
        assert get_setting(session=session, key=SettingKey.letterhead_image) == (
            base64.b64encode(PNG).decode())
    assert stored == replace(chosen, sender_country_code="KR")
    assert stored.sender_lines == ("ICNK", "1 Sejong-daero", "Seoul 04524")


def test_the_sender_s_country_is_read_from_its_address_when_not_set(database: Database) -> None:
    with database.transaction() as session:
        set_setting(session=session, key=SettingKey.coalition_address,
                    value="Seoul\nRepublic of Korea\n")
    with database.session() as session:
        assert page_settings(session=session).sender_country_code == "KR"


@pytest.mark.parametrize(("change", "message"), [
    ({"margins": Margins(top=-1)}, "Margins"),
    ({"margins": Margins(left=120)}, "Margins"),
    ({"letterhead": Letterhead(image_png=b"GIF89a")}, "PNG"),
    ({"sender_country_code": "XX"}, "country"),
])
def test_bad_settings_are_refused(database: Database, change: dict[str, object],
                                  message: str) -> None:
    with pytest.raises(InvalidInput, match=message), database.transaction() as session:
        set_page_settings(session=session, settings=replace(PageSettings(), **change))


def test_damaged_stored_values_fall_back_to_defaults(database: Database) -> None:
    with database.transaction() as session:
        set_setting(session=session, key=SettingKey.paper, value="A3")
        set_setting(session=session, key=SettingKey.margins, value="{not json")
        set_setting(session=session, key=SettingKey.letterhead_image, value="***")
    with database.session() as session:
        settings = page_settings(session=session)
    assert (settings.paper, settings.margins, settings.letterhead) == (
        Paper.a4, Margins(), Letterhead())
