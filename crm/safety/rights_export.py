""""Export this person's data" (GDPR access and portability, Art. 15 and 20).

Every field, skills, applications with their stage history, activities, the attachment list and
the disclosure log (which clients received the person's data, when, in which file), as JSON and
as an xlsx workbook, together in one zip. Written to a temp file in the target folder, then
`os.replace`, so a failure never leaves a half file or destroys an earlier one.
"""

from __future__ import annotations

import io
import json
import zipfile
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select

from crm.domain import (
    Activity,
    Application,
    Attachment,
    Candidate,
    CandidateSkill,
    Company,
    ExportLog,
    ExportLogEntry,
    Role,
    Skill,
    Stage,
    StageChange,
)
from crm.domain.errors import NotFound
from crm.domain.sorting import CANDIDATE_SORT_KEYS
from crm.exporting.atomic import atomic_target
from crm.persistence.store import Store
from crm.safety import audit

RESPONSE_DAYS = 30  # the GDPR's one month to answer a request
EXCEL_CELL_LIMIT = 32_767
_RISKY_PREFIXES = ("=", "+", "-", "@", "\t", "\r", "\n")


@dataclass(frozen=True)
class PersonExport:
    path: Path
    candidate_id: int
    sections: dict[str, int]  # section -> number of rows
    due: date


SORT_COPIES = frozenset(CANDIDATE_SORT_KEYS.values())


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def collect(store: Store, candidate_id: int) -> dict[str, Any]:
    with store.sessions() as session:
        candidate = session.get(Candidate, candidate_id)
        if candidate is None:
            raise NotFound("Candidate", candidate_id)
        person = {column.key: _plain(getattr(candidate, column.key)) for column in Candidate.__table__.columns
                  if column.key not in SORT_COPIES}  # (the lists' sort keys repeat the fields, folded)
        skills = [{"skill": name, "years": years} for name, years in session.execute(
            select(Skill.name, CandidateSkill.years).join(CandidateSkill, CandidateSkill.skill_id == Skill.id)
            .where(CandidateSkill.candidate_id == candidate_id).order_by(Skill.name))]
        applications = []
        for application, role_title, client, stage in session.execute(
                select(Application, Role.title, Company.name, Stage.name)
                .join(Role, Role.id == Application.role_id).join(Company, Company.id == Role.company_id)
                .join(Stage, Stage.id == Application.stage_id)
                .where(Application.candidate_id == candidate_id).order_by(Application.created_at)):
            history = [{"to_stage": name, "at": _plain(at), "note": note} for name, at, note in session.execute(
                select(Stage.name, StageChange.changed_at, StageChange.note)
                .join(Stage, Stage.id == StageChange.to_stage_id)
                .where(StageChange.application_id == application.id).order_by(StageChange.changed_at))]
            applications.append({"role": role_title, "client": client, "stage": stage,
                                 "rating": application.rating, "assessment": application.assessment,
                                 "client_feedback": application.client_feedback,
                                 "rejection_note": application.rejection_note,
                                 "created_at": _plain(application.created_at), "history": history})
        activities = [{"kind": a.kind, "subject": a.subject, "body": a.body, "occurred_at": _plain(a.occurred_at),
                       "due_at": _plain(a.due_at), "done": a.done} for a in session.scalars(
            select(Activity).where(Activity.candidate_id == candidate_id).order_by(Activity.occurred_at))]
        attachments = [{"filename": a.filename, "type": a.mime_type, "size_bytes": a.size_bytes,
                        "added_at": _plain(a.added_at)} for a in session.scalars(
            select(Attachment).where(Attachment.candidate_id == candidate_id).order_by(Attachment.added_at))]
        disclosures = [{"client": client, "exported_at": _plain(log.exported_at), "kind": log.kind,
                        "file": log.filename, "blind": log.blind} for log, client in session.execute(
            select(ExportLog, Company.name).outerjoin(Company, Company.id == ExportLog.company_id)
            .join(ExportLogEntry, ExportLogEntry.export_id == ExportLog.id)
            .where(ExportLogEntry.candidate_id == candidate_id).order_by(ExportLog.exported_at))]
    return {"person": person, "skills": skills, "applications": applications, "activities": activities,
            "attachments": attachments, "disclosures": disclosures}


def export_person(store: Store, candidate_id: int, target: Path, *, now: datetime | None = None) -> PersonExport:
    now = now or datetime.now(UTC)
    data = collect(store, candidate_id)
    data["exported_at"] = now.isoformat()
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    with atomic_target(target) as temporary:  # a failure never leaves a half zip or destroys an older one
        with zipfile.ZipFile(temporary, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(f"candidate-{candidate_id}.json",
                             json.dumps(data, ensure_ascii=False, indent=2, default=str))
            archive.writestr(f"candidate-{candidate_id}.xlsx", _workbook_bytes(data))
    sections = {key: len(value) for key, value in data.items() if isinstance(value, list)}
    due = (now + timedelta(days=RESPONSE_DAYS)).date()
    with store.sessions.begin() as session:
        audit.record(session, "export_person", "candidate", candidate_id,
                     {**sections, "due": due.isoformat()})
    return PersonExport(target, candidate_id, sections, due)


def _cell_text(value: Any) -> Any:
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    if not isinstance(value, str):
        return value
    value = ILLEGAL_CHARACTERS_RE.sub("", value)
    if len(value) > EXCEL_CELL_LIMIT:
        marker = " [...continued in the JSON file]"
        value = value[: EXCEL_CELL_LIMIT - len(marker)] + marker
    return value


def _workbook_bytes(data: dict[str, Any]) -> bytes:
    from openpyxl import Workbook  # loaded only when an export runs
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Person"
    _write_rows(sheet, ["Field", "Value"], [[k, v] for k, v in data["person"].items()])
    flat_applications = [{k: v for k, v in a.items() if k != "history"} for a in data["applications"]]
    history = [{"role": a["role"], **h} for a in data["applications"] for h in a["history"]]
    for title, rows in (("Skills", data["skills"]), ("Applications", flat_applications),
                        ("Stage history", history), ("Activities", data["activities"]),
                        ("Attachments", data["attachments"]), ("Disclosures", data["disclosures"])):
        sheet = workbook.create_sheet(title)
        headers = list(rows[0]) if rows else ["(none)"]
        _write_rows(sheet, headers, [[row.get(h) for h in headers] for row in rows])
    for sheet in workbook.worksheets:
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _write_rows(sheet, headers: list[str], rows: list[list[Any]]) -> None:
    sheet.append(headers)
    for row_number, values in enumerate(rows, start=2):
        for column, value in enumerate(values, start=1):
            cell = sheet.cell(row=row_number, column=column, value=_cell_text(value))
            # Text is text: never a formula, whatever it starts with (OWASP CSV/formula injection).
            if isinstance(cell.value, str) and cell.value.startswith(_RISKY_PREFIXES):
                cell.data_type = "s"
                cell.quotePrefix = True
