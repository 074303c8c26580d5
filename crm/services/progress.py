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
    """Set from any thread; checked by the worker at safe points. Work that commits seals the token at its
    last safe point: a cancel after that is refused (cancel() says False), so that "nothing will be saved"
    is never promised while the commit is under way."""

    def __init__(self) -> None:
        self._event = threading.Event()
        self._lock = threading.Lock()
        self._sealed = False

    def cancel(self) -> bool:
        """Ask the work to stop; False when it is past its last safe point (what it did is being saved)."""
        with self._lock:
            if self._sealed:
                return False
            self._event.set()
            return True

    def seal(self) -> None:
        """The last safe point before a commit: Cancelled if a cancel came, else later cancels are refused."""
        with self._lock:
            if self._event.is_set():
                raise Cancelled()
            self._sealed = True

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise Cancelled()
