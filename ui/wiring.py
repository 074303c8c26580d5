"""Plug the feature pages and dialogs into the shell: roles, clients, pipeline, consent & retention,
import, export, backups and the candidate's rights. Called once by the composition root.

The shell's New / Open / Archive commands (Ctrl+N, Enter, Del) follow the page in front: on the
roles page Ctrl+N makes a role, on the clients page a client, elsewhere a candidate.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QMenu, QMessageBox, QStyle

from ui.actions import ActionSpec
from ui.context import AppContext
from ui.lazy_page import LazyPage
from ui.safety.person_actions import PersonRightsActions

if TYPE_CHECKING:
    from ui.clients.page import ClientsPage
    from ui.pipeline import PipelinePage
    from ui.roles.page import RolesPage
    from ui.safety.retention_page import RetentionPage


class FeatureWiring(QObject):
    def __init__(self, window, context: AppContext, autobackup=None):
        super().__init__(window)
        self.window = window
        self.context = context
        self.autobackup = autobackup
        # Each page is built the first time it is shown or needed, so start-up only pays for the
        # candidates page.
        self.slots = {
            "roles": LazyPage(_lazy("ui.roles.page", "RolesPage", context), self._on_roles_built),
            "clients": LazyPage(_lazy("ui.clients.page", "ClientsPage", context), self._on_clients_built),
            "pipeline": LazyPage(_lazy("ui.pipeline", "PipelinePage", context)),
            "retention": LazyPage(_lazy("ui.safety.retention_page", "RetentionPage", context)),
        }
        window.add_page("roles", "", self.slots["roles"])
        window.add_page("clients", "", self.slots["clients"])
        window.add_page("pipeline", "", self.slots["pipeline"])
        window.add_page("retention", self.tr("Consent & retention"), self.slots["retention"])
        self._wire_page_commands()
        self._add_import_export()
        self._add_pipeline_actions()
        self._add_data_menu()
        self._add_person_rights()
        window.pages.currentChanged.connect(self._on_pages_current_changed)
        window.installEventFilter(self)
        self._on_pages_current_changed()

    @property
    def roles(self) -> RolesPage:
        return self.slots["roles"].page()

    @property
    def clients(self) -> ClientsPage:
        return self.slots["clients"].page()

    @property
    def pipeline(self) -> PipelinePage:
        return self.slots["pipeline"].page()

    @property
    def retention(self) -> RetentionPage:
        return self.slots["retention"].page()

    # ---- New / Open / Archive follow the page in front ---------------------------------------------
    def _current(self):
        """The page in front (the real page behind a lazy slot)."""
        widget = self.window.pages.currentWidget()
        return widget.page() if isinstance(widget, LazyPage) else widget

    def _in_front(self, key: str) -> bool:
        return self.window.pages.currentWidget() is self.slots[key]

    def _wire_page_commands(self) -> None:
        registry = self.window.actions_registry
        page = self.window.candidates
        for action_id, method, fallback in (("new_candidate", "new_item", page.new_candidate),
                                            ("open_candidate", "open_selected", page.open_current),
                                            ("archive_candidate", "archive_selected", page.archive_current)):
            registry.set_handler(action_id, self._dispatch(method, fallback))

    def _dispatch(self, method: str, fallback):
        def run() -> None:
            current = self._current()
            if current is not self.window.candidates and hasattr(current, method):
                getattr(current, method)()
                return
            if current is not self.window.candidates:
                self.window.show_page("candidates")
            fallback()
        return run

    def _on_pages_current_changed(self, _index: int = 0) -> None:
        if self._in_front("roles"):
            texts = (self.tr("&New role…"), self.tr("&Open role"), self.tr("&Close role"))
        elif self._in_front("clients"):
            texts = (self.tr("&New client…"), self.tr("&Open client"), self.tr("A&rchive client"))
        else:
            texts = (self.tr("&New candidate…"), self.tr("&Open candidate"), self.tr("A&rchive candidate"))
        for action_id, text in zip(("new_candidate", "open_candidate", "archive_candidate"), texts, strict=True):
            self.window.action(action_id).setText(text)
        self.window.action("export_shortlist").setEnabled(self._in_front("roles"))
        self.window.action("export_client").setEnabled(self._in_front("roles") or self._in_front("clients"))

    def _on_roles_built(self, page: RolesPage) -> None:
        page.candidate_activated.connect(self._on_roles_candidate_activated)
        self._restore_view("roles", page)

    def _on_clients_built(self, page: ClientsPage) -> None:
        page.role_activated.connect(self._on_clients_role_activated)
        self._restore_view("clients", page)

    # ---- column and splitter state of the roles and clients pages, kept between runs -----------------
    _VIEW_KEYS = ("columns", "header", "splitter")

    def _restore_view(self, key: str, page) -> None:
        settings = self.window.settings
        state = {name: settings.value(f"{key}/{name}") for name in self._VIEW_KEYS}
        if state["columns"] is not None:
            state["columns"] = int(state["columns"])
            page.restore_view_state(state)

    def save_views(self) -> None:
        for key in ("roles", "clients"):
            if self.slots[key].built:
                for name, value in self.slots[key].page().view_state().items():
                    self.window.settings.setValue(f"{key}/{name}", value)
        self.window.settings.sync()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.save_views()
        return False

    def _on_roles_candidate_activated(self, candidate_id: int) -> None:
        self.window.show_page("candidates")
        if not self.window.candidates.select_candidate(candidate_id):
            self.window.candidates.apply_search("")
            self.window.candidates.select_candidate(candidate_id)

    def _on_clients_role_activated(self, role_id: int) -> None:
        self.window.show_page("roles")
        self.roles.select_role(role_id)

    # ---- import and export ---------------------------------------------------------------------------
    def _add_import_export(self) -> None:
        self.window.actions_registry.set_handler("import_candidates", self.open_import)
        self.window.import_requested.connect(self.open_import)
        export_menu = QMenu(self.tr("&Export"), self.window)
        file_menu = self.window.actions_registry.menus["file"]
        history = self.window.add_action(ActionSpec(
            "import_history", self.tr("Import &history…"), self.show_import_history,
            tip=self.tr("The imports done so far; undo any of them")))
        file_menu.insertAction(self.window.action("load_demo"), history)
        file_menu.insertMenu(self.window.action("load_demo"), export_menu)
        self.window.actions_registry.menus["export"] = export_menu
        sp = QStyle.StandardPixmap
        for spec in (
            ActionSpec("export_shortlist", self.tr("&Shortlist for the selected role…"), self.export_shortlist,
                       "Ctrl+E", sp.SP_DialogSaveButton, "export",
                       tip=self.tr("The Excel shortlist the client receives")),
            ActionSpec("export_client", self.tr("&Progress report for the client…"), self.export_client_report,
                       "Ctrl+Shift+R", None, "export"),
            ActionSpec("export_candidates", self.tr("&Candidate list to Excel…"), self.export_candidates,
                       "Ctrl+Shift+E", None, "export", tip=self.tr("The current search or everyone, for your own use")),
        ):
            self.window.add_action(spec)

    def open_import(self, path: str | None = None) -> None:
        from ui.import_export.import_dialog import ImportDialog  # the spreadsheet code loads only when needed

        ImportDialog(self.context, self.window, path=path or None).open()

    def show_import_history(self) -> None:
        from ui.import_export.import_history import ImportHistoryDialog

        ImportHistoryDialog(self.context, self.window).open()

    def _export(self, **kwargs) -> None:
        from ui.import_export.export_dialog import ExportDialog

        ExportDialog(self.context, self.window, **kwargs).open()

    def export_shortlist(self) -> None:
        role_id = self.roles.selected_role_id()
        if role_id is None:
            self._tell(self.tr("Choose a role on the Roles page first."))
            return
        self._export(kind="shortlist", role_id=role_id)

    def export_client_report(self) -> None:
        if self._in_front("roles") and self.roles.selected_role_id() is not None:
            role = self.context.services.roles.get(self.roles.selected_role_id())
            self._export(kind="client", company_id=role.company_id)
            return
        company_id = self.clients.selected_company_id()
        if company_id is None:
            self._tell(self.tr("Choose a client on the Clients page first."))
            return
        self._export(kind="client", company_id=company_id)

    def export_candidates(self) -> None:
        page = self.window.candidates
        self._export(kind="candidates", candidate_ids=page.search_result_ids(),
                     query=page.search.text().strip() or None)

    # ---- pipeline ------------------------------------------------------------------------------------
    def _add_pipeline_actions(self) -> None:
        for spec in (
            ActionSpec("add_to_pipeline", self.tr("Add to a role's &pipeline…"), self.add_current_to_pipeline,
                       "Ctrl+Shift+P", None, "candidate"),
            ActionSpec("add_results_to_pipeline", self.tr("Add all search &results to a role…"),
                       self.add_results_to_pipeline, None, None, "candidate"),
            ActionSpec("open_board", self.tr("Open the role's pipeline &board"), self.open_board, "Ctrl+B", None,
                       "view"),
            ActionSpec("edit_stages", self.tr("Pipeline &stages…"), self.edit_stages, None, None, "settings"),
        ):
            self.window.add_action(spec)

    def add_current_to_pipeline(self) -> None:
        candidate_id = self.window.candidates.current_id()
        if candidate_id is None:
            self._tell(self.tr("Choose a candidate first."))
            return
        from ui.pipeline import add_candidates_to_role

        add_candidates_to_role(self.context, [candidate_id], self.window)

    def add_results_to_pipeline(self) -> None:
        ids = self.window.candidates.search_result_ids()
        if not ids:
            self._tell(self.tr("Search for candidates first; all the results are then added."))
            return
        from ui.pipeline import add_candidates_to_role

        add_candidates_to_role(self.context, ids, self.window)

    def open_board(self) -> None:
        role_id = self.roles.selected_role_id() if self._in_front("roles") else None
        self.window.show_page("pipeline")
        if role_id is not None:
            self.pipeline.open_role(role_id)

    def edit_stages(self) -> None:
        from ui.pipeline import StagesEditorDialog

        StagesEditorDialog(self.context, self.window).exec()

    # ---- data safety ---------------------------------------------------------------------------------
    def _add_data_menu(self) -> None:
        menus = self.window.actions_registry.menus
        data = QMenu(self.tr("&Data"), self.window)
        self.window.menuBar().insertMenu(menus["settings"].menuAction(), data)
        menus["data"] = data
        for spec in (
            ActionSpec("backups", self.tr("&Backups…"), self.show_backups, "Ctrl+Shift+B", None, "data"),
            ActionSpec("restore", self.tr("&Restore from a backup…"), self.restore, None, None, "data"),
            ActionSpec("audit_log", self.tr("&Audit log…"), self.show_audit, None, None, "data"),
            ActionSpec("go_retention", self.tr("&Consent and retention"),
                       lambda: self.window.show_page("retention"), "Ctrl+5", None, "data"),
        ):
            self.window.add_action(spec)

    def show_backups(self) -> None:
        from ui.safety.backups_dialog import BackupsDialog

        BackupsDialog(self.context, self.window).exec()

    def restore(self) -> None:
        from ui.safety.restore_dialog import RestoreDialog

        dialog = RestoreDialog(self.context, self.window)
        if self.autobackup is not None:
            dialog.restored.connect(self.autobackup.pause)
            dialog.confirmed.connect(self.autobackup.resume)
        dialog.exec()

    def show_audit(self) -> None:
        from ui.safety.audit_dialog import AuditDialog

        AuditDialog(self.context, self.window).exec()

    def _add_person_rights(self) -> None:
        self.person = PersonRightsActions(self.context, self.window)
        menu = self.window.actions_registry.menus["candidate"]
        menu.addSeparator()
        menu.addAction(self.person.export_action)
        menu.addAction(self.person.erase_action)
        table = self.window.candidates.table
        table.selectionModel().currentRowChanged.connect(self._on_candidates_current_row_changed)
        self._on_candidates_current_row_changed()

    def _on_candidates_current_row_changed(self, *_args) -> None:
        candidate_id = self.window.candidates.current_id()
        self.person.candidate_id = candidate_id
        for action in (self.person.export_action, self.person.erase_action):
            action.setEnabled(candidate_id is not None)

    def _tell(self, message: str) -> None:
        QMessageBox.information(self.window, self.tr("Recruiter CRM"), message)


# Page factories import their modules on first use: start-up loads only the candidates page.
def _lazy(module: str, class_name: str, context: AppContext):
    def build():
        return getattr(importlib.import_module(module), class_name)(context)
    return build
