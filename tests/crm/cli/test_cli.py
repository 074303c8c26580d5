import json
import os
import subprocess
import sys

import pytest

from crm import __version__
from crm.cli import run


def crm(capsys, *args):
    code = run(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_demo_then_list_json_gives_every_candidate(capsys, db_path):
    code, out, _ = crm(capsys, "--db", str(db_path), "demo", "--candidates", "300")
    assert code == 0 and "300 candidates" in out
    code, out, _ = crm(capsys, "--db", str(db_path), "candidates", "list", "--json")
    people = json.loads(out)
    assert code == 0 and len(people) == 300
    assert {"id", "first_name", "last_name", "email", "phone", "linkedin_url"} <= set(people[0])
    assert len({p["email"] for p in people}) == 300


def test_demo_refuses_a_database_that_has_data(capsys, db_path):
    crm(capsys, "--db", str(db_path), "demo", "--candidates", "5")
    code, _, err = crm(capsys, "--db", str(db_path), "demo", "--candidates", "5")
    assert code == 2 and "empty" in err


def test_demo_has_roles_with_pipelines_at_every_stage(capsys, db_path):
    crm(capsys, "--db", str(db_path), "demo")
    code, out, _ = crm(capsys, "--db", str(db_path), "roles", "list", "--json")
    roles = json.loads(out)
    assert code == 0 and len(roles) >= 16
    assert {"id", "reference", "title", "client", "status"} <= set(roles[0])
    from crm.persistence.store import open_store
    from crm.services import Services

    store = open_store(str(db_path))
    svc = Services.for_store(store)
    stages = {a.stage for r in svc.roles.list_all() for a in svc.pipeline.applications_for_role(r.id)}
    assert all(r.contact_id for r in svc.roles.list_all())
    from crm.domain import Application, Stage

    with store.sessions() as session:
        open_without_step = session.query(Application).join(Stage).filter(
            Stage.kind == "open", Application.next_step.is_(None)).count()
    store.close()
    assert open_without_step == 0  # every open card on the demo boards says what happens next
    assert stages == {s.name for s in svc.pipeline.stages()}


def test_add_and_show(capsys, db_path):
    code, out, _ = crm(capsys, "--db", str(db_path), "candidates", "add", "--first-name", "Ana", "--last-name",
                       "Núñez", "--email", "ANA@x.es", "--skills", "postgres, python", "--json")
    added = json.loads(out)
    assert code == 0 and added["email"] == "ana@x.es"
    code, out, _ = crm(capsys, "--db", str(db_path), "candidates", "show", str(added["id"]), "--json")
    shown = json.loads(out)
    assert shown["last_name"] == "Núñez"
    assert [s["name"] for s in shown["skills"]] == ["PostgreSQL", "Python"]


def test_add_with_bad_input_exits_2_naming_the_field(capsys, db_path):
    code, _, err = crm(capsys, "--db", str(db_path), "candidates", "add", "--first-name", "Ana", "--email", "nope")
    assert code == 2 and "email" in err and "Traceback" not in err


def test_show_unknown_candidate_exits_2(capsys, db_path):
    code, _, err = crm(capsys, "--db", str(db_path), "candidates", "show", "999")
    assert code == 2 and "999" in err


def test_check_on_random_bytes_exits_2_with_one_line(capsys, tmp_path):
    path = tmp_path / "junk.db"
    junk = os.urandom(20000)
    path.write_bytes(junk)
    code, out, err = crm(capsys, "--db", str(path), "check")
    assert code == 2
    assert len(err.strip().splitlines()) == 1 and "not a database" in err
    assert path.read_bytes() == junk


def test_check_on_a_good_database(capsys, db_path):
    crm(capsys, "--db", str(db_path), "demo", "--candidates", "20")
    code, out, _ = crm(capsys, "--db", str(db_path), "check")
    assert code == 0 and out.startswith("ok:") and "20 candidate" in out


def test_backup_writes_a_verified_copy(capsys, db_path, tmp_path):
    import sqlite3

    crm(capsys, "--db", str(db_path), "demo", "--candidates", "30")
    target = tmp_path / "copy.db"
    code, out, _ = crm(capsys, "--db", str(db_path), "backup", str(target))
    assert code == 0 and str(target) in out
    connection = sqlite3.connect(target)
    assert connection.execute("SELECT COUNT(*) FROM candidate").fetchone() == (30,)
    connection.close()


def test_crm_db_environment_variable_chooses_the_database(capsys, tmp_path, monkeypatch):
    path = tmp_path / "env.db"
    monkeypatch.setenv("CRM_DB", str(path))
    crm(capsys, "candidates", "add", "--first-name", "Eva")
    assert path.exists()


def test_usage_error_exits_2(capsys):
    with pytest.raises(SystemExit) as caught:
        run(["candidates", "frobnicate"])
    assert caught.value.code == 2


def test_python_dash_m_and_version():
    result = subprocess.run([sys.executable, "-m", "crm", "--version"], capture_output=True, text=True, check=False)
    assert result.returncode == 0 and result.stdout.strip() == f"crm {__version__}"


def test_search_json_lists_every_match_unless_limited(capsys, db_path):
    crm(capsys, "--db", str(db_path), "candidates", "add", "--first-name", "José", "--last-name", "Núñez",
        "--email", "jose@x.es", "--skills", "python")
    crm(capsys, "--db", str(db_path), "candidates", "add", "--first-name", "Ana", "--skills", "python, django")
    crm(capsys, "--db", str(db_path), "candidates", "add", "--first-name", "Eva", "--skills", "java")
    code, out, _ = crm(capsys, "--db", str(db_path), "search", "skill:python", "--json")
    found = json.loads(out)
    assert code == 0 and sorted(p["first_name"] for p in found) == ["Ana", "José"]
    assert {"id", "first_name", "last_name", "email"} <= set(found[0])
    code, out, _ = crm(capsys, "--db", str(db_path), "search", "nunez", "--json")
    assert [p["email"] for p in json.loads(out)] == ["jose@x.es"]
    code, out, _ = crm(capsys, "--db", str(db_path), "search", "python", "--json", "--limit", "1")
    assert len(json.loads(out)) == 1
    code, out, _ = crm(capsys, "--db", str(db_path), "search", "c++", "node.js", '"', "--json")
    assert code == 0 and json.loads(out) == []


def test_output_piped_into_a_reader_that_stops_early_is_not_a_traceback(db_path):
    crm_cmd = [sys.executable, "-m", "crm", "--db", str(db_path)]
    subprocess.run([*crm_cmd, "demo", "--candidates", "300"], capture_output=True, check=True)
    listing = subprocess.Popen([*crm_cmd, "candidates", "list", "--json"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    listing.stdout.readline()
    listing.stdout.close()  # like `| head -1`
    stderr = listing.stderr.read().decode()
    listing.stderr.close()
    listing.wait(timeout=60)
    assert "Traceback" not in stderr
    assert listing.returncode == 0


def test_merge_folds_one_candidate_into_another(capsys, db_path):
    db = ["--db", str(db_path)]
    crm(capsys, *db, "candidates", "add", "--first-name", "Laura", "--last-name", "Gómez", "--email", "laura@example.com",
        "--city", "Madrid", "--skills", "python")
    crm(capsys, *db, "candidates", "add", "--first-name", "Laura", "--last-name", "Gomez", "--email", "lgomez@work.es",
        "--phone", "600 111 222", "--city", "Madrid", "--skills", "kubernetes")
    code, out, _ = crm(capsys, *db, "candidates", "merge", "1", "2")
    assert code == 0 and out.splitlines()[0] == "merged candidate 2 (Laura Gomez) into 1 (Laura Gómez)"
    assert "filled: phone" in out and "kept in the notes (differed): last_name, email" in out
    code, out, _ = crm(capsys, *db, "candidates", "show", "1", "--json")
    laura = json.loads(out)
    assert laura["phone"] == "+34600111222" and "lgomez@work.es" in laura["notes"]
    assert {s["name"] for s in laura["skills"]} == {"Python", "Kubernetes"}
    code, _, err = crm(capsys, *db, "candidates", "merge", "1", "2")  # 2 is gone
    assert code != 0 and "2" in err
