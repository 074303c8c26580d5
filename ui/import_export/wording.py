"""What the import window says in words: the summary of an import and the progress line, with counts as
the user writes numbers. (The words keep the window's translation context, "ImportDialog".)"""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QLocale

from crm.importing.report import ImportReport
from ui.import_export.reasons import other_of_possible_duplicate, translated_reason


def count(number: int) -> str:
    """A count as the user writes numbers (56.250 in Spanish, 56,250 in English)."""
    return QLocale().toString(number)


def _counted(number: int, one: str, many: str) -> str:
    return one if number == 1 else many.replace("%1", count(number))


def undo_counts(deleted: int, restored: int, kept: int = 0) -> str:
    """"3 records removed, 1 restored": what an undo did, each count agreeing with its noun; and the records it
    left because later imports named them."""
    removed = _counted(deleted, QCoreApplication.translate("ImportDialog", "1 record removed"),
                       QCoreApplication.translate("ImportDialog", "%1 records removed"))
    back = _counted(restored, QCoreApplication.translate("ImportDialog", "1 restored"),
                    QCoreApplication.translate("ImportDialog", "%1 restored"))
    said = QCoreApplication.translate("ImportDialog", "%1, %2").replace("%1", removed).replace("%2", back)
    if kept:
        left = _counted(kept, QCoreApplication.translate("ImportDialog", "1 record kept (a later import names it)"),
                        QCoreApplication.translate("ImportDialog", "%1 records kept (later imports name them)"))
        said = QCoreApplication.translate("ImportDialog", "%1; %2").replace("%1", said).replace("%2", left)
    return said


def sentence(text: str) -> str:
    """A reason (written to follow a row and column) as a sentence of its own among the notes."""
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "…")) else text + "."


def _repeats(report: ImportReport) -> list[str]:
    """The rows counted as part of an earlier row's record: a person's duplicates, a log's later steps."""
    translate = QCoreApplication.translate
    if report.kind == "candidates":
        return [_counted(report.merged, translate("ImportDialog", "1 duplicate in the file merged"),
                         translate("ImportDialog", "%1 duplicates in the file merged"))]
    if report.kind == "pipeline" and report.merged:
        return [_counted(report.merged, translate("ImportDialog", "1 more step of the same application"),
                         translate("ImportDialog", "%1 more steps of the same applications"))]
    return []


def report_summary(report: ImportReport) -> str:
    translate = QCoreApplication.translate
    head = (translate("ImportDialog", "Check of %1 (nothing was saved):") if report.dry_run
            else translate("ImportDialog", "Imported %1:"))
    name = report.filename
    if report.sheet and not name.lower().endswith((".csv", ".txt")):  # which of the workbook's sheets
        name += " " + translate("ImportDialog", "(sheet %1)").replace("%1", report.sheet)
    # Each count with its word in the singular for one ("1 warning"), as the user says it
    parts = [
        _counted(report.created, translate("ImportDialog", "1 created"), translate("ImportDialog", "%1 created")),
        _counted(report.updated, translate("ImportDialog", "1 updated"), translate("ImportDialog", "%1 updated")),
        _counted(report.skipped, translate("ImportDialog", "1 skipped"), translate("ImportDialog", "%1 skipped")),
        *_repeats(report),
        # how many there were: a past import's report lists the first of them only (said below)
        _counted(report.count("rejected"), translate("ImportDialog", "1 rejected"),
                 translate("ImportDialog", "%1 rejected")),
        _counted(report.count("warnings"), translate("ImportDialog", "1 warning"),
                 translate("ImportDialog", "%1 warnings")),
        _counted(report.count("possible_duplicates"), translate("ImportDialog", "1 possible duplicate to review"),
                 translate("ImportDialog", "%1 possible duplicates to review")),
    ]
    text = head.replace("%1", name) + " " + ", ".join(parts) + "."
    if report.kept():  # a past import's report keeps the first issues of each kind
        text += " " + translate("ImportDialog", "Only the first issues of each kind were kept with the import, "
                                                "and are listed below: %1.").replace("%1", kept_issues(report.kept()))
    return text


def kept_issues(kept: list[tuple[str, int, int]]) -> str:
    """"5,000 of 65,206 warnings, 5,000 of 7,205 possible duplicates": of the issues of each kind of which a
    past import kept the first only (ImportReport.kept()), how many are listed of how many."""
    translate = QCoreApplication.translate
    words = {"rejected": translate("ImportDialog", "%1 of %2 rejected rows"),
             "warnings": translate("ImportDialog", "%1 of %2 warnings"),
             "possible_duplicates": translate("ImportDialog", "%1 of %2 possible duplicates")}
    return ", ".join(words[kind].replace("%1", count(listed)).replace("%2", count(total))
                     for kind, listed, total in kept)


