"""The import window's last page: what an import did (its counts, then every rejected row, warning and
possible duplicate), with the duplicates to compare, the issues to save as a workbook, and Undo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm.importing.report import ImportReport
from ui.context import AppContext, ChangeSet
from ui.import_export.duplicate_review import DuplicateReviewDialog, can_review
from ui.import_export.models import IssuesModel
from ui.import_export.reasons import translated_reason
from ui.import_export.undo_question import confirm_undo
from ui.import_export.value_labels import column_code_labels
from ui.import_export.wording import errors_wording, report_summary, undo_counts
from ui.kit.scrolled_label import ScrolledLabel

# The Column column's widest: a long column name ("Modalidad de trabajo preferida (remoto/híbrido/presencial)")
# pushed the reasons out of the window on a laptop; it is cut there, its tooltip says it whole.
_COLUMN_CHARACTERS = 25
# The chosen line in full is this many lines high at most: a rejected row's note of thousands of characters
# squeezed the list to one line and was itself cut before its reason.
_DETAILS_LINES = 4
_CHANGES = {"candidates": ("candidate",), "roles": ("role", "company"), "pipeline": ("application",)}


def import_changes(kind: str) -> ChangeSet:
    """What an import of this kind (or its undo) changes, for the views to reload."""
    return ChangeSet.of(*_CHANGES.get(kind, ("candidate",)))


class ImportReportPage(QWidget):
    """An import's report. `back_requested`: a check's report goes back to the mapping; `done_requested`:
    the window closes."""

    back_requested = Signal()
    done_requested = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.report: ImportReport | None = None
        self.saving_issues = False  # the issues workbook being written (save_errors)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.issues_model = IssuesModel(self)
        self.issues_view = QTableView()
        self.issues_view.setModel(self.issues_model)
        self.issues_view.setAccessibleName(self.tr("Rejected rows, warnings and possible duplicates"))
        header = self.issues_view.horizontalHeader()
        # Sized by the first lines only: a 100,000-line report was measured whole, a freeze of seconds.
        header.setResizeContentsPrecision(200)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)  # see _fit_column_column
        # The row numbers fit the largest of them (_fit_row_column): sized by the first lines, row 99999 far
        # below them read "9…".
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        # The kind column fits its longest label: the first lines (rejections, warnings) never hold the
        # possible duplicates listed last, and "Possible duplicate" was cut.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        labels = [self.issues_model.kind_label(kind) for kind in ("rejected", "warning", "possible")]
        labels += [self.issues_model.merged_label(), str(self.issues_model.headerData(0, Qt.Orientation.Horizontal))]
        header.resizeSection(0, max(map(self.issues_view.fontMetrics().horizontalAdvance, labels)) + 24)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(3, 260)
        header.setStretchLastSection(True)
        self.issues_view.setWordWrap(False)
        self.issues_view.setTabKeyNavigation(False)  # Tab goes on to the buttons, not round the cells for ever
        self.issues_view.verticalHeader().setVisible(False)
        self.issues_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.issues_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.issues_view.selectionModel().currentRowChanged.connect(self._on_issues_current_row_changed)
        self.issues_view.doubleClicked.connect(self._on_issues_view_double_clicked)
        # The chosen line in full: the table cuts long values and reasons to keep its rows one line high.
        self.details_label = ScrolledLabel(_DETAILS_LINES)
        # A possible duplicate is reviewed beside the record it looks like (and merged, if it is them).
        self.compare_button = QPushButton(self.tr("Compare…"))
        self.compare_button.setToolTip(self.tr("Show the possible duplicate beside the record it looks like"))
        self.compare_button.setEnabled(False)
        self.compare_button.clicked.connect(self._on_compare_button_clicked)
        self.save_errors_button = QPushButton(self.tr("Save the issues as Excel…"))
        self.save_errors_button.clicked.connect(self._on_save_errors_button_clicked)
        self.undo_button = QPushButton(self.tr("Undo import"))
        self.undo_button.clicked.connect(self._on_undo_button_clicked)
        self.back_button = QPushButton(self.tr("Back to the mapping"))
        self.back_button.clicked.connect(self.back_requested)
        self.done_button = done = QPushButton(self.tr("Done"))
        done.clicked.connect(self.done_requested)
        # (A focused button takes Enter itself: Enter on "Undo import" or "Save the issues" closed the window.)
        buttons = QHBoxLayout()
        buttons.addWidget(self.compare_button)
        buttons.addWidget(self.save_errors_button)
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(done)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.issues_view, 1)
        layout.addWidget(self.details_label)
        layout.addLayout(buttons)

    def show_report(self, report: ImportReport, cancel_refused: bool = False) -> None:
        """An import just done (or checked); `cancel_refused`: Cancel was clicked once it was saving."""
        self.report = report
        self.issues_model.set_issues(report.rejected, report.warnings, report.possible_duplicates,
                                     column_code_labels(report.kind, report.mapping))
        self._fit_row_column()
        self._fit_column_column()
        self.compare_button.setEnabled(False)
        self.compare_button.setVisible(bool(report.possible_duplicates) and not report.dry_run)
        self.details_label.setText(self.tr("Choose a line to read it in full.") if self.issues_model.rowCount() else "")
        self.summary_label.setText(report_summary(report))
        if cancel_refused:
            self.summary_label.setText(self.summary_label.text() + " " + self.tr(
                "Cancel came too late: the import had been saved. Undo import takes it back."))
        self.save_errors_button.setEnabled(bool(report.rejected or report.warnings or report.possible_duplicates))
        self.undo_button.setEnabled(report.batch_id is not None)
        self.undo_button.setVisible(not report.dry_run)
        self.back_button.setVisible(report.dry_run)
        self.done_button.setDefault(True)  # Enter closes the report

    def _fit_row_column(self) -> None:
        """The Row column as wide as the largest row number of the report and its header, from the font: its
        digits, each as wide as the widest digit, and the cell's margins (measuring every line would freeze a
        100,000-line report)."""
        view = self.issues_view
        metrics = view.fontMetrics()
        digits = len(str(self.issues_model.largest_row))
        widest = max(metrics.horizontalAdvance(digit) for digit in "0123456789")
        # The item's text margins on either side (as the style lays out a cell's text), the grid line, and a
        # few pixels to spare
        margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1) + 1 + 4
        header = view.horizontalHeader()
        header.resizeSection(1, max(digits * widest + margin, header.sectionSizeHint(1)))

    def _fit_column_column(self) -> None:
        """The Column column as wide as the column names of the first lines (measuring every line would freeze
        a 100,000-line report), and no wider than _COLUMN_CHARACTERS."""
        view, model = self.issues_view, self.issues_model
        metrics, header = view.fontMetrics(), view.horizontalHeader()
        names = {model.index(line, 2).data() for line in range(min(model.rowCount(), header.resizeContentsPrecision()))}
        margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1) + 1 + 4
        widest = max((metrics.horizontalAdvance(name) + margin for name in names if name), default=0)
        cap = _COLUMN_CHARACTERS * metrics.averageCharWidth()
        header.resizeSection(2, max(min(widest, cap), header.sectionSizeHint(2)))

    def show_past_report(self, report: ImportReport, undone: bool) -> None:
        """A past import's report (Import history): its issues to go through, its possible duplicates to
        compare, and Undo unless it was undone."""
        self.show_report(report)
        self._mark_what_became_of_its_records(report)
        self.undo_button.setEnabled(not undone)
        if undone:
            self.summary_label.setText(self.summary_label.text() + " " + self.tr("This import was undone."))

    def _mark_what_became_of_its_records(self, report: ImportReport) -> None:
        """Possible duplicates the user merged since the import read "Merged into candidate N" again; a record
        gone since (the import undone, or deleted and its id another's now) is not offered to compare."""
        from crm.importing.undo import records_since

        lines = {flag["new_id"]: line for line, flag in self.issues_model.possible_lines() if flag.get("new_id")}
        if not lines or report.batch_id is None:
            return
        merged, gone = records_since(self.context.services.store, report.batch_id, list(lines))
        for new_id, kept in merged.items():
            self.issues_model.mark_merged(lines[new_id], kept)
        for new_id in gone:
            self.issues_model.mark_gone(lines[new_id])

    # ---- the issues and possible duplicates ---------------------------------------------------------
    def _on_issues_current_row_changed(self, current, _previous) -> None:
        self.compare_button.setEnabled(can_review(self.issues_model.possible_duplicate(current.row())))
        self.details_label.setText(self.issues_model.details(current.row()))

    def _on_issues_view_double_clicked(self, index) -> None:
        if can_review(self.issues_model.possible_duplicate(index.row())):
            self.review_duplicate(index.row())

    def _on_compare_button_clicked(self) -> None:
        self.review_duplicate(self.issues_view.currentIndex().row())

    def review_duplicate(self, line: int) -> DuplicateReviewDialog | None:
        """Open the review of the possible duplicate on this line of the report (modal: a merge must not
        race an undo of the import)."""
        flag = self.issues_model.possible_duplicate(line)
        if not can_review(flag):
            return None
        dialog = DuplicateReviewDialog(self.context, flag, self.window())
        dialog.accepted.connect(lambda: self._on_duplicate_merged(line, dialog.merged))
        dialog.open()
        return dialog

    def _on_duplicate_merged(self, line: int, into: int | None) -> None:
        if into is not None:
            self.issues_model.mark_merged(line, into)
            self.compare_button.setEnabled(False)
            if self.issues_view.currentIndex().row() == line:  # the line below the table follows it
                self.details_label.setText(self.issues_model.details(line))

    # ---- saving the issues --------------------------------------------------------------------------
    def _on_save_errors_button_clicked(self) -> None:
        # Rejected rows, warnings and possible duplicates: what the user goes through after an import.
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save the issues"), self.tr("import-issues.xlsx"),
                                                    self.tr("Excel workbook (*.xlsx)"))
        if path:
            self.save_errors(path)

    def save_errors(self, path: str | Path) -> None:
        from crm.importing.report import write_errors_xlsx

        wording = errors_wording(self.issues_model)  # the workbook in the user's language, as the report on screen
        report, self.saving_issues = self.report, True
        self.save_errors_button.setEnabled(False)  # until it is written: off the window's thread, a big report
        # takes seconds, and the window must not stop answering meanwhile
        self.context.tasks.start(lambda progress, token: write_errors_xlsx(report, path, wording), writes=False,
                                 on_failure=lambda message, _details: self._on_save_errors_failed(path, message),
                                 on_finished=self._on_save_errors_finished, parent=self)

    def _on_save_errors_failed(self, path: str | Path, message: str) -> None:
        QMessageBox.warning(self, self.tr("Save the issues"),
                            self.tr("Could not save %1: %2").replace("%1", str(path)).replace("%2", message))

    def _on_save_errors_finished(self) -> None:
        self.saving_issues = False
        self.save_errors_button.setEnabled(True)

    # ---- undo ---------------------------------------------------------------------------------------
    def _on_undo_button_clicked(self) -> None:
        if self.report is None or self.report.batch_id is None:
            return
        named = (f"{self.report.filename} › {self.report.sheet}" if self.report.sheets > 1 and self.report.sheet
                 else self.report.filename)  # (a workbook of a sheet a month: which month)
        if not confirm_undo(self, named):  # a click is no decision to undo
            return
        from crm.importing.undo import undo_import

        store, batch_id = self.context.services.store, self.report.batch_id
        self.undo_button.setEnabled(False)
        self.context.tasks.start(lambda progress, token: undo_import(store, batch_id),
                                 on_success=self._on_undo_succeeded, on_failure=self._on_undo_failed, parent=self)

    def _on_undo_succeeded(self, result) -> None:
        self.context.events.emit_change(import_changes(self.report.kind))
        self.summary_label.setText(self.tr("Import undone: %1.").replace("%1", undo_counts(
            result.deleted, result.restored, result.kept)))

    def _on_undo_failed(self, message: str, details: str) -> None:
        self.undo_button.setEnabled(True)
        self.summary_label.setText(report_summary(self.report) + " " + self.tr(
            "The import could not be undone: %1").replace("%1", translated_reason(message)))  # its counts stay
