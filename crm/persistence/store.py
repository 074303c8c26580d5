"""Open a database the safe way: check it, migrate it, hand out sessions."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from crm.config import data_dir_for, resolve_db_url
from crm.domain import load_models
from crm.persistence.engine import is_sqlite, make_engine
from crm.persistence.integrity import check_sqlite_file, sqlite_path
from crm.persistence.migrate import MigrationResult, upgrade


@dataclass
class Store:
    url: str
    engine: Engine
    sessions: sessionmaker[Session]
    files_dir: Path
    migration: MigrationResult | None = None

    @property
    def is_sqlite(self) -> bool:
        return is_sqlite(self.url)

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.url)

    def checkpoint(self) -> None:
        """Copy what the write-ahead log holds into the database file (SQLite's PASSIVE checkpoint: it
        waits for nobody). Imports leave this to be run after them, in the background."""
        if self.is_sqlite:
            with self.engine.connect() as connection:
                connection.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)")

    def close(self) -> None:
        self.engine.dispose()


def open_store(db: str | None = None, *, migrate: bool = True, checked: bool = False) -> Store:
    """Open (and create or migrate) the database named by `db`, `CRM_DB` or the default.

    Raises DatabaseDamaged (file untouched), DatabaseTooNew or MigrationFailed. `checked` says the
    caller has just run quick_check on the file (the GUI's start-up guard), so it is not run twice.
    """
    url = resolve_db_url(db)
    path = sqlite_path(url)
    if path is not None:
        if not checked:
            check_sqlite_file(path)
        path.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(url)
    migration = None
    try:
        if migrate:
            migration = upgrade(engine)
    except Exception:
        engine.dispose()
        raise
    load_models()  # every mapped class registered before the first query configures the mappers
    sessions = sessionmaker(engine, expire_on_commit=False)
    if migration is not None and migration.from_revision is not None:
        _audit_migration(sessions, migration)
    return Store(url=url, engine=engine, sessions=sessions, files_dir=data_dir_for(url), migration=migration)


def _audit_migration(sessions: sessionmaker[Session], migration: MigrationResult) -> None:
    from crm.domain import AuditEntry  # ids and revisions only, like every audit entry

    with sessions.begin() as session:
        session.add(AuditEntry(action="migration", entity="database", details={
            "from": migration.from_revision, "to": migration.to_revision,
            "backup": migration.backup.name if migration.backup else None}))
