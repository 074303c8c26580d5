"""A first big import into an empty database sets the lookup indexes aside and builds them at its end
(crm/persistence/deferred_indexes.py): afterwards the schema must be exactly as before, every index
whole and used, and a cancel must leave it untouched too."""

from __future__ import annotations

import pytest
from import_fixtures import large_candidates_xlsx
from sqlalchemy import text

from crm.importing.importer import BULK_LOAD_MIN_ROWS, ImportOptions, import_candidates
from crm.services.progress import Cancelled, CancelToken


def indexes(store):
    with store.engine.connect() as connection:
        return connection.execute(text(
            "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name")).all()


def test_the_indexes_come_back_exactly_and_are_used(tmp_path, store):
    before = indexes(store)
    assert any(name == "ix_candidate_phone" for name, _t, _s in before)
    report = import_candidates(store, large_candidates_xlsx(tmp_path / "big.xlsx", BULK_LOAD_MIN_ROWS + 500))
    assert report.created == BULK_LOAD_MIN_ROWS + 500
    assert indexes(store) == before
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        plan = " ".join(str(row) for row in connection.exec_driver_sql(
            "EXPLAIN QUERY PLAN SELECT id FROM candidate WHERE phone = '+34600000007'"))
        assert "ix_candidate_phone" in plan
        assert connection.execute(text("SELECT count(*) FROM candidate INDEXED BY ix_candidate_name "
                                       "WHERE last_name >= ''")).scalar() == report.created
    # The database is no longer empty: the same file again is looked up through those indexes.
    again = import_candidates(store, tmp_path / "big.xlsx")
    assert again.created == 0 and again.skipped == report.created


def test_a_cancelled_bulk_load_leaves_the_schema_as_it_was(tmp_path, store):
    before = indexes(store)
    token = CancelToken()

    def progress(done, total, message):
        if done >= 2000:
            token.cancel()

    with pytest.raises(Cancelled):
        import_candidates(store, large_candidates_xlsx(tmp_path / "big.xlsx", BULK_LOAD_MIN_ROWS + 500),
                          progress=progress, token=token)
    assert indexes(store) == before
    with store.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM candidate")).scalar() == 0


def test_a_dry_run_leaves_the_schema_as_it_was(tmp_path, store):
    before = indexes(store)
    report = import_candidates(store, large_candidates_xlsx(tmp_path / "big.xlsx", BULK_LOAD_MIN_ROWS + 10),
                               ImportOptions(dry_run=True))
    assert report.created == BULK_LOAD_MIN_ROWS + 10 and report.batch_id is None
    assert indexes(store) == before
