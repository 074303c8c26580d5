"""Undoable candidate edits. Each command is pushed after its first run succeeded (so a refused
change never lands on the stack); undo and redo replay it through the services, passing the
version the last step produced, so a change made elsewhere in between is refused, not overwritten."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields
from typing import Any

from crm.services.records import CandidateRecord
from ui.context import AppContext, ChangeSet
from ui.kit.undo import ServiceCommand, refusals_only

ErrorReporter = Callable[[str], None]
_NOT_STORED = {"id", "skills", "version", "created_at", "updated_at", "last_activity_at"}
RESTORABLE_FIELDS = tuple(f.name for f in fields(CandidateRecord) if f.name not in _NOT_STORED)


def skills_of(record: CandidateRecord) -> list[tuple[str, float | None]]:
    return [(skill.name, skill.years) for skill in record.skills]


class _CandidateCommand(ServiceCommand):
    """A ServiceCommand that tells the pages which candidate changed and reports only refusals."""

    def __init__(self, context: AppContext, text: str, report: ErrorReporter):
        super().__init__(text, refusals_only(report))
        self._context = context

    def _changed(self, candidate_id: int) -> None:
        self._context.events.emit_change(ChangeSet.of("candidate", ids=[candidate_id]))

    def _delete(self, record: CandidateRecord) -> None:
        self._context.services.candidates.delete(record.id)
        self._changed(record.id)

    def _restore(self, record: CandidateRecord) -> CandidateRecord:
        restored = _restore(self._context, record)
        self._changed(restored.id)
        return restored


class CreateCandidate(_CandidateCommand):
    """Undo of a create is a delete; redo creates the same person again."""

    def __init__(self, context: AppContext, record: CandidateRecord, text: str, report: ErrorReporter):
        super().__init__(context, text, report)
        self.record = record

    def apply(self) -> None:
        self.record = self._restore(self.record)

    def revert(self) -> None:
        self._delete(self.record)


class EditCandidate(_CandidateCommand):
    """Undo restores the previous values of the changed fields (and skills) through update()."""

    def __init__(self, context: AppContext, candidate_id: int, before: dict[str, Any], after: dict[str, Any],
                 skills: tuple[list, list] | None, version: int, text: str, report: ErrorReporter):
        super().__init__(context, text, report)
        self._id = candidate_id
        self._before, self._after = before, after
        self._skills = skills  # (before, after) or None when skills did not change
        self._version = version  # the version the last applied step produced

    def _update(self, values: dict[str, Any], skills: list | None) -> None:
        record = self._context.services.candidates.update(self._id, self._version, values, skills)
        self._version = record.version
        self._changed(self._id)

    def apply(self) -> None:
        self._update(self._after, self._skills[1] if self._skills else None)

    def revert(self) -> None:
        self._update(self._before, self._skills[0] if self._skills else None)


class DeleteCandidate(_CandidateCommand):
    """Undo puts the profile and skills back under the same id (pipeline history is not restored)."""

    def __init__(self, context: AppContext, record: CandidateRecord, text: str, report: ErrorReporter):
        super().__init__(context, text, report)
        self.record = record

    def apply(self) -> None:
        self._delete(self.record)

    def revert(self) -> None:
        self.record = self._restore(self.record)


def _restore(context: AppContext, record: CandidateRecord) -> CandidateRecord:
    """Insert the record again with its own id, values and skills (values are already clean)."""
    row = {name: getattr(record, name) for name in RESTORABLE_FIELDS}
    row.update(id=record.id, created_at=record.created_at, last_activity_at=record.last_activity_at)
    context.services.candidates.bulk_insert([row], [skills_of(record)])
    return context.services.candidates.get(record.id)


def changed_fields(record: CandidateRecord, values: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """(before, after) for the fields whose value differs from the record."""
    before, after = {}, {}
    for name, value in values.items():
        if getattr(record, name) != value:
            before[name] = getattr(record, name)
            after[name] = value
    return before, after
