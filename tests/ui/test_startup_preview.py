"""The real start-up (ui.startup.Startup, as `crm` runs it): the first page of candidates shows from
the read-only preview before SQLAlchemy loads, then the full start-up takes over; files the full
start-up must look at first get no preview."""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from crm.persistence.store import open_store
from crm.safety.lock import lock_path
from crm.services import Services
from tests.ui.helpers import add_people, when_modal
from ui.startup import Startup

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def people_db(db_path):
    store = open_store(str(db_path))
    add_people(Services.for_store(store), 250)
    store.close()
    return db_path


@pytest.fixture
def start(qapp, tmp_path):
    made: list[Startup] = []

    def make(db) -> Startup:
        startup = Startup(qapp, str(db), QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
        made.append(startup)
        return startup

    yield make
    for startup in made:
        if startup.window is not None:
            startup.window.close()
        startup.close()
    qapp.setQuitOnLastWindowClosed(True)


def _first_names(window, count: int) -> list[str]:
    model = window.candidates.model
    return [model.index(row, 0).data() for row in range(count)]


def test_the_window_opens_on_the_preview_then_the_services_take_over(qtbot, start, people_db):
    startup = start(people_db)
    with qtbot.waitSignal(startup.ready, timeout=20000):
        assert startup.begin()
        window = startup.window
        assert startup.previewed and window.context.services is None
        preview_names = _first_names(window, 5)
        assert window.candidates.count_label.text() == "250 candidates"
    assert window.context.services is not None
    store = window.context.services.store
    expected = [row.name for row in window.candidates.model.listing.rows(
        window.candidates.model.listing.ids("name", limit=5))]
    assert preview_names == expected == _first_names(window, 5)
    assert type(window.candidates.model.listing).__name__ == "CandidateListService"
    assert window.candidates.detail.candidate_id == window.candidates.current_id()  # the profile follows
    assert window.page("roles") is not None  # every page wired once ready
    assert store.path == people_db.resolve()


def test_a_command_chosen_during_the_preview_runs_once_the_store_is_open(qtbot, start, people_db):
    startup = start(people_db)
    with qtbot.waitSignal(startup.ready, timeout=20000):
        startup.begin()
        startup.window.action("show_archived").trigger()  # before the full start-up
        assert not startup.window.candidates.model.include_archived  # waiting, not lost
    assert startup.window.candidates.model.include_archived


def test_a_new_database_gets_no_preview_and_opens_as_before(qtbot, start, tmp_path):
    startup = start(tmp_path / "new.db")
    with qtbot.waitSignal(startup.ready, timeout=20000):
        assert startup.begin()
    assert not startup.previewed
    assert startup.window.context.services.candidates.count() == 0


def test_an_older_schema_is_migrated_before_any_window(qtbot, start, people_db):
    with sqlite3.connect(people_db) as connection:  # as a database from the previous release
        connection.execute("ALTER TABLE stage_change DROP COLUMN changed_by")
        connection.execute("UPDATE alembic_version SET version_num = '0002'")
    startup = start(people_db)
    with qtbot.waitSignal(startup.ready, timeout=20000):
        assert startup.begin()
    assert not startup.previewed
    assert startup.window.candidates.model.rowCount() == 250


def test_a_database_open_in_another_instance_is_refused_without_a_preview(qtbot, start, people_db):
    lock_path(people_db).write_text(json.dumps({"host": socket.gethostname(), "pid": os.getppid(),
                                                "since": "2026-11-27T09:00:00+00:00"}))
    seen: list = []
    when_modal(lambda box: box.accept(), seen)
    startup = start(people_db)
    assert not startup.begin()
    assert isinstance(seen[0], QMessageBox) and "already open" in seen[0].informativeText()
    assert startup.window is None


def test_damage_found_after_the_preview_closes_the_window_and_keeps_the_file(qtbot, start, people_db):
    with sqlite3.connect(people_db) as connection:  # damage a page the preview does not read
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        page = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = 'audit_entry'").fetchone()[0]
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    with people_db.open("r+b") as file:
        file.seek((page - 1) * page_size)
        file.write(b"\xff" * page_size)
    damaged = people_db.read_bytes()
    startup = start(people_db)
    seen: list = []
    when_modal(lambda dialog: dialog.quit_button.click(), seen)
    with qtbot.waitSignal(startup.failed, timeout=20000):
        assert startup.begin()
        assert startup.previewed
    assert type(seen[0]).__name__ == "DamagedDatabaseDialog"
    assert not startup.window.isVisible()
    assert people_db.read_bytes() == damaged  # kept as it was for the user to decide


FIRST_PAINT_PROBE = r"""
import sys
from PySide6.QtWidgets import QApplication
from PySide6.QtCore import QSettings
from ui.startup import Startup
app = QApplication([])
startup = Startup(app, sys.argv[1], QSettings(sys.argv[2], QSettings.Format.IniFormat))
seen = {}
def on_paint():
    model = startup.window.candidates.model
    seen["paint"] = ["sqlalchemy" in sys.modules, model.rowCount(), model.index(0, 0).data(), model.rows_fetched]
def on_ready():
    model = startup.window.candidates.model
    seen["ready"] = ["sqlalchemy" in sys.modules, model.rowCount(), model.index(0, 0).data()]
    print(seen, flush=True)
    app.quit()
startup.first_paint.connect(on_paint)
startup.ready.connect(on_ready)
startup.begin()
app.exec()
startup.close()
"""


def test_the_first_page_paints_before_sqlalchemy_loads(people_db, tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), CRM_DATA_DIR=str(tmp_path))
    result = subprocess.run([sys.executable, "-c", FIRST_PAINT_PROBE, str(people_db), str(tmp_path / "ui.ini")],
                            capture_output=True, text=True, env=env, cwd=str(ROOT), timeout=60)
    seen = eval(result.stdout.strip().splitlines()[-1])  # the probe's own dict literal
    loaded_at_paint, rows, first, fetched = seen["paint"]
    assert not loaded_at_paint and rows == 250 and fetched >= 1
    assert seen["ready"] == [True, 250, first]

