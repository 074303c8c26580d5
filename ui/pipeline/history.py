"""The role's history: every stage change of every candidate on it, newest first."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from crm.services.records import RoleHistoryEntry
from ui.context import AppContext
from ui.kit.stage_names import stage_label
from ui.kit.window_size import fit_to_screen

Index = QModelIndex | QPersistentModelIndex


class RoleHistoryModel(QAbstractTableModel):
    HEADERS = (QT_TRANSLATE_NOOP("RoleHistoryModel", "When"), QT_TRANSLATE_NOOP("RoleHistoryModel", "Candidate"), QT_TRANSLATE_NOOP("RoleHistoryModel", "From"), QT_TRANSLATE_NOOP("RoleHistoryModel", "To"),
               QT_TRANSLATE_NOOP("RoleHistoryModel", "Note"), QT_TRANSLATE_NOOP("RoleHistoryModel", "Who"))

    def __init__(self, entries: list[RoleHistoryEntry] | None = None, parent=None):
        super().__init__(parent)
        self._entries = list(entries or [])

    def set_entries(self, entries: list[RoleHistoryEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def rowCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.HEADERS):
            return self.tr(self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        entry = self._entries[index.row()]
        column = index.column()
        if column == 0:
            return entry.changed_at.astimezone().strftime("%d/%m/%Y %H:%M")
        if column == 1:
            return entry.candidate
        if column == 2:
            return stage_label(entry.from_stage) if entry.from_stage else self.tr("(added)")
        if column == 3:
            return stage_label(entry.to_stage)
        if column == 4:
            return entry.note or ""
        return entry.changed_by or ""


class RoleHistoryDialog(QDialog):
    def __init__(self, context: AppContext, role_id: int, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("History: %1").replace("%1", title))
        fit_to_screen(self, 820, 520)
        layout = QVBoxLayout(self)
        entries = context.services.pipeline.role_history(role_id)
        layout.addWidget(QLabel(self.tr("%1 stage changes, newest first.").replace("%1", str(len(entries)))))
        self.model = RoleHistoryModel(entries, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
