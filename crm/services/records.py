"""The frozen values services hand out. Qt models and the CLI hold these, never ORM objects."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from datetime import date, datetime
from typing import Any


def to_jsonable(record: Any) -> dict[str, Any]:
    """A record as a dict of JSON-friendly values (dates as ISO strings)."""

    def convert(value: Any) -> Any:
        if isinstance(value, datetime | date):
            return value.isoformat()
        if isinstance(value, list | tuple):
            return [convert(item) for item in value]
        if isinstance(value, dict):
            return {key: convert(item) for key, item in value.items()}
        return value

    return {key: convert(value) for key, value in asdict(record).items()}


@dataclass(frozen=True)
class SkillLevel:
    key: str
    name: str
    years: float | None = None


@dataclass(frozen=True)
class CandidateRecord:
    id: int
    first_name: str
    last_name: str
    email: str | None
    phone: str | None
    city: str | None
    country: str | None
    remote_preference: str | None
    current_title: str | None
    current_company: str | None
    years_experience: float | None
    seniority: str | None
    english_level: str | None
    current_salary: int | None
    expected_salary: int | None
    expected_salary_max: int | None
    notice_days: int | None
    available_from: date | None
    linkedin_url: str | None
    github_url: str | None
    source: str | None
    summary: str | None
    notes: str | None
    lawful_basis: str | None
    consent_date: date | None
    consent_evidence: str | None
    retention_until: date | None
    status: str
    last_activity_at: datetime | None
    created_at: datetime
    updated_at: datetime
    version: int
    skills: tuple[SkillLevel, ...] = ()

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def reference(self) -> str:
        """A stable reference that identifies nobody outside the agency (used in blind reports)."""
        return f"C-{self.id:06d}"

    @classmethod
    def from_row(cls, row: Any, skills: tuple[SkillLevel, ...] = ()) -> CandidateRecord:
        names = [f.name for f in fields(cls) if f.name != "skills"]
        return cls(**{name: getattr(row, name) for name in names}, skills=skills)


@dataclass(frozen=True)
class ContactRecord:
    id: int
    company_id: int
    first_name: str
    last_name: str
    title: str | None
    email: str | None
    phone: str | None
    version: int

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


@dataclass(frozen=True)
class CompanyRecord:
    id: int
    name: str
    name_key: str
    industry: str | None
    website: str | None
    city: str | None
    notes: str | None
    blind_reports: bool
    report_language: str
    archived: bool
    version: int
    contacts: tuple[ContactRecord, ...] = ()


@dataclass(frozen=True)
class RoleRecord:
    id: int
    reference: str
    company_id: int
    client: str
    contact_id: int | None
    title: str
    seniority: str | None
    location: str | None
    remote_policy: str | None
    salary_min: int | None
    salary_max: int | None
    openings: int
    status: str
    fee_percent: float | None
    description: str | None
    opened_on: date | None
    closed_on: date | None
    version: int
    required_skills: tuple[SkillLevel, ...] = ()
    nice_skills: tuple[SkillLevel, ...] = ()


@dataclass(frozen=True)
class StageRecord:
    id: int
    name: str
    position: int
    kind: str
    stale_after_days: int | None


@dataclass(frozen=True)
class StageChangeRecord:
    id: int
    application_id: int
    from_stage: str | None
    to_stage: str
    changed_at: datetime
    note: str | None
    changed_by: str | None = None


@dataclass(frozen=True)
class ApplicationRecord:
    id: int
    candidate_id: int
    role_id: int
    stage_id: int
    stage: str
    stage_entered_at: datetime
    rating: int | None
    rejection_reason: str | None
    rejection_note: str | None
    placed_start_date: date | None
    placed_fee: int | None
    version: int
    submitted_at: datetime | None = None
    rejected_by: str | None = None


@dataclass(frozen=True)
class RoleHistoryEntry:
    id: int
    application_id: int
    candidate_id: int
    candidate: str
    from_stage: str | None
    to_stage: str
    changed_at: datetime
    note: str | None
    changed_by: str | None = None
