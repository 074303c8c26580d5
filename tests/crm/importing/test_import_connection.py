"""The import writes with SQLite's foreign-key checks and auto-checkpoint off on its own connection
(crm/persistence/engine.py bulk_write_settings): what it writes must still be consistent, and every
connection the app uses afterwards, after a success or a cancel, must have both back on."""

from __future__ import annotations

import pytest
from import_fixtures import candidates_in_database_file, large_candidates_xlsx, messy_spanish_xlsx
from sqlalchemy import text

from crm.importing.importer import import_candidates
from crm.persistence.engine import PAGE_CACHE_KIB
from crm.services.progress import Cancelled, CancelToken


def references_checked_everywhere(store) -> bool:
    """Every pooled connection (the import's own included) has foreign keys and auto-checkpoints on,
    and the app's page cache."""
    connections = [store.engine.connect() for _ in range(3)]
    try:
        return all(c.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
                   and c.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() == 1000
                   and c.exec_driver_sql("PRAGMA cache_size").scalar() == -PAGE_CACHE_KIB for c in connections)
    finally:
        for connection in connections:
            connection.close()


def test_an_import_leaves_consistent_references_and_checks_on(tmp_path, store):
    report = import_candidates(store, messy_spanish_xlsx(tmp_path / "q3.xlsx"))
    import_candidates(store, large_candidates_xlsx(tmp_path / "big.xlsx", 3000))
    assert report.created == 5
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_key_check").all() == []
        assert connection.execute(text("SELECT count(*) FROM candidate_skill")).scalar() > 3000
    assert references_checked_everywhere(store)
    with store.engine.connect() as connection, pytest.raises(Exception, match="FOREIGN KEY"):
        connection.execute(text("INSERT INTO candidate_skill (candidate_id, skill_id) VALUES (999999, 1)"))
        connection.commit()


def test_a_cancelled_import_leaves_checks_on(tmp_path, store):
    token = CancelToken()

    def progress(done, total, message):
        if done >= 1000:
            token.cancel()

    with pytest.raises(Cancelled):
        import_candidates(store, large_candidates_xlsx(tmp_path / "big.xlsx", 3000), progress=progress, token=token)
    assert references_checked_everywhere(store)


def test_the_import_leaves_the_checkpoint_to_store_checkpoint(tmp_path, store, db_path):
    store.checkpoint()  # the new schema into the file
    assert candidates_in_database_file(db_path) == 0
    report = import_candidates(store, large_candidates_xlsx(tmp_path / "big.xlsx", 3000))
    assert report.created == 3000
    assert candidates_in_database_file(db_path) == 0  # durable in the log, not yet copied by the import's commit
    store.checkpoint()
    assert candidates_in_database_file(db_path) == 3000
