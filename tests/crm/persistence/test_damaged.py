import io
import os
import zipfile

import pytest

from crm.persistence.integrity import DatabaseDamaged
from crm.persistence.store import open_store


def _real_database(path):
    from crm.services import Services

    store = open_store(str(path))
    Services.for_store(store).candidates.bulk_insert([{"first_name": f"P{i}", "notes": "x" * 500} for i in range(400)])
    with store.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    for leftover in ("crm.db-wal", "crm.db-shm"):
        (path.parent / leftover).unlink(missing_ok=True)
    return path.read_bytes()


def _xlsx_bytes():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
    return buffer.getvalue()


@pytest.mark.parametrize(
    "damage",
    ["random_bytes", "zero_bytes", "header_garbage", "truncated", "page_garbage", "xlsx_renamed"],
)
def test_damaged_file_is_reported_and_never_modified(tmp_path, damage):
    path = tmp_path / "crm.db"
    good = _real_database(path)
    damaged = {
        "random_bytes": os.urandom(8192),
        "zero_bytes": b"",
        "header_garbage": b"\x00" * 100 + good[100:],
        "truncated": good[: len(good) // 3],
        "page_garbage": good[:4096 * 3] + os.urandom(4096 * 4) + good[4096 * 7:],
        "xlsx_renamed": _xlsx_bytes(),
    }[damage]
    path.write_bytes(damaged)
    with pytest.raises(DatabaseDamaged) as caught:
        open_store(str(path))
    message = str(caught.value)
    assert str(path) in message and "\n" not in message
    assert path.read_bytes() == damaged
    assert not (tmp_path / "crm.db-wal").exists()


def test_a_database_whose_making_was_cut_short_is_made_anew(tmp_path):
    """A first import killed while it made the database left an empty file beside its journal, and every
    later command said "damaged ... the file is empty (0 bytes)" until it was deleted by hand."""
    import shutil
    import sqlite3

    from crm.services import Services

    making = tmp_path / "making.db"
    connection = sqlite3.connect(making, isolation_level=None)
    connection.execute("PRAGMA journal_mode=DELETE")
    connection.execute("BEGIN")
    connection.execute("CREATE TABLE first (x)")
    connection.execute("INSERT INTO first VALUES (1)")  # the state a kill before the first commit leaves
    path = tmp_path / "crm.db"
    shutil.copy(making, path)
    shutil.copy(tmp_path / "making.db-journal", tmp_path / "crm.db-journal")
    connection.close()
    assert path.stat().st_size == 0 and (tmp_path / "crm.db-journal").stat().st_size > 0
    store = open_store(str(path))
    services = Services.for_store(store)
    services.candidates.create({"first_name": "Ana", "email": "ana@example.com"})
    assert services.candidates.count() == 1
    store.close()
    assert not (tmp_path / "crm.db-journal").exists()
