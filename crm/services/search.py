"""Candidate search for the GUI and the CLI: our query language over the FTS5 index, plus SQL filters.

The parsed query becomes one FTS5 MATCH expression ranked by bm25 whenever it can (the fast path);
comparisons (salary<=60000 ...) become SQL conditions beside it. A query FTS5 cannot express alone
(e.g. a lone `NOT php`, or a comparison inside OR) is compiled to SQL with one MATCH sub-select per
full-text leaf. Every user value travels as a bound parameter.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field
from itertools import count

from sqlalchemy import (
    ColumnElement,
    String,
    and_,
    bindparam,
    exists,
    false,
    func,
    not_,
    or_,
    select,
    table,
    text,
    true,
)
from sqlalchemy.dialects.sqlite import dialect as sqlite_dialect
from sqlalchemy.exc import OperationalError

from crm.domain import Candidate, CandidateSkill, Skill
from crm.domain.enums import EnglishLevel
from crm.domain.search_query import And, Compare, Node, Not, Or, Term, parse, positive_terms
from crm.domain.skills import alias_key, canonical
from crm.domain.sorting import CANDIDATE_SORT_KEYS, sort_key
from crm.persistence.search_index import FTS_TABLE
from crm.persistence.store import Store

# Column weights for ranking: a hit in the name or skills counts more than one in the notes.
_BM25 = f"bm25({FTS_TABLE}, 10.0, 5.0, 5.0, 4.0, 2.0, 2.0, 5.0, 1.0, 1.0, 1.0)"
_fts = table(FTS_TABLE)
_WORD = re.compile(r"\w", re.UNICODE)


@dataclass(frozen=True)
class SearchResult:
    query: str
    ids: list[int]  # best match first
    terms: list[str] = field(default_factory=list)  # words and phrases to highlight
    plain_words: bool = False  # True when the query could not be parsed and was searched as words

    def __len__(self) -> int:
        return len(self.ids)


class SearchService:
    def __init__(self, store: Store):
        self._store = store

    def search(self, query: str, limit: int | None = None) -> SearchResult:
        """Candidate ids matching `query`, best first. An empty query matches everyone. Never raises on
        the query's text."""
        node = parse(query or "")
        try:
            ids = self._run(node, limit)
            plain = False
        except OperationalError:
            # The index refused something we built (should not happen); fall back to plain words.
            node = parse(" ".join(re.findall(r"\w+", query or "")))
            try:
                ids = self._run(node, limit)
            except OperationalError:
                ids = []
            plain = True
        return SearchResult(query=query, ids=ids, terms=positive_terms(node), plain_words=plain)

    def _run(self, node: Node | None, limit: int | None) -> list[int]:
        engine = self._store.engine
        sqlite = engine.dialect.name == "sqlite"
        expression = pure_fulltext(node) if sqlite else None
        with engine.connect() as connection:
            if expression is not None:
                return _fulltext_ids(connection, expression, limit)
            statement = _statement(node, sqlite)
            if limit is not None:
                statement = statement.limit(limit)
            return list(connection.execute(statement).scalars())


# Pure full-text: ids straight from the index, best first, no join to the candidate table. Declared
# once; _fulltext_ids runs its SQLite text on the driver cursor.
_FULLTEXT = (select(text("rowid")).select_from(_fts)
             .where(text(f"{FTS_TABLE} MATCH :match").bindparams(bindparam("match", type_=String)))
             .order_by(text(_BM25), text("rowid")))
_FULLTEXT_SQL = str(_FULLTEXT.compile(dialect=sqlite_dialect()))


def _fulltext_ids(connection, expression: str, limit: int | None) -> list[int]:
    """A broad word matches tens of thousands of people; reading their ids from the driver's cursor
    skips a result-row object per id (about 15% of such a search)."""
    cursor = connection.connection.cursor()
    try:
        if limit is None:
            cursor.execute(_FULLTEXT_SQL, (expression,))
        else:
            cursor.execute(_FULLTEXT_SQL + " LIMIT ?", (expression, limit))
        return [row[0] for row in cursor.fetchall()]
    except sqlite3.OperationalError as exc:  # the index refused the expression: as the SQLAlchemy path
        raise OperationalError(_FULLTEXT_SQL, (expression,), exc) from exc
    finally:
        cursor.close()


