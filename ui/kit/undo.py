"""Undo commands over the services. The action has already run (in the dialog, where its errors
are shown inline) when the command is pushed, so the first redo() does nothing. A later undo or
redo that the services refuse (changed elsewhere, now in use) removes the command and is reported,
never swallowed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from crm.domain.errors import CrmError

# Called after every undo/redo: None when it worked, else the reason it was refused.
Report = Callable[[str | None], None]


def refusals_only(report: Callable[[str], None]) -> Report:
    """A Report that passes on only the refusals (for pages that say nothing when a step works)."""

    def forward(problem: str | None) -> None:
        if problem is not None:
            report(problem)

    return forward


class ServiceCommand(QUndoCommand):
    """Base of the page commands. Each subclass defines `apply()` (do the change again) and
    `revert()` (take it back) with service calls; this class adds the guard and the reporting."""

    apply: Callable[[], None]
    revert: Callable[[], None]

    def __init__(self, text: str, report: Report):
        super().__init__(text)
        self._report = report
        self._first_redo = True

    def redo(self) -> None:
        if self._first_redo:
            self._first_redo = False
            return
        self._guarded(self.apply)

    def undo(self) -> None:
        self._guarded(self.revert)

    def _guarded(self, step: Callable[[], None]) -> None:
        try:
            step()
        except CrmError as exc:
            self.setObsolete(True)
            self._report(str(exc))
            return
        self._report(None)


class IdMap:
    """Undoing a delete (or redoing a create) makes a new record, with a new id or (SQLite reuses the
    highest rowid) the same one, whose version starts again. Older commands that name the record
    find its current id here, and its `incarnation` tells them whether it was re-created since they
    last wrote it, so edit, delete, undo, undo works as the user expects."""

    def __init__(self):
        self._moved: dict[int, int] = {}
        self._incarnations: dict[int, int] = {}

    def recreated(self, old_id: int, new_id: int) -> None:
        if old_id != new_id:
            self._moved[old_id] = new_id
        self._incarnations[new_id] = self._incarnations.get(new_id, 0) + 1

    def current(self, record_id: int) -> int:
        seen = set()
        while record_id in self._moved and record_id not in seen:
            seen.add(record_id)
            record_id = self._moved[record_id]
        return record_id

    def incarnation(self, record_id: int) -> tuple[int, int]:
        """The record's current id and how many times it was re-created (compare, don't interpret)."""
        current = self.current(record_id)
        return current, self._incarnations.get(current, 0)
