"""Table models of the clients page: companies, a company's contacts, a company's roles."""

from __future__ import annotations

from crm.services.client_overview import ClientRow
from ui.kit.value_table import Column, ValueTableModel, number_key
from ui.roles.labels import label, status_labels


class ClientsTableModel(ValueTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.set_columns([
            Column(self.tr("Client"), _client_name),
            Column(self.tr("Industry"), lambda c: c.industry or ""),
            Column(self.tr("City"), lambda c: c.city or ""),
            Column(self.tr("Open\nroles"), lambda c: str(c.open_roles), lambda c: c.open_roles, numeric=True,
                   tooltip=self.tr("Roles still being worked on (lead, active, on hold)")),
            Column(self.tr("Contacts"), lambda c: str(c.contacts), lambda c: c.contacts, numeric=True),
        ])


def _client_name(row: ClientRow) -> str:
    return row.name


class ContactsModel(ValueTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.set_columns([
            Column(self.tr("Name"), lambda c: c.full_name),
            Column(self.tr("Title"), lambda c: c.title or ""),
            Column(self.tr("Email"), lambda c: c.email or ""),
            Column(self.tr("Phone"), lambda c: c.phone or ""),
        ])


class ClientRolesModel(ValueTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        statuses = status_labels()
        self.set_columns([
            Column(self.tr("Reference"), lambda r: r.reference),
            Column(self.tr("Title"), lambda r: r.title),
            Column(self.tr("Status"), lambda r: label(statuses, r.status)),
            Column(self.tr("Days open"), lambda r: "" if r.days_open is None else str(r.days_open),
                   lambda r: number_key(r.days_open), numeric=True),
            Column(self.tr("Candidates"), lambda r: str(r.total), lambda r: r.total, numeric=True),
        ])
