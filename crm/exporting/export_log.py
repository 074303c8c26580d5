"""Who received which candidate's data, and when: written with every client report, shown per candidate."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from crm.domain import AuditEntry, Company, ExportLog, ExportLogEntry, Role
from crm.persistence.store import Store


@dataclass(frozen=True)
class DisclosureRecord:
    """One client report that carried a candidate."""

    export_id: int
    exported_at: datetime
    kind: str
    client: str | None
    role_reference: str | None
    role_title: str | None
    filename: str
    blind: bool
    language: str


def record_export(session: Session, *, kind: str, company_id: int | None, role_id: int | None, target: Path,
                  blind: bool, language: str, candidate_ids: list[int]) -> int:
    """Log a report in the caller's transaction (so a failed write logs nothing). Returns the log id."""
    log = ExportLog(kind=kind, company_id=company_id, role_id=role_id, filename=Path(target).name, blind=blind,
                    language=language, candidate_count=len(candidate_ids))
    session.add(log)
    session.flush()
    if candidate_ids:
        session.execute(insert(ExportLogEntry), [{"export_id": log.id, "candidate_id": cid}
                                                 for cid in sorted(set(candidate_ids))])
    # The audit trail holds ids and counts only, never personal values.
    session.add(AuditEntry(action="export", entity="export_log", entity_id=log.id,
                           details={"kind": kind, "company_id": company_id, "role_id": role_id,
                                    "candidates": len(set(candidate_ids)), "blind": blind}))
    session.flush()
    return log.id


class DisclosureService:
    """Read side for the candidate page: every report that carried this candidate, newest first."""

    def __init__(self, store: Store):
        self._store = store

    def for_candidate(self, candidate_id: int) -> list[DisclosureRecord]:
        with self._store.sessions() as session:
            rows = session.execute(
                select(ExportLog, Company.name, Role.reference, Role.title)
                .join(ExportLogEntry, ExportLogEntry.export_id == ExportLog.id)
                .outerjoin(Company, Company.id == ExportLog.company_id)
                .outerjoin(Role, Role.id == ExportLog.role_id)
                .where(ExportLogEntry.candidate_id == candidate_id)
                .order_by(ExportLog.exported_at.desc(), ExportLog.id.desc())
            ).all()
            return [DisclosureRecord(log.id, log.exported_at, log.kind, client, reference, title, log.filename, log.blind,
                               log.language) for log, client, reference, title in rows]
