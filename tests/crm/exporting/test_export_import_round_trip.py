"""The candidate list export, imported into a fresh database through the real importer: nothing lost."""

from __future__ import annotations

from dataclasses import fields
from datetime import UTC, date, datetime

import pytest

from crm.exporting.candidate_list import export_candidate_list
from crm.importing.importer import import_candidates
from crm.persistence.store import open_store
from crm.services import Services
from crm.services.demo import load_demo
from crm.services.records import CandidateRecord

NOT_COMPARED = {"id", "created_at", "updated_at", "version"}  # the new database's own bookkeeping
LONG_SKILL = "Advanced Distributed Systems Engineering"  # 40 characters

TRICKY = [
    ({"first_name": "José Ángel", "last_name": "Núñez de la Fuente", "email": "jose.nunez@example.es",
      "phone": "+34611222333", "city": "A Coruña", "country": "ES", "expected_salary": 50_000,
      "expected_salary_max": 55_000, "current_salary": 47_500, "notice_days": 0, "years_experience": 0.5,
      "available_from": date(2027, 1, 15), "notes": '=HYPERLINK("http://x")', "summary": "-5 años en banca\n+ equipo",
      "seniority": "junior", "english_level": "A2", "remote_preference": "onsite", "status": "placed",
      "lawful_basis": "applied_to_role", "retention_until": date(2028, 12, 31),
      "last_activity_at": datetime(2026, 11, 20, 9, 30, 15, tzinfo=UTC)},
     [("python", 6.5), ("Django", 3.1415926), ("C++", 12.0), ("CI/CD", None), (".NET", 0.25)]),
    ({"first_name": "Seán", "last_name": "O'Brien", "email": "sean.obrien@example.ie", "phone": "+353851234567",
      "country": "IE", "notes": "@SUM(A1)\nsecond line\n\tindented", "english_level": "C2",
      "remote_preference": "remote", "github_url": "https://github.com/seanob", "source": "Meetup",
      "status": "do_not_contact", "lawful_basis": "legitimate_interest", "consent_evidence": "+ phone call",
      "current_title": "Staff Engineer", "current_company": "Acme, S.L.", "seniority": "principal"},
     [(LONG_SKILL, 4.0), ("Kubernetes", None), ("Go", 9.5)]),
    ({"first_name": "王小明", "last_name": "", "email": "wang@example.cn", "city": "上海",
      "linkedin_url": "https://linkedin.com/in/wang-xiaoming", "status": "archived",
      "lawful_basis": "consent_future_roles", "consent_date": date(2026, 3, 1),
      "consent_evidence": "Formulario web 01/03/2026", "retention_until": date(2028, 3, 1),
      "summary": "#1 en su promoción", "years_experience": 12.25},
     [("Rust", 2.0)]),
    ({"first_name": "Solo", "last_name": "Nombre"}, []),  # nothing but a name
]


@pytest.fixture
def source(services):
    load_demo(services.store, 60)
    for values, skills in TRICKY:
        services.candidates.bulk_insert([values], [skills])
    return services


def _comparable(record: CandidateRecord) -> dict:
    data = {f.name: getattr(record, f.name) for f in fields(CandidateRecord) if f.name not in NOT_COMPARED}
    data["skills"] = sorted((s.name, s.years) for s in record.skills)
    return data


def test_every_field_of_every_candidate_comes_back(source, tmp_path):
    path = tmp_path / "candidates.xlsx"
    export_candidate_list(source.store, path, columns="all")
    target = open_store(str(tmp_path / "fresh.db"))
    try:
        report = import_candidates(target, path)
        back = {r.email or r.full_name: _comparable(r) for r in Services.for_store(target).candidates.iter_all()}
    finally:
        target.close()
    original = {r.email or r.full_name: _comparable(r) for r in source.candidates.iter_all()}

    assert report.rejected == [] and report.created == len(original) == 64
    # Only the export's own bookkeeping columns are left out, and the report says so.
    assert [(w.row, w.column) for w in report.warnings] == [(None, "ID"), (None, "Updated (UTC)")]
    assert back.keys() == original.keys()
    for key, before in original.items():
        for field, value in before.items():
            assert back[key][field] == value, (key, field)


def test_tricky_values_arrive_exactly(source, tmp_path):
    path = tmp_path / "candidates.xlsx"
    export_candidate_list(source.store, path, columns="all")
    target = open_store(str(tmp_path / "fresh.db"))
    try:
        import_candidates(target, path)
        by_email = {r.email: r for r in Services.for_store(target).candidates.iter_all()}
    finally:
        target.close()
    nunez, obrien, wang = by_email["jose.nunez@example.es"], by_email["sean.obrien@example.ie"], by_email["wang@example.cn"]
    assert nunez.notes == '=HYPERLINK("http://x")' and obrien.notes == "@SUM(A1)\nsecond line\n\tindented"
    assert (nunez.expected_salary, nunez.expected_salary_max, nunez.status) == (50_000, 55_000, "placed")
    assert ("Django", 3.1415926) in [(s.name, s.years) for s in nunez.skills]
    assert (LONG_SKILL, 4.0) in [(s.name, s.years) for s in obrien.skills] and obrien.status == "do_not_contact"
    assert (wang.first_name, wang.last_name, wang.city, wang.consent_date) == ("王小明", "", "上海", date(2026, 3, 1))


def test_importing_the_export_again_changes_nothing(source, tmp_path):
    path = tmp_path / "candidates.xlsx"
    export_candidate_list(source.store, path, columns="all")
    before = [_comparable(r) for r in source.candidates.iter_all()]
    report = import_candidates(source.store, path)
    assert (report.created, report.updated, report.rejected) == (0, 0, [])
    assert [_comparable(r) for r in source.candidates.iter_all()] == before


def test_the_list_imported_back_into_its_own_database_changes_no_one(tmp_path, store, services):
    """A note longer than a cell is cut by the export with a marker; imported back, that copy was appended to
    the whole note (40,003 characters grew to 72,771). Nothing changes now, and the same list again neither."""
    long_note = "Entrevista técnica: " + "muy buen perfil backend. " * 1_600
    ana = services.candidates.create({"first_name": "Ana", "last_name": "Ruiz", "email": "ana@example.com",
                                      "notes": long_note})
    services.candidates.create({"first_name": "Luis", "last_name": "Gil", "email": "luis@example.com",
                                "notes": "llamar en enero"})
    export_candidate_list(store, tmp_path / "lista.xlsx", columns="all")
    report = import_candidates(store, tmp_path / "lista.xlsx")
    assert (report.created, report.updated) == (0, 0)
    assert services.candidates.get(ana.id).notes == long_note.strip()


def test_the_default_list_imported_back_adds_no_id_to_anyones_notes(tmp_path, store, services):
    """Without its Created/Updated columns the list was not known for ours: its ID column went to the notes,
    "ID: 1" added to every person."""
    load_demo(store, 12)
    export_candidate_list(store, tmp_path / "lista.xlsx")
    report = import_candidates(store, tmp_path / "lista.xlsx")
    assert (report.created, report.updated, report.skipped) == (0, 0, 12)
    assert [(w.column, w.reason) for w in report.warnings] == [
        ("ID", "record id or update time of the database this list was exported from; not imported")]
