"""Editing the pipeline's stages and the rejection reasons. Each method is one user action in one
transaction. Stages are shared by every role, so a change shows on every board."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import func, select

from crm.domain import Application, RejectionReason, Stage, StageChange
from crm.domain.base import utcnow
from crm.domain.enums import StageKind, values
from crm.domain.errors import Conflict, NotFound, ValidationError
from crm.persistence.same_text import equals_ignoring_case
from crm.persistence.store import Store
from crm.services.records import StageRecord


class StagesService:
    def __init__(self, store: Store):
        self._store = store

    def list(self) -> list[StageRecord]:
        with self._store.sessions() as session:
            return [_record(s) for s in session.scalars(select(Stage).order_by(Stage.position))]

    def usage(self) -> dict[int, int]:
        """How many applications sit in each stage (stage id -> count)."""
        with self._store.sessions() as session:
            return dict(session.execute(
                select(Application.stage_id, func.count(Application.id)).group_by(Application.stage_id)).all())

    def add(self, name: str, kind: str = StageKind.OPEN.value, stale_after_days: int | None = None,
            before_id: int | None = None) -> StageRecord:
        """A new stage, at the end or just before another stage."""
        clean = _clean_name(name)
        _check_kind(kind)
        _check_days(stale_after_days)
        with self._store.sessions.begin() as session:
            _refuse_duplicate(session, clean)
            stages = list(session.scalars(select(Stage).order_by(Stage.position)))
            stage = Stage(name=clean, kind=kind, stale_after_days=stale_after_days, position=0)
            index = next((i for i, s in enumerate(stages) if s.id == before_id), len(stages))
            stages.insert(index, stage)
            session.add(stage)
            for position, item in enumerate(stages, start=1):
                item.position = position
            session.flush()
            return _record(stage)

    def update(self, stage_id: int, *, name: str | None = None, kind: str | None = None,
               stale_after_days: int | None | type[Ellipsis] = ...) -> StageRecord:
        """Rename, change kind or stale threshold (pass `stale_after_days=None` to clear it)."""
        with self._store.sessions.begin() as session:
            stage = _get(session, stage_id)
            if name is not None:
                clean = _clean_name(name)
                if clean.lower() != stage.name.lower():
                    _refuse_duplicate(session, clean)
                stage.name = clean
            if kind is not None and kind != stage.kind:
                _check_kind(kind)
                old_kind = stage.kind
                stage.kind = kind
                session.flush()
                _require_every_kind(session, f"'{stage.name}' is the last stage of kind {old_kind}")
            if stale_after_days is not ...:
                _check_days(stale_after_days)
                stage.stale_after_days = stale_after_days
            session.flush()
            return _record(stage)

    def reorder(self, stage_ids: Sequence[int]) -> list[StageRecord]:
        """Put the stages in the given order (every stage exactly once)."""
        with self._store.sessions.begin() as session:
            stages = {s.id: s for s in session.scalars(select(Stage))}
            if sorted(stage_ids) != sorted(stages):
                raise ValidationError.single("stages", "the new order must list every stage exactly once")
            for position, stage_id in enumerate(stage_ids, start=1):
                stages[stage_id].position = position
            session.flush()
            return [_record(stages[i]) for i in stage_ids]

    def remove(self, stage_id: int, move_to_id: int | None = None, *, note: str | None = None,
               at: datetime | None = None) -> int:
        """Delete a stage. Applications in it move to `move_to_id`, each with a StageChange, in the same
        transaction. Returns how many applications moved."""
        with self._store.sessions.begin() as session:
            stage = _get(session, stage_id)
            in_use = list(session.scalars(select(Application).where(Application.stage_id == stage_id)))
            if in_use and move_to_id is None:
                raise Conflict(f"{len(in_use)} applications are in '{stage.name}'; choose a stage to move them to")
            target = _get(session, move_to_id) if in_use else None
            if target is not None and target.id == stage.id:
                raise ValidationError.single("move_to", "choose a different stage to move the applications to")
            # Older history keeps its rows; ends pointing at the removed stage are re-pointed (the key
            # cannot dangle) and say in their note which stage they really were.
            mark = f"[stage '{stage.name}', since removed]"
            for change in session.scalars(select(StageChange).where(
                    (StageChange.from_stage_id == stage.id) | (StageChange.to_stage_id == stage.id))):
                if change.from_stage_id == stage.id:
                    change.from_stage_id = None
                if change.to_stage_id == stage.id:
                    change.to_stage_id = (target or _fallback(session, stage)).id
                change.note = f"{change.note} {mark}" if change.note else mark
            session.flush()
            when = at or utcnow()
            reason = note or f"Stage '{stage.name}' was removed"
            for application in in_use:
                session.add(StageChange(application_id=application.id, from_stage_id=None,
                                        to_stage_id=target.id, changed_at=when, note=reason))
                application.stage_id = target.id
                application.stage_entered_at = when
            session.flush()
            session.delete(stage)
            session.flush()
            _require_every_kind(session, f"'{stage.name}' is the last stage of kind {stage.kind}")
            for position, item in enumerate(session.scalars(select(Stage).order_by(Stage.position)), start=1):
                item.position = position
            return len(in_use)

    # Rejection reasons -------------------------------------------------------------------------

    def reasons(self) -> list[tuple[int, str]]:
        with self._store.sessions() as session:
            return [tuple(r) for r in session.execute(
                select(RejectionReason.id, RejectionReason.label).order_by(RejectionReason.position,
                                                                           RejectionReason.id))]

    def save_reasons(self, labels: Sequence[tuple[int | None, str]]) -> list[tuple[int, str]]:
        """Replace the list: (id, label) keeps/renames a reason, (None, label) adds one, missing ids are
        deleted (applications that used them keep their note; the reason becomes empty)."""
        cleaned = [(reason_id, " ".join(label.split())) for reason_id, label in labels]
        if any(not label for _, label in cleaned):
            raise ValidationError.single("reason", "a rejection reason cannot be empty")
        lowered = [label.lower() for _, label in cleaned]
        if len(set(lowered)) != len(lowered):
            raise ValidationError.single("reason", "the same rejection reason is listed twice")
        with self._store.sessions.begin() as session:
            existing = {r.id: r for r in session.scalars(select(RejectionReason))}
            keep = {reason_id for reason_id, _ in cleaned if reason_id is not None}
            for reason_id, reason in existing.items():
                if reason_id not in keep:
                    session.delete(reason)
            session.flush()
            for reason_id, _label in cleaned:  # temporary labels avoid clashes while renaming in a cycle
                if reason_id is not None:
                    existing[reason_id].label = f"\x00{reason_id}"
            session.flush()
            for position, (reason_id, label) in enumerate(cleaned, start=1):
                if reason_id is None:
                    session.add(RejectionReason(label=label, position=position))
                else:
                    existing[reason_id].label = label
                    existing[reason_id].position = position
            session.flush()
            return [tuple(r) for r in session.execute(
                select(RejectionReason.id, RejectionReason.label).order_by(RejectionReason.position))]


def _get(session, stage_id: int | None) -> Stage:
    stage = session.get(Stage, stage_id) if stage_id is not None else None
    if stage is None:
        raise NotFound("Stage", stage_id)
    return stage


def _fallback(session, removed: Stage) -> Stage:
    return session.scalar(select(Stage).where(Stage.id != removed.id).order_by(Stage.position).limit(1))


def _clean_name(name: str) -> str:
    clean = " ".join((name or "").split())
    if not clean:
        raise ValidationError.single("name", "a stage needs a name")
    if len(clean) > 80:
        raise ValidationError.single("name", "a stage name has at most 80 characters")
    return clean


def _refuse_duplicate(session, name: str) -> None:
    if session.scalar(select(Stage.id).where(equals_ignoring_case(Stage.name, name))) is not None:
        raise Conflict(f"a stage called '{name}' already exists")


def _check_kind(kind: str) -> None:
    if kind not in values(StageKind):
        raise ValidationError.single("kind", f"'{kind}' is not a stage kind (open, placed, rejected)")


def _check_days(days: int | None) -> None:
    if days is not None and not 1 <= days <= 365:
        raise ValidationError.single("stale_after_days", "the stale threshold is between 1 and 365 days")


def _require_every_kind(session, message: str) -> None:
    kinds = set(session.scalars(select(Stage.kind).distinct()))
    missing = [k for k in values(StageKind) if k not in kinds]
    if missing:
        raise ValidationError.single("kind", f"{message}; at least one {missing[0]} stage must remain")


def _record(stage: Stage) -> StageRecord:
    return StageRecord(stage.id, stage.name, stage.position, stage.kind, stage.stale_after_days)
