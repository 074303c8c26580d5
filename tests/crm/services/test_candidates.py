import pytest
from sqlalchemy import select

from crm.domain import CandidateSkill
from crm.domain.errors import Conflict, NotFound, StaleVersion, ValidationError
from crm.services import Services


def test_create_normalises_and_canonicalises_skills(services):
    record = services.candidates.create(
        {"first_name": "ana", "last_name": "GARCÍA", "email": " ANA@Example.com", "phone": "600112233"},
        ["postgres", ("Python", 6), "PostgreSQL", "node"],
    )
    assert (record.first_name, record.last_name, record.email, record.phone) == (
        "Ana", "García", "ana@example.com", "+34600112233")
    assert sorted(s.name for s in record.skills) == ["Node.js", "PostgreSQL", "Python"]
    assert next(s.years for s in record.skills if s.key == "python") == 6
    assert services.candidates.get(record.id) == record


def test_same_email_in_another_case_is_refused(services):
    first = services.candidates.create({"first_name": "Ana", "email": "ana@example.com"})
    with pytest.raises(Conflict) as caught:
        services.candidates.create({"first_name": "Ana B", "email": "  ANA@EXAMPLE.COM"})
    assert caught.value.existing_id == first.id


def test_update_with_current_version_applies_and_bumps_version(services):
    record = services.candidates.create({"first_name": "Ana"})
    updated = services.candidates.update(record.id, record.version, {"city": "Madrid", "expected_salary": "55000"})
    assert updated.city == "Madrid"
    assert updated.expected_salary == 55000
    assert updated.version == record.version + 1


def test_stale_version_is_refused_and_nothing_is_merged(services):
    record = services.candidates.create({"first_name": "Ana", "city": "Madrid"})
    services.candidates.update(record.id, record.version, {"city": "Valencia"})  # someone else saved first
    with pytest.raises(StaleVersion):
        services.candidates.update(record.id, record.version, {"city": "Sevilla", "notes": "mine"})
    current = services.candidates.get(record.id)
    assert current.city == "Valencia"
    assert current.notes is None


def test_stale_version_from_a_second_app_instance(store, db_path):
    from crm.persistence.store import open_store

    first = Services.for_store(store)
    second_store = open_store(str(db_path))
    try:
        second = Services.for_store(second_store)
        record = first.candidates.create({"first_name": "Ana"})
        seen_by_second = second.candidates.get(record.id)
        first.candidates.update(record.id, record.version, {"city": "Bilbao"})
        with pytest.raises(StaleVersion):
            second.candidates.update(seen_by_second.id, seen_by_second.version, {"city": "Vigo"})
    finally:
        second_store.close()


def test_validation_error_names_the_field(services):
    record = services.candidates.create({"first_name": "Ana"})
    with pytest.raises(ValidationError) as caught:
        services.candidates.update(record.id, record.version, {"email": "nope"})
    assert caught.value.for_field("email")


def test_update_cannot_remove_every_identifier(services):
    record = services.candidates.create({"first_name": "Ana"})
    with pytest.raises(ValidationError):
        services.candidates.update(record.id, record.version, {"first_name": ""})


def test_archive_and_delete(services, store):
    record = services.candidates.create({"first_name": "Ana"}, ["java"])
    archived = services.candidates.archive(record.id, record.version)
    assert archived.status == "archived"
    services.candidates.delete(record.id)
    with pytest.raises(NotFound):
        services.candidates.get(record.id)
    with store.sessions() as session:
        assert session.scalars(select(CandidateSkill)).all() == []


def test_bulk_insert_returns_ids_in_order_with_skills(services):
    ids = services.candidates.bulk_insert(
        [{"first_name": "Ana", "email": "a@x.es"}, {"first_name": "Bea"}, {"first_name": "Carla"}],
        [["java", "Spring Boot"], [], [("golang", 3.0)]],
    )
    assert [services.candidates.get(i).first_name for i in ids] == ["Ana", "Bea", "Carla"]
    assert [s.name for s in services.candidates.get(ids[0]).skills] == ["Java", "Spring"]
    assert services.candidates.get(ids[2]).skills[0].name == "Go"
    assert services.candidates.count() == 3


def test_iter_all_pages_through_every_candidate(services):
    services.candidates.bulk_insert([{"first_name": f"P{i}"} for i in range(25)])
    names = [r.first_name for r in services.candidates.iter_all(batch_size=7)]
    assert names == [f"P{i}" for i in range(25)]


def test_bulk_insert_fits_an_sqlite_that_binds_only_999_values(store, services):
    """SQLite before 3.32 allows 999 bound values a statement: multi-row inserts must shrink to fit."""
    import sqlite3

    from crm.persistence import search_index

    rows = [{"first_name": f"Persona{i}", "email": f"p{i}@x.es", "city": "Madrid"} for i in range(1234)]
    skills = [["python", "Django"] if i % 2 else [("golang", 3.0)] for i in range(1234)]
    with store.engine.connect() as connection:
        connection.connection.dbapi_connection.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 999)
        with store.sessions(bind=connection) as session, session.begin():
            ids = services.candidates.bulk_insert(rows, skills, session=session)
            assert search_index.is_available(connection)
    assert len(ids) == 1234
    assert [services.candidates.get(i).first_name for i in (ids[0], ids[31], ids[32], ids[-1])] == [
        "Persona0", "Persona31", "Persona32", "Persona1233"]
    assert [s.name for s in services.candidates.get(ids[-1]).skills] == ["Django", "Python"]
    with store.engine.connect() as connection:
        found = connection.exec_driver_sql(
            "SELECT count(*) FROM candidate_fts WHERE candidate_fts MATCH 'django'").scalar()
    assert found == 617


def test_bulk_insert_with_canonical_skills_names_a_new_skill_by_its_first_spelling(services):
    """An importer passes skills it has canonicalised: (key, name, years), each key once a row."""
    ids = services.candidates.bulk_insert(
        [{"first_name": "Ana"}, {"first_name": "Bea"}],
        canonical_skills=[[("event_sourcing", "Event sourcing", None)],
                          [("event_sourcing", "EVENT SOURCING", 2.0), ("python", "Python", 3.0)]])
    assert [(s.name, s.years) for s in services.candidates.get(ids[0]).skills] == [("Event sourcing", None)]
    assert sorted((s.name, s.years) for s in services.candidates.get(ids[1]).skills) == [
        ("Event sourcing", 2.0), ("Python", 3.0)]
