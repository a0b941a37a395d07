"""Settings kept in the database itself, so they travel with the coalition's data."""

from __future__ import annotations

from enum import StrEnum

from sqlmodel import Session

from coalitiondesk.core.models import Setting


class SettingKey(StrEnum):
    coalition_name = "coalition.name"
    coalition_address = "coalition.address"
    salutation_fallback = "letters.salutation_fallback"
    export_profiles = "export.profiles"
    import_mappings = "import.mappings"


def get_setting(*, session: Session, key: SettingKey, default: str = "") -> str:
    setting = session.get(Setting, key.value)
    return setting.value if setting is not None else default


def set_setting(*, session: Session, key: SettingKey, value: str) -> None:
    setting = session.get(Setting, key.value) or Setting(key=key.value, value=value)
    setting.value = value
    session.add(setting)
    session.flush()
