"""Settings kept in the database itself, so they travel with the coalition's data."""

from __future__ import annotations

from enum import StrEnum

from sqlmodel import Session

from coalitiondesk.core.models import Setting


class SettingKey(StrEnum):
    coalition_name = "coalition.name"
    coalition_address = "coalition.address"
    # ISO code of the country the coalition mails from: the country line is
    # printed only on mail to other countries.
    coalition_country = "coalition.country"
    salutation_fallback = "letters.salutation_fallback"
    paper = "letters.paper"
    margins = "letters.margins_mm"
    letterhead_text = "letters.letterhead_text"
    # PNG bytes in base64, so the letterhead travels with the database.
    letterhead_image = "letters.letterhead_image"
    export_profiles = "export.profiles"
    import_mappings = "import.mappings"
    # The mail server e-mail merge sends through (core.mailing); never its password.
    smtp_host = "email.smtp_host"
    smtp_port = "email.smtp_port"
    smtp_security = "email.smtp_security"
    smtp_user = "email.smtp_user"
    email_from = "email.from"
    email_rate = "email.messages_per_minute"


def get_setting(*, session: Session, key: SettingKey, default: str = "") -> str:
    setting = session.get(Setting, key.value)
    return setting.value if setting is not None else default


def set_setting(*, session: Session, key: SettingKey, value: str) -> None:
    setting = session.get(Setting, key.value) or Setting(key=key.value, value=value)
    setting.value = value
    session.add(setting)
    session.flush()
