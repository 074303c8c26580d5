"""A read-only first look at the candidate list with the standard library's sqlite3 alone.

The window shows its first page from this while SQLAlchemy, the migrations check and the
damage check load behind it (a third to half a second that would otherwise come before any
window). It answers the same questions, in the same order, as `CandidateListService` for the
unfiltered list (a test compares the two on every sort key), never writes (the file is opened
`mode=ro`), and is used only when the database is a SQLite file already at this app's schema:
anything else gets no preview and goes through the full start-up first.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from crm.domain.enums import CandidateStatus
from crm.persistence.schema_head import SCHEMA_HEAD
from crm.services.candidate_row import ROW_COLUMNS, SORT_COLUMNS, CandidateRow, row_from, top_skills

_HEADER = b"SQLite format 3\x00"
_ARCHIVED = CandidateStatus.ARCHIVED.value
_CHUNK = 500

_ROW_SQL = f"SELECT {', '.join(ROW_COLUMNS)} FROM candidate WHERE id IN ({{marks}})"  # noqa: S608 (names)
_SKILLS_SQL = (
    "SELECT cs.candidate_id, s.name FROM candidate_skill AS cs JOIN skill AS s ON s.id = cs.skill_id "
    "WHERE cs.candidate_id IN ({marks}) "
    "ORDER BY cs.candidate_id, cs.years IS NULL, cs.years DESC, s.name"
)


def open_peek(path: Path) -> PeekListing | None:
    """A read-only listing over `path`, or None when it is not a SQLite file at this app's schema
    (missing, empty, damaged header, older or newer revision, unreadable)."""
    try:
        with path.open("rb") as file:
            if file.read(len(_HEADER)) != _HEADER:
                return None
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)
    except (OSError, sqlite3.Error, ValueError):
        return None
    try:
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        if revision is None or revision[0] != SCHEMA_HEAD:
            connection.close()
            return None
    except sqlite3.Error:
        connection.close()
        return None
    return PeekListing(connection, path)


class PeekListing:
    """count / ids / rows / has_any for the unfiltered candidate list, read-only."""

    def __init__(self, connection: sqlite3.Connection, path: Path):
        self._connection: sqlite3.Connection | None = connection
        self.path = path
        # Which columns may be empty, from the file itself: empty values sort last, as in the list service.
        self._nullable = {name for _cid, name, _type, notnull, _default, _pk
                          in self._query("PRAGMA table_info(candidate)") if not notnull}

    def close(self) -> None:
        """Release the file (before the full start-up may repair or replace it). Afterwards every
        question gets an empty answer rather than an error: the window is about to switch over."""
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    def _query(self, sql: str, parameters: Sequence = ()) -> list[tuple]:
        if self._connection is None:
            return []
        try:
            return self._connection.execute(sql, parameters).fetchall()
        except sqlite3.Error:  # damage the full start-up will diagnose; show nothing meanwhile
            return []

    def has_any(self) -> bool:
        return bool(self._query("SELECT 1 FROM candidate LIMIT 1"))

    def count(self, include_archived: bool = True) -> int:
        if include_archived:
            found = self._query("SELECT count(*) FROM candidate")
        else:
            found = self._query("SELECT count(*) - (SELECT count(*) FROM candidate WHERE status = ?) FROM candidate",
                                (_ARCHIVED,))
        return found[0][0] if found else 0

    def ids(self, sort_key: str | None = "name", descending: bool = False, restrict_to: Sequence[int] | None = None,
            include_archived: bool = True, limit: int | None = None) -> list[int]:
        if restrict_to is not None:
            raise ValueError("search results are listed once the full start-up is done")
        if (sort_key or "name") not in SORT_COLUMNS:
            raise ValueError(f"cannot sort candidates by {sort_key!r}")
        direction = "DESC" if descending else "ASC"
        order = []
        for column in SORT_COLUMNS[sort_key or "name"]:
            if column in self._nullable:
                order.append(f"{column} IS NULL")  # empty values last, both directions
            order.append(f"{column} {direction}")
        order.append(f"id {direction}")
        # Only names from SORT_COLUMNS go into the text; every value is a bound parameter.
        sql = f"SELECT id FROM candidate{{where}} ORDER BY {', '.join(order)}"  # noqa: S608
        if limit is not None:
            where = "" if include_archived else " WHERE status != ?"
            parameters = () if include_archived else (_ARCHIVED,)
            return [row[0] for row in self._query(sql.format(where=where) + " LIMIT ?", (*parameters, limit))]
        ids = [row[0] for row in self._query(sql.format(where=""))]
        if include_archived:
            return ids
        archived = {row[0] for row in self._query("SELECT id FROM candidate WHERE status = ?", (_ARCHIVED,))}
        return [candidate_id for candidate_id in ids if candidate_id not in archived]

    def rows(self, ids: Sequence[int]) -> list[CandidateRow]:
        wanted = list(ids)
        found: dict[int, CandidateRow] = {}
        for start in range(0, len(wanted), _CHUNK):
            chunk = wanted[start:start + _CHUNK]
            marks = ", ".join("?" * len(chunk))
            skills = top_skills(self._query(_SKILLS_SQL.format(marks=marks), chunk))
            for values in self._query(_ROW_SQL.format(marks=marks), chunk):
                *plain, last_activity, updated, created = values
                found[values[0]] = row_from(
                    (*plain, _timestamp(last_activity), _timestamp(updated), _timestamp(created)),
                    skills.get(values[0], ()))
        return [found[i] for i in wanted if i in found]


def _timestamp(value: str | None) -> datetime | None:
    """SQLAlchemy keeps UTC timestamps as ISO text without an offset; give them back aware, as it does."""
    if value is None:
        return None
    parsed = datetime.fromisoformat(value)
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)
