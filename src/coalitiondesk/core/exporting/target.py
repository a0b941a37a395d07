"""Writing the export beside its target and moving it into place only when complete.

A half-written workbook never replaces a good one: the export goes to a
temporary file in the same folder (so the final move is an atomic rename on
the same file system), and the old file stays untouched if anything fails.
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


class ExportTargetUnavailable(CoalitionDeskError):
    """The export cannot be written where the user asked."""


class FileFormat(StrEnum):
    xlsx = "xlsx"
    csv = "csv"


def file_format(path: Path) -> FileFormat:
    if path.is_dir():
        raise ExportTargetUnavailable(f"{path} is a folder; choose a file name")
    suffix = path.suffix.lower().lstrip(".")
    try:
        return FileFormat(suffix)
    except ValueError:
        raise InvalidInput(
            f"{path.name} is neither an Excel workbook (.xlsx) nor a csv file (.csv)"
        ) from None


def lock_files(path: Path) -> list[Path]:
    """Lock files that office programs keep beside a document they have open."""
    candidates = [
        path.with_name(f".~lock.{path.name}#"),  # LibreOffice, OpenOffice
        path.with_name(f"~${path.name}"),  # Microsoft Office
        path.with_name(f"~${path.name[2:]}"),  # Microsoft Office, long names
    ]
    return [candidate for candidate in candidates if candidate.is_file()]


class PendingFile:
    """A temporary file beside `target`, either moved onto it or removed."""

    def __init__(self, target: Path) -> None:
        self.target = target.expanduser().absolute()
        self._check_target()
        self.temporary = self._create_temporary()

    def _check_target(self) -> None:
        target, folder = self.target, self.target.parent
        if not folder.exists():
            raise ExportTargetUnavailable(f"The folder {folder} does not exist")
        if not folder.is_dir():
            raise ExportTargetUnavailable(f"{folder} is not a folder")
        if target.is_dir():
            raise ExportTargetUnavailable(f"{target} is a folder; choose a file name")
        if lock_files(target):
            raise ExportTargetUnavailable(
                f"{target.name} is open in another program; close it there and export again"
            )
        if target.exists() and not os.access(target, os.W_OK):
            raise ExportTargetUnavailable(f"{target} is read-only; choose another file name")

    def _create_temporary(self) -> Path:
        for _attempt in range(100):
            candidate = self.target.with_name(
                f".{self.target.name}.{secrets.token_hex(4)}.tmp")
            try:
                # Created with the default permissions, like any file the user saves.
                descriptor = os.open(candidate, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
            except FileExistsError:
                continue
            except PermissionError:
                raise ExportTargetUnavailable(
                    f"Cannot write to the folder {self.target.parent}: permission denied"
                ) from None
            except OSError as error:
                raise ExportTargetUnavailable(
                    f"Cannot write to the folder {self.target.parent}: "
                    f"{error.strerror or error}"
                ) from None
            os.close(descriptor)
            return candidate
        raise ExportTargetUnavailable(f"Cannot create a file in {self.target.parent}")

    def commit(self) -> None:
        """Move the finished file onto the target; on failure the target is as it was."""
        if self.target.exists():
            # On failure the new file keeps default permissions: not worth failing for.
            with contextlib.suppress(OSError):
                shutil.copymode(self.target, self.temporary)
        if lock_files(self.target):
            raise ExportTargetUnavailable(
                f"{self.target.name} was opened in another program during the export; "
                "close it there and export again"
            )
        try:
            self.temporary.replace(self.target)
        except PermissionError:
            # Windows refuses to replace a file another program has open.
            raise ExportTargetUnavailable(
                f"Cannot replace {self.target}: it is open in another program or read-only"
            ) from None
        except OSError as error:
            if error.errno in (errno.EBUSY, errno.ETXTBSY):
                raise ExportTargetUnavailable(
                    f"Cannot replace {self.target}: it is in use") from None
            raise ExportTargetUnavailable(
                f"Cannot replace {self.target}: {error.strerror or error}") from None

    def discard(self) -> None:
        self.temporary.unlink(missing_ok=True)
