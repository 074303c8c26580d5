"""Put candidates on roles and move them through the stages, keeping every step's history."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from crm.domain import Application, Candidate, RejectionReason, Role, Stage, StageChange, normalize
from crm.domain.base import utcnow
from crm.domain.enums import RoleStatus, StageKind
from crm.domain.errors import Conflict, NotFound, StaleVersion, ValidationError
from crm.persistence.same_text import equals_ignoring_case
from crm.persistence.store import Store
from crm.services.records import ApplicationRecord, RoleHistoryEntry, StageChangeRecord, StageRecord
from crm.services.submission_guard import submitted_stage_ids


class PipelineService:
    def __init__(self, store: Store):
        self._store = store

    def stages(self) -> list[StageRecord]:
        with self._store.sessions() as session:
            return [_stage_record(s) for s in session.scalars(select(Stage).order_by(Stage.position))]

    def stage_by_name(self, name: str) -> StageRecord:
        with self._store.sessions() as session:
            stage = session.scalar(select(Stage).where(equals_ignoring_case(Stage.name, name.strip())))
            if stage is None:
                raise NotFound("Stage", name)
            return _stage_record(stage)

    def rejection_reasons(self) -> list[str]:
        with self._store.sessions() as session:
            return list(session.scalars(select(RejectionReason.label).order_by(RejectionReason.position)))

    def add_to_role(
        self, candidate_id: int, role_id: int, stage_id: int | None = None, note: str | None = None,
        at: datetime | None = None,
    ) -> ApplicationRecord:
        """Put a candidate on a role (first stage unless given). Refused if already on it."""
        with self._store.sessions.begin() as session:
            if session.get(Candidate, candidate_id) is None:
                raise NotFound("Candidate", candidate_id)
            if session.get(Role, role_id) is None:
                raise NotFound("Role", role_id)
            existing = session.scalar(
                select(Application.id).where(Application.candidate_id == candidate_id, Application.role_id == role_id)
            )
            if existing is not None:
                raise Conflict(f"candidate {candidate_id} is already on role {role_id}", existing_id=existing)
            stage = session.get(Stage, stage_id) if stage_id else session.scalar(
                select(Stage).order_by(Stage.position).limit(1))
            if stage is None:
                raise NotFound("Stage", stage_id)
            application = _enter(session, candidate_id, role_id, stage, at or utcnow(), note)
            session.flush()
            return _application_record(application)

    def move(
        self,
        application_id: int,
        stage_id: int,
        *,
        note: str | None = None,
        expected_version: int | None = None,
        at: datetime | None = None,
        rejection_reason: str | None = None,
        rejected_by: str | None = None,
        placed_start_date: date | None = None,
        placed_fee: int | None = None,
    ) -> ApplicationRecord:
        """Move an application to a stage, recording a StageChange with the time and note."""
        note = (normalize.long_text(note) or "").strip() or None  # (a NUL pasted in failed it on PostgreSQL)
        with self._store.sessions.begin() as session:
            application = _locked(session, application_id, expected_version)
            stage = session.get(Stage, stage_id)
            if stage is None:
                raise NotFound("Stage", stage_id)
            if stage.id == application.stage_id:
                raise ValidationError.single("stage", f"the candidate is already in {stage.name}")
            when = at or utcnow()
            session.add(StageChange(application_id=application.id, from_stage_id=application.stage_id,
                                    to_stage_id=stage.id, changed_at=when, note=note))
            application.stage_id = stage.id
            application.stage_entered_at = when
            if application.submitted_at is None and stage.id in submitted_stage_ids(session):
                application.submitted_at = when
            if stage.kind == StageKind.REJECTED:
                application.rejection_reason_id = _reason_id(session, rejection_reason)
                application.rejection_note = note
                application.rejected_by = rejected_by
            else:
                application.rejection_reason_id = None
                application.rejection_note = None
                application.rejected_by = None
            if stage.kind == StageKind.PLACED:
                application.placed_start_date = placed_start_date
                application.placed_fee = placed_fee
                _fill_role_if_complete(session, application.role_id)
            session.flush()
            session.refresh(application)
            return _application_record(application)

    def undo_move(self, application_id: int, before: ApplicationRecord, *, expected_version: int | None = None,
                  note: str | None = None, at: datetime | None = None) -> ApplicationRecord:
        """Put an application back as it was before a move (`before` is the record from then).

        History stays truthful: the undo is recorded as its own StageChange; the stage's entry time, the
        rejection and placement details and the role's status go back to what they were."""
        with self._store.sessions.begin() as session:
            application = _locked(session, application_id, expected_version)
            if session.get(Stage, before.stage_id) is None:
                raise NotFound("Stage", before.stage_id)
            left = application.stage
            session.add(StageChange(application_id=application.id, from_stage_id=application.stage_id,
                                    to_stage_id=before.stage_id, changed_at=at or utcnow(),
                                    note=note or f"Undo of the move to {left.name}"))
            application.stage_id = before.stage_id
            application.stage_entered_at = before.stage_entered_at
            application.submitted_at = before.submitted_at
            application.rejection_reason_id = _reason_id(session, before.rejection_reason)
            application.rejection_note = before.rejection_note
            application.rejected_by = before.rejected_by
            application.placed_start_date = before.placed_start_date
            application.placed_fee = before.placed_fee
            session.flush()
            if left.kind == StageKind.PLACED:
                _reopen_role_if_short(session, application.role_id)
            session.refresh(application)
            return _application_record(application)

    def add_many(self, candidate_ids: list[int], role_id: int, *, note: str | None = None,
                 at: datetime | None = None) -> tuple[list[int], list[int]]:
        """Put several candidates on a role in one transaction, in the first stage.

        Returns (added application ids, candidate ids skipped because they were already on the role)."""
        with self._store.sessions.begin() as session:
            if session.get(Role, role_id) is None:
                raise NotFound("Role", role_id)
            stage = session.scalar(select(Stage).order_by(Stage.position).limit(1))
            already = set(session.scalars(select(Application.candidate_id).where(
                Application.role_id == role_id, Application.candidate_id.in_(candidate_ids))))
            known = set(session.scalars(select(Candidate.id).where(Candidate.id.in_(candidate_ids))))
            when = at or utcnow()
            added: list[int] = []
            skipped: list[int] = []
            for candidate_id in dict.fromkeys(candidate_ids):
                if candidate_id not in known:
                    raise NotFound("Candidate", candidate_id)
                if candidate_id in already:
                    skipped.append(candidate_id)
                    continue
                added.append(_enter(session, candidate_id, role_id, stage, when, note).id)
            return added, skipped

    def role_history(self, role_id: int) -> list[RoleHistoryEntry]:
        """Every stage change of every application on the role, newest first."""
        with self._store.sessions() as session:
            source, target = aliased(Stage), aliased(Stage)
            rows = session.execute(
                select(StageChange.id, StageChange.application_id, StageChange.changed_at, StageChange.note,
                       source.name, target.name, Candidate.id, Candidate.first_name, Candidate.last_name,
                       StageChange.changed_by)
                .join(Application, Application.id == StageChange.application_id)
                .join(Candidate, Candidate.id == Application.candidate_id)
                .join(target, target.id == StageChange.to_stage_id)
                .outerjoin(source, source.id == StageChange.from_stage_id)
                .where(Application.role_id == role_id)
                .order_by(StageChange.changed_at.desc(), StageChange.id.desc())
            ).all()
        return [RoleHistoryEntry(r[0], r[1], r[6], f"{r[7]} {r[8]}".strip(), r[4], r[5], r[2], r[3], r[9])
                for r in rows]

    def history(self, application_id: int) -> list[StageChangeRecord]:
        with self._store.sessions() as session:
            source, target = aliased(Stage), aliased(Stage)
            rows = session.execute(
                select(StageChange, source.name, target.name)
                .join(target, target.id == StageChange.to_stage_id)
                .outerjoin(source, source.id == StageChange.from_stage_id)
                .where(StageChange.application_id == application_id)
                .order_by(StageChange.changed_at, StageChange.id)
            ).all()
            return [
                StageChangeRecord(change.id, change.application_id, from_name, to_name, change.changed_at, change.note,
                                  change.changed_by)
                for change, from_name, to_name in rows
            ]

    def applications_for_role(self, role_id: int) -> list[ApplicationRecord]:
        with self._store.sessions() as session:
            query = select(Application).where(Application.role_id == role_id).order_by(Application.id)
            return [_application_record(a) for a in session.scalars(query).unique()]

    def find(self, candidate_id: int, role_id: int) -> ApplicationRecord | None:
        with self._store.sessions() as session:
            application = session.scalar(
                select(Application).where(Application.candidate_id == candidate_id, Application.role_id == role_id)
            )
            return _application_record(application) if application else None


