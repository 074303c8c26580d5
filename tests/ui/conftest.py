"""Shared UI fixtures: a demo database built once per session, copied for each test."""

import pytest

from crm.persistence.backup import backup_sqlite
from crm.persistence.store import open_store
from crm.services import Services
from crm.services.demo import load_demo
from tests.ui.helpers import ModalWatchdog
from ui.context import AppContext


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory):
    """Demo data built once; each test gets its own copy (made with SQLite's backup API)."""
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    store = open_store(str(path))
    load_demo(store, 150)
    store.close()
    return path


@pytest.fixture
def demo_store(demo_template, tmp_path):
    copy = backup_sqlite(demo_template, tmp_path / "crm.db")
    store = open_store(str(copy))
    yield store
    store.close()


@pytest.fixture
def demo_context(qapp, demo_store):
    context = AppContext.create(Services.for_store(demo_store))
    yield context
    context.undo_stack.clear()



@pytest.fixture(autouse=True)
def _no_forgotten_modal(qapp):
    """A modal box no test answers would hang CI without a word: the watchdog closes it, the test fails."""
    watchdog = ModalWatchdog()
    yield
    forgotten = watchdog.stop()
    if forgotten:
        pytest.fail("a modal dialog nobody answered was left open: " + " | ".join(forgotten))
