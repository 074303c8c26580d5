"""What every page and dialog gets from the composition root: services, background tasks, change
notifications and the session's undo stack. Passed in explicitly; there is no global app object.

At start-up the context exists a moment before its services: the window shows the first page of
candidates from a read-only preview while the store opens, then `services` is set once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from ui.tasks import TaskRunner

if TYPE_CHECKING:
    from crm.services import Services


@dataclass(frozen=True)
class ChangeSet:
    """What an operation changed, so each page can decide whether to refresh.

    `entities` names kinds ("candidate", "role", "company", "application", "stage", "saved_search");
    `ids` optionally narrows to records (empty means "any/many").
    """

    entities: frozenset[str]
    ids: frozenset[int] = field(default_factory=frozenset)

    @classmethod
    def of(cls, *entities: str, ids: tuple[int, ...] | list[int] = ()) -> ChangeSet:
        return cls(frozenset(entities), frozenset(ids))

    def touches(self, *entities: str) -> bool:
        return bool(self.entities.intersection(entities))


class AppEvents(QObject):
    """One app-wide signal: after any change, every page hears what changed (Anki's OpChanges idea)."""

    data_changed = Signal(object)  # ChangeSet

    def emit_change(self, change: ChangeSet) -> None:
        self.data_changed.emit(change)


@dataclass
class AppContext:
    services: Services | None
    tasks: TaskRunner
    events: AppEvents
    undo_stack: QUndoStack

    @classmethod
    def create(cls, services: Services | None, parent: QObject | None = None) -> AppContext:
        return cls(services=services, tasks=TaskRunner(parent), events=AppEvents(parent), undo_stack=QUndoStack(parent))
