import threading

from crm.services.progress import Cancelled
from ui.tasks import TaskRunner


def test_work_runs_off_the_gui_thread_and_reports_back(qtbot):
    runner = TaskRunner()
    gui_thread = threading.current_thread()
    seen = {"progress": [], "result": []}

    def work(progress, token):
        seen["thread"] = threading.current_thread()
        for i in range(1, 4):
            progress(i, 3, "step")
        return 42

    runner.start(work, on_success=seen["result"].append, on_progress=lambda *a: seen["progress"].append(a))
    qtbot.waitUntil(lambda: seen["result"] == [42], timeout=5000)
    assert seen["thread"] is not gui_thread
    assert seen["progress"][-1] == (3, 3, "step")  # the last step is never throttled away
    runner.wait_for_done()


def test_failure_and_cancel_arrive_as_callbacks(qtbot):
    runner = TaskRunner()
    failures, cancels = [], []

    def broken(progress, token):
        raise ValueError("row 4 is bad")

    runner.start(broken, on_failure=lambda message, details: failures.append(message))
    qtbot.waitUntil(lambda: failures == ["row 4 is bad"], timeout=5000)

    started = threading.Event()

    def long_work(progress, token):
        started.set()
        while True:
            token.raise_if_cancelled()
            if not started.is_set():
                raise Cancelled()

    task = runner.start(long_work, on_cancelled=lambda: cancels.append(True))
    started.wait(5)
    task.cancel()
    qtbot.waitUntil(lambda: cancels == [True], timeout=5000)
    runner.wait_for_done()


def test_a_window_closed_while_its_work_runs_hears_nothing_and_nothing_breaks(qtbot):
    """The import window closed (and deleted) while its task still ran: the task's signals went with the
    window, and the worker raised "Signal source has been deleted" as it finished (seen as a flaky test)."""
    from PySide6.QtCore import QObject

    runner = TaskRunner()
    window = QObject()
    release, heard = threading.Event(), []

    def work(progress, token):
        release.wait(5)
        progress(1, 1, "done")
        return "result"

    runner.start(work, on_success=heard.append, parent=window)
    window.deleteLater()
    qtbot.waitUntil(lambda: not _alive(window), timeout=5000)
    release.set()
    assert runner.wait_for_done()
    qtbot.wait(50)  # anything queued for the GUI thread is delivered (or dropped) now
    assert heard == []


def _alive(obj) -> bool:
    from shiboken6 import isValid

    return isValid(obj)


def test_a_database_error_reaches_the_window_in_words(qtbot, tmp_path):
    """A window showed "(sqlite3.OperationalError) database is locked [SQL: INSERT INTO import_batch ...]"."""
    import sqlite3

    from sqlalchemy.exc import OperationalError

    from crm.persistence.db_errors import LOCKED

    runner, failures = TaskRunner(), []

    def blocked(progress, token):
        raise OperationalError("INSERT INTO import_batch (kind) VALUES (?)", ("candidates",),
                               sqlite3.OperationalError("database is locked"))

    runner.start(blocked, on_failure=lambda message, details: failures.append((message, details)))
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    assert failures[0][0] == LOCKED and "INSERT INTO" in failures[0][1]  # the details keep the SQL for a report
    runner.wait_for_done()
