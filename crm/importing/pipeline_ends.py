"""A pipeline row's steps, and what a row says of when its process started and ended: an ATS export's
"Applied On" (the application's first step), and a Status, a rejection reason, an archive date or a true
"Disqualified" that end it (Greenhouse, Lever, Workable). The rows' reader (pipeline._PipelineRows) is a RowEnds."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any, NamedTuple

from crm.domain import Stage
from crm.domain import normalize as norm
from crm.domain.enums import StageKind
from crm.importing import values as parse
from crm.importing.stage_columns import S, match_stage
from crm.importing.stage_words import read_stage
from crm.importing.step_dates import step_moment
from crm.importing.tabular import with_lines


class Step(NamedTuple):
    """A stage a pipeline row moves an application to: whose application, which stage, when. (A row kept
    as a column per stage gives a step per stage it reached.)"""

    row: int
    candidate_id: int
    role_id: int
    stage: Stage
    folded: str
    when: datetime | None  # None: the row gives no day it can be read by (step_dates)
    comment: str | None
    date_column: str | None  # the date as the file gave it, if it did (for a warning)
    date_text: str | None
    listed_only: bool = False  # a row listing the candidate for the role, no stage reached: creates, never moves
    date_problem: str | None = None  # why the date given could not be read
    undated: bool = False  # dated by the rows around it, or today: never a new line for a stage it had
    blank_date: bool = False  # the row's date cell is empty (a file with no date column, or a mark: not so)
    rejected_by: str | None = None  # who ended the process, as the stage words say (StageMatch)
    dated_today: bool = False  # no day of its own nor from its application's rows: today's (step_dates)
    dated_as: int | None = None  # the row it took its day from: ordered with it as the stages say
    # The application's first step (an "Applied On" column): never moves it on; added to its history only
    # where nothing is before it
    opening: bool = False
    # The stage an ended row's process was in when it ended: never moves an application further on back
    before_end: bool = False
    ending: bool = False  # the step that ends a row's process (a Status, a rejection reason, an archive date)
    reason: str | None = None  # why it ended, as the file wrote it (a rejection reason column)


_ENDS = (StageKind.REJECTED.value, StageKind.PLACED.value)


def end_stage(raw: dict[str, Any], stages: Sequence[S], disqualified: bool) -> S | None:
    """The stage a row's process ended in, when the row says it ended: a Status that reads as a rejection or a
    hire (Greenhouse "Rejected", "Archived", "Hired"), a rejection reason, an archive date (Lever), a true
    "Disqualified" (Workable); None when it goes on ("Active"). The import and its preview both ask."""
    status = parse.as_text(raw.get("status"))
    if status:
        try:
            stage = match_stage(status, stages).stage
        except parse.Unparsed:  # words no stage answers to: it goes on
            stage = None
        if stage is not None and stage.kind in _ENDS:
            return stage
    if disqualified or parse.as_text(raw.get("rejection_reason")) or raw.get("archived_at") is not None:
        return next((stage for stage in stages if stage.kind == StageKind.REJECTED.value), None)
    return None


class RowEnds:
    """The start and end of a row's process, for the pipeline rows' reader (its stages, stage words, report and
    date order)."""

    def _opening(self, row: int, raw: dict[str, Any], columns: dict[str, str], candidate_id: int,
                 role_id: int) -> Step | None:
        """The step a row's "Applied On" gives: the application started then, in the first stage."""
        if raw.get("applied_on") is None:
            return None
        text = parse.as_text(raw["applied_on"])
        try:
            when = step_moment(raw["applied_on"], self.day_first)
        except parse.Unparsed as exc:
            self.report.warn(row, columns["applied_on"], text, f"{exc}; not recorded")
            return None
        first = self.stages[0]
        return Step(row, candidate_id, role_id, first, norm.fold(first.name), when, None, columns["applied_on"], text,
                     opening=True)

    @staticmethod
    def _after_opening(opening: Step, steps: list[Step]) -> list[Step]:
        """A row's steps after the one it applied on: a step to the same stage is that one ("Application
        Review" applied on 01/07, last active 20/07: no Sourced -> Sourced line; the row's comment goes with
        its last step all the same)."""
        same = [step for step in steps if step.stage.id == opening.stage.id and not step.ending]
        return [step for step in steps if step not in same]

    def _ended(self, row: int, raw: dict[str, Any], columns: dict[str, str], steps: list[Step],
               flag: Any, candidate_id: int, role_id: int) -> list[Step]:
        """A row's steps, with the one that ends its process when the row says it ended: a Status that
        reads as a rejection (Greenhouse "Rejected", "Archived"), a rejection reason, an archive date
        (Lever), a true "Disqualified" (Workable). It goes to the rejection stage on the archive date, else
        on the row's (Greenhouse's "Last Activity"); the stage the row names stays as the one the process
        was in (Offer, then Rejected)."""
        reason = norm.long_text(parse.as_text(raw.get("rejection_reason")))
        end = end_stage(raw, self.stages, flag is not None)
        if end is None:  # it goes on (or no rejection stage is configured: the row's stage alone)
            return steps
        when, column, text = self._end_moment(row, raw, columns)
        dated = [step for step in steps if step.when is not None]
        if when is None and dated:  # the row's latest day: when it was last active, it ended
            latest = max(dated, key=lambda step: step.when)
            when, column, text = latest.when, latest.date_column, latest.date_text
        if flag is not None and column is None:
            column, text = flag.header, flag.text
        words = read_stage(reason) if reason else None  # "Withdrew": the candidate ended it
        by = words.by if words is not None else (flag.by if flag is not None else None)
        if by is None and parse.as_text(raw.get("status")):  # Greenhouse's "Withdrawn", no reason: the candidate
            said = read_stage(norm.fold(parse.as_text(raw.get("status")) or ""))
            by = said.by if said is not None else None
        steps = [step._replace(before_end=True) if step.stage.kind != end.kind else step for step in steps]
        ending = next((at for at, step in enumerate(steps) if step.stage.kind == end.kind), None)
        if ending is not None:  # the row's stage says it too ("Rejected", "Disqualified")
            step = steps[ending]
            steps[ending] = step._replace(
                when=step.when or when, undated=step.undated and when is None, ending=True, reason=reason,
                rejected_by=step.rejected_by or by, comment=with_lines(reason, [step.comment] if step.comment else []),
                date_column=step.date_column if step.when else column or step.date_column,
                date_text=step.date_text if step.when else text or step.date_text)
            return steps
        return [*steps, Step(row, candidate_id, role_id, end, norm.fold(end.name), when, reason, column, text,
                              undated=when is None, rejected_by=by, ending=True, reason=reason)]

    def _end_moment(self, row: int, raw: dict[str, Any], columns: dict[str, str]
                    ) -> tuple[datetime | None, str | None, str | None]:
        """When a row's process ended, as its archive date says (its time kept), with that column and cell;
        (None, None, None) when it gives none or one that cannot be read (said)."""
        if raw.get("archived_at") is None:
            return None, None, None
        column, text = columns["archived_at"], parse.as_text(raw["archived_at"])
        try:
            return step_moment(raw["archived_at"], self.day_first), column, text
        except parse.Unparsed as exc:
            self.report.warn(row, column, text, f"{exc}; not recorded")
            return None, None, None
