"""Writing the export beside its target and moving it into place only when complete.

A half-written workbook never replaces a good one: the export goes to a
temporary file in the same folder (so the final move is an atomic rename on
the same file system), and the old file stays untouched if anything fails.
The temporary file is readable by the user alone until it becomes the target,
and is removed on the next start if the process is killed meanwhile
(core.scratch).
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import shutil
from enum import StrEnum
from pathlib import Path

from coalitiondesk.core.errors import CoalitionDeskError, InvalidInput
from coalitiondesk.core.storage import scratch
from coalitiondesk.core.storage.files import (
    NAME_MAX,
    check_file_name,
    describe_os_error,
    fitting_name,
    name_size,
)


class ExportTargetUnavailable(CoalitionDeskError):
    """The export cannot be written where the user asked."""


class FileFormat(StrEnum):
    xlsx = "xlsx"
    csv = "csv"


def file_format(path: Path) -> FileFormat:
    check_file_name(path)
    if path.is_dir():
        raise ExportTargetUnavailable("{path} is a folder; choose a file name", path=path)
    suffix = path.suffix.lower().lstrip(".")
    try:
        return FileFormat(suffix)
    except ValueError:
        raise InvalidInput(
            "{name} is neither an Excel workbook (.xlsx) nor a csv file (.csv)", name=path.name
        ) from None


def lock_files(path: Path) -> list[Path]:
    """Lock files that office programs keep beside a document they have open."""
    candidates = [
        path.with_name(f".~lock.{path.name}#"),  # LibreOffice, OpenOffice
        path.with_name(f"~${path.name}"),  # Microsoft Office
        path.with_name(f"~${path.name[2:]}"),  # Microsoft Office, long names
    ]
    # A name too long for the file system cannot be a lock file (and stat() would fail).
    return [candidate for candidate in candidates
            if name_size(candidate.name) <= NAME_MAX and candidate.is_file()]


class PendingFile:
    """A temporary file beside `target`, either moved onto it or removed."""

    def __init__(self, target: Path) -> None:
        self.target = target.expanduser().absolute()
        self._check_target()
        self.temporary = self._create_temporary()

    def _check_target(self) -> None:
        target, folder = self.target, self.target.parent
        check_file_name(target)
        if not folder.exists():
            raise ExportTargetUnavailable("The folder {folder} does not exist", folder=folder)
        if not folder.is_dir():
            raise ExportTargetUnavailable("{folder} is not a folder", folder=folder)
        if target.is_dir():
            raise ExportTargetUnavailable("{target} is a folder; choose a file name",
                                          target=target)
        if lock_files(target):
            raise ExportTargetUnavailable(
                "{name} is open in another program; close it there and export again",
                name=target.name
            )
        if target.exists() and not os.access(target, os.W_OK):
            raise ExportTargetUnavailable("{target} is read-only; choose another file name",
                                          target=target)

    def _create_temporary(self) -> Path:
        for _attempt in range(100):
            candidate = self.target.with_name(fitting_name(
                self.target.name, prefix=".", suffix=f".{secrets.token_hex(4)}.tmp"))
            try:
                # Readable by the user alone while it is written (core.scratch).
                scratch.create_private(candidate)
            except FileExistsError:
                continue
            except PermissionError:
                raise ExportTargetUnavailable(
                    "Cannot write to the folder {parent}: permission denied",
                    parent=self.target.parent
                ) from None
            except OSError as error:
                raise ExportTargetUnavailable(
                    "Cannot write to the folder {parent}: {error}",
                    parent=self.target.parent, error=describe_os_error(error)
                ) from None
            # Removed on the next start if this process is killed before it is done.
            scratch.record(candidate)
            return candidate
        raise ExportTargetUnavailable("Cannot create a file in {parent}",
                                      parent=self.target.parent)

    def commit(self) -> None:
        """Move the finished file onto the target; on failure the target is as it was."""
        if self.target.exists():
            # On failure the new file stays user-only: not worth failing for.
            with contextlib.suppress(OSError):
                shutil.copymode(self.target, self.temporary)
        else:
            scratch.make_public(self.temporary)
        if lock_files(self.target):
            raise ExportTargetUnavailable(
                "{name} was opened in another program during the export; close it there and "
                "export again",
                name=self.target.name
            )
        try:
            self.temporary.replace(self.target)
        except PermissionError:
            # Windows refuses to replace a file another program has open.
            raise ExportTargetUnavailable(
                "Cannot replace {target}: it is open in another program or read-only",
                target=self.target
            ) from None
        except OSError as error:
            if error.errno in (errno.EBUSY, errno.ETXTBSY):
                raise ExportTargetUnavailable(
                    "Cannot replace {target}: it is in use", target=self.target) from None
            raise ExportTargetUnavailable(
                "Cannot replace {target}: {error}",
                target=self.target, error=describe_os_error(error)) from None

    def discard(self) -> None:
        self.temporary.unlink(missing_ok=True)
