"""The export dialog: pick the report, language and privacy options, preview, export with progress."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm.domain.errors import CrmError
from ui.context import AppContext, ChangeSet
from ui.import_export.field_labels import field_label
from ui.import_export.preview_model import PreviewModel
from ui.kit.window_size import fit_to_screen

SHORTLIST, CLIENT, CANDIDATES = "shortlist", "client", "candidates"


class ExportDialog(QDialog):
    """Opened from a role (shortlist or client report), a client (client report) or the candidates view.

    With `role_id` and `candidate_ids` the shortlist carries just those candidates (the recruiter's
    choice on the pipeline) instead of everyone submitted to the client.
    """

    def __init__(self, context: AppContext, parent: QWidget | None = None, kind: str = SHORTLIST,
                 role_id: int | None = None, company_id: int | None = None,
                 candidate_ids: Sequence[int] | None = None, query: str | None = None):
        super().__init__(parent)
        from crm.exporting import preview as previews  # openpyxl only loads when a dialog opens

        self._previews = previews
        self._context = context
        self._store = context.services.store
        self._role_id = role_id
        self._candidate_ids = list(candidate_ids) if candidate_ids is not None else None
        self._query = query
        self._task = None
        self._last_path: Path | None = None
        self._defaults = (previews.client_defaults(self._store, role_id=role_id, company_id=company_id)
                          if role_id is not None or company_id is not None else None)
        self.setWindowTitle(self.tr("Export to Excel"))
        fit_to_screen(self, 900, 620)
        self._build()
        self._fill_kinds(kind)
        self._on_kind_currentIndexChanged()

    # ---- layout ---------------------------------------------------------------------------------
    def _build(self) -> None:
        self.kind = QComboBox()
        self.language = QComboBox()
        self.language.addItem(self.tr("Spanish"), "es")
        self.language.addItem(self.tr("English"), "en")
        self.blind = QCheckBox(self.tr("Blind report (candidates by reference, no names or employer)"))
        self.contact = QCheckBox(self.tr("Include contact details (email, phone, profiles)"))
        self.columns = QListWidget()
        self.columns.setMaximumHeight(120)
        self.columns.setFlow(QListWidget.Flow.LeftToRight)
        self.columns.setWrapping(True)
        self.columns.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.all_columns = QCheckBox(self.tr("All fields"))
        self.target = QLineEdit()
        self.target.setPlaceholderText(self.tr("Where to save the .xlsx file"))
        self.browse = QPushButton(self.tr("Browse…"))
        target_row = QHBoxLayout()
        target_row.addWidget(self.target, 1)
        target_row.addWidget(self.browse)

        form = QFormLayout()
        form.addRow(self.tr("Report:"), self.kind)
        self._language_label = QLabel(self.tr("Language:"))
        form.addRow(self._language_label, self.language)
        form.addRow("", self.blind)
        form.addRow("", self.contact)
        self._columns_label = QLabel(self.tr("Columns:"))
        columns_box = QVBoxLayout()
        columns_box.addWidget(self.all_columns)
        columns_box.addWidget(self.columns)
        form.addRow(self._columns_label, columns_box)
        form.addRow(self.tr("Save as:"), target_row)

        self.preview_label = QLabel()
        self.preview_model = PreviewModel(self)
        self.preview = QTableView()
        self.preview.setModel(self.preview_model)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setWordWrap(False)
        self.preview.verticalHeader().setVisible(False)
        self.preview.horizontalHeader().setMaximumSectionSize(280)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.export_button = QPushButton(self.tr("Export"))
        self.export_button.setDefault(True)
        self.export_button.setObjectName("primaryButton")  # the dialog's main action, styled as such
        self.cancel_button = QPushButton(self.tr("Cancel export"))
        self.cancel_button.setVisible(False)
        self.open_folder = QPushButton(self.tr("Open folder"))
        self.open_folder.setVisible(False)
        self.close_button = QPushButton(self.tr("Close"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_folder)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview_label)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

        self.kind.currentIndexChanged.connect(self._on_kind_currentIndexChanged)
        self.language.currentIndexChanged.connect(self._on_options_changed)
        self.blind.toggled.connect(self._on_blind_toggled)
        self.contact.toggled.connect(self._on_options_changed)
        self.all_columns.toggled.connect(self._on_all_columns_toggled)
        self.columns.itemChanged.connect(self._on_options_changed)
        self.browse.clicked.connect(self._on_browse_clicked)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        self.open_folder.clicked.connect(self._on_open_folder_clicked)
        self.close_button.clicked.connect(self.reject)

    def _fill_kinds(self, wanted: str) -> None:
        if self._role_id is not None:
            self.kind.addItem(self.tr("Shortlist for this role"), SHORTLIST)
        if self._defaults is not None:
            self.kind.addItem(self.tr("Progress report for the client"), CLIENT)
        if self._role_id is None and self._defaults is None:
            self.kind.addItem(self.tr("Candidate list (for your own use)"), CANDIDATES)
        index = self.kind.findData(wanted)
        self.kind.setCurrentIndex(max(0, index))
        from crm.exporting.candidate_list import COLUMNS, DEFAULT_COLUMNS

        self.columns.blockSignals(True)
        for column in COLUMNS:
            item = QListWidgetItem(field_label(column.key))  # in the user's language; the file keeps its header
            item.setToolTip(self.tr("Column in the file: %1").replace("%1", column.label))
            item.setData(Qt.ItemDataRole.UserRole, column.key)
            item.setCheckState(Qt.CheckState.Checked if column.key in DEFAULT_COLUMNS else Qt.CheckState.Unchecked)
            self.columns.addItem(item)
        self.columns.blockSignals(False)
        if self._defaults is not None:
            self.language.setCurrentIndex(max(0, self.language.findData(self._defaults.language)))
            self.blind.setChecked(self._defaults.blind)
        self.contact.setEnabled(not self.blind.isChecked())

    # ---- state ----------------------------------------------------------------------------------
    def current_kind(self) -> str:
        return self.kind.currentData()

    def chosen_columns(self) -> list[str] | str:
        if self.all_columns.isChecked():
            return "all"
        return [self.columns.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.columns.count())
                if self.columns.item(i).checkState() == Qt.CheckState.Checked]

    def _options(self):
        from crm.exporting.report import ReportOptions

        # From a role with candidates selected on its pipeline: the shortlist carries just those.
        chosen = (tuple(self._candidate_ids) if self.current_kind() == SHORTLIST and self._candidate_ids is not None
                  else None)
        return ReportOptions(blind=self.blind.isChecked(), language=self.language.currentData(),
                             contact_details=self.contact.isChecked() and not self.blind.isChecked(),
                             candidate_ids=chosen)

    def _ids(self) -> list[int] | None:
        if self._candidate_ids is None and self._query:
            from crm.exporting.candidate_list import search_ids

            self._candidate_ids = search_ids(self._store, self._query)
        return self._candidate_ids

    def _refresh_preview(self) -> None:
        try:
            kind = self.current_kind()
            if kind == SHORTLIST:
                preview = self._previews.preview_shortlist(self._store, self._role_id, self._options())
            elif kind == CLIENT:
                preview = self._previews.preview_client(self._store, self._defaults.company_id, self._options())
            else:
                preview = self._previews.preview_candidates(self._store, self._ids(), self.chosen_columns())
        except CrmError as exc:
            self.preview_model.set_preview(self._previews.Preview((), (), 0))
            self._show_error(str(exc))
            return
        self.preview_model.set_preview(preview)
        self.preview.resizeColumnsToContents()
        self.preview_label.setText(self.tr("Preview of the first rows. Rows in the file: %1. Columns: %2.")
                                   .replace("%1", QLocale().toString(preview.total)).replace("%2", str(len(preview.headers))))
        self.status.clear()

    def _show_error(self, message: str) -> None:
        self.status.setStyleSheet("color: #b00020;")
        self.status.setText(message)

    def _show_info(self, message: str) -> None:
        self.status.setStyleSheet("")
        self.status.setText(message)

    # ---- slots ----------------------------------------------------------------------------------
    def _on_kind_currentIndexChanged(self, _index: int = 0) -> None:
        client_report = self.current_kind() in (SHORTLIST, CLIENT)
        for widget in (self._language_label, self.language, self.blind, self.contact):
            widget.setVisible(client_report)
        for widget in (self._columns_label, self.columns, self.all_columns):
            widget.setVisible(not client_report)
        self._suggest_target()
        self._refresh_preview()

    def _suggest_target(self) -> None:
        """A sensible file name in the Documents folder until the user picks one."""
        if self.target.text() and self.target.text() != getattr(self, "_suggested", None):
            return
        from datetime import date

        names = {SHORTLIST: self.tr("Shortlist"), CLIENT: self.tr("Progress report"),
                 CANDIDATES: self.tr("Candidates")}
        subject = ""
        if self.current_kind() == SHORTLIST and self._role_id is not None:
            subject = f" {self._context.services.roles.get(self._role_id).reference}"
        elif self.current_kind() == CLIENT and self._defaults is not None:
            subject = " " + "".join(c for c in self._defaults.name if c.isalnum() or c in " .-_").strip()
        folder = Path.home() / "Documents"
        folder = folder if folder.is_dir() else Path.home()
        self._suggested = str(folder / f"{names[self.current_kind()]}{subject} {date.today().isoformat()}.xlsx")
        self.target.setText(self._suggested)

    def _on_options_changed(self, *_args) -> None:
        self._refresh_preview()

    def _on_blind_toggled(self, blind: bool) -> None:
        if blind:
            self.contact.setChecked(False)
        self.contact.setEnabled(not blind)
        self._refresh_preview()

    def _on_all_columns_toggled(self, checked: bool) -> None:
        self.columns.setEnabled(not checked)
        self._refresh_preview()

    def _on_browse_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the Excel file"), self.target.text(),
                                              self.tr("Excel workbook (*.xlsx)"))
        if path:
            self.target.setText(path if path.lower().endswith(".xlsx") else f"{path}.xlsx")

    def _on_export_button_clicked(self) -> None:
        text = self.target.text().strip()
        if not text:
            self._show_error(self.tr("Choose where to save the file first."))
            return
        path = Path(text if text.lower().endswith(".xlsx") else f"{text}.xlsx")
        kind, store, options = self.current_kind(), self._store, self._options()
        if kind == SHORTLIST:
            from crm.exporting.shortlist import export_shortlist

            role_id = self._role_id

            def work(progress, token):
                return export_shortlist(store, role_id, path, options, progress, token)
        elif kind == CLIENT:
            from crm.exporting.client_report import export_client_report

            company_id = self._defaults.company_id

            def work(progress, token):
                return export_client_report(store, company_id, path, options, progress, token)
        else:
            from crm.exporting.candidate_list import export_candidate_list

            try:
                ids, columns = self._ids(), self.chosen_columns()
            except CrmError as exc:
                self._show_error(str(exc))
                return

            def work(progress, token):
                return export_candidate_list(store, path, candidate_ids=ids, columns=columns, progress=progress,
                                             token=token)
        self._last_path = path
        self._set_running(True)
        self._show_info(self.tr("Exporting…"))
        self._task = self._context.tasks.start(
            work, writes=kind != CANDIDATES, on_success=self._on_task_succeeded, on_failure=self._on_task_failed,
            on_progress=self._on_task_progress, on_cancelled=self._on_task_cancelled, parent=self)

    def _on_cancel_button_clicked(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def _on_task_progress(self, done: int, total: int, _message: str) -> None:
        self.progress.setRange(0, max(total, 0))
        self.progress.setValue(min(done, total) if total else 0)

    def _on_task_succeeded(self, result) -> None:
        self._set_running(False)
        self.open_folder.setVisible(True)
        message = self.tr("Saved %1 (%2 candidates).").replace("%1", str(result.path)).replace(
            "%2", QLocale().toString(result.rows))
        if getattr(result, "truncated_cells", 0):
            message += " " + self.tr("%1 texts were longer than Excel allows (32,767 characters); they end with "
                                     "a note saying so.").replace("%1", str(result.truncated_cells))
        self._show_info(message)
        if self.current_kind() != CANDIDATES:
            self._context.events.emit_change(ChangeSet.of("export_log", ids=list(result.candidate_ids)))

    def _on_task_failed(self, message: str, _details: str) -> None:
        self._set_running(False)
        self._show_error(self.tr("The export failed: %1. Any previous file was left as it was.")
                         .replace("%1", message))

    def _on_task_cancelled(self) -> None:
        self._set_running(False)
        self._show_info(self.tr("Export cancelled. Any previous file was left as it was."))

    def _on_open_folder_clicked(self) -> None:
        if self._last_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._last_path.parent)))

    def _set_running(self, running: bool) -> None:
        self.progress.setVisible(running)
        self.progress.setRange(0, 0)
        self.cancel_button.setVisible(running)
        self.export_button.setEnabled(not running)
        self.close_button.setEnabled(not running)
        if running:
            self.open_folder.setVisible(False)
        else:
            self._task = None
