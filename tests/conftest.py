"""Shared fixtures: every test gets its own database file and data folder."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path, monkeypatch):
    """Never touch the real user's data folder or database."""
    monkeypatch.setenv("CRM_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("CRM_DB", raising=False)


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "crm.db"


@pytest.fixture
def store(db_path):
    from crm.persistence.store import open_store

    opened = open_store(str(db_path))
    yield opened
    opened.close()


@pytest.fixture
def services(store):
    from crm.services import Services

    return Services.for_store(store)


@pytest.fixture
def pg_url():
    """A new database of its own on the PostgreSQL server CRM_TEST_PG_URL names (dropped after the test)."""
    import uuid

    from sqlalchemy import create_engine, text

    admin_url = os.environ.get("CRM_TEST_PG_URL")
    if not admin_url:
        if os.environ.get("CI") == "true":
            pytest.fail("CI must provide a PostgreSQL server in CRM_TEST_PG_URL (.ci/run starts one)")
        pytest.skip("set CRM_TEST_PG_URL (e.g. from .ci/start-postgres.sh) to run the PostgreSQL tests")
    name = f"crm_test_{uuid.uuid4().hex[:10]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    url = admin_url.rsplit("/", 1)[0] + f"/{name}"
    yield url
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
    admin.dispose()
