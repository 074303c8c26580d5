"""The candidate list for the recruiter's own use: streamed, every field on request, re-importable.

Headers are the plain English field labels the importer recognises ("First name", "Email",
"Skills"...). Skills are written as "Python (6), Django (4.5), Docker" (years in brackets when
known). Timestamps are UTC. Rows stream through openpyxl's write-only mode, so 100,000 candidates
take little memory. This file is NOT a client report: it carries private fields when asked for,
and is not written to the export log.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from sqlalchemy import func, select

from crm.domain import Candidate, CandidateSkill, Skill
from crm.domain.errors import ValidationError
from crm.domain.skills import with_years
from crm.exporting.atomic import atomic_target
from crm.exporting.cells import MAX_CELL_CHARS, clean_text, excel_escaped, needs_text_guard
from crm.persistence.store import Store
from crm.services.progress import CancelToken, Progress, no_progress

MAX_ROWS = 1_048_575  # Excel's sheet limit, less the header row
PAGE = 2000


@dataclass(frozen=True)
class ListColumn:
    key: str  # a Candidate column, or "skills"
    label: str
    width: int = 14
    kind: str = "text"  # text | number | date | datetime


COLUMNS: tuple[ListColumn, ...] = (
    ListColumn("id", "ID", 8, "number"),
    ListColumn("first_name", "First name"), ListColumn("last_name", "Last name", 20),
    ListColumn("email", "Email", 30), ListColumn("phone", "Phone", 15), ListColumn("city", "City"),
    ListColumn("country", "Country", 8), ListColumn("remote_preference", "Remote preference", 10),
    ListColumn("current_title", "Current title", 26), ListColumn("current_company", "Current company", 20),
    ListColumn("years_experience", "Years of experience", 10, "number"),
    ListColumn("seniority", "Seniority", 10), ListColumn("english_level", "English level", 8),
    ListColumn("skills", "Skills", 40),
    ListColumn("current_salary", "Current salary", 11, "number"),
    ListColumn("expected_salary", "Expected salary", 11, "number"),
    ListColumn("expected_salary_max", "Expected salary max", 11, "number"),
    ListColumn("notice_days", "Notice period", 9, "number"),
    ListColumn("available_from", "Available from", 12, "date"),
    ListColumn("linkedin_url", "LinkedIn", 30), ListColumn("github_url", "GitHub", 26),
    ListColumn("source", "Source"), ListColumn("summary", "Summary", 40), ListColumn("notes", "Notes", 40),
    ListColumn("lawful_basis", "Lawful basis", 16), ListColumn("consent_date", "Consent date", 12, "date"),
    ListColumn("consent_evidence", "Consent evidence", 20),
    ListColumn("retention_until", "Retention until", 12, "date"), ListColumn("status", "Status", 10),
    ListColumn("last_activity_at", "Last activity (UTC)", 18, "datetime"),
    ListColumn("created_at", "Created (UTC)", 18, "datetime"),
    ListColumn("updated_at", "Updated (UTC)", 18, "datetime"),
)
BY_KEY = {c.key: c for c in COLUMNS}
DEFAULT_COLUMNS = ("id", "first_name", "last_name", "email", "phone", "city", "current_title", "current_company",
                   "seniority", "years_experience", "skills", "expected_salary", "notice_days", "status")
_HEADER_FONT = Font(bold=True, color="FFFFFF")
_HEADER_FILL = PatternFill("solid", fgColor="1F3864")
_PLAIN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def resolve_columns(spec: str | Sequence[str] | None) -> tuple[ListColumn, ...]:
    """`None` for the default set, "all" for every field, or keys / labels ("email, Expected salary")."""
    if spec is None:
        return tuple(BY_KEY[key] for key in DEFAULT_COLUMNS)
    items = [part.strip() for part in spec.split(",")] if isinstance(spec, str) else list(spec)
    if [i.lower() for i in items] == ["all"]:
        return COLUMNS
    by_name = {c.key: c for c in COLUMNS} | {c.label.lower(): c for c in COLUMNS}
    unknown = [i for i in items if i and i.lower() not in by_name and i not in by_name]
    if unknown:
        raise ValidationError.single("columns", f"unknown column(s) {', '.join(unknown)}; known: "
                                     + ", ".join(c.key for c in COLUMNS))
    chosen = [by_name.get(i, by_name.get(i.lower())) for i in items if i]
    return tuple(dict.fromkeys(chosen))


def search_ids(store: Store, query: str) -> list[int]:
    """Candidate ids a search finds, best match first (the order the recruiter saw on screen)."""
    from crm.services.search import SearchService

    return list(SearchService(store).search(query).ids)


@dataclass(frozen=True)
class ListResult:
    path: Path
    rows: int
    columns: tuple[str, ...]
    truncated_cells: int


def skills_text(skills: Sequence[tuple[str, float | None]]) -> str:
    return with_years(skills)


def export_candidate_list(store: Store, target: Path | str, *, candidate_ids: Sequence[int] | None = None,
                          columns: str | Sequence[str] | None = None, progress: Progress = no_progress,
                          token: CancelToken | None = None) -> ListResult:
    """Write the candidates (all, or `candidate_ids` in that order) to `target`, atomically."""
    token = token or CancelToken()
    chosen = resolve_columns(columns)
    total = len(candidate_ids) if candidate_ids is not None else count_candidates(store)
    if total > MAX_ROWS:
        raise ValidationError.single("candidates", f"{total:,} rows do not fit in one Excel sheet "
                                     f"({MAX_ROWS:,} at most); narrow the search")
    truncated = 0
    written = 0
    with atomic_target(target) as temp:
        workbook = Workbook(write_only=True)
        ws = workbook.create_sheet("Candidates")
        for index, column in enumerate(chosen, start=1):
            ws.column_dimensions[get_column_letter(index)].width = column.width
        ws.freeze_panes = "A2"
        ws.auto_filter.ref = f"A1:{get_column_letter(len(chosen))}{total + 1}"
        header = []
        for column in chosen:
            cell = WriteOnlyCell(ws, column.label)
            cell.font, cell.fill = _HEADER_FONT, _HEADER_FILL
            cell.alignment = Alignment(vertical="center")
            header.append(cell)
        ws.append(header)
        convert = _converter(ws, chosen)
        try:
            for row in iter_rows(store, chosen, candidate_ids):
                values, cut = convert(row)
                ws.append(values)
                truncated += cut
                written += 1
                if written % 1000 == 0:
                    token.raise_if_cancelled()
                    progress(written, total, "writing candidates")
            token.raise_if_cancelled()
            progress(written, total, "saving")
            workbook.save(temp)
        except BaseException:
            _discard(ws)
            raise
    progress(written, total, "done")
    return ListResult(Path(target).absolute(), written, tuple(c.key for c in chosen), truncated)


def _converter(ws, chosen: tuple[ListColumn, ...]) -> Callable[[dict[str, Any]], tuple[list[Any], int]]:
    """Plain values go straight in (fast); guarded texts, dates and cut texts become styled cells."""
    keys = [c.key for c in chosen]

    def convert(row: dict[str, Any]) -> tuple[list[Any], int]:
        out: list[Any] = []
        cut = 0
        for key in keys:
            value = row[key]
            if isinstance(value, str):
                if len(value) > MAX_CELL_CHARS or _PLAIN.search(value):
                    value, was_cut = clean_text(value)
                    cut += was_cut
                value = excel_escaped(value)
                if value and (value[0] in "=+-@\t\r\n#"):
                    cell = WriteOnlyCell(ws, value)
                    cell.data_type = "s"
                    if needs_text_guard(value):
                        cell.quotePrefix = True
                    value = cell
            elif isinstance(value, datetime):
                # Excel has no time zones and keeps milliseconds at best: UTC, to the second. A plain
                # date or datetime gets openpyxl's ISO-like default format, so no styled cell is needed.
                value = value.astimezone(UTC).replace(tzinfo=None, microsecond=0)
            out.append(value)
        return out, cut

    return convert


def _discard(ws) -> None:
    """Close a half-written write-only sheet and delete openpyxl's own temporary file."""
    with contextlib.suppress(Exception):
        ws.close()
    if ws._writer is not None:
        with contextlib.suppress(Exception):
            ws._writer.cleanup()


