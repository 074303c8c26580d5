"""A failed, cancelled or killed export leaves the previous file byte for byte, and no temp file."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from crm.domain import ExportLog
from crm.exporting.atomic import ExportTargetError, atomic_target, clean_leftovers
from crm.exporting.candidate_list import export_candidate_list
from crm.exporting.shortlist import export_shortlist
from crm.services.progress import Cancelled, CancelToken
from tests.crm.exporting.helpers import build_pipeline, candidate_row

OLD = b"previous report, must survive"


def _only_target(folder: Path, target: Path) -> None:
    assert sorted(p.name for p in folder.iterdir()) == [target.name]


def _log_count(services) -> int:
    with services.store.sessions() as session:
        return session.scalar(select(func.count(ExportLog.id)))


def test_cancelled_report_leaves_the_old_file_and_logs_nothing(services, tmp_path):
    role, _ = build_pipeline(services, submitted=[{}])
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "report.xlsx"
    target.write_bytes(OLD)
    token = CancelToken()

    def progress(done, total, message):
        if message == "saving":
            token.cancel()

    with pytest.raises(Cancelled):
        export_shortlist(services.store, role.id, target, progress=progress, token=token)
    assert target.read_bytes() == OLD
    _only_target(folder, target)
    assert _log_count(services) == 0


def test_failing_candidate_list_leaves_the_old_file(services, tmp_path):
    services.candidates.bulk_insert([candidate_row(i) for i in range(1500)])
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "list.xlsx"
    target.write_bytes(OLD)

    def progress(done, total, message):
        if done >= 1000:
            raise RuntimeError("disk went away")

    with pytest.raises(RuntimeError):
        export_candidate_list(services.store, target, progress=progress)
    assert target.read_bytes() == OLD
    _only_target(folder, target)


def test_unwritable_folder_gets_a_clear_message(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root ignores folder permissions")
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(ExportTargetError, match="not writable"), atomic_target(folder / "x.xlsx"):
            pass
    finally:
        folder.chmod(0o700)


def test_missing_folder_and_excel_lock_file_are_named(tmp_path):
    with pytest.raises(ExportTargetError, match="does not exist"), atomic_target(tmp_path / "nope" / "x.xlsx"):
        pass
    (tmp_path / "~$report.xlsx").write_bytes(b"owner")
    with pytest.raises(ExportTargetError, match="open in another program"), atomic_target(tmp_path / "report.xlsx"):
        pass


def test_failed_rename_is_reported_and_cleaned(tmp_path):
    target = tmp_path / "report.xlsx"
    target.mkdir()  # a folder where the file should go: checked before writing
    with pytest.raises(ExportTargetError, match="is a folder"), atomic_target(target):
        pass


_CHILD = """
import sys
from crm.persistence.store import open_store
from crm.exporting.candidate_list import export_candidate_list

def progress(done, total, message):
    if done >= 2000:
        print("writing", flush=True)
        import time; time.sleep(60)

export_candidate_list(open_store(sys.argv[1]), sys.argv[2], columns="all", progress=progress)
"""


def test_sigkilled_export_leaves_the_previous_file_and_the_next_run_cleans_up(services, store, tmp_path):
    services.candidates.bulk_insert([candidate_row(i) for i in range(2500)])
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "list.xlsx"
    target.write_bytes(OLD)
    root = Path(__file__).resolve().parents[3]
    child = subprocess.Popen([sys.executable, "-c", _CHILD, str(store.path), str(target)], cwd=root,
                             env={**os.environ, "PYTHONPATH": str(root)}, stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "writing"
        time.sleep(0.2)
        child.send_signal(signal.SIGKILL)
    finally:
        child.wait(30)
        child.stdout.close()
    assert target.read_bytes() == OLD
    leftovers = [p for p in folder.iterdir() if p != target]
    assert leftovers, "the killed writer had started its temporary file"
    assert clean_leftovers(folder) == leftovers
    _only_target(folder, target)


@pytest.mark.parametrize("code, words", [(28, "disk is full"), (13, "open in another program"),
                                         (30, "read-only")])
def test_os_errors_during_the_write_name_their_cause(tmp_path, code, words):
    target = tmp_path / "report.xlsx"
    target.write_bytes(OLD)
    with pytest.raises(ExportTargetError, match=words), atomic_target(target):
        raise OSError(code, os.strerror(code))
    assert target.read_bytes() == OLD
    _only_target(tmp_path, target)
