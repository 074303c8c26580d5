"""An import is one transaction: a cancel, an error or a killed process leaves the database as it was."""

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from import_fixtures import large_candidates_xlsx, messy_spanish_xlsx, plain_xlsx
from sqlalchemy import text

from crm.importing.importer import import_candidates
from crm.services.progress import Cancelled, CancelToken

ROOT = Path(__file__).resolve().parents[3]
ROWS = 8000


def snapshot(store):
    with store.engine.connect() as connection:
        return {table: connection.execute(text(f"SELECT * FROM {table} ORDER BY 1")).all()  # noqa: S608
                for table in ("candidate", "candidate_skill", "skill", "import_batch", "import_item",
                              "import_mapping", "candidate_fts")}


def test_cancel_half_way_leaves_the_database_exactly_as_before(tmp_path, store):
    import_candidates(store, messy_spanish_xlsx(tmp_path / "first.xlsx"))
    before = snapshot(store)
    token = CancelToken()
    seen = []

    def progress(done, total, message):
        seen.append(done)
        if done >= 2000:
            token.cancel()

    with pytest.raises(Cancelled):
        import_candidates(store, large_candidates_xlsx(tmp_path / "big.xlsx", 5000), progress=progress, token=token)
    assert 2000 in seen and max(seen) < 5000  # it really was half-way
    assert snapshot(store) == before


@pytest.mark.parametrize("kind", ["candidates", "roles"])
def test_an_import_that_saves_nothing_keeps_no_backup_and_rotates_none_away(tmp_path, store, kind):
    """Each failed or cancelled attempt kept a full copy of the unchanged database: on a nearly full disk,
    three of them took the room a small import needed ("disk full"), and each rotated an older backup out."""
    from crm.importing.api import run_import
    from crm.safety.backups import BackupManager

    backups = BackupManager(store)
    import_candidates(store, messy_spanish_xlsx(tmp_path / "first.xlsx"))
    kept = {info.path for info in backups.list(with_counts=False)}
    assert len(kept) == 1  # the first import's, kept
    if kind == "candidates":
        path = large_candidates_xlsx(tmp_path / "big.xlsx", 1500)
    else:
        path = plain_xlsx(tmp_path / "roles.xlsx", ["Ref.", "Cliente", "Puesto"],
                          *[[f"R-{n}", "Acme", "Backend"] for n in range(1200)])
    for _ in range(3):
        token = CancelToken()

        def progress(done, total, message, token=token):
            if done >= 500:
                token.cancel()

        with pytest.raises(Cancelled):
            run_import(store, kind, path, progress=progress, token=token)
    assert {info.path for info in backups.list(with_counts=False)} == kept
    saved = run_import(store, kind, path)
    assert saved.created and len(backups.list(with_counts=False)) == 2  # a saved import's backup stays


@pytest.mark.parametrize("kind", ["candidates", "roles"])
def test_a_cancel_once_the_import_is_saving_is_refused_not_promised(tmp_path, store, kind):
    """Cancel clicked at "5,000 of 5,000" said nothing would be saved, and the whole import was: from the last
    safe point on, a cancel is refused (and said so), before it a cancel rolls everything back."""
    from crm.importing.api import run_import

    path = (large_candidates_xlsx(tmp_path / "big.xlsx", 3000) if kind == "candidates"
            else plain_xlsx(tmp_path / "v.xlsx", ["Ref.", "Cliente", "Puesto"], ["V-1", "Acme", "Backend"]))
    token, refused = CancelToken(), []

    def progress(done, total, message):
        if message == "saving":
            refused.append(not token.cancel())

    report = run_import(store, kind, path, progress=progress, token=token)
    assert refused == [True] and report.batch_id is not None and report.created == (3000 if kind == "candidates" else 1)
    assert token.cancel() is False  # and stays so
    assert len(snapshot(store)["candidate"]) == (3000 if kind == "candidates" else 0)  # saved, as said
    other = CancelToken()
    assert other.cancel() is True
    with pytest.raises(Cancelled):
        other.seal()  # a cancel before the last safe point: the commit never comes


_CHILD = """
import os, signal, sys
from sqlalchemy import event
from crm.persistence.store import open_store
from crm.importing.importer import import_candidates

db, path, point = sys.argv[1], sys.argv[2], sys.argv[3]
store = open_store(db)
if point == "commit":
    event.listen(store.engine, "commit", lambda conn: os.kill(os.getpid(), signal.SIGKILL))

def progress(done, total, message):
    print(done, flush=True)
    if point.isdigit() and done >= int(point):
        os.kill(os.getpid(), signal.SIGKILL)

import_candidates(store, path, progress=progress)
print("finished", flush=True)
"""


def _child(db, path, point):
    return subprocess.Popen([sys.executable, "-c", _CHILD, str(db), str(path), point], cwd=ROOT, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})


def _check(db_path, allowed_counts):
    from crm.persistence.store import open_store

    store = open_store(str(db_path))
    try:
        with store.engine.connect() as connection:
            assert connection.execute(text("PRAGMA integrity_check")).scalar() == "ok"
            assert connection.execute(text("PRAGMA foreign_key_check")).all() == []
            count = connection.execute(text("SELECT count(*) FROM candidate")).scalar()
            fts = connection.execute(text("SELECT count(*) FROM candidate_fts")).scalar()
            batches = connection.execute(text("SELECT count(*) FROM import_batch")).scalar()
    finally:
        store.close()
    assert count in allowed_counts and fts == count and batches == (1 if count else 0)
    return count


@pytest.fixture(scope="module")
def big_file(tmp_path_factory):
    return large_candidates_xlsx(tmp_path_factory.mktemp("kill") / "big.xlsx", ROWS)


@pytest.mark.parametrize("point", ["2000", "6000", "commit"])
def test_sigkill_during_import_leaves_all_or_nothing(tmp_path, big_file, point):
    db = tmp_path / "crm.db"
    child = _child(db, big_file, point)
    out, err = child.communicate(timeout=120)
    assert child.returncode == -signal.SIGKILL, err
    assert "finished" not in out
    assert _check(db, {0}) == 0


def test_sigkill_from_outside_at_an_arbitrary_moment(tmp_path, big_file):
    db = tmp_path / "crm.db"
    child = _child(db, big_file, "never")
    assert child.stdout.readline()  # the import has started
    time.sleep(0.3)
    child.send_signal(signal.SIGKILL)
    child.communicate(timeout=60)
    _check(db, {0, ROWS})
