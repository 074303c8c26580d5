"""Closed vocabularies. Stored as their string values so the database stays readable."""

from enum import StrEnum


class CandidateStatus(StrEnum):
    ACTIVE = "active"
    PLACED = "placed"
    DO_NOT_CONTACT = "do_not_contact"
    ARCHIVED = "archived"


class RoleStatus(StrEnum):
    LEAD = "lead"
    ACTIVE = "active"
    ON_HOLD = "on_hold"
    FILLED = "filled"
    CLOSED = "closed"
    CANCELLED = "cancelled"


class StageKind(StrEnum):
    OPEN = "open"
    PLACED = "placed"
    REJECTED = "rejected"


class RemotePolicy(StrEnum):
    ONSITE = "onsite"
    HYBRID = "hybrid"
    REMOTE = "remote"


class Seniority(StrEnum):
    JUNIOR = "junior"
    MID = "mid"
    SENIOR = "senior"
    LEAD = "lead"
    PRINCIPAL = "principal"


class EnglishLevel(StrEnum):
    A1 = "A1"
    A2 = "A2"
    B1 = "B1"
    B2 = "B2"
    C1 = "C1"
    C2 = "C2"


class ActivityKind(StrEnum):
    CALL = "call"
    EMAIL = "email"
    MEETING = "meeting"
    INTERVIEW = "interview"
    NOTE = "note"
    TASK = "task"


class LawfulBasis(StrEnum):
    APPLIED = "applied_to_role"
    CONSENT = "consent_future_roles"
    LEGITIMATE_INTEREST = "legitimate_interest"


class ImportKind(StrEnum):
    CANDIDATES = "candidates"
    ROLES = "roles"
    PIPELINE = "pipeline"


def values(enum_cls: type[StrEnum]) -> list[str]:
    return [member.value for member in enum_cls]
