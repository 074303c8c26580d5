"""What the import dialog shows before importing: sheets, headers, mapping, the first rows as stored."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from crm.domain.skills import with_years
from crm.importing.candidate_rows import Rejected, build_row, field_headers
from crm.importing.candidate_run import KEY_FIELD, KEY_LABEL, MERGED_INTO
from crm.importing.cell_marks import FORMULA, MERGED, SheetMarks, fill_merged_down, uncalculated_columns
from crm.importing.column_values import ValueHint, refine_by_values
from crm.importing.dates import day_first_of
from crm.importing.identity import identity_keys
from crm.importing.importer import plan
from crm.importing.mapping import CANDIDATE_FIELDS, NOTES, SKIP, STAGE_DATES, unmapped_target
from crm.importing.readers import Row
from crm.importing.sheet_kind import sheet_kinds
from crm.importing.values import as_text, fold
from crm.persistence.store import Store


def fields_for(kind: str) -> dict:
    if kind == "roles":
        from crm.importing.roles import ROLE_FIELDS

        return ROLE_FIELDS
    if kind == "pipeline":
        from crm.importing.pipeline import PIPELINE_FIELDS

        return PIPELINE_FIELDS
    return CANDIDATE_FIELDS


@dataclass(frozen=True)
class Inspection:
    path: Path
    kind: str
    sheet_names: list[str]
    sheet: str
    header_row: int
    headers: list[str]
    targets: list[str]
    saved_mapping: bool
    head: list[Row]  # the first data rows, raw
    warnings: list[str]
    # What blank-looking cells of those rows hold (row -> column -> cell_marks.CellMark)
    marks: dict[int, dict[int, Any]] = field(default_factory=dict)
    # How the file writes dates as text, as its first rows tell (see dates_day_first)
    day_first: bool = True
    # Row -> columns where a block merged over several rows starts (cell_marks.SheetMarks.block_starts)
    block_starts: dict[int, list[int]] = field(default_factory=dict)
    # Columns whose automatic target their first values changed (column_values), and why
    value_hints: dict[int, ValueHint] = field(default_factory=dict)
    # A pipeline file's stages, candidates and roles as the database knows them (pipeline.Lookups; None
    # without a store)
    lookups: Any = None
    # Row -> column -> the web address a cell of those rows links to (hyperlinks.py)
    links: dict[int, dict[int, str]] = field(default_factory=dict)
    header_rows: int = 1  # 2 for a header written on two rows, ending on header_row (sheets.two_row_header)
    likely_kind: str = "candidates"  # what the columns say the sheet lists (sheet_kind.sheet_kinds)
    also_kind: str | None = None  # what else a candidate list's columns could be

    @property
    def choices(self) -> list[str]:
        return [*fields_for(self.kind), *dict.fromkeys((unmapped_target(self.kind), SKIP))]

    @property
    def merged_rows(self) -> bool:
        """Whether cells of the first rows are covered by a block merged down from a row above (the
        setup page then offers to fill them down)."""
        return any(mark.kind == MERGED and mark.first_row < number
                   for number, row_marks in self.marks.items() for mark in row_marks.values())

    def head_rows(self, fill_merged: bool = False) -> list[Row]:
        """The first data rows, with merged values repeated down when asked (as the import will)."""
        if not fill_merged:
            return self.head
        known = SheetMarks(cells=self.marks, block_starts=self.block_starts, blocks_known=True)
        return list(fill_merged_down(((number, list(cells)) for number, cells in self.head), known))

    def examples(self) -> list[Any]:
        """Each column's first value as the file holds it (a date cell stays a date: the dialog writes it
        as the user reads dates); a formula without a result as its formula ("=A2&B2": the cell is not
        empty, the file keeps no value for it); None for a column empty in the first rows."""
        return [next((cells[index] if index < len(cells) and cells[index] is not None else self.marks[n][index].text
                      for n, cells in self.head
                      if (index < len(cells) and cells[index] is not None and as_text(cells[index]))
                      or getattr(self.marks.get(n, {}).get(index), "kind", None) == FORMULA), None)
                for index in range(len(self.headers))]


def inspect(store: Store | None, path: str | Path, kind: str = "candidates", sheet: str | None = None,
            rows: int = 8) -> Inspection:
    """Open the file (UnreadableFile if it cannot be read) and take its first rows."""
    the_plan = plan(store, path, kind, sheet, fields_for(kind))
    targets = [unmapped_target(kind) if t == NOTES else t for t in the_plan.targets]
    first_rows = list(itertools.islice(the_plan.table.rows, max(rows, DATE_ORDER_ROWS)))
    hints: dict[int, ValueHint] = {}
    if kind == "candidates" and not the_plan.saved_mapping:
        targets, hints = refine_by_values(the_plan.headers, targets, first_rows, the_plan.table.marks.links)
    head = first_rows[:rows]
    found = None
    if kind == "pipeline" and store is not None:
        from crm.importing.pipeline_lookups import lookups

        found = lookups(store, _cell_texts(head), the_plan.table.sheet)
    marks = the_plan.table.marks
    warnings = list(the_plan.workbook.warnings)
    uncalculated = uncalculated_columns(the_plan.headers, targets, head, marks.cells)
    if uncalculated:  # (said cell by cell in the report: here once, before people without a name are made)
        warnings.append(uncalculated)
    if store is not None:  # said before Import is clicked, not only in the report
        from crm.files import file_sha256
        from crm.importing.importer import imported_before

        with store.sessions() as session:
            said = imported_before(session, file_sha256(the_plan.path), kind, the_plan.table.sheet)
        if said:
            warnings.append(said)
    return Inspection(the_plan.path, kind, the_plan.workbook.sheet_names, the_plan.table.sheet,
                      the_plan.table.header_row, the_plan.headers, targets, the_plan.saved_mapping, head,
                      warnings, {n: marks.cells[n] for n, _cells in head if n in marks.cells},
                      dates_day_first(first_rows, targets), marks.block_starts, hints, found,
                      {n: marks.links[n] for n, _cells in head if n in marks.links}, the_plan.table.header_rows,
                      *sheet_kinds(the_plan.headers))


DATE_ORDER_ROWS = 500  # rows read to tell how a file writes its dates and what its columns hold
_DATE_TARGETS = frozenset({"available_from", "created_at", "last_activity_at", "consent_date", "retention_until",
                           "notice_days", "opened_on", "date", STAGE_DATES})


def dates_day_first(rows: list[Row], targets: list[str]) -> bool:
    """How these rows write dates as text: day/month/year (True) unless their date columns prove
    month/day/year (a 25 where the month would be, and no day above 12 first), as US exports do."""
    columns = [index for index, target in enumerate(targets) if target in _DATE_TARGETS]
    order = day_first_of(cells[index] for _number, cells in rows for index in columns if index < len(cells))
    return order is not False


def _cell_texts(rows: list[Row]) -> Iterator[str]:
    """Every cell of these rows as text, and each pair of a row's name-like cells joined ("Ana" "López"): a
    pipeline sheet may keep the surname in a column of its own, whichever the user maps."""
    for _number, cells in rows:
        texts = [text for text in map(as_text, cells) if text]
        yield from texts
        names = [text.strip() for text in texts if len(text) <= 40 and not any(c.isdigit() or c == "@" for c in text)]
        yield from (f"{first} {last}" for at, first in enumerate(names) for last in names[at + 1:])


# A preview row that is a person the database has already: the import does not store it as shown.
KNOWN_UPDATE = "already in the database as candidate {id} (same {how}): fills its empty fields and adds skills"
KNOWN_SKIP = "already in the database as candidate {id} (same {how}): skipped"
KNOWN_OVERWRITE = "already in the database as candidate {id} (same {how}): its values are replaced by the row's"
_KNOWN = {"update": KNOWN_UPDATE, "skip": KNOWN_SKIP, "overwrite": KNOWN_OVERWRITE}


def preview(inspection: Inspection, targets: list[str], day_first: bool | None = None,
            fill_merged: bool = False, role: str | None = None, store: Store | None = None,
            policy: str = "update") -> tuple[list[str], list[dict[str, Any]]]:
    """(fields to show, rows as stored) for the given mapping and date order (default: the file's), with
    merged cells filled down when asked; `role`: a pipeline's role for rows that name none (its reference).
    With `store`, a candidate row that is a known person says so, and what `policy` does with it."""
    day_first = inspection.day_first if day_first is None else day_first
    if inspection.kind != "candidates":
        return _preview_plain(inspection, targets, day_first, fill_merged, role)
    rows = []
    built_rows = []
    first_with: dict[str, int] = {}  # identity key -> the first preview row with it
    column_of = field_headers(inspection.headers, targets)  # field -> its column, as the import reports it
    for number, cells in inspection.head_rows(fill_merged):
        try:
            built = build_row(number, cells, inspection.headers, targets, day_first, marks=inspection.marks,
                              links=inspection.links)
        except Rejected as exc:
            rows.append({"row": number, "rejected": exc.issue.reason})
            continue
        values = dict(built.values)
        values["skills"] = with_years([(name, years) for _key, name, years in built.skills])
        values["row"] = number
        values["warnings"] = [(w.column, w.reason) for w in built.warnings]
        # A row the import merges into an earlier one is said so: it is not stored as shown
        keys = identity_keys(built.values)
        earlier = next((key for key in keys if key in first_with), None)
        if earlier is not None:
            kind = earlier.split(":", 1)[0]
            column = column_of.get(KEY_FIELD[kind], "")
            values["warnings"].append((column, MERGED_INTO.format(row=first_with[earlier], how=KEY_LABEL[kind])))
        for key in keys:
            first_with.setdefault(key, number)
        rows.append(values)
        built_rows.append((values, built, earlier is None))
    if store is not None:
        _say_known(store, built_rows, column_of, policy, set(targets))
    order = ["first_name", "last_name", "email", "phone", "city", "skills", "years_experience", "current_salary",
             "expected_salary", "expected_salary_max", "notice_days", "available_from", "linkedin_url", "github_url",
             "current_title", "current_company", "country", "seniority", "english_level", "remote_preference",
             "source", "lawful_basis", "consent_date", "consent_evidence", "retention_until", "status",
             "last_activity_at", "created_at", "summary", "notes"]
    present = {key for row in rows for key, value in row.items() if value not in (None, "", [])}
    return [f for f in order if f in present], rows


def _say_known(store: Store, built_rows: list, column_of: dict[str, str], policy: str, mapped: set[str]) -> None:
    """Mark the rows (not merged into an earlier one) whose email, phone or profile the database holds, and
    show the fields the file gives as the person will have them: the database's values the policy keeps, said as
    the import says them (a preview showing the file's "Valencia" for a person kept in Madrid told otherwise)."""
    from crm.domain.people import Candidate
    from crm.importing.dedupe import MERGE_FIELDS, find_existing, kept_differences, merge_changes
    from crm.importing.identity import keys_of
    from crm.importing.report import DB_VALUE_KEPT, shown_value

    firsts = [(values, built) for values, built, first in built_rows if first]
    if not firsts:
        return
    with store.sessions() as session:
        existing = find_existing(session, [built for _values, built in firsts])
        for values, built in firsts:
            key = next((key for key in keys_of(built) if key in existing), None)
            if key is None:
                continue
            kind = key.split(":", 1)[0]
            column = column_of.get(KEY_FIELD[kind], "")
            values["warnings"].append((column, _KNOWN.get(policy, KNOWN_UPDATE).format(
                id=existing[key], how=KEY_LABEL[kind])))
            candidate = session.get(Candidate, existing[key])
            current = {field: getattr(candidate, field) for field in MERGE_FIELDS}
            stored = dict(current) if policy == "skip" else {**current, **merge_changes(current, built.values, policy)}
            values.update({field: value for field, value in stored.items()  # the fields the file's columns give
                           if field in mapped or field in values})
            if "skills" in mapped or built.skills:
                values["skills"] = with_years(_skills_kept(candidate, built.skills, policy))
            for field, kept, _other in kept_differences(current, built.values, policy):
                values["warnings"].append((column_of.get(field, field), DB_VALUE_KEPT.format(current=shown_value(kept))))


def _skills_kept(candidate, skills: list[tuple[str, str, float | None]], policy: str) -> list[tuple[str, float | None]]:
    """A known person's skills after the import: theirs (years the row gives fill empty ones, or replace them
    under overwrite), then the row's new ones; theirs alone under skip (as candidate_run._skill_changes)."""
    given = {fold(name): years for _key, name, years in skills}
    theirs = []
    for link in sorted(candidate.skills, key=lambda link: fold(link.skill.name)):
        years = link.years
        from_row = given.get(fold(link.skill.name)) if policy != "skip" else None
        if from_row is not None and (years is None or policy == "overwrite"):
            years = from_row
        theirs.append((link.skill.name, years))
    known = {fold(name) for name, _years in theirs}
    new = [(name, years) for _key, name, years in skills if fold(name) not in known] if policy != "skip" else []
    return theirs + new


def _preview_plain(inspection: Inspection, targets: list[str], day_first: bool,
                   fill_merged: bool = False, role: str | None = None) -> tuple[list[str], list[dict[str, Any]]]:
    """Roles are shown parsed (bands, fee, status words); pipeline rows with the stage each moves to."""
    from crm.domain.normalize import company_key
    from crm.importing.roles import (
        ADDS_UP,
        SAME_REFERENCE,
        SAME_REFERENCE_OTHER_CLIENT,
        SWAPPED_BAND,
        band_in_order,
        missing_field,
        parse_role_field,
    )
    from crm.importing.tabular import row_values, with_lines
    from crm.importing.values import PartlyRead, Unparsed

    fields = [t for t in dict.fromkeys(targets) if t not in (NOTES, SKIP)]
    if inspection.kind == "roles" and "salary" in fields:
        at = fields.index("salary")
        fields[at:at + 1] = ["salary_min", "salary_max"]
    header_of = {target: header for header, target in reversed(list(zip(inspection.headers, targets, strict=False)))}
    rows = []
    first_with: dict[str, tuple[int, str]] = {}  # a role's reference -> the first preview row giving it, its client
    for number, cells in inspection.head_rows(fill_merged):
        if inspection.kind == "pipeline":
            rows.append(_pipeline_row(inspection, number, cells, targets, day_first, role))
            continue
        row: dict[str, Any] = {"row": number, "warnings": []}
        values, also = row_values(targets, inspection.headers, cells, ADDS_UP)  # as the import reads them
        for target, value in values.items():
            if inspection.kind != "roles" or target == "client":
                row[target] = as_text(value)
                continue
            try:
                parse_role_field(target, value, row, day_first)
            except Unparsed as exc:  # shown as written, the reason with the row (as a candidate row's)
                row[target] = as_text(value)
                row["warnings"].append((header_of[target], f"{exc}; kept in the description"))
                also.append(f"{header_of[target]}: {as_text(value)}")
            except PartlyRead as exc:  # the value is in the row; the import keeps the whole cell in the description
                row["warnings"].append((header_of[target], str(exc)))
                also.append(f"{header_of[target]}: {as_text(value)}")
        if inspection.kind == "roles":
            if band_in_order(row):
                row["warnings"].append((header_of.get("salary_max", header_of.get("salary", "")), SWAPPED_BAND))
            missing = missing_field(row.get("title"), as_text(values.get("client")))
            if missing:  # refused by the import (_RoleRows.handle), said as it will say it
                rows.append({"row": number, "rejected": f"a role needs a {missing}"})
                continue
            reference, client = (row.get("reference") or "").upper(), as_text(values.get("client"))
            first, first_client = first_with.get(reference, (None, ""))
            if first is not None and company_key(first_client) != company_key(client):  # refused, as the import will
                rows.append({"row": number, "rejected": SAME_REFERENCE_OTHER_CLIENT.format(row=first, client=first_client)})
                continue
            if first is not None:  # skipped by the import, as it will say it
                row["warnings"].append((header_of["reference"], SAME_REFERENCE.format(row=first)))
            elif reference:
                first_with[reference] = (number, client)
        if isinstance(row.get("nice_skills"), list) and isinstance(row.get("required_skills"), list):
            required = {fold(skill) for skill in row["required_skills"]}  # a required skill is not also nice
            row["nice_skills"] = [skill for skill in row["nice_skills"] if fold(skill) not in required]
        for key in ("required_skills", "nice_skills"):
            if isinstance(row.get(key), list):
                row[key] = ", ".join(row[key])
        if also:  # as the role's description will read (_RoleRows.handle)
            row["description"] = with_lines(row.get("description"), also)
        rows.append(row)
    if inspection.kind == "roles":  # fields a cell of another column fills (a description, the work mode)
        fields += [key for key in dict.fromkeys(key for row in rows for key in row)
                   if key not in (*fields, "row", "warnings", "rejected")]  # those two are the rows' marks
    if inspection.kind == "pipeline" and "stage_dates" in fields:  # shown as the stage and day a row ends in
        at = fields.index("stage_dates")
        fields[at:at + 1] = [field for field in ("stage", "date") if field not in fields]
    if inspection.kind == "pipeline" and any("stage_now" in row for row in rows):  # a known application's stage
        fields.insert(fields.index("stage") + 1 if "stage" in fields else len(fields), "stage_now")
    if inspection.kind == "pipeline" and "reference" not in fields and any("reference" in row for row in rows):
        fields.insert(fields.index("email") + 1 if "email" in fields else 0, "reference")  # the role found by title
    return fields, rows


def _pipeline_row(inspection: Inspection, number: int, cells: list[Any], targets: list[str],
                  day_first: bool, role: str | None = None) -> dict[str, Any]:
    """A pipeline row as the import reads it: the stage its word names, the date it means, or why the
    row will be refused (no valid email, no such candidate or role in the database, a stage word no
    stage answers to)."""
    from crm.importing import dates, values
    from crm.importing.mapping import STAGE_DATES
    from crm.importing.pipeline import NO_STAGE
    from crm.importing.pipeline_ends import end_stage
    from crm.importing.pipeline_people import TWO_EMAILS, candidate_email, row_name, whose_row
    from crm.importing.role_lookup import NO_ROLE_COLUMN, referenced, row_role, rows_role
    from crm.importing.stage_columns import match_stage, stage_days
    from crm.importing.step_dates import UNREAD_PREVIEW
    from crm.importing.tabular import row_values, with_lines

    targets = [unmapped_target(inspection.kind) if target == NOTES else target for target in targets]
    raw, also = row_values(targets, inspection.headers, cells, {})  # as the import reads them
    header = {target: inspection.headers[index] for index, target in reversed(list(enumerate(targets)))}
    row: dict[str, Any] = {"row": number, "warnings": []}
    row.update((target, as_text(value)) for target, value in raw.items())
    if also:  # a second comment column ("Feedback cliente") joins the comment (_PipelineRows.handle)
        row["comment"] = with_lines(row.get("comment"), also)
    known = inspection.lookups
    try:
        if known is None:  # no database to look in: the address only
            row["email"], two = candidate_email(raw.get("email"))
        else:
            found, two = whose_row(raw.get("email"), row_name(raw),
                                   lambda email: email if email in known.emails else None,
                                   lambda key: known.names.get(key, []))
            if isinstance(found, str):
                row["email"] = found
    except values.Unparsed as exc:
        return {"row": number, "rejected": str(exc)}
    if two:
        row["warnings"].append((header["email"], TWO_EMAILS))
    if known is not None:
        role_columns = "reference" in targets or "title" in targets
        chosen = referenced(known.roles, role)  # None for a role added since the file was opened
        sheet_role = rows_role(known.roles, chosen, inspection.sheet, role_columns)
        if sheet_role is None and not role_columns:
            return {"row": number, "rejected": NO_ROLE_COLUMN}  # as the import refuses such a sheet
        try:
            row["reference"] = row_role(known.roles, sheet_role,
                                        *(as_text(raw.get(f)) for f in ("reference", "title", "client"))).reference
        except values.Unparsed as exc:
            return {"row": number, "rejected": str(exc)}
        reached, problems = stage_days(raw.pop(STAGE_DATES, ()), known.stages, day_first)
        row.pop(STAGE_DATES, None)
        row["warnings"].extend((header, reason) for header, _text, reason in problems)
        if reached and "stage" not in raw:  # a column per stage: the row ends in the latest it reached
            place = {stage.name: at for at, stage in enumerate(known.stages)}  # on one day, the stages' order
            last = max(range(len(reached)), key=lambda at: (reached[at].day or date.min,  # as the import's
                                                            place[reached[at].stage.name], at))
            row["stage"], row["date"] = reached[last].stage.name, reached[last].day
            return row
        try:
            if "stage" not in raw and STAGE_DATES in targets:  # listed for the role: the first stage
                row["stage"] = known.stages[0].name
            elif not as_text(raw.get("stage")):
                raise values.Unparsed(NO_STAGE)
            else:
                match = match_stage(as_text(raw.get("stage")), known.stages)
                row["stage"] = match.stage.name
                if match.note:  # first in the step's comment, as the import keeps it (_PipelineRows._row_steps)
                    row["comment"] = with_lines(match.note, [row["comment"]] if row.get("comment") else [])
        except values.Unparsed as exc:
            return {"row": number, "rejected": str(exc)}
        ended = end_stage(raw, known.stages, any(day.ended for day in reached))
        if ended is not None:  # the process ended there, as the import reads the row (pipeline_ends)
            row["stage"] = ended.name
    if "date" in raw:
        try:
            row["date"] = dates.a_date(raw["date"], day_first)
        except values.Unparsed as exc:
            row["warnings"].append((header["date"], UNREAD_PREVIEW.format(problem=exc)))
            row["date"] = None
            if inspection.kind == "pipeline":  # kept with the comment, as written (_PipelineRows._row_steps)
                row["comment"] = with_lines(row.get("comment"), [f"{header['date']}: {as_text(raw['date'])}"])
    for day_field in ("applied_on", "archived_at"):  # a day as the user reads days, as the step's date is shown
        if raw.get(day_field) is not None:
            try:
                row[day_field] = dates.a_date(raw[day_field], day_first)
            except values.Unparsed:
                pass  # shown as written (the import says why it is not recorded)
    _where_it_stands(row, found if known is not None else None, known, header)
    return row


def _where_it_stands(row: dict[str, Any], found: Any, known: Any, header: dict[str, str]) -> None:
    """A row for an application the database has: the stage it is in now, and, when the row's day is before
    it got there, that the import adds the row to its history only (pipeline.OLDER_THAN_CURRENT)."""
    from crm.importing.pipeline import OLDER_THAN_CURRENT

    if known is None or found is None or "reference" not in row:
        return
    current = known.applications.get((found, row["reference"]))
    if current is None:
        return
    row["stage_now"] = current[0]
    day = row.get("date")
    if (isinstance(day, date) and row.get("stage") != current[0] and day < current[1].date()
            and (row.get("stage"), day) not in known.history.get((found, row["reference"]), ())):
        # (a line the history holds already: the import skips it, as the same file imported again)
        row["warnings"].append((header.get("date", ""), OLDER_THAN_CURRENT))
