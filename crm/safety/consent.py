"""Consent and retention: who must be asked again, kept longer with a reason, or anonymised.

A candidate is due when their retention has ended (the `retention_until` date, or by default
`retention_months` (24) after their last activity, or after their creation if they never had
one) or when their consent is missing (no lawful basis recorded, or "consent for future roles"
without a consent date).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from urllib.parse import quote

from sqlalchemy import and_, or_, select

from crm.domain import Candidate
from crm.domain.enums import LawfulBasis
from crm.persistence.store import Store
from crm.safety import audit, erasure, settings

RETENTION_ENDED = "retention_ended"
CONSENT_MISSING = "consent_missing"


@dataclass(frozen=True)
class RetentionRow:
    id: int
    name: str
    email: str | None
    lawful_basis: str | None
    consent_date: date | None
    last_activity: date | None
    retention_end: date
    reasons: tuple[str, ...]
    version: int


def add_months(day: date, months: int) -> date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    for candidate_day in (day.day, 30, 29, 28):
        try:
            return date(year, month, candidate_day)
        except ValueError:
            continue
    raise ValueError(day)


def retention_end(retention_until: date | None, last_activity: datetime | None, created: datetime,
                  months: int) -> date:
    if retention_until is not None:
        return retention_until
    return add_months((last_activity or created).date(), months)


def due(store: Store, today: date) -> list[RetentionRow]:
    """Candidates whose retention has ended or whose consent is missing, oldest deadline first.

    SQL narrows the rows with a cut-off a few days generous (month ends), Python applies the exact rule.
    """
    rows = []
    with store.sessions() as session:
        months = settings.retention_months(session)
        cutoff = datetime.combine(add_months(today, -months) + timedelta(days=4), datetime.min.time(), UTC)
        columns = (Candidate.id, Candidate.first_name, Candidate.last_name, Candidate.email,
                   Candidate.lawful_basis, Candidate.consent_date, Candidate.retention_until,
                   Candidate.last_activity_at, Candidate.created_at, Candidate.version)
        consent_missing = or_(Candidate.lawful_basis.is_(None), and_(
            Candidate.lawful_basis == LawfulBasis.CONSENT.value, Candidate.consent_date.is_(None)))
        ended = or_(Candidate.retention_until < today, and_(
            Candidate.retention_until.is_(None),
            or_(Candidate.last_activity_at < cutoff,
                and_(Candidate.last_activity_at.is_(None), Candidate.created_at < cutoff))))
        query = select(*columns).where(or_(consent_missing, ended)).order_by(Candidate.id)
        for row in session.execute(query.execution_options(yield_per=5000)):
            end = retention_end(row.retention_until, row.last_activity_at, row.created_at, months)
            reasons = []
            if end < today:
                reasons.append(RETENTION_ENDED)
            if row.lawful_basis is None or (row.lawful_basis == LawfulBasis.CONSENT.value and row.consent_date is None):
                reasons.append(CONSENT_MISSING)
            if reasons:
                rows.append(RetentionRow(row.id, f"{row.first_name} {row.last_name}".strip(), row.email,
                                         row.lawful_basis, row.consent_date,
                                         row.last_activity_at.date() if row.last_activity_at else None,
                                         end, tuple(reasons), row.version))
    rows.sort(key=lambda r: (r.retention_end, r.id))
    return rows


def mailto_draft(rows: Sequence[RetentionRow], subject: str, body: str) -> str:
    """A mailto: URL addressed (Bcc, so recipients do not see each other) to those with an email."""
    addresses = ",".join(r.email for r in rows if r.email)
    return f"mailto:?bcc={quote(addresses, safe='@,')}&subject={quote(subject)}&body={quote(body)}"


def extend(store: Store, candidate_ids: Sequence[int], until: date, reason: str) -> int:
    """Keep these candidates until `until`, for a stated reason (audited). One transaction."""
    reason = (reason or "").strip()
    if not reason:
        raise ValueError("a reason is required to keep someone's data longer")
    ids = sorted(set(candidate_ids))
    with store.sessions.begin() as session:
        candidates = list(session.scalars(select(Candidate).where(Candidate.id.in_(ids))))
        for candidate in candidates:
            candidate.retention_until = until
        for candidate in candidates:
            audit.record(session, "retention_extend", "candidate", candidate.id,
                         {"until": until.isoformat(), "reason": reason[:200]})
    return len(candidates)


def anonymise(store: Store, candidate_ids: Sequence[int]) -> erasure.ErasureResult:
    """Retention ended: remove the person, keep the anonymous counts (see erasure.py)."""
    return erasure.erase(store, candidate_ids, reason="retention", action="anonymise")