def kept_workbook_note(kept: list[tuple[str, int, int]]) -> str:
    """What the saved issues of a past import's report say above their table when only the first issues of a
    kind were kept (ErrorsWording.kept)."""
    return QCoreApplication.translate(
        "ImportDialog", "This workbook holds only the first issues of each kind, as they were kept with the import: "
                        "%1. The others were not kept.").replace("%1", kept_issues(kept))


class ProgressLine:
    """The progress line of one import: rows done, rows a second, time left; then the changes saved."""

    def __init__(self) -> None:
        self._first: tuple[float, int] | None = None  # when rows began to flow, and how many then

    def text(self, done: int, total: int, message: str) -> tuple[str, int | None]:
        """The line, and the seconds left when they can be told (said by the window: a plural lupdate reads
        from a class's tr() only)."""
        translate = QCoreApplication.translate
        if message == "applying":  # after the rows: a pipeline's changes written in date order
            return translate("ImportDialog", "Saving the changes: %1 of %2").replace("%1", count(done)) \
                .replace("%2", count(total)), None
        # The rate of rows since they began to flow: opening and reading the file before them is no measure
        # of the rows left (it made the first estimate several times too long).
        # The first message ("0 of N") comes before the file is read: the clock starts at the first rows done.
        now = time.monotonic()
        if self._first is None and done > 0:
            self._first = (now, done)
        if self._first is None:
            return translate("ImportDialog", "%1 of %2 rows").replace("%1", count(0)).replace("%2", count(total)), None
        since, done_then = self._first
        rate = (done - done_then) / (now - since) if now - since > 0.2 else 0.0
        text = translate("ImportDialog", "%1 of %2 rows").replace("%1", count(done)).replace("%2", count(total))
        if rate <= 0:
            return text, None
        text += " · " + translate("ImportDialog", "%1 rows/s").replace("%1", count(round(rate)))
        return text, max(1, round((total - done) / rate)) if total > done else None


def shared_fields(headers: list[str], targets: list[str], kind: str) -> str:
    """What becomes of a field the mapping gives two columns (the user chose a field taken already): the
    second column's value went to the notes while the list still showed the field."""
    from crm.importing.mapping import MANY_COLUMNS, NOTES, SKIP
    from crm.importing.roles import ADDS_UP
    from ui.import_export.field_labels import field_label

    adding = MANY_COLUMNS | (ADDS_UP.keys() if kind == "roles" else frozenset())  # a role's skill lists add up
    columns: dict[str, list[str]] = {}
    for header, target in zip(headers, targets, strict=False):
        if target not in (NOTES, SKIP) and target not in adding:
            columns.setdefault(target, []).append(header)
    said = []
    for target, named in columns.items():
        if len(named) > 1:
            said.append((QCoreApplication.translate(
                "ImportDialog", "%1 is given by %2: the first of them holding a value is stored; a different "
                                "value of the others is kept in the role's description.") if kind == "roles" else
                QCoreApplication.translate(
                "ImportDialog", "%1 is given by %2: the value of “%3” is stored; a different value of the others "
                                "fills it when empty, or is kept in the notes."))
                        .replace("%1", field_label(target, kind))
                        .replace("%2", ", ".join(QCoreApplication.translate("ImportDialog", "“%1”").replace("%1", h)
                                                 for h in named))
                        .replace("%3", named[0]))
    return " ".join(said)


def kind_note(kind: str) -> str:
    """Said when the window read a file as another kind than the one chosen, because its columns say so."""
    if kind == "pipeline":
        return QCoreApplication.translate(
            "ImportDialog", "These columns look like a pipeline (a candidate, a role and a stage on each row), so "
                            "the rows are read as applications. If they are not, choose what they are under "
                            "“Import”.")
    if kind == "roles":
        return QCoreApplication.translate(
            "ImportDialog", "These columns look like a list of roles (a title with its client or reference), so the "
                            "rows are read as roles. If they are not, choose what they are under “Import”.")
    return QCoreApplication.translate(
        "ImportDialog", "These columns look like a list of candidates, so the rows are read as people. If they are "
                        "not, choose what they are under “Import”.")


def also_kind_note(kind: str) -> str:
    """Said when a sheet's columns could be another kind too than the one it is read as."""
    if kind == "candidates":
        return QCoreApplication.translate(
            "ImportDialog", "They could also be a list of candidates (a city or a source describes people): if so, "
                            "choose “Candidates” under “Import”.")
    if kind == "pipeline":
        return QCoreApplication.translate(
            "ImportDialog", "These columns could also be a pipeline (a role, a stage and its date on each row): the "
                            "rows are read as candidates. To record the applications, choose “Pipeline "
                            "(applications)” under “Import”.")
    return QCoreApplication.translate(
        "ImportDialog", "These columns could also be a list of roles (a title with its client or reference): the "
                        "rows are read as candidates. To import roles, choose “Roles and clients” under “Import”.")


