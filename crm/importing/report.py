"""What an import did, row by row: rejections and warnings as {row, column, value, reason}."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from crm.domain import normalize
from crm.exporting.atomic import atomic_target

MAX_STORED_ISSUES = 5000  # kept in the batch record; the full list is in the report file
ISSUE_KINDS = ("rejected", "warnings", "possible_duplicates")  # the report's lists of issues, as stored


@dataclass(frozen=True)
class Issue:
    row: int | None  # row number in the source file (as Excel shows it); None for the whole file
    column: str | None
    value: str | None
    reason: str


@dataclass
class ImportReport:
    kind: str
    filename: str
    sheet: str | None = None
    created: int = 0
    updated: int = 0
    skipped: int = 0
    merged: int = 0  # rows that repeated a person already in the file (pipeline: a later step of an application)
    rejected: list[Issue] = field(default_factory=list)
    warnings: list[Issue] = field(default_factory=list)
    possible_duplicates: list[dict[str, Any]] = field(default_factory=list)
    batch_id: int | None = None
    dry_run: bool = False
    rows_read: int = 0
    # Seconds per phase, for the benchmark (and "reader_peak_mb", a reader process's peak memory, if one ran).
    timings: dict[str, float] = field(default_factory=dict)
    # A report read back from its batch: kind -> how many issues there were, where only the first were kept.
    truncated: dict[str, int] = field(default_factory=dict)
    # What each column was imported as, in the form --mapping FILE.json takes (mapping.as_mapping_file)
    mapping: dict[str, str] = field(default_factory=dict)
    # Row of the file -> the candidate it created or updated, for the rows the warnings name: kept with the
    # batch (not in --json), so that erasing a person blanks their row's cells in it (safety.erased_reports).
    people: dict[int, int] = field(default_factory=dict)
    sheets: int = 1  # how many sheets the file has: kept with the batch, which names one of several by its sheet

    def warn(self, row: int | None, column: str | None, value: Any, reason: str) -> None:
        self.warnings.append(Issue(row, column, _short(value), reason))

    def reject(self, row: int | None, column: str | None, value: Any, reason: str) -> None:
        self.rejected.append(Issue(row, column, _short(value), reason))

    def to_json(self) -> dict[str, Any]:
        return {
            "file": self.filename, "sheet": self.sheet, "kind": self.kind, "dry_run": self.dry_run,
            "created": self.created, "updated": self.updated, "skipped": self.skipped, "merged": self.merged,
            "rejected": [asdict(i) for i in self.rejected], "warnings": [asdict(i) for i in self.warnings],
            "possible_duplicates": self.possible_duplicates, "batch_id": self.batch_id, "mapping": self.mapping,
            # a report read back from its batch: how many issues of a kind there were, of which the first are listed
            **{key + "_truncated": total for key, total in self.truncated.items()},
        }

    def count(self, kind: str) -> int:
        """How many issues of a kind (ISSUE_KINDS) the import had: a report read back from its batch lists only
        the first MAX_STORED_ISSUES of them."""
        return self.truncated.get(kind) or len(getattr(self, kind))

    def kept(self) -> list[tuple[str, int, int]]:
        """(kind, how many are listed, how many there were) of each kind of issue of which only the first were
        kept with the import; empty for a report listing every issue."""
        return [(kind, len(getattr(self, kind)), self.truncated[kind]) for kind in ISSUE_KINDS
                if self.truncated.get(kind, 0) > len(getattr(self, kind))]

    @classmethod
    def from_stored(cls, summary: dict[str, Any], batch_id: int) -> ImportReport:
        """The report an import kept in its batch (stored_summary), to show again later; `truncated`
        says how many issues of each kind there were when only the first MAX_STORED_ISSUES were kept."""
        def issues(key: str) -> list[Issue]:
            return [Issue(i.get("row"), i.get("column"), i.get("value"), i.get("reason", "")) for i in summary.get(key) or []]

        return cls(summary.get("kind", "candidates"), summary.get("file", ""), summary.get("sheet"),
                   created=summary.get("created", 0), updated=summary.get("updated", 0),
                   skipped=summary.get("skipped", 0), merged=summary.get("merged", 0), rejected=issues("rejected"),
                   warnings=issues("warnings"), possible_duplicates=list(summary.get("possible_duplicates") or []),
                   batch_id=batch_id, sheets=summary.get("sheets", 1), mapping=dict(summary.get("mapping") or {}),
                   truncated={key: summary[key + "_truncated"] for key in ISSUE_KINDS
                              if summary.get(key + "_truncated")})

    def stored_summary(self) -> dict[str, Any]:
        data = self.to_json()
        for key in ISSUE_KINDS:
            if len(data[key]) > MAX_STORED_ISSUES:
                data[key + "_truncated"] = len(data[key])
                data[key] = data[key][:MAX_STORED_ISSUES]
        if self.sheets > 1:
            data["sheets"] = self.sheets
        if self.people:
            kept_rows = {issue["row"] for issue in data["warnings"]}
            data["people"] = {str(row): person for row, person in self.people.items() if row in kept_rows}
        return data


# A known record's value the update policy keeps where the file says otherwise (a person's, a role's).
DB_VALUE_KEPT = "the database has {current}, which is kept (the overwrite policy would take the file's value)"


def _write_about(book: Any, report: ImportReport, wording: ErrorsWording) -> None:
    """The import the table is of, on a sheet of its own: a line above the table would move the header row
    that scripts reading the workbook expect on row 1. Also the workbook's title, which file managers show."""
    from openpyxl.styles import Font

    from crm.exporting.cells import clean_text, set_value

    about = book.create_sheet(wording.about_title[:31])
    for row, (label, value) in enumerate(wording.about(report), start=1):
        about.cell(row=row, column=1, value=label).font = Font(bold=True)
        set_value(about.cell(row=row, column=2), value)  # a file named "=cmd.xlsx" stays text
    about.column_dimensions["A"].width = 22
    about.column_dimensions["B"].width = 60
    title = f"{wording.title}: {report.filename}" + (f" ({report.sheet})" if report.sheet else "")
    book.properties.title = clean_text(title)[0]


