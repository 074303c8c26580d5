"""The candidate list behind the big table: ids sorted in SQL, then display rows page by page.

A view over 100,000 candidates asks for the sorted id list once (a few hundred KB of ints) and
then only for the rows on screen, so opening the list costs the same for 1,000 or 100,000 people.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import ColumnElement, func, select

from crm.domain import Candidate, CandidateSkill, Skill
from crm.domain.enums import CandidateStatus
from crm.persistence.store import Store
from crm.services.candidate_row import ROW_COLUMNS, CandidateRow, row_from, top_skills
from crm.services.candidate_row import SORT_COLUMNS as SORT_KEYS

_CHUNK = 500

_COLUMNS = Candidate.__table__.c
# The shared sort keys as columns of the candidate table (nullability comes from the model).
SORT_COLUMNS: dict[str, tuple[ColumnElement, ...]] = {
    key: tuple(_COLUMNS[name] for name in names) for key, names in SORT_KEYS.items()}


class CandidateListService:
    def __init__(self, store: Store):
        self._store = store

    def ids(
        self,
        sort_key: str = "name",
        descending: bool = False,
        restrict_to: Sequence[int] | None = None,
        include_archived: bool = True,
        limit: int | None = None,
    ) -> list[int]:
        """Candidate ids in display order. `restrict_to` (search results) keeps only those ids;
        with `sort_key=None` they keep their given (ranked) order. `limit` reads only the first ids
        of the full list (the top of the table, so start-up does not grow with the database)."""
        if sort_key is not None and sort_key not in SORT_COLUMNS:
            raise ValueError(f"cannot sort candidates by {sort_key!r}")
        if restrict_to is not None:
            return self._restricted(list(restrict_to), sort_key, descending, include_archived)
        columns = SORT_COLUMNS[sort_key or "name"]
        order = []
        for column in columns:
            if column.nullable:
                order.append(column.is_(None))  # empty values last, both directions
            # NOT NULL columns order bare, so an index such as (last_name_sort, first_name_sort) serves the sort.
            order.append(column.desc() if descending else column.asc())
        order.append(Candidate.id.desc() if descending else Candidate.id.asc())
        query = select(Candidate.id).order_by(*order)
        not_archived = Candidate.status != CandidateStatus.ARCHIVED.value
        with self._store.engine.connect() as connection:  # Core rows: no ORM cost per id
            if limit is not None:  # the top of the list: the filter reads only about `limit` rows
                query = query.limit(limit)
                return list(connection.execute(query if include_archived else query.where(not_archived)).scalars())
            if include_archived:
                return list(connection.execute(query).scalars())
            # Filtering the full sorted scan on status would read every table row (0.6 s at 100k);
            # the archived few come from the status index and are dropped here instead.
            archived = set(connection.execute(select(Candidate.id).where(~not_archived)).scalars())
            ids = connection.execute(query).scalars().all()
        return [candidate_id for candidate_id in ids if candidate_id not in archived]

    def has_any(self) -> bool:
        """Whether the database holds any candidate at all (archived ones included)."""
        with self._store.engine.connect() as connection:
            return connection.execute(select(Candidate.id).limit(1)).first() is not None

    def count(self, include_archived: bool = True) -> int:
        """How many candidates the unrestricted list holds (two index-only counts)."""
        with self._store.engine.connect() as connection:
            total = connection.execute(select(func.count()).select_from(Candidate)).scalar_one()
            if not include_archived:
                total -= connection.execute(select(func.count()).select_from(Candidate).where(
                    Candidate.status == CandidateStatus.ARCHIVED.value)).scalar_one()
        return total

    def _restricted(self, wanted: list[int], sort_key: str | None, descending: bool,
                    include_archived: bool) -> list[int]:
        columns = SORT_COLUMNS[sort_key] if sort_key else ()
        keys: dict[int, tuple] = {}
        with self._store.sessions() as session:
            for start in range(0, len(wanted), _CHUNK):
                chunk = wanted[start:start + _CHUNK]
                query = select(Candidate.id, Candidate.status, *columns).where(Candidate.id.in_(chunk))
                for row in session.execute(query):
                    if include_archived or row[1] != CandidateStatus.ARCHIVED.value:
                        keys[row[0]] = tuple(row[2:])
        kept = [candidate_id for candidate_id in dict.fromkeys(wanted) if candidate_id in keys]
        if not columns:
            return kept
        # The search result is already bounded; its few rows are ordered here by the SQL values.
        present = [i for i in kept if all(v is not None for v in keys[i][:1])]
        missing = [i for i in kept if keys[i][:1] == (None,)]
        present.sort(key=lambda i: (_sortable(keys[i]), i), reverse=descending)
        return present + missing

    def rows(self, ids: Sequence[int]) -> list[CandidateRow]:
        """Display rows for these ids, in the same order (ids that no longer exist are skipped)."""
        wanted = list(ids)
        found: dict[int, CandidateRow] = {}
        with self._store.sessions() as session:
            for start in range(0, len(wanted), _CHUNK):
                chunk = wanted[start:start + _CHUNK]
                skills = _top_skills(session, chunk)
                for values in session.execute(select(*_ROW_COLUMNS).where(Candidate.id.in_(chunk))):
                    found[values[0]] = row_from(tuple(values), skills.get(values[0], ()))
        return [found[i] for i in wanted if i in found]


_ROW_COLUMNS = tuple(_COLUMNS[name] for name in ROW_COLUMNS)


def _sortable(values: tuple) -> tuple:
    return tuple(v.casefold() if isinstance(v, str) else (v if v is not None else "") for v in values)


def _top_skills(session, ids: list[int]) -> dict[int, list[str]]:
    """The candidate's strongest skills first (most years), at most TOP_SKILLS each."""
    query = (
        select(CandidateSkill.candidate_id, Skill.name)
        .join(Skill, Skill.id == CandidateSkill.skill_id)
        .where(CandidateSkill.candidate_id.in_(ids))
        .order_by(CandidateSkill.candidate_id, CandidateSkill.years.is_(None), CandidateSkill.years.desc(),
                  Skill.name)
    )
    return top_skills(session.execute(query))
