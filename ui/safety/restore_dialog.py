"""Restore a backup: its date and contents, verified, then the current file kept aside and replaced."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm.persistence.backup import parse_name
from crm.safety.backups import describe, passes_quick_check
from crm.safety.restore import restore
from ui.context import AppContext, ChangeSet


class RestoreDialog(QDialog):
    restored = Signal(object)  # RestoreResult; auto-backups pause until `confirmed`
    confirmed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None, backup: Path | None = None):
        super().__init__(parent)
        self._context = context
        self._backup: Path | None = None
        self.result_value = None
        self.setWindowTitle(self.tr("Restore a backup"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.file_label = QLabel(self.tr("(none chosen)"))
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        choose = QPushButton(self.tr("Choose a backup file..."))
        choose.clicked.connect(self._on_choose_clicked)
        form.addRow(self.tr("Backup:"), self.file_label)
        form.addRow("", choose)
        self.date_label = QLabel("-")
        self.contents_label = QLabel("-")
        self.check_label = QLabel("-")
        form.addRow(self.tr("Taken:"), self.date_label)
        form.addRow(self.tr("Contents:"), self.contents_label)
        form.addRow(self.tr("Check:"), self.check_label)
        layout.addLayout(form)
        note = QLabel(self.tr(
            "Restoring replaces the data you see now with the backup. Before that, a backup of the current "
            "data is taken and the current file is kept aside. People erased since the backup was taken are "
            "erased again."))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)
        self.buttons = QDialogButtonBox()
        self.restore_button = self.buttons.addButton(self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self._on_restore_clicked)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.close_button.clicked.connect(self._on_close_clicked)
        layout.addWidget(self.buttons)
        if backup is not None:
            self.set_backup(Path(backup))

    def set_backup(self, path: Path) -> None:
        self._backup = path
        self.file_label.setText(str(path))
        name = parse_name(path.name)
        self.date_label.setText(name.taken_at.astimezone().strftime("%Y-%m-%d %H:%M") if name else
                                self.tr("unknown (not a managed backup name)"))
        counts = describe(path)
        ok = counts is not None and passes_quick_check(path)
        if counts is not None:
            self.contents_label.setText(self.tr("%1 candidates, %2 roles, %3 clients")
                                        .replace("%1", QLocale().toString(counts["candidate"]))
                                        .replace("%2", str(counts["role"])).replace("%3", str(counts["company"])))
        else:
            self.contents_label.setText(self.tr("cannot be read"))
        self.check_label.setText(self.tr("passes the integrity check") if ok else
                                 self.tr("FAILED: this file is damaged or is not a CRM backup"))
        self.restore_button.setEnabled(ok)

    def _on_choose_clicked(self) -> None:
        store_path = self._context.services.store.path
        start = str(store_path.parent) if store_path else ""
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a backup"), start,
                                                self.tr("Database backups (*.db);;All files (*)"))
        if chosen:
            self.set_backup(Path(chosen))

    def _on_restore_clicked(self) -> None:
        store = self._context.services.store
        if self._backup is None or store.path is None:
            return
        self.restore_button.setEnabled(False)
        self.status_label.setText(self.tr("Restoring..."))
        # Every connection must be closed before the file is replaced; the engine reconnects afterwards.
        self._context.tasks.wait_for_done()
        store.engine.dispose()
        backup, path = self._backup, store.path
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        self._context.tasks.start(lambda progress, token: restore(path, backup),
                                  on_success=self._on_task_succeeded, on_failure=self._on_task_failed,
                                  parent=self)

    def _on_task_succeeded(self, result) -> None:
        QApplication.restoreOverrideCursor()
        store = self._context.services.store
        store.engine.dispose()  # drop any connection opened to the old file meanwhile
        self.result_value = result
        self.status_label.setText(self.tr(
            "Restored. %1 erasures were applied again. The previous file is kept as %2. Check the data, "
            "then click Keep the restored data (automatic backups wait until then).")
            .replace("%1", str(result.erasures_reapplied))
            .replace("%2", result.set_aside.name if result.set_aside else "-"))
        self.restored.emit(result)
        self._context.events.emit_change(ChangeSet.of("candidate", "role", "company", "application", "stage",
                                                      "saved_search"))
        self.close_button.setText(self.tr("Keep the restored data"))

    def _on_task_failed(self, message: str, _details: str) -> None:
        QApplication.restoreOverrideCursor()
        self.status_label.setText(self.tr("The restore failed: %1").replace("%1", message))
        self.restore_button.setEnabled(True)

    def _on_close_clicked(self) -> None:
        if self.result_value is not None:
            self.confirmed.emit()
            self.accept()
        else:
            self.reject()
