"""Candidate actions: create, read, update, archive, delete, and the bulk path for imports and demo data."""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import delete, func, insert, select, text
from sqlalchemy.orm import Session

from crm.domain import Candidate, CandidateSkill, Skill
from crm.domain.base import utcnow
from crm.domain.candidate_rules import clean_candidate
from crm.domain.enums import CandidateStatus
from crm.domain.errors import Conflict, NotFound, StaleVersion, ValidationError
from crm.domain.skills import canonical
from crm.domain.sorting import CANDIDATE_SORT_KEYS, candidate_sort_keys, sort_key
from crm.persistence import multirow, search_index
from crm.persistence.store import Store
from crm.services.records import CandidateRecord, SkillLevel
from crm.services.skills import ids_for_keys, skill_ids

SkillInput = str | tuple[str, float | None]
CanonicalSkill = tuple[str, str, float | None]  # (key, display name, years), as crm.domain.skills.canonical gives
_COLUMNS = [column.key for column in Candidate.__table__.columns]


def _skill_pairs(skills: Sequence[SkillInput]) -> list[tuple[str, float | None]]:
    return [(item, None) if isinstance(item, str) else (item[0], item[1]) for item in skills]


class CandidateService:
    def __init__(self, store: Store):
        self._store = store

    # ---- reading -------------------------------------------------------------------------------
    def get(self, candidate_id: int) -> CandidateRecord:
        with self._store.sessions() as session:
            candidate = session.get(Candidate, candidate_id)
            if candidate is None:
                raise NotFound("Candidate", candidate_id)
            return _record(candidate, _skills_of(session, [candidate_id]).get(candidate_id, ()))

    def count(self) -> int:
        with self._store.sessions() as session:
            return session.scalar(select(func.count(Candidate.id))) or 0

    def iter_all(self, batch_size: int = 2000) -> Iterator[CandidateRecord]:
        """Every candidate in id order, read in pages so 100,000 rows never sit in memory at once."""
        last_id = 0
        while True:
            with self._store.sessions() as session:
                page = session.scalars(
                    select(Candidate).where(Candidate.id > last_id).order_by(Candidate.id).limit(batch_size)
                ).all()
                if not page:
                    return
                skills = _skills_of(session, [c.id for c in page])
                records = [_record(c, skills.get(c.id, ())) for c in page]
            yield from records
            last_id = records[-1].id

    def find_by_email(self, email: str) -> CandidateRecord | None:
        cleaned = clean_candidate({"email": email}, partial=True)["email"]
        with self._store.sessions() as session:
            candidate = session.scalar(select(Candidate).where(Candidate.email == cleaned))
            if candidate is None:
                return None
            return _record(candidate, _skills_of(session, [candidate.id]).get(candidate.id, ()))

    # ---- writing -------------------------------------------------------------------------------
    def create(self, data: dict[str, Any], skills: Sequence[SkillInput] = ()) -> CandidateRecord:
        values = clean_candidate(data)
        values.setdefault("status", CandidateStatus.ACTIVE.value)
        with self._store.sessions.begin() as session:
            _refuse_taken_email(session, values.get("email"), None)
            candidate = Candidate(**values)
            session.add(candidate)
            session.flush()
            _replace_skills(session, candidate.id, _skill_pairs(skills))
            session.flush()
            search_index.reindex(session.connection(), [candidate.id])
            return _record(candidate, _skills_of(session, [candidate.id]).get(candidate.id, ()))

    def update(
        self,
        candidate_id: int,
        expected_version: int,
        changes: dict[str, Any],
        skills: Sequence[SkillInput] | None = None,
    ) -> CandidateRecord:
        """Apply `changes` if the record is still at `expected_version`; otherwise raise StaleVersion."""
        values = clean_candidate(changes, partial=True)
        with self._store.sessions.begin() as session:
            candidate = _locked(session, candidate_id, expected_version)
            _refuse_taken_email(session, values.get("email"), candidate_id)
            merged = {field: values.get(field, getattr(candidate, field)) for field in ("first_name", "last_name",
                      "email", "phone", "linkedin_url")}
            if not any(merged.values()):
                raise ValidationError.single("first_name", "a name, email, phone or profile URL is required")
            for field, value in values.items():
                setattr(candidate, field, value)
            if skills is not None:
                _replace_skills(session, candidate_id, _skill_pairs(skills))
                candidate.updated_at = utcnow()  # a skills-only edit still bumps version and timestamp
            session.flush()
            search_index.reindex(session.connection(), [candidate_id])
            return _record(candidate, _skills_of(session, [candidate_id]).get(candidate_id, ()))

    def archive(self, candidate_id: int, expected_version: int) -> CandidateRecord:
        return self.update(candidate_id, expected_version, {"status": CandidateStatus.ARCHIVED.value})

    def delete(self, candidate_id: int) -> None:
        with self._store.sessions.begin() as session:
            candidate = session.get(Candidate, candidate_id)
            if candidate is None:
                raise NotFound("Candidate", candidate_id)
            session.delete(candidate)
            session.flush()
            search_index.remove(session.connection(), [candidate_id])

    def bulk_insert(
        self,
        rows: Sequence[dict[str, Any]],
        skills: Sequence[Sequence[SkillInput]] | None = None,
        *,
        session: Session | None = None,
        canonical_skills: Sequence[Sequence[CanonicalSkill]] | None = None,
    ) -> list[int]:
        """Insert many already-cleaned candidates (see `clean_candidate`) with their skills.

        One executemany per batch and a returned id list; no ORM objects; keys of `rows` that are
        not columns are ignored. Pass `session` to
        take part in a caller's transaction (an import), otherwise this is its own transaction.
        An importer that has canonicalised the skills already passes `canonical_skills` instead of
        `skills`: per row, (key, display name, years) with each key once.
        """
        if session is None:
            with self._store.sessions.begin() as own:
                return self.bulk_insert(rows, skills, session=own, canonical_skills=canonical_skills)
        ids = _insert_returning_ids(session, rows, utcnow())
        if canonical_skills is None and skills:
            canonical_skills = _canonical_rows(skills)
        linked = _link_skills(session, ids, canonical_skills) if canonical_skills else {}
        if ids and search_index.is_available(session.connection()):
            search_index.add_new(session.connection(), _new_documents(session, ids, rows, linked))
        return ids


