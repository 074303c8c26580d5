"""Lists sort names as a Spanish recruiter expects (and Excel sorts): accents and case ignored, ñ after n.

Sorted by code point, "Álvarez", "Ávila", "Éboli" and "de la Fuente" came after "Zapata": over 100,000
imported candidates 2,027 accented surnames sat at the very end of the list.
"""

from __future__ import annotations

from import_fixtures import plain_xlsx
from sqlalchemy import text

from crm.importing.importer import ImportOptions, import_candidates
from crm.importing.undo import undo_import
from crm.services.board import BoardService
from crm.services.candidate_list import CandidateListService
from crm.services.candidate_merge import merge_candidates
from crm.services.client_overview import ClientOverviewService
from crm.services.role_overview import RoleOverviewService

# (first name, last name) in the order a user expects the list sorted by name.
EXPECTED = [("Luis", "Álvarez"), ("Marta", "Ávila"), ("Carmen", "de la Fuente"), ("Pablo", "Delgado"),
            ("Sara", "Éboli"), ("Juan", "Íñiguez"), ("Iker", "Nunez"), ("Pedro", "Núñez"), ("Eva", "Nuño"),
            ("Noa", "Oliva"), ("Rosa", "Úbeda"), ("Óscar", "Vázquez Álvarez"), ("Ana", "Zapata")]
# The same people as a file lists them.
IN_FILE = [EXPECTED[i] for i in (12, 0, 11, 1, 8, 6, 4, 9, 2, 7, 10, 3, 5)]


def names(listing: CandidateListService, ids: list[int]) -> list[str]:
    return [row.name for row in listing.rows(ids)]


def test_imported_surnames_with_an_accented_capital_sort_among_their_letter(tmp_path, store):
    path = plain_xlsx(tmp_path / "people.xlsx", ["Nombre", "Apellidos", "Email"],
                      *[[first, last, f"p{n}@example.com"] for n, (first, last) in enumerate(IN_FILE)])
    assert import_candidates(store, path).created == len(EXPECTED)
    listing = CandidateListService(store)
    expected = [f"{first} {last}" for first, last in EXPECTED]
    assert names(listing, listing.ids("name")) == expected
    assert names(listing, listing.ids("name", descending=True)) == expected[::-1]
    # The top of the list, read alone at start-up, is the same top.
    assert names(listing, listing.ids("name", include_archived=False, limit=3)) == expected[:3]
    # A search result sorted by name, too.
    found = listing.ids(None, restrict_to=listing.ids("name")[::-1])
    assert names(listing, listing.ids("name", restrict_to=found)) == expected


def test_lower_case_names_sort_with_their_letter_and_first_names_break_ties(store, services):
    # The bulk path takes rows as they are (already cleaned): a lower-case name stays lower-case.
    services.candidates.bulk_insert([{"first_name": "Zoe", "last_name": "Zapata"}, {"first_name": "eva", "last_name": "alonso"},
                                     {"first_name": "Ana", "last_name": "Ávila"}, {"first_name": "Álex", "last_name": "alonso"},
                                     {"first_name": "Bea", "last_name": "ALONSO"}])
    listing = CandidateListService(store)
    assert names(listing, listing.ids("name")) == ["Álex alonso", "Bea ALONSO", "eva alonso", "Ana Ávila",
                                                   "Zoe Zapata"]


def test_every_way_a_name_is_written_keeps_its_place(tmp_path, store, services):
    listing = CandidateListService(store)
    zapata = services.candidates.create({"first_name": "Ana", "last_name": "Zapata", "email": "ana@example.com"})
    bulk = services.candidates.bulk_insert([{"first_name": "Luis", "last_name": "Nuño"}])[0]
    bea = services.candidates.create({"first_name": "Bea", "last_name": "Martín"})
    assert names(listing, listing.ids("name")) == ["Bea Martín", "Luis Nuño", "Ana Zapata"]
    # Renamed by hand.
    services.candidates.update(zapata.id, zapata.version, {"last_name": "Ábalos"})
    assert names(listing, listing.ids("name")) == ["Ana Ábalos", "Bea Martín", "Luis Nuño"]
    # Renamed by an import that overwrites, and back by undoing it.
    path = plain_xlsx(tmp_path / "again.xlsx", ["Nombre", "Apellidos", "Email"], ["Ana", "Órdenes", "ana@example.com"])
    report = import_candidates(store, path, ImportOptions(on_duplicate="overwrite"))
    assert report.updated == 1
    assert names(listing, listing.ids("name")) == ["Bea Martín", "Luis Nuño", "Ana Órdenes"]
    undo_import(store, report.batch_id)
    assert names(listing, listing.ids("name")) == ["Ana Ábalos", "Bea Martín", "Luis Nuño"]
    # A merge that fills the kept record's empty surname.
    kept = services.candidates.create({"first_name": "Eva", "phone": "600111222"})
    assert listing.ids("name")[0] == kept.id  # no surname sorts first, as before
    other = services.candidates.create({"first_name": "Eva", "last_name": "Écija", "email": "eva@example.com"})
    assert merge_candidates(store, kept.id, kept.version, other.id, other.version)["filled"] == ["email", "last_name"]
    assert names(listing, listing.ids("name")) == ["Ana Ábalos", "Eva Écija", "Bea Martín", "Luis Nuño"]
    assert listing.ids("name")[1:4] == [kept.id, bea.id, bulk]


