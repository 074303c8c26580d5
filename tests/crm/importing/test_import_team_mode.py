"""Two recruiters importing into one PostgreSQL database at the same time (team mode): each import and undo
waits for the one running, then sees what it wrote."""

import threading
import time

import pytest
from import_fixtures import plain_xlsx

from crm.domain.errors import Conflict
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
        self.report = None

    def run(self):
        self.report = import_candidates(self.store, self.path, progress=self._progress)

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
    people the colleague's import then reported as already there."""
    store = open_store(pg_url)
    try:
        first = import_candidates(store, plain_xlsx(tmp_path / "a.xlsx", _HEADERS, ["Ana Ruiz", "600 111 222", "Madrid"]))
        colleague = _HeldImport(store, plain_xlsx(tmp_path / "b.xlsx", _HEADERS, ["Ana Ruiz", "600111222", "Madrid"],
                                                  ["Luis Gil", "611 222 333", "Bilbao"]))
        result = _while_held(colleague, lambda: undo_import(store, first.batch_id))
        assert isinstance(result.get("error"), Conflict)
        assert "named 1 of the people it created" in str(result["error"])
        assert Services.for_store(store).candidates.count() == 2
    finally:
        store.close()
