"""Databases as an older version of the app left them: migrated up to a given revision only."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import Engine

from crm.persistence.engine import make_engine
from crm.persistence.migrate import alembic_config


def database_at(path: Path, revision: str) -> Engine:
    """A new SQLite database at `path` with the schema of `revision`; its engine (dispose it)."""
    engine = make_engine(f"sqlite:///{path}")
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
    return engine
