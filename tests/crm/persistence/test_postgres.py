"""The same migrations and services on a real PostgreSQL server (team mode)."""


import pytest
from sqlalchemy import inspect, text

from crm.domain.errors import Conflict, StaleVersion
from crm.persistence.store import open_store
from crm.services import Services

pytestmark = pytest.mark.postgres


def test_migrations_and_services_run_on_postgresql(pg_url):
    store = open_store(pg_url)
    try:
        assert "candidate" in inspect(store.engine).get_table_names()
        svc = Services.for_store(store)
        company = svc.companies.create({"name": "Acme Tech S.L."})
        role = svc.roles.create({"title": "Backend", "company_id": company.id}, ["postgres"])
        candidate = svc.candidates.create({"first_name": "Ana", "email": "ANA@x.es"}, ["python", "postgresql"])
        ids = svc.candidates.bulk_insert([{"first_name": "Bea"}, {"first_name": "Carla"}], [["java"], ["go"]])
        assert [svc.candidates.get(i).first_name for i in ids] == ["Bea", "Carla"]
        application = svc.pipeline.add_to_role(candidate.id, role.id)
        moved = svc.pipeline.move(application.id, svc.pipeline.stage_by_name("Screening").id, note="ok")
        assert moved.stage == "Screening"
        with pytest.raises(Conflict):
            svc.companies.create({"name": "ACME TECH, SL"})
        from crm.services.search import SearchService

        search = SearchService(store)
        assert search.search("skill:postgres").ids == [candidate.id]
        assert search.search("ana").ids == [candidate.id]
        assert sorted(search.search("bea OR carla").ids) == sorted(ids)
        assert search.search("100%_sure").ids == []
        svc.candidates.update(candidate.id, candidate.version, {"city": "Madrid"})
        with pytest.raises(StaleVersion):
            svc.candidates.update(candidate.id, candidate.version, {"city": "Vigo"})
        # A possible duplicate folded into the record kept: fields, skills, notes, search, audit.
        from crm.services.candidate_merge import merge_candidates

        copy = svc.candidates.create({"first_name": "Ana", "email": "ana.work@x.es", "phone": "600111222"}, ["kafka"])
        kept = svc.candidates.get(candidate.id)
        merge_candidates(store, kept.id, kept.version, copy.id, copy.version)
        ana = svc.candidates.get(candidate.id)
        assert ana.phone == "+34600111222" and "ana.work@x.es" in ana.notes
        assert search.search("skill:kafka").ids == [candidate.id]
    finally:
        store.close()
    # Opening again is a no-op migration.
    again = open_store(pg_url)
    assert again.migration is None
    again.close()


def test_skills_under_old_spellings_merge_on_postgresql(pg_url, tmp_path):
    """Migration 0007 on PostgreSQL: its undo records are JSON there, its booleans real booleans."""
    from old_databases import (
        SKILLS_AFTER_0007,
        add_skills_as_0006_stored_them,
        database_url_at,
        skills_after_0007,
    )

    from crm.persistence.migrate import upgrade

    engine = database_url_at(pg_url, "0006_profile_url_letters")
    try:
        add_skills_as_0006_stored_them(engine)
        upgrade(engine, backup_dir=tmp_path / "backups")
        assert skills_after_0007(engine) == SKILLS_AFTER_0007
    finally:
        engine.dispose()


def test_imports_find_people_again_and_undo_to_the_state_before_on_postgresql(pg_url, tmp_path):
    """Candidates and roles imported into PostgreSQL: a second import of the same file finds everyone (the
    lookups there go through SQLAlchemy, not SQLite's driver), and undoing the imports leaves the tables,
    the skill catalogue included, as they were before."""
    from import_fixtures import plain_xlsx, roles_xlsx

    from crm.importing.importer import import_candidates
    from crm.importing.roles import import_roles
    from crm.importing.undo import undo_import

    store = open_store(pg_url)
    try:
        svc = Services.for_store(store)
        svc.candidates.create({"first_name": "Eva", "last_name": "Sanz", "email": "eva@example.com"}, ["Python"])

        def tables():
            with store.engine.connect() as connection:
                return {table: connection.execute(text(f"SELECT * FROM {table} ORDER BY 1, 2")).all()  # noqa: S608
                        for table in ("candidate", "candidate_skill", "skill", "company", "role", "role_skill")}

        before = tables()
        people = plain_xlsx(tmp_path / "people.xlsx", ["Nombre", "Email", "Teléfono", "LinkedIn", "Tecnologías"],
                            ["Luis Gil", "LUIS@example.com", "600 111 222", "linkedin.com/in/luis-gil", "Elixir, Python"],
                            ["Eva Sanz", " eva@example.com", "", "", "Haskell"],
                            # Known by the profile alone, with an accented capital: PostgreSQL's lower() lowers
                            # it, SQLite's does not; the lookup must find Álvaro again all the same.
                            ["Álvaro Ruiz", "", "", "https://es.linkedin.com/in/ÁLVARO-RUIZ", "Go"])
        first = import_candidates(store, people)
        assert (first.created, first.updated) == (2, 1)
        again = import_candidates(store, people)
        assert (again.created, again.updated, again.skipped) == (0, 0, 3)
        roles = import_roles(store, roles_xlsx(tmp_path / "roles.xlsx"))
        assert roles.created == 4

        for batch in (roles.batch_id, again.batch_id, first.batch_id):
            undo_import(store, batch)
        assert tables() == before
    finally:
        store.close()


