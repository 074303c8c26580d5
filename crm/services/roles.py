"""Roles: create, read, update, delete, and their required / nice-to-have skills."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, delete, select
from sqlalchemy.orm import Session

from crm.domain import Company, Role, RoleSkill
from crm.domain.base import utcnow
from crm.domain.enums import RoleStatus
from crm.domain.errors import Conflict, NotFound, StaleVersion
from crm.domain.role_rules import clean_role
from crm.domain.skills import canonical
from crm.persistence.same_text import equals_ignoring_case
from crm.persistence.store import Store
from crm.services.records import RoleRecord, SkillLevel
from crm.services.skills import skill_ids


def reference_is(reference: str) -> ColumnElement[bool]:
    """Role.reference equals `reference` whatever its case (same_text: a stored "Diseño-01" was missed when
    the database's upper() was compared with Python's, and an import then inserted it twice)."""
    return equals_ignoring_case(Role.reference, reference.strip())

class RoleService:
    def __init__(self, store: Store):
        self._store = store

    def create(
        self, data: dict[str, Any], required_skills: Sequence[str] = (), nice_skills: Sequence[str] = ()
    ) -> RoleRecord:
        values = clean_role(data)
        values.setdefault("status", RoleStatus.ACTIVE.value)
        values.setdefault("opened_on", date.today())
        with self._store.sessions.begin() as session:
            if session.get(Company, values["company_id"]) is None:
                raise NotFound("Client", values["company_id"])
            if not values.get("reference"):
                values["reference"] = next_reference(session, values["opened_on"].year)
            elif session.scalar(select(Role.id).where(Role.reference == values["reference"])):
                raise Conflict(f"a role with reference {values['reference']} already exists")
            role = Role(**values)
            session.add(role)
            session.flush()
            replace_role_skills(session, role.id, required_skills, nice_skills)
            session.flush()
            session.refresh(role)
            return _record(role)

    def get(self, role_id: int) -> RoleRecord:
        with self._store.sessions() as session:
            role = session.get(Role, role_id)
            if role is None:
                raise NotFound("Role", role_id)
            return _record(role)

    def get_by_reference(self, reference: str) -> RoleRecord:
        with self._store.sessions() as session:
            role = session.scalar(select(Role).where(reference_is(reference)))
            if role is None:
                raise NotFound("Role", reference)
            return _record(role)

    def list_all(self, company_id: int | None = None) -> list[RoleRecord]:
        with self._store.sessions() as session:
            query = select(Role).order_by(Role.reference)
            if company_id is not None:
                query = query.where(Role.company_id == company_id)
            return [_record(role) for role in session.scalars(query).unique()]

    def update(
        self,
        role_id: int,
        expected_version: int,
        changes: dict[str, Any],
        required_skills: Sequence[str] | None = None,
        nice_skills: Sequence[str] | None = None,
    ) -> RoleRecord:
        values = clean_role(changes, partial=True)
        with self._store.sessions.begin() as session:
            role = session.get(Role, role_id)
            if role is None:
                raise NotFound("Role", role_id)
            if role.version != expected_version:
                raise StaleVersion("Role", role_id, expected_version, role.version)
            if values.get("reference") and values["reference"] != role.reference:
                if session.scalar(select(Role.id).where(Role.reference == values["reference"])):
                    raise Conflict(f"a role with reference {values['reference']} already exists")
            for field, value in values.items():
                setattr(role, field, value)
            if required_skills is not None or nice_skills is not None:
                current = _record(role)
                required = required_skills if required_skills is not None else [s.name for s in current.required_skills]
                nice = nice_skills if nice_skills is not None else [s.name for s in current.nice_skills]
                if role_skill_links(session, required, nice) != {link.skill_id: link.required for link in role.skills}:
                    # Only the links change: the role's row is touched so its version moves, and an open editor
                    # or an import's undo sees the edit.
                    role.updated_at = utcnow()
                replace_role_skills(session, role_id, required, nice)
            session.flush()
            session.refresh(role)
            return _record(role)

    def delete(self, role_id: int) -> None:
        with self._store.sessions.begin() as session:
            role = session.get(Role, role_id)
            if role is None:
                raise NotFound("Role", role_id)
            session.delete(role)


def next_reference(session: Session, year: int) -> str:
    prefix = f"VAC-{year}-"
    taken = session.scalars(select(Role.reference).where(Role.reference.like(f"{prefix}%"))).all()
    numbers = [int(ref[len(prefix):]) for ref in taken if ref[len(prefix):].isdigit()]
    return f"{prefix}{(max(numbers) + 1) if numbers else 1:03d}"


def replace_role_skills(session: Session, role_id: int, required: Sequence[str], nice: Sequence[str]) -> None:
    session.execute(delete(RoleSkill).where(RoleSkill.role_id == role_id))
    add_role_skills(session, role_id, required, nice)


def role_skill_links(session: Session, required: Sequence[str], nice: Sequence[str]) -> dict[int, bool]:
    """skill id -> required, for these names as canonical skills (a skill in both lists is required)."""
    known = skill_ids(session, [*required, *nice])
    links: dict[int, bool] = {}
    for names, is_required in ((required, True), (nice, False)):
        for name in names:
            result = canonical(name)
            if result:
                links.setdefault(known[result[0]], is_required)
    return links


def add_role_skills(session: Session, role_id: int, required: Sequence[str], nice: Sequence[str]) -> None:
    """Link canonical skills to a role that has none of them yet (required ones win over nice-to-have)."""
    for skill_id, is_required in role_skill_links(session, required, nice).items():
        session.add(RoleSkill(role_id=role_id, skill_id=skill_id, required=is_required))


def _record(role: Role) -> RoleRecord:
    skills = sorted(role.skills, key=lambda s: s.skill.name.lower())
    return RoleRecord(
        id=role.id, reference=role.reference, company_id=role.company_id, client=role.company.name,
        contact_id=role.contact_id, title=role.title, seniority=role.seniority, location=role.location,
        remote_policy=role.remote_policy, salary_min=role.salary_min, salary_max=role.salary_max,
        openings=role.openings, status=role.status, fee_percent=role.fee_percent, description=role.description,
        opened_on=role.opened_on, closed_on=role.closed_on, version=role.version,
        required_skills=tuple(SkillLevel(s.skill.key, s.skill.name, s.min_years) for s in skills if s.required),
        nice_skills=tuple(SkillLevel(s.skill.key, s.skill.name, s.min_years) for s in skills if not s.required),
    )