def says_otherwise(kept: Any, other: Any) -> bool:
    """Whether a file's value differs from the one a record keeps (both given; texts without case and accents:
    "JOSE NUNEZ" is José Núñez), so that keeping it is worth a DB_VALUE_KEPT line."""
    if kept in (None, "") or other in (None, "") or kept == other:
        return False
    return not (isinstance(kept, str) and isinstance(other, str) and normalize.fold(kept) == normalize.fold(other))


def shown_value(value: Any) -> str:
    """A stored value as a report line writes it: dates as ISO, whole numbers without a decimal point."""
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _short(value: Any) -> str | None:
    if value is None:
        return None
    text = value if isinstance(value, str) else str(value)
    return text if len(text) <= 500 else text[:497] + "..."


def counterpart(possible_duplicate: dict[str, Any]) -> str:
    """Whom a possible duplicate is like: "candidate 12" (in the database) or "row 4" (of the file)."""
    if "candidate_id" in possible_duplicate:
        more = possible_duplicate.get("more")
        return f"candidate {possible_duplicate['candidate_id']}" + (f" and {more} more" if more else "")
    return f"row {possible_duplicate.get('other_row')}"


def kept_counts(kept: list[tuple[str, int, int]]) -> str:
    """"5,000 of 65,206 warnings, 5,000 of 7,205 possible duplicates": of each kind of issue of which only the
    first were kept with the import (ImportReport.kept()), how many are listed of how many."""
    names = {"rejected": "rejected rows", "warnings": "warnings", "possible_duplicates": "possible duplicates"}
    return ", ".join(f"{listed:,} of {total:,} {names[kind]}" for kind, listed, total in kept)


def kept_note(kept: list[tuple[str, int, int]]) -> str:
    """What a workbook of a past import's report says above its table when only the first issues of a kind
    were kept with the import: the others are in no file."""
    return ("This workbook holds only the first issues of each kind, as they were kept with the import: "
            f"{kept_counts(kept)}. The others were not kept.")


KIND_NAMES = {"candidates": "Candidates", "roles": "Roles and clients", "pipeline": "Pipeline"}


