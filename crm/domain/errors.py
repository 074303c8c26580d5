"""Typed errors the services raise; each names what is wrong in words a user can act on."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class FieldError:
    field: str
    reason: str

    def __str__(self) -> str:
        return f"{self.field}: {self.reason}"


class CrmError(Exception):
    """Base of every error a user may see."""


class ValidationError(CrmError):
    def __init__(self, errors: list[FieldError]):
        self.errors = errors
        super().__init__("; ".join(str(error) for error in errors))

    @classmethod
    def single(cls, field: str, reason: str) -> ValidationError:
        return cls([FieldError(field, reason)])

    def for_field(self, field: str) -> str | None:
        return next((error.reason for error in self.errors if error.field == field), None)


class NotFound(CrmError):
    def __init__(self, entity: str, key: object):
        super().__init__(f"{entity} {key} does not exist")
        self.entity = entity
        self.key = key


class StaleVersion(CrmError):
    """The record changed since the caller read it; the update was refused, nothing merged."""

    def __init__(self, entity: str, entity_id: int, expected: int, actual: int):
        super().__init__(
            f"{entity} {entity_id} was changed by someone else (version {actual}, you edited version "
            f"{expected}); reload it and apply your change again"
        )
        self.entity = entity
        self.entity_id = entity_id
        self.expected = expected
        self.actual = actual


class Conflict(CrmError):
    """The change clashes with existing data (e.g. the email belongs to another candidate)."""

    def __init__(self, message: str, existing_id: int | None = None):
        super().__init__(message)
        self.existing_id = existing_id
