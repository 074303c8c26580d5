"""Import a candidate spreadsheet in one transaction: read, map, parse, dedupe, insert, index.

An error or a cancel rolls everything back; a dry run does all the work and rolls back too. The
batch records what was created and changed, so `undo` can restore the state before it.
"""

from __future__ import annotations

import gc
import hashlib
import itertools
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from crm.domain import ImportBatch, ImportMapping
from crm.domain.base import utcnow
from crm.importing.candidate_rows import Rejected, build_row
from crm.importing.candidate_run import CandidateRun
from crm.importing.dedupe import POLICIES
from crm.importing.mapping import (
    CANDIDATE_FIELDS,
    EXPORT_META_HEADERS,
    NOTES,
    SKIP,
    auto_mapping,
    headers_key,
    load_mapping_file,
    normalise_header,
)
from crm.importing.readers import Workbook, open_workbook
from crm.importing.report import ImportReport
from crm.importing.safety import UnreadableFile
from crm.importing.sheets import Table, choose_sheet, find_table
from crm.persistence.store import Store
from crm.safety import audit
from crm.safety.backups import BackupManager
from crm.services.candidates import CandidateService
from crm.services.progress import CancelToken, Progress, no_progress

CHUNK_ROWS = 2000


@dataclass
class ImportOptions:
    sheet: str | None = None
    targets: list[str] | None = None  # one per column (the GUI's full mapping)
    overrides: dict[int, str] = field(default_factory=dict)  # column index -> target
    mapping_file: str | None = None  # --mapping FILE.json: {"Header": "field" | "notes" | "skip"}
    on_duplicate: str = "update"
    dry_run: bool = False
    day_first: bool = True
    include_erased: bool = False  # people erased on request are skipped unless the user insists


@dataclass
class Plan:
    """A file opened and its list located, with the mapping that will be used."""

    path: Path
    workbook: Workbook
    table: Table
    targets: list[str]
    saved_mapping: bool

    @property
    def headers(self) -> list[str]:
        return self.table.headers


def plan(store: Store | None, path: str | Path, kind: str = "candidates", sheet: str | None = None,
         fields: dict = CANDIDATE_FIELDS) -> Plan:
    """Open the file, choose the sheet, find the header row and the mapping (saved or automatic)."""
    path = Path(path)
    workbook = open_workbook(path)
    chosen = sheet or choose_sheet(workbook, fields)
    try:
        table = find_table(workbook.read(chosen), fields)
    except UnreadableFile as exc:
        if str(exc).startswith(path.name):
            raise
        raise UnreadableFile(f"{path.name}, {exc}") from exc
    targets = auto_mapping(table.headers, fields)
    saved = False
    if store is not None:
        with store.sessions() as session:
            mapping = session.scalar(select(ImportMapping).where(ImportMapping.headers_key == headers_key(
                kind, table.headers)))
            if mapping is not None and len(mapping.mapping.get("targets", [])) == len(targets):
                targets = [t if t in fields or t in (NOTES, SKIP) else NOTES for t in mapping.mapping["targets"]]
                saved = True
    return Plan(path, workbook, table, targets, saved)


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def import_candidates(store: Store, path: str | Path, options: ImportOptions | None = None,
                      progress: Progress = no_progress, token: CancelToken | None = None) -> ImportReport:
    """Import a candidate list. Raises UnreadableFile (nothing written) when the file cannot be read."""
    with fewer_collections():
        return _import_candidates(store, path, options, progress, token)


