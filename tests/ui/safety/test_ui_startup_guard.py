"""StartupGuard: a damaged file at start-up, a newer-version database, a second instance."""

from __future__ import annotations

import os
import socket
from datetime import UTC, datetime

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import text

from crm.persistence.store import open_store
from crm.safety.backups import BackupManager
from crm.safety.lock import lock_path
from crm.services import Services
from tests.ui.helpers import when_modal
from ui.safety.startup_guard import DamagedDatabaseDialog, StartupGuard


def _message(box: QMessageBox) -> str:
    return box.text() + " " + box.informativeText()


@pytest.fixture
def guard():
    made = []
    yield lambda db: made.append(StartupGuard(db)) or made[-1]
    for item in made:
        if item.store is not None:
            item.store.close()
        item.release()


def test_damaged_file_offers_the_newest_good_backup_and_restores_it(qtbot, db_path, guard):
    store = open_store(str(db_path))
    Services.for_store(store).candidates.create({"first_name": "Ana"})
    BackupManager(store).take("manual", datetime(2026, 1, 1, 9, 0, tzinfo=UTC))
    Services.for_store(store).candidates.create({"first_name": "Bea"})
    newest = BackupManager(store).take("manual", datetime(2026, 1, 2, 9, 30, tzinfo=UTC))
    store.close()
    db_path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 9000)  # header fine, pages garbage

    seen: list = []
    texts: list = []

    def choose_restore(dialog):
        texts.append(dialog.explanation.text() + " " + dialog.offer.text())
        dialog.restore_button.click()

    when_modal(choose_restore, seen)
    services = guard(str(db_path)).open()
    assert isinstance(seen[0], DamagedDatabaseDialog)
    expected_date = newest.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")
    assert expected_date in texts[0] and "2 candidates" in texts[0] and "damaged" in texts[0]
    assert services is not None and services.candidates.count() == 2
    kept = [p for p in db_path.parent.iterdir() if p.name.startswith("crm.db.corrupt-")]
    assert len(kept) == 1 and kept[0].read_bytes().startswith(b"SQLite format 3\x00\xff")


def test_damaged_file_without_backup_is_not_replaced_silently(qtbot, db_path, guard):
    db_path.write_bytes(b"PK\x03\x04 an xlsx renamed")
    seen: list = []
    when_modal(lambda dialog: dialog.quit_button.click(), seen)
    assert guard(str(db_path)).open() is None
    assert "No backup" in seen[0].offer.text()
    assert db_path.read_bytes() == b"PK\x03\x04 an xlsx renamed"  # untouched when the user quits
    assert not lock_path(db_path).exists()


def test_a_newer_version_database_is_refused_with_a_clear_message(qtbot, db_path, guard):
    store = open_store(str(db_path))
    with store.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    store.close()
    before = db_path.read_bytes()
    seen: list = []
    when_modal(lambda box: box.accept(), seen)
    assert guard(str(db_path)).open() is None
    assert "newer version" in _message(seen[0])
    assert db_path.read_bytes() == before


def test_a_second_instance_is_told_and_not_opened(qtbot, db_path, guard):
    open_store(str(db_path)).close()
    lock_path(db_path).write_text(f'{{"host": "{socket.gethostname()}", "pid": {os.getppid()}, "since": ""}}')
    seen: list = []
    when_modal(lambda box: box.accept(), seen)
    assert guard(str(db_path)).open() is None
    assert f"already open on this database ({socket.gethostname()}, pid {os.getppid()})" in _message(seen[0])


def test_a_healthy_database_opens_with_a_startup_backup_and_the_lock(qtbot, db_path, guard):
    opened = guard(str(db_path))
    services = opened.open()
    assert services is not None
    assert lock_path(db_path).exists()
    assert [b.reason for b in BackupManager(services.store).list()] == ["startup"]


def test_a_database_in_a_folder_it_cannot_write_is_told_and_not_opened(qtbot, db_path, guard, monkeypatch):
    """A database on a read-only disk or folder: the lock file beside it could not be made and the app died
    with a traceback before any window. (The read-only disk is played by the lock's own error: root, which
    runs the tests here, may write in any folder.)"""
    import errno

    from crm.safety.lock import DatabaseLock

    def read_only(self):
        raise OSError(errno.EROFS, "Read-only file system", str(lock_path(db_path)))

    open_store(str(db_path)).close()
    monkeypatch.setattr(DatabaseLock, "acquire", read_only)
    seen: list = []
    when_modal(lambda box: box.accept(), seen)
    assert guard(str(db_path)).open() is None
    assert _message(seen[0]) == (
        f"The database cannot be written The CRM cannot write in the folder of the database {db_path} (Read-only "
        "file system). Move the database to a folder you can write to, or ask for write permission on this one.")
