"""The one action registry: every command of the app declared once, with its id, text, shortcut,
icon and handler. Menus, the toolbar and shortcuts are all built from it, so a command looks and
behaves the same wherever it appears, and the lead can plug in more (import, export, pipeline)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QMenu, QStyle, QToolBar, QWidget

Handler = Callable[[], object]


@dataclass(frozen=True)
class ActionSpec:
    id: str
    text: str
    handler: Handler | None = None
    shortcut: str | QKeySequence | QKeySequence.StandardKey | None = None
    icon: QStyle.StandardPixmap | str | None = None
    menu: str | None = None  # key of a menu the window declared ("file", "edit", ...)
    toolbar: bool = False
    tip: str = ""
    checkable: bool = False


class ActionRegistry(QObject):
    """Owns the QActions. `menus` maps a key to a QMenu; the toolbar is optional."""

    def __init__(self, window: QWidget, toolbar: QToolBar | None = None):
        super().__init__(window)
        self._window = window
        self._toolbar = toolbar
        self._actions: dict[str, QAction] = {}
        self._handlers: dict[str, Handler | None] = {}
        self._held: list[str] | None = None  # commands chosen before the store was open
        self.menus: dict[str, QMenu] = {}

    def add(self, spec: ActionSpec) -> QAction:
        if spec.id in self._actions:
            raise ValueError(f"the action {spec.id!r} is already declared")
        action = QAction(spec.text, self._window)
        action.setObjectName(spec.id)
        if spec.icon is not None:
            action.setIcon(self._icon(spec.icon))
        if spec.shortcut is not None:
            action.setShortcut(QKeySequence(spec.shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        tip = spec.tip or spec.text.replace("&", "")
        if spec.shortcut is not None:
            tip = f"{tip} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
        action.setToolTip(tip)
        action.setStatusTip(spec.tip or "")
        action.setCheckable(spec.checkable)
        self._handlers[spec.id] = spec.handler
        action.triggered.connect(lambda _checked=False, key=spec.id: self._run(key))
        self._window.addAction(action)  # shortcuts work even when the action is in no visible menu
        if spec.menu is not None:
            self.menus[spec.menu].addAction(action)
        if spec.toolbar and self._toolbar is not None:
            self._toolbar.addAction(action)
        self._actions[spec.id] = action
        return action

    def set_handler(self, action_id: str, handler: Handler) -> None:
        """Give an already declared action its real work (e.g. the import dialog, wired by the lead)."""
        self.action(action_id)
        self._handlers[action_id] = handler

    def action(self, action_id: str) -> QAction:
        try:
            return self._actions[action_id]
        except KeyError:
            raise KeyError(f"no action {action_id!r}; declared: {', '.join(sorted(self._actions))}") from None

    def __contains__(self, action_id: str) -> bool:
        return action_id in self._actions

    def ids(self) -> list[str]:
        return list(self._actions)

    def trigger(self, action_id: str) -> None:
        self.action(action_id).trigger()

    def hold(self) -> None:
        """The window shows before the store opens (start-up); a command chosen in that moment waits."""
        if self._held is None:
            self._held = []

    def release(self) -> None:
        """The store is open: run the commands that waited, in the order they were chosen."""
        held, self._held = self._held or [], None
        for action_id in held:
            self._run(action_id)

    def _run(self, action_id: str) -> None:
        if self._held is not None:
            self._held.append(action_id)
            return
        handler = self._handlers.get(action_id)
        if handler is not None:
            handler()

    def _icon(self, icon: QStyle.StandardPixmap | str) -> QIcon:
        if isinstance(icon, str):
            return QIcon.fromTheme(icon)
        return self._window.style().standardIcon(icon)



def standard_actions(window) -> list[ActionSpec]:
    """The shell's commands. `window` is the MainWindow; handlers call its pages."""
    sp = QStyle.StandardPixmap
    page = window.candidates
    on_candidates = window.on_candidates
    return [
        ActionSpec("import_candidates", QCoreApplication.translate("Actions", "&Import a spreadsheet…"), window.choose_import_file, "Ctrl+I",
                   sp.SP_DialogOpenButton, "file", True, QCoreApplication.translate("Actions", "Bring candidates in from an Excel or CSV file")),
        ActionSpec("load_demo", QCoreApplication.translate("Actions", "Load &demo data"), window.load_demo, None, None, "file",
                   tip=QCoreApplication.translate("Actions", "Fill an empty database with realistic sample data")),
        ActionSpec("quit", QCoreApplication.translate("Actions", "&Quit"), window.close, QKeySequence.StandardKey.Quit, None, "file"),
        ActionSpec("undo", QCoreApplication.translate("Actions", "&Undo"), window.context.undo_stack.undo, "Ctrl+Z", sp.SP_ArrowBack, "edit", True),
        ActionSpec("redo", QCoreApplication.translate("Actions", "&Redo"), window.context.undo_stack.redo, "Ctrl+Shift+Z", sp.SP_ArrowForward,
                   "edit", True),
        ActionSpec("find", QCoreApplication.translate("Actions", "&Find candidates"), on_candidates(page.focus_search), "Ctrl+F", None, "edit",
                   tip=QCoreApplication.translate("Actions", "Jump to the search box")),
        ActionSpec("new_candidate", QCoreApplication.translate("Actions", "&New candidate…"), on_candidates(page.new_candidate), "Ctrl+N",
                   sp.SP_FileIcon, "candidate", True),
        ActionSpec("open_candidate", QCoreApplication.translate("Actions", "&Open candidate"), on_candidates(page.open_current), "Return", None,
                   "candidate", tip=QCoreApplication.translate("Actions", "Open the selected candidate for editing")),
        ActionSpec("attach_cv", QCoreApplication.translate("Actions", "&Attach CV…"), on_candidates(page.attach_cv), "Ctrl+Shift+A", None,
                   "candidate", tip=QCoreApplication.translate("Actions", "Attach a PDF or Word CV to the selected candidate")),
        ActionSpec("archive_candidate", QCoreApplication.translate("Actions", "A&rchive candidate"), on_candidates(page.archive_current), "Del",
                   sp.SP_TrashIcon, "candidate", True),
        ActionSpec("delete_candidate", QCoreApplication.translate("Actions", "&Delete candidate…"), on_candidates(page.delete_current), "Shift+Del",
                   None, "candidate"),
        ActionSpec("save_search", QCoreApplication.translate("Actions", "&Save search as smart list…"), on_candidates(page.save_search), "Ctrl+S",
                   None, "candidate"),
        ActionSpec("show_archived", QCoreApplication.translate("Actions", "Show &archived candidates"), window.toggle_archived, "Ctrl+Shift+H",
                   None, "view", checkable=True),
        ActionSpec("go_candidates", QCoreApplication.translate("Actions", "&Candidates"), lambda: window.show_page("candidates"), "Ctrl+1", None,
                   "view"),
        ActionSpec("go_roles", QCoreApplication.translate("Actions", "&Roles"), lambda: window.show_page("roles"), "Ctrl+2", None, "view"),
        ActionSpec("go_clients", QCoreApplication.translate("Actions", "C&lients"), lambda: window.show_page("clients"), "Ctrl+3", None, "view"),
        ActionSpec("go_pipeline", QCoreApplication.translate("Actions", "&Pipeline"), lambda: window.show_page("pipeline"), "Ctrl+4", None, "view"),
        ActionSpec("language_system", QCoreApplication.translate("Actions", "&System language"), lambda: window.choose_language("system"), None,
                   None, "language", checkable=True),
        ActionSpec("language_en", "English", lambda: window.choose_language("en"), None, None, "language",
                   checkable=True),
        ActionSpec("language_es", "Español", lambda: window.choose_language("es"), None, None, "language",
                   checkable=True),
        ActionSpec("about", QCoreApplication.translate("Actions", "&About Recruiter CRM"), window.show_about, None, None, "help"),
    ]
