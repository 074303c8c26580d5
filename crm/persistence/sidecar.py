"""A small JSON file kept beside the database, outside the database file.

It remembers what must survive a damaged or replaced database file: the backup folder (so the
newest good backup can be found when the database cannot be read) and the erasure log (tombstone
hashes and times, so restoring a backup older than an erasure still knows who was erased).
It holds hashes and paths only, no personal data. Written atomically (temp file + os.replace).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from crm.config import data_dir_for, sqlite_url

FILENAME = "safety.json"


def sidecar_path(db_path: Path) -> Path:
    return data_dir_for(sqlite_url(db_path)) / FILENAME


def read(db_path: Path) -> dict[str, Any]:
    path = sidecar_path(db_path)
    try:
        value = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}


def write(db_path: Path, value: dict[str, Any]) -> None:
    path = sidecar_path(db_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    with temporary.open("w", encoding="utf-8") as handle:
        json.dump(value, handle, indent=1, sort_keys=True)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)


def update(db_path: Path, **changes: Any) -> None:
    value = read(db_path)
    value.update(changes)
    write(db_path, value)


def erasure_log(db_path: Path) -> dict[str, str]:
    """key_hash -> ISO time of the erasure."""
    log = read(db_path).get("erasures", {})
    return {str(k): str(v) for k, v in log.items()} if isinstance(log, dict) else {}


def add_erasures(db_path: Path, hashes: dict[str, str]) -> None:
    value = read(db_path)
    log = value.get("erasures") if isinstance(value.get("erasures"), dict) else {}
    log.update(hashes)
    value["erasures"] = log
    write(db_path, value)
