"""`crm check` and `crm backup [PATH]`."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import text

from crm.cli.common import CliError, open_checked
from crm.config import resolve_db_url
from crm.persistence.backup import BackupFailed, managed_name
from crm.persistence.engine import make_engine
from crm.persistence.integrity import DatabaseDamaged, check_sqlite_file, sqlite_path
from crm.persistence.migrate import alembic_config, current_revision
from crm.safety.backups import BackupManager


def register(subparsers: argparse._SubParsersAction) -> None:
    check = subparsers.add_parser("check", help="check the database for damage (changes nothing)")
    check.set_defaults(handler=_check)
    backup = subparsers.add_parser("backup", help="write a verified backup of the database")
    backup.add_argument("path", nargs="?", help="target file or folder (default: the managed backup folder, see `crm backups list`)")
    backup.set_defaults(handler=_backup)


def _check(args: argparse.Namespace) -> int:
    url = resolve_db_url(args.db)
    path = sqlite_path(url)
    if path is not None:
        if not path.exists():
            raise CliError(f"{path} does not exist")
        try:
            check_sqlite_file(path)
        except DatabaseDamaged as exc:
            raise CliError(str(exc)) from exc
    engine = make_engine(url, read_only=path is not None)
    try:
        with engine.connect() as connection:
            if path is not None:
                integrity = connection.exec_driver_sql("PRAGMA integrity_check").scalars().all()
                if integrity != ["ok"]:
                    raise CliError(f"integrity_check failed: {integrity[0]}")
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").all()
                if broken:
                    raise CliError(f"{len(broken)} rows point at records that do not exist (first in table "
                                   f"{broken[0][0]})")
            revision = current_revision(engine)
            counts = {table: connection.execute(text(f"SELECT COUNT(*) FROM {table}")).scalar()  # noqa: S608
                      for table in ("candidate", "company", "role", "application")} if revision else {}
    except CliError:
        raise
    except Exception as exc:
        from crm.persistence.db_errors import UNOPENABLE, plain_message

        if plain_message(exc) == UNOPENABLE:
            raise CliError(UNOPENABLE) from exc
        raise CliError(f"the database cannot be read: {str(exc).splitlines()[0]}") from exc
    finally:
        engine.dispose()
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    state = "up to date" if revision == head else f"schema {revision or 'empty'}, app expects {head}"
    print(f"ok: {path or url} ({state}; " + ", ".join(f"{n} {t}" for t, n in counts.items()) + ")")
    return 0


def _backup(args: argparse.Namespace) -> int:
    store = open_checked(args.db)
    try:
        if store.path is None:
            raise CliError("backups of a server database are made on the server (pg_dump)")
        manager = BackupManager(store)
        target = Path(args.path) if args.path else None
        if target is not None and target.is_dir():
            target = target / managed_name(store.path.stem, "manual", datetime.now(UTC))
        # Without PATH: into the managed folder, verified and rotated like the automatic ones.
        written = manager.take("manual", target=target).path
    except BackupFailed as exc:
        raise CliError(str(exc)) from exc
    finally:
        store.close()
    print(f"backup written: {written}")
    return 0
