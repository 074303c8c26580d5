"""One writer per database file: a lock file beside it holding the owner's host and process id.

Created with O_EXCL, so two instances cannot both believe they own it. A lock left by a process
that died (same host, pid no longer running) is stale and taken over. SQLite's own locking still
guards every write; this lock keeps a second app instance from working beside the first.
"""

from __future__ import annotations

import json
import os
import socket
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path


class DatabaseInUse(Exception):
    def __init__(self, host: str, pid: int, since: str = ""):
        super().__init__(f"The CRM is already open on this database ({host}, pid {pid}).")
        self.host = host
        self.pid = pid
        self.since = since


@dataclass(frozen=True)
class LockOwner:
    host: str
    pid: int
    since: str
    boot: str = ""


def boot_id() -> str:
    """Changes at every reboot (Linux), so a lock from before a crash or power cut is stale even if its
    pid has been reused since."""
    try:
        return Path("/proc/sys/kernel/random/boot_id").read_text(encoding="ascii").strip()
    except OSError:
        return ""


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


def pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":
        return _windows_pid_alive(pid)
    try:
        os.kill(pid, 0)  # signal 0: existence check only, sends nothing
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # alive, owned by someone else
    return True


def _windows_pid_alive(pid: int) -> bool:
    # os.kill on Windows would terminate the process, so ask the kernel instead.
    import ctypes

    process_query_limited_information = 0x1000
    still_active = 259
    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(process_query_limited_information, False, pid)
    if not handle:
        return False
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == still_active
    finally:
        kernel32.CloseHandle(handle)


def read_owner(path: Path) -> LockOwner | None:
    try:
        value = json.loads(path.read_text(encoding="utf-8"))
        return LockOwner(str(value["host"]), int(value["pid"]), str(value.get("since", "")),
                         str(value.get("boot", "")))
    except (OSError, ValueError, KeyError, TypeError):
        return None


class DatabaseLock:
    def __init__(self, db_path: Path):
        self.path = lock_path(Path(db_path))
        self.held = False

    def acquire(self) -> None:
        """Take the lock or raise DatabaseInUse naming the owner. Stale locks are taken over."""
        for _ in range(3):
            try:
                handle = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
            except FileExistsError:
                owner = read_owner(self.path)
                if owner is not None and not self._is_stale(owner):
                    raise DatabaseInUse(owner.host, owner.pid, owner.since) from None
                if owner is None and not self._unreadable_is_stale():
                    raise DatabaseInUse("?", 0) from None
                self.path.unlink(missing_ok=True)
                continue
            with os.fdopen(handle, "w", encoding="utf-8") as stream:
                json.dump({"host": socket.gethostname(), "pid": os.getpid(), "boot": boot_id(),
                           "since": datetime.now(UTC).isoformat(timespec="seconds")}, stream)
                stream.flush()
                os.fsync(stream.fileno())
            self.held = True
            return
        raise DatabaseInUse("?", 0)

    @staticmethod
    def _is_stale(owner: LockOwner) -> bool:
        # On another host we cannot see its processes: never steal a lock from there.
        if owner.host != socket.gethostname():
            return False
        rebooted = bool(owner.boot) and owner.boot != boot_id()
        return rebooted or owner.pid == os.getpid() or not pid_alive(owner.pid)

    def _unreadable_is_stale(self) -> bool:
        # A lock file whose owner crashed between creating and writing it: empty and over a minute old.
        try:
            stat = self.path.stat()
        except FileNotFoundError:
            return True
        return stat.st_size == 0 and datetime.now(UTC).timestamp() - stat.st_mtime > 60

    def release(self) -> None:
        if not self.held:
            return
        owner = read_owner(self.path)
        if owner is not None and owner.pid == os.getpid() and owner.host == socket.gethostname():
            self.path.unlink(missing_ok=True)
        self.held = False

    def __enter__(self) -> DatabaseLock:
        self.acquire()
        return self

    def __exit__(self, *exc_info) -> None:
        self.release()