def file_notes(inspection) -> list[str]:
    """What the window says of a file once read: where its header is, how it writes dates, merged cells, a
    mapping used before, the columns its values chose, the reader's warnings, nothing below the header."""
    notes = []
    if inspection.header_rows == 2:
        notes.append(QCoreApplication.translate("ImportDialog", "Header found on rows %1 and %2.")
                     .replace("%1", str(inspection.header_row - 1)).replace("%2", str(inspection.header_row)))
    else:
        notes.append(QCoreApplication.translate("ImportDialog", "Header found on row %1.")
                     .replace("%1", str(inspection.header_row)))
    if not inspection.day_first:
        notes.append(QCoreApplication.translate("ImportDialog", "Its dates are written month first (12/31/2026)."))
    if inspection.merged_rows:
        notes.append(QCoreApplication.translate("ImportDialog", "Some cells are merged over several rows: choose "
                                                                "whether each row gets their value."))
    if inspection.saved_mapping:
        notes.append(QCoreApplication.translate("ImportDialog", "The mapping you used last time for these columns "
                                                                "was applied."))
    for index, hint in sorted(inspection.value_hints.items()):
        notes.append(QCoreApplication.translate("ImportDialog", "“%1”: %2.").replace("%1", inspection.headers[index])
                     .replace("%2", translated_reason(hint.reason)))
    notes.extend(sentence(translated_reason(warning)) for warning in inspection.warnings)
    if not inspection.head:
        notes.append(QCoreApplication.translate("ImportDialog", "The sheet has a header row but no data below it: "
                                                                "there is nothing to import."))
    return notes


def about_workbook_lines(report: ImportReport) -> list[tuple[str, object]]:
    """The saved issues' second sheet in the user's language (ErrorsWording.about): the file and sheet the
    table's rows are of, what they were imported as, the import's number and its counts."""
    translate = QCoreApplication.translate
    kinds = {"candidates": translate("ImportDialog", "Candidates"),
             "roles": translate("ImportDialog", "Roles and clients"), "pipeline": translate("ImportDialog", "Pipeline")}
    lines: list[tuple[str, object]] = [(translate("ImportDialog", "File"), report.filename)]
    if report.sheet and not report.filename.lower().endswith((".csv", ".txt")):
        lines.append((translate("ImportDialog", "Sheet"), report.sheet))
    batch: object = report.batch_id  # the window's "Undo import" lists imports by file and date; the number
    if report.dry_run:  # is the CLI's (crm import undo N)
        batch = translate("ImportDialog", "none: a check, nothing was saved")
    elif report.batch_id is None:
        batch = translate("ImportDialog", "none: nothing was saved")
    lines += [(translate("ImportDialog", "Imported as"), kinds.get(report.kind, report.kind)),
              (translate("ImportDialog", "Import number"), batch),
              (translate("ImportDialog", "Created"), report.created),
              (translate("ImportDialog", "Updated"), report.updated),
              (translate("ImportDialog", "Skipped"), report.skipped),
              (translate("ImportDialog", "Rejected rows"), report.count("rejected")),
              (translate("ImportDialog", "Warnings"), report.count("warnings")),
              (translate("ImportDialog", "Possible duplicates"), report.count("possible_duplicates"))]
    return lines


def errors_wording(issues_model):
    """The issues workbook's words in the user's language, as the report on screen says them."""
    from crm.importing.report import ErrorsWording

    return ErrorsWording(
        title=QCoreApplication.translate("ImportDialog", "Import report"),
        headers=(QCoreApplication.translate("ImportDialog", "Kind"), QCoreApplication.translate("ImportDialog", "Row"),
                 QCoreApplication.translate("ImportDialog", "Column"),
                 QCoreApplication.translate("ImportDialog", "Value"),
                 QCoreApplication.translate("ImportDialog", "Reason")),
        rejected=issues_model.kind_label("rejected"), warning=issues_model.kind_label("warning"),
        possible_duplicate=issues_model.kind_label("possible"), reason=translated_reason,
        other=other_of_possible_duplicate, kept=kept_workbook_note,
        issue=lambda issue: (issues_model.shown_value(issue) or None, issues_model.shown_reason(issue)),
        about_title=QCoreApplication.translate("ImportDialog", "About this import"), about=about_workbook_lines)
