"""The selected client: who they are, their report settings, contacts (add/edit/delete) and roles."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm.services.records import CompanyRecord
from crm.services.role_overview import RoleRow
from ui.clients.models import ClientRolesModel, ContactsModel


def _table(model) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    view.horizontalHeader().setHighlightSections(False)
    return view


class ClientDetail(QStackedWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.placeholder = QLabel(self.tr("Select a client to see their contacts and roles."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setStyleSheet("color: palette(placeholder-text);")
        self.addWidget(self.placeholder)

        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.PlainText)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setTextFormat(Qt.TextFormat.PlainText)
        self.notes.setStyleSheet("color: palette(placeholder-text);")

        self.contacts_title = QLabel()
        self.add_contact_button = QPushButton(self.tr("Add contact…"))
        self.edit_contact_button = QPushButton(self.tr("Edit contact…"))
        self.delete_contact_button = QPushButton(self.tr("Delete contact"))
        contact_bar = QHBoxLayout()
        contact_bar.addWidget(self.contacts_title, 1)
        contact_bar.addWidget(self.add_contact_button)
        contact_bar.addWidget(self.edit_contact_button)
        contact_bar.addWidget(self.delete_contact_button)
        self.contacts_model = ContactsModel(self)
        self.contacts_view = _table(self.contacts_model)
        self.contacts_view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

        self.roles_title = QLabel()
        self.roles_model = ClientRolesModel(self)
        self.roles_view = _table(self.roles_model)
        self.roles_view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.facts)
        layout.addWidget(self.notes)
        layout.addSpacing(6)
        layout.addLayout(contact_bar)
        layout.addWidget(self.contacts_view, 2)
        layout.addSpacing(6)
        layout.addWidget(self.roles_title)
        layout.addWidget(self.roles_view, 3)
        self.addWidget(content)

    def show_client(self, company: CompanyRecord | None, roles: list[RoleRow]) -> None:
        if company is None:
            self.setCurrentIndex(0)
            self.contacts_model.set_rows([])
            self.roles_model.set_rows([])
            return
        name = company.name + (self.tr(" (archived)") if company.archived else "")
        self.heading.setText(name)
        facts = [part for part in (company.industry, company.city, company.website) if part]
        blind = self.tr("blind shortlists") if company.blind_reports else self.tr("named shortlists")
        reports = self.tr("Reports: %1, in Spanish") if company.report_language == "es" else self.tr(
            "Reports: %1, in English")
        facts.append(reports.replace("%1", blind))
        self.facts.setText(" · ".join(facts))
        self.notes.setText(company.notes or "")
        self.notes.setVisible(bool(company.notes))
        self.contacts_model.set_rows(company.contacts)
        self.contacts_title.setText(self.tr("<b>Contacts</b> (%1)").replace("%1", str(len(company.contacts))))
        self.roles_model.set_rows(roles)
        self.roles_title.setText(self.tr("<b>Roles</b> (%1)").replace("%1", str(len(roles))))
        for view, columns in ((self.contacts_view, (0, 1, 3)), (self.roles_view, (0, 2, 3, 4))):
            for column in columns:
                view.resizeColumnToContents(column)
        phone = self.contacts_view.horizontalHeader()
        phone.resizeSection(3, max(phone.sectionSize(3), 130))
        self.setCurrentIndex(1)

    def selected_contact_id(self) -> int | None:
        rows = self.contacts_view.selectionModel().selectedRows()
        return self.contacts_model.value_at(rows[0].row()).id if rows else None
