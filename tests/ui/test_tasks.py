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
