"""Read-only overview for the clients page: each company with its counts of open roles and contacts."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from crm.domain import Company, Contact, Role
from crm.domain.sorting import sort_key
from crm.persistence.store import Store
from crm.services.role_overview import OPEN_ROLE_STATUSES


@dataclass(frozen=True)
class ClientRow:
    id: int
    name: str
    industry: str | None
    city: str | None
    archived: bool
    open_roles: int
    roles: int
    contacts: int


class ClientOverviewService:
    def __init__(self, store: Store):
        self._store = store

    def rows(self, *, include_archived: bool = False, text: str = "") -> list[ClientRow]:
        open_roles = (
            select(Role.company_id, func.count(Role.id).label("roles"),
                   func.count(Role.id).filter(Role.status.in_(OPEN_ROLE_STATUSES)).label("open_roles"))
            .group_by(Role.company_id).subquery()
        )
        contacts = (
            select(Contact.company_id, func.count(Contact.id).label("contacts")).group_by(Contact.company_id).subquery()
        )
        query = (
            select(Company.id, Company.name, Company.industry, Company.city, Company.archived,
                   func.coalesce(open_roles.c.open_roles, 0), func.coalesce(open_roles.c.roles, 0),
                   func.coalesce(contacts.c.contacts, 0))
            .outerjoin(open_roles, open_roles.c.company_id == Company.id)
            .outerjoin(contacts, contacts.c.company_id == Company.id)
        )
        if not include_archived:
            query = query.where(Company.archived.is_(False))
        for word in text.split():
            query = query.where(Company.name.icontains(word, autoescape=True))
        with self._store.sessions() as session:
            rows = [ClientRow(*row) for row in session.execute(query)]
        # A few dozen clients, sorted here as a reader expects (accents and case ignored): SQLite's lower()
        # and ORDER BY know ASCII only, so "Ámbito" came after "Zeta".
        return sorted(rows, key=lambda row: (sort_key(row.name), row.id))
