"""Candidates whose retention has ended or whose consent is missing, with bulk actions:
ask again (an email draft), keep longer with a reason, anonymise."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm.safety import consent
from ui.context import AppContext, ChangeSet
from ui.kit.value_table import Column, ValueTableModel
from ui.safety.models import translate

REASONS = {consent.RETENTION_ENDED: QT_TRANSLATE_NOOP("safety", "retention ended"),
           consent.CONSENT_MISSING: QT_TRANSLATE_NOOP("safety", "consent missing")}
BASES = {"applied_to_role": QT_TRANSLATE_NOOP("safety", "applied to a role"),
         "consent_future_roles": QT_TRANSLATE_NOOP("safety", "consent for future roles"),
         "legitimate_interest": QT_TRANSLATE_NOOP("safety", "legitimate interest")}


def _day(value: date | None) -> str:
    return value.isoformat() if value else "-"


def retention_columns() -> list[Column]:
    return [
        Column(QCoreApplication.translate("safety", "Name"), lambda r: r.name or f"#{r.id}"),
        Column(QCoreApplication.translate("safety", "Email"), lambda r: r.email or "-"),
        Column(QCoreApplication.translate("safety", "Lawful basis"),
               lambda r: translate(BASES[r.lawful_basis]) if r.lawful_basis in BASES else "-"),
        Column(QCoreApplication.translate("safety", "Consent date"), lambda r: _day(r.consent_date),
               lambda r: r.consent_date or date.min),
        Column(QCoreApplication.translate("safety", "Last activity"), lambda r: _day(r.last_activity),
               lambda r: r.last_activity or date.min),
        Column(QCoreApplication.translate("safety", "Retention end"), lambda r: _day(r.retention_end),
               lambda r: r.retention_end),
        Column(QCoreApplication.translate("safety", "Why"), lambda r: ", ".join(translate(REASONS[x]) for x in r.reasons)),
    ]


class ExtendDialog(QDialog):
    """Until when, and why (the reason is kept in the audit log)."""

    def __init__(self, count: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keep longer"))
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("Keep the data of %n candidate(s) until:", "", count)))
        self.until = QDateEdit(QDate.currentDate().addYears(1))
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat("yyyy-MM-dd")
        form.addRow(self.tr("Until:"), self.until)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("e.g. in process for VAC-2026-004"))
        form.addRow(self.tr("Reason:"), self.reason)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(self._on_reason_text_changed)
        self._on_reason_text_changed("")
        form.addRow(self.buttons)

    def _on_reason_text_changed(self, text: str) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(text.strip()))

    def values(self) -> tuple[date, str]:
        return self.until.date().toPython(), self.reason.text().strip()


class RetentionPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None, today=None):
        super().__init__(parent)
        self._context = context
        self._today = today or (lambda: datetime.now(UTC).date())
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Consent and retention"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.summary_label)
        self.model = ValueTableModel(self)
        self.model.set_columns(retention_columns())
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Soonest deadline first, as the core returns them; the user can re-sort by any column.
        self.table.horizontalHeader().setSortIndicator(5, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.ask_button = QPushButton(self.tr("Ask again (email)..."))
        self.ask_button.clicked.connect(self._on_ask_clicked)
        self.extend_button = QPushButton(self.tr("Keep longer..."))
        self.extend_button.clicked.connect(self._on_extend_clicked)
        self.anonymise_button = QPushButton(self.tr("Anonymise..."))
        self.anonymise_button.clicked.connect(self._on_anonymise_clicked)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        for button in (self.ask_button, self.extend_button, self.anonymise_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_button)
        layout.addLayout(buttons)
        self.last_mailto = ""
        context.events.data_changed.connect(self._on_events_data_changed)
        self.refresh()

    def refresh(self) -> None:
        rows = consent.due(self._context.services.store, self._today())
        self.model.set_rows(rows)
        header = self.table.horizontalHeader()
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        ended = sum(consent.RETENTION_ENDED in r.reasons for r in rows)
        missing = sum(consent.CONSENT_MISSING in r.reasons for r in rows)
        self.summary_label.setText(self.tr(
            "%1 candidates need a decision: %2 past their retention date, %3 without a recorded consent. "
            "Ask them again, keep them longer with a reason, or anonymise them.")
            .replace("%1", str(len(rows))).replace("%2", str(ended)).replace("%3", str(missing)))
        self._on_selection_changed()

    def selected(self) -> list:
        return [self.model.value_at(index.row()) for index in self.table.selectionModel().selectedRows()]

    def _on_events_data_changed(self, change: ChangeSet) -> None:
        if change.touches("candidate"):
            self.refresh()

    def _on_selection_changed(self, *_args) -> None:
        chosen = bool(self.table.selectionModel().selectedRows())
        for button in (self.ask_button, self.extend_button, self.anonymise_button):
            button.setEnabled(chosen)

    def _on_ask_clicked(self) -> None:
        rows = self.selected()
        self.last_mailto = consent.mailto_draft(rows, self.tr("May we keep your details?"), self.tr(
            "Hello,\n\nWe keep your CV and contact details to tell you about IT roles that may suit you. "
            "Please reply to confirm that we may keep them, or ask us to delete them.\n\nThank you."))
        QDesktopServices.openUrl(QUrl(self.last_mailto))

    def _on_extend_clicked(self) -> None:
        rows = self.selected()
        dialog = ExtendDialog(len(rows), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        until, reason = dialog.values()
        self.extend(rows, until, reason)

    def extend(self, rows: list, until: date, reason: str) -> None:
        store = self._context.services.store
        ids = [r.id for r in rows]
        self._context.tasks.start(lambda progress, token: consent.extend(store, ids, until, reason),
                                  on_success=lambda _n: self._changed(ids), on_failure=self._on_task_failed,
                                  parent=self)

    def _on_anonymise_clicked(self) -> None:
        rows = self.selected()
        answer = QMessageBox.question(self, self.tr("Anonymise"), self.tr(
            "Remove %1 candidate(s) and everything held about them? Only anonymous counts are kept. "
            "This cannot be undone.").replace("%1", str(len(rows))))
        if answer == QMessageBox.StandardButton.Yes:
            self.anonymise(rows)

    def anonymise(self, rows: list) -> None:
        store = self._context.services.store
        ids = [r.id for r in rows]
        self._context.tasks.start(lambda progress, token: consent.anonymise(store, ids),
                                  on_success=lambda _result: self._changed(ids), on_failure=self._on_task_failed,
                                  parent=self)

    def _changed(self, ids: list[int]) -> None:
        self._context.events.emit_change(ChangeSet.of("candidate", "application", ids=ids))

    def _on_task_failed(self, message: str, _details: str) -> None:
        QMessageBox.warning(self, self.tr("Not done"), message)
