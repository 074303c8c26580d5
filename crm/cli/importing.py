"""`crm import candidates|roles|pipeline FILE ...` and `crm import undo BATCH_ID`."""

from __future__ import annotations

import argparse
import re
import shlex
import sys
import tempfile
from contextlib import ExitStack
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from crm.cli.common import EXIT_BAD_INPUT, EXIT_OK, EXIT_SOME_REJECTED, CliError, print_json, services
from crm.domain.errors import CrmError

if TYPE_CHECKING:
    from crm.importing.report import ImportReport


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("import", help="import candidates, roles or a pipeline from xlsx/csv; undo an import")
    commands = parser.add_subparsers(dest="action", metavar="WHAT", required=True)
    for name, help_text in (("candidates", "import a candidate list"),
                            ("roles", "import roles (and their clients)"),
                            ("pipeline", "import applications: candidate (email, or name), role (reference, or title and client), "
                             "stage and date (or a column per stage holding the day it was reached)")):
        command = commands.add_parser(name, help=help_text)
        command.add_argument("file", metavar="FILE", help=".xlsx, .xlsm, .csv or .txt")
        command.add_argument("--sheet", metavar="NAME", help="the sheet to read (default: the one that looks right)")
        command.add_argument("--mapping", metavar="FILE.json",
                             help='column mapping, e.g. {"Nombre y apellidos": "full_name", "Extra": "notes"}')
        command.add_argument("--on-duplicate", choices=("update", "skip", "overwrite"), default="update",
                             help="a person (or role) already known: fill empty fields and add skills (update, the "
                                  "default), leave as is (skip), or replace with the file's values (overwrite; notes, "
                                  "a role's description and skills are added to, never replaced)")
        command.add_argument("--dates", choices=("auto", "dmy", "mdy"), default="auto",
                             help="how the file writes dates as text: dmy (31/12/2026), mdy (12/31/2026, US "
                                  "exports) or auto (the default: dmy unless the first rows prove mdy)")
        command.add_argument("--fill-merged", action="store_true",
                             help="cells merged over several rows (a client or city over its people) give their "
                                  "value to each row; by default those rows are left empty with a warning")
        command.add_argument("--dry-run", action="store_true", help="do everything, then roll back")
        command.add_argument("--include-erased", action="store_true",
                             help="import people who were erased on request (skipped by default)")
        command.add_argument("--errors", metavar="OUT.xlsx", help="write rejected rows and warnings to a spreadsheet")
        command.add_argument("--json", action="store_true", help="print the report as one JSON object")
        if name == "pipeline":
            command.add_argument("--role", metavar="REF",
                                 help="the role (its reference) of the rows that name none: a tracker kept as a "
                                      "sheet per process; by default, the role the sheet's name names, if one does")
        command.set_defaults(handler=_run_import, kind=name)
    undo = commands.add_parser("undo", help="undo an import: delete what it created, restore what it changed")
    undo.add_argument("batch_id", metavar="BATCH_ID", type=int)
    undo.add_argument("--json", action="store_true")
    undo.set_defaults(handler=_undo)
    listing = commands.add_parser("list", help="list past imports")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=_list)


def _first_rows(store, args: argparse.Namespace):
    """What the file's first rows tell before the import (inspect.Inspection): how it writes dates, and
    for a candidate list the columns whose values say what they hold."""
    from crm.importing.inspect import inspect

    return inspect(store, args.file, args.kind, args.sheet, rows=0)


def _names_every_column(args: argparse.Namespace, headers: list) -> bool:
    """Whether the --mapping file leaves no column to a saved mapping."""
    from crm.importing.mapping_files import mapped_columns

    if not args.mapping:
        return False
    named = mapped_columns(args.mapping, headers)
    return all(index in named for index, header in enumerate(headers) if str(header or "").strip())


_KIND_SHAPES = {"pipeline": "a pipeline (a candidate, a role and a stage on each row)",
                "roles": "a list of roles (a title with its client or reference)",
                "candidates": "a list of candidates"}


