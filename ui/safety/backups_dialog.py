"""The backups: list (date, reason, size, counts), "Back up now", the folder setting, restore."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm.safety.backups import BackupManager
from ui.context import AppContext
from ui.kit.value_table import Column, ValueTableModel
from ui.kit.window_size import fit_to_screen
from ui.safety.models import translate
from ui.safety.restore_dialog import RestoreDialog

REASONS = {"startup": QT_TRANSLATE_NOOP("safety", "at start-up"), "periodic": QT_TRANSLATE_NOOP("safety", "automatic"),
           "manual": QT_TRANSLATE_NOOP("safety", "by hand"), "pre-import": QT_TRANSLATE_NOOP("safety", "before an import"),
           "pre-restore": QT_TRANSLATE_NOOP("safety", "before a restore"),
           "pre-migration": QT_TRANSLATE_NOOP("safety", "before an update"),
           "pre-erase": QT_TRANSLATE_NOOP("safety", "before an erasure")}


def _count(info, key: str) -> str:
    return "-" if info.counts is None else QLocale().toString(info.counts[key])


def backup_columns() -> list[Column]:
    return [
        Column(QCoreApplication.translate("safety", "Date"), lambda b: b.taken_at.astimezone().strftime("%Y-%m-%d %H:%M"), lambda b: b.taken_at),
        Column(QCoreApplication.translate("safety", "Taken"), lambda b: translate(REASONS.get(b.reason, b.reason))),
        Column(QCoreApplication.translate("safety", "Size"), lambda b: f"{b.size_bytes / 1e6:.1f} MB", lambda b: b.size_bytes, True),
        Column(QCoreApplication.translate("safety", "Candidates"), lambda b: _count(b, "candidate"),
               lambda b: (b.counts or {}).get("candidate", -1), True),
        Column(QCoreApplication.translate("safety", "Roles"), lambda b: _count(b, "role"), lambda b: (b.counts or {}).get("role", -1), True),
        Column(QCoreApplication.translate("safety", "Clients"), lambda b: _count(b, "company"),
               lambda b: (b.counts or {}).get("company", -1), True),
    ]


class BackupsDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._context = context
        self._manager = BackupManager(context.services.store)
        self.setWindowTitle(self.tr("Backups"))
        fit_to_screen(self, 760, 460)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Backups are taken automatically: at start-up once a day, every 30 minutes of "
                               "use when something changed, and before updates, imports and restores."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        folder_row = QHBoxLayout()
        self.folder_label = QLabel()
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        folder_row.addWidget(self.folder_label, 1)
        self.change_folder_button = QPushButton(self.tr("Change folder..."))
        self.change_folder_button.clicked.connect(self._on_change_folder_clicked)
        self.open_folder_button = QPushButton(self.tr("Open folder"))
        self.open_folder_button.clicked.connect(self._on_open_folder_clicked)
        folder_row.addWidget(self.change_folder_button)
        folder_row.addWidget(self.open_folder_button)
        layout.addLayout(folder_row)
        self.model = ValueTableModel(self)
        self.model.set_columns(backup_columns())
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        layout.addWidget(self.table, 1)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)
        buttons = QHBoxLayout()
        self.backup_button = QPushButton(self.tr("Back up now"))
        self.backup_button.clicked.connect(self._on_backup_clicked)
        self.restore_button = QPushButton(self.tr("Restore..."))
        self.restore_button.clicked.connect(self._on_restore_clicked)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        self.folder_label.setText(self.tr("Folder: %1").replace("%1", str(self._manager.folder)))
        self.model.set_rows(self._manager.list())
        if self.model.rowCount():
            self.table.selectRow(0)

    def selected_backup(self) -> Path | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.value_at(rows[0].row()).path if rows else None

    def _on_backup_clicked(self) -> None:
        self.backup_button.setEnabled(False)
        self.status_label.setText(self.tr("Backing up..."))
        manager = self._manager
        self._context.tasks.start(lambda progress, token: manager.take("manual"),
                                  on_success=self._on_task_succeeded, on_failure=self._on_task_failed, parent=self)

    def _on_task_succeeded(self, info) -> None:
        self.backup_button.setEnabled(True)
        self.status_label.setText(self.tr("Backup written: %1").replace("%1", info.path.name))
        self.refresh()

    def _on_task_failed(self, message: str, _details: str) -> None:
        self.backup_button.setEnabled(True)
        self.status_label.setText(self.tr("No backup was written: %1").replace("%1", message))

    def _on_change_folder_clicked(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder for backups"), str(self._manager.folder))
        if chosen:
            self.set_folder(Path(chosen))

    def set_folder(self, folder: Path) -> None:
        self._manager.set_folder(folder)
        self.refresh()

    def _on_open_folder_clicked(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._manager.folder)))

    def _on_table_double_clicked(self, _index) -> None:
        self._on_restore_clicked()

    def _on_restore_clicked(self) -> None:
        dialog = RestoreDialog(self._context, self, backup=self.selected_backup())
        dialog.exec()
        self.refresh()
