import pytest
from sqlalchemy import text

from crm.domain.errors import ValidationError
from crm.services.attachments import AttachmentService
from crm.services.candidate_detail import CandidateDetailService
from tests.files import write_docx, write_pdf


def _fts_hits(store, word):
    with store.engine.connect() as connection:
        return [row[0] for row in connection.execute(
            text("SELECT rowid FROM candidate_fts WHERE candidate_fts MATCH :q"), {"q": word})]


def test_pdf_cv_is_stored_by_hash_and_its_text_is_searchable(services, store, tmp_path):
    person = services.candidates.create({"first_name": "Lucía", "last_name": "Gómez"})
    pdf = write_pdf(tmp_path / "cv lucia.pdf", "Kubernetes operator and Terraform modules")
    record = AttachmentService(store).attach(person.id, pdf)
    stored = AttachmentService(store).path_of(record)
    assert stored.read_bytes() == pdf.read_bytes()
    assert stored.parent.name == record.content_hash[:2] and stored.name == record.content_hash
    assert record.has_text and record.filename == "cv lucia.pdf"
    assert _fts_hits(store, "terraform") == [person.id]


def test_docx_cv_text_is_searchable_and_shown_in_the_detail(services, store, tmp_path):
    person = services.candidates.create({"first_name": "Iker", "last_name": "Etxeberria"})
    docx_path = write_docx(tmp_path / "iker.docx", ["Experiencia en Elixir y Phoenix"])
    AttachmentService(store).attach(person.id, docx_path)
    assert _fts_hits(store, "elixir") == [person.id]
    detail = CandidateDetailService(store).detail(person.id)
    assert [a.filename for a in detail.attachments] == ["iker.docx"]


def test_removing_an_attachment_drops_its_text_and_file(services, store, tmp_path):
    person = services.candidates.create({"first_name": "Ana"})
    record = AttachmentService(store).attach(person.id, write_docx(tmp_path / "a.docx", ["Haskell"]))
    AttachmentService(store).remove(record.id)
    assert _fts_hits(store, "haskell") == []
    assert not AttachmentService(store).path_of(record).exists()


def test_damaged_or_unsupported_files_are_refused_by_name(services, store, tmp_path):
    person = services.candidates.create({"first_name": "Ana"})
    fake = tmp_path / "cv.pdf"
    fake.write_bytes(b"not a pdf at all")
    with pytest.raises(ValidationError, match="cv.pdf"):
        AttachmentService(store).attach(person.id, fake)
    other = tmp_path / "cv.odt"
    other.write_bytes(b"x")
    with pytest.raises(ValidationError, match="only PDF"):
        AttachmentService(store).attach(person.id, other)
    assert AttachmentService(store).list_for(person.id) == []


def test_detail_lists_roles_with_stage_activity_and_clients_who_received_the_data(services, store):
    from crm.domain import Activity, ExportLog, ExportLogEntry

    person = services.candidates.create({"first_name": "Marta", "last_name": "Vidal"})
    client = services.companies.create({"name": "Acme Tech S.L."})
    role = services.roles.create({"company_id": client.id, "title": "Backend Developer"})
    services.pipeline.add_to_role(person.id, role.id)
    with store.sessions.begin() as session:
        session.add(Activity(candidate_id=person.id, kind="call", subject="First call"))
        export = ExportLog(kind="shortlist", company_id=client.id, filename="shortlist.xlsx", candidate_count=1)
        session.add(export)
        session.flush()
        session.add(ExportLogEntry(export_id=export.id, candidate_id=person.id))
    detail = CandidateDetailService(store).detail(person.id)
    assert [(r.title, r.client, r.stage) for r in detail.roles] == [("Backend Developer", "Acme Tech S.L.", "Sourced")]
    assert [a.subject for a in detail.activities] == ["First call"]
    assert [(d.client, d.filename) for d in detail.disclosures] == [("Acme Tech S.L.", "shortlist.xlsx")]
