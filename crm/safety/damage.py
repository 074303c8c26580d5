"""What to do when the database cannot be opened at start-up.

`diagnose` never modifies the file. A damaged file is kept as `<name>.corrupt-<ts>` (never
deleted, never replaced silently by an empty database), and the newest backup that passes
quick_check is offered; `recover` restores it (re-applying erasures from the log kept outside
the database file).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from crm.persistence.integrity import DatabaseDamaged, check_sqlite_file
from crm.safety.backups import BackupInfo, newest_good_backup
from crm.safety.restore import RestoreResult, restore, set_aside


@dataclass(frozen=True)
class Damage:
    path: Path
    reason: str  # SQLite's words, e.g. "file is not a database"
    newest_backup: BackupInfo | None


def diagnose(db_path: Path) -> Damage | None:
    """None when the file is sound (or does not exist yet); otherwise what is wrong and the way out."""
    try:
        check_sqlite_file(db_path)
    except DatabaseDamaged as exc:
        return Damage(db_path, exc.reason, newest_good_backup(db_path))
    return None


def keep_aside(db_path: Path, now: datetime | None = None) -> Path:
    return set_aside(db_path, "corrupt", now or datetime.now(UTC))


def recover(damage: Damage, backup: BackupInfo, now: datetime | None = None) -> RestoreResult:
    """Set the damaged file aside (if still there) and restore `backup` in its place."""
    now = now or datetime.now(UTC)
    if damage.path.exists():
        keep_aside(damage.path, now)
    return restore(damage.path, backup.path, now=now)