_INSERT_COLUMNS = [c for c in _COLUMNS if c != "id"]
_EMPTY_ROW = dict.fromkeys(_INSERT_COLUMNS)


def _prepared(row: dict[str, Any], now) -> dict[str, Any]:
    values = {**_EMPTY_ROW, **row}
    values["first_name"] = values["first_name"] or ""
    values["last_name"] = values["last_name"] or ""
    values["status"] = values["status"] or CandidateStatus.ACTIVE.value
    values["created_at"] = values["created_at"] or now
    values["updated_at"] = values["updated_at"] or now
    values["version"] = 1
    values.update(candidate_sort_keys(values))
    return values


def _new_documents(session: Session, ids: list[int], rows: Sequence[dict[str, Any]],
                   linked: dict[int, list[int]]) -> Iterator[tuple]:
    """The search documents of candidates just written, from their values, without reading them back
    (see search_index.new_document); skills in skill-id order, as the index's SQL joins them."""
    words = search_index.skill_words(session.connection(),
                                     {skill_id for skill_ids_ in linked.values() for skill_id in skill_ids_})
    for candidate_id, row in zip(ids, rows, strict=True):
        skills = " ".join(words[skill_id] for skill_id in sorted(linked.get(candidate_id, ())))
        yield search_index.new_document(candidate_id, row, skills)


