"""The import window as a user drives it: files chosen one after another, the wheel and the keyboard,
choices kept while the file is read again, files with nothing to import."""

import openpyxl
import pytest
from import_fixtures import (
    cp1252_semicolon_csv,
    large_candidates_xlsx,
    messy_spanish_xlsx,
    plain_xlsx,
    truncated_xlsx,
)
from PySide6.QtCore import QCoreApplication, QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

import ui.import_export.import_dialog as import_dialog_module
from ui.import_export.import_dialog import ImportDialog

pytestmark = pytest.mark.usefixtures("british_english")


def _dialog(qtbot, context, path=None):
    dialog = ImportDialog(context, path=path)
    qtbot.addWidget(dialog)
    if path is not None:
        qtbot.waitUntil(lambda: dialog.inspection is not None, timeout=10_000)
    return dialog


def _settle(context, qtbot):
    """Every reading finished and its result delivered to the window."""
    context.tasks.wait_for_done()
    for _ in range(5):
        QCoreApplication.processEvents()
        qtbot.wait(20)


def _months(path):
    book = openpyxl.Workbook()
    book.active.title = "Octubre"
    book.active.append(["Nombre", "Email", "Fecha alta"])
    for n in range(4):
        book.active.append([f"Persona Octubre {chr(97 + n)}", f"oct{n}@example.com", "02/03/2026"])
    november = book.create_sheet("Noviembre")
    november.append(["Nombre", "Email", "Fecha alta"])
    november.append(["Ana Gil", "ana@example.com", "02/03/2026"])
    book.save(path)
    return path


def test_the_file_chosen_last_is_the_one_shown_and_imported(qtbot, context, services, tmp_path):
    """A big file chosen, then a small one before the big one was read: the big one's columns and rows
    came after and stayed under the small one's name, and Import imported the big file (20,000 people)."""
    big = large_candidates_xlsx(tmp_path / "big.xlsx", 30_000)
    small = plain_xlsx(tmp_path / "small.xlsx", ["Nombre", "Email"], ["Ana Gil", "ana@example.com"])
    dialog = _dialog(qtbot, context)
    dialog.open_file(big)
    dialog.open_file(small)
    _settle(context, qtbot)
    assert dialog.file_edit.text() == str(small)
    assert dialog.inspection.path == small and dialog.inspection.headers == ["Nombre", "Email"]
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20_000)
    assert dialog.report.created == 1 and services.candidates.count() == 1


def test_a_broken_file_after_a_good_one_leaves_nothing_of_the_good_one(qtbot, context, tmp_path):
    dialog = _dialog(qtbot, context, _months(tmp_path / "meses.xlsx"))
    assert dialog.sheet_combo.count() == 2
    dialog.open_file(truncated_xlsx(tmp_path / "broken.xlsx"))
    qtbot.waitUntil(lambda: "cannot be imported" in dialog.info_label.text(), timeout=10_000)
    assert dialog.sheet_combo.count() == 0 and dialog.mapping_model.rowCount() == 0
    assert not dialog.import_button.isEnabled()


def test_the_wheel_scrolls_the_columns_without_changing_what_they_import_as(qtbot, context, tmp_path):
    """Three wheel notches over the Email row made it Skills: every email went into the skills."""
    dialog = _dialog(qtbot, context, messy_spanish_xlsx(tmp_path / "q3.xlsx"))
    targets = list(dialog.mapping_model.targets)
    row = targets.index("email")
    combo = dialog.mapping_view.indexWidget(dialog.mapping_model.index(row, 1))
    for _ in range(3):
        wheel = QWheelEvent(QPointF(5, 5), QPointF(combo.mapToGlobal(QPoint(5, 5))), QPoint(), QPoint(0, -120),
                            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
                            False)
        QApplication.sendEvent(combo, wheel)
    assert combo.currentData() == "email" and dialog.mapping_model.targets == targets


def test_enter_imports_and_does_not_open_the_file_chooser_again(qtbot, context, services, tmp_path, monkeypatch):
    """The file chosen with the button, then Enter: the chooser came back. The focus goes to Import once the file
    is read, so Enter imports (and Enter on the file button itself chooses another file, as a button does)."""
    path = plain_xlsx(tmp_path / "lista.xlsx", ["Nombre", "Email"], ["Ana Gil", "ana@example.com"])
    chooser = []
    monkeypatch.setattr(import_dialog_module, "choose_spreadsheet", lambda parent: chooser.append(parent) or path)
    dialog = import_dialog_module.ImportDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.browse_button.setFocus()
    qtbot.waitUntil(dialog.browse_button.hasFocus, timeout=5_000)
    qtbot.keyClick(dialog.browse_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: dialog.inspection is not None, timeout=10_000)
    qtbot.waitUntil(dialog.import_button.hasFocus, timeout=5_000)
    qtbot.keyClick(dialog.import_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20_000)
    assert len(chooser) == 1 and services.candidates.count() == 1
    assert dialog.report_page.done_button.isDefault()  # and on the report, Enter closes it


