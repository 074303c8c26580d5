"""The import window by keyboard: Enter does what the focused control says, never an import the recruiter
did not ask for."""

import pytest
from import_fixtures import large_candidates_xlsx, messy_spanish_xlsx
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton

from tests.ui.helpers import open_import_dialog as open_dialog

pytestmark = pytest.mark.usefixtures("british_english")


def _shown(qtbot, dialog):
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()


def _enter_on(qtbot, dialog, widget):
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus, timeout=5_000)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def test_enter_on_check_without_importing_checks(qtbot, context, services, tmp_path):
    """It pressed Import, the window's default button: the people were imported."""
    dialog = open_dialog(qtbot, context, messy_spanish_xlsx(tmp_path / "q3.xlsx"))
    _shown(qtbot, dialog)
    _enter_on(qtbot, dialog, dialog.dry_run_button)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20_000)
    assert dialog.report.dry_run and services.candidates.count() == 0


def test_enter_on_close_closes_without_importing(qtbot, context, services, tmp_path):
    dialog = open_dialog(qtbot, context, messy_spanish_xlsx(tmp_path / "q3.xlsx"))
    _shown(qtbot, dialog)
    close = next(button for button in dialog.findChildren(QPushButton) if button.text() == "Close")
    _enter_on(qtbot, dialog, close)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5_000)
    assert dialog.result() == QDialog.DialogCode.Rejected and dialog.report is None
    assert services.candidates.count() == 0


@pytest.mark.parametrize("table", ["mapping_view", "preview_view"])
def test_enter_in_the_mapping_or_the_preview_starts_nothing(qtbot, context, services, tmp_path, table):
    dialog = open_dialog(qtbot, context, messy_spanish_xlsx(tmp_path / "q3.xlsx"))
    _shown(qtbot, dialog)
    view = getattr(dialog, table)
    view.setCurrentIndex(view.model().index(0, 0))
    _enter_on(qtbot, dialog, view)
    qtbot.wait(200)
    assert dialog.pages.currentIndex() == 0 and dialog.report is None
    assert services.candidates.count() == 0


def test_a_second_enter_as_the_import_starts_does_not_cancel_it(qtbot, context, services, tmp_path):
    """The Cancel button has the focus once the import starts: Enter pressed twice cancelled the import."""
    dialog = open_dialog(qtbot, context, large_candidates_xlsx(tmp_path / "lista.xlsx", 3_000))
    _shown(qtbot, dialog)
    _enter_on(qtbot, dialog, dialog.import_button)
    _enter_on(qtbot, dialog, dialog.cancel_button)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=60_000)
    assert services.candidates.count() == 3_000


def test_a_screen_reader_is_told_what_each_control_is(qtbot, context, tmp_path):
    """The file field, the tables and the progress bar had no names; each "Import as" list was named by its
    value only, not by the column it is for."""
    dialog = open_dialog(qtbot, context, messy_spanish_xlsx(tmp_path / "q3.xlsx"))
    assert dialog.file_edit.accessibleName() == "File to import"
    assert dialog.mapping_view.accessibleName() == "Columns of the file and what each is imported as"
    assert dialog.preview_view.accessibleName() == "The first rows as they will be stored"
    assert dialog.progress_bar.accessibleName() == "Import progress"
    assert dialog.report_page.issues_view.accessibleName() == "Rejected rows, warnings and possible duplicates"
    assert dialog.policy_combo.accessibleName() == dialog.policy_label.text().rstrip(":") != ""
    first = dialog.mapping_view.indexWidget(dialog.mapping_model.index(0, 1))
    assert first.accessibleName() == f"Import column {dialog.mapping_model.index(0, 0).data()} as"


def test_the_focused_button_can_be_told_from_the_others(qtbot, context, tmp_path, qapp):
    """The app's style drew no focus frame: the blue Import looked the same focused or not."""
    from ui.resources import read_text

    qapp.setStyleSheet(read_text("styles", "app.qss"))
    try:
        dialog = open_dialog(qtbot, context, messy_spanish_xlsx(tmp_path / "q3.xlsx"))
        _shown(qtbot, dialog)
        for button in (dialog.import_button, dialog.dry_run_button):
            dialog.file_edit.setFocus()
            qtbot.waitUntil(dialog.file_edit.hasFocus, timeout=5_000)
            plain = button.grab().toImage()
            button.setFocus()
            qtbot.waitUntil(button.hasFocus, timeout=5_000)
            focused = button.grab().toImage()
            assert focused.size() == plain.size() and focused != plain, button.text()
    finally:
        qapp.setStyleSheet("")


@pytest.mark.parametrize("answer, closed", [(QMessageBox.StandardButton.No, False), (QMessageBox.StandardButton.Yes, True)])
def test_escape_asks_before_it_throws_away_a_mapping_changed_by_hand(qtbot, context, tmp_path, monkeypatch,
                                                                     answer, closed):
    """One Escape closed the window and the columns mapped by hand were gone."""
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: asked.append(args[2]) or answer)
    dialog = open_dialog(qtbot, context, messy_spanish_xlsx(tmp_path / "q3.xlsx"))
    _shown(qtbot, dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # nothing changed yet: it closes without a question
    assert not dialog.isVisible() and asked == []
    _shown(qtbot, dialog)
    row = [dialog.mapping_model.index(r, 0).data() for r in range(dialog.mapping_model.rowCount())].index("Carnet")
    dialog.mapping_view.indexWidget(dialog.mapping_model.index(row, 1)).setCurrentIndex(0)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == ["The changes you made to the columns' mapping are lost if you close. Close anyway?"]
    assert dialog.isVisible() != closed
