"""What one line of the candidate table shows: a module of its own, with nothing heavy to import,
because the start-up preview (crm.persistence.peek) builds these rows before anything else loads."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

# The candidate table shows this many skills per person, strongest first.
TOP_SKILLS = 3


@dataclass(frozen=True)
class CandidateRow:
    """What one line of the candidate table shows."""

    id: int
    name: str
    email: str | None
    phone: str | None
    title: str | None
    company: str | None
    city: str | None
    top_skills: str
    years: float | None
    salary: int | None
    salary_max: int | None
    notice: int | None
    status: str
    last_activity: datetime | None
    updated: datetime
    created: datetime
