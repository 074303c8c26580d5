"""Put candidates on a role, from the candidates view (selection or search results) or from a board.

Before adding, the submission guard looks for a submission of the same person to the same client in
the last six months; the recruiter sees when and for which role, and decides.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from crm.domain.base import utcnow
from crm.domain.errors import CrmError
from crm.services.board import BoardService
from crm.services.submission_guard import PriorSubmission, SubmissionGuard
from ui.context import AppContext, ChangeSet


def add_candidates_to_role(context: AppContext, candidate_ids: Sequence[int], parent: QWidget | None = None,
                           role_id: int | None = None, now: Callable[[], datetime] = utcnow) -> list[int]:
    """Ask for the role (unless given), warn about recent submissions to the same client, add.

    Returns the ids of the applications created (empty when the user cancelled)."""
    ids = list(dict.fromkeys(candidate_ids))
    if not ids:
        return []
    store = context.services.store
    if role_id is None:
        picker = RolePickerDialog(BoardService(store, now), len(ids), parent)
        if picker.exec() != QDialog.DialogCode.Accepted or picker.role_id() is None:
            return []
        role_id = picker.role_id()
    priors = SubmissionGuard(store, now).check(ids, role_id)
    if priors:
        names = {hit.id: hit.name for hit in BoardService(store, now).candidates_by_ids(priors)}
        warning = DoubleSubmissionDialog(priors, names, len(ids), parent)
        choice = warning.exec()
        if choice == DoubleSubmissionDialog.CANCEL:
            return []
        if choice == DoubleSubmissionDialog.ONLY_OTHERS:
            ids = [i for i in ids if i not in priors]
    if not ids:
        return []
    try:
        added, skipped = context.services.pipeline.add_many(ids, role_id)
    except CrmError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("AddCandidates", "Could not add to the pipeline"), str(exc))
        return []
    if added:
        context.events.emit_change(ChangeSet.of("application", ids=added))
    if skipped and not added:
        QMessageBox.information(parent, QCoreApplication.translate("AddCandidates", "Already on the role"),
                                QCoreApplication.translate("AddCandidates", "The chosen candidates are already in this role's pipeline."))
    return added


class RolePickerDialog(QDialog):
    """Which open role to add the candidates to."""

    def __init__(self, board: BoardService, count: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add to a role's pipeline"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Add %1 candidate(s) to:").replace("%1", str(count))))
        self.roles = QComboBox()
        for row in board.overview():
            role = row.role
            self.roles.addItem(f"{role.client} · {role.title} ({role.reference})", role.id)
        layout.addWidget(self.roles)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.roles.count() > 0)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def role_id(self) -> int | None:
        return self.roles.currentData()


class DoubleSubmissionDialog(QDialog):
    """Warns that a candidate went to the same client recently; the recruiter may still go on."""

    CANCEL, ADD_ALL, ONLY_OTHERS = 0, 1, 2

    def __init__(self, priors: dict[int, list[PriorSubmission]], names: dict[int, str], total: int,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("doubleSubmissionWarning")
        self.setWindowTitle(self.tr("Already submitted to this client"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        lines = []
        for candidate_id, found in priors.items():
            for prior in found:
                lines.append(self.tr("%1 was submitted to %2 for %3 (%4) on %5.")
                             .replace("%1", names.get(candidate_id, f"#{candidate_id}"))
                             .replace("%2", prior.client).replace("%3", prior.role_title)
                             .replace("%4", prior.role_reference)
                             .replace("%5", prior.submitted_at.strftime("%d/%m/%Y")))
        intro = QLabel(self.tr("Submitting the same person to the same client twice within six months "
                               "can lead to a fee dispute."))
        intro.setWordWrap(True)
        self.details = QLabel("\n".join(lines))
        self.details.setObjectName("priorSubmissions")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(intro)
        layout.addWidget(self.details)
        buttons = QDialogButtonBox()
        self.add_all = buttons.addButton(self.tr("Add anyway"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.add_all.clicked.connect(lambda: self.done(self.ADD_ALL))
        if total > len(priors):
            others = buttons.addButton(self.tr("Add only the others"), QDialogButtonBox.ButtonRole.ActionRole)
            others.clicked.connect(lambda: self.done(self.ONLY_OTHERS))
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.clicked.connect(lambda: self.done(self.CANCEL))
        layout.addWidget(buttons)
