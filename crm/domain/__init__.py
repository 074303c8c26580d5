"""Entities, enums and pure rules. Importing this package loads every mapped class."""

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
]
