"""The import window's report page: its issues table read line by line, big reports (row numbers, saving
them to Excel), the keyboard."""

import openpyxl
import pytest
from import_fixtures import plain_xlsx
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.ui.helpers import open_import_dialog as open_dialog
from ui.import_export.import_dialog import ImportDialog

pytestmark = pytest.mark.usefixtures("british_english")


def test_every_row_number_of_a_big_report_is_read_in_full(qtbot, context, tmp_path):
    """The Row column was sized by the first 200 lines (rows 2 to 201: 33 px): row 99999 further down read
    "9…". It fits the largest row number, without measuring each of the report's 72,000 lines."""
    import time

    from PySide6.QtWidgets import QStyle

    from crm.importing.report import ImportReport, Issue

    report = ImportReport(kind="candidates", filename="grande.xlsx")
    report.warnings = [Issue(row, "Salario", "a convenir", "no amount given; left empty")
                       for row in [*range(2, 70_002), *range(98_001, 100_001)]]
    report.possible_duplicates = [{"row": 100_000, "reason": "same name and city as another row", "name": "Ana Ruiz",
                                   "other_row": 3}]
    dialog = ImportDialog(context)
    qtbot.addWidget(dialog)
    dialog.resize(900, 500)
    dialog.show()
    started = time.perf_counter()
    dialog.report_page.show_report(report)
    dialog.pages.setCurrentIndex(2)
    qtbot.waitExposed(dialog)
    assert time.perf_counter() - started < 3  # the lines are not measured one by one

    page = dialog.report_page
    view, model = page.issues_view, page.issues_model
    last = model.rowCount() - 1
    assert model.index(last, 1).data() == "100000"
    view.scrollToBottom()
    qtbot.wait(50)
    margins = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)
    for number in ("99999", "100000"):
        assert view.columnWidth(1) >= view.fontMetrics().horizontalAdvance(number) + margins
    # as the table draws it: the whole number, not "9…" (the delegate elides a text wider than its cell)
    assert view.visualRect(model.index(last, 1)).width() >= view.fontMetrics().horizontalAdvance("100000") + margins
    page.grab().save(str(tmp_path / "report.png"))

    small = ImportReport(kind="candidates", filename="corto.xlsx")  # a short report: the header still fits
    small.warnings = [Issue(2, "Salario", "a convenir", "no amount given; left empty")]
    page.show_report(small)
    assert view.columnWidth(1) >= view.horizontalHeader().sectionSizeHint(1)


def test_a_report_line_cut_by_the_table_is_read_in_full(qtbot, context, tmp_path):
    """Long reasons ended in "…" with no way to read the rest."""
    path = plain_xlsx(tmp_path / "estados.xlsx", ["Nombre", "Email", "Estado"], ["Ana López", "ana@example.com", "Descartado"])
    dialog = open_dialog(qtbot, context, path)
    dialog.start_import()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10_000)
    reason = ("a stage of a selection process, not a candidate status (import the pipeline to record it against its "
              "role); kept in the notes as written")
    assert dialog.report_page.issues_model.index(0, 4).data(Qt.ItemDataRole.ToolTipRole) == reason
    # The Column column is sized by the first 200 lines: a long column name further down is cut there too.
    assert dialog.report_page.issues_model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole) == "Estado"
    assert dialog.report_page.details_label.text() == "Choose a line to read it in full."
    dialog.report_page.issues_view.selectRow(0)
    assert dialog.report_page.details_label.text() == f"Warning (row 2, column Estado) · “Descartado” · {reason}"


def test_saving_a_big_reports_issues_leaves_the_window_answering(qtbot, context, tmp_path, monkeypatch):
    """Written on the window's thread, the issues of a 20,000-row import froze the app for ten minutes
    (openpyxl's max_row read per line); a failure to write is said, and the button comes back."""
    from PySide6.QtCore import QTimer

    from crm.importing.report import ImportReport, Issue

    dialog = ImportDialog(context)
    qtbot.addWidget(dialog)
    report = ImportReport(kind="candidates", filename="grande.xlsx")
    report.warnings = [Issue(row, "Salario", "a convenir", "no amount given; left empty") for row in range(2, 6002)]
    dialog.report_page.report = report
    ticks = []
    timer = QTimer(dialog)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    dialog.report_page.save_errors(tmp_path / "incidencias.xlsx")
    assert dialog.report_page.saving_issues and not dialog.report_page.save_errors_button.isEnabled()
    qtbot.waitUntil(lambda: not dialog.report_page.saving_issues, timeout=60_000)
    timer.stop()
    assert ticks, "the window did not answer while the workbook was written"
    book = openpyxl.load_workbook(tmp_path / "incidencias.xlsx", read_only=True)
    rows = list(book.active.iter_rows(values_only=True))
    book.close()
    assert len(rows) == 6001 and rows[-1][:4] == ("Warning", 6001, "Salario", "a convenir")

    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warned.append(args[2]))
    dialog.report_page.save_errors(tmp_path / "no-such-folder" / "incidencias.xlsx")
    qtbot.waitUntil(lambda: not dialog.report_page.saving_issues, timeout=20_000)
    assert warned and "no-such-folder" in warned[0] and dialog.report_page.save_errors_button.isEnabled()


def test_tab_leaves_the_reports_table_for_its_buttons(qtbot, context):
    """Tab went round the issues' cells for ever: Compare, Save, Undo and Back were out of the keyboard's reach."""
    from crm.importing.report import ImportReport, Issue

    dialog = ImportDialog(context)
    qtbot.addWidget(dialog)
    report = ImportReport(kind="candidates", filename="q3.xlsx", batch_id=1)
    report.warnings = [Issue(row, "Salario", "a convenir", "no amount given; left empty") for row in range(2, 6)]
    dialog.report_page.show_report(report)
    dialog.pages.setCurrentIndex(2)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    view = dialog.report_page.issues_view
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    qtbot.waitUntil(lambda: view.hasFocus(), timeout=5_000)
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert dialog.focusWidget() in (dialog.report_page.save_errors_button, dialog.report_page.undo_button)
