"""What one line of the candidate table shows, and how the list sorts: a module of its own, with
nothing heavy to import, because the start-up preview (crm.persistence.peek) lists candidates
before anything else loads. The list service and the preview both build on what is declared here,
so they list people in the same order with the same rows."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

# The candidate table shows this many skills per person, strongest first.
TOP_SKILLS = 3

# Sort keys the table may ask for -> candidate columns (ties broken by id; empty values last). Text sorts by
# its stored sort key (crm.domain.sorting: accents and case ignored, ñ after n), not by the text itself.
SORT_COLUMNS: dict[str, tuple[str, ...]] = {
    "name": ("last_name_sort", "first_name_sort"),
    "title": ("current_title_sort",),
    "company": ("current_company_sort",),
    "city": ("city_sort",),
    "years": ("years_experience",),
    "salary": ("expected_salary",),
    "notice": ("notice_days",),
    "status": ("status",),
    "last_activity": ("last_activity_at",),
    "updated": ("updated_at",),
    "created": ("created_at",),
    "email": ("email",),
}

# The candidate columns a row is made of, in the order `row_from` takes them.
ROW_COLUMNS = ("id", "first_name", "last_name", "email", "phone", "current_title", "current_company", "city",
               "years_experience", "expected_salary", "expected_salary_max", "notice_days", "status",
               "last_activity_at", "updated_at", "created_at")


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


def row_from(values: tuple, skills: Iterable[str]) -> CandidateRow:
    """A table row from the ROW_COLUMNS values of one candidate and their skills, strongest first."""
    (candidate_id, first, last, email, phone, title, company, city, years, salary, salary_max, notice, status,
     last_activity, updated, created) = values
    return CandidateRow(
        id=candidate_id, name=f"{first} {last}".strip(), email=email, phone=phone, title=title, company=company,
        city=city, top_skills=", ".join(skills), years=years, salary=salary, salary_max=salary_max, notice=notice,
        status=status, last_activity=last_activity, updated=updated, created=created)


def top_skills(pairs: Iterable[tuple[int, str]]) -> dict[int, list[str]]:
    """(candidate id, skill name) pairs, strongest first per candidate -> at most TOP_SKILLS names each."""
    result: dict[int, list[str]] = {}
    for candidate_id, name in pairs:
        names = result.setdefault(candidate_id, [])
        if len(names) < TOP_SKILLS:
            names.append(name)
    return result
