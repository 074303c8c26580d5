"""Stages, applications (a candidate on a role) and their history."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from crm.domain.base import Base, current_actor, utcnow
from crm.domain.enums import StageKind
from crm.domain.people import Candidate
from crm.domain.roles import Role

DEFAULT_STAGES: tuple[tuple[str, StageKind, int | None], ...] = (
    # name, kind, days before a card in it counts as stale
    ("Sourced", StageKind.OPEN, None),
    ("Contacted", StageKind.OPEN, 3),
    ("Screening", StageKind.OPEN, None),
    ("Submitted to client", StageKind.OPEN, 7),
    ("Client interview", StageKind.OPEN, None),
    ("Offer", StageKind.OPEN, None),
    ("Placed", StageKind.PLACED, None),
    ("Rejected", StageKind.REJECTED, None),
)

DEFAULT_REJECTION_REASONS: tuple[str, ...] = (
    "Skills not a fit",
    "Salary expectations",
    "Location/remote",
    "Candidate withdrew",
    "Rejected by client",
    "No response",
    "Duplicate",
)


class Stage(Base):
    __tablename__ = "stage"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16), default=StageKind.OPEN.value)
    stale_after_days: Mapped[int | None] = mapped_column(Integer)


class RejectionReason(Base):
    __tablename__ = "rejection_reason"

    id: Mapped[int] = mapped_column(primary_key=True)
    label: Mapped[str] = mapped_column(String(120), unique=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class Application(Base):
    __tablename__ = "application"

    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_id: Mapped[int] = mapped_column(ForeignKey("candidate.id", ondelete="CASCADE"), index=True)
    role_id: Mapped[int] = mapped_column(ForeignKey("role.id", ondelete="CASCADE"), index=True)
    stage_id: Mapped[int] = mapped_column(ForeignKey("stage.id", ondelete="RESTRICT"), index=True)
    stage_entered_at: Mapped[datetime] = mapped_column(default=utcnow)
    rating: Mapped[int | None] = mapped_column(Integer)  # 1..5
    assessment: Mapped[str | None] = mapped_column(Text)  # client-safe
    client_feedback: Mapped[str | None] = mapped_column(Text)
    next_step: Mapped[str | None] = mapped_column(String(300))
    submitted_at: Mapped[datetime | None]
    rejection_reason_id: Mapped[int | None] = mapped_column(
        ForeignKey("rejection_reason.id", ondelete="SET NULL")
    )
    rejection_note: Mapped[str | None] = mapped_column(Text)
    rejected_by: Mapped[str | None] = mapped_column(String(16))  # client / agency / candidate
    placed_start_date: Mapped[date | None]
    placed_fee: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    candidate: Mapped[Candidate] = relationship()
    role: Mapped[Role] = relationship()
    stage: Mapped[Stage] = relationship(lazy="joined")
    rejection_reason: Mapped[RejectionReason | None] = relationship()
    history: Mapped[list[StageChange]] = relationship(
        back_populates="application",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="StageChange.changed_at",
    )

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (UniqueConstraint("candidate_id", "role_id"),)


class StageChange(Base):
    __tablename__ = "stage_change"

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("application.id", ondelete="CASCADE"), index=True)
    from_stage_id: Mapped[int | None] = mapped_column(ForeignKey("stage.id", ondelete="SET NULL"))
    to_stage_id: Mapped[int] = mapped_column(ForeignKey("stage.id", ondelete="RESTRICT"))
    changed_at: Mapped[datetime] = mapped_column(default=utcnow)
    note: Mapped[str | None] = mapped_column(Text)
    # Who moved the card: the desktop user's login (several people share one database in team mode).
    changed_by: Mapped[str | None] = mapped_column(String(120), default=current_actor)

    application: Mapped[Application] = relationship(back_populates="history")
