"""The SQLite FTS5 index over candidates, kept in step in bulk by the service layer.

One row per candidate (rowid = candidate.id). Row triggers would cost ~37 s on a 100,000-row
insert against ~6 s for indexing after it, so every write path calls `reindex` with the ids it
touched, in the same transaction. `unicode61 remove_diacritics 2` makes `nunez` find `Núñez`.
Skills are indexed by canonical key as well as name, so `C++`/`C#`/`C` stay apart
(`cplusplus`, `csharp`, `c`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Connection

FTS_TABLE = "candidate_fts"
FTS_COLUMNS = ("name", "email", "phone", "title", "company", "city", "skills", "summary", "notes", "cv")

CREATE_SQL = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5("
    + ", ".join(FTS_COLUMNS)
    + ", tokenize = 'unicode61 remove_diacritics 2')"
)

# A skill's indexed words: its key, and its name where that is another word ("cplusplus C++", "nodejs
# Node.js"; "python", not "python Python": a repeated token only costs index time and space).
SKILL_WORDS = "CASE WHEN lower(s.name) = s.key THEN s.key ELSE s.key || ' ' || s.name END"

# The indexed text of each candidate, computed in SQL (reindex, rebuild); new_document is its twin for new
# rows. The tokenizer splits an email at "." and "@", so the address alone gives its parts ("garcia",
# "example") and a phrase search for the whole address.
_SELECT_DOCUMENTS = f"""
SELECT c.id,
       trim(c.first_name || ' ' || c.last_name),
       coalesce(c.email, ''),
       coalesce(c.phone, '') || ' ' || substr(coalesce(c.phone, ''), 4),
       coalesce(c.current_title, ''),
       coalesce(c.current_company, ''),
       coalesce(c.city, ''),
       coalesce((SELECT group_concat({SKILL_WORDS}, ' ')
                 FROM candidate_skill cs JOIN skill s ON s.id = cs.skill_id
                 WHERE cs.candidate_id = c.id), ''),
       coalesce(c.summary, ''),
       coalesce(c.notes, ''),
       coalesce((SELECT group_concat(a.text, ' ') FROM attachment a WHERE a.candidate_id = c.id), '')
FROM candidate c
"""  # noqa: S608 - our own SQL fragment, no values

_INSERT = f"INSERT INTO {FTS_TABLE} (rowid, {', '.join(FTS_COLUMNS)}) "
_CHUNK = 500


def is_available(connection: Connection) -> bool:
    return connection.dialect.name == "sqlite"


def reindex(connection: Connection, candidate_ids: Sequence[int]) -> None:
    """Bring the index rows of these candidates in line with the tables (deleted ones are dropped)."""
    if not is_available(connection) or not candidate_ids:
        return
    ids = sorted(set(candidate_ids))
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start:start + _CHUNK]
        marks = ",".join(str(int(i)) for i in chunk)  # integers only: no user text reaches this SQL
        connection.exec_driver_sql(f"DELETE FROM {FTS_TABLE} WHERE rowid IN ({marks})")  # noqa: S608
        connection.exec_driver_sql(_INSERT + _SELECT_DOCUMENTS + f" WHERE c.id IN ({marks})")  # noqa: S608


def new_document(candidate_id: int, values: dict[str, Any], skills: str) -> tuple:
    """The indexed text of a candidate just created (no attachments yet), from the values it was
    written with and its skills' words in skill-id order: the Python twin of _SELECT_DOCUMENTS, so a
    bulk insert indexes without reading back what it wrote (0.5 s of joins per 100,000 candidates).
    tests/crm/persistence/test_search_index.py keeps the two equal."""
    phone = values.get("phone") or ""
    return (candidate_id, f"{values.get('first_name') or ''} {values.get('last_name') or ''}".strip(" "),
            values.get("email") or "", f"{phone} {phone[3:]}", values.get("current_title") or "",
            values.get("current_company") or "", values.get("city") or "", skills, values.get("summary") or "",
            values.get("notes") or "", "")


def skill_words(connection: Connection, skill_ids: Iterable[int]) -> dict[int, str]:
    """Skill id -> its indexed words (SKILL_WORDS), for new_document."""
    ordered = sorted(set(skill_ids))
    words: dict[int, str] = {}
    for start in range(0, len(ordered), _CHUNK):
        marks = ",".join(str(int(i)) for i in ordered[start:start + _CHUNK])  # integers only
        words.update(connection.exec_driver_sql(
            f"SELECT s.id, {SKILL_WORDS} FROM skill s WHERE s.id IN ({marks})").all())  # noqa: S608
    return words


def add_new(connection: Connection, documents: Iterable[tuple]) -> None:
    """Index new candidates from their `new_document`s."""
    if not is_available(connection):
        return
    marks = ", ".join("?" * (len(FTS_COLUMNS) + 1))
    connection.exec_driver_sql(_INSERT + f"VALUES ({marks})", list(documents))


def remove(connection: Connection, candidate_ids: Sequence[int]) -> None:
    if not is_available(connection) or not candidate_ids:
        return
    ids = sorted(set(candidate_ids))
    for start in range(0, len(ids), _CHUNK):
        marks = ",".join(str(int(i)) for i in ids[start:start + _CHUNK])
        connection.exec_driver_sql(f"DELETE FROM {FTS_TABLE} WHERE rowid IN ({marks})")  # noqa: S608


def rebuild(connection: Connection) -> None:
    """Drop and recompute every index row (after a restore, or to repair)."""
    if not is_available(connection):
        return
    connection.exec_driver_sql(f"DELETE FROM {FTS_TABLE}")  # noqa: S608
    connection.exec_driver_sql(_INSERT + _SELECT_DOCUMENTS)
    connection.exec_driver_sql(f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}) VALUES ('optimize')")  # noqa: S608
