"""Where a database file should not live: network shares and synced folders.

SQLite relies on the file system's locks and on writes reaching the disk in
order. Network file systems often get locking wrong, and sync clients
(Dropbox, OneDrive, Google Drive, iCloud) upload and replace a database and
its -wal file separately, which can leave a damaged copy on every machine.
This is a warning, not a refusal: the coordinator may have no other choice.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

# Folder names sync clients create (compared in lower case, as whole words at
# the start, since clients add the account: "OneDrive - Coalition", "Dropbox (Personal)").
_SYNCED_FOLDERS = {
    "dropbox": "Dropbox",
    "onedrive": "OneDrive",
    "google drive": "Google Drive",
    "googledrive": "Google Drive",
    "my drive": "Google Drive",
    "icloud drive": "iCloud Drive",
    "iclouddrive": "iCloud Drive",
    "mobile documents": "iCloud Drive",
    "cloudstorage": "a cloud storage service",
    "nextcloud": "Nextcloud",
    "owncloud": "ownCloud",
    "box sync": "Box",
    "pcloud drive": "pCloud",
    "seafile": "Seafile",
}

NETWORK_FILE_SYSTEMS = frozenset({
    "cifs", "smb", "smbfs", "smb2", "smb3", "nfs", "nfs4", "sshfs", "afs", "9p", "ncpfs",
    "davfs", "coda", "ceph", "glusterfs", "lustre", "gpfs", "beegfs", "ocfs2", "gfs2",
})
# User-space file systems on local disks; every other FUSE file system (sshfs,
# rclone, s3fs, gvfs, Google Drive and OneDrive clients) is treated as remote.
_LOCAL_FUSE = frozenset({
    "fuseblk", "fuse.portal", "fuse.lxcfs", "fuse.ntfs-3g", "fuse.mergerfs", "fuse.bindfs",
    "fuse.squashfuse", "fuse.fuse-overlayfs", "fuse.appimage",
})

_MOUNTS = Path("/proc/mounts")


def storage_warning(database_path: Path, *, mounts: str | None = None) -> str | None:
    """A sentence for the user when the database sits where SQLite cannot lock
    safely; None when the place looks fine.

    `mounts` is the text of /proc/mounts (read from the system when None).
    """
    path = database_path.expanduser().resolve()
    service = synced_service(path)
    if service is not None:
        return (f"{path} is in a folder synchronised by {service}. Syncing can damage a"
                " database that is open; keep it in a local folder and let CoalitionDesk's"
                " backups protect it.")
    kind = network_file_system(path, mounts=mounts)
    if kind is not None:
        return (f"{path} is on a network or remote file system ({kind}), where SQLite cannot"
                " lock the file safely; keep the database on this computer's own disk.")
    return None


_SYNCED = re.compile("|".join(rf"(?P<f{n}>{re.escape(name)})\b"
                              for n, name in enumerate(_SYNCED_FOLDERS)))


def synced_service(path: Path) -> str | None:
    """The sync service whose folder holds `path`, judged by the folders' names."""
    names = list(_SYNCED_FOLDERS.values())
    for part in path.parts:
        match = _SYNCED.match(part.lower())
        if match is not None and match.lastgroup is not None:
            return names[int(match.lastgroup[1:])]
    return None


def network_file_system(path: Path, *, mounts: str | None = None) -> str | None:
    """The file system type of `path` when it is a network or remote one."""
    if sys.platform == "win32":
        return _windows_network_drive(path)
    if mounts is None:
        try:
            mounts = _MOUNTS.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None  # not Linux: only the folder names are checked
    kind = mount_type(path, mounts)
    if kind is None:
        return None
    if kind in NETWORK_FILE_SYSTEMS or kind.startswith(("nfs", "smb")):
        return kind
    if (kind == "fuse" or kind.startswith("fuse.")) and kind not in _LOCAL_FUSE:
        return kind
    return None


def mount_type(path: Path, mounts: str) -> str | None:
    """The type of the file system mounted deepest above `path`, from /proc/mounts text."""
    best: tuple[int, str] | None = None
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = Path(_unescape(fields[1]))
        if path == point or point in path.parents:
            depth = len(point.parts)
            if best is None or depth >= best[0]:
                best = (depth, fields[2])
    return best[1] if best is not None else None


def _unescape(field: str) -> str:
    # /proc/mounts writes a space as \040, a tab as \011 and so on.
    out, index = [], 0
    while index < len(field):
        if field[index] == "\\" and field[index + 1:index + 4].isdigit():
            out.append(chr(int(field[index + 1:index + 4], 8)))
            index += 4
        else:
            out.append(field[index])
            index += 1
    return "".join(out)


def _windows_network_drive(path: Path) -> str | None:
    if str(path).startswith("\\\\"):
        return "a network share"
    if sys.platform == "win32":
        import ctypes

        drive_remote = 4
        root = path.anchor or str(path)[:3]
        if ctypes.windll.kernel32.GetDriveTypeW(root) == drive_remote:
            return "a network drive"
    return None
