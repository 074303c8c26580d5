"""Where the data lives: the default database and data directory, overridable by --db or CRM_DB."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "RecruiterCRM"
APP_AUTHOR = "RecruiterCRM"
DB_ENV_VAR = "CRM_DB"
DATA_DIR_ENV_VAR = "CRM_DATA_DIR"


def data_dir() -> Path:
    """The user's data directory (created on first use)."""
    override = os.environ.get(DATA_DIR_ENV_VAR)
    path = Path(override) if override else Path(user_data_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def resolve_db_url(db: str | None = None) -> str:
    """Turn `--db`, `CRM_DB` or the default into an SQLAlchemy URL.

    A value containing `://` is taken as a URL; anything else is a path to an SQLite file.
    """
    value = db or os.environ.get(DB_ENV_VAR)
    if not value:
        return sqlite_url(data_dir() / "crm.db")
    if "://" in value:
        return value
    return sqlite_url(Path(value))


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{Path(path).expanduser().resolve()}"


def sqlite_file(url: str) -> Path | None:
    """The file behind an `sqlite:///path` URL (as sqlite_url makes them), else None. Needs no
    SQLAlchemy: the start-up preview uses it before SQLAlchemy loads."""
    if not url.startswith("sqlite:///"):
        return None
    return Path(url.removeprefix("sqlite:///"))


def data_dir_for(url: str) -> Path:
    """Files that belong to a database (attachments, backups) live beside an SQLite file,
    or in the user's data directory for a server database."""
    path = sqlite_file(url)
    if path is not None:
        return path.parent / f"{path.stem}-files"
    return data_dir() / "server-files"
