"""A file imported again says so once, and its rows that change nothing say nothing: the Q3 tracker imported
a second time repeated its 61 "kept in the notes" warnings for rows it skipped."""

from __future__ import annotations

from datetime import date

from import_fixtures import messy_spanish_xlsx

from crm.importing.importer import import_candidates


def test_a_file_imported_again_says_so_and_nothing_of_the_rows_it_skips(tmp_path, store):
    path = messy_spanish_xlsx(tmp_path / "q3.xlsx")
    first = import_candidates(store, path)
    assert any(w.row is not None for w in first.warnings)  # the file's cells have things to say
    again = import_candidates(store, path)
    assert (again.created, again.updated, again.skipped) == (0, 0, first.created)
    said_before = (f"this file was imported before (import {first.batch_id}, {date.today().isoformat()}); "
                   "what the database has already is not created again")
    assert [w.reason for w in again.warnings if w.row is not None] == []
    assert said_before in [w.reason for w in again.warnings]
