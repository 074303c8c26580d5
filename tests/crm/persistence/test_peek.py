"""The read-only start-up preview lists candidates exactly as the list service does, never writes,
and declines any file the full start-up must look at first."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest

from crm.persistence.peek import open_peek
from crm.persistence.schema_head import SCHEMA_HEAD
from crm.persistence.store import open_store
from crm.services import Services
from crm.services.candidate_list import CandidateListService
from crm.services.candidate_row import SORT_COLUMNS


@pytest.fixture
def varied_db(db_path):
    """People with gaps in every sortable column, ties on names, archived ones and skills with and
    without years: the cases where two orderings could disagree."""
    store = open_store(str(db_path))
    services = Services.for_store(store)
    rows = []
    for i in range(60):
        rows.append({
            "first_name": ["Ana", "Luis", "Álvaro", "zoe", ""][i % 5],
            "last_name": ["García", "garcia", "Pérez", "Núñez", "Ortega", "Ortega"][i % 6],
            "email": f"p{i}@example.com" if i % 4 else None,
            "city": ["Madrid", None, "Sevilla", "Barcelona"][i % 4],
            "current_title": None if i % 3 == 0 else f"Backend {i % 7}",
            "current_company": None if i % 5 == 0 else f"Acme {i % 4}",
            "years_experience": None if i % 6 == 0 else float(i % 11),
            "expected_salary": None if i % 7 == 0 else 30000 + (i % 9) * 1000,
            "notice_days": None if i % 2 == 0 else (i % 4) * 15,
        })
    skills = [[("Python", 5), "SQL", ("Java", 2), ("Go", None)] if i % 2 else [] for i in range(60)]
    ids = services.candidates.bulk_insert(rows, skills)
    for candidate_id in ids[::9]:
        record = services.candidates.get(candidate_id)
        services.candidates.archive(candidate_id, record.version)
    store.close()
    return db_path


def test_the_preview_lists_exactly_what_the_list_service_lists(varied_db):
    store = open_store(str(varied_db))
    service = CandidateListService(store)
    peek = open_peek(varied_db)
    assert peek is not None
    try:
        for key in SORT_COLUMNS:
            for descending in (False, True):
                for archived in (True, False):
                    expected = service.ids(key, descending, None, archived)
                    assert peek.ids(key, descending, None, archived) == expected, (key, descending, archived)
                    assert peek.ids(key, descending, None, archived, 7) == expected[:7]
        assert peek.count() == service.count() == 60
        assert peek.count(include_archived=False) == service.count(include_archived=False) == 53
        every = service.ids()
        assert peek.rows(every) == service.rows(every)
        assert any(row.top_skills == "Python, Java, Go" for row in peek.rows(every))
        assert peek.has_any()
    finally:
        peek.close()
        store.close()


def test_reading_the_preview_leaves_the_file_untouched(varied_db):
    before = varied_db.read_bytes()
    peek = open_peek(varied_db)
    peek.rows(peek.ids())
    peek.close()
    assert varied_db.read_bytes() == before
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        connection = open_peek(varied_db)._connection  # the connection itself refuses writes
        connection.execute("DELETE FROM candidate")


def test_no_preview_for_a_file_the_full_start_up_must_see_first(tmp_path, varied_db):
    assert open_peek(tmp_path / "missing.db") is None
    not_sqlite = tmp_path / "book.db"
    not_sqlite.write_bytes(b"PK\x03\x04 an xlsx renamed" * 50)
    assert open_peek(not_sqlite) is None
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    assert open_peek(empty) is None
    for revision in ("0002", "9999_from_a_newer_app"):  # to migrate / to refuse: not a preview's call
        with sqlite3.connect(varied_db) as connection:
            connection.execute("UPDATE alembic_version SET version_num = ?", (revision,))
        assert open_peek(varied_db) is None
    with sqlite3.connect(varied_db) as connection:
        connection.execute("UPDATE alembic_version SET version_num = ?", (SCHEMA_HEAD,))
    assert open_peek(varied_db) is not None


def test_a_folder_name_with_spaces_accents_and_uri_characters(tmp_path, varied_db):
    folder = tmp_path / "Selección 2026 #1 %20 ?x=1"
    folder.mkdir()
    moved = folder / "crm ñ.db"
    moved.write_bytes(varied_db.read_bytes())
    peek = open_peek(moved)
    assert peek is not None and peek.count() == 60
    peek.close()


def test_a_closed_preview_answers_empty_instead_of_failing(varied_db):
    peek = open_peek(varied_db)
    peek.close()
    assert (peek.count(), peek.ids(), peek.rows([1, 2]), peek.has_any()) == (0, [], [], False)


def test_search_results_are_not_the_preview_s_job(varied_db):
    peek = open_peek(varied_db)
    with pytest.raises(ValueError, match="search"):
        peek.ids("name", restrict_to=[1, 2])
    peek.close()


def test_the_preview_and_what_the_first_page_needs_load_no_sqlalchemy():
    code = ("import sys; import crm.persistence.peek, crm.services.records, crm.services.progress, "
            "crm.services.candidate_row, crm.domain.errors, crm.domain.enums, crm.safety.lock, crm.safety.network, crm.config; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic')))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
