"""One entry point for the CLI and the GUI: run an import of a given kind."""

from __future__ import annotations

from pathlib import Path

from crm.importing.column_values import ValueHint
from crm.importing.importer import ImportOptions, import_candidates
from crm.importing.report import ImportReport
from crm.persistence.store import Store
from crm.services.progress import CancelToken, Progress, no_progress

KINDS = ("candidates", "roles", "pipeline")


def run_import(store: Store, kind: str, path: str | Path, *, sheet: str | None = None, mapping_file: str | None = None,
               on_duplicate: str = "update", dry_run: bool = False, targets: list[str] | None = None,
               headers: list[str] | None = None,
               include_erased: bool = False, day_first: bool = True, fill_merged: bool = False,
               value_hints: dict[int, ValueHint] | None = None, role: str | None = None,
               progress: Progress = no_progress, token: CancelToken | None = None) -> ImportReport:
    """`day_first`: how the file writes dates as text (31/12/2026, the default, or 12/31/2026); see
    inspect.dates_day_first for telling it from the file. `fill_merged`: give the rows under a merged
    cell its value (cell_marks.fill_merged_down), as the user chose. `value_hints`: the columns whose
    target the first rows' values chose (inspect.Inspection.value_hints), said in the report. `role`: a
    pipeline's role for the rows that name none (a sheet per process), by its reference. `headers`: the
    columns `targets` was chosen for (the file as it was opened); the import is refused if they changed."""
    options = ImportOptions(sheet=sheet, targets=targets, headers=headers, mapping_file=mapping_file, on_duplicate=on_duplicate,
                            dry_run=dry_run, include_erased=include_erased, day_first=day_first,
                            fill_merged=fill_merged, value_hints=dict(value_hints or {}), role=role)
    if kind == "candidates":
        return import_candidates(store, path, options, progress, token)
    if kind == "roles":
        from crm.importing.roles import import_roles

        return import_roles(store, path, options, progress, token)
    if kind == "pipeline":
        from crm.importing.pipeline import import_pipeline

        return import_pipeline(store, path, options, progress, token)
    raise ValueError(f"unknown import kind '{kind}'; use one of {', '.join(KINDS)}")
