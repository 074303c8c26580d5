"""Run long core work off the GUI thread and hear about it on the GUI thread.

The work is a plain function taking (progress, cancel_token); it knows nothing of Qt. Database
writes go through one single-thread pool so they never race each other. Progress is re-emitted
at most ~10 times a second; success and failure arrive as signals on the GUI thread.
"""

from __future__ import annotations

import time
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from crm.services.progress import Cancelled, CancelToken, Progress

Work = Callable[[Progress, CancelToken], Any]
_EMIT_INTERVAL_S = 0.1


class TaskSignals(QObject):
    progress = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(str, str)  # message, details (traceback)
    cancelled = Signal()
    finished = Signal()


class _Runner(QRunnable):
    def __init__(self, work: Work, signals: TaskSignals, token: CancelToken):
        super().__init__()
        self.setAutoDelete(True)
        self._work = work
        self._signals = signals
        self._token = token
        self._last_emit = 0.0

    def _progress(self, done: int, total: int, message: str) -> None:
        now = time.monotonic()
        if now - self._last_emit >= _EMIT_INTERVAL_S or (total and done >= total):
            self._last_emit = now
            self._emit("progress", done, total, message)

    def _emit(self, name: str, *args: Any) -> None:
        """Tell the GUI, unless the window the task belonged to was closed (its signals went with it):
        then nobody is listening, and the work's result is simply dropped."""
        try:
            getattr(self._signals, name).emit(*args)
        except RuntimeError:  # "Signal source has been deleted"
            pass

    def run(self) -> None:
        try:
            result = self._work(self._progress, self._token)
        except Cancelled:
            self._emit("cancelled")
        except Exception as exc:  # delivered to the GUI, which shows it in plain words
            # (imported here: the first window paints before SQLAlchemy loads, test_startup_preview)
            from crm.persistence.db_errors import plain_message

            self._emit("failed", plain_message(exc), traceback.format_exc())
        else:
            self._emit("succeeded", result)
        finally:
            self._emit("finished")


class Task(QObject):
    """A handle on running work: connect to its signals, call cancel()."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.signals = TaskSignals(self)
        self.token = CancelToken()

    def cancel(self) -> bool:
        """False when the work is past cancelling (it is saving what it did)."""
        return self.token.cancel()


class TaskRunner(QObject):
    """Owns the pools. One instance, made by the composition root and passed in."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._writer = QThreadPool(self)
        self._writer.setMaxThreadCount(1)  # one writer at a time on the database
        self._reader = QThreadPool(self)

    def start(
        self,
        work: Work,
        *,
        writes: bool = True,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[str, str], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
        on_finished: Callable[[], None] | None = None,
        parent: QObject | None = None,
    ) -> Task:
        """Start `work` on a pool. Callbacks are connected before it starts, so none is missed."""
        task = Task(parent or self)
        for signal, slot in ((task.signals.succeeded, on_success), (task.signals.failed, on_failure),
                             (task.signals.progress, on_progress), (task.signals.cancelled, on_cancelled),
                             (task.signals.finished, on_finished)):
            if slot is not None:
                signal.connect(slot)
        (self._writer if writes else self._reader).start(_Runner(work, task.signals, task.token))
        return task

    def wait_for_done(self, msecs: int = 30_000) -> bool:
        return self._writer.waitForDone(msecs) and self._reader.waitForDone(msecs)
