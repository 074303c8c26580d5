"""Migration 0011: candidates stored before it get the sort keys the app writes now (crm.domain.sorting), so
the list sorts them as a reader expects from the first start of the new version ("Álvarez" among the A's,
not after "Zapata"), and the default sort is still read from an index."""

import sqlite3

from old_databases import database_at

from crm.domain.sorting import CANDIDATE_SORT_KEYS, sort_key
from crm.persistence.migrate import upgrade
from crm.persistence.store import open_store
from crm.services.candidate_list import CandidateListService

STORED = [  # (first_name, last_name, city, current_company, current_title) as versions up to 0010 stored them
    ("Ana", "Zapata", "Zaragoza", "Zara", None),
    ("Luis", "Álvarez", "Ávila", "glovo", "Ingeniero Backend"),
    ("Óscar", "Vázquez Álvarez", None, "Ámbito Digital", "desarrollador"),
    ("Eva", "Núñez", "A Coruña", None, "Técnica de Sistemas"),
    ("Bea", "", "madrid", "BBVA", "Data Engineer"),
    ("Iker", "Nuño", "Málaga", "acme", None),
]


def test_candidates_stored_before_sort_as_a_reader_expects(tmp_path):
    db = tmp_path / "old.db"
    engine = database_at(db, "0010_github_profile_key")
    with sqlite3.connect(db) as raw:
        raw.executemany("INSERT INTO candidate (first_name, last_name, city, current_company, current_title, status, "
                        "created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, 'active', '2026-01-01', "
                        "'2026-01-01', 4)", STORED)
    raw.close()

    upgrade(engine, backup_dir=tmp_path / "backups")
    engine.dispose()

    columns = ", ".join([*CANDIDATE_SORT_KEYS, *CANDIDATE_SORT_KEYS.values(), "version"])
    with sqlite3.connect(db) as raw:
        rows = raw.execute(f"SELECT {columns} FROM candidate ORDER BY id").fetchall()  # noqa: S608
        indexes = {name for (name,) in raw.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    raw.close()
    for row in rows:  # the keys the app writes now; the records themselves unchanged (same version)
        texts, keys = row[:5], row[5:10]
        assert keys == tuple(sort_key(value) for value in texts) and row[10] == 4
    assert "ix_candidate_name_sort" in indexes

    store = open_store(str(db))
    try:
        listing = CandidateListService(store)
        assert [row.name for row in listing.rows(listing.ids("name"))] == [
            "Bea", "Luis Álvarez", "Eva Núñez", "Iker Nuño", "Óscar Vázquez Álvarez", "Ana Zapata"]
        assert [row.city for row in listing.rows(listing.ids("city"))] == [
            "A Coruña", "Ávila", "madrid", "Málaga", "Zaragoza", None]
        assert [row.company for row in listing.rows(listing.ids("company"))] == [
            "acme", "Ámbito Digital", "BBVA", "glovo", "Zara", None]
        assert [row.title for row in listing.rows(listing.ids("title"))] == [
            "Data Engineer", "desarrollador", "Ingeniero Backend", "Técnica de Sistemas", None, None]
    finally:
        store.close()
