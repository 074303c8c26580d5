"""Everything the candidate detail pane shows, read in one session: profile, roles, timeline, CVs,
and which clients received the candidate's data (from the export log)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from crm.domain import Activity, Application, Company, ExportLog, ExportLogEntry, Role, Stage
from crm.persistence.store import Store
from crm.services.attachments import AttachmentRecord, AttachmentService
from crm.services.candidates import CandidateService
from crm.services.records import CandidateRecord

TIMELINE_LIMIT = 50


@dataclass(frozen=True)
class RoleOnRecord:
    role_id: int
    reference: str
    title: str
    client: str
    stage: str
    stage_kind: str
    stage_entered_at: datetime


@dataclass(frozen=True)
class ActivityRecord:
    id: int
    kind: str
    subject: str
    body: str | None
    occurred_at: datetime
    done: bool


@dataclass(frozen=True)
class DisclosureRecord:
    """One file that carried this candidate to a client."""

    export_id: int
    exported_at: datetime
    client: str | None
    kind: str
    filename: str
    blind: bool


@dataclass(frozen=True)
class CandidateDetail:
    candidate: CandidateRecord
    roles: tuple[RoleOnRecord, ...]
    activities: tuple[ActivityRecord, ...]
    attachments: tuple[AttachmentRecord, ...]
    disclosures: tuple[DisclosureRecord, ...]


class CandidateDetailService:
    def __init__(self, store: Store):
        self._store = store

    def detail(self, candidate_id: int) -> CandidateDetail:
        candidate = CandidateService(self._store).get(candidate_id)  # raises NotFound
        with self._store.sessions() as session:
            roles = tuple(
                RoleOnRecord(role_id, reference, title, client, stage, kind, entered)
                for role_id, reference, title, client, stage, kind, entered in session.execute(
                    select(Role.id, Role.reference, Role.title, Company.name, Stage.name, Stage.kind,
                           Application.stage_entered_at)
                    .join(Role, Role.id == Application.role_id)
                    .join(Company, Company.id == Role.company_id)
                    .join(Stage, Stage.id == Application.stage_id)
                    .where(Application.candidate_id == candidate_id)
                    .order_by(Application.stage_entered_at.desc())
                )
            )
            activities = tuple(
                ActivityRecord(a.id, a.kind, a.subject, a.body, a.occurred_at, a.done)
                for a in session.scalars(
                    select(Activity).where(Activity.candidate_id == candidate_id)
                    .order_by(Activity.occurred_at.desc()).limit(TIMELINE_LIMIT)
                )
            )
            disclosures = tuple(
                DisclosureRecord(export_id, at, client, kind, filename, blind)
                for export_id, at, client, kind, filename, blind in session.execute(
                    select(ExportLog.id, ExportLog.exported_at, Company.name, ExportLog.kind, ExportLog.filename,
                           ExportLog.blind)
                    .join(ExportLogEntry, ExportLogEntry.export_id == ExportLog.id)
                    .outerjoin(Company, Company.id == ExportLog.company_id)
                    .where(ExportLogEntry.candidate_id == candidate_id)
                    .order_by(ExportLog.exported_at.desc())
                )
            )
        attachments = tuple(AttachmentService(self._store).list_for(candidate_id))
        return CandidateDetail(candidate, roles, activities, attachments, disclosures)
