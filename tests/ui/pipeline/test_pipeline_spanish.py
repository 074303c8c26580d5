"""In the Spanish app the seeded stage names and rejection reasons read in Spanish on the board, while
the database keeps the names it was seeded with (renamed stages show exactly as typed)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox

from tests.ui.helpers import when_modal
from ui.i18n import install_translations, lrelease_tool, remove_translations


@pytest.fixture
def spanish(qapp, tmp_path):
    if lrelease_tool() is None:
        pytest.skip("pyside6-lrelease is not installed")
    installed = install_translations(qapp, "es", cache=tmp_path / "qm")
    yield
    remove_translations(qapp, installed)


def test_the_board_speaks_spanish_and_stores_the_seeded_names(spanish, board, role, people, services):
    # `spanish` comes first, so the board fixture builds the board with the translations installed.
    titles = [c.title.text() for c in board.columns]
    assert titles[:3] == ["1  Localizado", "2  Contactado", "3  Preselección"] and "8  Descartado" in titles

    sourced = next(c for c in board.columns if c.stage.name == "Sourced")
    board.select_card(services.pipeline.find(people["Luis"].id, role.id).id)
    shown = {}

    def reject(dialog):
        shown["reasons"] = [dialog.reason.itemText(i) for i in range(dialog.reason.count())]
        dialog.reason.setCurrentIndex(shown["reasons"].index("Expectativas salariales"))
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    when_modal(reject)
    QTest.keyClick(sourced.view, Qt.Key.Key_R)
    assert "El perfil no encaja" in shown["reasons"]
    application = services.pipeline.find(people["Luis"].id, role.id)
    assert application.stage == "Rejected" and application.rejection_reason == "Salary expectations"


def test_a_renamed_stage_shows_as_the_recruiter_typed_it(qtbot, spanish, context, role, people, services):
    from ui.kit.stage_names import stage_label

    assert stage_label("Contacted") == "Contactado"
    assert stage_label("Llamada con Marta") == "Llamada con Marta"


def test_the_app_and_the_client_reports_call_seeded_stages_and_reasons_the_same(qapp, spanish):
    from crm.domain.pipeline import DEFAULT_REJECTION_REASONS, DEFAULT_STAGES
    from crm.exporting.labels import Labels
    from ui.kit.stage_names import rejection_label, stage_label

    report = Labels("es")
    for name, _kind, _days in DEFAULT_STAGES:
        assert stage_label(name) == report.value(name) != name, name
    for reason in DEFAULT_REJECTION_REASONS:
        assert rejection_label(reason) == report.value(reason), reason
