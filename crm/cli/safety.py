"""`crm backups list`, `crm restore`, `crm erase`, `crm export-person`, `crm retention list`, `crm audit`."""

from __future__ import annotations

import argparse
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path

from crm.cli.common import CliError, open_checked, print_json, print_table
from crm.config import resolve_db_url
from crm.domain.errors import NotFound
from crm.persistence.integrity import sqlite_path
from crm.safety import audit, consent, erasure, rights_export
from crm.safety.backups import BackupFailed, BackupManager
from crm.safety.lock import DatabaseInUse, DatabaseLock
from crm.safety.restore import RestoreFailed, restore


def register(subparsers: argparse._SubParsersAction) -> None:
    backups = subparsers.add_parser("backups", help="list the automatic and manual backups")
    backups_sub = backups.add_subparsers(dest="backups_command", metavar="ACTION", required=True)
    listing = backups_sub.add_parser("list", help="date, size and counts of each backup, newest first")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=_backups_list)

    restoring = subparsers.add_parser("restore", help="replace the database with a backup (the current file is "
                                      "kept aside; erasures made since are applied again)")
    restoring.add_argument("backup", help="backup file")
    restoring.set_defaults(handler=_restore)

    erase = subparsers.add_parser("erase", help="erase a candidate everywhere (GDPR right to erasure)")
    erase.add_argument("candidate_id", type=int)
    erase.add_argument("--yes", action="store_true", help="confirm: this cannot be undone")
    erase.add_argument("--reason", default="request")
    erase.set_defaults(handler=_erase)

    export = subparsers.add_parser("export-person", help="export everything held about a candidate (zip of "
                                   "JSON and xlsx)")
    export.add_argument("candidate_id", type=int)
    export.add_argument("out", help="target .zip file")
    export.set_defaults(handler=_export_person)

    retention = subparsers.add_parser("retention", help="candidates whose retention ended or consent is missing")
    retention_sub = retention.add_subparsers(dest="retention_command", metavar="ACTION", required=True)
    due = retention_sub.add_parser("list", help="list them")
    due.add_argument("--json", action="store_true")
    due.add_argument("--today", type=date.fromisoformat, help="evaluate as of this date (YYYY-MM-DD)")
    due.set_defaults(handler=_retention_list)

    log = subparsers.add_parser("audit", help="show the audit log (newest first)")
    log.add_argument("--limit", type=int, default=50)
    log.add_argument("--json", action="store_true")
    log.set_defaults(handler=_audit)


def _sqlite_file(db: str | None) -> Path:
    path = sqlite_path(resolve_db_url(db))
    if path is None:
        raise CliError("this command works on a database file; a server database is backed up on the server")
    return path


@contextmanager
def _writer(db: str | None):
    """Hold the one-writer lock while a command changes the database."""
    lock = DatabaseLock(_sqlite_file(db))
    try:
        lock.acquire()
    except DatabaseInUse as exc:
        raise CliError(f"{exc} Close it first.") from exc
    try:
        yield
    finally:
        lock.release()


def _backups_list(args: argparse.Namespace) -> int:
    _sqlite_file(args.db)
    store = open_checked(args.db)
    try:
        manager = BackupManager(store)
        found = manager.list()
        folder = manager.folder
    finally:
        store.close()
    items = [{"file": str(b.path), "taken_at": b.taken_at.isoformat(timespec="seconds"), "reason": b.reason,
              "size_bytes": b.size_bytes, "counts": b.counts} for b in found]
    if args.json:
        print_json(items)
        return 0
    print(f"backups in {folder}:")
    print_table([[b.taken_at.astimezone().strftime("%Y-%m-%d %H:%M"), b.reason, f"{b.size_bytes / 1e6:.1f} MB",
                  *(("-", "-", "-") if b.counts is None else
                    (b.counts["candidate"], b.counts["role"], b.counts["company"])), b.path.name] for b in found],
                ["date", "reason", "size", "candidates", "roles", "clients", "file"])
    return 0


def _restore(args: argparse.Namespace) -> int:
    path = _sqlite_file(args.db)
    with _writer(args.db):
        try:
            result = restore(path, Path(args.backup))
        except (RestoreFailed, BackupFailed) as exc:
            raise CliError(str(exc)) from exc
    counts = result.counts
    print(f"restored {result.restored_from.name}: {counts['candidate']} candidates, {counts['role']} roles, "
          f"{counts['company']} clients; erasures applied again: {result.erasures_reapplied}")
    if result.set_aside:
        print(f"the previous file is kept as {result.set_aside}")
    return 0


def _erase(args: argparse.Namespace) -> int:
    if not args.yes:
        raise CliError("erasing a person cannot be undone; add --yes to confirm")
    with _writer(args.db):
        store = open_checked(args.db)
        try:
            result = erasure.erase(store, [args.candidate_id], reason=args.reason)
        except NotFound as exc:
            raise CliError(str(exc)) from exc
        finally:
            store.close()
    print(f"erased candidate {args.candidate_id}: {result.applications} applications, {result.activities} "
          f"activities, {result.attachments} attachments ({result.files_removed} files) removed")
    if result.recipients:
        print("clients who received their data (tell them of the erasure): " + ", ".join(result.recipients))
    if not result.compacted:
        print("note: another program was reading the database; its file is compacted on the next erasure")
    return 0


def _export_person(args: argparse.Namespace) -> int:
    store = open_checked(args.db)
    try:
        result = rights_export.export_person(store, args.candidate_id, Path(args.out))
    except NotFound as exc:
        raise CliError(str(exc)) from exc
    finally:
        store.close()
    sections = ", ".join(f"{n} {name}" for name, n in result.sections.items())
    print(f"written {result.path} ({sections}); answer the request by {result.due.isoformat()}")
    return 0


def _retention_list(args: argparse.Namespace) -> int:
    store = open_checked(args.db)
    try:
        rows = consent.due(store, args.today or datetime.now(UTC).date())
    finally:
        store.close()
    if args.json:
        print_json([{"id": r.id, "name": r.name, "email": r.email, "lawful_basis": r.lawful_basis,
                     "consent_date": r.consent_date, "last_activity": r.last_activity,
                     "retention_end": r.retention_end, "reasons": list(r.reasons)} for r in rows])
        return 0
    print_table([[r.id, r.name, r.retention_end.isoformat(), r.lawful_basis or "-", ", ".join(r.reasons)]
                 for r in rows], ["id", "name", "retention end", "lawful basis", "why"])
    print(f"{len(rows)} candidates ({sum(consent.RETENTION_ENDED in r.reasons for r in rows)} past retention, "
          f"{sum(consent.CONSENT_MISSING in r.reasons for r in rows)} without consent)")
    return 0


def _audit(args: argparse.Namespace) -> int:
    store = open_checked(args.db)
    try:
        with store.sessions() as session:
            rows = audit.entries(session, limit=args.limit)
    finally:
        store.close()
    if args.json:
        print_json([{"at": r.at, "actor": r.actor, "action": r.action, "entity": r.entity,
                     "entity_id": r.entity_id, "details": r.details} for r in rows])
        return 0
    print_table([[r.at.astimezone().strftime("%Y-%m-%d %H:%M:%S"), r.actor, r.action,
                  f"{r.entity or ''} {r.entity_id or ''}".strip(), r.details] for r in rows],
                ["when", "who", "action", "what", "details"])
    return 0