def _canonical_rows(skills: Sequence[Sequence[SkillInput]]) -> list[list[CanonicalSkill]]:
    """Skills as callers write them ("postgres", ("Python", 6)) -> per row (key, name, years), each key
    once (its first spelling and years)."""
    resolved: dict[str, tuple[str, str] | None] = {}  # the same names repeat across rows: resolve each once
    rows: list[list[CanonicalSkill]] = []
    for items in skills:
        row: dict[str, CanonicalSkill] = {}
        for item in items:
            name, years = (item, None) if item.__class__ is str else item
            if name not in resolved:
                resolved[name] = canonical(name)
            found = resolved[name]
            if found is not None and found[0] not in row:
                row[found[0]] = (found[0], found[1], years)
        rows.append(list(row.values()))
    return rows


def _link_skills(session: Session, ids: list[int], skills: Sequence[Sequence[CanonicalSkill]]) -> dict[int, list[int]]:
    """Link the new candidates to their skills (each key once a row); candidate id -> the skill ids linked."""
    # Read backwards, so that the first spelling of a new skill names it (as skill_ids does).
    known = ids_for_keys(session, {key: name for items in reversed(skills)
                                   for key, name, _years in reversed(items)})
    links: list[tuple[int, int, float | None]] = []
    linked: dict[int, list[int]] = {}
    for candidate_id, items in zip(ids, skills, strict=True):
        if items:
            skill_ids_ = linked[candidate_id] = [known[key] for key, _name, _years in items]
            links.extend(zip(itertools.repeat(candidate_id), skill_ids_, [years for _k, _n, years in items]))
    if links:
        _insert_links(session, links)
    return linked


_INSERT_LINKS = "INSERT INTO candidate_skill (candidate_id, skill_id, years)"


def _insert_links(session: Session, links: list[tuple[int, int, float | None]]) -> None:
    """Skill links are plain numbers; on SQLite they go straight to the driver in multi-row INSERTs
    (see multirow): SQLAlchemy's per-row parameter processing cost ~8 us a link."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        connection.execute(insert(CandidateSkill.__table__),
                           [{"candidate_id": c, "skill_id": s, "years": y} for c, s, y in links])
        return
    multirow.insert_rows(connection, _INSERT_LINKS, links, 3)


def _insert_returning_ids(session: Session, rows: Sequence[dict[str, Any]], now) -> list[int]:
    """Insert the rows and return their ids in order.

    On SQLite, RETURNING with parameter order makes SQLAlchemy send one INSERT per row (RETURNING
    order is not guaranteed there); a plain executemany is ~3x faster. SQLite gives a new row the
    largest rowid + 1, and our transaction holds the write lock, so the ids are the next block.
    """
    table = Candidate.__table__
    connection = session.connection()
    if connection.dialect.name != "sqlite" or not rows:
        # Core (not ORM-enabled) insert: RETURNING through the ORM bulk path is quadratic here.
        return list(connection.execute(
            insert(table).returning(table.c.id, sort_by_parameter_order=True),
            [_prepared(row, now) for row in rows]).scalars())
    last = connection.execute(select(func.max(table.c.id))).scalar() or 0
    sql = (f"INSERT INTO {table.name} ({', '.join(_INSERT_COLUMNS)}) "  # noqa: S608 - our column names
           f"VALUES ({', '.join('?' for _ in _INSERT_COLUMNS)})")
    driver = DriverRows(connection.dialect, now)
    # An executemany, not multi-row statements: for rows this wide they were slower (see multirow).
    connection.exec_driver_sql(sql, [driver.params(row) for row in rows])
    ids = list(range(last + 1, last + 1 + len(rows)))
    if connection.execute(select(func.max(table.c.id))).scalar() != ids[-1]:
        raise RuntimeError("candidate ids were not allocated in one block")  # cannot happen under our write lock
    return ids


class DriverRows:
    """Candidate rows as SQLite driver parameters in column order, with the defaults of `_prepared`.

    Values go through the columns' own bind processors (dates, UTC timestamps), each distinct value
    once: imported dates repeat, and SQLAlchemy's per-row parameter handling was half the insert time.
    The sort keys (crm.domain.sorting) are computed here too, each distinct name, title, company and city once."""

    def __init__(self, dialect, now):
        table = Candidate.__table__
        processors = [table.c[name].type._cached_bind_processor(dialect) for name in _INSERT_COLUMNS]
        at = {name: index for index, name in enumerate(_INSERT_COLUMNS)}
        self._required = [(at["first_name"], ""), (at["last_name"], ""), (at["status"], CandidateStatus.ACTIVE.value),
                          (at["created_at"], now), (at["updated_at"], now)]
        self._version = at["version"]
        # (from column, to column, how, what it gave each value so far): the sort keys from the texts first,
        # then the values converted in place
        self._derived = [(at[column], at[key], sort_key, {}) for column, key in CANDIDATE_SORT_KEYS.items()]
        self._derived += [(index, index, process, {}) for index, process in enumerate(processors) if process is not None]

    def params(self, row: dict[str, Any]) -> tuple:
        values = list(map(row.get, _INSERT_COLUMNS))
        for index, default in self._required:
            if not values[index]:
                values[index] = default
        values[self._version] = 1
        for source, target, process, seen in self._derived:
            value = values[source]
            if value is not None:
                done = seen.get(value)
                if done is None:
                    done = seen[value] = process(value)
                values[target] = done
            else:
                values[target] = None
        return tuple(values)


# How long an edit waits for a row another transaction holds (PostgreSQL), in seconds.
EDIT_LOCK_WAIT_S = 3


def _locked(session: Session, candidate_id: int, expected_version: int) -> Candidate:
    """The candidate, row-locked, if still at `expected_version`. On PostgreSQL a colleague's import holding
    the row waited the edit out, then failed it as an internal error (StaleDataError): it waits a few
    seconds now, then says the database is busy; once the import is done, it sees the import's version."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text(f"SET LOCAL lock_timeout = '{EDIT_LOCK_WAIT_S}s'"))
    candidate = session.get(Candidate, candidate_id, with_for_update=True, populate_existing=True)
    if candidate is None:
        raise NotFound("Candidate", candidate_id)
    if candidate.version != expected_version:
        raise StaleVersion("Candidate", candidate_id, expected_version, candidate.version)
    return candidate


