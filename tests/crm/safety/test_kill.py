"""SIGKILL in the middle of a 50,000-row one-transaction write, and in the middle of a backup.

RELIABILITY.md A1 and A3: after the kill the database passes integrity_check and holds all rows
or none; a killed backup leaves the live database untouched and only a `.tmp` file.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from crm.persistence.store import open_store
from crm.safety.backups import BackupManager

WORKER = Path(__file__).with_name("kill_worker.py")
ROWS = 50_000
REPO = Path(__file__).resolve().parents[3]


def _spawn(*args: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.Popen([sys.executable, str(WORKER), *args], stdout=subprocess.PIPE, text=True, env=env)


def _run_until(process: subprocess.Popen, line: str | None) -> list[str]:
    """Read the child's progress; SIGKILL it as soon as `line` appears (None: let it finish)."""
    seen = []
    for output in process.stdout:
        seen.append(output.strip())
        if line is not None and output.strip() == line:
            process.send_signal(signal.SIGKILL)
            break
    process.wait(timeout=60)
    process.stdout.close()
    return seen


def _state(db: Path) -> tuple[list[str], list, int]:
    connection = sqlite3.connect(db)
    try:
        integrity = [row[0] for row in connection.execute("PRAGMA integrity_check")]
        broken = connection.execute("PRAGMA foreign_key_check").fetchall()
        count = connection.execute("SELECT COUNT(*) FROM candidate").fetchone()[0]
        indexed = connection.execute("SELECT COUNT(*) FROM candidate_fts").fetchone()[0]
    finally:
        connection.close()
    assert indexed == count  # the search index is part of the same all-or-nothing transaction
    return integrity, broken, count


def _fresh(tmp_path: Path) -> Path:
    db = tmp_path / "crm.db"
    open_store(str(db)).close()
    return db


@pytest.mark.slow
@pytest.mark.parametrize("kill_at", ["rows 2500", "rows 25000", "rows 50000", "committing"])
def test_kill_during_bulk_insert_leaves_all_or_nothing(tmp_path, kill_at):
    db = _fresh(tmp_path)
    seen = _run_until(_spawn("insert", str(db), str(ROWS)), kill_at)
    assert seen[-1] == kill_at
    integrity, broken, count = _state(db)
    print(f"\nKILL-RESULT point={kill_at!r} rows_written_before_kill={seen[-2] if len(seen) > 1 else '-'} "
          f"survived={count}")
    assert integrity == ["ok"]
    assert broken == []
    assert count in (0, ROWS)


@pytest.mark.slow
@pytest.mark.parametrize("delay", [0.0, 0.01, 0.05, 0.1, 0.15])
def test_kill_inside_commit_leaves_all_or_nothing(tmp_path, delay):
    db = _fresh(tmp_path)
    process = _spawn("insert", str(db), str(ROWS), str(delay))
    seen = _run_until(process, None)
    assert process.returncode == -signal.SIGKILL
    integrity, broken, count = _state(db)
    print(f"\nKILL-RESULT point='commit+{delay}s' committed_line={'committed' in seen} survived={count}")
    assert integrity == ["ok"]
    assert broken == []
    assert count in (0, ROWS)
    if "committed" in seen:  # COMMIT returned before the kill: the rows are durable
        assert count == ROWS


def test_kill_during_backup_leaves_live_database_untouched_and_only_a_tmp(tmp_path):
    db = _fresh(tmp_path)
    store = open_store(str(db))
    from crm.services import Services

    Services.for_store(store).candidates.bulk_insert(
        [{"first_name": f"B{i}", "notes": "x" * 400} for i in range(3000)])
    manager = BackupManager(store)
    good = manager.take("manual")
    with store.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    before = db.read_bytes()
    store.close()

    manager_folder = good.path.parent
    target = manager_folder / "crm-20990101-000000-000000-manual.db"
    seen = _run_until(_spawn("backup", str(db), str(target)), "pages 40/" + _total_pages(db))
    assert seen[-1].startswith("pages 40/")
    assert db.read_bytes() == before  # the live file is byte for byte what it was
    assert not target.exists()
    assert target.with_name(target.name + ".tmp").exists()

    store = open_store(str(db))
    try:
        listed = BackupManager(store).list()
        assert [b.path for b in listed] == [good.path]  # the partial copy is never listed
        BackupManager(store).maybe_backup("startup", good.taken_at)  # start-up cleans leftovers
        assert not list(manager_folder.glob("*.tmp")) and not list(manager_folder.glob("*.tmp-journal"))
    finally:
        store.close()


def _total_pages(db: Path) -> str:
    connection = sqlite3.connect(db)
    try:
        return str(connection.execute("PRAGMA page_count").fetchone()[0])
    finally:
        connection.close()


@pytest.mark.slow
def test_kill_during_a_person_export_leaves_the_previous_file_intact(tmp_path):
    import time

    db = _fresh(tmp_path)
    target = tmp_path / "out" / "person.zip"
    target.parent.mkdir()
    target.write_bytes(b"the previous export")
    process = _spawn("export", str(db), str(target))
    assert process.stdout.readline().strip() == "ready"
    deadline = time.monotonic() + 60
    while not list(target.parent.glob(".person.zip.*.crm-export-tmp")) and time.monotonic() < deadline:
        time.sleep(0.002)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    process.stdout.close()
    assert process.returncode == -signal.SIGKILL
    assert target.read_bytes() == b"the previous export"
    leftovers = list(target.parent.glob(".person.zip.*.crm-export-tmp"))
    assert len(leftovers) == 1  # only the unfinished temp file, never a half-written person.zip

    store = open_store(str(db))
    try:
        from crm.safety.rights_export import export_person

        export_person(store, 1, target)  # the next export cleans the leftover and replaces the file
    finally:
        store.close()
    assert sorted(p.name for p in target.parent.iterdir()) == ["person.zip"]
    assert target.read_bytes().startswith(b"PK")
