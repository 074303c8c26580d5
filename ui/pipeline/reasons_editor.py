"""A small dialog to edit the list of rejection reasons."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm.domain.errors import CrmError
from crm.services.stages import StagesService
from ui.context import AppContext, ChangeSet

ReasonIdRole = Qt.ItemDataRole.UserRole + 1


class ReasonsEditorDialog(QDialog):
    """Edit in place (double-click or F2), add, remove, reorder; saved in one go with Save."""

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.service = StagesService(context.services.store)
        self.setWindowTitle(self.tr("Rejection reasons"))
        self.resize(420, 380)
        self.reasons = QListWidget()
        for reason_id, label in self.service.reasons():
            self._add_item(reason_id, label)
        side = QVBoxLayout()
        for text, slot in ((self.tr("Add"), self.add_reason), (self.tr("Remove"), self.remove_reason),
                           (self.tr("Move up"), lambda: self._shift(-1)), (self.tr("Move down"), lambda: self._shift(1))):
            button = QPushButton(text)
            button.clicked.connect(slot)
            side.addWidget(button)
        side.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.reasons, 1)
        body.addLayout(side)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Reasons offered when a candidate is rejected. Double-click to rename.")))
        layout.addLayout(body, 1)
        layout.addWidget(buttons)

    def _add_item(self, reason_id: int | None, label: str) -> QListWidgetItem:
        item = QListWidgetItem(label)
        item.setData(ReasonIdRole, reason_id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.reasons.addItem(item)
        return item

    def add_reason(self) -> None:
        item = self._add_item(None, self.tr("New reason"))
        self.reasons.setCurrentItem(item)
        self.reasons.editItem(item)

    def remove_reason(self) -> None:
        row = self.reasons.currentRow()
        if row >= 0:
            self.reasons.takeItem(row)

    def _shift(self, direction: int) -> None:
        row = self.reasons.currentRow()
        if row < 0 or not 0 <= row + direction < self.reasons.count():
            return
        item = self.reasons.takeItem(row)
        self.reasons.insertItem(row + direction, item)
        self.reasons.setCurrentRow(row + direction)

    def labels(self) -> list[tuple[int | None, str]]:
        return [(self.reasons.item(i).data(ReasonIdRole), self.reasons.item(i).text())
                for i in range(self.reasons.count())]

    def save(self) -> None:
        try:
            self.service.save_reasons(self.labels())
        except CrmError as exc:
            QMessageBox.warning(self, self.tr("Cannot save the reasons"), str(exc))
            return
        self.context.events.emit_change(ChangeSet.of("stage"))
        self.accept()