def test_tab_leaves_the_list_of_columns(qtbot, context, tmp_path):
    """Tab went round the list's choices for ever: the preview and the buttons were out of the keyboard's reach."""
    dialog = _dialog(qtbot, context, messy_spanish_xlsx(tmp_path / "q3.xlsx"))
    dialog.show()
    qtbot.waitExposed(dialog)
    first = dialog.mapping_view.indexWidget(dialog.mapping_model.index(0, 1))
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    reached = []
    for _ in range(dialog.mapping_model.rowCount() + 10):
        qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    assert dialog.preview_view in reached or dialog.import_button in reached, [type(w).__name__ for w in reached]


def test_tab_goes_from_the_preview_to_the_buttons_not_cell_by_cell(qtbot, context, tmp_path):
    """Tab stepped through the preview's cells (rows x columns presses) before it reached the buttons."""
    dialog = _dialog(qtbot, context, messy_spanish_xlsx(tmp_path / "q3.xlsx"))
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.preview_view.setFocus()
    qtbot.waitUntil(dialog.preview_view.hasFocus)
    reached = []
    for _ in range(6):
        qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    assert dialog.preview_view not in reached[:1], "Tab stayed in the preview"
    assert {dialog.import_button, dialog.dry_run_button} & set(reached), [
        type(w).__name__ for w in reached]


def test_the_window_fits_a_small_screen(qtbot, context):
    """It was 1100 x 720 whatever the screen: on a laptop at 150% its buttons were below the screen's edge."""
    dialog = _dialog(qtbot, context)
    free = dialog.screen().availableGeometry()
    assert dialog.width() <= free.width() and dialog.height() <= free.height()


def test_the_sheet_and_date_order_the_user_chose_stay_when_the_kind_changes(qtbot, context, services, tmp_path):
    """Choosing "Noviembre", then Roles and back to Candidates, went back to "Octubre" (and imported it);
    the date order chosen went back to the file's too."""
    dialog = _dialog(qtbot, context, _months(tmp_path / "meses.xlsx"))
    assert dialog.inspection.sheet == "Octubre"
    dialog.sheet_combo.setCurrentText("Noviembre")
    dialog.sheet_combo.activated.emit(dialog.sheet_combo.currentIndex())
    qtbot.waitUntil(lambda: dialog.inspection is not None and dialog.inspection.sheet == "Noviembre", timeout=10_000)
    dialog.dates_combo.setCurrentIndex(dialog.dates_combo.findData(False))  # month first, the user says
    for kind in ("roles", "candidates"):
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(kind))
        qtbot.waitUntil(lambda k=kind: dialog.inspection is not None and dialog.inspection.kind == k, timeout=10_000)
    assert dialog.inspection.sheet == dialog.sheet_combo.currentText() == "Noviembre"
    assert dialog.day_first is False
    dialog.start_import()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20_000)
    assert dialog.report.sheet == "Noviembre" and [c.first_name for c in services.candidates.iter_all()] == ["Ana"]
    assert "(sheet Noviembre)" in dialog.report_page.summary_label.text()


def test_a_sheet_with_only_its_header_cannot_be_imported_and_says_why(qtbot, context, services, tmp_path):
    """It could be imported, leaving an empty import with an Undo in the history."""
    dialog = _dialog(qtbot, context, plain_xlsx(tmp_path / "vacia.xlsx", ["Nombre", "Email", "Ciudad"]))
    assert "no data below it" in dialog.info_label.text()
    assert not dialog.import_button.isEnabled() and not dialog.dry_run_button.isEnabled()


def test_what_the_file_says_of_itself_reads_as_a_sentence(qtbot, context, tmp_path):
    dialog = _dialog(qtbot, context, cp1252_semicolon_csv(tmp_path / "lista.csv"))
    assert ". The file is not UTF-8; it was read as Windows-1252" in dialog.info_label.text()


