"""Read-only overviews for the roles page: one row per role with its pipeline counts per stage,
and the candidates on one role. Counts come from one grouped query, never one query per role."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from sqlalchemy import case, func, or_, select

from crm.domain import Application, Candidate, Company, RejectionReason, Role, Stage
from crm.persistence.store import Store

# Statuses in which a role is still being worked on (the default filter of the roles page).
OPEN_ROLE_STATUSES: tuple[str, ...] = ("lead", "active", "on_hold")


@dataclass(frozen=True)
class RoleFilters:
    company_id: int | None = None
    statuses: frozenset[str] = frozenset()  # empty: any status
    text: str = ""  # matched in title, reference, client and location


@dataclass(frozen=True)
class RoleRow:
    id: int
    reference: str
    company_id: int
    client: str
    title: str
    status: str
    openings: int
    location: str | None
    opened_on: date | None
    closed_on: date | None
    days_open: int | None
    counts: tuple[tuple[int, int], ...] = field(default=())  # (stage id, candidates in it)

    def count(self, stage_id: int) -> int:
        return dict(self.counts).get(stage_id, 0)

    @property
    def total(self) -> int:
        return sum(count for _, count in self.counts)


@dataclass(frozen=True)
class RoleCandidateRow:
    application_id: int
    candidate_id: int
    name: str
    current_title: str | None
    city: str | None
    stage_id: int
    stage: str
    stage_position: int
    stage_kind: str
    days_in_stage: int
    rating: int | None
    rejection_reason: str | None
    stale_after_days: int | None = None  # the stage's "chase them after N days" setting

    @property
    def is_stale(self) -> bool:
        return self.stale_after_days is not None and self.days_in_stage > self.stale_after_days


def days_open(opened_on: date | None, closed_on: date | None, today: date) -> int | None:
    """Days from opening to closing (or to today while still open); None when never opened."""
    if opened_on is None:
        return None
    return max(0, ((closed_on or today) - opened_on).days)


class RoleOverviewService:
    def __init__(self, store: Store):
        self._store = store

    def rows(self, filters: RoleFilters = RoleFilters(), *, today: date | None = None) -> list[RoleRow]:
        today = today or date.today()
        conditions = []
        if filters.company_id is not None:
            conditions.append(Role.company_id == filters.company_id)
        if filters.statuses:
            conditions.append(Role.status.in_(sorted(filters.statuses)))
        for word in filters.text.split():
            conditions.append(or_(*(column.icontains(word, autoescape=True) for column in (
                Role.title, Role.reference, Company.name, Role.location))))
        with self._store.sessions() as session:
            roles = session.execute(
                select(Role.id, Role.reference, Role.company_id, Company.name, Role.title, Role.status,
                       Role.openings, Role.location, Role.opened_on, Role.closed_on)
                .join(Company, Company.id == Role.company_id)
                .where(*conditions)
                .order_by(Role.opened_on.desc(), Role.reference)
            ).all()
            counts: dict[int, list[tuple[int, int]]] = defaultdict(list)
            grouped = (
                select(Application.role_id, Application.stage_id, func.count(Application.id))
                .join(Role, Role.id == Application.role_id)
                .join(Company, Company.id == Role.company_id)
                .where(*conditions)
                .group_by(Application.role_id, Application.stage_id)
            )
            for role_id, stage_id, count in session.execute(grouped):
                counts[role_id].append((stage_id, count))
        return [
            RoleRow(id=r.id, reference=r.reference, company_id=r.company_id, client=r.name, title=r.title,
                    status=r.status, openings=r.openings, location=r.location, opened_on=r.opened_on,
                    closed_on=r.closed_on, days_open=days_open(r.opened_on, r.closed_on, today),
                    counts=tuple(sorted(counts.get(r.id, ()))))
            for r in roles
        ]

    def candidates(self, role_id: int, *, now: datetime | None = None) -> list[RoleCandidateRow]:
        """Everyone on the role: placed first, then open stages furthest first, rejected last; then by name."""
        now = now or datetime.now(UTC)
        with self._store.sessions() as session:
            rows = session.execute(
                select(Application.id, Application.candidate_id, Candidate.first_name, Candidate.last_name,
                       Candidate.current_title, Candidate.city, Stage.id.label("stage_id"), Stage.name,
                       Stage.position, Stage.kind, Stage.stale_after_days, Application.stage_entered_at,
                       Application.rating, RejectionReason.label)
                .join(Candidate, Candidate.id == Application.candidate_id)
                .join(Stage, Stage.id == Application.stage_id)
                .outerjoin(RejectionReason, RejectionReason.id == Application.rejection_reason_id)
                .where(Application.role_id == role_id)
                .order_by(case((Stage.kind == "placed", 0), (Stage.kind == "open", 1), else_=2),
                          Stage.position.desc(), Candidate.last_name_sort, Candidate.first_name_sort, Candidate.id)
            ).all()
        return [
            RoleCandidateRow(
                application_id=r.id, candidate_id=r.candidate_id, name=f"{r.first_name} {r.last_name}".strip(),
                current_title=r.current_title, city=r.city, stage_id=r.stage_id, stage=r.name,
                stage_position=r.position, stage_kind=r.kind,
                days_in_stage=max(0, (now - r.stage_entered_at).days), rating=r.rating, rejection_reason=r.label,
                stale_after_days=r.stale_after_days,
            )
            for r in rows
        ]