def about_lines(report: ImportReport) -> list[tuple[str, Any]]:
    """What the workbook's second sheet says of the import its table lists: the file and sheet read (the
    table's rows are that sheet's), what it was imported as, its batch and counts."""
    lines: list[tuple[str, Any]] = [("File", report.filename)]
    if report.sheet and not report.filename.lower().endswith((".csv", ".txt")):
        lines.append(("Sheet", report.sheet))
    lines += [("Imported as", KIND_NAMES.get(report.kind, report.kind)),
              ("Import number", "none: a check, nothing was saved" if report.dry_run
               else "none: nothing was saved" if report.batch_id is None else report.batch_id),  # crm import undo N
              ("Created", report.created), ("Updated", report.updated), ("Skipped", report.skipped),
              ("Rejected rows", report.count("rejected")), ("Warnings", report.count("warnings")),
              ("Possible duplicates", report.count("possible_duplicates"))]
    return lines


@dataclass(frozen=True)
class ErrorsWording:
    """The words of the errors workbook; the app passes them in the user's language (the core is English)."""

    title: str = "Import report"
    headers: tuple[str, ...] = ("Kind", "Row", "Column", "Value", "Reason")
    rejected: str = "rejected"
    warning: str = "warning"
    possible_duplicate: str = "possible duplicate"
    reason: Callable[[str], str] = str  # a reason as written -> as shown
    # a rejected row's or warning's value and reason as shown (the app names stored codes: "Colocado", not "placed")
    issue: Callable[[Issue], tuple[Any, str]] | None = None
    other: Callable[[dict], str] = counterpart  # whom a possible duplicate is like, as shown
    kept: Callable[[list[tuple[str, int, int]]], str] = kept_note  # ImportReport.kept() said above the table
    about_title: str = "About this import"
    about: Callable[[ImportReport], list[tuple[str, Any]]] = about_lines  # the second sheet's lines


def write_errors_xlsx(report: ImportReport, target: str | Path, wording: ErrorsWording | None = None) -> Path:
    """Rejections, warnings and possible duplicates (to review) as a spreadsheet, written to a temp file
    then moved into place; a second sheet names the file and sheet whose rows the table numbers."""
    wording = wording or ErrorsWording()
    import openpyxl
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    from crm.exporting.cells import set_value  # text as typed: never a formula, an error or an Excel escape

    target = Path(target)
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = wording.title[:31]  # Excel's limit for a sheet name
    # A past import's report whose first issues only were kept says so above its table: nothing else tells
    # that lines are missing (a 100,000-row import listed 10,001 of its 72,000 issues).
    kept = report.kept()
    top = 2 if kept else 1  # the header's row
    if kept:
        set_value(sheet.cell(row=1, column=1), wording.kept(kept))
        sheet.cell(row=1, column=1).font = Font(italic=True)
    for column, header in enumerate(wording.headers, start=1):
        sheet.cell(row=top, column=column, value=header).font = Font(bold=True)
    # Every cell through set_value: a column named "=Salario" or with a pasted line break (U+000B) is text
    # as the file wrote it, not a formula, and no character openpyxl refuses stops the report.
    shown = wording.issue or (lambda issue: (issue.value, wording.reason(issue.reason)))
    lines = [(kind, issue.row, issue.column, *shown(issue))
             for kind, issues in ((wording.rejected, report.rejected), (wording.warning, report.warnings))
             for issue in issues]
    lines += [(wording.possible_duplicate, item["row"], None, item.get("name") or None,
               f"{wording.reason(item['reason'])} ({wording.other(item)})") for item in report.possible_duplicates]
    # (counted rows: openpyxl's max_row walks every cell, and asked per line made 35,000 lines take 10 minutes)
    for row, line in enumerate(lines, start=top + 1):
        for column, value in enumerate(line, start=1):
            if value is not None:
                set_value(sheet.cell(row=row, column=column), value)
    sheet.freeze_panes = f"A{top + 1}"
    sheet.auto_filter.ref = f"A{top}:{get_column_letter(len(wording.headers))}{top + len(lines)}"  # the table only
    for letter, width in zip("ABCDE", (10, 8, 22, 40, 70), strict=True):
        sheet.column_dimensions[letter].width = width
    _write_about(book, report, wording)
    with atomic_target(target) as temporary:  # the previous file survives any failure
        book.save(temporary)
    return target
