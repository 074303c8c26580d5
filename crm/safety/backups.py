"""Automatic, verified backups in one managed folder, rotated by `rotation.plan`.

When: at start-up if the newest backup is over a day old; every 30 minutes of use if the
database changed since the newest backup (the GUI's timer calls `maybe_backup("periodic")`);
before a migration (persistence/migrate.py writes into the same folder), before an import and
before a restore; and by hand. A database whose copy fails quick_check is never backed up, so a
damaged file can never rotate good backups out.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from crm.persistence import sidecar
from crm.persistence.backup import BackupFailed, backup_folder_for, backup_sqlite, managed_name, parse_name
from crm.persistence.store import Store
from crm.safety import rotation, settings

STARTUP_MAX_AGE = timedelta(days=1)
PERIODIC_INTERVAL = timedelta(minutes=30)
# Reasons: start-up, periodic, manual, pre-import, pre-restore, pre-migration (written by migrate.py).
ALWAYS = {"manual", "pre-import", "pre-restore", "pre-migration", "pre-erase"}

__all__ = ["BackupFailed", "BackupInfo", "BackupManager", "describe", "list_backups", "clean_leftovers"]


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    reason: str
    size_bytes: int
    counts: dict[str, int] | None  # None when the file cannot be read

    @property
    def readable(self) -> bool:
        return self.counts is not None


def describe(path: Path) -> dict[str, int] | None:
    """Counts of candidates, roles and clients in a backup (read-only), or None if unreadable."""
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return {table: connection.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]  # noqa: S608
                    for table in ("candidate", "role", "company")}
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        return None


def passes_quick_check(path: Path) -> bool:
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return connection.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        return False


def list_backups(folder: Path, stem: str, *, with_counts: bool = True) -> list[BackupInfo]:
    """The finished backups of the database named `stem`, newest first (never `*.tmp`)."""
    if not folder.is_dir():
        return []
    found = []
    for entry in folder.iterdir():
        name = parse_name(entry.name)
        if name is None or name.stem != stem or not entry.is_file():
            continue
        found.append(BackupInfo(entry, name.taken_at, name.reason, entry.stat().st_size,
                                describe(entry) if with_counts else None))
    return sorted(found, key=lambda info: info.taken_at, reverse=True)


def clean_leftovers(folder: Path) -> list[Path]:
    """Remove `*.tmp` files a crash left behind (they were never finished backups), and the journal
    SQLite kept beside one while writing it (`*.tmp-journal`, `*.tmp-wal`)."""
    if not folder.is_dir():
        return []
    removed = [entry for pattern in ("*.tmp", "*.tmp-journal", "*.tmp-wal", "*.tmp-shm")
               for entry in folder.glob(pattern) if entry.is_file()]
    for entry in removed:
        entry.unlink(missing_ok=True)
    return removed


def newest_good_backup(db_path: Path) -> BackupInfo | None:
    """The newest backup of this database that passes quick_check (for a damaged start-up)."""
    for info in list_backups(backup_folder_for(db_path), db_path.stem):
        if passes_quick_check(info.path):
            return info
    return None


class BackupManager:
    """Backups of one SQLite store. `clock` returns aware UTC datetimes (fixed in tests)."""

    def __init__(self, store: Store, clock=None):
        if store.path is None:
            raise BackupFailed("backups of a server database are made on the server (pg_dump)")
        self._store = store
        self._path: Path = store.path
        self._clock = clock or (lambda: datetime.now(UTC))
        self.paused = False  # set after a restore until the user confirms the restored data

    @property
    def folder(self) -> Path:
        with self._store.sessions() as session:
            chosen = settings.get(session, settings.BACKUP_DIR)
        return Path(chosen) if chosen else backup_folder_for(self._path)

    def set_folder(self, folder: Path | None) -> None:
        """Remember the folder in the database and in the sidecar (readable when the DB is damaged)."""
        value = str(Path(folder).expanduser().resolve()) if folder else None
        if value:
            Path(value).mkdir(parents=True, exist_ok=True)
        with self._store.sessions.begin() as session:
            settings.put(session, settings.BACKUP_DIR, value)
        sidecar.update(self._path, backup_dir=value)

    def list(self, *, with_counts: bool = True) -> list[BackupInfo]:
        return list_backups(self.folder, self._path.stem, with_counts=with_counts)

    def take(self, reason: str = "manual", now: datetime | None = None, target: Path | None = None,
             rotate: bool = True) -> BackupInfo:
        """Write a verified backup now (raises BackupFailed, leaving existing backups untouched). `rotate`:
        False leaves the older ones to a later rotate() (once it is known the new one is worth keeping)."""
        now = now or self._clock()
        folder = self.folder
        path = backup_sqlite(self._path, target or folder / managed_name(self._path.stem, reason, now))
        if target is None and rotate:
            self.rotate(now)
        return BackupInfo(path, now, reason, path.stat().st_size, describe(path))

    def maybe_backup(self, reason: str, now: datetime | None = None) -> BackupInfo | None:
        """Take a backup if the policy for `reason` says one is due; return it, or None."""
        now = now or self._clock()
        if self.paused and reason not in ALWAYS:
            return None
        if reason == "startup":
            clean_leftovers(self.folder)
        newest = next(iter(self.list(with_counts=False)), None)
        if reason == "startup" and newest is not None and now - newest.taken_at < STARTUP_MAX_AGE:
            return None
        if reason == "periodic" and newest is not None and not self.changed_since(newest.taken_at):
            return None
        return self.take(reason, now)

    def changed_since(self, moment: datetime) -> bool:
        """Has any commit reached the file since `moment`? Every commit writes the -wal (or, after a
        checkpoint, the main file), so their modification times tell without reading the data."""
        latest = 0.0
        for path in (self._path, self._path.with_name(self._path.name + "-wal")):
            try:
                latest = max(latest, os.stat(path).st_mtime)
            except FileNotFoundError:
                continue
        return latest > moment.timestamp()

    def rotate(self, now: datetime | None = None) -> list[Path]:
        now = now or self._clock()
        backups = self.list(with_counts=False)
        by_time = {info.taken_at: info.path for info in backups}
        doomed = rotation.plan(by_time, now).delete
        for moment in doomed:
            by_time[moment].unlink(missing_ok=True)
        return [by_time[m] for m in doomed]
