"""A bulk write sizes SQLite's page cache to the rows it will hold, then sets it back."""

from __future__ import annotations

from crm.persistence.engine import (
    PAGE_CACHE_KIB,
    bulk_write_settings,
    restore_write_settings,
    size_page_cache,
)
from crm.persistence.store import open_store


def cache_kib(connection) -> int:
    return -connection.exec_driver_sql("PRAGMA cache_size").scalar()


def test_the_cache_follows_the_rows_and_comes_back(tmp_path):
    store = open_store(str(tmp_path / "crm.db"))
    with store.engine.connect() as connection:
        assert bulk_write_settings(connection)  # before the connection's transaction begins
        assert cache_kib(connection) == PAGE_CACHE_KIB
        size_page_cache(connection, 10_000)
        assert cache_kib(connection) == 3333  # ~0.33 KiB of index pages a candidate
        size_page_cache(connection, 100)
        assert cache_kib(connection) == 2048  # never below 2 MiB
        size_page_cache(connection, 5_000_000)
        assert cache_kib(connection) == PAGE_CACHE_KIB  # never above the app's own
        size_page_cache(connection, 10_000)
        restore_write_settings(connection)
        assert cache_kib(connection) == PAGE_CACHE_KIB
    store.close()
