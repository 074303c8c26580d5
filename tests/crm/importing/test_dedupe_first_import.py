"""Into an empty database the importer finds this import's own people in memory (candidate_run), into
a populated one through the database: both must merge and keep apart exactly the same rows."""

from __future__ import annotations

import openpyxl
import pytest
from import_fixtures import plain_xlsx
from sqlalchemy import text

from crm.importing import row_source
from crm.importing.importer import ImportOptions, import_candidates
from crm.persistence.store import open_store

HEADERS = ["Nombre", "Apellidos", "Email", "Teléfono", "LinkedIn", "Ciudad"]
ROWS = [
    ["Ana", "García", "ana@example.com", "600 111 222", None, "Madrid"],
    ["Ana María", "García", "ana.maria@example.com", "600111222", None, "Madrid"],  # same phone
    ["Ana", "G.", "ANA@EXAMPLE.COM", None, None, "Madrid"],  # the first email again
    ["Luis", "Pérez", None, None, "https://www.linkedin.com/in/LuisPerez", "Sevilla"],
    ["Luis", "Pérez Gil", "luis@example.com", None, "linkedin.com/in/luisperez", "Sevilla"],  # same URL
    ["Marta", "Ruiz", "marta@example.com", "+34 622 333 444", None, "Bilbao"],
]


def sheet(path):
    return plain_xlsx(path, HEADERS, *ROWS)


def people(store, skip_id):
    with store.engine.connect() as connection:
        return sorted(connection.execute(text(
            "SELECT first_name, last_name, email, phone, linkedin_url, city FROM candidate WHERE id != :skip"),
            {"skip": skip_id}).all(), key=str)


@pytest.mark.parametrize("policy", ["update", "overwrite", "skip"])
def test_empty_and_populated_databases_merge_the_same_rows(tmp_path, monkeypatch, policy):
    monkeypatch.setattr(row_source, "INLINE_CHUNK_ROWS", 1)  # every row its own batch: found across batches
    path = sheet(tmp_path / "people.xlsx")
    results = []
    for name, populated in (("empty.db", False), ("populated.db", True)):
        store = open_store(str(tmp_path / name))
        other = None
        if populated:  # one unrelated person: the importer then looks people up in the database
            with store.engine.begin() as connection:
                connection.execute(text(
                    "INSERT INTO candidate (first_name, last_name, email, status, created_at, updated_at, version) "
                    "VALUES ('Otro', 'Nombre', 'otro@example.com', 'active', '2026-01-01', '2026-01-01', 1)"))
            other = 1
        report = import_candidates(store, path, ImportOptions(on_duplicate=policy))
        results.append(((report.created, report.merged, report.skipped), people(store, other or 0)))
        store.close()
    assert results[0] == results[1]
    counts, rows = results[0]
    # Ana, Luis (the same LinkedIn URL in other capitals), Marta: within the file the first row for a person
    # wins whatever the policy, so row 2 does not take Ana's email, and row 3 with it is her.
    assert counts[0] == len(rows) == 3


def test_an_overwritten_email_is_no_longer_that_person(tmp_path, monkeypatch):
    """Ana is known; row 1 (same phone) overwrites her email; row 2 comes with her old email: a new person,
    as a database lookup would say."""
    monkeypatch.setattr(row_source, "INLINE_CHUNK_ROWS", 1)
    store = open_store(str(tmp_path / "crm.db"))
    with store.engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO candidate (first_name, last_name, email, phone, status, created_at, updated_at, version) "
            "VALUES ('Ana', '', 'ana@example.com', '+34600111222', 'active', '2026-01-01', '2026-01-01', 1)"))
    book = openpyxl.Workbook()
    book.active.append(["Nombre", "Email", "Teléfono"])
    book.active.append(["Ana", "ana.new@example.com", "600111222"])
    book.active.append(["Ana", "ana@example.com", None])
    book.save(tmp_path / "two.xlsx")
    report = import_candidates(store, tmp_path / "two.xlsx", ImportOptions(on_duplicate="overwrite"))
    assert (report.created, report.updated) == (1, 1)
    assert [row[2:4] for row in people(store, 0)] == [("ana.new@example.com", "+34600111222"),
                                                       ("ana@example.com", None)]
    store.close()
