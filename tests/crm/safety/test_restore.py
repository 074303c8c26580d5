"""Restore: the current file is kept aside, erasures made after the backup are applied again (E3, A6)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from crm.domain import AuditEntry
from crm.persistence import sidecar
from crm.persistence.store import open_store
from crm.safety import erasure
from crm.safety.backups import BackupManager
from crm.safety.restore import RestoreFailed, restore
from tests.crm.safety.conftest import EMAIL


def test_restore_reapplies_an_erasure_made_after_the_backup(services, store, person, db_path):
    backup = BackupManager(store).take("manual", datetime(2026, 5, 1, tzinfo=UTC))
    erasure.erase(store, [person.id])
    services.candidates.create({"first_name": "New", "email": "new@example.com"})
    store.close()

    result = restore(db_path, backup.path)
    assert result.counts == {"candidate": 2, "role": 1, "company": 1}  # what the backup held
    assert result.erasures_reapplied == 1
    assert result.set_aside.exists() and result.set_aside.name.startswith("crm.db.before-restore-")
    assert result.safety_backup.exists()
    reopened = open_store(str(db_path))
    try:
        from crm.services import Services

        candidates = Services.for_store(reopened).candidates
        assert candidates.find_by_email(EMAIL) is None  # the erased person did not come back
        assert candidates.find_by_email("ana@example.com") is not None
        assert candidates.find_by_email("new@example.com") is None  # the backup's state, as asked
        with reopened.sessions() as session:
            entry = session.scalar(select(AuditEntry).where(AuditEntry.action == "restore"))
            assert entry.details["erasures_reapplied"] == 1
        with reopened.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA quick_check").scalar() == "ok"
    finally:
        reopened.close()


def test_the_erasure_log_outside_the_file_is_enough(services, store, person, db_path):
    """Even when the current database is lost, the log beside it brings the erasure back."""
    backup = BackupManager(store).take("manual")
    erasure.erase(store, [person.id])
    assert sidecar.erasure_log(db_path)
    store.close()
    db_path.write_bytes(b"garbage, not a database")
    result = restore(db_path, backup.path)
    assert result.safety_backup is None  # a damaged file is kept aside, not backed up
    assert result.set_aside.read_bytes() == b"garbage, not a database"
    assert result.erasures_reapplied == 1


def test_a_damaged_backup_is_refused_and_nothing_changes(store, db_path, tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 5000)
    store.close()
    before = db_path.read_bytes()
    with pytest.raises(RestoreFailed):
        restore(db_path, bad)
    assert db_path.read_bytes() == before


def test_a_person_known_only_by_name_is_recognised_in_an_older_backup(services, store, db_path):
    """No email, phone or URL: the record key (id + creation time) still finds them."""
    nameless = services.candidates.create({"first_name": "Solo", "last_name": "Nombre"})
    backup = BackupManager(store).take("manual")
    erasure.erase(store, [nameless.id])
    store.close()
    assert restore(db_path, backup.path).erasures_reapplied == 1
    reopened = open_store(str(db_path))
    try:
        from crm.services import Services

        assert Services.for_store(reopened).candidates.count() == 0
    finally:
        reopened.close()