def _say_other_kind(kind: str, args: argparse.Namespace) -> None:
    """The sheet's columns say it lists something else than the command imports (sheet_kind): said, and
    imported as asked (the window opens such a file as the kind its columns say)."""
    read_as = {"pipeline": "applications", "roles": "roles", "candidates": "people"}
    print(f"crm: the sheet's columns look like {_KIND_SHAPES[kind]}; read as {read_as[args.kind]}, as asked "
          f"(`crm import {kind} {shlex.quote(str(args.file))}` reads them as {read_as[kind]})", file=sys.stderr)


def _day_first(inspection, args: argparse.Namespace) -> bool:
    """The order of the file's text dates: as told, or as its first rows prove (said on stderr)."""
    if args.dates != "auto":
        return args.dates == "dmy"
    if not inspection.day_first:
        print("crm: the file writes dates month/day/year (12/31/2026); read so (--dates dmy to read them "
              "day first)", file=sys.stderr)
    return inspection.day_first


def _refuse(args: argparse.Namespace, message: str, exc: BaseException, errors_file: bool = True) -> None:
    """Say why nothing was imported: on stderr, with --json as the one object scripts read, and in the --errors
    workbook (a report of an earlier run left there would be read as this one's)."""
    if args.errors and errors_file:
        from crm.importing.report import ImportReport, Issue, write_errors_xlsx

        refused = ImportReport(kind=args.kind, filename=Path(args.file).name)
        refused.rejected.append(Issue(None, None, None, message))
        try:
            write_errors_xlsx(refused, args.errors)
        except (OSError, CrmError):
            pass  # the refusal is said on stderr all the same
    if args.json:
        print_json({"file": Path(args.file).name, "kind": args.kind, "error": message, "created": 0,
                    "updated": 0, "skipped": 0, "rejected": [], "warnings": [], "possible_duplicates": [],
                    "batch_id": None})
    raise CliError(message, EXIT_BAD_INPUT) from exc


def _run_import(args: argparse.Namespace) -> int:
    if args.errors:  # a report that cannot be written is said before anything is imported
        from crm.exporting.atomic import ExportTargetError, check_target

        target = Path(args.errors)
        try:
            check_target(target)
            if target.exists() and target.resolve() == Path(args.file).resolve():
                raise ExportTargetError(f"cannot write {target}: it is the file being imported")
        except ExportTargetError as exc:
            _refuse(args, f"{exc}; nothing was imported", exc, errors_file=False)
    started = datetime.now(UTC)  # (the core's utcnow: SQLAlchemy is not loaded for a command's parser)
    try:
        report = _imported(args)
    except KeyboardInterrupt:
        # Ctrl-C between the commit and the report: the import happened, and is said as it was stored
        report = _committed_since(args, started)
        if report is None:
            raise
        print(f"crm: interrupted after the import was committed (batch {report.batch_id}); its report as kept:",
              file=sys.stderr)
    return _said(args, report)


def _committed_since(args: argparse.Namespace, started) -> ImportReport | None:
    from sqlalchemy import select

    from crm.domain import ImportBatch
    from crm.importing.undo import stored_report

    with services(args.db) as svc:
        with svc.store.sessions() as session:
            batch_id = session.scalar(select(ImportBatch.id).where(
                ImportBatch.started_at >= started, ImportBatch.filename == Path(args.file).name,
                ImportBatch.status == "committed").order_by(ImportBatch.id.desc()))
        return None if batch_id is None else stored_report(svc.store, batch_id)


