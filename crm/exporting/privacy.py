"""THE one place that says which candidate and application fields may reach a client.

Client reports never load a candidate row: they select exactly the columns this module names for
the chosen disclosure policy, so a private field cannot leak by mistake in a writer further down.

Never disclosed to a client: private notes, current salary, consent and retention data, source,
status, rating and the recruiter's rejection note. Names and the current employer only in a
non-blind report; email, phone and profile URLs only when the recruiter ticks "contact details"
for a non-blind report.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm.domain import Application, Candidate, CandidateSkill, RoleSkill, Skill

# Describe the candidate's fit; safe in every client report.
CLIENT_SAFE = (
    "current_title", "city", "country", "remote_preference", "years_experience", "seniority",
    "english_level", "expected_salary", "expected_salary_max", "notice_days", "available_from", "summary",
)
# Identify the person; only in non-blind reports.
IDENTIFYING = ("first_name", "last_name", "current_company")
# Reach the person; only in non-blind reports when the recruiter asks for them.
CONTACT_DETAILS = ("email", "phone", "linkedin_url", "github_url")
# Documented for the tests and reviewers: these never reach a client, whatever the options.
NEVER = (
    "notes", "current_salary", "lawful_basis", "consent_date", "consent_evidence", "retention_until",
    "source", "status", "last_activity_at", "created_at", "updated_at", "version",
    # The list's sort keys: copies of names, titles, companies and cities (crm.domain.sorting), for sorting only.
    "first_name_sort", "last_name_sort", "current_title_sort", "current_company_sort", "city_sort",
)
# Application fields a client may see (the rating and the rejection note stay inside the agency).
APPLICATION_SAFE = (
    "id", "candidate_id", "stage_id", "stage_entered_at", "assessment", "client_feedback", "next_step",
    "submitted_at", "rejection_reason_id", "rejected_by",
)


class PrivacyError(ValueError):
    """An option combination that would disclose more than allowed."""


@dataclass(frozen=True)
class DisclosurePolicy:
    """What a client report may show about people."""

    blind: bool = True
    contact_details: bool = False

    def __post_init__(self) -> None:
        if self.blind and self.contact_details:
            raise PrivacyError("contact details cannot go into a blind report")

    def candidate_fields(self) -> tuple[str, ...]:
        fields = CLIENT_SAFE
        if not self.blind:
            fields += IDENTIFYING
            if self.contact_details:
                fields += CONTACT_DETAILS
        return fields


def candidate_reference(candidate_id: int) -> str:
    """The stable reference blind reports show; the same as CandidateRecord.reference."""
    return f"C-{candidate_id:06d}"


@dataclass(frozen=True)
class ClientCandidate:
    """A candidate as a client may see them. Fields the policy withholds stay None."""

    id: int
    reference: str
    current_title: str | None = None
    city: str | None = None
    country: str | None = None
    remote_preference: str | None = None
    years_experience: float | None = None
    seniority: str | None = None
    english_level: str | None = None
    expected_salary: int | None = None
    expected_salary_max: int | None = None
    notice_days: int | None = None
    available_from: date | None = None
    summary: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    current_company: str | None = None
    email: str | None = None
    phone: str | None = None
    linkedin_url: str | None = None
    github_url: str | None = None

    def display_name(self, blind: bool) -> str:
        if blind:
            return self.reference
        name = f"{self.first_name or ''} {self.last_name or ''}".strip()
        return name or self.reference


@dataclass(frozen=True)
class ClientApplication:
    id: int
    candidate_id: int
    stage_id: int
    stage_entered_at: datetime
    assessment: str | None
    client_feedback: str | None
    next_step: str | None
    submitted_at: datetime | None
    rejection_reason_id: int | None
    rejected_by: str | None


def load_candidates(session: Session, candidate_ids: list[int], policy: DisclosurePolicy) -> dict[int, ClientCandidate]:
    """Select only the columns `policy` allows, for the given ids."""
    names = policy.candidate_fields()
    columns = [Candidate.id, *(getattr(Candidate, name) for name in names)]
    result: dict[int, ClientCandidate] = {}
    for start in range(0, len(candidate_ids), 500):
        chunk = candidate_ids[start:start + 500]
        for row in session.execute(select(*columns).where(Candidate.id.in_(chunk))):
            values = dict(zip(names, row[1:], strict=True))
            result[row[0]] = ClientCandidate(id=row[0], reference=candidate_reference(row[0]), **values)
    return result


def load_applications(session: Session, role_id: int) -> list[ClientApplication]:
    columns = [getattr(Application, name) for name in APPLICATION_SAFE]
    rows = session.execute(select(*columns).where(Application.role_id == role_id).order_by(Application.id))
    return [ClientApplication(*row) for row in rows]


def load_skills(session: Session, candidate_ids: list[int], role_id: int, limit: int) -> dict[int, tuple]:
    """Each candidate's key skills with years (client-safe): the role's required ones first, then by years."""
    wanted = dict(session.execute(select(RoleSkill.skill_id, RoleSkill.required).where(RoleSkill.role_id == role_id)).all())
    result: dict[int, list[tuple[int, float, str, float | None]]] = defaultdict(list)
    for start in range(0, len(candidate_ids), 500):
        rows = session.execute(
            select(CandidateSkill.candidate_id, CandidateSkill.skill_id, Skill.name, CandidateSkill.years)
            .join(Skill, Skill.id == CandidateSkill.skill_id)
            .where(CandidateSkill.candidate_id.in_(candidate_ids[start:start + 500])))
        for candidate_id, skill_id, name, years in rows:
            rank = 0 if wanted.get(skill_id) else (1 if skill_id in wanted else 2)
            result[candidate_id].append((rank, -(years or 0), name, years))
    return {cid: tuple((name, years) for _, _, name, years in sorted(items)[:limit])
            for cid, items in result.items()}
