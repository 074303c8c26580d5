"""Two recruiters importing into one PostgreSQL database at the same time (team mode): each import and undo
waits for the one running, then sees what it wrote."""

import threading
import time

import pytest
from import_fixtures import plain_xlsx

from crm.importing.importer import import_candidates
from crm.importing.undo import undo_import
from crm.persistence.store import open_store
from crm.services import Services

pytestmark = pytest.mark.postgres

_HEADERS = ["Nombre", "Teléfono", "Ciudad"]


class _HeldImport(threading.Thread):
    """A colleague's import, held after writing its rows (inside its transaction) until released."""

    def __init__(self, store, path):
        super().__init__(daemon=True)
        self.store, self.path = store, path
        self.written, self.release = threading.Event(), threading.Event()
        self.report = self.error = None

    def run(self):
        try:
            self.report = import_candidates(self.store, self.path, progress=self._progress)
        except Exception as exc:  # noqa: BLE001 - the test reads what the import raised
            self.error = exc

    def _progress(self, done, _total, _text):
        if done:
            self.written.set()
            self.release.wait(30)


def _in_thread(call):
    result = {}

    def run():
        try:
            result["value"] = call()
        except Exception as exc:  # noqa: BLE001 - the test reads what the call raised
            result["error"] = exc
    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread, result


def _while_held(colleague, call):
    """`call` started while the colleague's import is held; the colleague released once `call` has had time
    to finish if it did not wait (a one-row import takes ~0.2 s)."""
    colleague.start()
    assert colleague.written.wait(30)
    thread, result = _in_thread(call)
    time.sleep(1.5)
    colleague.release.set()
    colleague.join(30)
    thread.join(30)
    return result


def test_a_person_a_colleague_is_importing_is_not_created_twice(pg_url, tmp_path):
    """Known by phone alone (only the email is unique in the schema): both imports created Ana."""
    store = open_store(pg_url)
    try:
        colleague = _HeldImport(store, plain_xlsx(tmp_path / "a.xlsx", _HEADERS, ["Ana Ruiz", "600 111 222", "Madrid"]))
        mine = plain_xlsx(tmp_path / "b.xlsx", _HEADERS, ["Ana Ruiz", "+34 600111222", "Madrid"])
        result = _while_held(colleague, lambda: import_candidates(store, mine))
        assert colleague.report.created == 1
        assert (result["value"].created, result["value"].skipped) == (0, 1)
        assert Services.for_store(store).candidates.count() == 1
    finally:
        store.close()


def test_an_undo_waits_for_a_colleagues_import_that_names_its_people(pg_url, tmp_path):
    """The undo checked for later work, found none (the colleague had not committed), and deleted the
    people the colleague's import then reported as already there: it waits now, then keeps them."""
    store = open_store(pg_url)
    try:
        first = import_candidates(store, plain_xlsx(tmp_path / "a.xlsx", _HEADERS, ["Ana Ruiz", "600 111 222", "Madrid"]))
        colleague = _HeldImport(store, plain_xlsx(tmp_path / "b.xlsx", _HEADERS, ["Ana Ruiz", "600111222", "Madrid"],
                                                  ["Luis Gil", "611 222 333", "Bilbao"]))
        result = _while_held(colleague, lambda: undo_import(store, first.batch_id))
        assert result["value"].kept == 1  # Ana, whom the colleague's list has, stays
        assert Services.for_store(store).candidates.count() == 2
    finally:
        store.close()


def test_a_connection_lost_mid_import_is_said_in_words_and_nothing_is_written(pg_url, tmp_path):
    """The server stopped or the connection cut: the user read the driver's text and kilobytes of SQL with
    the rows' personal data; now what happened and what to do."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.exc import DBAPIError

    from crm.persistence.db_errors import LOST, plain_message

    store = open_store(pg_url)
    admin = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    try:
        held = _HeldImport(store, plain_xlsx(tmp_path / "a.xlsx", _HEADERS, ["Ana Ruiz", "600 111 222", "Madrid"]))
        held.start()
        assert held.written.wait(30)
        with admin.connect() as connection:
            cut = connection.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = "
                                          "current_database() AND pid <> pg_backend_pid() AND state LIKE 'idle in%'"))
            assert any(done for done, in cut)
        held.release.set()
        held.join(30)
        assert isinstance(held.error, DBAPIError) and plain_message(held.error) == LOST
        assert "600" not in plain_message(held.error) and "INSERT" not in plain_message(held.error)
        store.engine.dispose()
        assert Services.for_store(store).candidates.count() == 0
    finally:
        admin.dispose()
        store.close()


def test_an_edit_of_a_person_a_colleague_is_importing_waits_then_offers_a_reload(pg_url, tmp_path):
    """The editor's save waited for the whole import, then failed as an internal error (StaleDataError), the
    edit lost; now it waits a few seconds and sees the import's version (the editor offers to reload), or
    says the database is busy."""
    from sqlalchemy.exc import DBAPIError

    from crm.domain.errors import StaleVersion
    from crm.persistence.db_errors import LOCKED, plain_message

    store = open_store(pg_url)
    try:
        services = Services.for_store(store)
        ana = services.candidates.create({"first_name": "Ana", "last_name": "Ruiz", "phone": "600111222"})
        fills_city = plain_xlsx(tmp_path / "b.xlsx", _HEADERS, ["Ana Ruiz", "600 111 222", "Madrid"])
        result = _while_held(_HeldImport(store, fills_city),
                             lambda: services.candidates.update(ana.id, ana.version, {"city": "Sevilla"}))
        assert isinstance(result.get("error"), StaleVersion)
        assert services.candidates.get(ana.id).city == "Madrid"  # the import's, the edit refused, nothing merged

        now = services.candidates.get(ana.id)
        held = _HeldImport(store, plain_xlsx(tmp_path / "c.xlsx", _HEADERS + ["Puesto"],
                                             ["Ana Ruiz", "600 111 222", "Madrid", "Backend"]))
        held.start()
        assert held.written.wait(30)
        try:
            with pytest.raises(DBAPIError) as raised:
                services.candidates.update(now.id, now.version, {"city": "Sevilla"})
        finally:
            held.release.set()
            held.join(30)
        assert plain_message(raised.value) == LOCKED
    finally:
        store.close()


def test_two_colleagues_opening_a_new_team_database_at_once_both_get_in(pg_url):
    """Both created the tables; one failed with "duplicate key value violates unique constraint
    pg_type_typname_nsp_index ... CREATE TABLE alembic_version"."""
    start = threading.Barrier(3)
    opened = [_in_thread(lambda: (start.wait(10), open_store(pg_url))[1]) for _ in range(3)]
    results = []
    for thread, result in opened:
        thread.join(60)
        results.append(result)
    assert [sorted(result) for result in results] == [["value"]] * 3, [r.get("error") for r in results]
    for result in results:
        assert Services.for_store(result["value"]).candidates.count() == 0
        result["value"].close()


def test_a_dry_run_into_an_empty_team_database_leaves_it_empty(pg_url, tmp_path, capsys):
    """It made the CRM's 23 tables and stored its stages there (a SQLite dry run leaves no file behind)."""
    from sqlalchemy import create_engine, inspect

    from crm.cli import run

    path = plain_xlsx(tmp_path / "a.xlsx", _HEADERS, ["Ana Ruiz", "600 111 222", "Madrid"])
    assert run(["--db", pg_url, "import", "candidates", str(path), "--dry-run"]) == 0
    assert "would import a.xlsx" in capsys.readouterr().out
    engine = create_engine(pg_url)
    try:
        assert inspect(engine).get_table_names() == []
    finally:
        engine.dispose()
