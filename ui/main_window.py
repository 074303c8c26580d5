"""The main window: a thin shell. Navigation on the left, pages registered by key, menus and the
toolbar built from the action registry, a status bar, and window/column state kept between runs."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QDragEnterEvent, QDropEvent, QIcon
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QStackedWidget,
    QToolBar,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from crm import __version__
from crm.domain.errors import CrmError
from ui.actions import ActionRegistry, ActionSpec, standard_actions
from ui.candidates.model import Listing
from ui.candidates.page import CandidatesPage
from ui.context import AppContext, ChangeSet
from ui.empty_state import EmptyState
from ui.i18n import chosen_language
from ui.kit.window_size import fit_to_screen
from ui.settings import LANGUAGE_KEY, ui_settings

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
QUERY_ROLE = Qt.ItemDataRole.UserRole + 2
SAVED_ID_ROLE = Qt.ItemDataRole.UserRole + 3
# Navigation slots in their display order; a slot shows once a page is added for it.
PAGE_SLOTS = ("candidates", "roles", "clients", "pipeline")
DEMO_CANDIDATES = 1000


class MainWindow(QMainWindow):
    import_requested = Signal(str)  # a spreadsheet the user chose to import (the lead wires the dialog)

    def __init__(self, context: AppContext, parent: QWidget | None = None, settings: QSettings | None = None,
                 preview: Listing | None = None):
        """With `context.services` still None, the window opens on `preview` (the read-only first page)
        and holds every command until `services_ready()`."""
        super().__init__(parent)
        self.context = context
        self.services = context.services
        self.settings = settings or ui_settings()
        self.setWindowTitle(self.tr("Recruiter CRM"))
        self.resize(1280, 760)
        self.setAcceptDrops(True)
        self.toolbar = QToolBar(self.tr("Main toolbar"))
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.addToolBar(self.toolbar)
        self.actions_registry = ActionRegistry(self, self.toolbar)
        bar = self.menuBar()
        menus = self.actions_registry.menus
        for key, title in (("file", self.tr("&File")), ("edit", self.tr("&Edit")), ("view", self.tr("&View")),
                           ("candidate", self.tr("&Candidate")), ("settings", self.tr("&Settings")),
                           ("help", self.tr("&Help"))):
            menus[key] = bar.addMenu(title)
        menus["language"] = menus["settings"].addMenu(self.tr("&Language"))

        self.navigation = QTreeWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setHeaderHidden(True)
        self.navigation.setRootIsDecorated(False)
        self.navigation.setIndentation(14)
        self.navigation.setFixedWidth(190)
        self.navigation.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.navigation.customContextMenuRequested.connect(self._on_navigation_context_menu)
        self.navigation.currentItemChanged.connect(self._on_navigation_current_item_changed)
        self.pages = QStackedWidget()
        self._page_items: dict[str, QTreeWidgetItem] = {}
        self._page_widgets: dict[str, QWidget] = {}
        slot_titles = {"candidates": self.tr("Candidates"), "roles": self.tr("Roles"), "clients": self.tr("Clients"),
                       "pipeline": self.tr("Pipeline")}
        for key in PAGE_SLOTS:
            item = QTreeWidgetItem(self.navigation, [slot_titles[key]])
            item.setData(0, KEY_ROLE, key)
            item.setHidden(True)
            self._page_items[key] = item
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self._preview_path = getattr(preview, "path", None)
        self.candidates = CandidatesPage(context, preview=preview)
        self.add_page("candidates", "", self.candidates)
        for spec in standard_actions(self):
            self.add_action(spec)
        for key in PAGE_SLOTS:  # "Go to" stays off until the lead plugs the page in
            self.action(f"go_{key}").setEnabled(key in self._page_widgets)
        self._wire_undo_and_language()
        self.empty_state = EmptyState(self.action("import_candidates"), self.action("load_demo"))
        self.candidates.set_empty_state(self.empty_state)
        self._build_status_bar()
        self.candidates.status_changed.connect(self._on_candidates_status_changed)
        context.events.data_changed.connect(self._on_events_data_changed)
        if self.services is None:
            self.actions_registry.hold()
            for item in self._page_items.values():  # the pages plug in a moment later: no jump then
                item.setHidden(False)
            self.statusBar().showMessage(self.tr("Opening the database…"))
        else:
            self.refresh_smart_lists()
        self.navigation.setCurrentItem(self._page_items["candidates"])
        self._restore_state()
        self.candidates.reload()  # one read of the id list, in the restored sort order

    def services_ready(self) -> None:
        """The store is open (after a preview start): switch the list over, fill the smart lists and the
        detail pane, and run any command chosen meanwhile."""
        self.services = self.context.services
        self.candidates.attach_services()
        self.refresh_smart_lists()
        self._db_label.setText(self.tr("Database: %1").replace("%1", str(self._database_location())))
        self.actions_registry.release()

    # ---- extension points for the lead -----------------------------------------------------------
    def add_page(self, key: str, title: str, widget: QWidget, icon: QIcon | None = None) -> None:
        """Show `widget` as a page behind a navigation entry: the slot for "roles", "clients" or
        "pipeline" (an empty `title` keeps the slot's translated title), or a new entry at the end."""
        item = self._page_items.get(key)
        if item is None:
            item = QTreeWidgetItem(self.navigation, [title])
            item.setData(0, KEY_ROLE, key)
            self._page_items[key] = item
        if title:
            item.setText(0, title)
        item.setHidden(False)
        if icon is not None:
            item.setIcon(0, icon)
        if key in self._page_widgets:
            self.pages.removeWidget(self._page_widgets[key])
        self._page_widgets[key] = widget
        self.pages.addWidget(widget)
        if f"go_{key}" in self.actions_registry:
            self.action(f"go_{key}").setEnabled(True)

    def add_action(self, spec: ActionSpec) -> QAction:
        return self.actions_registry.add(spec)

    def action(self, action_id: str) -> QAction:
        return self.actions_registry.action(action_id)

    def page(self, key: str) -> QWidget | None:
        return self._page_widgets.get(key)

    def show_page(self, key: str) -> None:
        item = self._page_items.get(key)
        if item is not None and not item.isHidden():
            self.navigation.setCurrentItem(item)

    def on_candidates(self, handler: Callable[[], object]) -> Callable[[], None]:
        """Wrap a candidate command so it first brings the candidates page forward."""
        def run() -> None:
            if self.pages.currentWidget() is not self.candidates:
                self.show_page("candidates")
            handler()
        return run

    # ---- navigation and smart lists --------------------------------------------------------------
    def refresh_smart_lists(self) -> None:
        from crm.services.saved_searches import SavedSearchService

        parent = self._page_items["candidates"]
        parent.takeChildren()
        for saved in SavedSearchService(self.services.store).list():
            child = QTreeWidgetItem(parent, [saved.name])
            child.setData(0, KEY_ROLE, "candidates")
            child.setData(0, QUERY_ROLE, saved.query)
            child.setData(0, SAVED_ID_ROLE, saved.id)
            child.setToolTip(0, saved.query)
        parent.setExpanded(True)

    def _on_navigation_current_item_changed(self, item: QTreeWidgetItem | None, _previous) -> None:
        if item is None:
            return
        widget = self._page_widgets.get(item.data(0, KEY_ROLE))
        if widget is not None:
            self.pages.setCurrentWidget(widget)
            if widget is self.candidates:
                self.statusBar().showMessage(self.candidates.count_label.text())
            else:
                self.statusBar().clearMessage()  # the candidate count belongs to the candidates page
        query = item.data(0, QUERY_ROLE)
        if query:
            self.candidates.apply_search(query)
        elif item is self._page_items["candidates"] and self.candidates.search.text():
            self.candidates.apply_search("")

    def _on_navigation_context_menu(self, position) -> None:
        item = self.navigation.itemAt(position)
        saved_id = item.data(0, SAVED_ID_ROLE) if item else None
        if saved_id is None:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Rename…"), lambda: self._rename_smart_list(saved_id, item.text(0)))
        menu.addAction(self.tr("Delete"), lambda: self._delete_smart_list(saved_id, item.text(0)))
        menu.popup(self.navigation.viewport().mapToGlobal(position))

    def _rename_smart_list(self, saved_id: int, old: str) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Rename smart list"), self.tr("New name:"), text=old)
        if ok:
            from crm.services.saved_searches import SavedSearchService

            self._smart_list_call(lambda: SavedSearchService(self.services.store).rename(saved_id, name))

    def _delete_smart_list(self, saved_id: int, name: str) -> None:
        answer = QMessageBox.question(self, self.tr("Delete smart list"),
                                      self.tr("Delete the smart list “%1”? No candidate is deleted.").replace("%1", name))
        if answer == QMessageBox.StandardButton.Yes:
            from crm.services.saved_searches import SavedSearchService

            self._smart_list_call(lambda: SavedSearchService(self.services.store).delete(saved_id))

    def _smart_list_call(self, call: Callable[[], object]) -> None:
        try:
            call()
        except CrmError as exc:
            QMessageBox.warning(self, self.tr("Smart lists"), str(exc))
        self.context.events.emit_change(ChangeSet.of("saved_search"))

    # ---- action handlers -------------------------------------------------------------------------
    def choose_import_file(self) -> None:
        from ui.import_export.file_choice import choose_spreadsheet

        path = choose_spreadsheet(self)
        if path:
            self.import_requested.emit(path)

    # A spreadsheet dropped on the window is imported (the import dialog opens on it).
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        from ui.import_export.file_choice import take_drop

        take_drop(event, allowed=self.services is not None)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        from ui.import_export.file_choice import take_drop

        if path := take_drop(event, allowed=self.services is not None):
            self.import_requested.emit(path)

    def load_demo(self) -> None:
        if self.services.candidates.count():
            QMessageBox.information(self, self.tr("Demo data"),
                                    self.tr("Demo data only goes into an empty database."))
            return
        from crm.services.demo import load_demo  # the demo generator loads only when asked for

        store = self.services.store
        self.action("load_demo").setEnabled(False)
        self.context.tasks.start(
            lambda progress, token: load_demo(store, DEMO_CANDIDATES, progress=progress),
            on_progress=self._on_task_progress, on_success=self._on_demo_loaded,
            on_failure=self._on_demo_failed, on_finished=self._on_task_finished)

    def _on_task_progress(self, done: int, total: int, _message: str) -> None:
        self.empty_state.show_progress(done, total)
        self._progress.show()
        self._progress.setMaximum(max(total, 1))
        self._progress.setValue(done)

    def _on_demo_loaded(self, summary) -> None:
        self.context.events.emit_change(ChangeSet.of("candidate", "company", "role", "application"))
        self.statusBar().showMessage(self.tr("Demo data loaded: %1 candidates, %2 clients, %3 roles")
                                     .replace("%1", str(summary.candidates)).replace("%2", str(summary.clients))
                                     .replace("%3", str(summary.roles)), 8000)

    def _on_demo_failed(self, message: str, _details: str) -> None:
        QMessageBox.warning(self, self.tr("Demo data"), message)

    def _on_task_finished(self) -> None:
        self._progress.hide()
        self.empty_state.reset()
        self.action("load_demo").setEnabled(True)

    def toggle_archived(self) -> None:
        self.candidates.show_archived(self.action("show_archived").isChecked())

    def choose_language(self, language: str) -> None:
        self.settings.setValue(LANGUAGE_KEY, language)
        self.settings.sync()
        self._check_language()
        self.statusBar().showMessage(self.tr("The language changes the next time you start the app."), 8000)

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About Recruiter CRM"),
                          self.tr("Recruiter CRM %1\nCandidates, roles, clients and pipelines, on your own "
                                  "computer.").replace("%1", __version__))

    # ---- wiring ----------------------------------------------------------------------------------
    def _wire_undo_and_language(self) -> None:
        stack = self.context.undo_stack
        undo, redo = self.action("undo"), self.action("redo")
        undo.setEnabled(stack.canUndo())
        redo.setEnabled(stack.canRedo())
        stack.canUndoChanged.connect(undo.setEnabled)
        stack.canRedoChanged.connect(redo.setEnabled)
        stack.undoTextChanged.connect(self._on_undo_stack_undo_text_changed)
        stack.redoTextChanged.connect(self._on_undo_stack_redo_text_changed)
        group = QActionGroup(self)
        for key in ("language_system", "language_en", "language_es"):
            group.addAction(self.action(key))
        self._check_language()

    def _on_undo_stack_undo_text_changed(self, text: str) -> None:
        self.action("undo").setToolTip(self.tr("Undo %1").replace("%1", text) if text else self.tr("Undo"))

    def _on_undo_stack_redo_text_changed(self, text: str) -> None:
        self.action("redo").setToolTip(self.tr("Redo %1").replace("%1", text) if text else self.tr("Redo"))

    def _check_language(self) -> None:
        value = str(self.settings.value(LANGUAGE_KEY, "system") or "system")
        self.action(f"language_{value}" if value in ("en", "es") else "language_system").setChecked(True)

    def _build_status_bar(self) -> None:
        self._progress = QProgressBar()
        self._progress.setMaximumWidth(200)
        self._progress.hide()
        self._db_label = QLabel(self.tr("Database: %1").replace("%1", str(self._database_location())))
        self._db_label.setObjectName("databaseLabel")
        self.statusBar().addPermanentWidget(self._progress)
        self.statusBar().addPermanentWidget(self._db_label)

    def _database_location(self):
        if self.services is None:
            return self._preview_path
        return self.services.store.path or self.services.store.url

    def _on_candidates_status_changed(self, text: str) -> None:
        if self.pages.currentWidget() is self.candidates:
            self.statusBar().showMessage(text)

    def _on_events_data_changed(self, change: ChangeSet) -> None:
        if change.touches("saved_search"):
            self.refresh_smart_lists()

    def language(self) -> str:
        return chosen_language(self.settings)

    # ---- state between runs ----------------------------------------------------------------------
    def _restore_state(self) -> None:
        geometry = self.settings.value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:  # first run: the screen's free area, less the title bar (the status bar was half off the screen)
            fit_to_screen(self, 1280, 760)
        state = self.settings.value("main/state")
        if state is not None:
            self.restoreState(state)
        self.candidates.restore_state(self.settings)

    def save_state(self) -> None:
        self.settings.setValue("main/geometry", self.saveGeometry())
        self.settings.setValue("main/state", self.saveState())
        self.candidates.save_state(self.settings)
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)
