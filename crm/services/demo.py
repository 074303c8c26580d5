"""Fill an empty database with a realistic demo book of business."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, insert, select

from crm.demo.generator import DemoGenerator
from crm.domain import (
    Activity,
    Application,
    Candidate,
    Company,
    Contact,
    RejectionReason,
    Role,
    Stage,
    StageChange,
)
from crm.domain.errors import Conflict
from crm.domain.normalize import company_key
from crm.persistence.store import Store
from crm.services.candidates import CandidateService
from crm.services.roles import replace_role_skills

Progress = Callable[[int, int, str], None]
# What a recruiter writes as the next step, by stage (None: any other open stage).
NEXT_STEPS: dict[str | None, tuple[str, ...]] = {
    "Sourced": ("Send InMail", "Check GitHub profile", "Ask for an updated CV"),
    "Contacted": ("Call back on Monday", "Chase reply by email", "Book screening call"),
    "Screening": ("Technical screening call", "Check salary expectations", "Write assessment"),
    "Submitted to client": ("Chase client feedback", "Send CV reminder to hiring manager"),
    "Client interview": ("Prepare candidate for interview", "Collect interview feedback"),
    "Offer": ("Negotiate start date", "Confirm counter-offer risk", "Send offer summary"),
    None: ("Follow up",),
}
BATCH = 5000


@dataclass(frozen=True)
class DemoSummary:
    candidates: int
    clients: int
    roles: int
    applications: int


def load_demo(store: Store, candidates: int = 500, *, seed: int = 2026, progress: Progress | None = None) -> DemoSummary:
    """One transaction: either the whole demo is there, or nothing is."""
    generator = DemoGenerator(seed)
    notify = progress or (lambda done, total, message: None)
    with store.sessions.begin() as session:
        existing = session.scalar(select(func.count(Candidate.id)))
        if existing:
            raise Conflict(f"the database already holds {existing} candidates; demo data only goes into an empty one")
        # Candidates, in batches through the bulk path.
        bulk = CandidateService(store)
        stacks: dict[str, list[int]] = {}
        made = 0
        people = generator.candidates(candidates)
        while made < candidates:
            batch = [next(people) for _ in range(min(BATCH, candidates - made))]
            ids = bulk.bulk_insert([p.row for p in batch], [p.skills for p in batch], session=session)
            for person, candidate_id in zip(batch, ids, strict=True):
                if person.row["status"] == "active":
                    stacks.setdefault(person.stack, []).append(candidate_id)
            made += len(batch)
            notify(made, candidates, "candidates")

        # Clients, contacts, roles.
        stages = list(session.scalars(select(Stage).order_by(Stage.position)))
        reasons = list(session.scalars(select(RejectionReason.id)))
        open_stages = [s for s in stages if s.kind == "open"]
        placed = next(s for s in stages if s.kind == "placed")
        rejected = next(s for s in stages if s.kind == "rejected")
        roles: list[tuple[Role, str]] = []
        counter = 0
        for client in generator.clients():
            company = Company(name=client["name"], industry=client["industry"], city=client["city"],
                              name_key=company_key(client["name"]))
            session.add(company)
            session.flush()
            contacts = [Contact(company_id=company.id, **generator.contact()) for _ in range(generator.random.randint(1, 3))]
            session.add_all(contacts)
            session.flush()  # contact ids are needed for the roles below
            for _ in range(generator.random.randint(1, 4)):
                counter += 1
                data, required, nice, stack = generator.role(company.id, f"VAC-{generator.today.year}-{counter:03d}")
                role = Role(**data, contact_id=contacts[0].id)
                session.add(role)
                session.flush()
                replace_role_skills(session, role.id, required, nice)
                roles.append((role, stack))

        # Applications with a plausible stage history.
        applications = 0
        rng = generator.random
        now = datetime.now(UTC)
        for role, stack in roles:
            pool = stacks.get(stack) or [i for ids in stacks.values() for i in ids]
            if not pool or role.status == "lead":
                continue
            chosen = rng.sample(pool, k=min(len(pool), rng.randint(4, 30)))
            opened = datetime.combine(role.opened_on, datetime.min.time(), UTC)
            placements_left = role.openings if role.status == "filled" else 0
            for candidate_id in chosen:
                if placements_left:
                    target, placements_left = placed, placements_left - 1
                else:
                    target = rng.choices(open_stages + [rejected], weights=[20, 16, 12, 10, 6, 3, 18])[0]
                path = [s for s in open_stages if s.position <= target.position] if target.kind == "open" else (
                    open_stages[: rng.randint(1, len(open_stages))] + [target])
                span = max(1, (now - opened).days)
                moments = sorted(opened + timedelta(days=rng.uniform(0, span)) for _ in path)
                values = {"candidate_id": candidate_id, "role_id": role.id, "stage_id": path[-1].id,
                          "stage_entered_at": moments[-1], "created_at": moments[0], "updated_at": moments[-1],
                          "version": 1, "rating": rng.choice((None, 2, 3, 3, 4, 4, 5))}
                if target.kind == "rejected":
                    values.update(rejection_reason_id=rng.choice(reasons), rejected_by=rng.choice(
                        ("client", "agency", "candidate")))
                if target.kind == "placed":
                    values.update(placed_start_date=(moments[-1] + timedelta(days=30)).date(),
                                  placed_fee=int((role.salary_min or 40_000) * (role.fee_percent or 20) / 100))
                if any(s.name == "Submitted to client" for s in path):
                    values["submitted_at"] = moments[min(3, len(moments) - 1)]
                if target.kind == "open":
                    values["next_step"] = rng.choice(NEXT_STEPS.get(target.name, NEXT_STEPS[None]))
                    if rng.random() < 0.3:  # some people have a dated follow-up in the timeline too
                        due = now + timedelta(days=rng.randint(-2, 10))
                        session.add(Activity(candidate_id=candidate_id, kind="task", subject=values["next_step"],
                                             occurred_at=moments[-1], due_at=due, done=False))
                application_id = session.scalar(insert(Application).returning(Application.id), values)
                session.execute(insert(StageChange), [
                    {"application_id": application_id, "from_stage_id": path[i - 1].id if i else None,
                     "to_stage_id": stage.id, "changed_at": moments[i], "note": None}
                    for i, stage in enumerate(path)
                ])
                applications += 1
        notify(candidates, candidates, "pipelines")
        return DemoSummary(candidates, len(generator.clients()), len(roles), applications)
