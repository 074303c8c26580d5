"""Import a candidate spreadsheet in one transaction: read, map, parse, dedupe, insert, index.

An error or a cancel rolls everything back; a dry run does all the work and rolls back too. The
batch records what was created and changed, so `undo` can restore the state before it.
"""

from __future__ import annotations

import gc
import os
import sys
import threading
import time
from collections.abc import Collection, Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import insert, select

from crm.domain import ImportBatch, ImportItem, ImportMapping
from crm.domain.base import utcnow
from crm.files import file_sha256
from crm.importing.candidate_rows import field_headers
from crm.importing.candidate_run import CandidateRun
from crm.importing.column_values import ValueHint
from crm.importing.dedupe import POLICIES
from crm.importing.mapping import (
    CANDIDATE_FIELDS,
    EXPORT_META_HEADERS,
    NOTES,
    SENSITIVE_REASON,
    SKIP,
    auto_mapping,
    is_sensitive,
    normalise_header,
)
from crm.importing.mapping_files import as_mapping_file, headers_key, load_mapping_file
from crm.importing.one_at_a_time import wait_for_other_imports
from crm.importing.reader_process import ChildRows
from crm.importing.readers import Workbook
from crm.importing.report import ImportReport
from crm.importing.row_source import InlineRows
from crm.importing.safety import UnreadableFile
from crm.importing.sheets import Table, open_table
from crm.persistence.deferred_indexes import deferred_indexes
from crm.persistence.engine import bulk_write_settings, restore_write_settings, size_page_cache
from crm.persistence.store import Store
from crm.safety import audit
from crm.safety.backups import BackupFailed, BackupInfo, BackupManager
from crm.services import skills
from crm.services.candidates import CandidateService
from crm.services.progress import CancelToken, Progress, no_progress

# A child reader process (see reader_process) overlaps reading with inserting on two free cores, but
# costs a second interpreter: at 10,000 rows it was no faster (1.25-1.36 s against 1.0-1.2 s here) and
# held 88 MB against 28 MB. From 2 MB (~13,000 rows of a 20-column workbook, ~10,000 of a CSV) the
# time is worth it.
CHILD_READER_MIN_BYTES = 2 * 1024 * 1024
BULK_LOAD_MIN_ROWS = 5000  # below this, keeping the indexes up to date as rows go in costs next to nothing
READERS = ("auto", "process", "inline")


@dataclass
class ImportOptions:
    sheet: str | None = None
    targets: list[str] | None = None  # one per column (the GUI's full mapping)
    headers: list[str] | None = None  # the columns `targets` was chosen for, as the file was opened
    overrides: dict[int, str] = field(default_factory=dict)  # column index -> target
    mapping_file: str | None = None  # --mapping FILE.json: {"Header": "field" | "notes" | "skip"}
    on_duplicate: str = "update"
    dry_run: bool = False
    day_first: bool = True
    include_erased: bool = False  # people erased on request are skipped unless the user insists
    fill_merged: bool = False  # repeat a merged block's value down its rows (cell_marks.fill_merged_down)
    reader: str = "auto"  # "process": read and normalise in a child process; "inline": here; "auto": by size
    role: str | None = None  # a pipeline's rows that name no role are for this one (its reference)
    # Columns whose target the first rows' values chose (inspect.Inspection.value_hints): said in the report
    value_hints: dict[int, ValueHint] = field(default_factory=dict)


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
    workbook, table = open_table(path, sheet, fields)
    targets, saved = mapping_for(store, kind, table.headers, fields)
    return Plan(path, workbook, table, targets, saved)


def mapping_for(store: Store | None, kind: str, headers: list[str], fields: dict) -> tuple[list[str], bool]:
    """The column targets for these headers: the mapping saved for them, else the automatic one."""
    targets = auto_mapping(headers, fields)
    if store is not None:
        with store.sessions() as session:
            exact = session.execute(select(ImportMapping.mapping, ImportMapping.updated_at).where(
                ImportMapping.headers_key == headers_key(kind, headers))).one_or_none()
            if exact is not None and len(exact.mapping.get("targets", [])) != len(targets):
                exact = None
            reused = _same_columns_mapping(session, kind, headers, targets)
            # The one saved last wins: the columns in this order may have a mapping older than the one the
            # user chose since for them in another order.
            if reused is not None and (exact is None or (reused[1] == len(headers) and reused[2] > exact.updated_at)):
                return [t if t in fields or t in (NOTES, SKIP) else NOTES for t in reused[0]], True
            if exact is not None:
                return [t if t in fields or t in (NOTES, SKIP) else NOTES for t in exact.mapping["targets"]], True
    return targets, False


