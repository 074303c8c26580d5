"""The question before an import is undone, from its report or from Import history."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def confirm_undo(parent: QWidget, filename: str) -> bool:
    """True when the user says yes: a click is no decision to undo, nor is Enter (No is the default: one
    stray Enter deleted all an import had created)."""
    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("ImportDialog", "Undo import"),
        QCoreApplication.translate("ImportDialog", "Undo the import of %1? What it created is deleted and what it "
                                                   "changed is put back as it was before.").replace("%1", filename),
        buttons, QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes
