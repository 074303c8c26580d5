"""Erase a person everywhere, keeping only anonymous aggregate counts.

Decision on reports: applications cannot outlive their candidate (candidate_id is required and
an application row would link back to the person), so they are deleted; before that, what the
person's applications reached is added to anonymous per-role counters (Setting
`erased_funnel`: role id -> {"reached": {stage id: n}, "current": {stage id: n}}), which funnel
reports add to their live counts. `funnel_counts()` reads them.

After the commit the FTS index is optimised (old segments with the person's words merged away),
then the WAL is checkpointed and truncated and the file vacuumed, with `secure_delete` on (set
by the engine), so the person's name, email and phone are nowhere in the .db or -wal bytes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from crm.domain import (
    Activity,
    Application,
    Attachment,
    Candidate,
    CandidateSkill,
    Company,
    ExportLog,
    ExportLogEntry,
    ImportItem,
    Stage,
    StageChange,
)
from crm.domain.enums import StageKind
from crm.domain.errors import NotFound
from crm.persistence import search_index, sidecar
from crm.persistence.store import Store
from crm.safety import audit, erased_reports, settings, tombstones

FUNNEL_SETTING = "erased_funnel"


@dataclass(frozen=True)
class ErasureResult:
    candidate_ids: tuple[int, ...]
    applications: int
    activities: int
    attachments: int
    files_removed: int
    tombstones: int
    # Clients who received the person's data (GDPR Art. 19: tell them of the erasure).
    recipients: tuple[str, ...]
    compacted: bool


def erase(store: Store, candidate_ids: Sequence[int], *, reason: str = "request",
          now: datetime | None = None, action: str = "erase") -> ErasureResult:
    """Erase these candidates in one transaction, then compact the file. Raises NotFound."""
    now = now or datetime.now(UTC)
    ids = sorted(set(int(i) for i in candidate_ids))
    with store.sessions.begin() as session:
        result, hashes, file_hashes = _erase_in_session(session, ids, reason=reason, now=now, action=action)
    files_removed = _remove_unshared_files(store, file_hashes)
    if store.path is not None:
        sidecar.add_erasures(store.path, {key: now.isoformat() for key in hashes})
    compacted = compact(store)
    return ErasureResult(**{**result, "files_removed": files_removed, "compacted": compacted})


def _erase_in_session(session: Session, ids: list[int], *, reason: str, now: datetime,
                      action: str) -> tuple[dict[str, Any], dict[str, datetime], set[str]]:
    candidates = list(session.scalars(select(Candidate).where(Candidate.id.in_(ids))))
    missing = set(ids) - {c.id for c in candidates}
    if missing:
        raise NotFound("Candidate", min(missing))
    hashes: dict[str, datetime] = {}
    for candidate in candidates:
        hashes.update(dict.fromkeys(tombstones.candidate_hashes(candidate), now))
    recipients = tuple(sorted(set(session.scalars(
        select(Company.name).join(ExportLog, ExportLog.company_id == Company.id)
        .join(ExportLogEntry, ExportLogEntry.export_id == ExportLog.id)
        .where(ExportLogEntry.candidate_id.in_(ids))))))
    applications = list(session.scalars(select(Application).where(Application.candidate_id.in_(ids))))
    application_ids = [a.id for a in applications]
    _count_funnel(session, applications)
    file_hashes = set(session.scalars(select(Attachment.content_hash).where(Attachment.candidate_id.in_(ids))))
    attachment_count = session.scalar(select(func.count(Attachment.id)).where(Attachment.candidate_id.in_(ids)))
    by_candidate = Activity.candidate_id.in_(ids)
    by_application = Activity.application_id.in_(application_ids) if application_ids else None
    activity_filter = by_candidate if by_application is None else (by_candidate | by_application)
    activity_count = session.scalar(select(func.count(Activity.id)).where(activity_filter))

    session.execute(delete(Activity).where(activity_filter))
    if application_ids:
        session.execute(delete(StageChange).where(StageChange.application_id.in_(application_ids)))
        session.execute(delete(Application).where(Application.id.in_(application_ids)))
    session.execute(delete(Attachment).where(Attachment.candidate_id.in_(ids)))
    session.execute(delete(CandidateSkill).where(CandidateSkill.candidate_id.in_(ids)))
    session.execute(delete(ExportLogEntry).where(ExportLogEntry.candidate_id.in_(ids)))
    # An import's undo record of the person holds their old values. A record of a run of people an import
    # created or named holds only ids, and stands for the others of the run too: it stays (undo skips the gone).
    session.execute(delete(ImportItem).where(ImportItem.entity == "candidate", ImportItem.entity_id.in_(ids),
                                             ImportItem.action.not_in(("created_range", "named_range"))))
    erased_reports.scrub(session, ids)  # the imports' stored reports name them, quote their cells
    session.execute(delete(Candidate).where(Candidate.id.in_(ids)))
    connection = session.connection()
    search_index.remove(connection, ids)
    if search_index.is_available(connection):
        connection.exec_driver_sql(
            f"INSERT INTO {search_index.FTS_TABLE} ({search_index.FTS_TABLE}) VALUES ('optimize')")  # noqa: S608
    tombstones.add(session, hashes, reason)
    for candidate_id in ids:
        audit.record(session, action, "candidate", candidate_id, {
            "reason": reason, "applications": sum(1 for a in applications if a.candidate_id == candidate_id),
            "recipients": len(recipients)})
    result = {"candidate_ids": tuple(ids), "applications": len(applications), "activities": activity_count or 0,
              "attachments": attachment_count or 0, "tombstones": len(hashes), "recipients": recipients}
    return result, hashes, file_hashes


def _count_funnel(session: Session, applications: list[Application]) -> None:
    if not applications:
        return
    counts: dict[str, Any] = settings.get(session, FUNNEL_SETTING, {}) or {}
    counts = {role: {part: dict(values) for part, values in parts.items()} for role, parts in counts.items()}
    history = session.execute(select(StageChange.application_id, StageChange.to_stage_id).where(
        StageChange.application_id.in_([a.id for a in applications])))
    reached: dict[int, set[int]] = {}
    for application_id, stage_id in history:
        reached.setdefault(application_id, set()).add(stage_id)
    stages = list(session.scalars(select(Stage)))
    open_positions = {s.id: s.position for s in stages if s.kind != StageKind.REJECTED.value}
    for application in applications:
        role = counts.setdefault(str(application.role_id), {"reached": {}, "current": {}})
        # Like the reports' funnel: reaching a stage counts for every earlier stage too.
        visited = reached.get(application.id, set()) | {application.stage_id}
        furthest = max((open_positions[s] for s in visited if s in open_positions), default=-1)
        for stage_id, position in open_positions.items():
            if position <= furthest:
                role["reached"][str(stage_id)] = role["reached"].get(str(stage_id), 0) + 1
        role["current"][str(application.stage_id)] = role["current"].get(str(application.stage_id), 0) + 1
    settings.put(session, FUNNEL_SETTING, counts)


def funnel_counts(session: Session) -> dict[int, dict[str, dict[int, int]]]:
    """Anonymous counts left by erased candidates: role id -> {"reached"/"current": {stage id: n}}."""
    raw = settings.get(session, FUNNEL_SETTING, {}) or {}
    return {int(role): {part: {int(stage): int(n) for stage, n in values.items()} for part, values in parts.items()}
            for role, parts in raw.items()}


def _remove_unshared_files(store: Store, file_hashes: set[str]) -> int:
    """Delete stored attachment files no remaining candidate refers to."""
    if not file_hashes or not store.files_dir.is_dir():
        return 0
    with store.sessions() as session:
        shared = set(session.scalars(select(Attachment.content_hash).where(
            Attachment.content_hash.in_(file_hashes))))
    removed = 0
    for content_hash in file_hashes - shared:
        for path in store.files_dir.rglob(f"{content_hash}*"):
            if path.is_file():
                path.unlink(missing_ok=True)
                removed += 1
    return removed


def compact(store: Store) -> bool:
    """Checkpoint and truncate the WAL, VACUUM, truncate again. False if a reader kept it busy."""
    if not store.is_sqlite:
        return True
    raw = store.engine.raw_connection()
    try:
        cursor = raw.cursor()
        busy = cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        cursor.execute("VACUUM")
        busy = busy or cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        cursor.close()
    finally:
        raw.close()
    return not busy