def _same_columns_mapping(session, kind: str, headers: list[str],
                          automatic: list[str]) -> tuple[list[str], int, datetime] | None:
    """The targets a mapping saved for the same columns gives them, when the file has them in another
    order or has a column or two more (a later export of the same tracker): each column its saved target,
    a new one its automatic target; with how many of the file's columns it knew and when it was saved.
    The saved mapping with the most of the file's columns wins (the newest of equals); one whose columns
    are not all in the file, or are fewer than four in five of the file's, is not this file's."""
    wanted = [(normalise_header(h), nth) for h, nth in _numbered(headers)]
    best: tuple[int, datetime, dict] | None = None
    for saved_at, value in session.execute(select(ImportMapping.updated_at, ImportMapping.mapping)
                                           .where(ImportMapping.kind == kind)):
        saved_headers, saved_targets = value.get("headers", []), value.get("targets", [])
        if len(saved_headers) != len(saved_targets) or len(saved_headers) < 2:
            continue
        saved = {(normalise_header(h), nth): t for (h, nth), t in zip(_numbered(saved_headers), saved_targets,
                                                                        strict=True)}
        # Most of this file's columns, not a few common ones ("Nombre", "Email", "Notas" are in every list)
        if not saved.keys() <= set(wanted) or len(saved) < max(3, 0.8 * len(wanted)):
            continue
        if best is None or (len(saved), saved_at) > best[:2]:
            best = (len(saved), saved_at, saved)
    if best is None:
        return None
    return [best[2].get(key, target) for key, target in zip(wanted, automatic, strict=True)], best[0], best[1]


def _numbered(headers: list[str]) -> list[tuple[str, int]]:
    """Each header with how many times it came before ("Email", "Email" -> 0, 1): repeated names stay apart."""
    seen: dict[str, int] = {}
    result = []
    for header in headers:
        key = normalise_header(header)
        result.append((header, seen.get(key, 0)))
        seen[key] = seen.get(key, 0) + 1
    return result


def warn_skipped_columns(report: ImportReport, headers: list[str], targets: list[str],
                         explained: Collection[int] = ()) -> None:
    """One warning for each named column the import leaves out, saying why (`explained`: columns whose
    own warning says it already)."""
    for index, (header, target) in enumerate(zip(headers, targets, strict=False)):
        if target == SKIP and normalise_header(header) and index not in explained:
            reason = ("record id or update time of the database this list was exported from; not imported"
                      if normalise_header(header) in EXPORT_META_HEADERS
                      else SENSITIVE_REASON if is_sensitive(header) else "column skipped; not imported")
            report.warn(None, header, None, reason)


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


def open_rows(path: Path, options: ImportOptions) -> InlineRows | ChildRows:
    """Where the rows come from: a child process for workbooks worth it (see reader_process), else here."""
    use_child = options.reader == "process" or (
        options.reader == "auto" and path.is_file() and path.stat().st_size >= CHILD_READER_MIN_BYTES
        and (os.cpu_count() or 1) > 1)
    # A frozen build's executable is the app itself, not a Python that can run `-m`.
    if use_child and sys.executable and not getattr(sys, "frozen", False):
        try:
            return ChildRows(path, options.sheet)
        except OSError:
            pass  # no interpreter to start (a frozen build, a locked-down machine): read here instead
    return InlineRows(path, options.sheet)


def _import_candidates(store: Store, path: str | Path, options: ImportOptions | None,
                       progress: Progress, token: CancelToken | None) -> ImportReport:
    options = options or ImportOptions()
    if options.on_duplicate not in POLICIES:
        raise ValueError(f"on-duplicate must be one of {', '.join(POLICIES)}")
    if options.reader not in READERS:
        raise ValueError(f"reader must be one of {', '.join(READERS)}")
    token = token or CancelToken()
    path = Path(path)
    source = open_rows(path, options)
    try:
        return _import_rows(store, path, source, options, progress, token)
    finally:
        source.close()


