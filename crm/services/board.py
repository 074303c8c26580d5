"""Read side of the pipeline: a role's whole board in one query, and the overview across roles.

Everything is returned as frozen values so the Qt models never touch a session. `now` is injectable so
"days in stage" and "stale" can be tested with a fixed clock.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select

from crm.domain import Activity, Application, Candidate, Company, RejectionReason, Role, Stage
from crm.domain.base import utcnow
from crm.domain.enums import RoleStatus
from crm.domain.errors import NotFound
from crm.domain.sorting import sort_key
from crm.persistence.store import Store
from crm.services.records import StageRecord

Clock = Callable[[], datetime]

OPEN_ROLE_STATUSES = (RoleStatus.LEAD.value, RoleStatus.ACTIVE.value, RoleStatus.ON_HOLD.value)


@dataclass(frozen=True)
class CardRow:
    """One candidate on one role, with everything a card paints."""

    application_id: int
    candidate_id: int
    stage_id: int
    name: str
    current_title: str | None
    years_experience: float | None
    expected_salary: int | None
    expected_salary_max: int | None
    rating: int | None
    stage_entered_at: datetime
    days_in_stage: int
    stale: bool
    above_band: bool
    next_activity: str | None
    next_activity_due: datetime | None
    rejection_reason: str | None
    version: int


@dataclass(frozen=True)
class RoleHeader:
    id: int
    reference: str
    title: str
    client: str
    company_id: int
    status: str
    openings: int
    salary_min: int | None
    salary_max: int | None


@dataclass(frozen=True)
class Board:
    role: RoleHeader
    stages: tuple[StageRecord, ...]
    cards: dict[int, tuple[CardRow, ...]]  # stage id -> cards, longest waiting first

    def count(self, stage_id: int) -> int:
        return len(self.cards.get(stage_id, ()))

    def find(self, application_id: int) -> CardRow | None:
        for cards in self.cards.values():
            for card in cards:
                if card.application_id == application_id:
                    return card
        return None


@dataclass(frozen=True)
class RoleOverviewRow:
    role: RoleHeader
    counts: dict[int, int]  # stage id -> applications in it
    stale: int

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True)
class CandidateHit:
    id: int
    name: str
    email: str | None
    current_title: str | None


class BoardService:
    def __init__(self, store: Store, now: Clock = utcnow):
        self._store = store
        self._now = now

    @property
    def store(self) -> Store:
        return self._store

    def cards(self, role_id: int) -> Board:
        """The role's stages and every card on it, in a fixed number of queries whatever the size."""
        now = self._now()
        with self._store.sessions() as session:
            role = session.execute(_role_query().where(Role.id == role_id)).one_or_none()
            if role is None:
                raise NotFound("Role", role_id)
            header = _header(role)
            stages = tuple(_stage(s) for s in session.scalars(select(Stage).order_by(Stage.position)))
            thresholds = {s.id: s.stale_after_days for s in stages}
            rows = session.execute(
                select(Application.id, Application.candidate_id, Application.stage_id, Application.rating,
                       Application.stage_entered_at, Application.next_step, Application.version,
                       Application.rejection_reason_id, Candidate.first_name, Candidate.last_name,
                       Candidate.current_title, Candidate.years_experience, Candidate.expected_salary,
                       Candidate.expected_salary_max)
                .join(Candidate, Candidate.id == Application.candidate_id)
                .where(Application.role_id == role_id)
                .order_by(Application.stage_entered_at, Application.id)
            ).all()
            upcoming = _next_activities(session, role_id)
            reasons = dict(session.execute(select(RejectionReason.id, RejectionReason.label)).all())
        grouped: dict[int, list[CardRow]] = {s.id: [] for s in stages}
        for row in rows:
            days = max(0, (now - row.stage_entered_at).days)
            threshold = thresholds.get(row.stage_id)
            activity = upcoming.get(row.candidate_id)
            grouped.setdefault(row.stage_id, []).append(CardRow(
                application_id=row.id, candidate_id=row.candidate_id, stage_id=row.stage_id,
                name=f"{row.first_name} {row.last_name}".strip(), current_title=row.current_title,
                years_experience=row.years_experience, expected_salary=row.expected_salary,
                expected_salary_max=row.expected_salary_max, rating=row.rating,
                stage_entered_at=row.stage_entered_at, days_in_stage=days,
                stale=threshold is not None and days >= threshold,
                above_band=header.salary_max is not None and row.expected_salary is not None
                and row.expected_salary > header.salary_max,
                next_activity=activity[1] if activity else row.next_step,
                next_activity_due=activity[0] if activity else None,
                rejection_reason=reasons.get(row.rejection_reason_id), version=row.version,
            ))
        return Board(header, stages, {stage_id: tuple(cards) for stage_id, cards in grouped.items()})

    def overview(self, company_id: int | None = None, statuses: Iterable[str] | None = OPEN_ROLE_STATUSES,
                 ) -> list[RoleOverviewRow]:
        """One row per role with counts per stage; `statuses=None` means every status."""
        now = self._now()
        with self._store.sessions() as session:
            query = _role_query()
            if company_id is not None:
                query = query.where(Role.company_id == company_id)
            if statuses is not None:
                query = query.where(Role.status.in_(list(statuses)))
            # Sorted by client as a reader expects (crm.domain.sorting), which SQL here cannot do; a few roles.
            roles = sorted((_header(row) for row in session.execute(query).all()),
                           key=lambda role: (sort_key(role.client), role.reference, role.id))
            if not roles:
                return []
            ids = [r.id for r in roles]
            counts: dict[int, dict[int, int]] = {}
            for role_id, stage_id, count in session.execute(
                select(Application.role_id, Application.stage_id, func.count(Application.id))
                .where(Application.role_id.in_(ids)).group_by(Application.role_id, Application.stage_id)
            ):
                counts.setdefault(role_id, {})[stage_id] = count
            stale: dict[int, int] = {}
            for stage in session.scalars(select(Stage).where(Stage.stale_after_days.is_not(None))):
                limit = now - timedelta(days=stage.stale_after_days)
                for role_id, count in session.execute(
                    select(Application.role_id, func.count(Application.id))
                    .where(Application.role_id.in_(ids), Application.stage_id == stage.id,
                           Application.stage_entered_at <= limit)
                    .group_by(Application.role_id)
                ):
                    stale[role_id] = stale.get(role_id, 0) + count
        return [RoleOverviewRow(r, counts.get(r.id, {}), stale.get(r.id, 0)) for r in roles]

    def clients(self) -> list[tuple[int, str]]:
        """Clients that have at least one role, for the overview's filter."""
        with self._store.sessions() as session:
            rows = session.execute(select(Company.id, Company.name).where(Company.id.in_(select(Role.company_id))))
            return sorted((tuple(row) for row in rows), key=lambda row: (sort_key(row[1]), row[0]))

    def candidates_by_ids(self, ids: Iterable[int]) -> list[CandidateHit]:
        wanted = list(ids)
        with self._store.sessions() as session:
            rows = session.execute(
                select(Candidate.id, Candidate.first_name, Candidate.last_name, Candidate.email,
                       Candidate.current_title).where(Candidate.id.in_(wanted))).all()
        by_id = {r.id: CandidateHit(r.id, f"{r.first_name} {r.last_name}".strip(), r.email, r.current_title)
                 for r in rows}
        return [by_id[i] for i in wanted if i in by_id]


def _role_query():
    return select(Role.id, Role.reference, Role.title, Company.name.label("client"), Role.company_id, Role.status,
                  Role.openings, Role.salary_min, Role.salary_max).join(Company, Company.id == Role.company_id)


def _header(row) -> RoleHeader:
    return RoleHeader(row.id, row.reference, row.title, row.client, row.company_id, row.status, row.openings,
                      row.salary_min, row.salary_max)


def _stage(stage: Stage) -> StageRecord:
    return StageRecord(stage.id, stage.name, stage.position, stage.kind, stage.stale_after_days)


def _next_activities(session, role_id: int) -> dict[int, tuple[datetime | None, str]]:
    """The earliest open activity with a due date for each candidate on the role."""
    on_role = select(Application.candidate_id).where(Application.role_id == role_id)
    rows = session.execute(
        select(Activity.candidate_id, Activity.due_at, Activity.subject)
        .where(Activity.candidate_id.in_(on_role), Activity.done.is_(False), Activity.due_at.is_not(None))
        .order_by(Activity.due_at)
    ).all()
    first: dict[int, tuple[datetime | None, str]] = {}
    for candidate_id, due_at, subject in rows:
        first.setdefault(candidate_id, (due_at, subject))
    return first
