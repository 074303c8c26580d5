"""The audit log, read-only: who did what and when (ids and counts, never personal values)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm.safety import audit
from ui.context import AppContext
from ui.kit.value_table import Column, ValueTableModel
from ui.kit.window_size import fit_to_screen
from ui.safety.audit_text import details_text, record_text
from ui.safety.models import translate

ACTION_NAMES = {"export_person": QT_TRANSLATE_NOOP("safety", "exported a person's data"),
                "erase": QT_TRANSLATE_NOOP("safety", "erased"), "import": QT_TRANSLATE_NOOP("safety", "imported"),
                "undo_import": QT_TRANSLATE_NOOP("safety", "undid an import"),
                "restore": QT_TRANSLATE_NOOP("safety", "restored a backup"),
                "merge": QT_TRANSLATE_NOOP("safety", "merged"),
                "migration": QT_TRANSLATE_NOOP("safety", "updated the database"),
                "retention_extend": QT_TRANSLATE_NOOP("safety", "kept longer"),
                "anonymise": QT_TRANSLATE_NOOP("safety", "anonymised"),
                "export": QT_TRANSLATE_NOOP("safety", "exported")}


def audit_columns() -> list[Column]:
    return [
        Column(QCoreApplication.translate("safety", "When"), lambda e: e.at.astimezone().strftime("%Y-%m-%d %H:%M:%S"), lambda e: e.at),
        Column(QCoreApplication.translate("safety", "Who"), lambda e: e.actor),
        Column(QCoreApplication.translate("safety", "Action"), lambda e: translate(ACTION_NAMES.get(e.action, e.action))),
        Column(QCoreApplication.translate("safety", "Record"), lambda e: record_text(e.entity, e.entity_id)),
        Column(QCoreApplication.translate("safety", "Details"), lambda e: details_text(e.action, e.details)),
    ]


class AuditDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Audit log"))
        fit_to_screen(self, 860, 480)
        layout = QVBoxLayout(self)
        self.model = ValueTableModel(self)
        self.model.set_columns(audit_columns())
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        layout.addWidget(close)
        with context.services.store.sessions() as session:
            self.model.set_rows(audit.entries(session, limit=2000))
