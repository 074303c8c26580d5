"""A damaged database at start-up: diagnosed without touching it, kept aside, newest good backup offered."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta

from crm.persistence.store import open_store
from crm.safety import damage
from crm.safety.backups import BackupManager


def _two_backups_and_damage(services, store, db_path):
    manager = BackupManager(store)
    services.candidates.create({"first_name": "Ana"})
    older = manager.take("manual", datetime(2026, 1, 1, tzinfo=UTC))
    services.candidates.create({"first_name": "Bea"})
    newer = manager.take("manual", datetime(2026, 1, 2, tzinfo=UTC))
    # A newest backup that is itself damaged must be skipped.
    broken = manager.folder / newer.path.name.replace("20260102", "20260103")
    broken.write_bytes(b"SQLite format 3\x00" + os.urandom(8000))
    store.close()
    db_path.write_bytes(b"PK\x03\x04 an xlsx renamed to .db")
    return older, newer


def test_damage_is_diagnosed_and_the_newest_good_backup_offered(services, store, db_path):
    _, newer = _two_backups_and_damage(services, store, db_path)
    found = damage.diagnose(db_path)
    assert found is not None and "not a database" in found.reason
    assert found.newest_backup.path == newer.path
    assert db_path.read_bytes().startswith(b"PK")  # diagnosing changed nothing


def test_recover_keeps_the_damaged_file_and_restores_the_backup(services, store, db_path):
    _, newer = _two_backups_and_damage(services, store, db_path)
    found = damage.diagnose(db_path)
    result = damage.recover(found, found.newest_backup, datetime(2026, 1, 4, tzinfo=UTC) + timedelta(hours=1))
    kept = db_path.with_name("crm.db.corrupt-20260104-010000")
    assert kept.read_bytes().startswith(b"PK")
    assert result.counts["candidate"] == 2
    assert damage.diagnose(db_path) is None
    open_store(str(db_path)).close()


def test_a_sound_or_missing_file_needs_nothing(store, db_path, tmp_path):
    assert damage.diagnose(db_path) is None
    assert damage.diagnose(tmp_path / "new.db") is None
