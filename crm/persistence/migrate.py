"""Bring a database to the schema this version of the app needs, safely.

Before migrating an existing SQLite file we take a verified backup with the backup API; the
migration runs in one transaction (see engine.py), so a failure leaves the file as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, text
from sqlalchemy.exc import OperationalError, ProgrammingError

if TYPE_CHECKING:
    from alembic.config import Config

from crm.persistence.backup import backup_folder_for, backup_sqlite, managed_name
from crm.persistence.integrity import sqlite_path

# SCHEMA_HEAD (the newest revision) lets a start-up on a current database skip importing Alembic.
from crm.persistence.schema_head import SCHEMA_HEAD

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


class DatabaseTooNew(Exception):
    """The database was written by a newer version of the app; we must not touch it."""


class MigrationFailed(Exception):
    def __init__(self, message: str, backup: Path | None):
        super().__init__(message)
        self.backup = backup


@dataclass(frozen=True)
class MigrationResult:
    from_revision: str | None
    to_revision: str
    backup: Path | None


def alembic_config(script_location: Path = MIGRATIONS_DIR) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(script_location))
    return config


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def _stamped_revision(engine: Engine) -> str | None:
    """The revision stamped in the database, read with plain SQL (None when there is no stamp)."""
    try:
        with engine.connect() as connection:
            rows = connection.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    except (OperationalError, ProgrammingError):
        return None
    return rows[0] if len(rows) == 1 else None


# An advisory lock's number the app's other locks do not use ("CRMM").
MIGRATION_LOCK_KEY = 0x43524D4D


def upgrade(
    engine: Engine,
    *,
    script_location: Path = MIGRATIONS_DIR,
    backup_dir: Path | None = None,
    on_backup: Callable[[Path], None] | None = None,
) -> MigrationResult | None:
    """Migrate to head. Returns None when already current."""
    if script_location == MIGRATIONS_DIR and _stamped_revision(engine) == SCHEMA_HEAD:
        return None
    from alembic import command
    from alembic.script import ScriptDirectory

    config = alembic_config(script_location)
    script = ScriptDirectory.from_config(config)
    head = script.get_current_head()
    current = current_revision(engine)
    if current == head:
        return None
    if current is not None:
        try:
            script.get_revision(current)
        except Exception as exc:
            raise DatabaseTooNew(
                f"This database was created by a newer version of the CRM (schema {current}); "
                "update the app to open it. Nothing was changed."
            ) from exc

    backup = None
    database_file = sqlite_path(str(engine.url))
    if current is not None and database_file is not None:
        # Into the managed backup folder, named like every other backup, so it is listed and rotated.
        folder = backup_dir or backup_folder_for(database_file)
        name = managed_name(database_file.stem, "pre-migration", datetime.now(UTC))
        backup = backup_sqlite(database_file, folder / name)
        if on_backup:
            on_backup(backup)

    try:
        with engine.begin() as connection:
            if connection.dialect.name == "postgresql":
                # Two colleagues opening a new team database at once both created its tables, and one failed
                # with the server's words: the second waits, then finds the schema at head (a no-op).
                connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY})
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    except Exception as exc:
        where = f"; a backup taken before it is at {backup}" if backup else ""
        raise MigrationFailed(f"Updating the database schema failed ({exc}); nothing was changed{where}",
                              backup) from exc
    return MigrationResult(current, head, backup)
