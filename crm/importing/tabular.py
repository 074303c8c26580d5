"""The shared frame of the small imports (roles, pipeline): plan, one transaction, batch, report."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Protocol

from crm.domain import ImportBatch, ImportItem
from crm.files import file_sha256
from crm.importing.cell_marks import fill_merged_down, mark_issue
from crm.importing.importer import (
    ImportOptions,
    back_up_first,
    check_targets,
    close_batch,
    forget_backup,
    kept_backup,
    no_data,
    plan,
    save_mapping,
    say_if_imported_before,
    warn_skipped_columns,
)
from crm.importing.mapping import NOTES, PER_COLUMN, SKIP, unmapped_target
from crm.importing.mapping_files import as_mapping_file, load_mapping_file
from crm.importing.one_at_a_time import wait_for_other_imports
from crm.importing.report import ImportReport
from crm.importing.row_source import chunks, late_merged_warnings, left_out_warnings
from crm.importing.safety import UnreadableFile
from crm.importing.values import as_text, is_placeholder
from crm.persistence.store import Store
from crm.services.progress import CancelToken, Progress, no_progress


class RowHandler(Protocol):
    # Fields several columns may fill (a role's skills): field -> how their texts are joined.
    adds_up: dict[str, str]

    def handle(self, row: int, values: dict[str, Any], columns: dict[str, str], also: list[str]) -> None:
        """`also`: "Header: value" of a later column given a field an earlier column filled differently,
        for the handler to keep (a role's description, an application's comment)."""

    def finish(self, progress: Progress, token: CancelToken | None) -> None:
        """After the last row: what is written at the end (reporting its progress, stopping when cancelled)."""


def row_values(targets: list[str], headers: list[str], cells: list[Any],
               adds_up: dict[str, str]) -> tuple[dict[str, Any], list[str]]:
    """({field: raw value}, "Header: value" lines to keep beside them): a field given two columns
    ("Comentario", "Feedback") takes the first column's value and loses neither; a column to keep in the
    notes (NOTES) gives a line too."""
    values: dict[str, Any] = {}
    also: list[str] = []
    for column, (target, value) in enumerate(zip(targets, cells, strict=False)):
        if target == SKIP or value is None or is_placeholder(value):
            continue
        if target == NOTES:
            if headers[column] and as_text(value):
                also.append(f"{headers[column]}: {as_text(value)}")
            continue
        if target in PER_COLUMN:  # each column's own value, with its header (a stage's date)
            values.setdefault(target, []).append((headers[column], value))
            continue
        if target not in values:
            values[target] = value
        elif target in adds_up:
            values[target] = f"{as_text(values[target])}{adds_up[target]}{as_text(value)}"
        elif as_text(value) != as_text(values[target]):
            also.append(f"{headers[column]}: {as_text(value)}")
    return values, also


def with_lines(text: str | None, lines: list[str]) -> str | None:
    """A text with the "Header: value" lines kept beside it (row_values' `also`), one a line: a role's
    description, an application's comment, as the import stores it and its preview shows it."""
    return "\n".join(part for part in (text, *lines) if part) or None


class _DryRunDone(Exception):
    pass


def run_tabular(store: Store, kind: str, path: str | Path, fields: dict, make_handler, options: ImportOptions | None,
                progress: Progress = no_progress, token: CancelToken | None = None) -> ImportReport:
    """Read rows as {field: raw value} and hand each to the handler, with "Header: value" of the columns
    kept in the notes where the kind keeps them (mapping.unmapped_target: a role's description); other
    columns are skipped, and the report says which."""
    options = options or ImportOptions()
    token = token or CancelToken()
    the_plan = plan(store, path, kind, options.sheet, fields)
    check_targets(options.targets, the_plan.headers, the_plan.path, options.headers)
    targets = list(options.targets or the_plan.targets)
    if options.mapping_file:
        for index, target in load_mapping_file(options.mapping_file, the_plan.headers, fields,
                                                   unmapped_target(kind)).items():
            targets[index] = target
    targets = [unmapped_target(kind) if target == NOTES else target for target in targets]
    columns: dict[str, str] = {}  # field -> the header of its first column, whose value the row takes
    for target, header in zip(targets, the_plan.headers, strict=True):
        if target not in (NOTES, SKIP):
            columns.setdefault(target, header)
    report = ImportReport(kind, the_plan.path.name, the_plan.table.sheet, dry_run=options.dry_run,
                          mapping=as_mapping_file(the_plan.headers, targets),
                          sheets=len(the_plan.workbook.sheet_names))
    for message in the_plan.workbook.warnings:
        report.warn(None, None, None, message)
    warn_skipped_columns(report, the_plan.headers, targets)
    total = the_plan.table.total_rows
    backup = back_up_first(store, options, progress, total)
    session = store.sessions()
    try:
        with session.begin():
            wait_for_other_imports(session)
            batch = ImportBatch(kind=kind, filename=the_plan.path.name, file_sha256=file_sha256(the_plan.path))
            session.add(batch)
            session.flush()
            imported_before = say_if_imported_before(session, batch, report)
            handler = make_handler(session, batch.id, report, options.on_duplicate, options.day_first)
            handler.imported_before = imported_before
            done, last_row = 0, the_plan.table.header_row
            marks = the_plan.table.marks  # cells that look blank but are not (cell_marks)
            rows = fill_merged_down(the_plan.table.rows, marks) if options.fill_merged else the_plan.table.rows
            for chunk in chunks(rows, 500):
                token.raise_if_cancelled()
                for number, cells in chunk:
                    values, also = row_values(targets, the_plan.headers, cells, handler.adds_up)
                    if marks.cells and number in marks.cells:
                        report.warnings.extend(
                            mark_issue(number, the_plan.headers[column], mark) for column, mark in marks.cells[number].items()
                            if column < len(targets) and targets[column] not in (NOTES, SKIP)
                            and targets[column] not in values)
                    handler.handle(number, values, columns, also)
                    last_row = number
                done += len(chunk)
                progress(done, max(total, done), f"{done:,} rows")
            report.warnings.extend(late_merged_warnings(marks.late_blocks, the_plan.headers, targets,
                                                        the_plan.table.header_row, last_row))
            report.warnings.extend(left_out_warnings(marks))
            if done == 0:  # refused, as the window does: no empty import to undo in the history
                raise UnreadableFile(no_data(the_plan.path, the_plan.table.sheet, the_plan.table.header_row))
            handler.finish(progress, token)
            save_mapping(session, kind, the_plan.headers, targets, batch.id)
            close_batch(session, batch, report)
            if options.dry_run:
                token.raise_if_cancelled()
                raise _DryRunDone()
            token.seal()  # a cancel from here on is refused: the commit follows
            progress(done, max(total, done), "saving")
    except _DryRunDone:
        report.batch_id = None
    except BaseException:
        forget_backup(backup)
        raise
    else:
        kept_backup(store, backup)
    finally:
        session.close()
    return report


def record(session, batch_id: int, entity: str, entity_id: int, action: str, before: dict | None = None) -> ImportItem:
    item = ImportItem(batch_id=batch_id, entity=entity, entity_id=entity_id, action=action, before=before)
    session.add(item)
    return item
