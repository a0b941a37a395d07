"""E-mail merge's sending against bare smtplib sending the same prepared messages.

    python -m benchmarks.bench_email [--runs N]

500 recipients of one letter, sent to a local aiosmtpd server (its own process,
a sink that keeps nothing, no encryption: what is measured is ours, not TLS)
over one connection. Ours is send_steps, end to end: connecting, each message
built (MIME, Message-ID), recorded as going out before it goes (a batch a
commit) and its outcome written to the run's log at once and committed with
the next batch, the run throttled at no limit. Bare is smtplib.sendmail of the
same messages already built, with nothing recorded. The two run in turn, N
rounds (3 by default); wall-clock, best of the rounds, and the median of each
round's own ratio, which a shared machine's changing load moves less. Composing
the messages from the template is timed on its own.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

RECIPIENTS = 500
SENDER = "secretariat@coalition.example"
BODY = ("<p>{{ salutation }}</p><p>The coalition invites {{ organization or 'you' }} to sign "
        "its open letter on arbitrary detention. The text is attached; the list of "
        "signatories so far is below.</p><p>Please answer by Friday.</p>")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _wait_for(port: int) -> None:
    for _attempt in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.1)
    raise SystemExit("the local SMTP server did not start")


def main() -> None:
    import argparse
    import statistics

    from sqlmodel import select

    from coalitiondesk.core.mailing.compose import compose_steps
    from coalitiondesk.core.mailing.messages import message_bytes, new_message_id
    from coalitiondesk.core.mailing.sending import send_steps
    from coalitiondesk.core.mailing.server import Security, ServerSettings
    from coalitiondesk.core.merge.recipients import add_recipients
    from coalitiondesk.core.models import Dispatch
    from coalitiondesk.core.progress import run_to_end
    from coalitiondesk.core.records.contacts import create_contact
    from coalitiondesk.core.records.letters import create_letter
    from coalitiondesk.core.storage.db import open_database

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="rounds (default 3)")
    runs = parser.parse_args().runs
    port = _free_port()
    server = subprocess.Popen([sys.executable, "-m", "aiosmtpd", "-n", "-l",
                               f"127.0.0.1:{port}", "-c", "aiosmtpd.handlers.Sink"])
    try:
        _wait_for(port)
        settings = ServerSettings(host="127.0.0.1", port=port, security=Security.none,
                                  sender=SENDER, rate=0)
        ours: list[float] = []
        bare: list[float] = []
        composing: list[float] = []
        building: list[float] = []
        for _round in range(runs):
            with tempfile.TemporaryDirectory() as folder:
                database = open_database(Path(folder) / "bench.sqlite3")
                with database.transaction() as session:
                    letter = create_letter(session=session, title="Invitation", body=BODY)
                    ids = [create_contact(session=session, given_name=f"Given{n}",
                                          family_name=f"Family{n}", honorific="Ms",
                                          email=f"person{n}@example.org").id
                           for n in range(RECIPIENTS)]
                    assert letter.id is not None
                    add_recipients(session=session, letter_id=letter.id,
                                   contact_ids=[item for item in ids if item is not None])
                started = time.perf_counter()
                with database.session() as session:
                    job = run_to_end(compose_steps(session=session, letter_id=letter.id,
                                                   today=date.today()))
                composing.append(time.perf_counter() - started)
                started = time.perf_counter()
                prepared = [(item.address, message_bytes(
                    item, sender=SENDER, message_id=new_message_id(SENDER)))
                    for item in job.messages]
                building.append(time.perf_counter() - started)

                started = time.perf_counter()
                import smtplib

                with smtplib.SMTP("127.0.0.1", port) as connection:
                    for address, content in prepared:
                        connection.sendmail(SENDER, [address], content)
                bare.append(time.perf_counter() - started)

                started = time.perf_counter()
                report = run_to_end(send_steps(database, job=job, settings=settings,
                                               password=None, today=date.today()))
                ours.append(time.perf_counter() - started)
                assert len(report.sent) == RECIPIENTS
                with database.session() as session:
                    assert len(session.exec(select(Dispatch)).all()) == RECIPIENTS
                database.close()
    finally:
        server.terminate()
        server.wait()
    print(f"{RECIPIENTS} messages to a local SMTP server, best of {runs}")
    print(f"  composing (template, plain text):  {min(composing):.3f} s")
    print(f"  bare smtplib, prepared messages:   {min(bare):.3f} s")
    print(f"  send_steps (build, record, send):  {min(ours):.3f} s")
    print(f"  building the same messages alone:   {min(building):.3f} s")
    print(f"  ratio: {min(ours) / min(bare):.2f} (goal <= 1.5); median of the rounds' "
          f"ratios {statistics.median(a / b for a, b in zip(ours, bare, strict=True)):.2f}")
    per_message = (min(ours) - min(bare)) / RECIPIENTS
    print(f"  cost per message over bare: {per_message * 1000:.1f} ms; at the default 30 "
          f"messages a minute (one every 2 s): {per_message / 2 * 100:.1f} % of the run")


if __name__ == "__main__":
    main()
