"""Undoable client and contact changes. Each keeps the version it last wrote, so an undo over
someone else's later change is refused instead of overwriting it."""

from __future__ import annotations

from typing import Any

from crm.domain.errors import Conflict
from crm.services import Services
from crm.services.records import CompanyRecord, ContactRecord
from ui.kit.undo import IdMap, Report, ServiceCommand

_COMPANY_FIELDS = ("name", "industry", "website", "city", "notes", "blind_reports", "report_language", "archived")
_CONTACT_FIELDS = ("first_name", "last_name", "title", "email", "phone")


def company_values(company: CompanyRecord) -> dict[str, Any]:
    return {field: getattr(company, field) for field in _COMPANY_FIELDS}


def contact_values(contact: ContactRecord) -> dict[str, Any]:
    return {field: getattr(contact, field) for field in _CONTACT_FIELDS}


class EditCompanyCommand(ServiceCommand):
    def __init__(self, services: Services, ids: IdMap, before: CompanyRecord, after: CompanyRecord, text: str,
                 report: Report):
        super().__init__(text, report)
        self._services, self._ids, self._before, self._after = services, ids, before, after
        self._version = after.version
        self._written = ids.incarnation(after.id)

    def _write(self, target: CompanyRecord) -> None:
        written = self._ids.incarnation(target.id)
        company_id = written[0]
        if written != self._written:  # re-created by a redo since: its version started again
            self._version = 1
        company = self._services.companies.update(company_id, self._version, company_values(target))
        self._version, self._written = company.version, written

    def apply(self) -> None:
        self._write(self._after)

    def revert(self) -> None:
        self._write(self._before)


class CreateCompanyCommand(ServiceCommand):
    """Undo removes the new client, but only while it has no roles or contacts."""

    def __init__(self, services: Services, ids: IdMap, created: CompanyRecord, text: str, report: Report):
        super().__init__(text, report)
        self._services, self._ids, self._created = services, ids, created

    def apply(self) -> None:
        self._ids.recreated(self._ids.current(self._created.id),
                        self._services.companies.create(company_values(self._created)).id)

    def revert(self) -> None:
        company_id = self._ids.current(self._created.id)
        if self._services.companies.get(company_id).contacts:
            raise Conflict(f"the client '{self._created.name}' has contacts now; it was kept")
        self._services.companies.delete(company_id)


class AddContactCommand(ServiceCommand):
    def __init__(self, services: Services, ids: IdMap, added: ContactRecord, text: str, report: Report):
        super().__init__(text, report)
        self._services, self._ids, self._added = services, ids, added

    def apply(self) -> None:
        new = self._services.companies.add_contact(self._added.company_id, contact_values(self._added))
        self._ids.recreated(self._ids.current(self._added.id), new.id)

    def revert(self) -> None:
        self._services.companies.delete_contact(self._ids.current(self._added.id))


class EditContactCommand(ServiceCommand):
    def __init__(self, services: Services, ids: IdMap, before: ContactRecord, after: ContactRecord, text: str,
                 report: Report):
        super().__init__(text, report)
        self._services, self._ids, self._before, self._after = services, ids, before, after
        self._version = after.version
        self._written = ids.incarnation(after.id)

    def _write(self, target: ContactRecord) -> None:
        written = self._ids.incarnation(target.id)
        contact_id = written[0]
        if written != self._written:  # re-created by an undo since: its version started again
            self._version = 1
        contact = self._services.companies.update_contact(contact_id, self._version, contact_values(target))
        self._version, self._written = contact.version, written

    def apply(self) -> None:
        self._write(self._after)

    def revert(self) -> None:
        self._write(self._before)


class DeleteContactCommand(ServiceCommand):
    """Undo brings the contact back (a new record) and relinks the roles that named them."""

    def __init__(self, services: Services, ids: IdMap, deleted: ContactRecord, linked_roles: list[int], text: str,
                 report: Report):
        super().__init__(text, report)
        self._services, self._ids, self._deleted = services, ids, deleted
        self._linked_roles = linked_roles

    def apply(self) -> None:
        contact_id = self._ids.current(self._deleted.id)
        self._linked_roles = linked_roles(self._services, self._deleted.company_id, contact_id)
        self._services.companies.delete_contact(contact_id)

    def revert(self) -> None:
        new = self._services.companies.add_contact(self._deleted.company_id, contact_values(self._deleted))
        self._ids.recreated(self._ids.current(self._deleted.id), new.id)
        for role_id in self._linked_roles:
            role = self._services.roles.get(role_id)
            self._services.roles.update(role_id, role.version, {"contact_id": new.id})


def linked_roles(services: Services, company_id: int, contact_id: int) -> list[int]:
    """The client's roles whose contact is this person (their link is cleared when the contact goes)."""
    return [role.id for role in services.roles.list_all(company_id=company_id) if role.contact_id == contact_id]