def test_a_row_the_import_merges_into_an_earlier_one_is_marked_in_the_preview(qtbot, context, tmp_path):
    """Row 5 shared Ana's email and showed as a row of its own ("Marta Ruiz, Sevilla"); it is merged into row 2,
    its values not taken, and only the report said so."""
    path = plain_xlsx(tmp_path / "lista.xlsx", ["Nombre", "Email", "Ciudad"], ["Ana Gil", "ana@example.com", "Madrid"],
                      ["Bea Ruiz", "bea@example.com", "Bilbao"], ["Carla Díaz", "carla@example.com", "Vigo"],
                      ["Marta Ruiz", "ANA@example.com ", "Sevilla"])
    dialog = _dialog(qtbot, context, path)
    model = dialog.preview_model
    tips = [model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole) for row in range(model.rowCount())]
    assert tips[:3] == [None, None, None]
    assert tips[3] == "Email: same person as row 2 (same email); merged into it"
    assert model.index(3, 0).data(Qt.ItemDataRole.BackgroundRole) is not None  # it stands out
    assert model.headerData(3, Qt.Orientation.Vertical, Qt.ItemDataRole.DecorationRole) is not None


def test_the_report_keeps_what_the_window_said_of_the_other_sheets(qtbot, context, tmp_path):
    dialog = _dialog(qtbot, context, _months(tmp_path / "meses.xlsx"))
    assert "Other sheets look like lists too (Noviembre)" in dialog.info_label.text()
    dialog.start_import()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20_000)
    assert [w.reason for w in dialog.report.warnings] == [
        "other sheets look like lists too (Noviembre); this import reads 'Octubre' only: import each of them on "
        "its own (choose its sheet)"]
    assert "1 warning" in dialog.report_page.summary_label.text()


def test_after_the_rows_the_window_says_the_changes_are_being_saved(qtbot, context):
    dialog = _dialog(qtbot, context)
    dialog._on_import_progress(600, 600, "600 rows")
    dialog._on_import_progress(500, 600, "applying")
    assert dialog.progress_label.text() == "Saving the changes: 500 of 600"
    assert (dialog.progress_bar.value(), dialog.progress_bar.maximum()) == (500, 600)


@pytest.mark.parametrize("kind", ["candidates", "roles"])
def test_a_file_replaced_after_it_was_opened_is_said_to_have_changed(qtbot, context, services, tmp_path, kind):
    """Saved again with other columns between opening and importing: the window showed "The import failed ...:
    zip() argument 2 is shorter than argument 1"."""
    path = tmp_path / "lista.xlsx"
    headers = ["Nombre", "Email"] if kind == "candidates" else ["Ref.", "Cliente", "Puesto"]
    plain_xlsx(path, headers, ["Ana Gil", "ana@example.com", "Backend"][:len(headers)])
    dialog = _dialog(qtbot, context)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(kind))
    dialog.open_file(path)
    qtbot.waitUntil(lambda: dialog.inspection is not None and dialog.inspection.kind == kind, timeout=10_000)
    plain_xlsx(path, [*headers, "Ciudad", "Notas"], ["Ana Gil", "ana@example.com", "Backend", "Madrid"])
    dialog.start_import()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 0 and dialog._task is None, timeout=20_000)
    assert dialog.info_label.text() == ("The import failed and nothing was saved: lista.xlsx: the file changed since "
                                        "it was opened (its columns are not the ones shown); open it again")
    assert services.candidates.count() == 0 and services.roles.list_all() == []


def _with_instructions(path):
    book = openpyxl.Workbook()
    book.active.title = "Instrucciones"
    book.active.append(["Rellene una fila por candidato."])
    people = book.create_sheet("Candidatos 2026")
    people.append(["Nombre", "Email", "Ciudad"])
    people.append(["Ana Gil", "ana@example.com", "Madrid"])
    people.append(["Luis Sanz", "luis@example.com", "Vigo"])
    lists = book.create_sheet("Listas")
    lists.append(["Estado", "Fuente"])
    lists.append(["Activo", "LinkedIn"])
    book.save(path)
    return path


def _choose_sheet(qtbot, dialog, name):
    dialog.sheet_combo.setCurrentText(name)
    dialog.sheet_combo.activated.emit(dialog.sheet_combo.currentIndex())


def test_the_sheet_shown_is_the_sheet_imported_after_another_was_chosen(qtbot, context, services, tmp_path):
    """A sheet that could not be read emptied the list of sheets; the file chosen again showed its best sheet,
    and Import read the one chosen before ("no header row", or "the file has changed since it was opened")."""
    path = _with_instructions(tmp_path / "seguimiento.xlsx")
    dialog = _dialog(qtbot, context, path)
    assert dialog.inspection.sheet == "Candidatos 2026"
    _choose_sheet(qtbot, dialog, "Instrucciones")
    qtbot.waitUntil(lambda: "cannot be imported" in dialog.info_label.text(), timeout=10_000)
    assert [dialog.sheet_combo.itemText(i) for i in range(dialog.sheet_combo.count())] == [
        "Instrucciones", "Candidatos 2026", "Listas"]  # the others are still there to choose
    _choose_sheet(qtbot, dialog, "Listas")
    qtbot.waitUntil(lambda: dialog.inspection is not None and dialog.inspection.sheet == "Listas", timeout=10_000)
    dialog.open_file(path)  # the file chosen again
    qtbot.waitUntil(lambda: dialog.inspection is not None and dialog.inspection.sheet == "Candidatos 2026",
                    timeout=10_000)
    assert dialog.sheet_combo.currentText() == "Candidatos 2026"
    dialog.start_import()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20_000)
    assert dialog.report.sheet == "Candidatos 2026"
    assert sorted(c.email for c in services.candidates.iter_all()) == ["ana@example.com", "luis@example.com"]