def _imported(args: argparse.Namespace) -> ImportReport:
    from sqlalchemy.exc import DBAPIError
    from sqlalchemy.orm.exc import StaleDataError

    from crm.importing.api import run_import
    from crm.importing.safety import UnreadableFile, file_kind
    from crm.persistence.backup import BackupFailed

    try:  # before the database is opened: a missing or unreadable file left a new, empty database behind
        file_kind(Path(args.file))
    except UnreadableFile as exc:
        _refuse(args, f"{exc}; nothing was imported", exc)
    with ExitStack() as opened:
        db = args.db
        if args.dry_run and _no_database_yet(db):
            # a dry run leaves no file behind: against an empty database of its own, everyone is new
            db = str(Path(opened.enter_context(tempfile.TemporaryDirectory(prefix="crm-dry-run-"))) / "crm.db")
        try:
            svc = opened.enter_context(services(db))
        except CliError as exc:  # a damaged, foreign or unreachable database: --json says it too
            _refuse(args, str(exc), exc, errors_file=False)
        try:
            inspection = _first_rows(svc.store, args)
            if inspection.saved_mapping and not _names_every_column(args, inspection.headers):
                # as the window says it: a choice made once is not made silently again
                print("crm: the column mapping saved when these columns were imported before is used"
                      + (f" for the columns {Path(args.mapping).name} does not name" if args.mapping else "")
                      + "; the report's \"mapping\" (--json) is it as a --mapping file, to change and give back",
                      file=sys.stderr)
            if inspection.likely_kind != args.kind and not args.mapping:
                _say_other_kind(inspection.likely_kind, args)
            candidates = args.kind == "candidates"
            report = run_import(svc.store, args.kind, args.file, sheet=args.sheet, mapping_file=args.mapping,
                                include_erased=getattr(args, "include_erased", False),
                                on_duplicate=args.on_duplicate, dry_run=args.dry_run,
                                day_first=_day_first(inspection, args), fill_merged=args.fill_merged,
                                targets=inspection.targets if candidates else None,
                                headers=inspection.headers if candidates else None,
                                value_hints=inspection.value_hints if candidates else None,
                                role=getattr(args, "role", None))
        except (UnreadableFile, ValueError) as exc:
            from crm.importing.role_lookup import NO_ROLE_COLUMN

            hint = " with --role REF" if str(exc) == NO_ROLE_COLUMN else ""
            _refuse(args, f"{exc}{hint}; nothing was imported", exc)
        except (BackupFailed, DBAPIError, StaleDataError) as exc:  # a full disk, a database another program holds
            from crm.persistence.db_errors import plain_message

            _refuse(args, plain_message(exc), exc)
    return report


def _no_database_yet(db: str | None) -> bool:
    """No database file yet, or a server database without the CRM's tables (a dry run made them there)."""
    from crm.config import resolve_db_url
    from crm.persistence.integrity import sqlite_path

    url = resolve_db_url(db)
    path = sqlite_path(url)
    if path is not None:
        return not path.exists()
    from sqlalchemy import create_engine, inspect
    from sqlalchemy.exc import DBAPIError

    engine = create_engine(url)
    try:
        return not inspect(engine).has_table("alembic_version")
    except DBAPIError:
        return False  # unreachable or refused: opening it says so, in words
    finally:
        engine.dispose()


def _said(args: argparse.Namespace, report: ImportReport) -> int:
    """The report on stdout (--json: one object) and in --errors OUT.xlsx; the exit code."""
    from crm.importing.report import counterpart, kept_counts, write_errors_xlsx

    if args.errors:
        try:
            write_errors_xlsx(report, args.errors)
        except (OSError, CrmError) as exc:  # the import stands (committed): said, and reported below as usual
            print(f"crm: the import is done, but its report could not be written to {args.errors}: {exc}",
                  file=sys.stderr)
    if args.json:
        print_json(report.to_json())
    else:
        verb = "would import" if report.dry_run else "imported"
        print(f"{verb} {report.filename} (sheet {report.sheet}): {report.created} created, {report.updated} updated, "
              f"{report.skipped} skipped, {_repeats(report)}{report.count('rejected')} rejected, "
              f"{report.count('warnings')} warnings, {report.count('possible_duplicates')} possible duplicates")
        if report.kept():  # a report as kept with its batch (interrupted after the commit): the first issues only
            print(f"  note: only the first issues of each kind were kept with the import: {kept_counts(report.kept())}")
        for issue in [w for w in report.warnings if w.row is None][:20]:  # about a column or the whole file
            print(f"  column {_inert(issue.column)}: {_inert(issue.reason)}" if issue.column
                  else f"  note: {_inert(issue.reason)}")
        _print_rows("rejected", report.rejected)
        _print_rows("warning", sorted((w for w in report.warnings if w.row is not None), key=lambda w: w.row))
        for item in report.possible_duplicates[:20]:
            line = f"  possible duplicate row {item['row']} ({_inert(item['name'])}): {item['reason']} ({counterpart(item)})"
            other = item.get("candidate_id", item.get("other_id"))
            if item.get("new_id") and other:  # the same person after all: the command that merges them
                line += f"; if the same person: crm candidates merge {other} {item['new_id']}"
            print(line)
        if report.batch_id:
            print(f"batch {report.batch_id}; undo with: crm import undo {report.batch_id}")
    return EXIT_SOME_REJECTED if report.rejected else EXIT_OK


