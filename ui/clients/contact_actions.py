"""Adding, editing and deleting the selected client's contacts, each undoable."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMenu

from crm.domain.errors import CrmError
from crm.services.records import ContactRecord
from ui.clients.commands import AddContactCommand, DeleteContactCommand, EditContactCommand, linked_roles
from ui.clients.dialogs import ContactDialog
from ui.context import AppContext
from ui.kit.undo import IdMap

if TYPE_CHECKING:
    from ui.clients.page import ClientsPage


class ContactActions(QObject):
    def __init__(self, context: AppContext, page: ClientsPage):
        super().__init__(page)
        self._context = context
        self._services = context.services
        self._page = page
        self._ids = IdMap()  # contacts re-created by undo get new ids
        detail = page.detail
        detail.add_contact_button.clicked.connect(self.add)
        detail.edit_contact_button.clicked.connect(self.edit)
        detail.delete_contact_button.clicked.connect(self.delete)
        detail.contacts_view.doubleClicked.connect(self.edit)
        detail.contacts_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        detail.contacts_view.customContextMenuRequested.connect(self._on_contacts_view_custom_context_menu_requested)

    def add(self) -> None:
        company_id = self._page.selected_company_id()
        if company_id is not None:
            self._open(ContactDialog(self._context, company_id, parent=self._page))

    def edit(self) -> None:
        contact = self._selected_contact()
        if contact is not None:
            self._open(ContactDialog(self._context, contact.company_id, contact, parent=self._page))

    def delete(self) -> None:
        contact = self._selected_contact()
        if contact is None:
            return
        linked = linked_roles(self._services, contact.company_id, contact.id)
        try:
            self._services.companies.delete_contact(contact.id)
        except CrmError as exc:
            self._page.notice.show_message(str(exc))
            return
        name = contact.full_name or contact.email or ""
        text = self.tr("Delete contact %1").replace("%1", name)
        self._page.push(DeleteContactCommand(self._services, self._ids, contact, linked, text,
                                             self._page.on_command_report))
        self._page.notice.show_message(self.tr("%1 deleted. Undo with Ctrl+Z.").replace("%1", name), kind="info")

    def _selected_contact(self) -> ContactRecord | None:
        company = self._page.selected_company()
        contact_id = self._page.detail.selected_contact_id()
        contact = next((c for c in company.contacts if c.id == contact_id), None) if company else None
        if company is not None and contact is None:
            self._page.notice.show_message(self.tr("Select a contact first."), kind="info")
        return contact

    def _open(self, dialog: ContactDialog) -> None:
        self._page.dialog = dialog
        dialog.accepted.connect(lambda: self._on_dialog_accepted(dialog))
        dialog.open()

    def _on_dialog_accepted(self, dialog: ContactDialog) -> None:
        self._page.dialog = None
        saved = dialog.saved
        if saved is None:
            return
        name = saved.full_name or saved.email or ""
        report = self._page.on_command_report
        if dialog.contact is None:
            text = self.tr("Add contact %1").replace("%1", name)
            command = AddContactCommand(self._services, self._ids, saved, text, report)
        else:
            text = self.tr("Edit contact %1").replace("%1", name)
            command = EditContactCommand(self._services, self._ids, dialog.contact, saved, text, report)
        self._page.push(command)

    def _on_contacts_view_custom_context_menu_requested(self, position) -> None:
        view = self._page.detail.contacts_view
        menu = QMenu(self._page)
        menu.addAction(self.tr("Add contact…"), self.add)
        if view.indexAt(position).isValid():
            menu.addAction(self.tr("Edit contact…"), self.edit)
            menu.addAction(self.tr("Delete contact"), self.delete)
        menu.popup(view.viewport().mapToGlobal(position))
