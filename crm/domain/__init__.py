"""Entities, enums and pure rules.

Asking this package for any mapped class (or `Base`) loads every mapped class at once, so the
metadata and the relationships are always complete. Importing a pure module such as
`crm.domain.errors` or `crm.domain.enums` loads no SQLAlchemy: the window's first paint needs
those, and SQLAlchemy's import is a third of a second.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

_MODELS = {
    "Base": "base",
    "Company": "clients", "Contact": "clients",
    "Candidate": "people", "CandidateSkill": "people", "Skill": "people",
    "Application": "pipeline", "RejectionReason": "pipeline", "Stage": "pipeline", "StageChange": "pipeline",
    "Activity": "records", "Attachment": "records", "AuditEntry": "records", "ExportLog": "records",
    "ExportLogEntry": "records", "ImportBatch": "records", "ImportItem": "records", "ImportMapping": "records",
    "SavedSearch": "records", "Setting": "records", "Tombstone": "records",
    "Role": "roles", "RoleSkill": "roles",
}

__all__ = [
    "Activity",
    "Application",
    "Attachment",
    "AuditEntry",
    "Base",
    "Candidate",
    "CandidateSkill",
    "Company",
    "Contact",
    "ExportLog",
    "ExportLogEntry",
    "ImportBatch",
    "ImportItem",
    "ImportMapping",
    "RejectionReason",
    "Role",
    "RoleSkill",
    "SavedSearch",
    "Setting",
    "Skill",
    "Stage",
    "StageChange",
    "Tombstone",
    "load_models",
]


def load_models() -> None:
    """Import every model module (idempotent), so every mapped class is registered with Base."""
    for module in dict.fromkeys(_MODELS.values()):
        importlib.import_module(f"{__name__}.{module}")


def __getattr__(name: str):
    if name not in _MODELS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    load_models()
    value = getattr(importlib.import_module(f"{__name__}.{_MODELS[name]}"), name)
    globals()[name] = value
    return value


if TYPE_CHECKING:
    from crm.domain.base import Base
    from crm.domain.clients import Company, Contact
    from crm.domain.people import Candidate, CandidateSkill, Skill
    from crm.domain.pipeline import Application, RejectionReason, Stage, StageChange
    from crm.domain.records import (
        Activity,
        Attachment,
        AuditEntry,
        ExportLog,
        ExportLogEntry,
        ImportBatch,
        ImportItem,
        ImportMapping,
        SavedSearch,
        Setting,
        Tombstone,
    )
    from crm.domain.roles import Role, RoleSkill
