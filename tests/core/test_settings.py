"""Settings kept in the database, so that they travel with the coalition's data."""

from __future__ import annotations

from pathlib import Path

from coalitiondesk.core.storage.db import Database, open_database
from coalitiondesk.core.storage.settings import SettingKey, get_setting, set_setting


def test_missing_setting_gives_the_default(database: Database) -> None:
    with database.session() as session:
        assert get_setting(session=session, key=SettingKey.coalition_name) == ""
        assert get_setting(
            session=session, key=SettingKey.salutation_fallback, default="Dear friends,"
        ) == "Dear friends,"


def test_setting_is_stored_overwritten_and_survives_reopening(database: Database) -> None:
    with database.transaction() as session:
        set_setting(session=session, key=SettingKey.coalition_name, value="ICNK")
    with database.transaction() as session:
        set_setting(session=session, key=SettingKey.coalition_name, value="ICNK secretariat")
        set_setting(session=session, key=SettingKey.coalition_address, value="Seoul\nKorea")

    path = database.path
    assert isinstance(path, Path)
    database.close()
    reopened = open_database(path, create=False)
    try:
        with reopened.session() as session:
            assert get_setting(session=session, key=SettingKey.coalition_name) == (
                "ICNK secretariat"
            )
            assert get_setting(session=session, key=SettingKey.coalition_address) == (
                "Seoul\nKorea"
            )
    finally:
        reopened.close()


def test_setting_keys_are_namespaced_text() -> None:
    assert SettingKey.coalition_name.value == "coalition.name"
    assert SettingKey("letters.salutation_fallback") is SettingKey.salutation_fallback
