"""Restore a backup over the live database, safely, and without bringing erased people back.

Steps: verify the backup (quick_check); remember every erasure known now (the current database's
tombstones plus the erasure log kept outside the file); back up the current file; set it aside
as `<name>.before-restore-<ts>`; remove stale -wal/-shm; put a copy of the backup in place
(temp file + os.replace); open it (migrating an older schema); erase again anyone erased after
the backup was taken; record the tombstones and an audit entry.

The caller must have closed every connection to the database first (the GUI closes its store).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from crm.persistence import sidecar
from crm.persistence.backup import backup_folder_for, backup_sqlite, managed_name
from crm.persistence.integrity import DatabaseDamaged, check_sqlite_file
from crm.persistence.store import open_store
from crm.safety import audit, erasure, tombstones
from crm.safety.backups import describe, passes_quick_check

SIDECARS = ("-wal", "-shm")


class RestoreFailed(Exception):
    pass


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    counts: dict[str, int]
    set_aside: Path | None
    safety_backup: Path | None
    erasures_reapplied: int


def stamp(now: datetime) -> str:
    return now.astimezone(UTC).strftime("%Y%m%d-%H%M%S")


def _known_erasures(db_path: Path, healthy: bool) -> dict[str, datetime]:
    known = {key: datetime.fromisoformat(when) for key, when in sidecar.erasure_log(db_path).items()}
    if healthy:
        connection = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
        try:
            for key, when in connection.execute("SELECT key_hash, erased_at FROM tombstone"):
                known.setdefault(key, datetime.fromisoformat(str(when)))
        except sqlite3.DatabaseError:
            pass  # an old file without the table: the sidecar log still counts
        finally:
            connection.close()
    return {key: (when if when.tzinfo else when.replace(tzinfo=UTC)) for key, when in known.items()}


def _is_healthy(db_path: Path) -> bool:
    try:
        check_sqlite_file(db_path)
    except DatabaseDamaged:
        return False
    return db_path.exists()


def set_aside(db_path: Path, label: str, now: datetime) -> Path:
    """Rename the database and its -wal/-shm to `<name>.<label>-<ts>` (nothing is deleted)."""
    aside = db_path.with_name(f"{db_path.name}.{label}-{stamp(now)}")
    os.replace(db_path, aside)
    for suffix in SIDECARS:
        companion = db_path.with_name(db_path.name + suffix)
        if companion.exists():
            os.replace(companion, aside.with_name(aside.name + suffix))
    return aside


def _checkpoint(db_path: Path) -> None:
    """Fold the WAL into the main file so the set-aside copy is complete on its own."""
    connection = sqlite3.connect(db_path)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()


def restore(db_path: Path, backup: Path, *, now: datetime | None = None) -> RestoreResult:
    now = now or datetime.now(UTC)
    db_path, backup = Path(db_path), Path(backup)
    if not backup.is_file() or not passes_quick_check(backup):
        raise RestoreFailed(f"{backup.name} is not a readable database backup (it fails quick_check); "
                            "nothing was changed")
    counts = describe(backup)
    if counts is None:
        raise RestoreFailed(f"{backup.name} is not a CRM backup; nothing was changed")
    healthy = _is_healthy(db_path)
    known = _known_erasures(db_path, healthy)
    safety_backup = aside = None
    if healthy:
        folder = backup_folder_for(db_path)
        safety_backup = backup_sqlite(db_path, folder / managed_name(db_path.stem, "pre-restore", now))
        _checkpoint(db_path)
    if db_path.exists():
        aside = set_aside(db_path, "before-restore", now)
    for suffix in SIDECARS:  # stale companions of a file no longer there
        db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
    temporary = db_path.with_name(db_path.name + ".restore.tmp")
    shutil.copyfile(backup, temporary)
    with temporary.open("rb") as handle:
        os.fsync(handle.fileno())
    os.replace(temporary, db_path)

    store = open_store(str(db_path))
    try:
        with store.sessions() as session:
            # Erasures the backup already records happened before it was taken: nobody to look for.
            later = set(known) - set(tombstones.all_hashes(session))
            again = tombstones.matching_candidates(session, later)
        if again:
            erasure.erase(store, again, reason="restore", now=now, action="erase")
        with store.sessions.begin() as session:
            tombstones.add(session, known, "restore")
            audit.record(session, "restore", "database", None, {
                "backup": backup.name, **counts, "erasures_reapplied": len(again),
                "set_aside": aside.name if aside else None})
    finally:
        store.close()
    return RestoreResult(backup, counts, aside, safety_backup, len(again))
