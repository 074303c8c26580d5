"""Online backups with SQLite's backup API, verified before they count."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path


class BackupFailed(Exception):
    pass


def backup_sqlite(source: Path, target: Path) -> Path:
    """Copy a live database to `target` with the backup API; write to a temp file, verify, rename.

    A crash half-way leaves only `target.tmp`, never a target that looks complete.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(target.name + ".tmp")
    temporary.unlink(missing_ok=True)
    source_conn = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    target_conn = sqlite3.connect(temporary)
    try:
        source_conn.backup(target_conn)
        target_conn.execute("PRAGMA journal_mode=DELETE")
        result = target_conn.execute("PRAGMA quick_check").fetchone()[0]
    finally:
        target_conn.close()
        source_conn.close()
    if result != "ok":
        temporary.unlink(missing_ok=True)
        raise BackupFailed(f"the copy of {source} failed quick_check ({result}); no backup written")
    with temporary.open("rb") as handle:
        os.fsync(handle.fileno())
    os.replace(temporary, target)
    return target
