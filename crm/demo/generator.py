"""Deterministic generator of realistic recruiter data, used by `crm demo` and the benchmarks."""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from crm.demo import vocabulary as vocab
from crm.domain.enums import CandidateStatus, EnglishLevel, LawfulBasis, RemotePolicy, Seniority

_SENIORITY_BY_YEARS = ((2, Seniority.JUNIOR), (5, Seniority.MID), (10, Seniority.SENIOR), (15, Seniority.LEAD))


@dataclass(frozen=True)
class DemoCandidate:
    row: dict[str, Any]  # cleaned candidate fields, ready for CandidateService.bulk_insert
    skills: list[tuple[str, float | None]]
    stack: str


def _ascii(value: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", value) if not unicodedata.combining(c)).lower()


class DemoGenerator:
    def __init__(self, seed: int = 2026, today: date | None = None):
        self.random = random.Random(seed)
        self.today = today or date.today()
        self._cities = [city for city, weight in vocab.CITIES for _ in range(weight)]

    def candidates(self, count: int) -> Iterator[DemoCandidate]:
        for index in range(count):
            yield self.candidate(index)

    def candidate(self, index: int) -> DemoCandidate:
        r = self.random
        first = r.choice(vocab.FIRST_NAMES)
        last = f"{r.choice(vocab.LAST_NAMES)} {r.choice(vocab.LAST_NAMES)}"
        stack = r.choice(list(vocab.STACKS))
        skill_pool, titles = vocab.STACKS[stack]
        years = round(r.triangular(0.5, 22, 6), 1)
        seniority = next((s for limit, s in _SENIORITY_BY_YEARS if years < limit), Seniority.PRINCIPAL)
        title = r.choice(titles)
        if seniority in (Seniority.SENIOR, Seniority.LEAD, Seniority.PRINCIPAL) and r.random() < 0.5:
            title = f"Senior {title}"
        salary = int(round((24_000 + years * 3_800 + r.gauss(0, 6_000)) / 1_000) * 1_000)
        salary = max(20_000, min(salary, 110_000))
        expected = int(round(salary * r.uniform(1.05, 1.25) / 1_000) * 1_000)
        skills = [(name, round(min(years, r.uniform(0.5, years + 0.5)), 1)) for name in
                  r.sample(skill_pool, k=min(len(skill_pool), r.randint(3, 7)))]
        handle = f"{_ascii(first)}.{_ascii(last).replace(' ', '.')}.{index}"
        created = datetime.combine(self.today - timedelta(days=r.randint(1, 900)), datetime.min.time(), UTC)
        last_activity = created + timedelta(days=r.randint(0, max(0, (self.today - created.date()).days)))
        status = r.choices(
            [CandidateStatus.ACTIVE, CandidateStatus.PLACED, CandidateStatus.DO_NOT_CONTACT, CandidateStatus.ARCHIVED],
            weights=[85, 6, 2, 7],
        )[0]
        lawful = r.choice(list(LawfulBasis))
        consent = (created.date() if lawful == LawfulBasis.CONSENT and r.random() < 0.85 else None)
        row = {
            "first_name": first,
            "last_name": last,
            "email": f"{handle}@{r.choice(vocab.EMAIL_DOMAINS)}",
            "phone": f"+346{r.randint(10_000_000, 99_999_999)}",
            "city": r.choice(self._cities),
            "country": "ES",
            "remote_preference": r.choice(list(RemotePolicy)).value,
            "current_title": title,
            "current_company": r.choice(vocab.CURRENT_COMPANIES),
            "years_experience": years,
            "seniority": seniority.value,
            "english_level": r.choices(list(EnglishLevel), weights=[1, 3, 12, 20, 10, 3])[0].value,
            "current_salary": salary,
            "expected_salary": expected,
            "notice_days": r.choice((0, 15, 15, 30, 30, 30, 60, 90)),
            "linkedin_url": f"https://linkedin.com/in/{handle.replace('.', '-')}",
            "github_url": f"https://github.com/{handle.replace('.', '')}" if r.random() < 0.4 else None,
            "source": r.choice(vocab.SOURCES),
            "summary": r.choice(vocab.SUMMARIES),
            "notes": r.choice(vocab.NOTES) or None,
            "lawful_basis": lawful.value,
            "consent_date": consent,
            "consent_evidence": f"email of {consent.isoformat()}" if consent else None,
            "retention_until": last_activity.date() + timedelta(days=730),
            "status": status.value,
            "last_activity_at": last_activity,
            "created_at": created,
            "updated_at": last_activity,
        }
        return DemoCandidate(row=row, skills=skills, stack=stack)

    def clients(self) -> list[dict[str, Any]]:
        return [{"name": name, "industry": industry, "city": city} for name, industry, city in vocab.CLIENTS]

    def contact(self) -> dict[str, Any]:
        r = self.random
        first, last = r.choice(vocab.FIRST_NAMES), r.choice(vocab.LAST_NAMES)
        return {"first_name": first, "last_name": last, "title": r.choice(vocab.CONTACT_TITLES),
                "email": f"{_ascii(first)}.{_ascii(last)}@example.com"}

    def role(self, company_id: int, reference: str) -> tuple[dict[str, Any], list[str], list[str], str]:
        r = self.random
        stack = r.choice(list(vocab.STACKS))
        skill_pool, titles = vocab.STACKS[stack]
        seniority = r.choice([Seniority.MID, Seniority.SENIOR, Seniority.SENIOR, Seniority.LEAD])
        low = {Seniority.MID: 35_000, Seniority.SENIOR: 48_000, Seniority.LEAD: 60_000}[seniority]
        low += r.choice((0, 2_000, 5_000))
        required = r.sample(skill_pool[:5], k=3)
        nice = r.sample(skill_pool[5:], k=min(2, len(skill_pool[5:])))
        opened = self.today - timedelta(days=r.randint(3, 120))
        data = {
            "reference": reference,
            "company_id": company_id,
            "title": f"{seniority.value.capitalize()} {r.choice(titles)}",
            "seniority": seniority.value,
            "location": r.choice(("Madrid", "Barcelona", "Valencia", "Remote (Spain)", "Bilbao", "Málaga")),
            "remote_policy": r.choice(list(RemotePolicy)).value,
            "salary_min": low,
            "salary_max": low + r.choice((8_000, 10_000, 12_000, 15_000)),
            "openings": r.choice((1, 1, 1, 2, 3)),
            "status": r.choices(["active", "active", "active", "on_hold", "lead", "filled", "closed"])[0],
            "fee_percent": r.choice((15.0, 18.0, 20.0, 20.0, 22.0, 25.0)),
            "description": f"{stack} backend role for a {r.choice(('product', 'platform', 'payments', 'data'))} team.",
            "opened_on": opened,
        }
        return data, required, nice, stack
