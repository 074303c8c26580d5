"""The candidate's rights from the GUI: "Export this person's data..." and "Erase this person...".

`PersonRightsActions(context, parent)` holds two QActions; the candidate view sets
`candidate_id` (or calls `export_person` / `erase_person` directly) and adds the actions to its
menu or context menu.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from crm.safety import erasure, rights_export
from ui.context import AppContext, ChangeSet

CONFIRM_WORD = "ERASE"


class PersonRightsActions(QObject):
    exported = Signal(object)  # PersonExport
    erased = Signal(object)  # ErasureResult
    failed = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._context = context
        self._parent = parent
        self.candidate_id: int | None = None
        self.export_action = QAction(self.tr("Export this person's data..."), self)
        self.export_action.triggered.connect(self._on_export_action_triggered)
        self.erase_action = QAction(self.tr("Erase this person..."), self)
        self.erase_action.triggered.connect(self._on_erase_action_triggered)

    def _on_export_action_triggered(self) -> None:
        if self.candidate_id is None:
            return
        target, _ = QFileDialog.getSaveFileName(self._parent, self.tr("Export this person's data"),
                                                f"candidate-{self.candidate_id}.zip", self.tr("Zip files (*.zip)"))
        if target:
            self.export_person(self.candidate_id, Path(target))

    def export_person(self, candidate_id: int, target: Path) -> None:
        store = self._context.services.store
        self._context.tasks.start(lambda progress, token: rights_export.export_person(store, candidate_id, target),
                                  writes=False, on_success=self.exported.emit, on_failure=self._on_task_failed,
                                  parent=self)

    def _on_erase_action_triggered(self) -> None:
        if self.candidate_id is None:
            return
        word, ok = QInputDialog.getText(self._parent, self.tr("Erase this person"), self.tr(
            "This removes the person everywhere: details, applications, activities, attachments and CV text. "
            "Only anonymous counts remain, and a later import of the same email, phone or profile is skipped. "
            "It cannot be undone.\n\nType %1 to confirm.").replace("%1", CONFIRM_WORD), QLineEdit.EchoMode.Normal)
        if ok and word.strip().upper() == CONFIRM_WORD:
            self.erase_person(self.candidate_id)

    def erase_person(self, candidate_id: int) -> None:
        store = self._context.services.store
        self._context.tasks.start(lambda progress, token: erasure.erase(store, [candidate_id]),
                                  on_success=self._on_erase_succeeded, on_failure=self._on_task_failed, parent=self)

    def _on_erase_succeeded(self, result) -> None:
        self._context.events.emit_change(ChangeSet.of("candidate", "application", ids=list(result.candidate_ids)))
        self.erased.emit(result)
        if result.recipients and self._parent is not None:
            QMessageBox.information(self._parent, self.tr("Erased"), self.tr(
                "The person was erased. These clients received their data and should be told: %1")
                .replace("%1", ", ".join(result.recipients)))

    def _on_task_failed(self, message: str, _details: str) -> None:
        self.failed.emit(message)
        if self._parent is not None:
            QMessageBox.warning(self._parent, self.tr("Not done"), message)
