"""Add or edit a role. The services validate; their messages appear under the fields."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from crm.domain.errors import Conflict, StaleVersion
from crm.domain.skills import canonical_list
from crm.services.records import RoleRecord
from ui.context import AppContext
from ui.kit.field_form import FieldForm
from ui.kit.form_save import save_form
from ui.kit.notice import NoticeBar
from ui.kit.window_size import fit_to_screen
from ui.roles.labels import remote_labels, seniority_labels, status_labels

CLOSED_STATUSES = ("filled", "closed", "cancelled")


def split_skills(text: str) -> list[str]:
    return [part.strip() for part in re.split(r"[,;\n]", text) if part.strip()]


def plain_number(text: str) -> str:
    """'45.000 €', '45 000' and '45k' as a recruiter types them; anything else goes to validation as typed."""
    cleaned = re.sub(r"[\s.€]", "", text.strip())
    if re.fullmatch(r"\d+[kK]", cleaned):
        return str(int(cleaned[:-1]) * 1000)
    return cleaned if cleaned.isdigit() else text.strip()


class SkillsEdit(QWidget):
    """Comma-separated skills, with the canonical names they will be saved as shown underneath."""

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("e.g. python, django, postgres"))
        self.preview = QLabel()
        self.preview.setStyleSheet("color: palette(placeholder-text);")
        self.preview.setWordWrap(True)
        layout.addWidget(self.edit)
        layout.addWidget(self.preview)
        self.edit.textChanged.connect(self._on_edit_text_changed)

    def names(self) -> list[str]:
        return split_skills(self.edit.text())

    def set_names(self, names: list[str]) -> None:
        self.edit.setText(", ".join(names))

    def _on_edit_text_changed(self, text: str) -> None:
        canonical = [name for _, name in canonical_list(split_skills(text))]
        self.preview.setText(self.tr("Saved as: %1").replace("%1", ", ".join(canonical)) if canonical else "")


class RoleDialog(QDialog):
    def __init__(self, context: AppContext, role: RoleRecord | None = None, parent=None,
                 company_id: int | None = None):
        super().__init__(parent)
        self._services = context.services
        self.role = role
        self.saved: RoleRecord | None = None
        self.setWindowTitle(self.tr("Edit role %1").replace("%1", role.reference) if role else self.tr("New role"))
        fit_to_screen(self, 640, 730)

        self.notice = NoticeBar()
        self.form = FieldForm()
        self.client = QComboBox()
        self.contact = QComboBox()
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(self.tr("Automatic (e.g. VAC-2026-001)"))
        self.title = QLineEdit()
        self.status = _choice(status_labels(), empty=False)
        self.seniority = _choice(seniority_labels(), empty=True)
        self.location = QLineEdit()
        self.remote = _choice(remote_labels(), empty=True)
        self.salary_min = QLineEdit()
        self.salary_min.setPlaceholderText(self.tr("e.g. 45000"))
        self.salary_max = QLineEdit()
        self.salary_max.setPlaceholderText(self.tr("e.g. 55000"))
        self.openings = QSpinBox()
        self.openings.setRange(1, 999)
        self.opened_on = QDateEdit(QDate.currentDate())
        self.opened_on.setCalendarPopup(True)
        self.opened_on.setDisplayFormat("dd/MM/yyyy")
        self.opened_on.setMaximumDate(QDate.currentDate().addYears(1))
        self.fee = QLineEdit()
        self.fee.setPlaceholderText(self.tr("e.g. 18"))
        self.required = SkillsEdit()
        self.nice = SkillsEdit()
        self.description = QPlainTextEdit()
        self.description.setMinimumHeight(60)

        rows: list[tuple[str, str, QWidget]] = [
            ("company_id", self.tr("Client"), self.client),
            ("contact_id", self.tr("Contact"), self.contact),
            ("title", self.tr("Title"), self.title),
            ("reference", self.tr("Reference"), self.reference),
            ("status", self.tr("Status"), self.status),
            ("seniority", self.tr("Seniority"), self.seniority),
            ("location", self.tr("Location"), self.location),
            ("remote_policy", self.tr("Remote"), self.remote),
            ("salary_min", self.tr("Salary from (€/year)"), self.salary_min),
            ("salary_max", self.tr("Salary to (€/year)"), self.salary_max),
            ("openings", self.tr("Openings"), self.openings),
            ("opened_on", self.tr("Opened on"), self.opened_on),
            ("fee_percent", self.tr("Fee (%)"), self.fee),
            ("required_skills", self.tr("Required skills"), self.required),
            ("nice_skills", self.tr("Nice to have"), self.nice),
            ("description", self.tr("Description"), self.description),
        ]
        for field, text, widget in rows:
            self.form.add_row(field, text, widget)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)

        self._fill_clients(role.company_id if role else company_id)
        self.client.currentIndexChanged.connect(self._on_client_current_index_changed)
        self._on_client_current_index_changed()
        if role is not None:
            self._load(role)
        else:
            self.status.setCurrentIndex(self.status.findData("active"))
        self.title.setFocus()

    # ---- filling ---------------------------------------------------------------------------------
    def _fill_clients(self, selected: int | None) -> None:
        self.client.addItem(self.tr("Choose a client…"), None)
        for company in self._services.companies.list_all(include_archived=True):
            if company.archived and company.id != selected:
                continue
            self.client.addItem(company.name, company.id)
        if selected is not None:
            self.client.setCurrentIndex(max(0, self.client.findData(selected)))

    def _on_client_current_index_changed(self, _index: int = 0) -> None:
        keep = self.contact.currentData()
        self.contact.clear()
        self.contact.addItem(self.tr("(no contact)"), None)
        company_id = self.client.currentData()
        if company_id is not None:
            for contact in self._services.companies.get(company_id).contacts:
                text = contact.full_name or contact.email or ""
                self.contact.addItem(f"{text} — {contact.title}" if contact.title else text, contact.id)
        self.contact.setCurrentIndex(max(0, self.contact.findData(keep)))

    def _load(self, role: RoleRecord) -> None:
        self.contact.setCurrentIndex(max(0, self.contact.findData(role.contact_id)))
        self.reference.setText(role.reference)
        self.title.setText(role.title)
        self.status.setCurrentIndex(max(0, self.status.findData(role.status)))
        self.seniority.setCurrentIndex(max(0, self.seniority.findData(role.seniority or "")))
        self.location.setText(role.location or "")
        self.remote.setCurrentIndex(max(0, self.remote.findData(role.remote_policy or "")))
        self.salary_min.setText("" if role.salary_min is None else str(role.salary_min))
        self.salary_max.setText("" if role.salary_max is None else str(role.salary_max))
        self.openings.setValue(role.openings)
        if role.opened_on is not None:
            self.opened_on.setDate(QDate(role.opened_on.year, role.opened_on.month, role.opened_on.day))
        self.fee.setText("" if role.fee_percent is None else f"{role.fee_percent:g}")
        self.required.set_names([s.name for s in role.required_skills])
        self.nice.set_names([s.name for s in role.nice_skills])
        self.description.setPlainText(role.description or "")

    # ---- saving ----------------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        status = self.status.currentData()
        values: dict[str, Any] = {
            "company_id": self.client.currentData(), "contact_id": self.contact.currentData(),
            "title": self.title.text(), "reference": self.reference.text(), "status": status,
            "seniority": self.seniority.currentData(), "location": self.location.text(),
            "remote_policy": self.remote.currentData(), "salary_min": plain_number(self.salary_min.text()),
            "salary_max": plain_number(self.salary_max.text()), "openings": self.openings.value(),
            "opened_on": self.opened_on.date().toPython(),
            "fee_percent": self.fee.text().strip(), "description": self.description.toPlainText(),
        }
        was_closed = self.role is not None and self.role.status in CLOSED_STATUSES
        if status in CLOSED_STATUSES and not was_closed:
            values["closed_on"] = date.today()
        elif status not in CLOSED_STATUSES and was_closed:
            values["closed_on"] = None
        if self.role is not None and not values["reference"]:
            values.pop("reference")
        return values

    def save(self) -> None:
        required, nice = self.required.names(), self.nice.names()
        roles = self._services.roles

        def store() -> RoleRecord:
            if self.role is None:
                return roles.create(self.values(), required, nice)
            return roles.update(self.role.id, self.role.version, self.values(), required, nice)

        try:
            saved = save_form(self.form, self.notice, store)
        except StaleVersion:
            self.notice.show_message(
                self.tr("This role was changed elsewhere since you opened it, so your changes were not saved. "
                        "Reload it to see the current version, then apply your changes again."),
                action_text=self.tr("Reload"), action=self._on_notice_reload)
            return
        except Conflict:
            self.form.show_error("reference", self.tr("Another role already uses this reference."))
            return
        if saved is not None:
            self.saved = saved
            self.accept()

    def _on_notice_reload(self) -> None:
        if self.role is None:
            return
        self.role = self._services.roles.get(self.role.id)
        self._load(self.role)
        self.notice.show_message(self.tr("Reloaded the current version."), kind="info")


def _choice(labels: dict[str, str], *, empty: bool) -> QComboBox:
    box = QComboBox()
    if empty:
        box.addItem("—", "")
    for value, text in labels.items():
        box.addItem(text, value)
    return box
