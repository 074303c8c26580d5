"""Erasure leaves no trace of the person (raw bytes of the .db and -wal, FTS index), keeps anonymous
counts, records tombstones that imports consult; and the access export holds everything."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select, text

from crm.domain import Application, AuditEntry, Tombstone
from crm.domain.errors import NotFound
from crm.safety import erasure, rights_export, tombstones
from tests.crm.safety.conftest import CV_TEXT, EMAIL, NAME, PHONE


def _raw_bytes(db_path: Path) -> bytes:
    data = db_path.read_bytes()
    wal = db_path.with_name(db_path.name + "-wal")
    return data + (wal.read_bytes() if wal.exists() else b"")


def _traces(raw: bytes) -> list[str]:
    needles = [NAME[0], NAME[1], EMAIL, PHONE, PHONE[3:], "Quixocorp", "zquixo"]
    lowered = raw.lower()
    return [n for n in needles if n.encode() in raw or n.lower().encode() in lowered]


def test_the_person_is_in_the_file_before_and_nowhere_after_erasure(services, store, person):
    assert _traces(_raw_bytes(store.path))  # the check can see them when they are there
    result = erasure.erase(store, [person.id])
    assert result.compacted
    assert _traces(_raw_bytes(store.path)) == []
    with store.engine.connect() as connection:
        for word in ("zebulonia", "quixotrenko", "quixocorp", '"611223344"'):
            hits = connection.execute(text("SELECT count(*) FROM candidate_fts WHERE candidate_fts MATCH :q"),
                                      {"q": word}).scalar()
            assert hits == 0, word
    assert services.candidates.find_by_email("ana@example.com") is not None
    assert not (store.files_dir / person.content_hash).exists()
    assert result.recipients == ("Acme Cloud",)
    assert (result.applications, result.activities, result.attachments, result.files_removed) == (1, 1, 1, 1)


def test_erasure_keeps_anonymous_funnel_counts_and_writes_tombstones_and_audit(services, store, person):
    erasure.erase(store, [person.id])
    screening = services.pipeline.stage_by_name("Screening").id
    sourced = services.pipeline.stage_by_name("Sourced").id
    contacted = services.pipeline.stage_by_name("Contacted").id
    with store.sessions() as session:
        assert session.scalar(select(func.count(Application.id))) == 0
        counts = erasure.funnel_counts(session)[person.role_id]
        # Reaching Screening counts for every earlier stage, as in the reports' funnel.
        assert counts["reached"] == {sourced: 1, contacted: 1, screening: 1}
        assert counts["current"] == {screening: 1}
        assert session.scalar(select(func.count(Tombstone.id))) == 4  # email, phone, url, record key
        assert tombstones.is_erased(session, email=" Zebulonia.Quixotrenko@Example.org ")
        assert tombstones.is_erased(session, phone="611 22 33 44")
        assert tombstones.is_erased(session, url="https://www.linkedin.com/in/zquixo/")
        # However the profile was copied: a country host, http, tracking, another case.
        assert tombstones.is_erased(session, url="http://ES.linkedin.com/in/ZQuixo?originalSubdomain=es")
        assert not tombstones.is_erased(session, email="ana@example.com")
        entry = session.scalar(select(AuditEntry).where(AuditEntry.action == "erase"))
        assert entry.entity_id == person.id
        assert EMAIL not in json.dumps(entry.details) and NAME[0] not in json.dumps(entry.details)


def test_erasing_an_unknown_candidate_changes_nothing(store, person):
    with pytest.raises(NotFound):
        erasure.erase(store, [person.id, 999_999])
    with store.sessions() as session:
        assert session.scalar(select(func.count(Tombstone.id))) == 0


def test_a_shared_attachment_file_stays_for_the_other_candidate(services, store, person):
    from crm.domain import Attachment

    other = services.candidates.find_by_email("ana@example.com")
    with store.sessions.begin() as session:
        session.add(Attachment(candidate_id=other.id, filename="same.pdf", content_hash=person.content_hash))
    assert erasure.erase(store, [person.id]).files_removed == 0
    assert (store.files_dir / person.content_hash).exists()


def test_export_person_writes_json_and_xlsx_with_every_section(store, person, tmp_path):
    target = tmp_path / "out" / "person.zip"
    target.parent.mkdir()
    target.write_bytes(b"previous export")
    result = rights_export.export_person(store, person.id, target)
    assert result.sections == {"skills": 2, "applications": 1, "activities": 1, "attachments": 1, "disclosures": 1}
    with zipfile.ZipFile(target) as archive:
        data = json.loads(archive.read(f"candidate-{person.id}.json"))
        (tmp_path / "p.xlsx").write_bytes(archive.read(f"candidate-{person.id}.xlsx"))
    assert data["person"]["email"] == EMAIL and data["person"]["notes"].startswith("Prefers remote")
    assert data["disclosures"][0]["client"] == "Acme Cloud"
    assert [h["to_stage"] for h in data["applications"][0]["history"]] == ["Sourced", "Screening"]
    assert data["attachments"][0]["filename"] == "Zebulonia_CV.pdf" and CV_TEXT not in json.dumps(data)
    workbook = openpyxl.load_workbook(tmp_path / "p.xlsx")
    assert workbook.sheetnames == ["Person", "Skills", "Applications", "Stage history", "Activities",
                                   "Attachments", "Disclosures"]
    fields = {row[0]: row[1] for row in workbook["Person"].iter_rows(min_row=2, values_only=True)}
    assert fields["phone"] == PHONE and fields["last_name"] == NAME[1]
    assert list(target.parent.iterdir()) == [target]  # no temp file left
    with store.sessions() as session:
        entry = session.scalar(select(AuditEntry).where(AuditEntry.action == "export_person"))
        assert entry.details["due"] == result.due.isoformat()


def test_formula_like_text_is_exported_as_inert_text(services, store, tmp_path):
    created = services.candidates.create({"first_name": "Eve", "notes": "=HYPERLINK(\"http://x\",\"y\")"})
    target = tmp_path / "eve.zip"
    rights_export.export_person(store, created.id, target)
    with zipfile.ZipFile(target) as archive, zipfile.ZipFile(archive.open(f"candidate-{created.id}.xlsx")) as book:
        sheet = book.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet and "HYPERLINK" in sheet


def test_export_of_an_unknown_candidate_writes_nothing(store, tmp_path):
    with pytest.raises(NotFound):
        rights_export.export_person(store, 12345, tmp_path / "x.zip")
    assert list(tmp_path.glob("*x.zip*")) == []


def test_tombstones_written_before_profile_urls_had_one_form_still_hold(store):
    """Until migration 0005 a URL was hashed as then normalised (its country host and query kept)."""
    from crm.domain import Tombstone

    with store.sessions.begin() as session:
        session.add(Tombstone(key_hash=tombstones._digest("url", "https://es.linkedin.com/in/erased-long-ago")))
    with store.sessions() as session:
        assert tombstones.is_erased(session, url="https://es.linkedin.com/in/erased-long-ago/")
        assert not tombstones.is_erased(session, url="https://es.linkedin.com/in/someone-else")


def test_tombstones_written_when_profile_urls_kept_their_escapes_still_hold(store):
    """Until migration 0006 a profile copied as /in/ana-l%C3%B3pez was stored and hashed so; the person must
    not come back through an import that writes the letters out (/in/ana-lópez)."""
    from crm.domain import Tombstone

    with store.sessions.begin() as session:
        session.add(Tombstone(key_hash=tombstones._digest("url", "https://linkedin.com/in/ana-l%c3%b3pez-9")))
    with store.sessions() as session:
        assert tombstones.is_erased(session, url="https://linkedin.com/in/ana-lópez-9")
        assert tombstones.is_erased(session, url="es.linkedin.com/in/ana-l%C3%B3pez-9/")
        assert not tombstones.is_erased(session, url="https://linkedin.com/in/ana-lópez-10")
