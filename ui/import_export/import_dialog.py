"""Import a spreadsheet: choose file and sheet, check the mapping against a preview of the rows as
they will be stored, import on a worker with progress and Cancel, read the report, undo if needed."""

from __future__ import annotations

import traceback
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm.importing.report import ImportReport
from crm.persistence.db_errors import plain_message
from ui.context import AppContext
from ui.import_export.choices import PolicyChoice, RoleChoice
from ui.import_export.file_choice import choose_spreadsheet, remember_folder, take_drop
from ui.import_export.mapping_delegate import TargetDelegate
from ui.import_export.models import MappingModel, PreviewModel
from ui.import_export.reasons import translated_reason
from ui.import_export.report_page import ImportReportPage, import_changes
from ui.import_export.wording import (
    ProgressLine,
    also_kind_note,
    file_notes,
    kind_note,
    shared_fields,
)
from ui.kit.enter_chooses import enter_chooses
from ui.kit.scrolled_label import ScrolledLabel
from ui.kit.window_size import keep_size, restore_size
from ui.settings import ui_settings

# On a 1366x768 laptop at 150% the window is 464 logical pixels high: the form in one column (six rows) and a
# long note left the mapping two rows and the preview one. The form is in two columns, its lists narrow down
# (their popups show the whole texts), and the notes are at most this many lines high, scrolled beyond.
_NOTES_LINES = 3
SIZE_KEY = "import/size"  # the window's size as the user last left it
_LIST_CHARACTERS = 16


class ImportDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None, path: str | Path | None = None):
        super().__init__(parent)
        self.context = context
        self.inspection = None
        self._notes = ""  # what opening the file told (header row, dates, mapping reused)
        self._preview_failure = ""  # why the preview of the rows could not be built (said beside the notes)
        self.report: ImportReport | None = None
        self._task = None
        self._progress_line = ProgressLine()
        self._opening = 0  # which reading of a file is the latest: an older one finishing late is dropped
        self._chosen_sheet: str | None = None  # the sheet and date order the user chose for this file
        self._chosen_day_first: bool | None = None
        self._cancel_refused = False  # Cancel was clicked once the import was saving (CancelToken.seal)
        self._focus_import = False  # a file chosen with the button: the focus goes to Import once it is read
        self._mapping_edited = False  # the user changed a column's mapping for the file shown (Escape asks first)
        # A file is read as the kind its columns say (sheet_kind), once, unless the user chose a kind.
        self._kind_chosen = False
        self._kind_switched_to: str | None = None
        self.setWindowTitle(self.tr("Import a spreadsheet"))
        restore_size(self, ui_settings(), SIZE_KEY, 1100, 720)
        self.setAcceptDrops(True)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_setup_page())
        QWidget.setTabOrder(self.preview_view, self.fill_merged_check)  # Tab reaches it as it is laid out
        self.pages.addWidget(self._build_progress_page())
        self.report_page = ImportReportPage(context)
        self.report_page.back_requested.connect(self._on_report_page_back_requested)
        self.report_page.done_requested.connect(self.accept)
        self.pages.addWidget(self.report_page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        if path:
            self.open_file(path)

    # ---- pages -------------------------------------------------------------------------------------
    def _build_setup_page(self) -> QWidget:
        page = QWidget()
        self.file_edit = QLineEdit()
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(self.tr("Choose an .xlsx or .csv file"))
        self.file_edit.setAccessibleName(self.tr("File to import"))
        self.browse_button = QPushButton(self.tr("Choose file…"))
        self.browse_button.clicked.connect(self._on_browse_button_clicked)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.browse_button)
        self.kind_combo = QComboBox()
        for kind, text in (("candidates", self.tr("Candidates")), ("roles", self.tr("Roles and clients")),
                           ("pipeline", self.tr("Pipeline (applications)"))):
            self.kind_combo.addItem(text, kind)
        self.kind_combo.currentIndexChanged.connect(self._on_kind_combo_changed)
        self.sheet_combo = QComboBox()
        self.sheet_combo.activated.connect(self._on_sheet_combo_activated)
        self.policy_combo = PolicyChoice()
        self.policy_combo.activated.connect(self._on_policy_combo_activated)
        self.policy_label = QLabel()
        self._fill_policy_combo("candidates")
        self.role_combo = RoleChoice()  # a pipeline sheet per process: the role its rows are for
        self.role_combo.activated.connect(self._on_role_combo_activated)
        self.form = form = QFormLayout()  # what is imported, from where
        form.addRow(self.tr("Import:"), self.kind_combo)
        form.addRow(self.tr("Sheet:"), self.sheet_combo)
        form.addRow(self.tr("Rows that name no role are for:"), self.role_combo)
        form.setRowVisible(self.role_combo, False)
        options = QFormLayout()  # how it is read
        options.addRow(self.policy_label, self.policy_combo)
        # Dates written as text are read in this order; opening a file chooses what its first rows show.
        self.dates_combo = QComboBox()
        self.dates_combo.addItem(self.tr("Day/month/year (31/12/2026)"), True)
        self.dates_combo.addItem(self.tr("Month/day/year (12/31/2026)"), False)
        self.dates_combo.currentIndexChanged.connect(self._on_dates_combo_changed)
        options.addRow(self.tr("Dates in the file:"), self.dates_combo)
        # Trackers merge one client or city over the rows that share it; by default those rows are left
        # empty there (with a warning), since a merged value belongs to its first row only.
        self.fill_merged_check = QCheckBox(self.tr("Give each row the value of cells merged over it"))
        self.fill_merged_check.setToolTip(self.tr("A client, city or candidate merged over several rows is "
                                                  "repeated on each of them. Otherwise only the first row gets it "
                                                  "and the others are left empty, with a warning."))
        self.fill_merged_check.toggled.connect(self._on_fill_merged_check_toggled)
        for column in (form, options):
            column.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for combo in (self.kind_combo, self.sheet_combo, self.policy_combo, self.role_combo, self.dates_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(_LIST_CHARACTERS)
            combo.currentTextChanged.connect(combo.setToolTip)  # what a narrowed list cuts
        enter_chooses(self.kind_combo, self.sheet_combo, self.policy_combo, self.role_combo, self.dates_combo)
        file_line = QHBoxLayout()
        file_line.addWidget(QLabel(self.tr("File:")))
        file_line.addLayout(file_row, 1)
        form_columns = QHBoxLayout()
        form_columns.addLayout(form, 2)
        form_columns.addLayout(options, 3)  # (its labels are the longer)
        self.info_label = ScrolledLabel(_NOTES_LINES)  # a long note scrolls rather than take the tables' room

        self.mapping_model = MappingModel(self)
        self.mapping_model.mapping_changed.connect(self._on_mapping_model_changed)
        self.mapping_view = QTableView()
        self.mapping_view.setModel(self.mapping_model)
        self.mapping_view.setItemDelegateForColumn(1, TargetDelegate(self.mapping_view))
        self.mapping_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.mapping_view.verticalHeader().setVisible(False)
        self.mapping_view.setWordWrap(False)  # a long header or value is cut on one line; its tooltip has it whole
        # Rows as high as the list that chooses each column's field, not higher: more of them on a short window.
        self.mapping_view.verticalHeader().setDefaultSectionSize(
            max(self.mapping_view.fontMetrics().height() + 10, QComboBox().sizeHint().height() + 2))
        self.mapping_view.setTabKeyNavigation(False)  # Tab goes on to the preview and the buttons
        self.preview_model = PreviewModel(self)
        self.preview_view = QTableView()
        self.preview_view.setModel(self.preview_model)
        self.preview_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.preview_view.horizontalHeader().setStretchLastSection(True)  # room for a refused row's reason
        # Rows one line high, as the app's other lists: a laptop's short window shows more of them.
        self.preview_view.verticalHeader().setDefaultSectionSize(self.preview_view.fontMetrics().height() + 10)
        self.preview_view.setTabKeyNavigation(False)  # Tab leaves it for the buttons, not cell by cell
        enter_chooses(self.mapping_view, self.preview_view)  # (Enter there started the import)
        self.mapping_view.setAccessibleName(self.tr("Columns of the file and what each is imported as"))
        self.preview_view.setAccessibleName(self.tr("The first rows as they will be stored"))
        mapping_box = QWidget()
        mapping_layout = QVBoxLayout(mapping_box)
        mapping_layout.setContentsMargins(0, 0, 0, 0)
        mapping_layout.addWidget(QLabel(self.tr("Columns and what they are imported as:")))
        mapping_layout.addWidget(self.mapping_view)
        preview_box = QWidget()
        preview_layout = QVBoxLayout(preview_box)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_layout.addWidget(QLabel(self.tr("The first rows as they will be stored:")))
        preview_layout.addWidget(self.preview_view)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(mapping_box)
        splitter.addWidget(preview_box)

        self.dry_run_button = QPushButton(self.tr("Check without importing"))
        self.dry_run_button.clicked.connect(self._on_dry_run_button_clicked)
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setDefault(True)
        self.import_button.setObjectName("primaryButton")  # the dialog's main action, styled as such
        self.import_button.clicked.connect(self._on_import_button_clicked)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        # (A focused button takes Enter itself, as in any dialog: Enter on "Check without importing" or "Close"
        # pressed Import, the default button, and imported. Elsewhere Enter is Import's.)
        buttons = QHBoxLayout()
        # Beside the buttons, where they leave room (a row of the form of its own cost the tables a row); it
        # changes the preview above it.
        buttons.addWidget(self.fill_merged_check)
        buttons.addStretch(1)
        buttons.addWidget(close)
        buttons.addWidget(self.dry_run_button)
        buttons.addWidget(self.import_button)
        layout = QVBoxLayout(page)
        layout.addLayout(file_line)
        layout.addLayout(form_columns)
        layout.addWidget(self.info_label)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self._set_ready(False)
        return page

    def _build_progress_page(self) -> QWidget:
        page = QWidget()
        self.progress_title = QLabel()
        self.progress_bar = QProgressBar()
        self.progress_bar.setAccessibleName(self.tr("Import progress"))
        self.progress_label = QLabel()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        # It has the focus as the import starts: a second Enter (a key held or pressed twice) cancelled it.
        # Space, a click or Escape cancel.
        self.cancel_button.setAutoDefault(False)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.progress_title)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.progress_label)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        layout.addLayout(row)
        layout.addStretch(1)
        return page

    # ---- choosing the file and the mapping ------------------------------------------------------
    @property
    def kind(self) -> str:
        return self.kind_combo.currentData()

    def open_file(self, path: str | Path, sheet: str | None = None) -> None:
        """Read the file's sheets, header and first rows on a worker, then show the mapping."""
        if str(path) != self.file_edit.text():
            # Choices made for one file are not carried to another
            self.fill_merged_check.setChecked(False)
            self._chosen_sheet = self._chosen_day_first = None
            self._kind_switched_to = None
            remember_folder(path)  # the next file chooser opens there
        if sheet is None:  # the file chosen (again): its best sheet, whichever the user had chosen before
            self._chosen_sheet = None
        self.file_edit.setText(str(path))
        self.file_edit.setToolTip(str(path))  # a long path shows its end only
        self.inspection = None  # until this file is read, nothing can be imported
        self._set_ready(False)
        self.info_label.setText(self.tr("Reading %1…").replace("%1", Path(path).name))
        store, kind = self.context.services.store, self.kind
        self._opening += 1
        opening = self._opening

        def work(progress, token):
            from crm.importing.inspect import inspect

            return inspect(store, path, kind, sheet)

        # A file chosen while another was being read: only the last one's reading is shown.
        self.context.tasks.start(
            work, writes=False, parent=self,
            on_success=lambda inspection: opening == self._opening and self._on_inspect_succeeded(inspection),
            on_failure=lambda message, details: opening == self._opening and self._on_inspect_failed(message, details))

    def _on_inspect_succeeded(self, inspection) -> None:
        if not self._kind_chosen and self._kind_switched_to is None and inspection.likely_kind != inspection.kind:
            # A pipeline log opened as candidates wrote each movement into a person's notes: read it as
            # what its columns say, and say so (the kind list changes it back).
            self._kind_switched_to = inspection.likely_kind
            self._show_kind(inspection.likely_kind)
            self.open_file(self.file_edit.text(), inspection.sheet)
            return
        self.inspection = inspection
        self._mapping_edited = False
        self.sheet_combo.clear()
        self.sheet_combo.addItems(inspection.sheet_names)
        self.sheet_combo.setCurrentText(inspection.sheet)
        self.mapping_model.set_columns(inspection.headers, inspection.targets, inspection.examples(),
                                       inspection.choices, inspection.value_hints, inspection.kind)
        for row in range(self.mapping_model.rowCount()):
            self.mapping_view.openPersistentEditor(self.mapping_model.index(row, 1))
        self.dates_combo.blockSignals(True)
        day_first = inspection.day_first if self._chosen_day_first is None else self._chosen_day_first
        self.dates_combo.setCurrentIndex(self.dates_combo.findData(day_first))
        self.dates_combo.blockSignals(False)
        notes = file_notes(inspection)
        if self._kind_switched_to == inspection.kind:
            notes.insert(0, kind_note(inspection.kind))
        if inspection.also_kind and not self._kind_chosen:  # (a list that could be read as another kind too)
            notes.insert(1 if self._kind_switched_to == inspection.kind else 0, also_kind_note(inspection.also_kind))
        empty = not inspection.head
        self._notes = " ".join(notes)
        self._fill_role_combo()
        self._refresh_preview()
        self._set_ready(not empty)
        if self._focus_import and not empty:
            self.import_button.setFocus()
        self._focus_import = False
        if empty:
            self.info_label.setText(self._notes)

    def _fill_role_combo(self) -> None:
        """The roles a pipeline sheet's rows may be for (hidden for other kinds)."""
        pipeline = self.inspection is not None and self.inspection.kind == "pipeline"
        self.form.setRowVisible(self.role_combo, pipeline)
        if pipeline:
            named = self.inspection.lookups.sheet_role if self.inspection.lookups else None
            self.role_combo.fill(self.context.services.roles.list_all(), named and named.reference,
                                 self.inspection.targets)

    @property
    def sheet_role(self) -> str | None:
        """The reference of the role chosen for a pipeline's rows that name none."""
        return self.role_combo.reference if self.kind == "pipeline" else None

    def _needs_role(self) -> bool:
        return (self.inspection is not None and self.inspection.kind == "pipeline"
                and self.role_combo.needed(self.mapping_model.targets))

    def _on_role_combo_activated(self, _index: int) -> None:
        self._refresh_preview()
        self._set_ready(True)

    def _on_inspect_failed(self, message: str, details: str) -> None:
        if self._chosen_sheet is None:  # the sheets of the file before are not this one's
            self.sheet_combo.clear()
        # else a sheet of this file that cannot be read: its others stay to choose from
        self.inspection = None
        self.mapping_model.set_columns([], [], [], [])
        self.preview_model.set_rows([], [])
        self.info_label.setText(self.tr("This file cannot be imported: %1").replace(
            "%1", translated_reason(message)))

    def _refresh_preview(self) -> None:
        from crm.importing.inspect import preview

        if self.inspection is None:
            return
        try:
            fields, rows = preview(self.inspection, self.mapping_model.targets, self.day_first,
                                   self.fill_merged_check.isChecked(), self.sheet_role,
                                   store=self.context.services.store, policy=self.policy_combo.currentData() or "update")
        except Exception as exc:  # noqa: BLE001 - a preview that fails says so: it left the window "Reading…"
            traceback.print_exc()  # (for a bug report), with Import still offered: it reports per row
            fields, rows = [], []
            self._preview_failure = self.tr("The preview could not be shown: %1").replace(
                "%1", translated_reason(plain_message(exc)))
        else:
            self._preview_failure = ""
        self.preview_model.set_rows(fields, rows, self.inspection.kind)
        # A refused row's reason spans the row, so its length does not widen the first column.
        self.preview_view.clearSpans()
        if len(fields) > 1:
            for row in self.preview_model.rejected_rows():
                self.preview_view.setSpan(row, 0, 1, len(fields))

    @property
    def day_first(self) -> bool:
        return bool(self.dates_combo.currentData())

    def _on_mapping_model_changed(self) -> None:
        self._mapping_edited = True
        self._refresh_preview()
        self._set_ready(self.inspection is not None)

    def _on_policy_combo_activated(self, _index: int) -> None:
        self._refresh_preview()  # a known person's row says what the policy does with it

    def _on_dates_combo_changed(self, _index: int) -> None:
        self._chosen_day_first = self.day_first  # kept when the file is read again (another sheet or kind)
        self._refresh_preview()

    def _on_fill_merged_check_toggled(self, _checked: bool) -> None:
        self._refresh_preview()

    def _on_browse_button_clicked(self) -> None:
        path = choose_spreadsheet(self)
        if path:
            self._focus_import = True  # once the file is read: Enter imports (on the file button, it chose again)
            self.open_file(path)

    # A spreadsheet dropped on the dialog, before an import starts, is the file to import.
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        take_drop(event, allowed=self.pages.currentIndex() == 0)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        if path := take_drop(event, allowed=self.pages.currentIndex() == 0):
            self.open_file(path)

    def _on_sheet_combo_activated(self, _index: int) -> None:
        if self.file_edit.text():
            self._chosen_sheet = self.sheet_combo.currentText()
            self.open_file(self.file_edit.text(), self._chosen_sheet)

    def _fill_policy_combo(self, kind: str) -> None:
        self.policy_label.setText(self.policy_combo.fill(kind))
        self.policy_combo.setAccessibleName(self.policy_label.text().rstrip(":"))  # (its label changes with the kind)

    def _show_kind(self, kind: str) -> None:
        """Show this kind chosen, as if the user had (without reading the file again for it)."""
        self.kind_combo.blockSignals(True)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind))
        self.kind_combo.blockSignals(False)
        self.policy_combo.setEnabled(True)
        self._fill_policy_combo(kind)

    def _on_kind_combo_changed(self, _index: int) -> None:
        self._kind_chosen = True
        self.policy_combo.setEnabled(True)
        self._fill_policy_combo(self.kind)
        if self.file_edit.text():  # the sheet the user chose stays; otherwise the one that fits this kind best
            self.open_file(self.file_edit.text(), self._chosen_sheet)

    def _set_ready(self, ready: bool) -> None:
        """Import only a file that was read, and a pipeline sheet whose rows each have a role to be for."""
        needs_role = ready and self._needs_role()
        self.import_button.setEnabled(ready and not needs_role)
        self.dry_run_button.setEnabled(ready and not needs_role)
        if ready:
            hint = self.tr("This sheet has no column naming the role (a reference or a title): choose the role "
                           "its rows are for.") if needs_role else ""
            shared = shared_fields(self.inspection.headers, self.mapping_model.targets, self.inspection.kind)
            shown = self.preview_model.rowCount()
            refused = self.tr("None of the first rows would be imported: each says why below. Check the sheet, "
                              "what it imports and the columns.") if shown and len(
                self.preview_model.rejected_rows()) == shown else ""
            self.info_label.setText(" ".join(text for text in (self._notes, self._preview_failure, shared, refused, hint)
                                             if text))

    # ---- importing ----------------------------------------------------------------------------------
    def _on_import_button_clicked(self) -> None:
        self.start_import(dry_run=False)

    def _on_dry_run_button_clicked(self) -> None:
        self.start_import(dry_run=True)

    def start_import(self, dry_run: bool = False) -> None:
        if self.inspection is None:
            return
        from crm.importing.api import run_import

        store, kind, path = self.context.services.store, self.kind, self.inspection.path
        targets, policy = self.mapping_model.targets, self.policy_combo.currentData()
        headers = list(self.inspection.headers)  # (the file is read again: refused if they changed)
        # The sheet the user chose; else the import chooses it again (the same one), and its report says
        # what it says of the workbook's other sheets.
        sheet = self.inspection.sheet if self._chosen_sheet is not None else None  # the one shown
        day_first, fill_merged = self.day_first, self.fill_merged_check.isChecked()
        hints, role = self.inspection.value_hints, self.sheet_role

        def work(progress, token):
            return run_import(store, kind, path, sheet=sheet, targets=targets, headers=headers, on_duplicate=policy,
                              dry_run=dry_run, day_first=day_first, fill_merged=fill_merged, value_hints=hints,
                              role=role, progress=progress, token=token)

        self.progress_title.setText((self.tr("Checking %1…") if dry_run else self.tr("Importing %1…"))
                                    .replace("%1", path.name))
        self.progress_bar.setRange(0, 0)
        self.progress_label.setText(self.tr("Reading the file…"))
        self.cancel_button.setEnabled(True)
        self._cancel_refused = False
        self.pages.setCurrentIndex(1)
        self._progress_line = ProgressLine()
        self._task = self.context.tasks.start(
            work, on_success=self._on_import_succeeded, on_failure=self._on_import_failed,
            on_progress=self._on_import_progress, on_cancelled=self._on_import_cancelled, parent=self)

    def _on_import_progress(self, done: int, total: int, message: str) -> None:
        if total:
            self.progress_bar.setRange(0, total)
            self.progress_bar.setValue(done)
        if message == "saving" and self.cancel_button.isEnabled():  # past cancelling: the commit is under way
            self.cancel_button.setEnabled(False)
            self.progress_label.setText(self.tr("Saving the import; it can no longer be cancelled…"))
        if not self.cancel_button.isEnabled():  # "Cancelling…", "too late" or "Saving" stays until the work ends
            return
        text, seconds_left = self._progress_line.text(done, total, message)
        if seconds_left is not None:
            text += " · " + self.tr("about %Ln s left", "", seconds_left)
        self.progress_label.setText(text)

    def _on_cancel_button_clicked(self) -> None:
        if self._task is not None:
            self._cancel_refused = not self._task.cancel()
            self.cancel_button.setEnabled(False)
            self.progress_label.setText(
                self.tr("Too late to cancel: the import is being saved. Its report will offer to undo it…")
                if self._cancel_refused else self.tr("Cancelling; nothing will be saved…"))

    def _on_import_cancelled(self) -> None:
        self._task = None
        self.pages.setCurrentIndex(0)
        self.info_label.setText(self.tr("The import was cancelled; nothing was saved."))

    def _on_import_failed(self, message: str, details: str) -> None:
        self._task = None
        self.pages.setCurrentIndex(0)
        says_it = "nothing was saved" in message or "nothing was imported" in message  # (once is enough)
        frame = self.tr("The import failed: %1") if says_it else self.tr("The import failed and nothing was saved: %1")
        self.info_label.setText(frame.replace("%1", translated_reason(message)))

    def _on_import_succeeded(self, report: ImportReport) -> None:
        self._task = None
        if not report.dry_run:
            self.context.events.emit_change(import_changes(report.kind))
            # The import's commit left its rows in the write-ahead log: copy them into the database file
            # now, in the background, rather than on the user's next save.
            store = self.context.services.store
            self.context.tasks.start(lambda _progress, _token: store.checkpoint())  # outlives the dialog
        self.report = report
        self.report_page.show_report(report, cancel_refused=self._cancel_refused)
        self.pages.setCurrentIndex(2)

    def open_report(self, report: ImportReport, undone: bool = False) -> None:
        """Show a past import's report (Import history)."""
        self.setWindowTitle(self.tr("Import report"))
        self.report = report
        self.report_page.show_past_report(report, undone)
        self.pages.setCurrentIndex(2)

    def _on_report_page_back_requested(self) -> None:  # a check's report, back to the mapping
        self.import_button.setDefault(True)
        self.pages.setCurrentIndex(0)


    def done(self, result: int) -> None:  # each way the window closes: the size the user gave it is kept
        keep_size(self, ui_settings(), SIZE_KEY)
        super().done(result)

    def reject(self) -> None:
        """Escape or the close box. While importing, they cancel (the transaction rolls back) and close; once
        the import is saving, they do what Cancel does: the window stays for the report, which says so."""
        if self._task is not None:
            self._on_cancel_button_clicked()
            if self._cancel_refused:
                return
        elif self.pages.currentIndex() == 0 and self._mapping_edited and not self._close_anyway():
            return  # (one Escape threw away the columns the recruiter had mapped by hand)
        super().reject()

    def _close_anyway(self) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Close the import?"),
            self.tr("The changes you made to the columns' mapping are lost if you close. Close anyway?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes
