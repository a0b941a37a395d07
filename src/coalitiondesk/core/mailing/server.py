"""The mail server: where it is and how to reach it (kept in the database's
settings, so they travel with the coalition's data), and its password, which
never does: it comes from the system keyring, else COALITIONDESK_SMTP_PASSWORD,
else whoever asks the person (a terminal prompt, a dialog)."""

from __future__ import annotations

import contextlib
import os
import smtplib
import ssl
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path

from sqlmodel import Session

from coalitiondesk.core.errors import CoalitionDeskError, InvalidInput
from coalitiondesk.core.storage.remembered import KeyringFailed, _backend
from coalitiondesk.core.storage.settings import SettingKey, get_setting, set_setting

PASSWORD_VARIABLE = "COALITIONDESK_SMTP_PASSWORD"
KEYRING_SERVICE = "CoalitionDesk mail server"
DEFAULT_RATE = 30
"""Messages per minute: what ordinary mail providers take without calling it spam."""
_PORTS = {"starttls": 587, "tls": 465, "none": 25}


class Security(StrEnum):
    starttls = "starttls"
    tls = "tls"
    none = "none"


class MailServerError(CoalitionDeskError):
    """The mail server could not be reached, would not take us, or broke off."""


@dataclass(frozen=True)
class ServerSettings:
    host: str = ""
    port: int | None = None
    security: Security = Security.starttls
    user: str = ""
    sender: str = ""
    rate: int = DEFAULT_RATE

    @property
    def effective_port(self) -> int:
        return self.port or _PORTS[self.security]


def server_settings(*, session: Session) -> ServerSettings:
    def text(key: SettingKey) -> str:
        return get_setting(session=session, key=key).strip()

    port = text(SettingKey.smtp_port)
    rate = text(SettingKey.email_rate)
    security = text(SettingKey.smtp_security)
    return ServerSettings(
        host=text(SettingKey.smtp_host), port=int(port) if port.isdigit() else None,
        security=Security(security) if security in Security.__members__ else Security.starttls,
        user=text(SettingKey.smtp_user), sender=text(SettingKey.email_from),
        rate=int(rate) if rate.isdigit() else DEFAULT_RATE)


def save_server_settings(*, session: Session, settings: ServerSettings) -> None:
    """Store them (inside the caller's operation); the password is never among them."""
    values = {
        SettingKey.smtp_host: settings.host, SettingKey.smtp_port: str(settings.port or ""),
        SettingKey.smtp_security: settings.security.value,
        SettingKey.smtp_user: settings.user, SettingKey.email_from: settings.sender,
        SettingKey.email_rate: str(settings.rate),
    }
    for key, value in values.items():
        if get_setting(session=session, key=key) != value:
            set_setting(session=session, key=key, value=value)


def with_overrides(settings: ServerSettings, *, host: str | None = None,
                   port: int | None = None, security: str | None = None,
                   user: str | None = None, sender: str | None = None,
                   rate: int | None = None) -> ServerSettings:
    changes: dict[str, object] = {}
    if host is not None:
        changes["host"] = host.strip()
        changes["port"] = port
    if security is not None:
        changes["security"] = Security(security)
    for name, value in (("user", user), ("sender", sender), ("rate", rate)):
        if value is not None:
            changes[name] = value
    return replace(settings, **changes)  # type: ignore[arg-type]


def _account(settings: ServerSettings) -> str:
    return f"{settings.user}@{settings.host}"


def remembered_password(settings: ServerSettings) -> str | None:
    backend = _backend()
    if backend is None or not settings.user:
        return None
    try:
        return backend.get_password(KEYRING_SERVICE, _account(settings)) or None
    except Exception:  # backends raise their own errors (D-Bus, Windows) besides keyring's
        return None


def remember_password(settings: ServerSettings, password: str) -> None:
    """Keep the password in the system keyring. Raises KeyringFailed."""
    backend = _backend()
    if backend is None:
        raise KeyringFailed("no system keyring")
    try:
        backend.set_password(KEYRING_SERVICE, _account(settings), password)
    except Exception as error:  # backends raise their own errors besides keyring's
        raise KeyringFailed(str(error) or type(error).__name__) from None


def password(settings: ServerSettings, *, ask: Callable[[str], str | None] | None = None
             ) -> str | None:
    """The server's password: the keyring's, else the environment's, else `ask`'s."""
    if not settings.user:
        return None
    found = remembered_password(settings) or os.environ.get(PASSWORD_VARIABLE)
    if not found and ask is not None:
        found = ask(f"Password for {settings.user} at {settings.host}: ")
    if not found:
        raise InvalidInput(
            "No password for {user} at {host}: keep it in the system keyring, give it in "
            "{variable}, or run the command on a terminal", user=settings.user,
            host=settings.host, variable=PASSWORD_VARIABLE)
    return found


def check_settings(settings: ServerSettings) -> None:
    if not settings.host:
        raise InvalidInput("Say which mail server to send through (host:port)")
    if settings.security == Security.none and settings.user:
        # A password over an unencrypted connection can be read by anyone on the way.
        raise InvalidInput("A password is never sent to a mail server without encryption: "
                           "use starttls or tls")
    if settings.rate < 0:
        raise InvalidInput("Messages per minute cannot be negative")


def connect(settings: ServerSettings, *, password: str | None,
            ca_file: Path | None = None, timeout: float = 60) -> smtplib.SMTP:
    """A logged-in connection; the server's certificate checked against the system's
    authorities (or `ca_file`'s). Raises MailServerError in one sentence."""
    host, port = settings.host, settings.effective_port
    # Loading the system's authorities takes tens of milliseconds: only when used.
    context = (ssl.create_default_context(cafile=str(ca_file) if ca_file else None)
               if settings.security != Security.none else None)
    where = f"{host}:{port}"
    connection: smtplib.SMTP | None = None
    try:
        if settings.security == Security.tls:
            connection = smtplib.SMTP_SSL(host, port, timeout=timeout, context=context)
        else:
            connection = smtplib.SMTP(host, port, timeout=timeout)
            if settings.security == Security.starttls:
                connection.starttls(context=context)
        connection.ehlo()
        if settings.user:
            connection.login(settings.user, password or "")
        return connection
    except ssl.SSLCertVerificationError as error:
        _close(connection)
        raise MailServerError("The certificate of {where} could not be checked ({reason}); "
                              "nothing was sent", where=where,
                              reason=error.verify_message or str(error)) from None
    except smtplib.SMTPNotSupportedError:
        _close(connection)
        raise MailServerError("{where} does not offer STARTTLS; nothing was sent",
                              where=where) from None
    except smtplib.SMTPAuthenticationError as error:
        _close(connection)
        raise MailServerError("{where} refused the user name or password ({reply}); "
                              "nothing was sent", where=where,
                              reply=reply_text(error.smtp_code, error.smtp_error)) from None
    except (smtplib.SMTPException, OSError) as error:
        _close(connection)
        raise MailServerError("Could not reach the mail server {where} ({reason}); nothing "
                              "was sent", where=where,
                              reason=str(error) or type(error).__name__) from None


def reply_text(code: int, message: bytes | str) -> str:
    text = message.decode("utf-8", "replace") if isinstance(message, bytes) else message
    return f"{code} {' '.join(text.split())}".strip()


def _close(connection: smtplib.SMTP | None) -> None:
    if connection is None:
        return
    with contextlib.suppress(OSError):
        connection.close()
