"""Candidates and their skills."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Float, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates

from crm.domain.base import Base, utcnow
from crm.domain.enums import CandidateStatus
from crm.domain.sorting import CANDIDATE_SORT_KEYS, sort_key

# A sort key (crm.domain.sorting) is ordered by its code points; PostgreSQL's "C" collation does that
# whatever the server's locale (SQLite always does).
SORT_TEXT = String().with_variant(String(collation="C"), "postgresql")


class Skill(Base):
    __tablename__ = "skill"

    id: Mapped[int] = mapped_column(primary_key=True)
    # `key` is the canonical identity ("postgresql"); `name` is how it is shown ("PostgreSQL").
    key: Mapped[str] = mapped_column(String(80), unique=True)
    name: Mapped[str] = mapped_column(String(80))


class Candidate(Base):
    __tablename__ = "candidate"

    id: Mapped[int] = mapped_column(primary_key=True)
    first_name: Mapped[str] = mapped_column(String(120), default="")
    last_name: Mapped[str] = mapped_column(String(160), default="")
    # Normalised (trimmed, lower-cased); one person per address.
    email: Mapped[str | None] = mapped_column(String(254), unique=True)
    # E.164, e.g. +34600111222
    phone: Mapped[str | None] = mapped_column(String(32), index=True)
    city: Mapped[str | None] = mapped_column(String(120))
    country: Mapped[str | None] = mapped_column(String(2))
    remote_preference: Mapped[str | None] = mapped_column(String(16))
    current_title: Mapped[str | None] = mapped_column(String(200))
    current_company: Mapped[str | None] = mapped_column(String(200))
    years_experience: Mapped[float | None] = mapped_column(Float)
    seniority: Mapped[str | None] = mapped_column(String(16))
    english_level: Mapped[str | None] = mapped_column(String(2))
    # Gross EUR a year. A range such as "50-55k" keeps both ends.
    current_salary: Mapped[int | None] = mapped_column(Integer)
    expected_salary: Mapped[int | None] = mapped_column(Integer)
    expected_salary_max: Mapped[int | None] = mapped_column(Integer)
    notice_days: Mapped[int | None] = mapped_column(Integer)
    available_from: Mapped[date | None]
    linkedin_url: Mapped[str | None] = mapped_column(String(300))  # indexed lower-cased (migration 0004)
    github_url: Mapped[str | None] = mapped_column(String(300))
    source: Mapped[str | None] = mapped_column(String(120))
    # Client-safe assessment; may reach a client report.
    summary: Mapped[str | None] = mapped_column(Text)
    # Private recruiter notes; never leave the agency.
    notes: Mapped[str | None] = mapped_column(Text)
    lawful_basis: Mapped[str | None] = mapped_column(String(32))
    consent_date: Mapped[date | None]
    consent_evidence: Mapped[str | None] = mapped_column(String(300))
    retention_until: Mapped[date | None]
    status: Mapped[str] = mapped_column(String(16), default=CandidateStatus.ACTIVE.value, index=True)
    last_activity_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow, index=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    # How the list sorts the text columns (crm.domain.sorting): kept by `_sorted_as` on every ORM write; the
    # Core writes (bulk insert, an import's undo) and migration 0011 write them with candidate_sort_keys.
    first_name_sort: Mapped[str] = mapped_column(SORT_TEXT, default="", server_default="")
    last_name_sort: Mapped[str] = mapped_column(SORT_TEXT, default="", server_default="")
    current_title_sort: Mapped[str | None] = mapped_column(SORT_TEXT)
    current_company_sort: Mapped[str | None] = mapped_column(SORT_TEXT)
    city_sort: Mapped[str | None] = mapped_column(SORT_TEXT)

    skills: Mapped[list[CandidateSkill]] = relationship(
        back_populates="candidate", cascade="all, delete-orphan", passive_deletes=True
    )

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (Index("ix_candidate_name", "last_name", "first_name"),
                      Index("ix_candidate_name_sort", "last_name_sort", "first_name_sort"),
                      Index("ix_candidate_linkedin_url", text("lower(linkedin_url)")),
                      Index("ix_candidate_github_url", text("lower(github_url)")))

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    @validates(*CANDIDATE_SORT_KEYS)
    def _sorted_as(self, column: str, value: str | None) -> str | None:
        setattr(self, CANDIDATE_SORT_KEYS[column], sort_key(value))
        return value


class CandidateSkill(Base):
    __tablename__ = "candidate_skill"

    candidate_id: Mapped[int] = mapped_column(ForeignKey("candidate.id", ondelete="CASCADE"), primary_key=True)
    skill_id: Mapped[int] = mapped_column(ForeignKey("skill.id", ondelete="CASCADE"), primary_key=True, index=True)
    years: Mapped[float | None] = mapped_column(Float)

    candidate: Mapped[Candidate] = relationship(back_populates="skills")
    skill: Mapped[Skill] = relationship(lazy="joined")
