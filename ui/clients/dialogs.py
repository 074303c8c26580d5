"""Add or edit a client company, and its contacts. Validation messages appear under the fields;
a name that matches an existing client (on the normalised key) offers to open that client."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
)

from crm.domain.errors import Conflict, StaleVersion
from crm.services.records import CompanyRecord, ContactRecord
from ui.context import AppContext
from ui.kit.field_form import FieldForm
from ui.kit.form_save import save_form
from ui.kit.notice import NoticeBar
from ui.kit.window_size import fit_to_screen


class CompanyDialog(QDialog):
    def __init__(self, context: AppContext, company: CompanyRecord | None = None, parent=None):
        super().__init__(parent)
        self._services = context.services
        self.company = company
        self.saved: CompanyRecord | None = None
        self.existing_id: int | None = None  # set when the user chose to open the existing client
        self.setWindowTitle(self.tr("Edit client") if company else self.tr("New client"))
        fit_to_screen(self, 580, 500)
        self.notice = NoticeBar()
        self.form = FieldForm()
        self.name = QLineEdit()
        self.industry = QLineEdit()
        self.website = QLineEdit()
        self.website.setPlaceholderText("https://")
        self.city = QLineEdit()
        self.blind_reports = QCheckBox(self.tr("Send blind shortlists by default (no names or contact details)"))
        self.blind_reports.setChecked(True)
        self.report_language = QComboBox()
        self.report_language.addItem(self.tr("Spanish"), "es")
        self.report_language.addItem(self.tr("English"), "en")
        self.notes = QPlainTextEdit()
        self.notes.setMinimumHeight(80)
        for field, text, widget in (
            ("name", self.tr("Name"), self.name), ("industry", self.tr("Industry"), self.industry),
            ("website", self.tr("Website"), self.website), ("city", self.tr("City"), self.city),
            ("blind_reports", self.tr("Reports"), self.blind_reports),
            ("report_language", self.tr("Report language"), self.report_language),
            ("notes", self.tr("Notes"), self.notes),
        ):
            self.form.add_row(field, text, widget)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addWidget(self.form, 1)
        layout.addWidget(self.buttons)
        if company is not None:
            self._load(company)

    def _load(self, company: CompanyRecord) -> None:
        self.name.setText(company.name)
        self.industry.setText(company.industry or "")
        self.website.setText(company.website or "")
        self.city.setText(company.city or "")
        self.blind_reports.setChecked(company.blind_reports)
        self.report_language.setCurrentIndex(max(0, self.report_language.findData(company.report_language)))
        self.notes.setPlainText(company.notes or "")

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name.text(), "industry": self.industry.text(), "website": self.website.text(),
            "city": self.city.text(), "blind_reports": self.blind_reports.isChecked(),
            "report_language": self.report_language.currentData(), "notes": self.notes.toPlainText(),
        }

    def save(self) -> None:
        companies = self._services.companies

        def store() -> CompanyRecord:
            if self.company is None:
                return companies.create(self.values())
            return companies.update(self.company.id, self.company.version, self.values())

        try:
            saved = save_form(self.form, self.notice, store)
        except Conflict as exc:
            self._explain_duplicate(exc.existing_id)
            return
        except StaleVersion:
            self.notice.show_message(
                self.tr("This client was changed elsewhere since you opened it, so your changes were not saved. "
                        "Reload it, then apply your changes again."),
                action_text=self.tr("Reload"), action=self._on_notice_reload)
            return
        if saved is not None:
            self.saved = saved
            self.accept()

    def _explain_duplicate(self, existing_id: int | None) -> None:
        existing = self._services.companies.get(existing_id) if existing_id else None
        name = existing.name if existing else self.name.text()
        self.form.show_error("name", self.tr("The client “%1” already exists.").replace("%1", name))
        self.notice.show_message(
            self.tr("“%1” is the same client as “%2” (names are compared without case, punctuation or legal "
                    "form).").replace("%1", self.name.text().strip()).replace("%2", name),
            kind="info", action_text=self.tr("Open %1").replace("%1", name),
            action=lambda: self._on_notice_open_existing(existing_id))

    def _on_notice_open_existing(self, existing_id: int | None) -> None:
        self.existing_id = existing_id
        self.reject()

    def _on_notice_reload(self) -> None:
        if self.company is not None:
            self.company = self._services.companies.get(self.company.id)
            self._load(self.company)
            self.notice.show_message(self.tr("Reloaded the current version."), kind="info")


class ContactDialog(QDialog):
    def __init__(self, context: AppContext, company_id: int, contact: ContactRecord | None = None, parent=None):
        super().__init__(parent)
        self._services = context.services
        self.company_id = company_id
        self.contact = contact
        self.saved: ContactRecord | None = None
        self.setWindowTitle(self.tr("Edit contact") if contact else self.tr("New contact"))
        self.resize(460, 300)
        self.notice = NoticeBar()
        self.form = FieldForm()
        self.first_name = QLineEdit()
        self.last_name = QLineEdit()
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("e.g. CTO, Talent Acquisition"))
        self.email = QLineEdit()
        self.phone = QLineEdit()
        self.phone.setPlaceholderText("+34 600 000 000")
        for field, text, widget in (
            ("first_name", self.tr("First name"), self.first_name), ("last_name", self.tr("Last name"), self.last_name),
            ("title", self.tr("Job title"), self.title), ("email", self.tr("Email"), self.email),
            ("phone", self.tr("Phone"), self.phone),
        ):
            self.form.add_row(field, text, widget)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addWidget(self.form, 1)
        layout.addWidget(self.buttons)
        if contact is not None:
            self.first_name.setText(contact.first_name)
            self.last_name.setText(contact.last_name)
            self.title.setText(contact.title or "")
            self.email.setText(contact.email or "")
            self.phone.setText(contact.phone or "")

    def values(self) -> dict[str, Any]:
        return {"first_name": self.first_name.text(), "last_name": self.last_name.text(), "title": self.title.text(),
                "email": self.email.text(), "phone": self.phone.text()}

    def save(self) -> None:
        companies = self._services.companies

        def store() -> ContactRecord:
            if self.contact is None:
                return companies.add_contact(self.company_id, self.values())
            return companies.update_contact(self.contact.id, self.contact.version, self.values())

        try:
            saved = save_form(self.form, self.notice, store)
        except StaleVersion:
            self.notice.show_message(self.tr("This contact was changed elsewhere since you opened it, so your "
                                             "changes were not saved. Close and open it again."))
            return
        if saved is not None:
            self.saved = saved
            self.accept()