def _refuse_taken_email(session: Session, email: str | None, own_id: int | None) -> None:
    if not email:
        return
    other = session.scalar(select(Candidate.id).where(Candidate.email == email))
    if other is not None and other != own_id:
        raise Conflict(f"the email {email} already belongs to candidate {other}", existing_id=other)


def _replace_skills(session: Session, candidate_id: int, pairs: list[tuple[str, float | None]]) -> None:
    session.execute(delete(CandidateSkill).where(CandidateSkill.candidate_id == candidate_id))
    known = skill_ids(session, (name for name, _ in pairs))
    seen: set[int] = set()
    for name, years in pairs:
        result = canonical(name)
        if result and known[result[0]] not in seen:
            seen.add(known[result[0]])
            session.add(CandidateSkill(candidate_id=candidate_id, skill_id=known[result[0]], years=years))


def _skills_of(session: Session, candidate_ids: list[int]) -> dict[int, tuple[SkillLevel, ...]]:
    result: dict[int, list[SkillLevel]] = {}
    for start in range(0, len(candidate_ids), 500):
        chunk = candidate_ids[start:start + 500]
        rows = session.execute(
            select(CandidateSkill.candidate_id, Skill.key, Skill.name, CandidateSkill.years)
            .join(Skill, Skill.id == CandidateSkill.skill_id)
            .where(CandidateSkill.candidate_id.in_(chunk))
            .order_by(CandidateSkill.candidate_id, CandidateSkill.years.desc(), Skill.name)
        ).all()
        for candidate_id, key, name, years in rows:
            result.setdefault(candidate_id, []).append(SkillLevel(key, name, years))
    return {key: tuple(value) for key, value in result.items()}


def _record(candidate: Candidate, skills: tuple[SkillLevel, ...]) -> CandidateRecord:
    return CandidateRecord.from_row(candidate, skills)
