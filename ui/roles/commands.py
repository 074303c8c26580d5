"""Undoable role changes. Each keeps the version it last wrote, so undoing over someone else's
later change is refused (StaleVersion) instead of overwriting it."""

from __future__ import annotations

from typing import Any

from crm.domain.errors import Conflict
from crm.services import Services
from crm.services.records import RoleRecord
from ui.kit.undo import IdMap, Report, ServiceCommand

_EDITABLE = ("company_id", "contact_id", "reference", "title", "seniority", "location", "remote_policy",
             "salary_min", "salary_max", "openings", "status", "fee_percent", "description", "opened_on",
             "closed_on")


def role_values(role: RoleRecord) -> dict[str, Any]:
    return {field: getattr(role, field) for field in _EDITABLE}


def _skills(role: RoleRecord) -> tuple[list[str], list[str]]:
    return [s.name for s in role.required_skills], [s.name for s in role.nice_skills]


class EditRoleCommand(ServiceCommand):
    def __init__(self, services: Services, ids: IdMap, before: RoleRecord, after: RoleRecord, text: str,
                 report: Report):
        super().__init__(text, report)
        self._services, self._ids, self._before, self._after = services, ids, before, after
        self._version = after.version
        self._written = ids.incarnation(after.id)

    def _write(self, target: RoleRecord) -> None:
        required, nice = _skills(target)
        incarnation = self._ids.incarnation(target.id)
        if incarnation != self._written:  # re-created by a redo since: its version started again
            self._version = 1
        role = self._services.roles.update(incarnation[0], self._version, role_values(target), required, nice)
        self._version, self._written = role.version, incarnation

    def apply(self) -> None:
        self._write(self._after)

    def revert(self) -> None:
        self._write(self._before)


class CreateRoleCommand(ServiceCommand):
    """Undo removes the new role, but only while nobody has been put on it."""

    def __init__(self, services: Services, ids: IdMap, created: RoleRecord, text: str, report: Report):
        super().__init__(text, report)
        self._services, self._ids, self._created = services, ids, created

    def apply(self) -> None:
        required, nice = _skills(self._created)
        new = self._services.roles.create(role_values(self._created), required, nice)
        self._ids.recreated(self._ids.current(self._created.id), new.id)

    def revert(self) -> None:
        role_id = self._ids.current(self._created.id)
        if self._services.pipeline.applications_for_role(role_id):
            raise Conflict(f"role {self._created.reference} has candidates on it now; it was kept")
        self._services.roles.delete(role_id)
