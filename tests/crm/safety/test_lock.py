"""Two instances on one database file (A11) and a stale lock after a killed process (A12)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from crm.safety.lock import DatabaseInUse, DatabaseLock, lock_path

REPO = Path(__file__).resolve().parents[3]
HOLDER = ("import sys; from pathlib import Path; from crm.safety.lock import DatabaseLock; "
          "DatabaseLock(Path(sys.argv[1])).acquire(); print('locked', flush=True); sys.stdin.read()")


def _holder(db: Path) -> subprocess.Popen:
    process = subprocess.Popen([sys.executable, "-c", HOLDER, str(db)], stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": str(REPO)})
    assert process.stdout.readline().strip() == "locked"
    return process


def test_a_second_instance_is_refused_with_host_and_pid(db_path):
    first = _holder(db_path)
    try:
        with pytest.raises(DatabaseInUse) as refused:
            DatabaseLock(db_path).acquire()
        assert refused.value.pid == first.pid and refused.value.host == socket.gethostname()
        assert f"({socket.gethostname()}, pid {first.pid})" in str(refused.value)
    finally:
        first.stdin.close()
        first.wait(timeout=10)
        first.stdout.close()


def test_a_lock_left_by_a_killed_process_is_stale_and_taken_over(db_path):
    first = _holder(db_path)
    first.send_signal(signal.SIGKILL)
    first.wait(timeout=10)
    first.stdin.close()
    first.stdout.close()
    assert lock_path(db_path).exists()  # the killed process could not clean up
    with DatabaseLock(db_path) as second:
        assert second.held
    assert not lock_path(db_path).exists()  # released on exit


def test_a_lock_from_another_host_is_never_stolen(db_path):
    lock_path(db_path).write_text('{"host": "other-laptop", "pid": 1, "since": ""}')
    with pytest.raises(DatabaseInUse, match="other-laptop"):
        DatabaseLock(db_path).acquire()


def test_a_lock_from_before_a_reboot_is_stale_even_if_its_pid_is_alive(db_path):
    # The parent process is alive, but the lock says it was taken during another boot.
    lock_path(db_path).write_text(
        f'{{"host": "{socket.gethostname()}", "pid": {os.getppid()}, "boot": "an-earlier-boot", "since": ""}}')
    with DatabaseLock(db_path) as lock:
        assert lock.held
