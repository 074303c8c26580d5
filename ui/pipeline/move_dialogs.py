"""Questions a move asks: why a candidate is rejected, when and for what fee they start, a note."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.kit.stage_names import rejection_label


@dataclass(frozen=True)
class MoveDetails:
    """What the user told us about a move (all optional except what the target stage requires)."""

    note: str | None = None
    rejection_reason: str | None = None
    rejected_by: str | None = None
    placed_start_date: date | None = None
    placed_fee: int | None = None


class _MoveDialog(QDialog):
    def __init__(self, title: str, intro: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        self._layout = QVBoxLayout(self)
        label = QLabel(intro)
        label.setWordWrap(True)
        self._layout.addWidget(label)
        self.form = QFormLayout()
        self._layout.addLayout(self.form)
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(QCoreApplication.translate("MoveDialog", "Optional; kept in the role's history"))
        self.note.setFixedHeight(80)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _finish(self) -> None:
        self.form.addRow(QCoreApplication.translate("MoveDialog", "Note"), self.note)
        self._layout.addWidget(self.buttons)

    def note_text(self) -> str | None:
        return self.note.toPlainText().strip() or None


class NoteDialog(_MoveDialog):
    def __init__(self, candidate: str, stage: str, parent: QWidget | None = None):
        super().__init__(self.tr("Move with a note"),
                         self.tr("Move %1 to %2.").replace("%1", candidate).replace("%2", stage), parent)
        self._finish()
        self.note.setFocus()

    def details(self) -> MoveDetails:
        return MoveDetails(note=self.note_text())


class RejectDialog(_MoveDialog):
    def __init__(self, candidate: str, stage: str, reasons: list[str], parent: QWidget | None = None):
        super().__init__(self.tr("Reject candidate"),
                         self.tr("Why is %1 moving to %2?").replace("%1", candidate).replace("%2", stage), parent)
        self.reason = QComboBox()
        for reason in reasons:  # shown in the user's language, stored as the database has it
            self.reason.addItem(rejection_label(reason), reason)
        self.reason.setObjectName("rejectionReason")
        self.rejected_by = QComboBox()
        for value, text in (("client", self.tr("The client")), ("agency", self.tr("Us (the agency)")),
                            ("candidate", self.tr("The candidate"))):
            self.rejected_by.addItem(text, value)
        self.form.addRow(self.tr("Reason"), self.reason)
        self.form.addRow(self.tr("Decided by"), self.rejected_by)
        self._finish()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Reject"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(reasons))

    def details(self) -> MoveDetails:
        return MoveDetails(note=self.note_text(), rejection_reason=self.reason.currentData(),
                           rejected_by=self.rejected_by.currentData())


class PlacementDialog(_MoveDialog):
    def __init__(self, candidate: str, stage: str, suggested_fee: int | None, parent: QWidget | None = None):
        super().__init__(self.tr("Placement"),
                         self.tr("%1 is moving to %2. When do they start, and what is the fee?")
                         .replace("%1", candidate).replace("%2", stage), parent)
        self.start = QDateEdit(QDate.currentDate().addDays(30))
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("dd/MM/yyyy")
        self.fee = QSpinBox()
        self.fee.setRange(0, 1_000_000)
        self.fee.setSingleStep(500)
        self.fee.setSuffix(" €")
        self.fee.setValue(suggested_fee or 0)
        self.form.addRow(self.tr("Start date"), self.start)
        self.form.addRow(self.tr("Fee"), self.fee)
        self._finish()

    def details(self) -> MoveDetails:
        return MoveDetails(note=self.note_text(), placed_start_date=self.start.date().toPython(),
                           placed_fee=self.fee.value() or None)