def _import_rows(store: Store, path: Path, source: InlineRows | ChildRows, options: ImportOptions,
                 progress: Progress, token: CancelToken) -> ImportReport:
    located = source.located
    headers = located.headers
    targets, _saved = mapping_for(store, "candidates", headers, CANDIDATE_FIELDS)
    check_targets(options.targets, headers, path, options.headers)
    targets = list(options.targets or targets)
    overrides = dict(options.overrides)
    if options.mapping_file:
        overrides.update(load_mapping_file(options.mapping_file, headers, CANDIDATE_FIELDS))
    for index, target in overrides.items():
        targets[index] = target
    # A child reader starts parsing now, while we back up.
    batches = source.batches(targets, options.day_first, fill_merged=options.fill_merged)
    report = ImportReport("candidates", path.name, located.sheet, dry_run=options.dry_run,
                          mapping=as_mapping_file(headers, targets), sheets=located.sheets)
    for message in located.warnings:
        report.warn(None, None, None, message)
    warn_skipped_columns(report, headers, targets, explained=[index for index, hint in options.value_hints.items()
                                                              if hint.target == SKIP])
    for index, hint in sorted(options.value_hints.items()):
        if index < len(targets) and targets[index] == hint.target:
            report.warn(None, headers[index], None, hint.reason)
    total = located.total_rows
    backup = back_up_first(store, options, progress, total)
    progress(0, total, "reading")
    timings = {"store": 0.0}
    connection = store.engine.connect()
    bulk_settings = bulk_write_settings(connection)
    session = store.sessions(bind=connection)
    try:
        with session.begin():
            wait_for_other_imports(session)  # (and then see what it wrote)
            batch = ImportBatch(kind="candidates", filename=path.name, file_sha256=file_sha256(path))
            session.add(batch)
            session.flush()
            imported_before = say_if_imported_before(session, batch, report)
            run = CandidateRun(session, CandidateService(store), batch.id, options.on_duplicate, report,
                               skip_erased=not options.include_erased)
            run.imported_before = imported_before
            run.headers_of = field_headers(headers, targets)
            done = 0
            # A first import into an empty database builds the lookup indexes once at its end; it finds
            # its own people in memory meanwhile (CandidateRun.created_keys).
            if bulk_settings:
                size_page_cache(session.connection(), run.max_existing_id + total)
            bulk_load = run.created_keys is not None and total >= BULK_LOAD_MIN_ROWS
            with (deferred_indexes(session.connection(), ("candidate", "candidate_skill")) if bulk_load
                  else nullcontext()):
                for parsed in batches:
                    token.raise_if_cancelled()
                    clock = time.perf_counter()
                    report.rejected.extend(parsed.rejected)
                    position = len(report.warnings)
                    run.process(parsed.rows)
                    # A row that changes nothing (known, up to date) stores none of its cells: what they
                    # would have said is not said (a file imported again repeated every cell's warning)
                    unchanged = run.unchanged_rows
                    report.warnings[position:position] = (
                        [w for w in parsed.warnings if w.row not in unchanged] if unchanged else parsed.warnings)
                    timings["store"] += time.perf_counter() - clock
                    done += parsed.read
                    report.rows_read = done
                    progress(done, max(total, done), f"{done:,} rows")
                clock = time.perf_counter()  # set-aside indexes are built as the block closes
            timings["store"] += time.perf_counter() - clock
            token.raise_if_cancelled()
            if done == 0:  # refused, as the window does: no empty import to undo in the history
                raise UnreadableFile(no_data(path, located.sheet, located.header_row))
            clock = time.perf_counter()
            run.finish()
            save_mapping(session, "candidates", headers, targets, batch.id)
            close_batch(session, batch, report)
            if options.dry_run:
                token.raise_if_cancelled()
                raise _DryRunDone()
            token.seal()  # a cancel from here on is refused: the commit follows
            progress(done, max(total, done), "saving")
            clock_commit = time.perf_counter()
        timings["commit"] = time.perf_counter() - clock_commit
        timings["store"] += clock_commit - clock
    except _DryRunDone:
        report.batch_id = None  # everything was done, then rolled back
        for flag in report.possible_duplicates:  # the records they named are gone with it
            flag.pop("new_id", None)
            flag.pop("other_id", None)
    except BaseException:
        forget_backup(backup)
        raise
    else:
        kept_backup(store, backup)
    finally:
        session.close()
        if bulk_settings:
            restore_write_settings(connection)
        connection.close()
    report.timings = {key: round(value, 3) for key, value in {**source.timings, **timings}.items()}
    return report


class _DryRunDone(Exception):
    pass


FILE_CHANGED = "the file changed since it was opened (its columns are not the ones shown); open it again"


def check_targets(targets: list[str] | None, headers: list[str], path: Path, shown: list[str] | None = None) -> None:
    """A mapping chosen for the file as it was opened must fit the file as it is read now (it may have been
    saved again, or replaced, meanwhile): the same columns, in the same order (two columns swapped in Excel
    would put each one's values in the other's field)."""
    if targets is None:
        return
    if len(targets) != len(headers) or (shown is not None and list(shown) != list(headers)):
        raise UnreadableFile(f"{Path(path).name}: {FILE_CHANGED}")


NO_DATA = "the sheet has a header row but no data below it"


