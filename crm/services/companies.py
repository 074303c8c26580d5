"""Client companies and their contacts. Names are deduplicated on a normalised key."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crm.domain import Company, Contact, Role
from crm.domain import normalize as norm
from crm.domain.errors import Conflict, FieldError, NotFound, StaleVersion, ValidationError
from crm.domain.sorting import sort_key
from crm.persistence.store import Store
from crm.services.records import CompanyRecord, ContactRecord

_COMPANY_FIELDS = ("name", "industry", "website", "city", "notes", "blind_reports", "report_language", "archived")
_CONTACT_FIELDS = ("first_name", "last_name", "title", "email", "phone", "notes")


def _notes(value: str | None) -> str | None:
    """Notes as typed, without control characters or terminal sequences (a NUL pasted from Word failed the
    save on PostgreSQL), their lines kept, both ends trimmed."""
    return (norm.long_text(value) or "").strip() or None


def _clean_company(data: dict[str, Any], *, partial: bool) -> dict[str, Any]:
    errors = [FieldError(field, "is not a company field") for field in sorted(set(data) - set(_COMPANY_FIELDS))]
    cleaned: dict[str, Any] = {}
    for field in ("name", "industry", "website", "city"):
        if field in data:
            cleaned[field] = norm.text(data[field])
    if "notes" in data:
        cleaned["notes"] = _notes(data["notes"])
    if "name" in cleaned or not partial:
        name = cleaned.get("name")
        if not name:
            errors.append(FieldError("name", "is required"))
        elif not norm.company_key(name):
            errors.append(FieldError("name", "must contain letters or digits"))
        else:
            cleaned["name_key"] = norm.company_key(name)
    if "report_language" in data:
        if data["report_language"] not in ("es", "en"):
            errors.append(FieldError("report_language", "must be 'es' or 'en'"))
        cleaned["report_language"] = data["report_language"]
    for field in ("blind_reports", "archived"):
        if field in data:
            cleaned[field] = bool(data[field])
    if errors:
        raise ValidationError(errors)
    return cleaned


def _clean_contact(data: dict[str, Any]) -> dict[str, Any]:
    errors = [FieldError(field, "is not a contact field") for field in sorted(set(data) - set(_CONTACT_FIELDS))]
    cleaned: dict[str, Any] = {}
    for field in ("first_name", "last_name"):
        if field in data:
            cleaned[field] = norm.person_name(data[field])
    if "title" in data:
        cleaned["title"] = norm.text(data["title"])
    if "notes" in data:
        cleaned["notes"] = _notes(data["notes"])
    if "email" in data:
        cleaned["email"] = norm.email(data["email"])
        if cleaned["email"] and not norm.is_valid_email(cleaned["email"]):
            errors.append(FieldError("email", f"'{cleaned['email']}' is not a valid email address"))
    if "phone" in data:
        try:
            cleaned["phone"] = norm.phone(data["phone"])
        except ValueError:
            errors.append(FieldError("phone", f"'{data['phone']}' is not a valid phone number"))
    if errors:
        raise ValidationError(errors)
    return cleaned


class CompanyService:
    def __init__(self, store: Store):
        self._store = store

    def create(self, data: dict[str, Any]) -> CompanyRecord:
        values = _clean_company(data, partial=False)
        with self._store.sessions.begin() as session:
            existing = _by_key(session, values["name_key"])
            if existing is not None:
                raise Conflict(f"the client '{existing.name}' already exists", existing_id=existing.id)
            company = Company(**values)
            session.add(company)
            session.flush()
            return _record(company)

    def find_or_create(self, name: str, *, session: Session | None = None) -> int:
        """The id of the company whose normalised name matches `name`, created if new."""
        if session is None:
            with self._store.sessions.begin() as own:
                return self.find_or_create(name, session=own)
        values = _clean_company({"name": name}, partial=False)
        existing = _by_key(session, values["name_key"])
        if existing is not None:
            return existing.id
        company = Company(**values)
        session.add(company)
        session.flush()
        return company.id

    def find(self, name: str) -> CompanyRecord | None:
        key = norm.company_key(name)
        with self._store.sessions() as session:
            company = _by_key(session, key)
            return _record(company) if company else None

    def get(self, company_id: int) -> CompanyRecord:
        with self._store.sessions() as session:
            company = session.get(Company, company_id)
            if company is None:
                raise NotFound("Client", company_id)
            return _record(company)

    def list_all(self, include_archived: bool = False) -> list[CompanyRecord]:
        with self._store.sessions() as session:
            query = select(Company)
            if not include_archived:
                query = query.where(Company.archived.is_(False))
            records = [_record(company) for company in session.scalars(query).unique()]
        # A few dozen clients, sorted as a reader expects (crm.domain.sorting), which SQL here cannot do.
        return sorted(records, key=lambda record: (sort_key(record.name), record.id))

    def update(self, company_id: int, expected_version: int, changes: dict[str, Any]) -> CompanyRecord:
        values = _clean_company(changes, partial=True)
        with self._store.sessions.begin() as session:
            company = session.get(Company, company_id)
            if company is None:
                raise NotFound("Client", company_id)
            if company.version != expected_version:
                raise StaleVersion("Client", company_id, expected_version, company.version)
            if "name_key" in values:
                other = _by_key(session, values["name_key"])
                if other is not None and other.id != company_id:
                    raise Conflict(f"the client '{other.name}' already exists", existing_id=other.id)
            for field, value in values.items():
                setattr(company, field, value)
            session.flush()
            return _record(company)

    def delete(self, company_id: int) -> None:
        with self._store.sessions.begin() as session:
            company = session.get(Company, company_id)
            if company is None:
                raise NotFound("Client", company_id)
            roles = session.scalar(select(func.count(Role.id)).where(Role.company_id == company_id))
            if roles:
                raise Conflict(f"the client '{company.name}' has {roles} roles; archive it instead")
            session.delete(company)

    # ---- contacts ------------------------------------------------------------------------------
    def add_contact(self, company_id: int, data: dict[str, Any]) -> ContactRecord:
        values = _clean_contact(data)
        if not (values.get("first_name") or values.get("last_name") or values.get("email")):
            raise ValidationError.single("first_name", "a name or email is required")
        with self._store.sessions.begin() as session:
            if session.get(Company, company_id) is None:
                raise NotFound("Client", company_id)
            contact = Contact(company_id=company_id, **values)
            session.add(contact)
            session.flush()
            return _contact_record(contact)

    def update_contact(self, contact_id: int, expected_version: int, changes: dict[str, Any]) -> ContactRecord:
        values = _clean_contact(changes)
        with self._store.sessions.begin() as session:
            contact = session.get(Contact, contact_id)
            if contact is None:
                raise NotFound("Contact", contact_id)
            if contact.version != expected_version:
                raise StaleVersion("Contact", contact_id, expected_version, contact.version)
            for field, value in values.items():
                setattr(contact, field, value)
            session.flush()
            return _contact_record(contact)

    def delete_contact(self, contact_id: int) -> None:
        with self._store.sessions.begin() as session:
            contact = session.get(Contact, contact_id)
            if contact is None:
                raise NotFound("Contact", contact_id)
            session.delete(contact)


def _by_key(session: Session, key: str) -> Company | None:
    return session.scalar(select(Company).where(Company.name_key == key))


def _contact_record(contact: Contact) -> ContactRecord:
    return ContactRecord(
        id=contact.id, company_id=contact.company_id, first_name=contact.first_name, last_name=contact.last_name,
        title=contact.title, email=contact.email, phone=contact.phone, version=contact.version,
    )


def _record(company: Company) -> CompanyRecord:
    return CompanyRecord(
        id=company.id, name=company.name, name_key=company.name_key, industry=company.industry,
        website=company.website, city=company.city, notes=company.notes, blind_reports=company.blind_reports,
        report_language=company.report_language, archived=company.archived, version=company.version,
        contacts=tuple(_contact_record(c) for c in sorted(company.contacts, key=lambda c: c.id)),
    )
