"""The imports done so far, newest first, with "Undo import" and "Show report" for any of them: a recruiter
often notices a bad import, or wants to go through its possible duplicates, after its dialog is closed.
Undo is refused, with the records named, when they were edited since (crm.importing.undo)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.import_export.import_dialog import ImportDialog
from ui.import_export.reasons import translated_reason
from ui.import_export.report_page import import_changes
from ui.import_export.undo_question import confirm_undo
from ui.import_export.wording import undo_counts
from ui.kit.value_table import Column, ValueTableModel
from ui.kit.window_size import fit_to_screen


class ImportHistoryDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self._task = None
        self.setWindowTitle(self.tr("Import history"))
        fit_to_screen(self, 980, 460)
        self.model = ValueTableModel(self)
        self.model.set_columns(self._columns())
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_row_changed)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("Undo import…"))
        self.undo_button.setToolTip(self.tr("Delete what the selected import created and put back what it changed"))
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self._on_undo_button_clicked)
        self.report_button = QPushButton(self.tr("Show report…"))
        self.report_button.setToolTip(self.tr("The rejected rows, warnings and possible duplicates of the selected "
                                              "import, to go through again"))
        self.report_button.setEnabled(False)
        self.report_button.clicked.connect(self._on_report_button_clicked)
        self.table.doubleClicked.connect(self._on_report_button_clicked)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status_label, 1)
        buttons.addWidget(self.report_button)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.reload()

    def _columns(self) -> list[Column]:
        kinds = {"candidates": self.tr("Candidates"), "roles": self.tr("Roles and clients"),
                 "pipeline": self.tr("Pipeline")}
        statuses = {"committed": self.tr("Imported"), "undone": self.tr("Undone")}
        count = QLocale().toString
        return [
            Column(self.tr("When"), lambda b: QLocale().toString(b["started_at"].astimezone(), QLocale.FormatType.ShortFormat),
                   sort_key=lambda b: b["started_at"]),
            Column(self.tr("File"), lambda b: b["file"]),
            Column(self.tr("Sheet"), lambda b: b["sheet"]),  # a workbook's sheets are imported one by one
            Column(self.tr("What"), lambda b: kinds.get(b["kind"], b["kind"])),
            Column(self.tr("Created"), lambda b: count(b["created"]), lambda b: b["created"], numeric=True),
            Column(self.tr("Updated"), lambda b: count(b["updated"]), lambda b: b["updated"], numeric=True),
            Column(self.tr("Skipped"), lambda b: count(b["skipped"]), lambda b: b["skipped"], numeric=True),
            Column(self.tr("Rejected"), lambda b: count(b["rejected"]), lambda b: b["rejected"], numeric=True),
            Column(self.tr("Warnings"), lambda b: count(b["warnings"]), lambda b: b["warnings"], numeric=True),
            Column(self.tr("Status"), lambda b: statuses.get(b["status"], b["status"])),
        ]

    def reload(self) -> None:
        from crm.importing.undo import list_batches

        self.model.set_rows(list_batches(self.context.services.store, limit=200))
        if self.model.rowCount():
            self.table.selectRow(0)
        else:
            self.status_label.setText(self.tr("No imports yet."))
        self._on_table_current_row_changed()

    def selected(self) -> dict[str, Any] | None:
        index = self.table.currentIndex()
        return self.model.rows()[index.row()] if index.isValid() else None

    def _on_table_current_row_changed(self, *_args) -> None:
        batch = self.selected()
        self.undo_button.setEnabled(batch is not None and batch["status"] != "undone" and self._task is None)
        self.report_button.setEnabled(batch is not None)

    def _on_report_button_clicked(self, *_args) -> None:
        batch = self.selected()
        if batch is not None:
            self.show_report(batch)

    def show_report(self, batch: dict[str, Any]):
        """The import's report as kept with it, in the import dialog's report page (Compare, Undo, Save)."""
        from crm.importing.undo import stored_report

        dialog = ImportDialog(self.context, self)
        dialog.open_report(stored_report(self.context.services.store, batch["id"]), undone=batch["status"] == "undone")
        dialog.finished.connect(lambda _result: self.reload())  # it may have undone the import
        dialog.open()
        return dialog

    def _on_undo_button_clicked(self) -> None:
        batch = self.selected()
        if batch is None:
            return
        if confirm_undo(self, batch["named"]):
            self.undo(batch)

    def undo(self, batch: dict[str, Any]) -> None:
        from crm.importing.undo import undo_import

        store, batch_id = self.context.services.store, batch["id"]
        self.undo_button.setEnabled(False)
        self.status_label.setText(self.tr("Undoing the import of %1…").replace("%1", batch["named"]))
        self._task = self.context.tasks.start(
            lambda _progress, _token: undo_import(store, batch_id),
            on_success=lambda result: self._on_undo_succeeded(batch, result),
            on_failure=self._on_undo_failed, parent=self)

    def _on_undo_succeeded(self, batch: dict[str, Any], result) -> None:
        self._task = None
        self.context.events.emit_change(import_changes(batch["kind"]))
        self.reload()
        self.status_label.setText(self.tr("Import of %1 undone: %2.").replace("%1", batch["named"])
                                  .replace("%2", undo_counts(result.deleted, result.restored, result.kept)))

    def _on_undo_failed(self, message: str, _details: str) -> None:
        self._task = None
        self._on_table_current_row_changed()
        self.status_label.setText(self.tr("Not undone: %1").replace("%1", translated_reason(message)))
