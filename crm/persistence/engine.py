"""Engines with the durability settings every connection needs.

SQLite: foreign keys on, WAL, synchronous FULL, a busy timeout. Python's sqlite3 driver opens
transactions lazily and commits before DDL, which would make a failing migration leave a half
schema; following SQLAlchemy's SQLite dialect docs we turn its own handling off and emit BEGIN
ourselves, so DDL and DML share one real transaction.
"""

from __future__ import annotations

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url

BUSY_TIMEOUT_MS = 5000
WAL_AUTOCHECKPOINT_PAGES = 1000  # SQLite's default
PAGE_CACHE_KIB = 32 * 1024  # bulk inserts into 100,000-row indexes stop thrashing at this size


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def make_engine(url: str, *, read_only: bool = False) -> Engine:
    if not is_sqlite(url):
        return create_engine(url, pool_pre_ping=True)
    if read_only:
        # Open without creating or writing anything: used to inspect files we must not touch.
        path = make_url(url).database
        engine = create_engine(
            f"sqlite:///file:{path}?mode=ro&uri=true",
            connect_args={"timeout": BUSY_TIMEOUT_MS / 1000},
        )
    else:
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
    _install_sqlite_hooks(engine, read_only=read_only)
    return engine


def bulk_write_settings(connection: Connection) -> bool:
    """Settings for the importer's own connection, before its transaction begins (SQLite ignores the
    foreign-key pragma inside one); True when set. `restore_write_settings` sets them back, with the
    page cache (`size_page_cache`), before the connection returns to the pool.

    - Foreign-key checks off: every reference an import writes is to a row it just created or read in
      the same transaction, and the checks were ~5% of a 100,000-row import (two index probes a link).
    - No checkpoint in its commit: SQLite would copy the whole import from the WAL into the database
      file there and then (~0.3 s per 100,000 rows) while the user waits for the report. The app runs
      it right after, in the background (Store.checkpoint); the rows are durable in the WAL already."""
    if connection.dialect.name != "sqlite" or connection.in_transaction():
        return False
    raw = connection.connection.dbapi_connection
    raw.execute("PRAGMA foreign_keys=OFF")
    raw.execute("PRAGMA wal_autocheckpoint=0")
    return True


def size_page_cache(connection: Connection, rows: int) -> None:
    """Size SQLite's page cache to the candidate rows the tables will hold after a bulk write (~0.33 KiB
    of index pages each, 2 MiB to PAGE_CACHE_KIB): a small import into a small database needs a few
    MB, not the 32 MiB that keep inserts into 100,000-row indexes from thrashing. Set back by
    `restore_write_settings`."""
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql(f"PRAGMA cache_size=-{max(2048, min(PAGE_CACHE_KIB, rows // 3))}")


def restore_write_settings(connection: Connection) -> None:
    if connection.in_transaction():
        connection.rollback()  # the session left it open only after a failure: nothing to keep
    raw = connection.connection.dbapi_connection
    raw.execute("PRAGMA foreign_keys=ON")
    raw.execute(f"PRAGMA wal_autocheckpoint={WAL_AUTOCHECKPOINT_PAGES}")
    raw.execute(f"PRAGMA cache_size=-{PAGE_CACHE_KIB}")


def _install_sqlite_hooks(engine: Engine, *, read_only: bool) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):
        # Let SQLAlchemy, not the driver, decide where transactions begin (transactional DDL).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            if not read_only:
                cursor.execute("PRAGMA journal_mode=WAL")
                cursor.execute("PRAGMA synchronous=FULL")
                # Erased people must not linger in free pages of the file.
                cursor.execute("PRAGMA secure_delete=ON")
                cursor.execute(f"PRAGMA cache_size=-{PAGE_CACHE_KIB}")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection):
        connection.exec_driver_sql("BEGIN")
