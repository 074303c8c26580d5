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
