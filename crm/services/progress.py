"""Progress reporting and cancelling for long work (import, export, backup, reindex). No Qt here."""

from __future__ import annotations

import threading
from collections.abc import Callable

# progress(done, total, message); total may be 0 when unknown.
Progress = Callable[[int, int, str], None]


def no_progress(done: int, total: int, message: str) -> None:
    """The default when nobody watches."""


class Cancelled(Exception):
    """Raised inside long work when the user cancelled; the work's transaction rolls back."""


class CancelToken:
    """Set from any thread; checked by the worker at safe points."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise Cancelled()