def test_the_list_sorts_names_as_a_reader_expects_on_postgresql(pg_url, tmp_path):
    """Migration 0011 fills the sort keys of candidates stored before it, the app writes them for new ones, and
    PostgreSQL orders them by code point ("C" collation) whatever the server's locale: "Álvarez" among the A's,
    ñ after n, as on SQLite."""
    from old_databases import database_url_at

    from crm.persistence.migrate import upgrade
    from crm.services.candidate_list import CandidateListService

    engine = database_url_at(pg_url, "0010_github_profile_key")
    try:
        with engine.begin() as connection:
            connection.execute(text("INSERT INTO candidate (first_name, last_name, city, status, created_at, updated_at, "
                                    "version) VALUES ('Ana', 'Zapata', 'Zaragoza', 'active', now(), now(), 1), "
                                    "('Luis', 'Álvarez', 'Ávila', 'active', now(), now(), 1)"))
        upgrade(engine, backup_dir=tmp_path / "backups")
    finally:
        engine.dispose()
    store = open_store(pg_url)
    try:
        svc = Services.for_store(store)
        svc.candidates.create({"first_name": "Pedro", "last_name": "Núñez", "city": "A Coruña"})
        svc.candidates.bulk_insert([{"first_name": "eva", "last_name": "alonso", "city": "madrid"},
                                    {"first_name": "Sara", "last_name": "Nuño"}, {"first_name": "Iker", "last_name": "Nunez"}])
        listing = CandidateListService(store)
        assert [row.name for row in listing.rows(listing.ids("name"))] == [
            "eva alonso", "Luis Álvarez", "Iker Nunez", "Pedro Núñez", "Sara Nuño", "Ana Zapata"]
        assert [row.city for row in listing.rows(listing.ids("city"))][:4] == ["A Coruña", "Ávila", "madrid", "Zaragoza"]
        with store.engine.connect() as connection:
            collations = set(connection.execute(text(
                "SELECT collation_name FROM information_schema.columns WHERE table_name = 'candidate' "
                "AND column_name LIKE '%\\_sort'")).scalars())
        assert collations == {"C"}
    finally:
        store.close()


def test_search_finds_names_and_cities_whatever_their_accents_on_postgresql(pg_url):
    """"jose" missed José, "malaga" everyone in Málaga, "nunez" Núñez: ILIKE on the raw columns (the FTS5
    index that folds them on SQLite is not there). A recruiter finding nobody adds the person again."""
    from crm.services.search import SearchService

    store = open_store(pg_url)
    try:
        svc = Services.for_store(store)
        jose = svc.candidates.create({"first_name": "José Luis", "last_name": "Núñez Ibáñez", "city": "Málaga",
                                      "current_company": "Telefónica"}).id
        eva = svc.candidates.create({"first_name": "Eva", "last_name": "Nunez", "city": "A Coruña"}).id
        svc.candidates.create({"first_name": "Josefa", "last_name": "García", "city": "Madrid"})
        search = SearchService(store)
        found = {query: sorted(search.search(query).ids) for query in (
            "jose luis", "JOSÉ nunez", "núñez", "nunez", "malaga", "city:malaga", "coruna", "company:telefonica",
            "ibanez")}
        assert found == {"jose luis": [jose], "JOSÉ nunez": [jose], "núñez": sorted([jose, eva]),
                         "nunez": sorted([jose, eva]), "malaga": [jose], "city:malaga": [jose], "coruna": [eva],
                         "company:telefonica": [jose], "ibanez": [jose]}
    finally:
        store.close()
