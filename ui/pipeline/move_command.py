"""A card move as an undoable command.

Undo does not delete history: it moves the application back and records that as its own StageChange
("Undo of the move to X"), restoring the entry time, rejection and placement details. What happened,
including the mistake, stays visible in the role's history.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from crm.domain.errors import CrmError
from crm.services.pipeline import PipelineService
from crm.services.records import ApplicationRecord
from ui.kit.undo import ServiceCommand, refusals_only
from ui.pipeline.move_dialogs import MoveDetails

Applied = Callable[[ApplicationRecord, ApplicationRecord], None]  # (from record, to record)
Failed = Callable[[str], None]


class MoveCommand(ServiceCommand):
    """Pushed after the first move succeeded, so a refused move never lands on the undo stack."""

    def __init__(self, pipeline: PipelineService, before: ApplicationRecord, after: ApplicationRecord,
                 details: MoveDetails, candidate: str, on_applied: Applied, on_failed: Failed):
        super().__init__(QCoreApplication.translate("MoveCommand", "Move %1 to %2")
                         .replace("%1", candidate).replace("%2", after.stage), refusals_only(on_failed))
        self._pipeline = pipeline
        self._before = before
        self._after = after
        self._details = details
        self._on_applied = on_applied

    def apply(self) -> None:
        current = self._pipeline.find(self._before.candidate_id, self._before.role_id)
        if current is None:
            raise CrmError("the candidate is no longer on this role")
        after = self._pipeline.move(
            self._before.id, self._after.stage_id, note=self._details.note, expected_version=current.version,
            rejection_reason=self._details.rejection_reason, rejected_by=self._details.rejected_by,
            placed_start_date=self._details.placed_start_date, placed_fee=self._details.placed_fee)
        self._after = after
        self._on_applied(current, after)

    def revert(self) -> None:
        back = self._pipeline.undo_move(self._before.id, self._before, expected_version=self._after.version)
        self._on_applied(self._after, back)
