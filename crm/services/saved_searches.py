"""Smart lists: searches the recruiter saved by name, shown under Candidates in the navigation."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from crm.domain import SavedSearch
from crm.domain.errors import Conflict, NotFound, ValidationError
from crm.persistence.same_text import equals_ignoring_case
from crm.persistence.store import Store

_NAME_LIMIT = 120


@dataclass(frozen=True)
class SavedSearchRecord:
    id: int
    name: str
    query: str
    position: int


class SavedSearchService:
    def __init__(self, store: Store):
        self._store = store

    def list(self) -> list[SavedSearchRecord]:
        with self._store.sessions() as session:
            rows = session.scalars(select(SavedSearch).order_by(SavedSearch.position, SavedSearch.name))
            return [_record(row) for row in rows]

    def save(self, name: str, query: str) -> SavedSearchRecord:
        """Save a search under a new name (refused if the name is taken)."""
        name = _clean_name(name)
        if not query.strip():
            raise ValidationError.single("query", "an empty search cannot be saved")
        with self._store.sessions.begin() as session:
            _refuse_taken(session, name, None)
            position = (session.scalar(select(func.max(SavedSearch.position))) or 0) + 1
            row = SavedSearch(name=name, query=query.strip(), position=position)
            session.add(row)
            session.flush()
            return _record(row)

    def rename(self, saved_id: int, name: str) -> SavedSearchRecord:
        name = _clean_name(name)
        with self._store.sessions.begin() as session:
            row = _get(session, saved_id)
            _refuse_taken(session, name, saved_id)
            row.name = name
            session.flush()
            return _record(row)

    def delete(self, saved_id: int) -> None:
        with self._store.sessions.begin() as session:
            session.delete(_get(session, saved_id))


def _clean_name(name: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise ValidationError.single("name", "a smart list needs a name")
    if len(name) > _NAME_LIMIT:
        raise ValidationError.single("name", f"is longer than {_NAME_LIMIT} characters")
    return name


def _get(session, saved_id: int) -> SavedSearch:
    row = session.get(SavedSearch, saved_id)
    if row is None:
        raise NotFound("Smart list", saved_id)
    return row


def _refuse_taken(session, name: str, own_id: int | None) -> None:
    other = session.scalar(select(SavedSearch.id).where(equals_ignoring_case(SavedSearch.name, name)))
    if other is not None and other != own_id:
        raise Conflict(f"a smart list called '{name}' already exists", existing_id=other)


def _record(row: SavedSearch) -> SavedSearchRecord:
    return SavedSearchRecord(row.id, row.name, row.query, row.position)
