"""One application per database: the lock file, held by real processes, and stale locks.

Also the warning about databases in synced folders and on network file systems.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from coalitiondesk.core.errors import DatabaseInUse
from coalitiondesk.core.storage.location import mount_type, storage_warning, synced_service
from coalitiondesk.core.storage.locking import DatabaseLock, lock_owner, lock_path, refuse_if_open

HOLD_LOCK = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from coalitiondesk.core.errors import DatabaseInUse
    from coalitiondesk.core.storage.locking import DatabaseLock
    lock = DatabaseLock(Path(sys.argv[1]), application="CoalitionDesk test")
    try:
        lock.acquire()
    except DatabaseInUse:
        print("refused", flush=True)
        sys.exit(3)
    print("held", flush=True)
    time.sleep(float(sys.argv[2]))
    lock.release()
""")


def hold_lock(db_file: Path, seconds: float = 60) -> subprocess.Popen[str]:
    process = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(db_file), str(seconds)],
                               stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "held"
    return process


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    return tmp_path / "coalition.sqlite3"


def test_lock_records_who_holds_it_and_is_removed_on_release(db_file: Path) -> None:
    with DatabaseLock(db_file) as lock:
        assert lock.held
        assert lock_path(db_file).read_text().splitlines() == [
            str(os.getpid()), "CoalitionDesk", socket.gethostname()]
        owner = lock_owner(db_file)
        assert owner is not None and owner.pid == os.getpid()
    assert not lock_path(db_file).exists()
    assert lock_owner(db_file) is None


def test_a_second_claim_is_refused_with_the_holder_named(db_file: Path) -> None:
    with DatabaseLock(db_file), pytest.raises(DatabaseInUse) as raised:
        DatabaseLock(db_file).acquire()
    message = str(raised.value)
    assert str(db_file) in message
    assert f"process {os.getpid()} on this computer" in message


def test_another_process_holding_the_lock_is_seen_and_refused(db_file: Path) -> None:
    holder = hold_lock(db_file)
    try:
        owner = lock_owner(db_file)
        assert owner is not None
        assert (owner.pid, owner.application) == (holder.pid, "CoalitionDesk test")
        with pytest.raises(DatabaseInUse, match=f"CoalitionDesk test, process {holder.pid}"):
            refuse_if_open(db_file)
        with pytest.raises(DatabaseInUse):
            DatabaseLock(db_file).acquire()
    finally:
        holder.kill()
        holder.wait()


def test_the_lock_of_a_killed_application_is_recovered(db_file: Path) -> None:
    holder = hold_lock(db_file)
    holder.send_signal(signal.SIGKILL)
    holder.wait()
    # The file is still there, naming a process that no longer exists...
    assert lock_path(db_file).read_text().splitlines()[0] == str(holder.pid)
    # ...and obeyed by no one.
    assert lock_owner(db_file) is None
    refuse_if_open(db_file)
    lock = DatabaseLock(db_file)
    lock.acquire()
    try:
        assert lock.recovered_from is not None and lock.recovered_from.pid == holder.pid
        assert lock_path(db_file).read_text().splitlines()[0] == str(os.getpid())
    finally:
        lock.release()


def test_a_cleanly_ended_holder_leaves_no_lock(db_file: Path) -> None:
    holder = hold_lock(db_file, seconds=0)
    assert holder.wait(timeout=30) == 0
    assert not lock_path(db_file).exists()


def test_of_many_processes_starting_at_once_exactly_one_gets_the_lock(db_file: Path) -> None:
    starters = [
        subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(db_file), "3"],
                         stdout=subprocess.PIPE, text=True)
        for _ in range(6)
    ]
    outcomes = []
    for process in starters:
        assert process.stdout is not None
        outcomes.append(process.stdout.readline().strip())
    for process in starters:
        process.kill()
        process.wait()
    assert sorted(outcomes) == ["held"] + ["refused"] * 5


# --- where the database lives ---------------------------------------------------------

MOUNTS = textwrap.dedent("""\
    /dev/nvme0n1p2 / ext4 rw,relatime 0 0
    tmpfs /tmp tmpfs rw 0 0
    //office/shared /mnt/office cifs rw 0 0
    nas:/export/coalition /mnt/nas nfs4 rw 0 0
    user@host:/data /home/kim/remote fuse.sshfs rw 0 0
    gdrive: /home/kim/gdrive fuse.rclone rw 0 0
    /dev/sdb1 /media/kim/USB\\040STICK vfat rw 0 0
    portal /run/user/1000/doc fuse.portal rw 0 0
""")


@pytest.mark.parametrize(("path", "kind"), [
    ("/home/kim/coalition.sqlite3", None),
    ("/tmp/x/coalition.sqlite3", None),
    ("/mnt/office/secretariat/coalition.sqlite3", "cifs"),
    ("/mnt/nas/coalition.sqlite3", "nfs4"),
    ("/home/kim/remote/coalition.sqlite3", "fuse.sshfs"),
    ("/home/kim/gdrive/coalition.sqlite3", "fuse.rclone"),
    ("/media/kim/USB STICK/coalition.sqlite3", None),
    ("/run/user/1000/doc/coalition.sqlite3", None),
])
def test_network_file_systems_are_warned_about(path: str, kind: str | None) -> None:
    warning = storage_warning(Path(path), mounts=MOUNTS)
    if kind is None:
        assert warning is None
    else:
        assert warning is not None and kind in warning and "network" in warning


@pytest.mark.parametrize(("path", "service"), [
    ("/home/kim/Dropbox/ICNK/coalition.sqlite3", "Dropbox"),
    ("/home/kim/Dropbox (Personal)/coalition.sqlite3", "Dropbox"),
    ("C:/Users/kim/OneDrive - Coalition/coalition.sqlite3", "OneDrive"),
    ("/Users/kim/Google Drive/My Drive/coalition.sqlite3", "Google Drive"),
    ("/Users/kim/Library/Mobile Documents/com~apple~CloudDocs/coalition.sqlite3",
     "iCloud Drive"),
    ("/home/kim/Documents/coalition.sqlite3", None),
    ("/home/kim/dropboxes-of-letters/coalition.sqlite3", None),
])
def test_synced_folders_are_warned_about(path: str, service: str | None) -> None:
    assert synced_service(Path(path)) == service
    warning = storage_warning(Path(path), mounts=MOUNTS)
    if service is None:
        assert warning is None
    else:
        assert warning is not None and service in warning


def test_the_deepest_mount_decides() -> None:
    assert mount_type(Path("/mnt/nas/sub/x"), MOUNTS) == "nfs4"
    assert mount_type(Path("/mnt/nasty/x"), MOUNTS) == "ext4"


def test_a_database_in_a_local_temporary_folder_gets_no_warning(tmp_path: Path) -> None:
    """Read from this machine's /proc/mounts (Linux), or names only elsewhere."""
    assert storage_warning(tmp_path / "coalition.sqlite3") is None
