"""Table models of the roles page: the roles with one column per pipeline stage, and the
candidates on the selected role."""

from __future__ import annotations

from collections.abc import Sequence

from crm.services.records import StageRecord
from crm.services.role_overview import RoleCandidateRow, RoleRow
from ui.kit.stage_names import rejection_label, stage_label, two_lines
from ui.kit.value_table import Column, ValueTableModel, number_key
from ui.roles.labels import label, status_labels


class RolesTableModel(ValueTableModel):
    """Stage columns come from the configured stages, so renamed or added stages show up."""

    FIXED_COLUMNS = 6  # reference, client, title, status, openings, days open

    def __init__(self, parent=None):
        super().__init__(parent)
        self.set_stages(())

    def set_stages(self, stages: Sequence[StageRecord]) -> None:
        statuses = status_labels()
        columns = [
            Column(self.tr("Reference"), lambda r: r.reference),
            Column(self.tr("Client"), lambda r: r.client),
            Column(self.tr("Title"), lambda r: r.title),
            Column(self.tr("Status"), lambda r: label(statuses, r.status)),
            Column(self.tr("Openings"), lambda r: str(r.openings), lambda r: r.openings, numeric=True),
            Column(self.tr("Days\nopen"), lambda r: "" if r.days_open is None else str(r.days_open),
                   lambda r: number_key(r.days_open), numeric=True,
                   tooltip=self.tr("Days since the role opened (until it closed, for closed roles)")),
        ]
        for stage in stages:
            name = stage_label(stage.name)
            columns.append(Column(two_lines(name), _stage_text(stage.id), _stage_key(stage.id), numeric=True,
                                  tooltip=self.tr("Candidates now in %1").replace("%1", name)))
        columns.append(Column(self.tr("Total"), lambda r: str(r.total), lambda r: r.total, numeric=True,
                              tooltip=self.tr("All candidates on the role")))
        self.set_columns(columns)


def _stage_text(stage_id: int):
    def text(row: RoleRow) -> str:
        count = row.count(stage_id)
        return str(count) if count else "·"
    return text


def _stage_key(stage_id: int):
    return lambda row: row.count(stage_id)


class RoleCandidatesModel(ValueTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.set_columns([
            Column(self.tr("Candidate"), lambda c: c.name),
            Column(self.tr("Current title"), lambda c: c.current_title or ""),
            Column(self.tr("Stage"), _stage_with_reason, lambda c: c.stage_position),
            Column(self.tr("Days in stage"), lambda c: str(c.days_in_stage), lambda c: c.days_in_stage,
                   numeric=True, warn=lambda c: c.is_stale, warn_tooltip=self._stale_tooltip),
        ])

    def _stale_tooltip(self, row: RoleCandidateRow) -> str:
        return self.tr("Waiting longer than %1 days in %2: time to follow up").replace(
            "%1", str(row.stale_after_days)).replace("%2", stage_label(row.stage))

    def set_candidates(self, rows: Sequence[RoleCandidateRow]) -> None:
        self.set_rows(rows)


def _stage_with_reason(row: RoleCandidateRow) -> str:
    stage = stage_label(row.stage)
    return f"{stage} ({rejection_label(row.rejection_reason)})" if row.rejection_reason else stage
