"""Domain settings of the safety features, stored as Setting rows in the database."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from crm.domain import Setting

BACKUP_DIR = "backup_dir"
RETENTION_MONTHS = "retention_months"
DEFAULT_RETENTION_MONTHS = 24


def get(session: Session, key: str, default: Any = None) -> Any:
    row = session.get(Setting, key)
    return default if row is None or row.value is None else row.value


def put(session: Session, key: str, value: Any) -> None:
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value


def retention_months(session: Session) -> int:
    value = get(session, RETENTION_MONTHS, DEFAULT_RETENTION_MONTHS)
    try:
        months = int(value)
    except (TypeError, ValueError):
        return DEFAULT_RETENTION_MONTHS
    return months if months > 0 else DEFAULT_RETENTION_MONTHS
