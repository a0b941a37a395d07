"""A real SMTP server for the e-mail merge tests: aiosmtpd on the loopback, speaking
STARTTLS with a throwaway certificate made here (the `cryptography` package), with
a login, an address it refuses, and every message it accepts kept as bytes."""

from __future__ import annotations

import datetime
import ipaddress
import socket
import ssl
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

USER = "secretariat"
PASSWORD = "correct horse battery staple"


def make_certificate(folder: Path) -> tuple[Path, Path]:
    """A self-signed certificate for localhost and 127.0.0.1: (certificate, key)."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = datetime.datetime.now(datetime.UTC)
    certificate = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name)
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=2))
        .add_extension(x509.SubjectAlternativeName([
            x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256()))
    certificate_path, key_path = folder / "server.pem", folder / "server.key"
    certificate_path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption()))
    return certificate_path, key_path


@dataclass
class Received:
    sender: str
    recipients: list[str]
    content: bytes

    @property
    def message(self) -> EmailMessage:
        parsed = message_from_bytes(self.content, policy=policy.default)
        assert isinstance(parsed, EmailMessage)
        return parsed


@dataclass
class Handler:
    refuse: set[str] = field(default_factory=set)
    received: list[Received] = field(default_factory=list)
    on_message: Callable[[Received], None] | None = None

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str,
                          options: list[str]) -> str:
        if address in self.refuse:
            return "550 5.1.1 No such mailbox here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        item = Received(envelope.mail_from, list(envelope.rcpt_tos), envelope.original_content
                        or envelope.content)
        self.received.append(item)
        if self.on_message is not None:
            self.on_message(item)
        return "250 Message accepted for delivery"


def _authenticator(server: Any, session: Any, envelope: Any, mechanism: str,
                   data: Any) -> AuthResult:
    ok = (isinstance(data, LoginPassword) and data.login.decode() == USER
          and data.password.decode() == PASSWORD)
    return AuthResult(success=ok, handled=False)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class MailServer:
    host: str
    port: int
    certificate: Path
    handler: Handler

    @property
    def address(self) -> str:
        return f"{self.host}:{self.port}"


@contextmanager
def mail_server(folder: Path, *, refuse: set[str] = frozenset(),  # type: ignore[assignment]
                login: bool = True) -> Iterator[MailServer]:
    """A server on localhost requiring STARTTLS (and a login, unless `login` is False)."""
    certificate, key = make_certificate(folder)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(certificate, key)
    handler = Handler(refuse=set(refuse))
    port = free_port()
    extra: dict[str, Any] = {"authenticator": _authenticator, "auth_required": True} if login \
        else {}
    controller = Controller(handler, hostname="127.0.0.1", port=port,
                            server_hostname="localhost", tls_context=context,
                            require_starttls=True, ready_timeout=10, **extra)
    controller.start()
    try:
        yield MailServer("localhost", port, certificate, handler)
    finally:
        controller.stop()
