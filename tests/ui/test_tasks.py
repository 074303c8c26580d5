import threading

from crm.services.progress import Cancelled
from ui.tasks import TaskRunner


def test_work_runs_off_the_gui_thread_and_reports_back(qtbot):
    runner = TaskRunner()
    gui_thread = threading.current_thread()
    seen = {}

    def work(progress, token):
        seen["thread"] = threading.current_thread()
        for i in range(1, 4):
            progress(i, 3, "step")
        return 42

    task = runner.start(work)
    with qtbot.waitSignal(task.signals.succeeded, timeout=5000) as blocker:
        pass
    assert blocker.args == [42]
    assert seen["thread"] is not gui_thread
    runner.wait_for_done()


def test_failure_and_cancel_arrive_as_signals(qtbot):
    runner = TaskRunner()

    def broken(progress, token):
        raise ValueError("row 4 is bad")

    task = runner.start(broken)
    with qtbot.waitSignal(task.signals.failed, timeout=5000) as blocker:
        pass
    assert blocker.args[0] == "row 4 is bad"

    started = threading.Event()

    def long_work(progress, token):
        started.set()
        while True:
            token.raise_if_cancelled()
            if not started.is_set():
                raise Cancelled()

    task = runner.start(long_work)
    started.wait(5)
    with qtbot.waitSignal(task.signals.cancelled, timeout=5000):
        task.cancel()
    runner.wait_for_done()