_GC_LOCK = threading.Lock()
_GC_STATE = {"depth": 0, "threshold": gc.get_threshold()}


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Run the cyclic garbage collector less often while an import runs.

    An import allocates millions of short-lived objects; at the default threshold the collector ran
    ~20 full collections over the growing heap (2.2 s of a 100,000-row import). Reference counting
    still frees everything at once; cycles are still collected, just in larger batches."""
    with _GC_LOCK:
        if _GC_STATE["depth"] == 0:
            _GC_STATE["threshold"] = gc.get_threshold()
            gc.set_threshold(50_000, 10, 10)
        _GC_STATE["depth"] += 1
    try:
        yield
    finally:
        with _GC_LOCK:
            _GC_STATE["depth"] -= 1
            if _GC_STATE["depth"] == 0:
                gc.set_threshold(*_GC_STATE["threshold"])


def _import_candidates(store: Store, path: str | Path, options: ImportOptions | None,
                       progress: Progress, token: CancelToken | None) -> ImportReport:
    options = options or ImportOptions()
    if options.on_duplicate not in POLICIES:
        raise ValueError(f"on-duplicate must be one of {', '.join(POLICIES)}")
    token = token or CancelToken()
    started = time.perf_counter()
    the_plan = plan(store, path, "candidates", options.sheet)
    timings = {"read": time.perf_counter() - started, "normalise": 0.0, "store": 0.0}
    targets = list(options.targets or the_plan.targets)
    overrides = dict(options.overrides)
    if options.mapping_file:
        overrides.update(load_mapping_file(options.mapping_file, the_plan.headers, CANDIDATE_FIELDS))
    for index, target in overrides.items():
        targets[index] = target
    report = ImportReport("candidates", the_plan.path.name, the_plan.table.sheet, dry_run=options.dry_run)
    for message in the_plan.workbook.warnings:
        report.warn(None, None, None, message)
    for header, target in zip(the_plan.headers, targets, strict=False):
        if target == SKIP and normalise_header(header):
            reason = ("record id or update time of the database this list was exported from; not imported"
                      if normalise_header(header) in EXPORT_META_HEADERS else "column skipped; not imported")
            report.warn(None, header, None, reason)
    total = the_plan.table.total_rows
    if not options.dry_run and store.path is not None:
        progress(0, total, "backing up")
        BackupManager(store).take("pre-import")  # a verified way back, whatever the import does
    progress(0, total, "reading")
    session = store.sessions()
    try:
        with session.begin():
            batch = ImportBatch(kind="candidates", filename=the_plan.path.name, file_sha256=file_sha256(the_plan.path))
            session.add(batch)
            session.flush()
            run = CandidateRun(session, CandidateService(store), batch.id, options.on_duplicate, report,
                               skip_erased=not options.include_erased)
            done = 0
            cache: dict = {}
            clock = time.perf_counter()
            for chunk in chunks(the_plan.table.rows, CHUNK_ROWS):
                now = time.perf_counter()
                timings["read"] += now - clock
                token.raise_if_cancelled()
                rows = []
                for number, cells in chunk:
                    try:
                        row = build_row(number, cells, the_plan.headers, targets, options.day_first, cache)
                    except Rejected as exc:
                        report.rejected.append(exc.issue)
                        continue
                    report.warnings.extend(row.warnings)
                    rows.append(row)
                parsed = time.perf_counter()
                timings["normalise"] += parsed - now
                run.process(rows)
                clock = time.perf_counter()
                timings["store"] += clock - parsed
                done += len(chunk)
                report.rows_read = done
                progress(done, max(total, done), f"{done:,} rows")
            token.raise_if_cancelled()
            if done == 0:
                report.warn(the_plan.table.header_row, None, None, "the sheet has a header row but no data below it")
            clock = time.perf_counter()
            run.finish()
            save_mapping(session, "candidates", the_plan.headers, targets)
            batch.created_count, batch.updated_count = report.created, report.updated
            batch.skipped_count, batch.rejected_count = report.skipped, len(report.rejected)
            batch.finished_at = utcnow()
            report.batch_id = batch.id
            batch.report = report.stored_summary()
            audit.record(session, "import", "import_batch", batch.id,
                         {"kind": "candidates", "created": report.created, "updated": report.updated,
                          "skipped": report.skipped, "rejected": len(report.rejected)})
            token.raise_if_cancelled()
            if options.dry_run:
                raise _DryRunDone()
            clock_commit = time.perf_counter()
        timings["commit"] = time.perf_counter() - clock_commit
        timings["store"] += clock_commit - clock
    except _DryRunDone:
        report.batch_id = None  # everything was done, then rolled back
    finally:
        session.close()
    report.timings = {key: round(value, 3) for key, value in timings.items()}
    return report


class _DryRunDone(Exception):
    pass


def chunks(rows, size: int):
    iterator = iter(rows)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def save_mapping(session, kind: str, headers: list[str], targets: list[str]) -> None:
    key = headers_key(kind, headers)
    mapping = session.scalar(select(ImportMapping).where(ImportMapping.headers_key == key))
    value = {"headers": list(headers), "targets": list(targets)}
    if mapping is None:
        session.add(ImportMapping(headers_key=key, kind=kind, mapping=value))
    elif mapping.mapping != value:
        mapping.mapping = value

