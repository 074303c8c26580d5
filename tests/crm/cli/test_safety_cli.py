"""The safety commands end to end: backup, backups list, erase, export-person, restore, retention, audit."""

from __future__ import annotations

import json
import zipfile

from crm.cli import run
from crm.safety.lock import DatabaseLock


def crm(capsys, db_path, *args):
    code = run(["--db", str(db_path), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_backup_erase_restore_round_trip(capsys, db_path, tmp_path):
    assert crm(capsys, db_path, "demo", "--candidates", "40")[0] == 0
    code, out, _ = crm(capsys, db_path, "backup")
    assert code == 0 and str(db_path.parent / "backups") in out
    code, out, _ = crm(capsys, db_path, "backups", "list", "--json")
    listed = json.loads(out)
    assert code == 0 and len(listed) == 1 and listed[0]["counts"]["candidate"] == 40

    code, out, _ = crm(capsys, db_path, "export-person", "3", str(tmp_path / "p3.zip"))
    assert code == 0 and "answer the request by" in out
    assert zipfile.ZipFile(tmp_path / "p3.zip").namelist() == ["candidate-3.json", "candidate-3.xlsx"]

    code, _, err = crm(capsys, db_path, "erase", "3")
    assert code == 2 and "--yes" in err
    code, out, _ = crm(capsys, db_path, "erase", "3", "--yes")
    assert code == 0 and "erased candidate 3" in out

    code, out, _ = crm(capsys, db_path, "restore", listed[0]["file"])
    assert code == 0 and "erasures applied again: 1" in out and "kept as" in out
    code, out, _ = crm(capsys, db_path, "candidates", "list", "--json")
    assert 3 not in {c["id"] for c in json.loads(out)} and len(json.loads(out)) == 39

    code, out, _ = crm(capsys, db_path, "audit", "--json")
    assert [e["action"] for e in json.loads(out)][:2] == ["restore", "erase"]


def test_retention_list_json(capsys, db_path):
    crm(capsys, db_path, "demo", "--candidates", "200")
    code, out, _ = crm(capsys, db_path, "retention", "list", "--json", "--today", "2026-11-27")
    rows = json.loads(out)
    assert code == 0 and rows and {"id", "retention_end", "reasons"} <= set(rows[0])


def test_erase_is_refused_while_the_app_holds_the_database(capsys, db_path):
    crm(capsys, db_path, "demo", "--candidates", "5")
    lock = DatabaseLock(db_path)
    lock.path.write_text('{"host": "other-laptop", "pid": 4242, "since": ""}')
    code, _, err = crm(capsys, db_path, "erase", "1", "--yes")
    assert code == 2 and "already open on this database (other-laptop, pid 4242)" in err
