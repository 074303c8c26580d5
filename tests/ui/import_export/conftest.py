"""Fixtures of the import and export windows' tests."""

import pytest
from PySide6.QtCore import QLocale

from ui.context import AppContext


@pytest.fixture
def british_english():
    """The locale the app sets for English (ui.i18n): numbers read 50,000."""
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(previous)


@pytest.fixture
def context(services, qtbot):
    """The app's context over the test database; its background work finished before the database goes."""
    ctx = AppContext.create(services)
    yield ctx
    ctx.tasks.wait_for_done()
