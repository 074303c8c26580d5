"""Everything a client may see about one role, read in one session through `privacy`."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm.domain import (
    Application,
    Company,
    RejectionReason,
    Role,
    Setting,
    Stage,
    StageChange,
)
from crm.domain.enums import StageKind
from crm.domain.errors import NotFound
from crm.exporting.privacy import (
    ClientApplication,
    ClientCandidate,
    DisclosurePolicy,
    load_applications,
    load_candidates,
    load_skills,
)
from crm.safety.erasure import funnel_counts

# Setting keys the reports read (values are JSON strings).
AGENCY_NAME = "agency.name"
AGENCY_LOGO = "agency.logo_path"
RECRUITER_NAME = "recruiter.name"
SUBMITTED_STAGE = "Submitted to client"
KEY_SKILLS = 6


@dataclass(frozen=True)
class Branding:
    agency: str
    logo_path: str | None
    recruiter: str


@dataclass(frozen=True)
class FunnelStep:
    stage: str
    now: int
    reached: int
    conversion: float | None  # from the previous stage; None for the first


@dataclass(frozen=True)
class Presented:
    """A candidate the client sees in the report."""

    candidate: ClientCandidate
    application: ClientApplication
    stage: str
    skills: tuple[tuple[str, float | None], ...]
    stage_at_rejection: str | None = None
    rejection_reason: str | None = None


@dataclass(frozen=True)
class RoleReport:
    role_id: int
    company_id: int
    reference: str
    title: str
    client: str
    status: str
    location: str | None
    remote_policy: str | None
    salary_min: int | None
    salary_max: int | None
    openings: int
    opened_on: date | None
    days_open: int | None
    funnel: tuple[FunnelStep, ...]
    shortlist: tuple[Presented, ...]
    rejected: tuple[Presented, ...]

    @property
    def disclosed_ids(self) -> list[int]:
        return sorted({p.candidate.id for p in (*self.shortlist, *self.rejected)})


def load_branding(session: Session) -> Branding:
    values = dict(session.execute(select(Setting.key, Setting.value).where(
        Setting.key.in_((AGENCY_NAME, AGENCY_LOGO, RECRUITER_NAME)))).all())
    return Branding(str(values.get(AGENCY_NAME) or ""), values.get(AGENCY_LOGO) or None,
                    str(values.get(RECRUITER_NAME) or ""))


def company_of_role(session: Session, role_id: int) -> Company:
    role = session.get(Role, role_id)
    if role is None:
        raise NotFound("Role", role_id)
    return role.company


def load_role_report(session: Session, role_id: int, policy: DisclosurePolicy, today: date,
                     chosen: list[int] | None = None) -> RoleReport:
    """The role's funnel and the candidates presented to the client (or `chosen` candidate ids)."""
    role = session.get(Role, role_id)
    if role is None:
        raise NotFound("Role", role_id)
    stages = list(session.scalars(select(Stage).order_by(Stage.position)))
    by_id = {s.id: s for s in stages}
    applications = load_applications(session, role_id)
    history = _history(session, role_id)
    reached = {a.id: _highest_reached(history[a.id], by_id) for a in applications}

    submitted_stage = next((s for s in stages if s.name == SUBMITTED_STAGE), None)

    def presented(app: ClientApplication) -> bool:
        if chosen is not None:
            return app.candidate_id in chosen
        return app.submitted_at is not None or (
            submitted_stage is not None and reached[app.id] >= submitted_stage.position)

    shown = [a for a in applications if presented(a)]
    people = load_candidates(session, [a.candidate_id for a in shown], policy)
    skills = load_skills(session, [a.candidate_id for a in shown], role_id, KEY_SKILLS)
    reasons = dict(session.execute(select(RejectionReason.id, RejectionReason.label)).all())
    shortlist, rejected = [], []
    for app in shown:
        stage = by_id[app.stage_id]
        item = Presented(people[app.candidate_id], app, stage.name, skills.get(app.candidate_id, ()))
        if stage.kind == StageKind.REJECTED:
            before = _stage_before_rejection(history[app.id], by_id)
            rejected.append(Presented(item.candidate, app, stage.name, item.skills, before,
                                      reasons.get(app.rejection_reason_id)))
        else:
            shortlist.append(item)
    shortlist.sort(key=lambda p: (-by_id[p.application.stage_id].position, p.application.submitted_at or
                                  p.application.stage_entered_at))
    rejected.sort(key=lambda p: p.application.stage_entered_at, reverse=True)
    end = role.closed_on or today
    return RoleReport(
        role_id=role.id, company_id=role.company_id, reference=role.reference, title=role.title,
        client=role.company.name, status=role.status, location=role.location, remote_policy=role.remote_policy,
        salary_min=role.salary_min, salary_max=role.salary_max, openings=role.openings, opened_on=role.opened_on,
        days_open=(end - role.opened_on).days if role.opened_on else None,
        funnel=_funnel(stages, applications, reached, funnel_counts(session).get(role_id, {})),
        shortlist=tuple(shortlist), rejected=tuple(rejected),
    )


def _history(session: Session, role_id: int) -> dict[int, list[tuple[int | None, int]]]:
    rows = session.execute(
        select(StageChange.application_id, StageChange.from_stage_id, StageChange.to_stage_id)
        .join(Application, Application.id == StageChange.application_id)
        .where(Application.role_id == role_id).order_by(StageChange.changed_at, StageChange.id))
    history: dict[int, list[tuple[int | None, int]]] = defaultdict(list)
    for application_id, source, target in rows:
        history[application_id].append((source, target))
    return history


def _highest_reached(changes: list[tuple[int | None, int]], stages: dict[int, Stage]) -> int:
    """The furthest open/placed stage position an application got to (a rejection keeps it)."""
    positions = [stages[s].position for change in changes for s in change
                 if s is not None and s in stages and stages[s].kind != StageKind.REJECTED]
    return max(positions, default=-1)


def _stage_before_rejection(changes: list[tuple[int | None, int]], stages: dict[int, Stage]) -> str | None:
    for source, target in reversed(changes):
        if target in stages and stages[target].kind == StageKind.REJECTED:
            return stages[source].name if source in stages else None
    return None


def _funnel(stages: list[Stage], applications: list[ClientApplication], reached: dict[int, int],
            erased: dict[str, dict[int, int]]) -> tuple:
    """Counts per stage. People erased on request still count (anonymously, from `erased`), so the
    funnel a client saw last month does not shrink when someone exercises their rights."""
    erased_reached, erased_now = erased.get("reached", {}), erased.get("current", {})
    steps = []
    previous = None
    for stage in stages:
        if stage.kind == StageKind.REJECTED:
            continue
        now = sum(1 for a in applications if a.stage_id == stage.id) + erased_now.get(stage.id, 0)
        count = sum(1 for a in applications if reached[a.id] >= stage.position) + erased_reached.get(stage.id, 0)
        conversion = (count / previous if previous else 0.0) if previous is not None else None
        steps.append(FunnelStep(stage.name, now, count, conversion))
        previous = count
    rejected_ids = {s.id for s in stages if s.kind == StageKind.REJECTED}
    rejected_now = (sum(1 for a in applications if a.stage_id in rejected_ids)
                    + sum(erased_now.get(stage_id, 0) for stage_id in rejected_ids))
    rejected_name = next((s.name for s in stages if s.kind == StageKind.REJECTED), None)
    if rejected_name:
        steps.append(FunnelStep(rejected_name, rejected_now, rejected_now, None))
    return tuple(steps)


def today_local() -> date:
    return datetime.now().date()
