"""Safety operations on a 100,000-candidate database, against a plain file copy measured in the same run.

Usage: python bench/safety.py [CANDIDATES]
Prints figures and, last, one JSON line. The baseline (`copy_s`) is shutil.copyfile of the same
closed database: what any backup must at least cost.
"""

from __future__ import annotations

import os
import shutil
import sys
from datetime import UTC, datetime

from common import finish, fresh_db_path, peak_rss_mb, timer  # noqa: I001

from crm.persistence.store import open_store
from crm.safety import consent, erasure
from crm.safety.backups import BackupManager
from crm.safety.restore import restore
from crm.services.demo import load_demo


def main(count: int) -> None:
    results: dict = {"candidates": count}
    db = fresh_db_path("safety")
    store = open_store(str(db))
    load_demo(store, count)
    with store.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    results["db_mb"] = round(os.path.getsize(db) / 1e6, 1)
    with timer(results, "copy_s"):
        shutil.copyfile(db, db.with_name("plain-copy.db"))
    manager = BackupManager(store)
    with timer(results, "backup_s"):
        backup = manager.take("manual")
    with timer(results, "list_backups_s"):
        manager.list()
    with timer(results, "retention_query_s"):
        due = consent.due(store, datetime.now(UTC).date())
    results["retention_due"] = len(due)
    with timer(results, "erase_one_s"):  # includes FTS optimize, checkpoint and VACUUM
        erasure.erase(store, [count // 2])
    store.close()
    with timer(results, "restore_with_reapply_s"):
        outcome = restore(db, backup.path)
    results["erasures_reapplied"] = outcome.erasures_reapplied
    for key in ("backup_s", "erase_one_s", "restore_with_reapply_s"):
        results[key.replace("_s", "_vs_copy")] = round(results[key] / max(results["copy_s"], 1e-6), 1)
    results["peak_rss_mb"] = peak_rss_mb()
    for key, value in results.items():
        print(f"{key:28} {value}")
    shutil.rmtree(db.parent, ignore_errors=True)
    finish(results)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