def pure_fulltext(node: Node | None) -> str | None:
    """The FTS5 expression when the whole query is full-text (no comparisons), else None."""
    if node is None:
        return None
    parts = node.children if isinstance(node, And) else (node,)
    if any(isinstance(part, Compare) for part in parts):
        return None
    return fts_expression(node)


def _statement(node: Node | None, sqlite: bool):
    if node is None:
        return select(Candidate.id).order_by(Candidate.id)
    parts = node.children if isinstance(node, And) else (node,)
    compares = [p for p in parts if isinstance(p, Compare)]
    rest = [p for p in parts if not isinstance(p, Compare)]
    conditions = [_compare_sql(c) for c in compares]
    if sqlite and rest:
        expression = fts_expression(And(tuple(rest)) if len(rest) > 1 else rest[0])
        if expression is not None and not conditions:
            return _FULLTEXT.params(match=expression)
        if expression is not None:
            return (
                select(Candidate.id)
                .select_from(_fts.join(Candidate.__table__, Candidate.id == text(f"{FTS_TABLE}.rowid")))
                .where(text(f"{FTS_TABLE} MATCH :match").bindparams(match=expression), *conditions)
                .order_by(text(_BM25), Candidate.id)
            )
    where = _sql(node, sqlite, count())
    return select(Candidate.id).where(where).order_by(Candidate.updated_at.desc(), Candidate.id)


# ---- FTS5 expressions -----------------------------------------------------------------------
def _quote(value: str) -> str:
    return '"' + value.replace('"', '""') + '"'


def _term_expression(term: Term) -> str | None:
    if not _WORD.search(term.text):
        return None  # nothing searchable (e.g. "+++"): FTS5 would reject an empty phrase
    skill_key = _skill_key(term.text) if term.column in (None, "skills") and not term.prefix else None
    if term.column == "skills":
        return f"skills : {_quote(skill_key or canonical(term.text)[0])}" + ("*" if term.prefix else "")
    body = _quote(term.text) + ("*" if term.prefix else "")
    if term.column:
        body = f"{term.column} : {body}"
    if skill_key and skill_key != term.text.lower():
        # "postgres" also finds the canonical skill "postgresql"; "c++" finds "cplusplus"
        # (FTS5 alone would read "c++" as the single letter c).
        if not re.fullmatch(r"\w+", term.text):
            return f"skills : {_quote(skill_key)}"
        return f"({body} OR skills : {_quote(skill_key)})"
    return body


def _skill_key(text_: str) -> str | None:
    return alias_key(text_)


def fts_expression(node: Node) -> str | None:
    """The whole node as one FTS5 expression, or None when FTS5 alone cannot express it."""
    if isinstance(node, Term):
        return _term_expression(node)
    if isinstance(node, Compare | Not):
        return None  # a comparison is SQL; a NOT needs a positive side in FTS5
    if isinstance(node, Or):
        parts = [fts_expression(child) for child in node.children]
        if any(part is None for part in parts):
            return None
        return "(" + " OR ".join(parts) + ")"
    positives, negatives = [], []
    for child in _skill_phrases(node.children):
        if isinstance(child, str):  # the expression of words that together name a skill
            positives.append(child)
            continue
        if isinstance(child, Not):
            inner = fts_expression(child.child)
            if inner is None:
                return None
            negatives.append(inner)
        else:
            part = fts_expression(child)
            if part is None:
                if isinstance(child, Term):
                    continue  # an unsearchable word inside AND is simply ignored
                return None
            positives.append(part)
    if not positives:
        return None
    expression = "(" + " AND ".join(positives) + ")"
    for negative in negatives:
        expression = f"({expression} NOT {negative})"
    return expression


