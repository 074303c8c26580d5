"""Builders for export tests: a client, a role and candidates at known stages; readers of the xlsx."""

from __future__ import annotations

import zipfile
from datetime import UTC, date, datetime
from pathlib import Path

from openpyxl import load_workbook
from sqlalchemy import update

from crm.domain import Application

BASE = {
    "first_name": "Lucía", "last_name": "Fernández Ruiz", "city": "Madrid", "country": "ES",
    "remote_preference": "hybrid", "current_title": "Backend Developer", "current_company": "Globex",
    "years_experience": 6.0, "seniority": "senior", "english_level": "B2", "current_salary": 48_000,
    "expected_salary": 55_000, "notice_days": 30, "summary": "Strong Python engineer.",
    "notes": "Private note", "status": "active", "lawful_basis": "consent_future_roles",
}


def candidate_row(index: int, **overrides) -> dict:
    row = dict(BASE, email=f"person{index}@example.com", phone=f"+3460000{index:04d}",
               linkedin_url=f"https://linkedin.com/in/person{index}")
    row.update(overrides)
    return row


def build_pipeline(services, *, submitted: list[dict], blind: bool = True, language: str = "es",
                   client: str = "Acme Tech S.L.", reference: str | None = None, status: str = "active"):
    """A role with: the `submitted` candidates at "Submitted to client" (the first one moved on to
    "Client interview"), plus one rejected after submission, one rejected at screening and one
    only sourced. Returns (role, ids) with ids keyed by "submitted", "rejected_after",
    "rejected_screening", "sourced"."""
    company = services.companies.find(client) or services.companies.create(
        {"name": client, "blind_reports": blind, "report_language": language})
    data = {"company_id": company.id, "title": "Senior Python Developer", "location": "Madrid",
            "remote_policy": "hybrid", "salary_min": 50_000, "salary_max": 60_000, "openings": 1,
            "status": status, "opened_on": date(2026, 10, 1)}
    if reference:
        data["reference"] = reference
    role = services.roles.create(data, required_skills=["python"], nice_skills=["docker"])
    start = services.candidates.count()
    extra = [candidate_row(start + 90, first_name="Rechazado", notes="rejected after"),
             candidate_row(start + 91, first_name="Screened", last_name="Out", notes="screening"),
             candidate_row(start + 92, first_name="Only", last_name="Sourced")]
    rows = [candidate_row(start + i, **overrides) for i, overrides in enumerate(submitted)] + extra
    ids = services.candidates.bulk_insert(rows, [[("python", 6.0), ("docker", 2.0), ("go", None)]] * len(rows))
    stages = {s.name: s.id for s in services.pipeline.stages()}
    when = datetime(2026, 11, 2, 10, 0, tzinfo=UTC)

    def walk(candidate_id, names, **move):
        app = services.pipeline.add_to_role(candidate_id, role.id, stages["Sourced"], at=when)
        for name in names:
            app = services.pipeline.move(app.id, stages[name], at=when, **(move if name == "Rejected" else {}))
        return app

    submitted_ids = ids[: len(submitted)]
    for n, candidate_id in enumerate(submitted_ids):
        walk(candidate_id, ["Screening", "Submitted to client"] + (["Client interview"] if n == 0 else []))
    walk(ids[-3], ["Screening", "Submitted to client", "Rejected"], rejection_reason="Salary expectations",
         rejected_by="client", note="PRIVATE-REJECTION-NOTE")
    walk(ids[-2], ["Screening", "Rejected"], rejection_reason="Skills not a fit", rejected_by="agency")
    walk(ids[-1], [])
    with services.store.sessions.begin() as session:
        session.execute(update(Application).where(Application.role_id == role.id,
                                                  Application.candidate_id.in_(submitted_ids))
                        .values(submitted_at=when))
    return role, {"submitted": submitted_ids, "rejected_after": ids[-3], "rejected_screening": ids[-2],
                  "sourced": ids[-1]}


def set_application(services, role_id: int, candidate_id: int, **values) -> None:
    with services.store.sessions.begin() as session:
        session.execute(update(Application).where(Application.role_id == role_id,
                                                  Application.candidate_id == candidate_id).values(**values))


def all_values(path: Path) -> list[object]:
    """Every cell value of every sheet."""
    workbook = load_workbook(path)
    try:
        return [cell.value for ws in workbook.worksheets for row in ws.iter_rows() for cell in row
                if cell.value is not None]
    finally:
        workbook.close()


def raw_xml(path: Path) -> str:
    """The whole package's XML as one string (sheets, shared strings, properties, charts)."""
    with zipfile.ZipFile(path) as archive:
        return "\n".join(archive.read(name).decode("utf-8", "replace") for name in archive.namelist()
                         if name.endswith((".xml", ".rels")))


def sheet_xml(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as archive:
        return [archive.read(n).decode() for n in archive.namelist() if n.startswith("xl/worksheets/sheet")]
