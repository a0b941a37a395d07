"""Open and save dialogs that start in the folder last used for that kind of file.

A coordinator who saved an export beside the partners' files expects the next
export there too, not in the home folder. Each kind of file (databases,
imports, exports, reports ...) remembers its own folder in QSettings.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

DATABASE = "database"
IMPORT = "import"
ERROR_REPORT = "error_report"
EXPORT = "export"
REPORT = "report"


def _key(kind: str) -> str:
    return f"files/last_folder/{kind}"


def last_folder(kind: str) -> Path:
    """The folder last used for this kind of file; the home folder before the first,
    or when that folder has gone (a removed USB stick)."""
    stored = QSettings().value(_key(kind))
    if isinstance(stored, str) and stored and Path(stored).is_dir():
        return Path(stored)
    return Path.home()


def remember_folder(kind: str, path: str | Path) -> None:
    QSettings().setValue(_key(kind), str(Path(path).parent))


def _run(dialog: QFileDialog, kind: str) -> tuple[str, str]:
    if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return "", ""
    chosen = dialog.selectedFiles()[0]
    remember_folder(kind, chosen)
    return chosen, dialog.selectedNameFilter()


def _start_folder(kind: str, current: str) -> Path:
    """Beside the file already named in the dialog's field, else the last folder used."""
    given = Path(current).expanduser() if current else None
    if given is not None and given.is_absolute() and given.parent.is_dir():
        return given.parent
    return last_folder(kind)


def save_file_name(parent: QWidget | None, *, kind: str, title: str, name: str,
                   filters: str, selected_filter: str | None = None,
                   current: str = "") -> tuple[str, str]:
    """(path, filter) the person chose to save `name` as, beside `current` if that names
    a file in an existing folder, else in the last folder for `kind`; ("", "") if they
    cancelled."""
    dialog = QFileDialog(parent, title, str(_start_folder(kind, current) / name), filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    if selected_filter:
        dialog.selectNameFilter(selected_filter)
    dialog.selectFile(name)
    return _run(dialog, kind)


def open_file_name(parent: QWidget | None, *, kind: str, title: str, filters: str,
                   current: str = "") -> tuple[str, str]:
    """(path, filter) of an existing file the person chose, starting beside `current`
    if given, else in the last folder for `kind`; ("", "") if they cancelled."""
    dialog = QFileDialog(parent, title, str(_start_folder(kind, current)), filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    return _run(dialog, kind)
