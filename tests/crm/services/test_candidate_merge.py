"""Folding a duplicate record into the one the recruiter keeps: nothing the duplicate had is lost."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from crm.domain.errors import Conflict, NotFound, StaleVersion
from crm.services.candidate_merge import merge_candidates


def _ids(services, *rows):
    return [services.candidates.create(data, skills).id for data, skills in rows]


def test_the_kept_record_gains_the_others_empty_fields_skills_and_differing_contacts(store, services):
    keep, other = _ids(services,
                       ({"first_name": "Laura", "last_name": "Gómez", "email": "laura@example.com", "city": "Madrid"},
                        [("Python", None), "Django"]),
                       ({"first_name": "Laura", "last_name": "Gomez Ruiz", "email": "lgomez@work.es", "phone": "+34600111222",
                         "city": "Madrid", "expected_salary": 55000, "notes": "Prefiere remoto"},
                        [("Python", 6), "Kubernetes"]))

    result = merge_candidates(store, keep, 1, other, 1)

    laura = services.candidates.get(keep)
    assert (laura.phone, laura.expected_salary, laura.email) == ("+34600111222", 55000, "laura@example.com")
    assert "Prefiere remoto" in laura.notes
    # What could not fill an empty field is kept in the notes, not dropped.
    assert "lgomez@work.es" in laura.notes and "Gomez Ruiz" in laura.notes
    assert {(s.name, s.years) for s in laura.skills} == {("Python", 6), ("Django", None), ("Kubernetes", None)}
    assert laura.version == 2
    assert set(result["filled"]) >= {"phone", "expected_salary"} and result["noted"] == ["last_name", "email"]
    with pytest.raises(NotFound):
        services.candidates.get(other)
    # Search finds the kept record by what it gained, and no longer finds the deleted one.
    with store.engine.connect() as connection:
        rows = connection.execute(text("SELECT rowid FROM candidate_fts WHERE candidate_fts MATCH 'kubernetes'")).scalars().all()
        audit = connection.execute(text("SELECT action, entity_id FROM audit_entry WHERE action = 'merge'")).all()
    assert rows == [keep]
    assert audit == [("merge", keep)]


def test_the_others_email_moves_to_a_kept_record_without_one(store, services):
    keep, other = _ids(services, ({"first_name": "Pau", "last_name": "Vidal", "phone": "+34611222333"}, []),
                       ({"first_name": "Pau", "last_name": "Vidal", "email": "pau@example.com"}, []))
    merge_candidates(store, keep, 1, other, 1)
    assert services.candidates.get(keep).email == "pau@example.com"


def test_a_record_edited_since_the_user_looked_is_not_merged(store, services):
    keep, other = _ids(services, ({"first_name": "Ana", "last_name": "Ruiz", "email": "ana@example.com"}, []),
                       ({"first_name": "Ana", "last_name": "Ruiz", "phone": "+34622333444"}, []))
    services.candidates.update(other, 1, {"city": "Bilbao"})
    with pytest.raises(StaleVersion):
        merge_candidates(store, keep, 1, other, 1)
    assert services.candidates.get(other).city == "Bilbao" and services.candidates.get(keep).phone is None


def test_a_record_with_history_of_its_own_is_not_folded_in(store, services):
    keep, other = _ids(services, ({"first_name": "Eva", "last_name": "Sanz", "email": "eva@example.com"}, []),
                       ({"first_name": "Eva", "last_name": "Sanz", "phone": "+34633444555"}, []))
    client = services.companies.create({"name": "Acme"})
    role = services.roles.create({"company_id": client.id, "title": "Backend"})
    services.pipeline.add_to_role(other, role.id)
    with pytest.raises(Conflict, match="applications"):
        merge_candidates(store, keep, 1, other, 1)
    assert services.candidates.get(other).phone == "+34633444555"


def test_a_record_is_not_merged_with_itself(store, services):
    (only,) = _ids(services, ({"first_name": "Iker", "last_name": "Sáez"}, []))
    with pytest.raises(Conflict):
        merge_candidates(store, only, 1, only, 1)


def test_a_person_who_asked_not_to_be_contacted_on_either_record_stays_so(store, services):
    keep, other = _ids(services, ({"first_name": "Nuria", "last_name": "Peña", "email": "nuria@example.com"}, []),
                       ({"first_name": "Nuria", "last_name": "Peña", "status": "do_not_contact"}, []))
    merge_candidates(store, keep, 1, other, 1)
    assert services.candidates.get(keep).status == "do_not_contact"


def test_merged_into_names_who_holds_a_merged_record_now(store, services):
    from crm.services.candidate_merge import merged_into

    first, second, third, untouched = _ids(services, *[({"first_name": name}, []) for name in ("A", "B", "C", "D")])
    merge_candidates(store, second, 1, first, 1)  # A into B
    merge_candidates(store, third, 1, second, services.candidates.get(second).version)  # then B into C
    with store.sessions() as session:
        assert merged_into(session, [first, second, untouched]) == {first: third, second: third}
        assert merged_into(session, []) == {}
