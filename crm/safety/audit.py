"""The audit log: who did what and when, with ids and counts, never personal values.

Rows are only ever added (there is no edit or delete path in the app).
"""

from __future__ import annotations

import getpass
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm.domain import AuditEntry

# The actions the app records; a fixed list so the audit view can translate them.
ACTIONS = ("export_person", "erase", "import", "undo_import", "restore", "merge", "migration", "backup",
           "retention_extend", "anonymise", "export")

# Detail keys whose values could carry personal data are refused outright.
_FORBIDDEN_DETAIL_KEYS = {"name", "first_name", "last_name", "email", "phone", "linkedin_url", "github_url",
                          "notes", "summary", "address"}


@dataclass(frozen=True)
class AuditRecord:
    id: int
    at: datetime
    actor: str
    action: str
    entity: str | None
    entity_id: int | None
    details: dict[str, Any]


def current_actor() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (some service accounts): the log still records the action
        return ""


def record(session: Session, action: str, entity: str | None, entity_id: int | None,
           details: dict[str, Any] | None = None) -> None:
    """Add an entry in the caller's transaction (so it commits or rolls back with the action)."""
    details = dict(details or {})
    leaked = _FORBIDDEN_DETAIL_KEYS.intersection(details)
    if leaked:
        raise ValueError(f"audit details must hold ids and counts, not personal values: {sorted(leaked)}")
    session.add(AuditEntry(action=action, entity=entity, entity_id=entity_id, details=details,
                           actor=current_actor()))


def entries(session: Session, limit: int = 500, offset: int = 0) -> list[AuditRecord]:
    rows = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit).offset(offset))
    return [AuditRecord(r.id, r.at, r.actor, r.action, r.entity, r.entity_id, dict(r.details or {})) for r in rows]