def test_the_sort_keys_stored_are_the_ones_the_name_index_serves(store, services):
    services.candidates.bulk_insert([{"first_name": "Óscar", "last_name": "Núñez", "city": "Ávila"}])
    with store.engine.connect() as connection:
        row = connection.execute(text("SELECT last_name_sort, first_name_sort, city_sort, current_title_sort "
                                      "FROM candidate")).one()
        assert tuple(row) == ("nun~ez", "oscar", "avila", None)
        plan = " ".join(str(r) for r in connection.exec_driver_sql(
            "EXPLAIN QUERY PLAN SELECT id FROM candidate ORDER BY last_name_sort, first_name_sort, id"))
    assert "ix_candidate_name_sort" in plan and "TEMP B-TREE" not in plan


def test_titles_companies_and_cities_sort_ignoring_accents_and_case(store, services):
    people = [("Ávila", "glovo", "técnico de sistemas"), ("Zaragoza", "Zara", "Desarrollador"),
              ("A Coruña", "Ámbito Digital", "Ingeniero Backend"), ("madrid", "Banco Ñ", None),
              (None, "BBVA", "ingeniera de datos")]
    ids = [services.candidates.create({"first_name": f"P{n}", "city": city, "current_company": company,
                                       "current_title": title}).id for n, (city, company, title) in enumerate(people)]
    listing = CandidateListService(store)

    def column(key, **options):
        return [getattr(row, key) for row in listing.rows(listing.ids(key, **options))]

    assert column("city") == ["A Coruña", "Ávila", "madrid", "Zaragoza", None]  # empty values last
    assert column("city", descending=True) == ["Zaragoza", "madrid", "Ávila", "A Coruña", None]
    assert column("company") == ["Ámbito Digital", "Banco Ñ", "BBVA", "glovo", "Zara"]
    assert column("title") == ["Desarrollador", "ingeniera de datos", "Ingeniero Backend", "técnico de sistemas", None]
    # Search results sorted by a column, the same way.
    assert [row.company for row in listing.rows(listing.ids("company", restrict_to=ids[::-1]))] == \
        ["Ámbito Digital", "Banco Ñ", "BBVA", "glovo", "Zara"]


def test_clients_roles_and_applicants_sort_by_name_the_same_way(store, services):
    for name in ("Zeta Gaming", "Ámbito Digital", "acme", "Banco Ñandú", "Banco Norte"):
        services.companies.create({"name": name})
    expected = ["acme", "Ámbito Digital", "Banco Norte", "Banco Ñandú", "Zeta Gaming"]
    assert [row.name for row in ClientOverviewService(store).rows()] == expected
    assert [record.name for record in services.companies.list_all()] == expected
    by_name = {record.name: record.id for record in services.companies.list_all()}
    roles = [services.roles.create({"title": "Backend", "company_id": by_name[name]}) for name in
             ("Zeta Gaming", "Ámbito Digital", "acme")]
    board = BoardService(store)
    assert [name for _id, name in board.clients()] == ["acme", "Ámbito Digital", "Zeta Gaming"]
    assert [row.role.client for row in board.overview()] == ["acme", "Ámbito Digital", "Zeta Gaming"]
    people = [services.candidates.create({"first_name": first, "last_name": last}) for first, last in
              (("Ana", "Zapata"), ("Luis", "Álvarez"), ("Bea", "de la Fuente"), ("Eva", "Delgado"))]
    for person in people:
        services.pipeline.add_to_role(person.id, roles[0].id)
    applicants = RoleOverviewService(store).candidates(roles[0].id)
    assert [row.name for row in applicants] == ["Luis Álvarez", "Bea de la Fuente", "Eva Delgado", "Ana Zapata"]
