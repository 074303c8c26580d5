"""Managed backups: when they are taken, where they go, and never from a damaged database (A8)."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta

import pytest

from crm.persistence import sidecar
from crm.persistence.backup import backup_sqlite, managed_name
from crm.safety.backups import BackupFailed, BackupManager, list_backups

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def _age_files(store, moment: datetime) -> None:
    """Pretend the last write to the database happened at `moment`."""
    for path in (store.path, store.path.with_name(store.path.name + "-wal")):
        if path.exists():
            os.utime(path, (moment.timestamp(), moment.timestamp()))


def test_startup_backup_only_when_the_newest_is_over_a_day_old(services, store):
    manager = BackupManager(store)
    first = manager.maybe_backup("startup", T0)
    assert first is not None and first.counts == {"candidate": 0, "role": 0, "company": 0}
    assert manager.maybe_backup("startup", T0 + timedelta(hours=23)) is None
    assert manager.maybe_backup("startup", T0 + timedelta(hours=25)) is not None
    assert [b.reason for b in manager.list()] == ["startup", "startup"]


def test_periodic_backup_only_when_something_changed(services, store):
    manager = BackupManager(store)
    services.candidates.create({"first_name": "Ana"})
    _age_files(store, T0 - timedelta(minutes=5))
    assert manager.maybe_backup("periodic", T0) is not None
    assert manager.maybe_backup("periodic", T0 + timedelta(minutes=30)) is None  # nothing changed since
    services.candidates.create({"first_name": "Bea"})
    _age_files(store, T0 + timedelta(minutes=40))
    taken = manager.maybe_backup("periodic", T0 + timedelta(minutes=60))
    assert taken is not None and taken.counts["candidate"] == 2


def test_paused_after_a_restore_until_confirmed(store):
    manager = BackupManager(store)
    manager.paused = True
    assert manager.maybe_backup("startup", T0) is None
    assert manager.maybe_backup("pre-import", T0) is not None  # safety backups always happen


def test_backup_folder_setting_is_used_and_remembered_outside_the_database(store, tmp_path):
    manager = BackupManager(store)
    chosen = tmp_path / "elsewhere"
    manager.set_folder(chosen)
    taken = manager.take("manual", T0)
    assert taken.path.parent == chosen.resolve()
    assert sidecar.read(store.path)["backup_dir"] == str(chosen.resolve())
    assert [b.path for b in list_backups(chosen, store.path.stem)] == [taken.path]


def test_a_damaged_database_is_never_backed_up_and_good_backups_stay(services, store, db_path):
    services.candidates.bulk_insert([{"first_name": f"P{i}", "notes": "x" * 300} for i in range(2000)])
    manager = BackupManager(store)
    good = manager.take("manual", T0)
    folder = good.path.parent
    with store.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    data = bytearray(db_path.read_bytes())
    page = 4096
    data[page * 20: page * 20 + 2000] = os.urandom(2000)  # garbage over a b-tree page
    db_path.write_bytes(bytes(data))
    before = sorted(p.name for p in folder.iterdir())
    with pytest.raises(BackupFailed):
        backup_sqlite(db_path, folder / managed_name("crm", "periodic", T0 + timedelta(hours=1)))
    assert sorted(p.name for p in folder.iterdir()) == before


def test_pre_migration_backup_goes_to_the_managed_folder(tmp_path):
    from old_databases import database_at

    from crm.persistence.migrate import upgrade

    db = tmp_path / "old.db"
    engine = database_at(db, "0001")
    sidecar.update(db, backup_dir=str(tmp_path / "managed"))
    result = upgrade(engine)
    engine.dispose()
    assert result.backup.parent == tmp_path / "managed"
    assert [b.reason for b in list_backups(tmp_path / "managed", "old")] == ["pre-migration"]