def no_data(path: Path, sheet: str | None, header_row: int) -> str:
    where = f"{path.name}, sheet {sheet}" if sheet and path.suffix.lower() not in (".csv", ".txt") else path.name
    return f"{where}: {NO_DATA} (the header is row {header_row})"


def back_up_first(store: Store, options: ImportOptions, progress: Progress, total: int) -> BackupInfo | None:
    """A verified backup before an import writes (not for a check): a way back, whatever the import does.
    The older backups are rotated once the import is saved (kept_backup); one that saves nothing drops it
    (forget_backup)."""
    if options.dry_run or store.path is None:
        return None
    progress(0, total, "backing up")
    try:
        return BackupManager(store).take("pre-import", rotate=False)
    except (BackupFailed, OSError) as exc:  # a full disk, a file where the backups folder should be
        raise BackupFailed(f"the backup taken before every import could not be written ({exc}); "
                           "nothing was imported") from exc


def forget_backup(backup: BackupInfo | None) -> None:
    """An import that saved nothing (an error, a cancel, a full disk) leaves the database as it was: a copy of
    it adds nothing, and ten failed attempts filled a nearly full disk with them."""
    if backup is not None:
        backup.path.unlink(missing_ok=True)


def kept_backup(store: Store, backup: BackupInfo | None) -> None:
    """The import was saved: its backup stays, and the older ones are rotated as after any backup."""
    if backup is not None:
        try:
            BackupManager(store).rotate()
        except OSError:  # (a rotation that fails now runs again after the next backup)
            pass


def close_batch(session, batch: ImportBatch, report: ImportReport) -> None:
    """What an import keeps of itself, in its own transaction: its counts and report in the batch (for
    Import history and undo), the skills it added to the catalogue (undo takes back those nothing else
    uses by then), and an audit entry (ids and counts only)."""
    added = sorted(set(skills.added_in(session)))
    if added:
        session.execute(insert(ImportItem), [{"batch_id": batch.id, "entity": "skill", "entity_id": skill_id,
                                              "action": "created"} for skill_id in added])
    batch.created_count, batch.updated_count = report.created, report.updated
    batch.skipped_count, batch.rejected_count = report.skipped, len(report.rejected)
    batch.finished_at = utcnow()
    report.batch_id = batch.id
    batch.report = report.stored_summary()
    audit.record(session, "import", "import_batch", batch.id,
                 {"kind": batch.kind, "created": report.created, "updated": report.updated,
                  "skipped": report.skipped, "rejected": len(report.rejected)})


IMPORTED_BEFORE = ("this file was imported before (import {batch}, {day}); what the database has already is not "
                   "created again")


def say_if_imported_before(session, batch: ImportBatch, report: ImportReport) -> bool:
    """The same file (its bytes) imported before and not undone: said first, so that a report of rows
    skipped reads as what it is. Returns whether it was."""
    said = imported_before(session, batch.file_sha256, batch.kind, report.sheet, batch.id)
    if said:
        report.warn(None, None, None, said)
    return said is not None


def imported_before(session, sha256: str | None, kind: str, sheet: str | None, batch_id: int | None = None) -> str | None:
    """IMPORTED_BEFORE for the first import (not undone) of this sheet of the same file, else None."""
    for earlier in session.execute(select(ImportBatch.id, ImportBatch.started_at, ImportBatch.report).where(
            ImportBatch.file_sha256 == sha256, ImportBatch.kind == kind, ImportBatch.id != batch_id,
            ImportBatch.status == "committed").order_by(ImportBatch.id)):  # the first: the one that made its records
        if (earlier.report or {}).get("sheet") != sheet:
            continue  # another sheet of the workbook (a list a month)
        return IMPORTED_BEFORE.format(batch=earlier.id, day=earlier.started_at.date().isoformat())
    return None


def save_mapping(session, kind: str, headers: list[str], targets: list[str], batch_id: int | None = None) -> None:
    """Kept for the next file with these headers; recorded in the batch, so that undo takes it back too
    (a mapping the recruiter got wrong and undid must not come back with the same file)."""
    key = headers_key(kind, headers)
    mapping = session.scalar(select(ImportMapping).where(ImportMapping.headers_key == key))
    value = {"headers": list(headers), "targets": list(targets)}
    if mapping is None:
        mapping = ImportMapping(headers_key=key, kind=kind, mapping=value)
        session.add(mapping)
        session.flush()
        before = {"saved": value}
    elif mapping.mapping != value:
        before = {"saved": value, "mapping": mapping.mapping}
        mapping.mapping = value
    else:
        return
    if batch_id is not None:
        session.add(ImportItem(batch_id=batch_id, entity="mapping", entity_id=mapping.id,
                               action="created" if "mapping" not in before else "updated", before=before))

