"""Who is already known: the same email, phone (E.164) or profile URL is the same person, in the
file and in the database. Similar names in the same city are only flagged, never merged."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from crm.domain import Candidate
from crm.exporting.cells import before_cut
from crm.importing.candidate_rows import CandidateRow
from crm.importing.identity import name_key, url_key
from crm.importing.namesakes import Namesakes, NameShapes, namesakes_of
from crm.importing.report import says_otherwise
from crm.importing.status_rule import takes_status

POLICIES = ("update", "skip", "overwrite")
# Fields an import may fill or overwrite; created_at only on new records.
MERGE_FIELDS = ("first_name", "last_name", "email", "phone", "city", "country", "current_title", "current_company",
                "years_experience", "current_salary", "expected_salary", "expected_salary_max", "notice_days",
                "available_from", "linkedin_url", "github_url", "source", "summary", "notes", "seniority",
                "english_level", "remote_preference", "lawful_basis", "consent_date", "consent_evidence",
                "retention_until", "status", "last_activity_at")
_CHUNK = 2000  # keys per IN (...) query; far below SQLite's 32,766 bound parameters


def find_existing(session: Session, rows: Sequence[CandidateRow]) -> dict[str, int]:
    """identity key -> candidate id, for the keys of these rows that the database already holds."""
    emails = {r.values["email"] for r in rows if r.values.get("email")}
    phones = {r.values["phone"] for r in rows if r.values.get("phone")}
    for row in rows:  # the people's other addresses and numbers (CandidateRow.also)
        for key in row.also:
            kind, _, value = key.partition(":")
            (emails if kind == "email" else phones).add(value)
    # A profile URL is the same whatever its case: compared lower-cased, through the index on lower(...).
    urls = {url_key(r.values["linkedin_url"]) for r in rows if r.values.get("linkedin_url")}
    githubs = {url_key(r.values["github_url"]) for r in rows if r.values.get("github_url")}
    found: dict[str, int] = {}
    column = Candidate.__table__.c
    connection = session.connection()
    for prefix, wanted, expr, sql in (("email:", emails, column.email, "email"), ("phone:", phones, column.phone, "phone"),
                                      ("url:", urls, func.lower(column.linkedin_url), "lower(linkedin_url)"),
                                      ("github:", githubs, func.lower(column.github_url), "lower(github_url)")):
        items = sorted(wanted)
        for start in range(0, len(items), _CHUNK):
            chunk = items[start:start + _CHUNK]
            if connection.dialect.name == "sqlite":
                # Straight to the driver: expanding 2,000 bound values through SQLAlchemy cost more than the lookup.
                result = connection.exec_driver_sql(
                    f"SELECT {sql}, id FROM candidate WHERE {sql} IN ({','.join('?' * len(chunk))}) "  # noqa: S608 - our column names, bound values
                    "ORDER BY id", tuple(chunk))
            elif prefix in ("url:", "github:"):
                # PostgreSQL's lower() lowers accented capitals too (SQLite's, ASCII letters only, made the
                # keys): look up through its index, then keep the rows whose URL has this very key.
                keys = set(chunk)
                stored_column = column.linkedin_url if prefix == "url:" else column.github_url
                result = [(key, candidate_id) for stored, candidate_id in session.execute(
                    select(stored_column, column.id).where(expr.in_({key.lower() for key in chunk}))
                    .order_by(column.id)) if (key := url_key(stored)) in keys]
            else:
                result = session.execute(select(expr, column.id).where(expr.in_(chunk)).order_by(column.id))
            for value, candidate_id in result:
                found.setdefault(prefix + value, candidate_id)
    return found


def same_name_in_db(session: Session, rows: Iterable[CandidateRow], max_id: int) -> dict[tuple[str, str], list[int]]:
    """(folded name, folded city) -> ids of candidates (up to `max_id`: those before this import) with that
    very name and city: a row with nothing but a name that matches one is the same row imported again.
    (Similar names are flagged by namesakes.)"""
    if max_id <= 0:
        return {}
    # Looked up by surname; a person with a given name alone ("Mari") by that name, among those without one.
    by_last: dict[str, set] = {}
    by_first: dict[str, set] = {}
    for row in rows:
        key = name_key(row.values)
        if key:
            last = row.values.get("last_name")
            (by_last if last else by_first).setdefault(last or row.values["first_name"], set()).add(key)
    result: dict[tuple[str, str], list[int]] = {}
    column = Candidate.__table__.c
    for wanted, by, alone in ((by_last, column.last_name, False), (by_first, column.first_name, True)):
        names = sorted(wanted)
        for start in range(0, len(names), _CHUNK):
            query = select(column.id, column.first_name, column.last_name, column.city, by).where(
                by.in_(names[start:start + _CHUNK]), column.id <= max_id)
            if alone:
                query = query.where(or_(column.last_name.is_(None), column.last_name == ""))
            for candidate_id, first, last, city, name in session.execute(query):
                key = name_key({"first_name": first, "last_name": last, "city": city})
                if key in wanted.get(name, ()):
                    result.setdefault(key, []).append(candidate_id)
    return result


def merge_changes(current: dict[str, Any], incoming: dict[str, Any], policy: str) -> dict[str, Any]:
    """The field changes one incoming row brings to a known person under a duplicate policy.

    update: fill empty fields; overwrite: every value the row has. Under both, the row's notes are added
    to the ones there are when new: notes hold what earlier imports could not read into a field (a
    second phone, "a convenir"), and replacing them would lose it.
    """
    changes: dict[str, Any] = {}
    for field in MERGE_FIELDS:
        new = incoming.get(field)
        if new in (None, ""):
            continue
        old = current.get(field)
        if field == "notes":
            if not old:
                changes[field] = new
            elif new not in old and not _a_cut_copy(new, old) and (fresh := _new_lines(new, old)):
                changes[field] = f"{old}\n{fresh}"
        elif field == "status":
            if takes_status(old, new, policy):
                changes[field] = new
        elif policy == "overwrite":
            if old != new:
                changes[field] = new
        elif old in (None, ""):
            changes[field] = new
    one_salary_range(changes, current, incoming)
    return changes


def one_salary_range(changes: dict[str, Any], current: dict[str, Any], incoming: dict[str, Any]) -> None:
    """The expected salary and its top are one range: both from the row whose low end is taken, never one
    end from each ("58k" kept and another month's "50-55k" filling the top: 58,000 to 55,000, which then
    refused every edit of the person)."""
    low, top = "expected_salary", "expected_salary_max"
    if low in changes:
        if incoming.get(top) != current.get(top):
            changes[top] = incoming.get(top)  # (none: a single amount clears the old top)
        else:
            changes.pop(top, None)
    elif top in changes and current.get(low) not in (None, "") and incoming.get(low) != current.get(low):
        del changes[top]  # the top of another range than the one kept


def _new_lines(new: str, old: str) -> str:
    """The lines of a row's notes the known ones do not hold yet: a month's list imported again with one
    observation edited added its unchanged "Estado: Nuevo" line a second time."""
    known = {" ".join(line.split()) for line in old.splitlines()}
    return "\n".join(line for line in new.splitlines() if line.strip() and " ".join(line.split()) not in known)


def _a_cut_copy(new: str, old: str) -> bool:
    """Whether the notes a row brings are the known ones as our own export cut them to fit a cell (the
    candidate list imported back appended 32,767 characters of a 40,000-character note to it)."""
    kept = before_cut(new)
    return kept is not None and kept in old


# Fields whose value in the file, when it differs from the one kept, is said (the update policy keeps the
# value there is): not the notes (appended), nor the last activity (a date the app moves on itself).
_SAID_WHEN_KEPT = tuple(f for f in MERGE_FIELDS if f not in ("notes", "last_activity_at"))


def kept_differences(current: dict[str, Any], incoming: dict[str, Any], policy: str) -> list[tuple[str, Any, Any]]:
    """(field, value kept, the row's other value) for each field the update policy leaves as it is although
    the row says otherwise ("Madrid" kept, the file's "Sevilla" not taken; report.says_otherwise)."""
    if policy != "update":
        return []
    return [(field, current.get(field), incoming.get(field)) for field in _SAID_WHEN_KEPT
            if says_otherwise(current.get(field), incoming.get(field))
            and not (field == "status" and takes_status(current.get(field), incoming.get(field), policy))]


class NamesakesInDb:
    """The candidates before this import (ids up to `max_id`) by the shape of their names, loaded city by
    city as the file's rows need them: names are compared folded and by sound, which no index of the
    database knows, and a 20-row file into a database of 100,000 reads the people of its few cities,
    not everyone (0.5 s)."""

    def __init__(self, session: Session, max_id: int, shapes: NameShapes):
        self.session, self.max_id, self.shapes = session, max_id, shapes
        self.index = Namesakes()
        self._spellings: dict[str, list[str]] | None = None  # city key -> the ways the database writes it
        self._loaded: set[str] = set()

    def for_rows(self, rows: Iterable[CandidateRow]) -> Namesakes:
        """The index, with the people of these rows' cities in it."""
        column = Candidate.__table__.c
        known = (column.id <= self.max_id, column.city.is_not(None), column.city != "")
        if self._spellings is None:
            self._spellings = {}
            for (city,) in self.session.execute(select(column.city).where(*known).distinct()):
                self._spellings.setdefault(self.shapes.city_key(city), []).append(city)
        wanted = {self.shapes.city_key(row.values.get("city") or "") for row in rows} - self._loaded
        self._loaded |= wanted
        spellings = sorted(s for key in wanted if key for s in self._spellings.get(key, ()))
        for start in range(0, len(spellings), _CHUNK):
            people = self.session.execute(select(column.id, column.first_name, column.last_name, column.city).where(
                *known, column.city.in_(spellings[start:start + _CHUNK])).order_by(column.id))
            namesakes_of(((candidate_id, {"first_name": first, "last_name": last, "city": city})
                          for candidate_id, first, last, city in people), self.shapes, self.index)
        return self.index
