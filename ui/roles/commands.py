"""Undoable role changes. Each keeps the version it last wrote, so undoing over someone else's
later change is refused (StaleVersion) instead of overwriting it."""

from __future__ import annotations

from typing import Any

from crm.domain.errors import Conflict
from crm.services import Services
from crm.services.records import RoleRecord
from ui.kit.undo import Report, ServiceCommand

_EDITABLE = ("company_id", "contact_id", "reference", "title", "seniority", "location", "remote_policy",
             "salary_min", "salary_max", "openings", "status", "fee_percent", "description", "opened_on",
             "closed_on")


def role_values(role: RoleRecord) -> dict[str, Any]:
    return {field: getattr(role, field) for field in _EDITABLE}


def _skills(role: RoleRecord) -> tuple[list[str], list[str]]:
    return [s.name for s in role.required_skills], [s.name for s in role.nice_skills]


class EditRoleCommand(ServiceCommand):
    def __init__(self, services: Services, before: RoleRecord, after: RoleRecord, text: str, report: Report):
        super().__init__(text, report)
        self._services = services
        self._before = before
        self._after = after
        self._version = after.version

    def _write(self, target: RoleRecord) -> None:
        required, nice = _skills(target)
        written = self._services.roles.update(target.id, self._version, role_values(target), required, nice)
        self._version = written.version

    def apply(self) -> None:
        self._write(self._after)

    def revert(self) -> None:
        self._write(self._before)


class CreateRoleCommand(ServiceCommand):
    """Undo removes the new role, but only while nobody has been put on it."""

    def __init__(self, services: Services, created: RoleRecord, text: str, report: Report):
        super().__init__(text, report)
        self._services = services
        self._created = created
        self._role_id = created.id

    def apply(self) -> None:
        required, nice = _skills(self._created)
        values = role_values(self._created)
        self._role_id = self._services.roles.create(values, required, nice).id

    def revert(self) -> None:
        if self._services.pipeline.applications_for_role(self._role_id):
            raise Conflict(f"role {self._created.reference} has candidates on it now; it was kept")
        self._services.roles.delete(self._role_id)
