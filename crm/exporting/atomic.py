"""Write an export next to its target, then rename it into place: never a half-written file.

A failed or cancelled export leaves any previous file byte for byte and removes its temporary file.
A killed process leaves at most a temporary file, named after the target and the writer's process
id; the next export into the same folder removes such leftovers when their writer is gone.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from crm.domain.errors import CrmError

_TEMP_SUFFIX = ".crm-export-tmp"
_TEMP_NAME = re.compile(r"^\.(?P<target>.+)\.(?P<pid>\d+)\.(?P<n>\d+)" + re.escape(_TEMP_SUFFIX) + "$")
_counter = 0


class ExportTargetError(CrmError):
    """The file cannot be written where the user asked; the message names the cause and the path."""


def check_target(target: Path) -> None:
    """Refuse early, with the cause, a target that cannot be written."""
    folder = target.parent
    if not folder.is_dir():
        raise ExportTargetError(f"cannot write {target}: the folder {folder} does not exist")
    if target.is_dir():
        raise ExportTargetError(f"cannot write {target}: it is a folder")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise ExportTargetError(f"cannot write {target}: the folder {folder} is not writable (permission denied)")
    if target.exists() and not os.access(target, os.W_OK):
        raise ExportTargetError(f"cannot write {target}: the file is read-only")
    # Excel keeps a "~$name.xlsx" owner file next to a workbook it has open.
    if (folder / f"~${target.name}").exists():
        raise ExportTargetError(
            f"cannot write {target}: the file is open in another program (Excel); close it and try again")


def _pid_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def clean_leftovers(folder: Path) -> list[Path]:
    """Remove temporary files of exports whose process died (crash, kill -9). Returns what was removed."""
    removed = []
    with contextlib.suppress(OSError):
        for entry in folder.iterdir():
            match = _TEMP_NAME.match(entry.name)
            if match and not _pid_alive(int(match["pid"])):
                with contextlib.suppress(OSError):
                    entry.unlink()
                    removed.append(entry)
    return removed


def _describe(exc: OSError, target: Path) -> str:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return f"cannot write {target}: the disk is full; the previous file was left as it was"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return (f"cannot write {target}: permission denied (the file may be open in another program such as "
                f"Excel, or read-only); the previous file was left as it was")
    if exc.errno == errno.EROFS:
        return f"cannot write {target}: the disk is read-only"
    return f"cannot write {target}: {exc.strerror or exc}; the previous file was left as it was"


@contextmanager
def atomic_target(target: Path | str) -> Iterator[Path]:
    """Yield a temporary path in the target's folder; on clean exit it replaces the target.

    Any exception (including Cancelled) removes the temporary file and leaves the target untouched.
    OS errors come back as ExportTargetError naming the cause.
    """
    global _counter
    target = Path(target).absolute()
    check_target(target)
    clean_leftovers(target.parent)
    _counter += 1
    temp = target.parent / f".{target.name}.{os.getpid()}.{_counter}{_TEMP_SUFFIX}"
    try:
        # Created now, so a target folder that refuses files fails before any work is done.
        temp.touch(exist_ok=False)
        yield temp
        _flush_to_disk(temp)
        os.replace(temp, target)
        _flush_folder(target.parent)
    except OSError as exc:
        raise ExportTargetError(_describe(exc, target)) from exc
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()


def _flush_to_disk(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _flush_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems cannot sync a directory; the rename itself is still atomic
    finally:
        os.close(fd)
