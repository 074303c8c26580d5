"""The clients page: companies with open roles and contacts; the selected one's contacts and roles."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from crm.domain.errors import Conflict, CrmError
from crm.services.records import CompanyRecord
from crm.services.role_overview import RoleFilters
from ui.clients.commands import CreateCompanyCommand, EditCompanyCommand
from ui.clients.contact_actions import ContactActions
from ui.clients.detail import ClientDetail
from ui.clients.dialogs import CompanyDialog, ContactDialog
from ui.clients.models import ClientsTableModel
from ui.context import AppContext, ChangeSet
from ui.kit.list_table import sortable_list_table
from ui.kit.notice import NoticeBar
from ui.kit.undo import IdMap
from ui.kit.value_table import ID_ROLE, SORT_ROLE
from ui.kit.view_state import restore_view_state, view_state

_RELEVANT = ("company", "role", "application")


class ClientsPage(QWidget):
    # One of the client's roles was double-clicked: the shell can show it on the roles page (role id).
    role_activated = Signal(int)

    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self._context = context
        self._services = context.services
        self._dirty = False
        self.dialog: CompanyDialog | ContactDialog | None = None
        self._ids = IdMap()  # clients re-created by undo/redo

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Filter clients by name…"))
        self.search.setClearButtonEnabled(True)
        self.show_archived = QCheckBox(self.tr("Show archived"))
        self.new_button = QPushButton(self.tr("New client…"))
        self.new_button.setToolTip(self.tr("Add a client (Ctrl+N)"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setToolTip(self.tr("Edit the selected client (Enter)"))
        self.archive_button = QPushButton(self.tr("Archive"))
        self.archive_button.setToolTip(self.tr("Archive or restore the selected client (Del); undo with Ctrl+Z"))
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.setToolTip(self.tr("Delete the selected client; only possible while it has no roles"))
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.show_archived)
        bar.addSpacing(12)
        for button in (self.new_button, self.edit_button, self.archive_button, self.delete_button):
            bar.addWidget(button)

        self.notice = NoticeBar()
        self.model = ClientsTableModel(self)
        self.proxy, self.table = sortable_list_table(self.model, SORT_ROLE, Qt.SortOrder.AscendingOrder, self)
        self.detail = ClientDetail()
        self.contacts = ContactActions(context, self)
        self.splitter = splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 6)
        splitter.setSizes([5000, 6000])  # proportions; the list gets ~45% whatever the detail asks for
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.notice)
        layout.addWidget(splitter, 1)

        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(150)
        self._filter_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._filter_timer.start)
        self.show_archived.toggled.connect(self.refresh)
        self.new_button.clicked.connect(self.new_item)
        self.edit_button.clicked.connect(self.open_selected)
        self.archive_button.clicked.connect(self.archive_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.doubleClicked.connect(self.open_selected)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._on_table_custom_context_menu_requested)
        self.detail.roles_view.doubleClicked.connect(self._on_roles_view_double_clicked)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        context.events.data_changed.connect(self._on_events_data_changed)
        self.refresh()
        self._size_columns()

    # ---- actions the shell dispatches to (Ctrl+N, Enter, Del) -------------------------------------
    def new_item(self) -> None:
        self.dialog = CompanyDialog(self._context, parent=self)
        self.dialog.finished.connect(self._on_company_dialog_finished)
        self.dialog.open()

    def open_selected(self) -> None:
        company = self.selected_company()
        if company is None:
            return
        self.dialog = CompanyDialog(self._context, company, parent=self)
        self.dialog.finished.connect(self._on_company_dialog_finished)
        self.dialog.open()

    def archive_selected(self) -> None:
        """Archive the selected client (or restore it when archived); undoable."""
        company = self.selected_company()
        if company is None:
            return
        try:
            after = self._services.companies.update(company.id, company.version, {"archived": not company.archived})
        except CrmError as exc:
            self.notice.show_message(str(exc))
            return
        text = self.tr("Archive %1") if after.archived else self.tr("Restore %1")
        self.push(EditCompanyCommand(self._services, self._ids, company, after, text.replace("%1", company.name),
                                      self.on_command_report))
        done = self.tr("%1 archived. Undo with Ctrl+Z.") if after.archived else self.tr("%1 restored.")
        self.notice.show_message(done.replace("%1", company.name), kind="info")

    # ---- more actions ----------------------------------------------------------------------------
    def delete_selected(self) -> None:
        company = self.selected_company()
        if company is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete client"),
            self.tr("Delete %1 and its contacts? This cannot be undone.").replace("%1", company.name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._services.companies.delete(company.id)
        except Conflict:
            roles = len(self._services.roles.list_all(company_id=company.id))
            self.notice.show_message(
                self.tr("%1 has %2 roles, so it cannot be deleted. Archive it instead to hide it.")
                .replace("%1", company.name).replace("%2", str(roles)),
                action_text=self.tr("Archive"), action=self.archive_selected)
            return
        except CrmError as exc:
            self.notice.show_message(str(exc))
            return
        self._emit()
        self.notice.show_message(self.tr("%1 deleted.").replace("%1", company.name), kind="info")

    def add_contact(self) -> None:
        self.contacts.add()

    def edit_contact(self) -> None:
        self.contacts.edit()

    def delete_contact(self) -> None:
        self.contacts.delete()

    # ---- our API ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._dirty = False
        keep = self.selected_company_id()
        self.model.set_rows(self._services.client_overview.rows(
            include_archived=self.show_archived.isChecked(), text=self.search.text()))
        if keep is None or not self.select_company(keep):
            self._show_detail(None)
        if self.model.rowCount():
            text = self.tr("Select a client to see their contacts and roles.")
        elif self.search.text().strip():
            text = self.tr("No clients match “%1”.").replace("%1", self.search.text().strip())
        else:
            text = self.tr("No clients yet. Add the first one with “New client…” (Ctrl+N).")
        self.detail.placeholder.setText(text)

    def select_company(self, company_id: int) -> bool:
        row = self.model.row_of_id(company_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectionModel().select(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        self._show_detail(company_id)
        return True

    def selected_company_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ID_ROLE) if rows else None

    def focus_search(self) -> None:
        """Ctrl+F on this page: type to filter the list."""
        self.search.setFocus()
        self.search.selectAll()

    def view_state(self) -> dict:
        """Column widths, order, sort and splitter sizes, for the shell to keep in QSettings."""
        return view_state(self.table, self.splitter)

    def restore_view_state(self, state: dict | None) -> bool:
        return restore_view_state(self.table, self.splitter, state)

    def selected_company(self) -> CompanyRecord | None:
        """The selected client as stored now; None (with a hint shown) when none is selected."""
        company_id = self.selected_company_id()
        if company_id is None:
            self.notice.show_message(self.tr("Select a client first."), kind="info")
            return None
        try:
            return self._services.companies.get(company_id)
        except CrmError as exc:
            self.notice.show_message(str(exc))
            return None

    def push(self, command) -> None:
        """Record an already-applied change on the undo stack and tell every page."""
        self._context.undo_stack.push(command)
        self._emit()

    def on_command_report(self, problem: str | None) -> None:
        if problem:
            self.notice.show_message(self.tr("That could not be undone or redone: %1").replace("%1", problem))
        self._emit()

    # ---- internals -------------------------------------------------------------------------------
    def _size_columns(self) -> None:
        header = self.table.horizontalHeader()
        self.table.resizeColumnsToContents()
        header.resizeSection(0, min(max(header.sectionSize(0), 160), 240))
        header.resizeSection(1, min(header.sectionSize(1), 150))
        header.resizeSection(2, min(header.sectionSize(2), 120))
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def _show_detail(self, company_id: int | None) -> None:
        company = None
        if company_id is not None:
            try:
                company = self._services.companies.get(company_id)
            except CrmError:
                company = None
        roles = self._services.role_overview.rows(RoleFilters(company_id=company.id)) if company else []
        self.detail.show_client(company, roles)
        archived = company is not None and company.archived
        self.archive_button.setText(self.tr("Restore") if archived else self.tr("Archive"))

    def _emit(self) -> None:
        self._context.events.emit_change(ChangeSet.of("company"))
        if self._dirty:  # hidden pages refresh lazily, but the page that made the change must show it now
            self.refresh()

    def _on_company_dialog_finished(self, _result: int) -> None:
        dialog = self.dialog
        self.dialog = None
        if not isinstance(dialog, CompanyDialog):
            return
        if dialog.existing_id is not None:
            self._open_existing(dialog.existing_id)
            return
        saved = dialog.saved
        if saved is None:
            return
        if dialog.company is None:
            self.push(CreateCompanyCommand(self._services, self._ids, saved, self.tr("Add client %1").replace(
                "%1", saved.name), self.on_command_report))
        else:
            text = self.tr("Edit client %1").replace("%1", saved.name)
            self.push(EditCompanyCommand(self._services, self._ids, dialog.company, saved, text,
                                          self.on_command_report))
        if not self.select_company(saved.id):
            self.search.clear()
            self.refresh()
            self.select_company(saved.id)

    def _open_existing(self, company_id: int) -> None:
        if self._services.companies.get(company_id).archived and not self.show_archived.isChecked():
            self.show_archived.setChecked(True)
        if self.model.row_of_id(company_id) is None:
            self.search.clear()
            self.refresh()
        self.select_company(company_id)

    def _on_table_custom_context_menu_requested(self, position) -> None:
        menu = QMenu(self)
        menu.addAction(self.tr("New client…"), self.new_item)
        if self.table.indexAt(position).isValid():
            menu.addAction(self.tr("Edit…"), self.open_selected)
            menu.addAction(self.archive_button.text(), self.archive_selected)
            menu.addAction(self.tr("Delete…"), self.delete_selected)
        menu.popup(self.table.viewport().mapToGlobal(position))

    def _on_roles_view_double_clicked(self, index) -> None:
        self.role_activated.emit(self.detail.roles_model.value_at(index.row()).id)

    def _on_table_selection_changed(self, *_args) -> None:
        self._show_detail(self.selected_company_id())

    def _on_events_data_changed(self, change: ChangeSet) -> None:
        if not change.touches(*_RELEVANT):
            return
        if self.isVisible():
            self.refresh()
        else:
            self._dirty = True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._dirty:
            self.refresh()



