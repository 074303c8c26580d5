"""The import windows on a 1366x768 laptop at 150% display scaling: 911x512 logical pixels. Every window
fits, its buttons in view, and the tables keep rows to read; long texts scroll or are cut with a tooltip."""

import pytest
from import_fixtures import plain_xlsx
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from tests.ui.helpers import open_import_dialog as open_dialog
from tests.ui.helpers import when_modal

pytestmark = pytest.mark.usefixtures("british_english")

LAPTOP = QRect(0, 0, 911, 512)  # 1366x768 at 150%
NOTE = ("Buena candidata, lideró un equipo de seis personas en una consultora; prefiere remoto, disponible en "
        "30 días, pide revisar la oferta con su pareja antes de decidir y que se la llame por la tarde.")
NOTES = " ".join([NOTE] * 5)


@pytest.fixture
def laptop(monkeypatch):
    """The screen's free area is a laptop's at 150%: what the windows size themselves to."""
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: QRect(LAPTOP))


def _inside(widget: QWidget, window: QWidget) -> bool:
    return window.rect().contains(QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size()))


def _rows_shown(view) -> float:
    return view.viewport().height() / view.rowHeight(0)


def test_the_possible_duplicate_review_fits_the_screen_with_its_buttons_in_view(qtbot, context, services, tmp_path,
                                                                              laptop):
    """With long notes the window was 650 high on a 512-high screen and could not be made smaller (its
    minimum was 634): "Keep both" and "Same person: merge" lay below the screen's edge."""
    existing = services.candidates.create({"first_name": "Laura", "last_name": "Gómez", "city": "Madrid",
                                           "email": "laura@example.com", "notes": NOTES})
    dialog = open_dialog(qtbot, context, plain_xlsx(tmp_path / "posibles.xlsx", [
        "Nombre", "Apellidos", "Email", "Ciudad", "Observaciones"],
        ["LAURA", "GOMEZ", "lgomez@work.es", "Madrid", NOTES]))
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20_000)
    model = dialog.report_page.issues_model
    line = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "Possible duplicate")

    review = dialog.report_page.review_duplicate(line)
    qtbot.waitUntil(review.isVisible, timeout=5_000)
    free = review.screen().availableGeometry()
    assert review.frameGeometry().height() <= free.height() and review.width() <= free.width()
    assert review.minimumSizeHint().height() <= free.height() - 48  # the user can make it smaller still
    assert _inside(review.keep_button, review) and _inside(review.merge_button, review)
    table = review.table
    assert table.verticalScrollBar().maximum() > 0  # the notes scroll inside the table
    notes = next(r for r in range(table.rowCount()) if table.verticalHeaderItem(r).text() == "Notes")
    assert table.item(notes, 1).text() == NOTES == table.item(notes, 1).toolTip()
    review.reject()
    assert services.candidates.get(existing.id).notes == NOTES


def _wide_xlsx(path):
    headers = ["Nombre completo del candidato", "Correo electrónico personal", "Teléfono móvil de contacto",
               "Ciudad de residencia actual", "Años de experiencia profesional", "Observaciones"]
    headers += [f"Pregunta de la entrevista número {n} (respuesta abierta del candidato)" for n in range(1, 27)]
    rows = [[f"Persona {n} Apellido", f"persona{n}@example.com", f"6001112{n:02d}", "Bilbao", n, NOTE]
            + [f"Respuesta {n}"] * 26 for n in range(1, 11)]
    return plain_xlsx(path, headers, *rows)


def test_the_mapping_and_preview_keep_several_rows_on_a_laptop_screen(qtbot, context, tmp_path, laptop):
    """The form over the tables took most of the window: 2 of 32 columns in the mapping, one row of the
    preview. A long note no longer takes their room either: it scrolls."""
    path = _wide_xlsx(tmp_path / "tracker.xlsx")
    dialog = open_dialog(qtbot, context, path)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.info_label.setText(" ".join([dialog.info_label.text()] + ["A note on the file's columns."] * 60))
    QApplication.processEvents()
    assert dialog.height() <= LAPTOP.height() - 48
    assert _rows_shown(dialog.mapping_view) >= 3 and _rows_shown(dialog.preview_view) >= 3
    assert dialog.info_label.height() <= 3 * dialog.fontMetrics().lineSpacing() + 8
    assert _inside(dialog.import_button, dialog)


def test_long_headers_values_and_the_file_path_are_read_in_full_in_their_tooltips(qtbot, context, tmp_path):
    path = _wide_xlsx(tmp_path / "tracker.xlsx")
    dialog = open_dialog(qtbot, context, path)
    model = dialog.mapping_model
    tip = Qt.ItemDataRole.ToolTipRole
    assert model.index(6, 0).data(tip) == "Pregunta de la entrevista número 1 (respuesta abierta del candidato)"
    assert model.index(5, 2).data(tip) == NOTE
    assert model.index(5, 1).data(tip) is None  # what it is imported as: the list shows it
    assert dialog.file_edit.toolTip() == str(path)


