"""An e-mail merge without a server: one .eml file per recipient, which any mail
client opens and sends, and Python's email parser reads back. Nothing is recorded
as sent: the files may never be."""

from __future__ import annotations

from collections.abc import Callable, Generator, Sequence
from pathlib import Path

from coalitiondesk.core.exporting.target import PendingFile
from coalitiondesk.core.mailing.compose import Composed, MailJob
from coalitiondesk.core.mailing.messages import Attachment, message_bytes, new_message_id
from coalitiondesk.core.progress import Progress

STAGE = "Writing .eml files"


def write_eml_files(*, job: MailJob, targets: Sequence[Path], sender: str,
                    sender_name: str = "",
                    attach: Callable[[Composed], Attachment] | None = None,
                    ) -> Generator[Progress, None, list[Path]]:
    """Each message of `job` to its target (one per message, in order)."""
    written: list[Path] = []
    for done, (message, target) in enumerate(zip(job.messages, targets, strict=True)):
        yield Progress(STAGE, done, len(job.messages))
        content = message_bytes(
            message, sender=sender, sender_name=sender_name,
            message_id=new_message_id(sender),
            attachment=attach(message) if attach is not None else None)
        pending = PendingFile(target)
        pending.temporary.write_bytes(content)
        pending.commit()
        written.append(target)
    yield Progress(STAGE, len(job.messages), len(job.messages))
    return written
