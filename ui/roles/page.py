"""The roles page: every role with client, status, days open and candidates per stage; filters
by client, status and text; the selected role's requirements and candidates below."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from crm.domain.errors import CrmError
from crm.services.records import RoleRecord
from crm.services.role_overview import OPEN_ROLE_STATUSES, RoleFilters
from ui.context import AppContext, ChangeSet
from ui.kit.list_table import sortable_list_table
from ui.kit.notice import NoticeBar
from ui.kit.undo import IdMap
from ui.kit.value_table import ID_ROLE, SORT_ROLE
from ui.kit.view_state import restore_view_state, view_state
from ui.roles.commands import CreateRoleCommand, EditRoleCommand
from ui.roles.detail import RoleDetail
from ui.roles.dialog import CLOSED_STATUSES, RoleDialog
from ui.roles.labels import status_labels
from ui.roles.models import RolesTableModel

_RELEVANT = ("role", "application", "company", "stage", "candidate")
_OPEN = "open"  # status filter: every role still being worked on


class RolesPage(QWidget):
    # A candidate on the selected role was double-clicked: the shell can open them (candidate id).
    candidate_activated = Signal(int)

    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self._context = context
        self._services = context.services
        self._stages = []
        self._dirty = False
        self.dialog: RoleDialog | None = None
        self._ids = IdMap()  # role ids re-created by undo/redo

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Filter by title, reference, client or location…"))
        self.search.setClearButtonEnabled(True)
        self.client_filter = QComboBox()
        self.client_filter.setMinimumContentsLength(18)
        self.client_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("Open roles"), _OPEN)
        self.status_filter.addItem(self.tr("All statuses"), "")
        for value, text in status_labels().items():
            self.status_filter.addItem(text, value)
        self.new_button = QPushButton(self.tr("New role…"))
        self.new_button.setToolTip(self.tr("Add a role (Ctrl+N)"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setToolTip(self.tr("Edit the selected role (Enter)"))
        self.close_button = QPushButton(self.tr("Close role"))
        self.close_button.setToolTip(self.tr("Mark the selected role as closed (Del); undo with Ctrl+Z"))
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.client_filter)
        bar.addWidget(self.status_filter)
        bar.addSpacing(12)
        bar.addWidget(self.new_button)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.close_button)

        self.notice = NoticeBar()
        self.model = RolesTableModel(self)
        self.proxy, self.table = sortable_list_table(self.model, SORT_ROLE, Qt.SortOrder.DescendingOrder, self)
        self.detail = RoleDetail()
        self.splitter = splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([3000, 2000])
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
        self.client_filter.currentIndexChanged.connect(self.refresh)
        self.status_filter.currentIndexChanged.connect(self.refresh)
        self.new_button.clicked.connect(self.new_item)
        self.edit_button.clicked.connect(self.open_selected)
        self.close_button.clicked.connect(self.archive_selected)
        self.table.doubleClicked.connect(self.open_selected)
        self.detail.candidates_view.doubleClicked.connect(self._on_candidates_view_double_clicked)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._on_table_custom_context_menu_requested)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        context.events.data_changed.connect(self._on_events_data_changed)

        self._reload_clients()
        self._reload_stages()
        self.refresh()
        self._size_columns()
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._on_header_sort_indicator_changed)

    # ---- actions the shell dispatches to (Ctrl+N, Enter, Del) -------------------------------------
    def new_item(self) -> None:
        self.dialog = RoleDialog(self._context, parent=self, company_id=self.client_filter.currentData())
        self.dialog.accepted.connect(self._on_dialog_accepted)
        self.dialog.open()

    def open_selected(self) -> None:
        role = self._selected_role()
        if role is None:
            return
        self.dialog = RoleDialog(self._context, role, parent=self)
        self.dialog.accepted.connect(self._on_dialog_accepted)
        self.dialog.open()

    def archive_selected(self) -> None:
        """Close the selected role (roles are closed, not archived); undoable."""
        role = self._selected_role()
        if role is None:
            return
        if role.status in CLOSED_STATUSES:
            self.notice.show_message(self.tr("%1 is already closed.").replace("%1", role.reference), kind="info")
            return
        try:
            closed = self._services.roles.update(role.id, role.version, {"status": "closed", "closed_on": date.today()})
        except CrmError as exc:
            self.notice.show_message(self.tr("The role was not closed: %1").replace("%1", str(exc)))
            return
        self._push(EditRoleCommand(self._services, self._ids, role, closed, self.tr("Close role %1").replace(
            "%1", role.reference), self._on_command_report))
        self.notice.show_message(self.tr("%1 closed. Undo with Ctrl+Z.").replace("%1", role.reference), kind="info")

    # ---- our API ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._dirty = False
        keep = self.selected_role_id()
        filters = self._filters()
        self.model.set_rows(self._services.role_overview.rows(filters))
        if keep is not None and not self.select_role(keep):
            self._show_detail(None)
        self.detail.placeholder.setText(self._placeholder_text(filters))

    def select_role(self, role_id: int) -> bool:
        row = self.model.row_of_id(role_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectionModel().select(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True

    def selected_role_id(self) -> int | None:
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

    # ---- internals -------------------------------------------------------------------------------
    def _filters(self) -> RoleFilters:
        status = self.status_filter.currentData()
        statuses = frozenset(OPEN_ROLE_STATUSES) if status == _OPEN else frozenset([status] if status else [])
        return RoleFilters(company_id=self.client_filter.currentData(), statuses=statuses, text=self.search.text())

    def _placeholder_text(self, filters: RoleFilters) -> str:
        if self.model.rowCount():
            return self.tr("Select a role to see its requirements and the candidates on it.")
        if filters.text or filters.company_id is not None or self.status_filter.currentData() not in (_OPEN, ""):
            return self.tr("No roles match these filters.")
        if self.status_filter.currentData() == _OPEN and self._services.roles.list_all():
            return self.tr("No open roles. Choose “All statuses” to see closed ones.")
        return self.tr("No roles yet. Add the first one with “New role…” (Ctrl+N).")

    def _reload_clients(self) -> None:
        keep = self.client_filter.currentData()
        self.client_filter.blockSignals(True)
        self.client_filter.clear()
        self.client_filter.addItem(self.tr("All clients"), None)
        for company in self._services.companies.list_all():
            self.client_filter.addItem(company.name, company.id)
        self.client_filter.setCurrentIndex(max(0, self.client_filter.findData(keep)))
        self.client_filter.blockSignals(False)

    def _reload_stages(self) -> None:
        self._stages = self._services.pipeline.stages()
        self.model.set_stages(self._stages)
        if self.model.rowCount():  # stages renamed or added while the page is open
            self._size_columns()

    def _size_columns(self) -> None:
        """Counts get just their header's width; the title takes what is left."""
        header = self.table.horizontalHeader()
        for column in (0, 1, 3):
            self.table.resizeColumnToContents(column)
        header.resizeSection(1, min(max(header.sectionSize(1), 120), 180))
        self._fit_count_columns()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

    def _fit_count_columns(self) -> None:
        """Room for the sort arrow only in the column sorted on, so the title keeps its width."""
        header = self.table.horizontalHeader()
        metrics = header.fontMetrics()
        for column in range(RolesTableModel.FIXED_COLUMNS - 2, self.model.columnCount()):
            lines = str(self.model.headerData(column, Qt.Orientation.Horizontal)).split("\n")
            room = 30 if header.sortIndicatorSection() == column else 16
            header.resizeSection(column, max(40, max(metrics.horizontalAdvance(line) for line in lines) + room))

    def _on_header_sort_indicator_changed(self, *_args) -> None:
        self._fit_count_columns()

    def _selected_role(self) -> RoleRecord | None:
        role_id = self.selected_role_id()
        if role_id is None:
            self.notice.show_message(self.tr("Select a role first."), kind="info")
            return None
        try:
            return self._services.roles.get(role_id)
        except CrmError as exc:
            self.notice.show_message(str(exc))
            return None

    def _show_detail(self, role_id: int | None) -> None:
        if role_id is None:
            self.detail.show_role(None, [])
            return
        try:
            role = self._services.roles.get(role_id)
        except CrmError:
            self.detail.show_role(None, [])
            return
        self.detail.show_role(role, self._services.role_overview.candidates(role_id), self._contact_text(role))

    def _contact_text(self, role: RoleRecord) -> str:
        if role.contact_id is None:
            return ""
        contacts = self._services.companies.get(role.company_id).contacts
        contact = next((c for c in contacts if c.id == role.contact_id), None)
        if contact is None:
            return ""
        parts = [contact.full_name, contact.title, contact.email, contact.phone]
        return " · ".join(part for part in parts if part)

    def _push(self, command) -> None:
        self._context.undo_stack.push(command)
        self._context.events.emit_change(ChangeSet.of("role"))
        if self._dirty:  # hidden pages refresh lazily, but the page that made the change must show it now
            self.refresh()

    def _on_dialog_accepted(self) -> None:
        dialog = self.dialog
        if dialog is None or dialog.saved is None:
            return
        saved = dialog.saved
        if dialog.role is None:
            self._push(CreateRoleCommand(self._services, self._ids, saved, self.tr("Add role %1").replace(
                "%1", saved.reference), self._on_command_report))
        else:
            self._push(EditRoleCommand(self._services, self._ids, dialog.role, saved, self.tr("Edit role %1").replace(
                "%1", saved.reference), self._on_command_report))
        if not self.select_role(saved.id):
            self.notice.show_message(
                self.tr("%1 saved; it is hidden by the current filters.").replace("%1", saved.reference), kind="info")
        self.dialog = None

    def _on_command_report(self, problem: str | None) -> None:
        if problem:
            self.notice.show_message(self.tr("That could not be undone or redone: %1").replace("%1", problem))
        self._context.events.emit_change(ChangeSet.of("role"))
        if self._dirty:
            self.refresh()

    def _on_table_custom_context_menu_requested(self, position) -> None:
        menu = QMenu(self)
        menu.addAction(self.tr("New role…"), self.new_item)
        if self.table.indexAt(position).isValid():
            menu.addAction(self.tr("Edit…"), self.open_selected)
            menu.addAction(self.tr("Close role"), self.archive_selected)
        menu.popup(self.table.viewport().mapToGlobal(position))

    def _on_candidates_view_double_clicked(self, index) -> None:
        self.candidate_activated.emit(self.detail.candidates_model.value_at(index.row()).candidate_id)

    def _on_table_selection_changed(self, *_args) -> None:
        self._show_detail(self.selected_role_id())

    def _on_events_data_changed(self, change: ChangeSet) -> None:
        if not change.touches(*_RELEVANT):
            return
        if change.touches("company"):
            self._reload_clients()
        if change.touches("stage"):
            self._reload_stages()
        if self.isVisible():
            self.refresh()
        else:
            self._dirty = True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._dirty:
            self.refresh()