def test_the_chosen_line_of_a_report_is_a_few_lines_high_and_scrolls(qtbot, context, tmp_path, laptop):
    """A rejected row with a 4,000-character note took the whole window: the list of issues kept one row and
    the line was cut before its reason, with no scroll bar."""
    good = [[f"Persona {n}", f"persona{n}@example.com", None, "Buena"] for n in range(1, 11)]
    nobody = [[None, None, None, " ".join([NOTE] * 25)] for _ in range(10)]
    dialog = open_dialog(qtbot, context, plain_xlsx(tmp_path / "notas.xlsx", [
        "Nombre", "Email", "Teléfono", "Notas"], *good, *nobody))
    dialog.show()
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20_000)
    page = dialog.report_page
    model = page.issues_model
    line = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "Rejected")
    page.issues_view.setCurrentIndex(model.index(line, 0))
    QApplication.processEvents()
    assert "nothing identifies" in page.details_label.text()  # the whole line, its reason too
    assert page.details_label.height() <= 4 * page.fontMetrics().lineSpacing() + 8
    assert page.details_label.verticalScrollBar().maximum() > 0  # the rest is scrolled to
    assert _rows_shown(page.issues_view) >= 4


def test_a_long_column_name_leaves_the_reason_in_view(qtbot, context, tmp_path, laptop):
    """The Column column was as wide as its longest name: the reasons were pushed out of the window at 150%."""
    column = "Modalidad de trabajo preferida (remoto/híbrido/presencial)"
    dialog = open_dialog(qtbot, context, plain_xlsx(tmp_path / "salarios.xlsx", ["Nombre", "Email", column],
                                                    ["Ana Gil", "ana@example.com", "a convenir"]))
    dialog.show()
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20_000)
    view, model = dialog.report_page.issues_view, dialog.report_page.issues_model
    line = next(r for r in range(model.rowCount()) if model.index(r, 2).data() == column)
    assert view.columnWidth(2) < view.fontMetrics().horizontalAdvance(column)  # cut...
    assert model.index(line, 2).data(Qt.ItemDataRole.ToolTipRole) == column  # ...and read whole in its tooltip
    QApplication.processEvents()
    assert view.columnViewportPosition(4) + 150 <= view.viewport().width()  # the reason has room


def test_enter_on_the_undo_question_keeps_the_import(qtbot):
    """Yes was the default: one stray Enter undid an import of 20,000 rows."""
    from ui.import_export.undo_question import confirm_undo

    parent = QWidget()
    qtbot.addWidget(parent)
    defaults = []

    def press_enter(box: QMessageBox) -> None:
        defaults.append(box.defaultButton() is box.button(QMessageBox.StandardButton.No))
        qtbot.keyClick(box, Qt.Key.Key_Return)

    when_modal(press_enter, kind=QMessageBox)
    assert confirm_undo(parent, "candidatos.xlsx") is False
    assert defaults == [True]


def test_the_main_window_fits_the_screen_with_its_title_bar(qtbot, store, laptop):
    """On first start it took the whole free area and its title bar pushed the status bar half off the screen."""
    from tests.ui.helpers import make_context
    from ui.main_window import MainWindow

    window = MainWindow(make_context(store))
    qtbot.addWidget(window)
    assert window.width() <= LAPTOP.width() - 16 and window.height() <= LAPTOP.height() - 48


def test_the_import_window_opens_at_the_size_the_user_left_it_within_the_screen(qtbot, context, tmp_path,
                                                                               monkeypatch):
    """Made bigger on a big monitor to see more columns, it opens so again; on the laptop, that size is fitted
    to the laptop's screen (its buttons in view)."""
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: QRect(0, 0, 1920, 1040))
    path = plain_xlsx(tmp_path / "lista.xlsx", ["Nombre", "Email"], ["Ana Ruiz", "ana@example.com"])
    first = open_dialog(qtbot, context, path)
    assert (first.width(), first.height()) == (1100, 720)  # the designed size, the first time
    first.resize(1500, 900)
    first.reject()

    again = open_dialog(qtbot, context, path)
    assert (again.width(), again.height()) == (1500, 900)
    again.reject()

    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: QRect(LAPTOP))
    laptop = open_dialog(qtbot, context, path)
    assert laptop.frameGeometry().height() <= LAPTOP.height() and laptop.width() <= LAPTOP.width()
    laptop.show()
    assert _inside(laptop.import_button, laptop)
