"""Online backups with SQLite's backup API, verified before they count, and where they live.

Managed backups are named `<db stem>-<YYYYmmdd-HHMMSS-ffffff>-<reason>.db` (UTC) in one folder:
`backups/` beside the database unless the user chose another (remembered in the database's
`backup_dir` setting and in the sidecar file, so it is known even when the database is damaged).
"""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from crm.persistence import sidecar

STAMP_FORMAT = "%Y%m%d-%H%M%S-%f"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6}-\d{6})-(?P<reason>[a-z][a-z-]*)\.db$")


class BackupFailed(Exception):
    pass


@dataclass(frozen=True)
class BackupName:
    stem: str
    taken_at: datetime
    reason: str


def backup_folder_for(db_path: Path) -> Path:
    chosen = sidecar.read(db_path).get("backup_dir")
    return Path(chosen) if chosen else db_path.parent / "backups"


def managed_name(stem: str, reason: str, when: datetime) -> str:
    return f"{stem}-{when.astimezone(UTC).strftime(STAMP_FORMAT)}-{reason}.db"


def parse_name(name: str) -> BackupName | None:
    match = _NAME.match(name)
    if not match:
        return None
    taken = datetime.strptime(match["stamp"], STAMP_FORMAT).replace(tzinfo=UTC)
    return BackupName(match["stem"], taken, match["reason"])


def backup_sqlite(source: Path, target: Path,
                  progress: Callable[[int, int, str], None] | None = None, pages_per_step: int = 1024) -> Path:
    """Copy a live database to `target` with the backup API; write to a temp file, verify, rename.

    A crash half-way leaves only `target.tmp`, never a target that looks complete. A source that
    cannot be copied or whose copy fails quick_check raises BackupFailed and writes nothing.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(target.name + ".tmp")
    temporary.unlink(missing_ok=True)
    try:
        source_conn = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        target_conn = sqlite3.connect(temporary)
        try:
            if progress is None:
                source_conn.backup(target_conn)
            else:
                source_conn.backup(target_conn, pages=pages_per_step,
                                   progress=lambda _status, left, total: progress(total - left, total, "pages"))
            target_conn.execute("PRAGMA journal_mode=DELETE")
            result = target_conn.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            target_conn.close()
            source_conn.close()
    except sqlite3.DatabaseError as exc:
        temporary.unlink(missing_ok=True)
        raise BackupFailed(f"{source} could not be copied ({exc}); no backup written") from exc
    if result != "ok":
        temporary.unlink(missing_ok=True)
        raise BackupFailed(f"the copy of {source} failed quick_check ({result}); no backup written")
    with temporary.open("rb") as handle:
        os.fsync(handle.fileno())
    os.replace(temporary, target)
    _fsync_folder(target.parent)
    return target


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); Windows has no directory handles to sync."""
    if os.name != "posix":
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)
