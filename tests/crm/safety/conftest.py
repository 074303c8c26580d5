"""A person with everything a recruiter can hold about them, for the rights and restore tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

import pytest

from crm.domain import Activity, Attachment, ExportLog, ExportLogEntry

# Distinctive values, so finding them in the raw bytes of a file is unambiguous.
NAME = ("Zebulonia", "Quixotrenko")
EMAIL = "zebulonia.quixotrenko@example.org"
PHONE = "+34611223344"
CV_TEXT = "Curriculum of Zebulonia: Kubernetes wizardry at Quixocorp"


@dataclass(frozen=True)
class Person:
    id: int
    role_id: int
    company_id: int
    content_hash: str


@pytest.fixture
def person(services, store):
    company = services.companies.create({"name": "Acme Cloud"})
    role = services.roles.create({"title": "Platform engineer", "company_id": company.id, "openings": 1})
    created = services.candidates.create({"first_name": NAME[0], "last_name": NAME[1], "email": EMAIL,
                                          "phone": PHONE, "linkedin_url": "linkedin.com/in/zquixo",
                                          "notes": "Prefers remote; ask about Quixocorp"}, ["Go", "Kubernetes"])
    # Someone else, who must survive the erasure untouched.
    services.candidates.create({"first_name": "Ana", "last_name": "Other", "email": "ana@example.com"})
    application = services.pipeline.add_to_role(created.id, role.id)
    services.pipeline.move(application.id, services.pipeline.stage_by_name("Screening").id, note="call went well")
    content_hash = "ab" * 32
    store.files_dir.mkdir(parents=True, exist_ok=True)
    (store.files_dir / content_hash).write_bytes(CV_TEXT.encode())
    from crm.persistence import search_index

    with store.sessions.begin() as session:
        session.add(Activity(candidate_id=created.id, kind="call", subject="Intro call with Zebulonia",
                             body="Talked about Quixocorp"))
        session.add(Attachment(candidate_id=created.id, filename="Zebulonia_CV.pdf", content_hash=content_hash,
                               mime_type="application/pdf", size_bytes=len(CV_TEXT), text=CV_TEXT))
        log = ExportLog(kind="shortlist", company_id=company.id, filename="shortlist.xlsx",
                        exported_at=datetime(2026, 10, 1, tzinfo=UTC), candidate_count=1)
        session.add(log)
        session.flush()
        session.add(ExportLogEntry(export_id=log.id, candidate_id=created.id))
        session.flush()
        search_index.reindex(session.connection(), [created.id])
    return Person(created.id, role.id, company.id, content_hash)
