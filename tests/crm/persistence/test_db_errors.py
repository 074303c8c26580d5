"""A database another program holds, read-only or full is said in words, not as SQL with its parameters."""

import sqlite3

import pytest
from sqlalchemy import text

import crm.persistence.engine as engine_module
from crm.cli import run
from crm.persistence.db_errors import LOCKED, plain_message
from crm.persistence.store import open_store


@pytest.fixture
def held(tmp_path, monkeypatch):
    """A database file another program is writing (an open write transaction), and a short wait for it."""
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 200)
    path = tmp_path / "crm.db"
    open_store(str(path)).close()
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    yield path
    other.execute("ROLLBACK")
    other.close()


def test_a_locked_database_is_said_in_words(held):
    store = open_store(str(held))
    with pytest.raises(Exception) as raised, store.engine.begin() as connection:
        connection.execute(text("INSERT INTO setting (key, value) VALUES ('x', '1')"))
    store.close()
    assert plain_message(raised.value) == LOCKED
    assert plain_message(ValueError("row 4 is bad")) == "row 4 is bad"  # anything else as it says


def test_the_command_line_says_so_too(held, tmp_path, capsys):
    """It printed a traceback ending in "(sqlite3.OperationalError) database is locked [SQL: INSERT INTO ...]"."""
    path = tmp_path / "lista.csv"
    path.write_text("Nombre;Email\nAna Gil;ana@example.com\n", encoding="utf-8")
    code = run(["--db", str(held), "import", "candidates", str(path)])
    err = capsys.readouterr().err
    assert code == 2 and err.strip() == f"crm: {LOCKED}"

    # With --json, the one object a script reads says why too (it printed nothing on stdout)
    code = run(["--db", str(held), "import", "candidates", str(path), "--json"])
    out = capsys.readouterr().out
    import json

    assert code == 2 and json.loads(out)["error"] == LOCKED


def test_a_database_that_cannot_be_opened_is_said_in_words():
    """A healthy database on a read-only disk was 'damaged or not a CRM database: unable to open database file'."""
    from sqlalchemy.exc import OperationalError

    from crm.persistence.db_errors import UNOPENABLE

    failed = OperationalError("PRAGMA journal_mode", {}, sqlite3.OperationalError("unable to open database file"))
    assert plain_message(failed) == UNOPENABLE
    assert "read-only" in UNOPENABLE


def test_a_refusal_the_app_does_not_know_never_shows_the_statement_or_its_values(tmp_path):
    """"(sqlite3.IntegrityError) UNIQUE constraint failed ... [SQL: INSERT ...] [parameters: ('x', 'ana@x.es')]":
    a person's data on the screen and in logs; now the database's own words only."""
    store = open_store(str(tmp_path / "crm.db"))
    with pytest.raises(Exception) as raised, store.engine.begin() as connection:
        for _ in range(2):
            connection.execute(text("INSERT INTO setting (key, value) VALUES ('x', 'ana.secret@example.com')"))
    store.close()
    said = plain_message(raised.value)
    assert said == "the database refused the change (UNIQUE constraint failed: setting.key); nothing was saved"