SHOWN_ROWS = 50  # of each kind; the rest are in --errors OUT.xlsx and --json


def _repeats(report) -> str:
    """The rows counted as part of an earlier row's record: a person's duplicates, a log's later steps."""
    if report.kind == "candidates":
        return f"{report.merged} merged duplicates, "
    if report.kind == "pipeline" and report.merged:
        return f"{report.merged} more steps of the same applications, "
    return ""


# A cell's control characters, shown as escapes: a terminal obeys them ("a convenir\x1b[2J" cleared the screen
# the report was printed on), and a line break in a value broke the report's lines.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")
_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _inert(text: str | None) -> str | None:
    if text is None or text.isprintable():
        return text
    return _CONTROL.sub(lambda m: _ESCAPES.get(m.group(), f"\\x{ord(m.group()):02x}"), text)


def _print_rows(kind: str, issues: list) -> None:
    """'  warning row 6, Salario "a convenir": <reason>': where, what the file held, and why."""
    for issue in issues[:SHOWN_ROWS]:
        value = _inert(issue.value if issue.value is None or len(issue.value) <= 60 else issue.value[:59] + "…")
        where = ", ".join(part for part in (_inert(issue.column), f'"{value}"' if value is not None else None) if part)
        print(f"  {kind} row {issue.row}" + (f", {where}" if where else "") + f": {_inert(issue.reason)}")
    if len(issues) > SHOWN_ROWS:
        print(f"  ... and {len(issues) - SHOWN_ROWS} more {kind} rows (all of them: --errors OUT.xlsx or --json)")


def _undo(args: argparse.Namespace) -> int:
    from crm.importing.undo import undo_import

    with services(args.db) as svc:
        try:
            result = undo_import(svc.store, args.batch_id)
        except CrmError as exc:
            raise CliError(str(exc), EXIT_BAD_INPUT) from exc
    if args.json:
        print_json({"batch_id": result.batch_id, "deleted": result.deleted, "restored": result.restored,
                    "kept": result.kept})
    else:
        kept = f"; {result.kept} records kept (later imports named them)" if result.kept else ""
        print(f"undid import {result.batch_id}: {result.deleted} records deleted, {result.restored} restored{kept}")
    return EXIT_OK


def _list(args: argparse.Namespace) -> int:
    from crm.cli.common import print_table
    from crm.importing.undo import list_batches

    with services(args.db) as svc:
        batches = list_batches(svc.store)
    if args.json:
        print_json(batches)
        return EXIT_OK
    print_table([[b["id"], b["kind"], b["file"], b["sheet"], b["status"], b["created"], b["updated"], b["rejected"],
                  b["warnings"], b["possible_duplicates"]] for b in batches],
                ["ID", "KIND", "FILE", "SHEET", "STATUS", "CREATED", "UPDATED", "REJECTED", "WARNINGS",
                 "POSSIBLE DUPLICATES"])
    return EXIT_OK