def _skill_phrases(children: tuple[Node, ...]) -> list[Node | str]:
    """Plain words that together are a skill's known name ("Spring Boot", "amazon web services"), typed
    without quotes, also find the skill it is stored as ("Spring"): the words alone did not, since the
    import keeps a skill by its canonical name. Such a run becomes one expression (str)."""
    result: list[Node | str] = []
    index = 0
    while index < len(children):
        for length in (4, 3, 2):
            run = children[index:index + length]
            if len(run) == length and all(_plain_word(term) for term in run):
                key = _skill_key(" ".join(term.text for term in run))
                if key is not None:
                    words = " AND ".join(_quote(term.text) for term in run)
                    result.append(f"(skills : {_quote(key)} OR ({words}))")
                    index += length
                    break
        else:
            result.append(children[index])
            index += 1
    return result


def _plain_word(node: Node) -> bool:
    return isinstance(node, Term) and not (node.phrase or node.prefix or node.column) and bool(_WORD.search(node.text))


# ---- generic SQL compile (nested comparisons, lone NOT, non-SQLite servers) -----------------
def _sql(node: Node, sqlite: bool, counter) -> ColumnElement[bool]:
    if isinstance(node, Compare):
        return _compare_sql(node)
    if isinstance(node, Not):
        return not_(_sql(node.child, sqlite, counter))
    if isinstance(node, And):
        return and_(*[_sql(child, sqlite, counter) for child in node.children])
    if isinstance(node, Or):
        return or_(*[_sql(child, sqlite, counter) for child in node.children])
    if sqlite:
        expression = _term_expression(node)
        if expression is None:
            return true()
        name = f"m{next(counter)}"
        return Candidate.id.in_(
            select(text("rowid")).select_from(_fts).where(
                text(f"{FTS_TABLE} MATCH :{name}").bindparams(bindparam(name, expression)))
        )
    return _like_sql(node)


def _like_sql(term: Term) -> ColumnElement[bool]:
    """Servers without our FTS5 index (PostgreSQL team mode): case-insensitive LIKE, wildcards escaped."""
    value = term.text
    if not value.strip():
        return true()
    columns = {
        "name": [Candidate.first_name, Candidate.last_name], "email": [Candidate.email],
        "phone": [Candidate.phone], "title": [Candidate.current_title], "company": [Candidate.current_company],
        "city": [Candidate.city], "summary": [Candidate.summary], "notes": [Candidate.notes],
    }
    skill_match = exists(
        select(CandidateSkill.candidate_id).join(Skill, Skill.id == CandidateSkill.skill_id).where(
            CandidateSkill.candidate_id == Candidate.id,
            or_(Skill.name.icontains(value, autoescape=True), Skill.key == (_skill_key(value) or value.lower())),
        )
    )
    if term.column == "skills":
        return skill_match
    if term.column == "cv":
        return false()
    chosen = columns.get(term.column) if term.column else [c for cols in columns.values() for c in cols]
    return or_(*[_contains(column, value) for column in chosen or []],
               *([skill_match] if term.column is None else []))


# ñ's sort key ("n~") as plain n, so "nunez" finds "Núñez" and "núñez" finds "Nunez"
def _folded(key: ColumnElement[str]) -> ColumnElement[str]:
    return func.replace(key, "n~", "n")


def _contains(column: ColumnElement[str], value: str) -> ColumnElement[bool]:
    """The column holds the text, case aside and, for the columns with a stored sort key (names, title, company,
    city: crm.domain.sorting), accents aside too: "jose" finds José and "malaga" Málaga, as the FTS5 index does
    on SQLite (ILIKE alone found neither)."""
    key = CANDIDATE_SORT_KEYS.get(column.key)
    if key is None:
        return column.icontains(value, autoescape=True)
    folded = (sort_key(value) or "").replace("n~", "n")
    return or_(column.icontains(value, autoescape=True),
               _folded(getattr(Candidate, key)).contains(folded, autoescape=True))


def _compare_sql(compare: Compare) -> ColumnElement[bool]:
    column = getattr(Candidate, compare.column)
    value = compare.value
    if compare.column == "english_level":
        levels = [e.value for e in EnglishLevel]
        index = levels.index(str(value))
        allowed = {"=": [value], ">=": levels[index:], ">": levels[index + 1:], "<=": levels[: index + 1],
                   "<": levels[:index]}[compare.op]
        return column.in_(allowed)
    return {"=": column == value, "<=": column <= value, ">=": column >= value, "<": column < value,
            ">": column > value}[compare.op]
