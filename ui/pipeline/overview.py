"""All roles at a glance: one row per role with how many candidates sit in each stage."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm.services.board import OPEN_ROLE_STATUSES, BoardService, RoleOverviewRow
from crm.services.records import StageRecord
from ui.context import AppContext, ChangeSet
from ui.kit.stage_names import stage_label, two_lines
from ui.pipeline.stages_editor import StagesEditorDialog

Index = QModelIndex | QPersistentModelIndex
RoleIdRole = Qt.ItemDataRole.UserRole + 1
FIXED_COLUMNS = 3  # role, client, status; then one per stage, then total and stale


class RolesOverviewModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[RoleOverviewRow] = []
        self._stages: list[StageRecord] = []
        self._status_names: dict[str, str] = {}

    def set_rows(self, stages: list[StageRecord], rows: list[RoleOverviewRow], status_names: dict[str, str]) -> None:
        self.beginResetModel()
        self._stages, self._rows, self._status_names = list(stages), list(rows), status_names
        self.endResetModel()

    def role_id(self, row: int) -> int:
        return self._rows[row].role.id

    def rowCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else FIXED_COLUMNS + len(self._stages) + 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            fixed = (self.tr("Role"), self.tr("Client"), self.tr("Status"))
            if section < FIXED_COLUMNS:
                return fixed[section]
            stage_index = section - FIXED_COLUMNS
            if stage_index < len(self._stages):
                return two_lines(stage_label(self._stages[stage_index].name))
            return self.tr("Total") if stage_index == len(self._stages) else self.tr("Stale")
        if role == Qt.ItemDataRole.TextAlignmentRole and section >= FIXED_COLUMNS:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        stage_index = column - FIXED_COLUMNS
        if role == RoleIdRole:
            return row.role.id
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return f"{row.role.title}  ({row.role.reference})"
            if column == 1:
                return row.role.client
            if column == 2:
                return self._status_names.get(row.role.status, row.role.status)
            if stage_index < len(self._stages):
                count = row.counts.get(self._stages[stage_index].id, 0)
                return str(count) if count else "·"
            return str(row.total) if stage_index == len(self._stages) else (str(row.stale) if row.stale else "·")
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= FIXED_COLUMNS:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if stage_index == len(self._stages) + 1 and row.stale:
                return QColor("#b45309")
            if column >= FIXED_COLUMNS and stage_index < len(self._stages) and not row.counts.get(
                    self._stages[stage_index].id):
                return QColor("#9ca3af")
        if role == Qt.ItemDataRole.FontRole and stage_index == len(self._stages):
            font = QFont()
            font.setBold(True)
            return font
        return None


class RolesOverview(QWidget):
    role_opened = Signal(int)

    def __init__(self, context: AppContext, service: BoardService, parent: QWidget | None = None):
        super().__init__(parent)
        self._context = context
        self._service = service
        self._dirty = True
        title = QLabel(self.tr("Pipelines"))
        title.setStyleSheet("font-size: 16px; font-weight: 600;")
        self.client = QComboBox()
        self.client.setMinimumWidth(200)
        self.status = QComboBox()
        self.status.addItem(self.tr("Open roles"), "open")
        self.status.addItem(self.tr("All roles"), "all")
        for value, text in self._status_names().items():
            self.status.addItem(text, value)
        self.client.currentIndexChanged.connect(self._on_filter_changed)
        self.status.currentIndexChanged.connect(self._on_filter_changed)
        self.summary = QLabel()
        self.summary.setStyleSheet("color: #6b7280;")
        filters = QHBoxLayout()
        filters.addWidget(title)
        filters.addStretch(1)
        filters.addWidget(QLabel(self.tr("Client")))
        filters.addWidget(self.client)
        filters.addWidget(QLabel(self.tr("Status")))
        filters.addWidget(self.status)
        stages = QPushButton(self.tr("Stages…"))
        stages.setToolTip(self.tr("Rename, reorder, add or remove the pipeline's stages"))
        stages.clicked.connect(self._on_stages_clicked)
        filters.addWidget(stages)
        self.model = RolesOverviewModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setObjectName("rolesOverview")
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        # The role column keeps a sensible width so every stage count fits beside it on a laptop screen.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 300)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.activated.connect(self._on_table_activated)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        context.events.data_changed.connect(self._on_events_data_changed)

    def _status_names(self) -> dict[str, str]:
        return {"lead": self.tr("Lead"), "active": self.tr("Active"), "on_hold": self.tr("On hold"),
                "filled": self.tr("Filled"), "closed": self.tr("Closed"), "cancelled": self.tr("Cancelled")}

    def refresh(self) -> None:
        self._dirty = False
        chosen = self.client.currentData()
        self.client.blockSignals(True)
        self.client.clear()
        self.client.addItem(self.tr("All clients"), None)
        for company_id, name in self._service.clients():
            self.client.addItem(name, company_id)
        self.client.setCurrentIndex(max(0, self.client.findData(chosen)))
        self.client.blockSignals(False)
        status = self.status.currentData()
        statuses = OPEN_ROLE_STATUSES if status == "open" else None if status == "all" else (status,)
        rows = self._service.overview(self.client.currentData(), statuses)
        stages = self._context.services.pipeline.stages()
        self.model.set_rows(stages, rows, self._status_names())
        candidates = sum(r.total for r in rows)
        stale = sum(r.stale for r in rows)
        self.summary.setText(self.tr("%1 roles · %2 candidates in pipelines · %3 stale · double-click a role "
                                     "to open its board").replace("%1", str(len(rows)))
                             .replace("%2", str(candidates)).replace("%3", str(stale)))

    def _on_stages_clicked(self) -> None:
        StagesEditorDialog(self._context, self).exec()

    def _on_filter_changed(self, _index: int) -> None:
        self.refresh()

    def _on_table_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.role_opened.emit(self.model.role_id(index.row()))

    def _on_events_data_changed(self, change: ChangeSet) -> None:
        if change.touches("application", "stage", "role", "company", "candidate"):
            self._dirty = True
            if self.isVisible():
                QTimer.singleShot(0, self._refresh_if_dirty)

    def _refresh_if_dirty(self) -> None:
        if self._dirty:
            self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._refresh_if_dirty()
