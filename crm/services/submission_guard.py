"""Guard against sending the same candidate to the same client twice within six months.

A second submission by the same agency is how fee disputes start. The check warns; the recruiter decides.
A previous application counts when it reached "Submitted to client" (or any later stage) within the
window: `Application.submitted_at` when set, else the first StageChange into such a stage.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, or_, select

from crm.domain import Application, Company, Role, Stage, StageChange
from crm.domain.base import utcnow
from crm.domain.enums import StageKind
from crm.persistence.store import Store

WINDOW_DAYS = 183
SUBMISSION_STAGE_NAMES = ("submitted to client", "enviado al cliente")


def submitted_stage_ids(session) -> set[int]:
    """Stages at which the client has the CV: "Submitted to client" and every later stage but a
    rejection, and a placement whatever its place (an application's submitted date is the day it first
    reaches one)."""
    stages = session.execute(select(Stage.id, Stage.name, Stage.position, Stage.kind)).all()
    first = min((position for _id, name, position, _kind in stages if name.lower() in SUBMISSION_STAGE_NAMES),
                default=None)
    return {stage_id for stage_id, _name, position, kind in stages
            if kind == StageKind.PLACED.value or (first is not None and kind != StageKind.REJECTED.value
                                                  and position >= first)}


@dataclass(frozen=True)
class PriorSubmission:
    candidate_id: int
    role_id: int
    role_reference: str
    role_title: str
    client: str
    submitted_at: datetime


class SubmissionGuard:
    def __init__(self, store: Store, now: Callable[[], datetime] = utcnow):
        self._store = store
        self._now = now

    def check(self, candidate_ids: Iterable[int], role_id: int) -> dict[int, list[PriorSubmission]]:
        """For each candidate, the submissions to `role_id`'s client within the window (other roles only)."""
        wanted = list(candidate_ids)
        if not wanted:
            return {}
        since = self._now() - timedelta(days=WINDOW_DAYS)
        with self._store.sessions() as session:
            company_id = session.scalar(select(Role.company_id).where(Role.id == role_id))
            if company_id is None:
                return {}
            submission_position = session.scalar(
                select(func.min(Stage.position)).where(func.lower(Stage.name).in_(SUBMISSION_STAGE_NAMES)))
            reached = select(StageChange.application_id, func.min(StageChange.changed_at).label("at")).join(
                Stage, Stage.id == StageChange.to_stage_id)
            if submission_position is None:  # renamed away: fall back to "placed" as the only proof
                reached = reached.where(Stage.kind == StageKind.PLACED.value)
            else:
                reached = reached.where(or_(Stage.position >= submission_position,
                                            Stage.kind == StageKind.PLACED.value),
                                        Stage.kind != StageKind.REJECTED.value)
            reached = reached.group_by(StageChange.application_id).subquery()
            when = func.coalesce(Application.submitted_at, reached.c.at)
            rows = session.execute(
                select(Application.candidate_id, Role.id, Role.reference, Role.title, Company.name,
                       when.label("submitted_at"))
                .join(Role, Role.id == Application.role_id)
                .join(Company, Company.id == Role.company_id)
                .outerjoin(reached, reached.c.application_id == Application.id)
                .where(Application.candidate_id.in_(wanted), Role.company_id == company_id, Role.id != role_id,
                       when.is_not(None), when >= since)
                .order_by(when.desc())
            ).all()
        found: dict[int, list[PriorSubmission]] = {}
        for candidate_id, other_id, reference, title, client, submitted_at in rows:
            found.setdefault(candidate_id, []).append(
                PriorSubmission(candidate_id, other_id, reference, title, client, submitted_at))
        return found
