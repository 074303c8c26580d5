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


def check_sqlite_file(path: Path) -> None:
    """Raise DatabaseDamaged unless `path` is missing/empty-new or an SQLite file passing quick_check.

    Opens the file read-only, so a damaged file is never modified.
    """
    if not path.exists():
        return
    if path.is_dir():
        raise DatabaseDamaged(str(path), "it is a folder, not a database file")
    size = path.stat().st_size
    if size == 0:
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
