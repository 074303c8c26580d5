"""Child process for the kill tests: a long one-transaction write, announcing where it is.

Usage: python kill_worker.py insert DB ROWS [SELF_KILL_DELAY_DURING_COMMIT]
       python kill_worker.py backup DB TARGET
       python kill_worker.py export DB TARGET.zip
Prints one line per step and flushes, so the parent can kill it at a known point.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
from pathlib import Path

BATCH = 2500


def _insert(db: str, rows: int, commit_kill_delay: float | None) -> None:
    from crm.persistence.store import open_store
    from crm.services import Services

    store = open_store(db)
    candidates = Services.for_store(store).candidates
    with store.sessions.begin() as session:
        for start in range(0, rows, BATCH):
            batch = [{"first_name": f"Kill{i}", "last_name": "Test", "email": f"kill{i}@example.com",
                      "notes": "n" * 200} for i in range(start, min(rows, start + BATCH))]
            candidates.bulk_insert(batch, session=session)
            session.flush()
            print(f"rows {start + len(batch)}", flush=True)
        print("committing", flush=True)
        if commit_kill_delay is not None:
            # Die from another thread while the main thread is inside COMMIT.
            threading.Timer(commit_kill_delay, os.kill, (os.getpid(), signal.SIGKILL)).start()
    print("committed", flush=True)
    store.close()


def _backup(db: str, target: str) -> None:
    from crm.persistence.backup import backup_sqlite

    # The app's own backup function, a few pages per step so it can be caught mid-copy.
    backup_sqlite(Path(db), Path(target), progress=lambda done, total, _m: print(f"pages {done}/{total}", flush=True),
                  pages_per_step=20)
    print("copied", flush=True)


def _export(db: str, target: str) -> None:
    from crm.domain import Activity
    from crm.persistence.store import open_store
    from crm.safety.rights_export import export_person
    from crm.services import Services

    store = open_store(db)
    person = Services.for_store(store).candidates.create({"first_name": "Big", "email": "big@example.com"})
    with store.sessions.begin() as session:
        session.add_all(Activity(candidate_id=person.id, kind="note", subject=f"note {i}", body="b" * 300)
                        for i in range(8_000))
    print("ready", flush=True)
    export_person(store, person.id, Path(target))
    print("exported", flush=True)


if __name__ == "__main__":
    if sys.argv[1] == "export":
        _export(sys.argv[2], sys.argv[3])
    elif sys.argv[1] == "insert":
        _insert(sys.argv[2], int(sys.argv[3]), float(sys.argv[4]) if len(sys.argv) > 4 else None)
    else:
        _backup(sys.argv[2], sys.argv[3])