def test_the_time_left_counts_from_the_first_rows_done(qapp, monkeypatch, british_english):
    """The clock started at "0 of 20,209" (sent before the file was read): three seconds of reading counted as
    row time, and the first estimates said 74 s where 18 s were left."""
    from ui.import_export import wording

    clock = [100.0]
    monkeypatch.setattr(wording.time, "monotonic", lambda: clock[0])
    line = wording.ProgressLine()
    assert line.text(0, 20_000, "") == ("0 of 20,000 rows", None)
    clock[0] += 3.0  # reading the file
    assert line.text(1_000, 20_000, "") == ("1,000 of 20,000 rows", None)  # no rate told from one point
    clock[0] += 1.0
    text, left = line.text(2_000, 20_000, "")
    assert text == "2,000 of 20,000 rows · 1,000 rows/s" and left == 18


def test_two_columns_of_a_roles_skills_are_said_to_add_up(qapp, british_english):
    """Two columns mapped to Required skills are both stored; the window said only the first was, and the
    other "kept in the notes" (a role has none: its description)."""
    from ui.import_export.wording import shared_fields

    headers = ["Puesto", "Skills requeridas", "Skills deseables", "Cliente", "Empresa"]
    targets = ["title", "required_skills", "required_skills", "client", "client"]
    assert shared_fields(headers, targets, "roles") == (
        "Client is given by “Cliente”, “Empresa”: the first of them holding a value is stored; a different value "
        "of the others is kept in the role's description.")


def test_a_file_saved_again_with_two_columns_swapped_is_not_imported_by_the_old_mapping(qtbot, context, services,
                                                                                        tmp_path):
    """The recruiter tidied the file in Excel while the window was open: the two salary columns changed
    places, and the mapping shown (chosen by position) put each one's values in the other's field, without
    a warning; Email and Teléfono swapped left the people with neither."""
    headers = ["Nombre", "Email", "Salario actual", "Pretensión"]
    path = plain_xlsx(tmp_path / "q3.xlsx", headers, ["Ana Gil", "ana@example.com", "30000", "45000"])
    dialog = _dialog(qtbot, context, path)
    assert dialog.mapping_model.targets[2:] == ["current_salary", "expected_salary"]
    plain_xlsx(path, ["Nombre", "Email", "Pretensión", "Salario actual"], ["Ana Gil", "ana@example.com", "45000", "30000"])
    dialog.start_import()
    qtbot.waitUntil(lambda: "failed" in dialog.info_label.text(), timeout=20_000)
    assert "the file changed since it was opened" in dialog.info_label.text()
    assert services.candidates.count() == 0  # nothing stored the wrong way round
    dialog.open_file(path)  # opened again: the mapping follows the headers
    qtbot.waitUntil(lambda: dialog.inspection is not None and dialog.mapping_model.targets[2] == "expected_salary",
                    timeout=10_000)
    dialog.start_import()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20_000)
    ana = services.candidates.find_by_email("ana@example.com")
    assert (ana.current_salary, ana.expected_salary) == (30000, 45000)


def test_a_failure_that_says_nothing_was_saved_is_not_framed_to_say_it_twice(qtbot, context, services, tmp_path):
    """"The import failed and nothing was saved: the backup ... could not be written (...); nothing was
    imported" (and "... the disk holding the database is full; nothing was saved: ...")."""
    import shutil

    from crm.persistence.backup import backup_folder_for

    folder = backup_folder_for(services.store.path)
    if folder.exists():
        shutil.rmtree(folder)
    folder.write_text("a file where the backups folder goes")
    dialog = _dialog(qtbot, context, plain_xlsx(tmp_path / "lista.xlsx", ["Nombre", "Email"], ["Ana Gil", "ana@example.com"]))
    dialog.start_import()
    qtbot.waitUntil(lambda: "failed" in dialog.info_label.text(), timeout=20_000)
    text = dialog.info_label.text()
    assert text.startswith("The import failed: the backup taken before every import could not be written")
    assert text.endswith("nothing was imported") and "nothing was saved" not in text