def count_candidates(store: Store) -> int:
    with store.sessions() as session:
        return session.scalar(select(func.count(Candidate.id))) or 0


def iter_rows(store: Store, chosen: tuple[ListColumn, ...], ids: Sequence[int] | None) -> Iterator[dict[str, Any]]:
    """Rows as dicts, a page at a time, in id order (all) or in the given order (a selection)."""
    table = Candidate.__table__
    fields = [c.key for c in chosen if c.key != "skills"]
    selected = [table.c.id] + [table.c[f] for f in fields if f != "id"]
    want_skills = any(c.key == "skills" for c in chosen)
    last_id, position = 0, 0
    while True:
        with store.sessions() as session:
            if ids is None:
                rows = session.execute(select(*selected).where(table.c.id > last_id)
                                       .order_by(table.c.id).limit(PAGE)).mappings().all()
            else:
                chunk = list(ids[position:position + PAGE])
                found = {r["id"]: r for r in session.execute(select(*selected).where(table.c.id.in_(chunk)))
                         .mappings().all()}
                rows = [found[i] for i in chunk if i in found]
                position += PAGE
            if not rows and (ids is None or position >= len(ids)):
                return
            skills = _skills(session, [r["id"] for r in rows]) if want_skills else {}
        for row in rows:
            data = dict(row)
            if want_skills:
                data["skills"] = skills_text(skills.get(row["id"], ()))
            yield data
        if ids is None:
            last_id = rows[-1]["id"]


def _skills(session, ids: list[int]) -> dict[int, list[tuple[str, float | None]]]:
    result: dict[int, list[tuple[str, float | None]]] = {}
    for start in range(0, len(ids), 500):
        rows = session.execute(
            select(CandidateSkill.candidate_id, Skill.name, CandidateSkill.years)
            .join(Skill, Skill.id == CandidateSkill.skill_id)
            .where(CandidateSkill.candidate_id.in_(ids[start:start + 500]))
            .order_by(CandidateSkill.candidate_id, CandidateSkill.years.desc(), Skill.name))
        for candidate_id, name, years in rows:
            result.setdefault(candidate_id, []).append((name, years))
    return result