def _locked(session: Session, application_id: int, expected_version: int | None) -> Application:
    """The application, refused with StaleVersion when someone changed it since the caller read it."""
    application = session.get(Application, application_id)
    if application is None:
        raise NotFound("Application", application_id)
    if expected_version is not None and application.version != expected_version:
        raise StaleVersion("Application", application_id, expected_version, application.version)
    return application


def _reason_id(session: Session, label: str | None) -> int | None:
    if not label:
        return None
    reason = session.scalar(select(RejectionReason).where(equals_ignoring_case(RejectionReason.label, label)))
    if reason is None:
        raise ValidationError.single("rejection_reason", f"'{label}' is not a known rejection reason")
    return reason.id


def _reopen_role_if_short(session: Session, role_id: int) -> None:
    role = session.get(Role, role_id)
    placed = session.scalar(
        select(func.count(Application.id)).join(Stage, Stage.id == Application.stage_id)
        .where(Application.role_id == role_id, Stage.kind == StageKind.PLACED.value)
    )
    if role is not None and role.status == RoleStatus.FILLED and placed < role.openings:
        role.status = RoleStatus.ACTIVE.value
        role.closed_on = None


def _fill_role_if_complete(session: Session, role_id: int) -> None:
    role = session.get(Role, role_id)
    placed = session.scalar(
        select(func.count(Application.id)).join(Stage, Stage.id == Application.stage_id)
        .where(Application.role_id == role_id, Stage.kind == StageKind.PLACED.value)
    )
    if role is not None and placed >= role.openings and role.status != RoleStatus.FILLED:
        role.status = RoleStatus.FILLED.value
        role.closed_on = date.today()


def _stage_record(stage: Stage) -> StageRecord:
    return StageRecord(stage.id, stage.name, stage.position, stage.kind, stage.stale_after_days)


def _enter(session: Session, candidate_id: int, role_id: int, stage: Stage, when: datetime,
           note: str | None) -> Application:
    """A new application in `stage`, with the StageChange that records its entry."""
    application = Application(candidate_id=candidate_id, role_id=role_id, stage_id=stage.id,
                              stage_entered_at=when, created_at=when)
    session.add(application)
    session.flush()
    session.add(StageChange(application_id=application.id, from_stage_id=None, to_stage_id=stage.id,
                            changed_at=when, note=note))
    return application


def _application_record(application: Application) -> ApplicationRecord:
    return ApplicationRecord(
        id=application.id, candidate_id=application.candidate_id, role_id=application.role_id,
        stage_id=application.stage_id, stage=application.stage.name, stage_entered_at=application.stage_entered_at,
        rating=application.rating,
        rejection_reason=application.rejection_reason.label if application.rejection_reason else None,
        rejection_note=application.rejection_note, placed_start_date=application.placed_start_date,
        placed_fee=application.placed_fee, version=application.version,
        submitted_at=application.submitted_at, rejected_by=application.rejected_by,
    )
