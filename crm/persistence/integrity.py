"""Checks that a database file is sound before anything touches it."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from sqlalchemy.engine import make_url

SQLITE_HEADER = b"SQLite format 3\x00"


class DatabaseDamaged(Exception):
    """The file is not a usable database. The message is one line a user can read."""

    def __init__(self, path: str, reason: str):
        super().__init__(f"The database file {path} is damaged or is not a CRM database: {reason}")
        self.path = path
        self.reason = reason


def sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def _creation_cut_short(path: Path) -> bool:
    """An empty file beside its rollback journal, nothing in a WAL: the first start or first import that
    was making this database was stopped before its first commit (a kill, a power cut). SQLite journals
    the pages a transaction changes; of an empty file there were none, so nothing is lost: both go, and
    the database is made anew (the recruiter was refused every command until deleting it by hand)."""
    journal, wal = path.with_name(path.name + "-journal"), path.with_name(path.name + "-wal")
    if not journal.is_file() or (wal.exists() and wal.stat().st_size > 0):
        return False
    journal.unlink()
    path.unlink()
    return True


def check_sqlite_file(path: Path) -> None:
    """Raise DatabaseDamaged unless `path` is missing/empty-new or an SQLite file passing quick_check.

    Opens the file read-only, so a damaged file is never modified (an empty one whose making was cut
    short is removed: _creation_cut_short).
    """
    if not path.exists():
        return
    if path.is_dir():
        raise DatabaseDamaged(str(path), "it is a folder, not a database file")
    size = path.stat().st_size
    if size == 0:
        if _creation_cut_short(path):
            return
        raise DatabaseDamaged(str(path), "the file is empty (0 bytes)")
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise DatabaseDamaged(str(path), "file is not a database (no SQLite header)")
    # Even a read-only connection may create empty -wal/-shm files for a WAL database; remove the
    # ones we made so a damaged file is left exactly as we found it.
    sidecars = [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm")]
    already_there = {sidecar for sidecar in sidecars if sidecar.exists()}
    # In a folder nobody may write (a read-only disk or share), SQLite cannot make a WAL database's -shm
    # file even to read it ("unable to open database file"): the file is read as it is (immutable), and
    # the app says the folder is read-only when it comes to write, not that the file is damaged.
    read_only_folder = not os.access(path.parent, os.W_OK)
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro" + ("&immutable=1" if read_only_folder else ""), uri=True)
        try:
            rows = connection.execute("PRAGMA quick_check").fetchall()
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseDamaged(str(path), str(exc)) from exc
    finally:
        for sidecar in sidecars:
            if sidecar not in already_there and sidecar.exists() and sidecar.stat().st_size == 0:
                sidecar.unlink()
    problems = [row[0] for row in rows if row[0] != "ok"]
    if problems:
        raise DatabaseDamaged(str(path), f"quick_check failed: {problems[0]}")
